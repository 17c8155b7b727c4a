package session

import (
	"hotpluglab/engine/acpi"
	"hotpluglab/engine/board"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/guest"
	"hotpluglab/engine/hotplug"
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
			hw.Ports = &acpiPorts{b: b, board: board.Of(m)}
			if base, size, ok := board.Of(m).DeviceMemoryRegion(); ok {
				hw.HotplugMemory.Base, hw.HotplugMemory.Size = int64(base), int64(size)
			}
		}
		if st := board.Of(m); st != nil {
			hw.RootPCIFunction = st.RootPCIFunction
			hw.PCIFunctions = func() ([]guest.PCIFunc, bool) { return guestPCIFunctions(st) }
			hw.PCIEject = func(bus, devfn int) { guestPCIEject(st, bus, devfn) }
		}
		if !m.IsSPAPR() {
			// The firmware's reset (port 0xcf9): a machine reset the guest asked for.
			hw.Reset = func() {
				if m.RebootShuts { // -no-reboot, set-action reboot=shutdown
					mon.RequestShutdown(true, "guest-reset")
					return
				}
				hotplug.Reset(m)
				m.EmitEvent("RESET", qjson.O("guest", true, "reason", "guest-reset"))
			}
		}
		if s := spapr.Of(m); s != nil {
			hw.RTAS = &drcRTAS{s: s}
			// RTAS system-reboot: a reset the guest asked for; every
			// pseries reset warns about the TCG capabilities again.
			hw.Reset = func() {
				if m.RebootShuts {
					mon.RequestShutdown(true, "guest-reset")
					return
				}
				hotplug.Reset(m)
				for _, w := range cmdline.SPAPRResetWarnings(m) {
					mon.Stderr.WriteString(m.Target.Binary() + ": warning: " + w + "\n")
				}
				m.EmitEvent("RESET", qjson.O("guest", true, "reason", "guest-reset"))
			}
		}
		// The guest switching the machine off or panicking: QEMU shuts
		// down (it runs without -no-shutdown) and exits.
		hw.PowerOff = func() { mon.GuestShutdown("guest-shutdown") }
		hw.Panicked = func(msg string) {
			// rtas_ibm_os_term reports the kernel's message.
			mon.Stderr.WriteString(m.Target.Binary() + ": OS terminated: " + msg + "\n")
			m.EmitEvent("GUEST_PANICKED", qjson.O("action", "poweroff"))
			mon.GuestShutdown("guest-panic")
		}
		return hw
	}
}

// acpiPorts is the guest's port I/O: the CPU hotplug block and the memory
// hotplug block (the board's); ports outside them read all ones (nothing
// answers there).
type acpiPorts struct {
	b     *acpi.CPUHotplug
	board *board.State
}

func (p *acpiPorts) In(port uint16, size int) uint32 {
	if v, ok := p.b.Read(port, size); ok {
		return v
	}
	if v, ok := p.board.MemHotplugRead(port); ok {
		return v & (0xffffffff >> (32 - 8*uint(size)))
	}
	return 0xffffffff >> (32 - 8*uint(size))
}

func (p *acpiPorts) Out(port uint16, size int, v uint32) {
	if !p.b.Write(port, size, v) {
		p.board.MemHotplugWrite(port, v&(0xffffffff>>(32-8*uint(size))))
	}
}

// MemSCICount lets the guest handle each GPE.3 interrupt once.
func (p *acpiPorts) MemSCICount() int { return p.board.MemHotplugSCIs() }

// SCICount lets the guest handle each GPE.2 interrupt once.
func (p *acpiPorts) SCICount() int { return p.b.SCIs }

// drcRTAS is the guest's RTAS: QEMU's hotplug event queue and the DRC
// calls by index (engine/spapr).
type drcRTAS struct{ s *spapr.Set }

func (r *drcRTAS) TakeHotplugEvents() []guest.DRCEvent {
	var out []guest.DRCEvent
	for _, e := range r.s.TakeHotplugEvents() {
		out = append(out, guest.DRCEvent{Remove: e.Remove, Index: e.Index, Count: e.Count})
	}
	return out
}

func (r *drcRTAS) SetIsolationState(index uint32, isolated bool) int {
	return r.s.SetIsolationState(index, isolated)
}

func (r *drcRTAS) SetAllocationState(index uint32, usable bool) int {
	return r.s.SetAllocationState(index, usable)
}

func (r *drcRTAS) ConfigureConnector(index uint32) int { return r.s.ConfigureConnector(index) }

func (r *drcRTAS) Configured(index uint32) bool { return r.s.Configured(index) }

func (r *drcRTAS) DRCIndex(slot int) uint32 { return r.s.DRCs[slot].Index(r.s.Machine()) }

func (r *drcRTAS) ClientArchitectureSupport() { r.s.ClientArchitectureSupport() }
