package guest

import (
	"sort"
	"strconv"
	"strings"
)

// x86 ACPI memory hotplug as Linux 6.1 answers it: QEMU's \_SB.PCI0.MHPD
// methods over the memory hotplug registers (hw/acpi/memory_hotplug.c,
// MEMORY_HOTPLUG_IO_BASE), the acpi_memhotplug driver adding each DIMM's
// range block by block (offline: the kernel has no
// MEMORY_HOTPLUG_DEFAULT_ONLINE), and the eject that takes it back.

// MemSCICounter is optional hardware that counts the GPE.3 interrupts of
// the memory hotplug block; without it the guest never hears of a DIMM.
type MemSCICounter interface{ MemSCICount() int }

const (
	memhpBase     = 0x0a00
	memRegAddrLo  = 0x00 // read: address; write: the slot selector
	memRegAddrHi  = 0x04 // write: _OST event
	memRegSizeLo  = 0x08 // write: _OST status
	memRegSizeHi  = 0x0c
	memRegPXM     = 0x10
	memRegFlags   = 0x14
	memFlagEnable = 1 << 0
	memFlagInsert = 1 << 1
	memFlagRemove = 1 << 2
	memCtlEject   = 1 << 3
)

// hotMemory is one ACPI memory device (PNP0C80) the kernel added.
type hotMemory struct {
	instance    int   // PNP0C80:NN
	start, size int64 // its _CRS
	blocks      []int // the memory blocks add_memory made (none when it failed)
}

// memBlock is a hot-added memory block's state.
type memBlock struct {
	online  bool
	movable bool // onlined into ZONE_MOVABLE
}

// memSlots is the AML's MEMORY_SLOTS_NUMBER: -m slots=.
func (g *Guest) memSlots() int { return g.M.RAMSlots }

func (g *Guest) memSelect(slot int) {
	g.HW.Ports.Out(memhpBase+memRegAddrLo, 4, uint32(slot))
}

// memOST is the slot's _OST (MOST): select, event, status.
func (g *Guest) memOST(slot int, event, status uint32) {
	g.memSelect(slot)
	g.HW.Ports.Out(memhpBase+memRegAddrHi, 4, event)
	g.HW.Ports.Out(memhpBase+memRegSizeLo, 4, status)
}

// memFlags is the flags byte of a slot (MRST/_STA reads its enabled bit).
func (g *Guest) memFlags(slot int) uint32 {
	g.memSelect(slot)
	return g.HW.Ports.In(memhpBase+memRegFlags, 1)
}

// bootMemoryDevices is the boot-time namespace scan: every slot whose
// _STA says enabled (a cold-plugged DIMM) becomes a memory device.
func (g *Guest) bootMemoryDevices() {
	g.lastMemSCI = 0
	sc, ok := g.HW.Ports.(MemSCICounter)
	if !ok || g.memSlots() == 0 {
		return
	}
	g.lastMemSCI = sc.MemSCICount()
	for slot := 0; slot < g.memSlots(); slot++ {
		if g.memFlags(slot)&memFlagEnable != 0 {
			g.addMemoryDevice(slot)
		}
	}
}

// pollMemory is \_GPE._E03: MSCN walks the slots and notifies each
// inserting (device check) or removing (eject request) one, clearing
// the flag; the kernel's hotplug work then handles them in order.
func (g *Guest) pollMemory() {
	sc, ok := g.HW.Ports.(MemSCICounter)
	if !ok {
		return
	}
	if n := sc.MemSCICount(); n == g.lastMemSCI {
		return
	} else {
		g.lastMemSCI = n
	}
	for slot := 0; slot < g.memSlots(); slot++ {
		f := g.memFlags(slot)
		switch {
		case f&memFlagInsert != 0:
			g.HW.Ports.Out(memhpBase+memRegFlags, 1, memFlagInsert)
			s := slot
			g.after(acpiReact, func() { g.memoryDeviceCheck(s) })
		case f&memFlagRemove != 0:
			g.HW.Ports.Out(memhpBase+memRegFlags, 1, memFlagRemove)
			s := slot
			g.after(acpiReact, func() { g.memoryEjectRequest(s) })
		}
	}
}

// memoryDeviceCheck is acpi_scan_device_check for a memory slot: a device
// that appeared is added (acpi_memory_device_add), then _OST(1, 0).
func (g *Guest) memoryDeviceCheck(slot int) {
	if g.state != Running {
		return
	}
	if g.hotMem[slot] == nil && g.memFlags(slot)&memFlagEnable != 0 {
		g.addMemoryDevice(slot)
	}
	g.memOST(slot, ostDeviceCheck, ostSuccess)
}

// addMemoryDevice reads the slot's _CRS and adds its memory: add_memory
// refuses a range not aligned to the memory block size (the device stays,
// without memory).
func (g *Guest) addMemoryDevice(slot int) {
	p := g.HW.Ports
	g.memSelect(slot)
	start := int64(p.In(memhpBase+memRegAddrLo, 4)) | int64(p.In(memhpBase+memRegAddrHi, 4))<<32
	size := int64(p.In(memhpBase+memRegSizeLo, 4)) | int64(p.In(memhpBase+memRegSizeHi, 4))<<32
	d := &hotMemory{instance: g.takeMemInstance(), start: start, size: size}
	g.hotMem[slot] = d
	bs := int64(x86MemoryBlock)
	if start%bs != 0 || size%bs != 0 || size == 0 {
		// check_hotplug_memory_range
		g.kernel("Block size [%#x] unaligned hotplug range: start %#x, size %#x", bs, start, size)
		g.kernel("acpi PNP0C80:%02x: add_memory failed", d.instance)
		g.kernel("acpi PNP0C80:%02x: acpi_memory_enable_device() error", d.instance)
		return
	}
	for b := start / bs; b < (start+size)/bs; b++ {
		d.blocks = append(d.blocks, int(b))
		g.memBlocks[int(b)] = &memBlock{}
	}
	// memhp_default_state: add_memory onlines the blocks itself.
	if st := g.autoOnlineBlocks(); st != "offline" {
		for _, b := range d.blocks {
			g.writeMemoryState(b, st)
		}
	}
}

func (g *Guest) takeMemInstance() int {
	used := map[int]bool{}
	for _, d := range g.hotMem {
		used[d.instance] = true
	}
	i := 0
	for used[i] {
		i++
	}
	return i
}

// memoryEjectRequest is acpi_generic_hotplug_event for an eject request:
// _OST(3, in progress), the blocks offlined and removed, _EJ0 (the
// block's eject bit: QEMU unplugs the DIMM), _OST(3, 0).
func (g *Guest) memoryEjectRequest(slot int) {
	if g.state != Running {
		return
	}
	d := g.hotMem[slot]
	if d == nil {
		g.memOST(slot, ostEjectRequest, ostFailure)
		return
	}
	g.memOST(slot, ostEjectRequest, ostEjectInProgress)
	for _, b := range d.blocks {
		if hb := g.memBlocks[b]; hb != nil && hb.online {
			g.zonesOffline(hb.movable)
		}
		delete(g.memBlocks, b)
	}
	delete(g.hotMem, slot)
	g.memSelect(slot)
	g.HW.Ports.Out(memhpBase+memRegFlags, 1, memCtlEject)
	g.memOST(slot, ostEjectRequest, ostSuccess)
}

// hotBlocks are the hot-added blocks' numbers.
func (g *Guest) hotBlocks() []int {
	var l []int
	for b := range g.memBlocks {
		l = append(l, b)
	}
	return l
}

// autoOnlineBlocks is memhp_default_state= (offline unless set).
func (g *Guest) autoOnlineBlocks() string {
	for _, a := range strings.Fields(g.KernelArgs) {
		if v, ok := strings.CutPrefix(a, "memhp_default_state="); ok && (v == "online" || v == "online_kernel" || v == "online_movable") {
			return v
		}
	}
	return "offline"
}

// memoryBlockNode is /sys/devices/system/memory/memoryN/<rest> on x86
// (nil: no such file; ok false: not modelled here).
func (g *Guest) memoryBlockNode(b int, rest string) (*node, bool) {
	hb := g.memBlocks[b]
	online := hb == nil || hb.online
	switch rest {
	case "":
		names := []string{"node0", "online", "phys_device", "phys_index", "power", "removable", "state", "subsystem", "uevent", "valid_zones"}
		if hb != nil {
			names = append(names, "firmware_node")
		}
		sort.Strings(names)
		return dir(sysFS, names...), true
	case "phys_index":
		return attr(leftPad(strconv.FormatInt(int64(b), 16), 8) + "\n"), true
	case "removable":
		return attr("1\n"), true
	case "phys_device":
		return unknownAttr(0o444), true
	case "uevent":
		return unknownAttr(0o644), true
	case "state":
		v := "offline\n"
		if online {
			v = "online\n"
		}
		return &node{kind: rwAttr("").kind, text: v, known: true, perm: 0o644, fs: sysFS,
			write: func(d string) error { return g.writeMemoryState(b, d) }}, true
	case "online":
		v := "0\n"
		if online {
			v = "1\n"
		}
		return &node{kind: rwAttr("").kind, text: v, known: true, perm: 0o644, fs: sysFS,
			write: func(d string) error {
				on, err := kstrtobool(d)
				if err != nil {
					return err
				}
				if on {
					return g.writeMemoryState(b, "online")
				}
				return g.writeMemoryState(b, "offline")
			}}, true
	case "valid_zones":
		if hb == nil {
			return nil, false // the boot blocks' zones were not recorded
		}
		switch {
		case !hb.online:
			return attr("Normal Movable\n"), true
		case hb.movable:
			return attr("Movable\n"), true
		}
		return attr("Normal\n"), true
	}
	return nil, false
}

// writeMemoryState is a write to memoryN/state of a hot-added block
// (memory_block_change_state); a boot block is not modelled.
func (g *Guest) writeMemoryState(b int, data string) error {
	hb := g.memBlocks[b]
	v := strings.TrimSuffix(data, "\n")
	if hb == nil {
		return errInval
	}
	switch v {
	case "online", "online_kernel", "online_movable":
		if hb.online {
			return nil
		}
		hb.online, hb.movable = true, v == "online_movable"
		g.zonesOnline(hb.movable)
	case "offline":
		if hb.online {
			g.zonesOffline(hb.movable)
		}
		hb.online, hb.movable = false, false
	default:
		return errInval
	}
	return nil
}

func leftPad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// pseries memory DLPAR (arch/powerpc/platforms/pseries/hotplug-memory.c):
// QEMU's count-indexed LMB events; the kernel acquires each LMB's DRC,
// adds and onlines its memory, and logs each LMB once all are in; a
// removal offlines and removes each LMB and releases its DRC.

const drcTypeLMB = 0x80000000

func lmbAddr(index uint32) int64 { return int64(index&0x0fffffff) * spaprLMB }

func (g *Guest) dlparMemoryAdd(first uint32, count int) {
	if g.state != Running {
		return
	}
	g.kernel("pseries-hotplug-mem: Attempting to hot-add %d LMB(s) at index %x", count, first)
	r := g.HW.RTAS
	var added []uint32
	for i := 0; i < count; i++ {
		idx := first + uint32(i)
		if r.SetAllocationState(idx, true) != 0 || r.SetIsolationState(idx, false) != 0 {
			break
		}
		start := lmbAddr(idx)
		if g.radix() {
			g.kernel("radix-mmu: Mapped 0x%016x-0x%016x with 2.00 MiB pages", start, start+spaprLMB)
		}
		g.memBlocks[int(start/spaprLMB)] = &memBlock{online: true}
		added = append(added, idx)
	}
	for _, idx := range added {
		g.kernel("pseries-hotplug-mem: Memory at %x (drc index %x) was hot-added", lmbAddr(idx), idx)
	}
}

func (g *Guest) dlparMemoryRemove(first uint32, count int) {
	if g.state != Running {
		return
	}
	g.kernel("pseries-hotplug-mem: Attempting to hot-remove %d LMB(s) at %x", count, first)
	r := g.HW.RTAS
	var removed []uint32
	for i := 0; i < count; i++ {
		idx := first + uint32(i)
		b := int(lmbAddr(idx) / spaprLMB)
		if g.memBlocks[b] == nil {
			continue
		}
		delete(g.memBlocks, b)
		removed = append(removed, idx)
	}
	for _, idx := range removed {
		r.SetIsolationState(idx, true)
		r.SetAllocationState(idx, false)
	}
	for _, idx := range removed {
		g.kernel("pseries-hotplug-mem: Memory at %x (drc index %x) was hot-removed", lmbAddr(idx), idx)
	}
}

// radix: the guest runs the radix MMU (POWER9 and later).
func (g *Guest) radix() bool { return powerModels[g.M.CPUType][0] != "" }
