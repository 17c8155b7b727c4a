// Package acpi is the x86 ACPI CPU hotplug block of PIIX4 (pc) and ICH9 (q35):
// the legacy present-bitmap interface it starts in and the modern register
// interface a guest OS switches it to (hw/acpi/cpu_hotplug.c, hw/acpi/cpu.c).
// A guest model drives it through Read and Write exactly as a Linux guest's
// AML does; the monitor's `i`/`o` commands reach it the same way.
package acpi

import (
	"fmt"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
)

// Register block bases (include/hw/acpi/pc-hotplug.h, ich9.h).
const (
	PIIX4Base = 0xaf00
	ICH9Base  = 0x0cd8
)

// Modern register offsets (hw/acpi/cpu.c).
const (
	OffSelector = 0x0 // write: selector; read: command data 2
	OffFlags    = 0x4 // read: flags; write: control
	OffCommand  = 0x5 // write: command
	OffData     = 0x8 // read/write: command data
	modernLen   = 12
	legacyLen   = 32
)

// Flag bits of the flags register.
const (
	FlagPresent   = 1 << 0
	FlagInserting = 1 << 1
	FlagRemoving  = 1 << 2
	FlagEject     = 1 << 3 // control write only
	FlagFWRemove  = 1 << 4
)

// Commands written at OffCommand.
const (
	CmdNextEvent = 0 // move the selector to the next slot with an event
	CmdOSTEvent  = 1 // next data write is the _OST event
	CmdOSTStatus = 2 // next data write is the _OST status
	CmdGetCPUID  = 3 // data reads return the APIC ID
)

// SlotState is one slot's modern-mode state (AcpiCpuStatus).
type SlotState struct {
	Inserting, Removing, FWRemove bool
	OSTEvent, OSTStatus           uint32
}

// CPUHotplug is the block of one machine.
type CPUHotplug struct {
	m      *machine.Machine
	Base   uint16
	legacy bool
	sts    [legacyLen]byte // legacy: bit n = CPU with APIC ID n present
	slots  []SlotState
	// Modern registers.
	selector uint32
	command  uint32
	// SCIs counts the GPE.2 interrupts raised (a guest model polls it).
	SCIs int
	// Eject completes the unplug of the CPU in a slot (set by the hotplug
	// handler: x86_cpu_unplug_cb).
	Eject func(c *machine.CPU)
}

const extraKey = "acpi.cpuhp"

// Of returns the machine's block, creating it on first use; nil when the
// machine has none (pseries, or x86 with acpi=off).
func Of(m *machine.Machine) *CPUHotplug {
	if m == nil || m.IsSPAPR() || !m.ACPI || len(m.Slots) == 0 {
		return nil
	}
	if b, ok := m.Extra[extraKey].(*CPUHotplug); ok {
		return b
	}
	b := &CPUHotplug{m: m, legacy: true, Base: PIIX4Base, slots: make([]SlotState, len(m.Slots))}
	if m.Type.Family == machinetype.Q35 {
		b.Base = ICH9Base
	}
	// The legacy bitmap is filled from the CPUs that exist when the
	// controller is realized, and on every plug after.
	for _, c := range m.CPUs {
		b.setPresentBit(c)
	}
	m.Extra[extraKey] = b
	return b
}

// Legacy says whether the block is still in legacy mode (QOM property
// cpu-hotplug-legacy of /machine/acpi-device).
func (b *CPUHotplug) Legacy() bool { return b.legacy }

// SwitchToModern is the one-way switch (a guest's write of 0 at the base, or
// qom-set cpu-hotplug-legacy false). The modern state starts from the slots
// as they are: present where a CPU is, no pending flags.
func (b *CPUHotplug) SwitchToModern() {
	if !b.legacy {
		return
	}
	b.legacy = false
	b.slots = make([]SlotState, len(b.m.Slots))
}

func (b *CPUHotplug) setPresentBit(c *machine.CPU) {
	id := b.m.Slots[c.Slot].ArchID
	if id/8 >= legacyLen {
		// A legacy bit beyond the bitmap switches to modern mode.
		b.SwitchToModern()
		return
	}
	b.sts[id/8] |= 1 << (id % 8)
}

func (b *CPUHotplug) sci() { b.SCIs++ }

// Plug records a new CPU (acpi_cpu_plug_cb / legacy_acpi_cpu_plug_cb); a
// hot-plugged one sets its slot's inserting flag and raises an SCI.
func (b *CPUHotplug) Plug(c *machine.CPU, hotplugged bool) {
	if b.legacy {
		b.setPresentBit(c)
		b.sci()
		return
	}
	if hotplugged {
		b.slots[c.Slot].Inserting = true
		b.sci()
	}
}

// UnplugRequest asks the guest to eject a CPU: modern mode sets the slot's
// removing flag and raises an SCI; legacy mode cannot remove CPUs.
func (b *CPUHotplug) UnplugRequest(c *machine.CPU) error {
	if b.legacy {
		return fmt.Errorf("acpi: device unplug request for not supported device type: %s", c.Type)
	}
	b.slots[c.Slot].Removing = true
	b.sci()
	return nil
}

// Slot returns a slot's modern-mode state and whether a CPU is in it.
func (b *CPUHotplug) Slot(i int) (SlotState, bool) {
	return b.slots[i], b.m.BySlot[i] != nil
}

// Flags is the flags register value of slot i.
func (b *CPUHotplug) Flags(i int) uint8 {
	s := b.slots[i]
	var v uint8
	if b.m.BySlot[i] != nil {
		v |= FlagPresent
	}
	if s.Inserting {
		v |= FlagInserting
	}
	if s.Removing {
		v |= FlagRemoving
	}
	if s.FWRemove {
		v |= FlagFWRemove
	}
	return v
}

// Selector is the modern selector register.
func (b *CPUHotplug) Selector() uint32 { return b.selector }

// Contains says whether an I/O port belongs to the block in its current mode.
func (b *CPUHotplug) Contains(port uint16) bool {
	n := uint16(legacyLen)
	if !b.legacy {
		n = modernLen
	}
	return port >= b.Base && port < b.Base+n
}

// Read is an I/O port read of size 1, 2 or 4 bytes at port; ok is false when
// the port is outside the block.
func (b *CPUHotplug) Read(port uint16, size int) (val uint32, ok bool) {
	if !b.Contains(port) {
		return 0, false
	}
	off := uint32(port - b.Base)
	if b.legacy {
		// Byte-wide register: wider reads are assembled little-endian.
		for i := 0; i < size; i++ {
			if int(off)+i < legacyLen {
				val |= uint32(b.sts[int(off)+i]) << (8 * i)
			}
		}
		return val, true
	}
	if b.selector >= uint32(len(b.slots)) {
		return 0, true
	}
	switch off {
	case OffFlags:
		val = uint32(b.Flags(int(b.selector)))
		b.m.Trace("cpuhp_acpi_read_flags", b.selector, val)
	case OffData:
		switch b.command {
		case CmdNextEvent:
			val = b.selector
		case CmdGetCPUID:
			val = uint32(b.m.Slots[b.selector].ArchID)
		}
		b.m.Trace("cpuhp_acpi_read_cmd_data", b.selector, val)
	case OffSelector: // command data 2: the APIC ID's upper half, always 0 here
		b.m.Trace("cpuhp_acpi_read_cmd_data2", b.selector, 0)
	}
	return val, true
}

// Write is an I/O port write of size 1, 2 or 4 bytes; ok is false when the
// port is outside the block.
func (b *CPUHotplug) Write(port uint16, size int, val uint32) bool {
	if !b.Contains(port) {
		return false
	}
	if size < 4 {
		val &= 1<<(8*size) - 1
	}
	off := uint32(port - b.Base)
	if b.legacy {
		// Only a 0 written at offset 0 means something: the OS's switch to
		// the modern interface. A wide write is split into bytes.
		if off == 0 && val&0xff == 0 {
			b.SwitchToModern()
		}
		return true
	}
	if off != OffSelector && b.selector >= uint32(len(b.slots)) {
		b.m.Trace("cpuhp_acpi_invalid_idx_selected", b.selector)
		return true
	}
	switch off {
	case OffSelector:
		b.selector = val
		b.m.Trace("cpuhp_acpi_write_idx", b.selector)
	case OffFlags:
		b.control(val)
	case OffCommand:
		b.m.Trace("cpuhp_acpi_write_cmd", b.selector, uint8(val))
		b.setCommand(val)
	case OffData:
		s := &b.slots[b.selector]
		switch b.command {
		case CmdOSTEvent:
			s.OSTEvent = val
			b.m.Trace("cpuhp_acpi_write_ost_ev", b.selector, val)
		case CmdOSTStatus:
			s.OSTStatus = val
			b.m.EmitEvent("ACPI_DEVICE_OST", qjson.O("info", b.ostInfo(int(b.selector))))
			b.m.Trace("cpuhp_acpi_write_ost_status", b.selector, val)
		}
	}
	return true
}

// control is a write to the flags register: the first matching bit acts.
func (b *CPUHotplug) control(val uint32) {
	i := int(b.selector)
	s := &b.slots[i]
	switch {
	case val&FlagInserting != 0:
		s.Inserting = false
		b.m.Trace("cpuhp_acpi_clear_inserting_evt", b.selector)
	case val&FlagRemoving != 0:
		s.Removing = false
		b.m.Trace("cpuhp_acpi_clear_remove_evt", b.selector)
	case val&FlagEject != 0:
		c := b.m.BySlot[i]
		if c == nil || (len(b.m.CPUs) > 0 && c == b.m.CPUs[0]) {
			// nothing to eject, or the first CPU
			b.m.Trace("cpuhp_acpi_ejecting_invalid_cpu", b.selector)
			return
		}
		b.m.Trace("cpuhp_acpi_ejecting_cpu", b.selector)
		if b.Eject != nil {
			b.Eject(c)
		}
		s.FWRemove = false
	case val&FlagFWRemove != 0:
		c := b.m.BySlot[i]
		if c == nil || (len(b.m.CPUs) > 0 && c == b.m.CPUs[0]) {
			b.m.Trace("cpuhp_acpi_fw_remove_invalid_cpu", b.selector)
			return
		}
		b.m.Trace("cpuhp_acpi_fw_remove_cpu", b.selector)
		s.FWRemove = true
	}
}

func (b *CPUHotplug) setCommand(val uint32) {
	if val > CmdGetCPUID {
		return
	}
	b.command = val
	if val != CmdNextEvent {
		return
	}
	iter := b.selector
	for {
		s := b.slots[iter]
		if s.Inserting || s.Removing || s.FWRemove {
			b.selector = iter
			b.m.Trace("cpuhp_acpi_cpu_has_events", iter, s.Inserting, s.Removing)
			return
		}
		iter++
		if iter >= uint32(len(b.slots)) {
			iter = 0
		}
		if iter == b.selector {
			return
		}
	}
}

// ostInfo is ACPIOSTInfo for a slot; "device" only while a CPU with an id
// is in it.
func (b *CPUHotplug) ostInfo(i int) qjson.Object {
	o := qjson.Object{}
	if c := b.m.BySlot[i]; c != nil && c.ID != "" {
		o = append(o, qjson.Member{Key: "device", Value: c.ID})
	}
	s := b.slots[i]
	return append(o, qjson.Member{Key: "slot", Value: fmt.Sprint(i)}, qjson.Member{Key: "slot-type", Value: "CPU"},
		qjson.Member{Key: "source", Value: int64(s.OSTEvent)}, qjson.Member{Key: "status", Value: int64(s.OSTStatus)})
}

// OSPMStatus is query-acpi-ospm-status: every slot in modern mode, nothing
// in legacy mode.
func (b *CPUHotplug) OSPMStatus() []any {
	out := []any{}
	if b.legacy {
		return out
	}
	for i := range b.slots {
		out = append(out, b.ostInfo(i))
	}
	return out
}

// Ports is the machine's I/O port space as a guest sees it: the CPU hotplug
// block where it is, unassigned ports elsewhere (reads give all ones,
// writes vanish). Like QEMU's address_space_read/write (what cpu_inl and
// the monitor's i/o use), an access is cut at region ends and into
// naturally aligned pieces of at most 4 bytes.
type Ports struct{ m *machine.Machine }

// PortsOf returns the port space of a machine (any machine).
func PortsOf(m *machine.Machine) Ports { return Ports{m} }

// piece is the next chunk of an access at port with n bytes left: its
// length and whether the hotplug block answers it.
func (p Ports) piece(b *CPUHotplug, port uint32, n int) (int, bool) {
	if b == nil || port > 0xffff {
		return n, false
	}
	if !b.Contains(uint16(port)) {
		if port < uint32(b.Base) && port+uint32(n) > uint32(b.Base) {
			return int(uint32(b.Base) - port), false
		}
		return n, false
	}
	end := uint32(b.Base) + legacyLen
	if !b.legacy {
		end = uint32(b.Base) + modernLen
	}
	l := n
	if rest := int(end - port); rest < l {
		l = rest
	}
	if align := int(port & -port); align != 0 && align < l {
		l = align
	}
	if l > 4 {
		l = 4
	}
	return l, true
}

// In reads size (1, 2 or 4) bytes at port, little-endian.
func (p Ports) In(port uint16, size int) uint32 {
	b := Of(p.m)
	var v uint32
	for done := 0; done < size; {
		l, ours := p.piece(b, uint32(port)+uint32(done), size-done)
		chunk := uint32(1<<(8*l) - 1)
		if ours {
			c, _ := b.Read(uint16(uint32(port)+uint32(done)), l)
			chunk &= c
		}
		v |= chunk << (8 * done)
		done += l
	}
	return v
}

// Out writes size (1, 2 or 4) bytes at port, little-endian.
func (p Ports) Out(port uint16, size int, val uint32) {
	b := Of(p.m)
	for done := 0; done < size; {
		l, ours := p.piece(b, uint32(port)+uint32(done), size-done)
		if ours {
			b.Write(uint16(uint32(port)+uint32(done)), l, val>>(8*done))
		}
		done += l
	}
}
