package board

import (
	"fmt"

	"hotpluglab/engine/object"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/spapr"
)

// The x86 ACPI memory hotplug block (hw/acpi/memory_hotplug.c): one slot
// per -m slots=, registers at MEMORY_HOTPLUG_IO_BASE that the AML's
// \_SB.PCI0.MHPD methods (and so a guest) read and write. A hot-plugged
// DIMM sets its slot's inserting flag and raises GPE.3; device_del sets
// removing; the guest's _EJ0 unplugs the DIMM (DEVICE_DELETED), its _OST
// writes emit ACPI_DEVICE_OST.

// MemHotplugBase is MEMORY_HOTPLUG_IO_BASE (pc and q35).
const MemHotplugBase = 0x0a00

// Register offsets (docs/specs/acpi_mem_hotplug.rst).
const (
	memhpLen       = 24
	memRegAddrLo   = 0x00 // read; write: the slot selector
	memRegAddrHi   = 0x04 // read; write: _OST event
	memRegSizeLo   = 0x08 // read; write: _OST status
	memRegSizeHi   = 0x0c
	memRegPXM      = 0x10
	memRegFlags    = 0x14 // read: enabled, inserting, removing; write: clear/eject
	memFlagEnabled = 1 << 0
	memFlagInsert  = 1 << 1
	memFlagRemove  = 1 << 2
	memFlagEject   = 1 << 3 // write only
)

// memSlot is MemStatus: a slot's flags and last _OST.
type memSlot struct {
	inserting, removing bool
	ostEvent, ostStatus uint32
}

// memhp is the block's state (the selector and the slots' flags); the
// DIMMs themselves are s.dimms.
type memhp struct {
	selector uint32
	slots    []memSlot
	scis     int
}

func (s *State) memBlock() *memhp {
	if s.memhp == nil || len(s.memhp.slots) != s.M.RAMSlots {
		s.memhp = &memhp{slots: make([]memSlot, s.M.RAMSlots)}
	}
	return s.memhp
}

// acpiDIMM is the DIMM ACPI memory hotplug knows in a slot (an NVDIMM
// or virtio-mem region is not its).
func (s *State) acpiDIMM(slot int) *DIMM {
	for _, x := range s.dimms {
		if x.Slot == slot && !x.VirtioMem && !x.NVDIMM {
			return x
		}
	}
	return nil
}

// memhpPlug is acpi_memory_plug_cb for a hot-plugged DIMM.
func (s *State) memhpPlug(x *DIMM) {
	if s.M.IsSPAPR() {
		s.lmbPlug(x)
		return
	}
	n, _ := s.ACPIMemorySlots()
	if s.M.IsSPAPR() || !x.Hotplugged || x.NVDIMM || x.VirtioMem || x.Slot >= n {
		return
	}
	b := s.memBlock()
	b.slots[x.Slot].inserting = true
	b.scis++
}

// memhpUnplugRequest is acpi_memory_unplug_request_cb: the guest is asked
// (every request raises the flag and the GPE again).
func (s *State) memhpUnplugRequest(x *DIMM) {
	if s.M.IsSPAPR() {
		s.lmbUnplugRequest(x)
		return
	}
	if n, _ := s.ACPIMemorySlots(); s.M.IsSPAPR() || x.Slot >= n {
		return
	}
	b := s.memBlock()
	b.slots[x.Slot].removing = true
	b.scis++
}

// MemHotplugSCIs counts the GPE.3 interrupts raised (a guest model polls it).
func (s *State) MemHotplugSCIs() int {
	if s == nil || s.memhp == nil {
		return 0
	}
	return s.memhp.scis
}

// MemHotplugRead is a read of the block's register at offset off; ok is
// false outside the block or where the machine has none.
func (s *State) MemHotplugRead(port uint16) (val uint32, ok bool) {
	n, _ := s.ACPIMemorySlots()
	if s == nil || n == 0 || s.M.IsSPAPR() || port < MemHotplugBase || port >= MemHotplugBase+memhpLen {
		return 0, false
	}
	b := s.memBlock()
	if b.selector >= uint32(n) {
		return 0, true // mhp_acpi_invalid_slot_selected
	}
	x := s.acpiDIMM(int(b.selector))
	sl := b.slots[b.selector]
	switch port - MemHotplugBase {
	case memRegAddrLo:
		if x != nil {
			val = uint32(x.Addr)
		}
	case memRegAddrHi:
		if x != nil {
			val = uint32(x.Addr >> 32)
		}
	case memRegSizeLo:
		if x != nil {
			val = uint32(x.Size)
		}
	case memRegSizeHi:
		if x != nil {
			val = uint32(x.Size >> 32)
		}
	case memRegPXM:
		if x != nil {
			val = uint32(x.Node)
		}
	case memRegFlags:
		if x != nil {
			val |= memFlagEnabled
		}
		if sl.inserting {
			val |= memFlagInsert
		}
		if sl.removing {
			val |= memFlagRemove
		}
	}
	return val, true
}

// MemHotplugWrite is a write to the block; ok is false outside it.
func (s *State) MemHotplugWrite(port uint16, val uint32) bool {
	n, _ := s.ACPIMemorySlots()
	if s == nil || n == 0 || s.M.IsSPAPR() || port < MemHotplugBase || port >= MemHotplugBase+memhpLen {
		return false
	}
	b := s.memBlock()
	off := port - MemHotplugBase
	if off == memRegAddrLo {
		b.selector = val
		return true
	}
	if b.selector >= uint32(n) {
		return true
	}
	sl := &b.slots[b.selector]
	switch off {
	case memRegAddrHi:
		sl.ostEvent = val
	case memRegSizeLo:
		sl.ostStatus = val
		s.M.EmitEvent("ACPI_DEVICE_OST", qjson.O("info", s.memOSTInfo(int(b.selector))))
	case memRegFlags:
		switch {
		case val&memFlagInsert != 0:
			sl.inserting = false
		case val&memFlagRemove != 0:
			sl.removing = false
		case val&memFlagEject != 0:
			if x := s.acpiDIMM(int(b.selector)); x != nil {
				s.ejectDIMM(x)
			}
		}
	}
	return true
}

// ejectDIMM is the pc-dimm's unplug: its memory leaves the region, its
// backend is free again, DEVICE_DELETED.
func (s *State) ejectDIMM(x *DIMM) {
	for i, y := range s.dimms {
		if y == x {
			s.dimms = append(s.dimms[:i:i], s.dimms[i+1:]...)
			break
		}
	}
	object.Release(s.M, x.Memdev)
	s.removeBusless(x.Dev)
}

// memOSTInfo is acpi_memory_device_status: "device" while a DIMM with an
// id is in the slot.
func (s *State) memOSTInfo(i int) qjson.Object {
	o := qjson.Object{}
	if x := s.acpiDIMM(i); x != nil && x.Dev.ID != "" {
		o = qjson.O("device", x.Dev.ID)
	}
	var sl memSlot
	if s.memhp != nil && i < len(s.memhp.slots) {
		sl = s.memhp.slots[i]
	}
	return append(o, qjson.O("slot", fmt.Sprint(i), "slot-type", "DIMM", "source", int64(sl.ostEvent), "status", int64(sl.ostStatus))...)
}

// MemOSPMStatus is the DIMM slots' part of query-acpi-ospm-status.
func (s *State) MemOSPMStatus() []any {
	n, _ := s.ACPIMemorySlots()
	out := []any{}
	for i := 0; i < n; i++ {
		out = append(out, s.memOSTInfo(i))
	}
	return out
}

// DeviceMemoryRegion is the x86 device memory region (where DIMMs go),
// which the SRAT describes as hotpluggable; ok false where there is none
// (pc_memory_init makes it only with maxmem above the RAM).
func (s *State) DeviceMemoryRegion() (base, size uint64, ok bool) {
	if s == nil || s.M.IsSPAPR() || s.M.MaxRAMBytes <= s.M.RAMBytes || !s.takesDIMMs() {
		return 0, 0, false
	}
	return s.deviceMemoryBase(), s.deviceMemorySize(), true
}

// pseries memory: a DIMM's LMB DRCs (256 MiB each). A hot-plugged DIMM
// queues one count-indexed add event for the guest (spapr_add_lmbs), a
// device_del one remove event; the guest releases each LMB (allocation
// state unusable) and the DIMM goes when its last LMB is released
// (spapr_lmb_release).

func (s *State) lmbRange(x *DIMM) (first uint32, count int) {
	return spapr.TypeLMB | uint32(x.Addr/spaprLMBSize), int(x.Size / spaprLMBSize)
}

func (s *State) lmbPlug(x *DIMM) {
	set := spapr.Of(s.M)
	if !x.Hotplugged || x.NVDIMM || x.VirtioMem || !s.GuestConfiguresDRCs || set == nil {
		return
	}
	set.LMB = s
	first, n := s.lmbRange(x)
	set.QueueLMBEvent(false, n, first)
}

func (s *State) lmbUnplugRequest(x *DIMM) {
	set := spapr.Of(s.M)
	if set == nil {
		return
	}
	set.LMB = s
	first, n := s.lmbRange(x)
	x.lmbsReleased = 0
	set.QueueLMBEvent(true, n, first)
}

// lmbDIMM is the DIMM an LMB index belongs to.
func (s *State) lmbDIMM(index uint32) *DIMM {
	for _, x := range s.dimms {
		if x.NVDIMM || x.VirtioMem {
			continue
		}
		if first, n := s.lmbRange(x); index >= first && index < first+uint32(n) {
			return x
		}
	}
	return nil
}

// SetLMBIsolation is rtas set-indicator isolation-state on an LMB.
func (s *State) SetLMBIsolation(index uint32, isolated bool) int {
	if s.lmbDIMM(index) == nil {
		return spapr.RTASNoSuchIndicator
	}
	return spapr.RTASSuccess
}

// SetLMBAllocation is rtas set-indicator allocation-state on an LMB:
// unusable on an LMB whose DIMM's unplug was requested releases it.
func (s *State) SetLMBAllocation(index uint32, usable bool) int {
	x := s.lmbDIMM(index)
	if x == nil {
		return spapr.RTASNoSuchIndicator
	}
	if !usable && x.UnplugRequested {
		x.lmbsReleased++
		if _, n := s.lmbRange(x); x.lmbsReleased == n {
			s.ejectDIMM(x)
		}
	}
	return spapr.RTASSuccess
}
