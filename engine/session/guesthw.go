package session

import (
	"hotpluglab/engine/acpi"
	"hotpluglab/engine/guest"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/monitor"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/spapr"
)

// The guest's wiring to the machine: I/O ports reach the x86 ACPI CPU
// hotplug block (engine/acpi), RTAS reaches the sPAPR DRCs (engine/spapr).

func init() {
	guestHardware = func(mon *monitor.Monitor) guest.Hardware {
		m := mon.M
		hotplug.Attach(m) // the block's eject and the DRCs' release complete unplugs
		var hw guest.Hardware
		if b := acpi.Of(m); b != nil {
			hw.Ports = &acpiPorts{b: b}
		}
		if !m.IsSPAPR() {
			// The firmware's reset (port 0xcf9): a machine reset the guest asked for.
			hw.Reset = func() {
				hotplug.Reset(m)
				m.EmitEvent("RESET", qjson.O("guest", true, "reason", "guest-reset"))
			}
		}
		if s := spapr.Of(m); s != nil {
			hw.RTAS = &drcRTAS{m: m, s: s, seenAdd: map[int]int{}, seenRemove: map[int]int{}}
		}
		return hw
	}
}

// acpiPorts is the guest's port I/O; ports outside the block read all ones
// (nothing answers there).
type acpiPorts struct{ b *acpi.CPUHotplug }

func (p *acpiPorts) In(port uint16, size int) uint32 {
	if v, ok := p.b.Read(port, size); ok {
		return v
	}
	return 0xffffffff >> (32 - 8*uint(size))
}

func (p *acpiPorts) Out(port uint16, size int, v uint32) { p.b.Write(port, size, v) }

// SCICount lets the guest handle each GPE.2 interrupt once.
func (p *acpiPorts) SCICount() int { return p.b.SCIs }

// drcRTAS turns the DRCs' notification counters into the event queue the
// guest reads, and its RTAS calls into DRC state changes.
type drcRTAS struct {
	m                   *machine.Machine
	s                   *spapr.Set
	seenAdd, seenRemove map[int]int
}

func (r *drcRTAS) TakeHotplugEvents() []guest.DRCEvent {
	var out []guest.DRCEvent
	for slot, d := range r.s.DRCs {
		idx := d.Index(r.m)
		for ; r.seenAdd[slot] < d.AddNotifications; r.seenAdd[slot]++ {
			out = append(out, guest.DRCEvent{Index: idx})
		}
		for ; r.seenRemove[slot] < d.RemoveNotifications; r.seenRemove[slot]++ {
			out = append(out, guest.DRCEvent{Remove: true, Index: idx})
		}
	}
	return out
}

// slot finds the DRC with this index.
func (r *drcRTAS) slot(index uint32) int {
	for i, d := range r.s.DRCs {
		if d.Index(r.m) == index {
			return i
		}
	}
	return -1
}

const rtasNoSuchIndicator = -3

func (r *drcRTAS) SetIsolationState(index uint32, isolated bool) int {
	i := r.slot(index)
	switch {
	case i < 0:
		return rtasNoSuchIndicator
	case isolated:
		return r.s.Isolate(i)
	}
	return r.s.Unisolate(i)
}

func (r *drcRTAS) SetAllocationState(index uint32, usable bool) int {
	i := r.slot(index)
	switch {
	case i < 0:
		return rtasNoSuchIndicator
	case usable:
		return r.s.SetUsable(i)
	}
	return r.s.SetUnusable(i)
}

func (r *drcRTAS) ConfigureConnector(index uint32) int {
	i := r.slot(index)
	if i < 0 {
		return rtasNoSuchIndicator
	}
	return r.s.ConfigureConnector(i)
}

func (r *drcRTAS) Configured(index uint32) bool {
	i := r.slot(index)
	return i >= 0 && r.s.DRCs[i].Dev != nil && r.s.DRCs[i].State == spapr.Configured
}
