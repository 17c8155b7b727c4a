package guest

import (
	"fmt"
	"hotpluglab/engine/release"
	"strings"
	"testing"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
)

// Test doubles for the machine side, written from device-del.md §3.3 and
// §4.2: enough of hw/acpi/cpu.c and spapr_drc.c to drive the guest.

type fakeSlot struct {
	inserting, removing bool
}

type fakeX86 struct {
	m        *machine.Machine
	legacy   bool
	slots    []fakeSlot
	selector uint32
	cmd      uint32
	ostEvent uint32
	events   []string
}

func newFakeX86(m *machine.Machine) *fakeX86 {
	return &fakeX86{m: m, legacy: true, slots: make([]fakeSlot, len(m.Slots))}
}

func (f *fakeX86) base() uint16 {
	if f.m.Type.Family == machinetype.Q35 {
		return 0x0cd8
	}
	return 0xaf00
}

func (f *fakeX86) In(port uint16, size int) uint32 {
	off := port - f.base()
	if f.legacy {
		if off < 32 {
			var b uint32
			for j := 0; j < 8; j++ {
				for s, c := range f.m.BySlot {
					if c != nil && f.m.Slots[s].ArchID == int(off)*8+j {
						b |= 1 << j
					}
				}
			}
			return b
		}
		return 0
	}
	if int(f.selector) >= len(f.slots) {
		return 0
	}
	switch off {
	case regFlags:
		v := uint32(0)
		if f.m.BySlot[f.selector] != nil {
			v |= 1
		}
		if f.slots[f.selector].inserting {
			v |= flagInserting
		}
		if f.slots[f.selector].removing {
			v |= flagRemoving
		}
		return v
	case regData:
		if f.cmd == cmdNextEvent {
			return f.selector
		}
	}
	return 0
}

func (f *fakeX86) Out(port uint16, size int, v uint32) {
	off := port - f.base()
	if f.legacy {
		if off == 0 && v == 0 {
			f.legacy = false
		}
		return
	}
	switch off {
	case regSelector:
		f.selector = v
		return
	case regCommand:
		f.cmd = v
		if v == cmdNextEvent {
			// As hw/acpi/cpu.c: from the selected slot itself, wrapping.
			n := uint32(len(f.slots))
			for i := uint32(0); i < n; i++ {
				s := (f.selector + i) % n
				if f.slots[s].inserting || f.slots[s].removing {
					f.selector = s
					break
				}
			}
		}
		return
	}
	if int(f.selector) >= len(f.slots) {
		return
	}
	s := &f.slots[f.selector]
	switch off {
	case regFlags:
		switch {
		case v&ctlClearIns != 0:
			s.inserting = false
		case v&ctlClearRem != 0:
			s.removing = false
		case v&ctlEject != 0:
			c := f.m.BySlot[f.selector]
			if c != nil && f.selector != 0 {
				f.events = append(f.events, "DEVICE_DELETED "+c.QOMPath+"/lapic")
				f.m.RemoveCPU(c)
			}
		}
	case regData:
		switch f.cmd {
		case cmdOSTEvent:
			f.ostEvent = v
		case cmdOSTStatus:
			dev := ""
			if c := f.m.BySlot[f.selector]; c != nil && c.ID != "" {
				dev = c.ID + " "
			}
			f.events = append(f.events, fmt.Sprintf("ACPI_DEVICE_OST %s%d/%d slot %d", dev, f.ostEvent, v, f.selector))
		}
	}
}

// plug is device_add into a slot.
func (f *fakeX86) plug(slot int, id string) {
	path := "/machine/peripheral/" + id
	f.m.AddCPU(&machine.CPU{Slot: slot, ID: id, QOMPath: path, Type: f.m.CPUType, Origin: machine.HotPlug})
	if !f.legacy {
		f.slots[slot].inserting = true
	}
}

// unplug is device_del in modern mode.
func (f *fakeX86) unplug(slot int) { f.slots[slot].removing = true }

func (f *fakeX86) take() []string { e := f.events; f.events = nil; return e }

type fakeDRC struct {
	configured, isolated, unplugRequested bool
}

type fakeRTAS struct {
	m      *machine.Machine
	drcs   map[uint32]*fakeDRC
	queue  []DRCEvent
	events []string
}

func newFakeRTAS(m *machine.Machine) *fakeRTAS {
	r := &fakeRTAS{m: m, drcs: map[uint32]*fakeDRC{}}
	for s, c := range m.BySlot {
		if c != nil {
			r.drcs[r.DRCIndex(s)] = &fakeDRC{configured: true}
		}
	}
	return r
}

func (r *fakeRTAS) TakeHotplugEvents() []DRCEvent { q := r.queue; r.queue = nil; return q }
func (r *fakeRTAS) SetIsolationState(i uint32, iso bool) int {
	d := r.drcs[i]
	if d == nil {
		return -3
	}
	if !iso && d.unplugRequested {
		d.unplugRequested = false
		r.events = append(r.events, "DEVICE_UNPLUG_GUEST_ERROR")
	}
	d.isolated = iso
	return 0
}
func (r *fakeRTAS) SetAllocationState(i uint32, usable bool) int {
	d := r.drcs[i]
	if d == nil {
		return -3
	}
	if !usable && d.unplugRequested {
		for s, c := range r.m.BySlot {
			if c != nil && r.DRCIndex(s) == i {
				r.events = append(r.events, "DEVICE_DELETED "+c.QOMPath)
				r.m.RemoveCPU(c)
			}
		}
		delete(r.drcs, i)
	}
	return 0
}
func (r *fakeRTAS) ConfigureConnector(i uint32) int {
	if d := r.drcs[i]; d != nil {
		d.configured = true
		return 0
	}
	return -3
}

func (r *fakeRTAS) DRCIndex(slot int) uint32 { return drcTypeCPU | uint32(r.m.Slots[slot].ArchID) }

// ClientArchitectureSupport: the fake's DRCs keep their state (QEMU's
// reset is tested with the real DRCs in engine/spapr).
func (r *fakeRTAS) ClientArchitectureSupport() {}

func (r *fakeRTAS) Configured(i uint32) bool { d := r.drcs[i]; return d != nil && d.configured }

func (r *fakeRTAS) plug(slot int, id string) {
	r.m.AddCPU(&machine.CPU{Slot: slot, ID: id, QOMPath: "/machine/peripheral/" + id, Type: r.m.CPUType, Origin: machine.HotPlug})
	idx := r.DRCIndex(slot)
	r.drcs[idx] = &fakeDRC{}
	r.queue = append(r.queue, DRCEvent{Index: idx})
}

func (r *fakeRTAS) unplug(slot int) {
	idx := r.DRCIndex(slot)
	if d := r.drcs[idx]; d != nil {
		d.unplugRequested = true
	}
	r.queue = append(r.queue, DRCEvent{Remove: true, Index: idx})
}

func (r *fakeRTAS) take() []string { e := r.events; r.events = nil; return e }

// rig is a guest on a fake machine with its own clock.
type rig struct {
	t     *testing.T
	m     *machine.Machine
	g     *Guest
	x86   *fakeX86
	rtas  *fakeRTAS
	clock int64
}

func newRig(t *testing.T, args ...string) *rig {
	t.Helper()
	return newRigOn(t, release.V7_2, args...)
}

// newRigOn is a rig on a given QEMU release.
func newRigOn(t *testing.T, rel *release.Release, args ...string) *rig {
	t.Helper()
	res := cmdline.Start(rel, cmdline.TargetOf(rel, args), args)
	if !res.Started {
		t.Fatalf("machine did not start: %s", res.Stderr)
	}
	r := &rig{t: t, m: res.Machine}
	hw := Hardware{}
	if r.m.IsSPAPR() {
		r.rtas = newFakeRTAS(r.m)
		hw.RTAS = r.rtas
	} else {
		r.x86 = newFakeX86(r.m)
		hw.Ports = r.x86
	}
	r.g = New(r.m, hw, func() int64 { return r.clock })
	return r
}

func (r *rig) boot() *rig {
	r.g.Boot()
	r.settle()
	if r.g.State() != Running {
		r.t.Fatalf("guest state %v after boot", r.g.State())
	}
	r.g.TakeKernelLines()
	return r
}

// settle runs the guest until it is idle (the recorder's "until quiet").
func (r *rig) settle() {
	r.g.Poll()
	for r.g.Busy() {
		r.clock = r.g.NextTimer()
		r.g.RunDue()
		r.g.Poll()
	}
	r.clock += 1000
}

// kmsg returns the kernel lines since the last call, without timestamps.
func (r *rig) kmsg() []string {
	var out []string
	for _, l := range r.g.TakeKernelLines() {
		if i := strings.Index(l, "] "); i >= 0 {
			l = l[i+2:]
		}
		out = append(out, l)
	}
	return out
}

func (r *rig) events() []string {
	if r.x86 != nil {
		return r.x86.take()
	}
	return r.rtas.take()
}
