package board

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qdev"
)

// Memory hotplug on x86 (pc_memory_pre_plug, pc_dimm_pre_plug,
// memory_device_pre_plug): a pc-dimm takes a slot of -m slots= and a place
// in the device memory region above 4 GiB, whose size is maxmem minus the
// RAM. Every message was measured on both releases.

// DIMM is a plugged memory device: a pc-dimm, or a virtio-mem-pci's
// region (VirtioMem; no slot, and no memory plugged until a guest driver
// asks for its requested size, which no simulated guest does).
type DIMM struct {
	Dev             *qdev.Device
	Slot, Node      int
	Addr, Size      uint64
	Memdev          string
	Hotplugged      bool
	UnplugRequested bool
	VirtioMem       bool
	RequestedSize   uint64
	BlockSize       uint64 // virtio-mem's block-size when given (else the release's default)
	// NVDIMM: an nvdimm (memory device type "nvdimm"), its size the
	// backend's less its label area.
	NVDIMM bool
	// VirtioPMEM: a virtio-pmem-pci's region (State.pmems), the whole
	// backend at its memaddr.
	VirtioPMEM bool
	// lmbsReleased: pseries LMBs the guest released since device_del.
	lmbsReleased int
}

// dimmAlign is the backends' page alignment on an x86_64 host (2 MiB,
// QEMU_VMALLOC_ALIGN): a DIMM's address is aligned to it.
const dimmAlign = 2 << 20

// takesDIMMs: the machine's hotplug handler takes memory devices.
func (s *State) takesDIMMs() bool {
	f := s.M.Type.Family
	return f == machinetype.PC || f == machinetype.Q35 || f == machinetype.ISAPC || f == machinetype.PSeries
}

// x86MemoryHotplugOff is pc_memory_pre_plug's first check: an x86 board
// without ACPI (isapc, acpi=off) takes no DIMM, cold-plugged or not
// (measured on both releases, before nvdimm's own check).
func (s *State) x86MemoryHotplugOff() error {
	if f := s.M.Type.Family; (f == machinetype.PC || f == machinetype.Q35 || f == machinetype.ISAPC) && !s.M.ACPI {
		return errors.New("memory hotplug is not enabled: missing acpi device or acpi disabled")
	}
	return nil
}

// spaprLMBSize is SPAPR_MEMORY_BLOCK_SIZE: the guest's memory comes and
// goes in logical memory blocks of 256 MiB.
const spaprLMBSize = 256 << 20

// deviceMemoryBase is where the device memory region starts: above the
// RAM mapped over 4 GiB, on a 1 GiB boundary.
func (s *State) deviceMemoryBase() uint64 {
	const gib = 1 << 30
	ram := uint64(s.M.RAMBytes)
	if s.M.IsSPAPR() { // spapr: right above the RAM, on a 1 GiB boundary
		return (ram + gib - 1) / gib * gib
	}
	lowmem := uint64(0xe0000000) // pc: RAM up to 3.5 GiB stays below 4 GiB
	if s.M.Type.Family == machinetype.Q35 {
		lowmem = 0xb0000000
	}
	above := uint64(0)
	if ram >= lowmem {
		split := uint64(0xc0000000)
		if s.M.Type.Family == machinetype.Q35 {
			split = 0x80000000
		}
		above = ram - split
	}
	return (1<<32 + above + gib - 1) / gib * gib
}

// memdev is a memory backend by id: -object's as the start-up read them,
// else object_add's; ok false when id names no memory backend (or its
// size does not parse).
func (s *State) memdev(id string) (b machine.Memdev, ok bool) {
	for _, m := range s.M.Memdevs {
		if m.ID == id {
			return m, true
		}
	}
	for _, o := range object.Of(s.M) {
		if o.ID != id || !strings.HasPrefix(o.Type, "memory-backend-") {
			continue
		}
		n, err := numa.ParseSize(o.Props["size"])
		share, given := o.Props["share"]
		return machine.Memdev{ID: id, Size: n, Type: o.Type, Share: numa.Shares(o.Type, share, given)}, err == nil
	}
	return machine.Memdev{}, false
}

// memdevAlign is a backend's RAM block alignment: anonymous RAM is mapped
// on QEMU_VMALLOC_ALIGN (2 MiB), a file or memfd on its page (4 KiB here;
// measured: an NVDIMM's PMEM on a file keeps the 4 KiB its label leaves).
func (s *State) memdevAlign(id string) uint64 {
	if b, ok := s.memdev(id); ok && b.Type != "memory-backend-ram" {
		return 4 << 10
	}
	return dimmAlign
}

// isNVDIMM: an nvdimm, or pseries' spapr-nvdimm (TYPE_NVDIMM's child,
// with nvdimm's properties, checks and hotplug).
func isNVDIMM(t qdev.Type) bool { return t.Implements("nvdimm") }

// memdevSize is a memory backend's size.
func (s *State) memdevSize(id string) (size uint64, ok bool) {
	b, ok := s.memdev(id)
	return uint64(b.Size), ok
}

// dimmPrePlug checks a new pc-dimm and places it, in QEMU's order:
// pre_plug (memdev given, a slot, room in the region, the address) then
// realize (the node, the backend not used by another).
func (s *State) dimmPrePlug(d *qdev.Device, vals *values) error {
	v, ok := vals.get("memdev")
	if !ok && (s.M.IsSPAPR() || s.M.RAMSlots > 0) {
		return errors.New("'memdev' property must be set") // pc: after the slot check
	}
	memdev := fmt.Sprint(v)
	size, _ := s.memdevSize(memdev)
	if s.M.IsSPAPR() && !isNVDIMM(d.Type) && size%spaprLMBSize != 0 { // spapr_memory_pre_plug (an NVDIMM's: spaprNVDIMMValidate)
		return fmt.Errorf("Hotplugged memory size must be a multiple of %d MB", spaprLMBSize>>20)
	}
	slots := s.M.RAMSlots
	slot := -1
	if v, ok := s.propOrGlobal(d, vals, "slot"); ok {
		slot, _ = strconv.Atoi(fmt.Sprint(v))
	}
	used := map[int]bool{}
	for _, x := range s.dimms {
		used[x.Slot] = true
	}
	switch {
	case slot != -1 && (slot >= slots || slot < -1):
		// The slot asked for first (measured: with no slots at all, the
		// range's end is -1 printed unsigned).
		return fmt.Errorf("invalid slot number %d, valid range is [0-%d]", slot, uint64(int64(slots)-1))
	case slots == 0:
		return errors.New("no slots where allocated, please specify the 'slots' option")
	case slot >= 0 && used[slot]:
		return fmt.Errorf("slot %d is busy", slot)
	case slot < 0:
		for slot = 0; slot < slots && used[slot]; slot++ {
		}
		if slot == slots {
			return errors.New("no free slots available")
		}
	}
	if isNVDIMM(d.Type) {
		// nvdimm_prepare_memory_region, as memory_device_pre_plug reads
		// the region: the PMEM is what the label leaves, aligned down to
		// the backend's alignment, and must not be empty.
		v, _ := vals.get("label-size")
		label, align := toU64(v), s.memdevAlign(memdev)
		if size <= label || (size-label)/align == 0 {
			return fmt.Errorf("the size of memdev %s (0x%x) is too small to contain nvdimm label (0x%x) and aligned PMEM (0x%x)", memdev, size, label, align)
		}
		size = (size - label) / align * align
	}
	addr, err := s.deviceMemoryAddr(vals, "addr", size)
	if err != nil {
		return err
	}
	node, err := s.dimmRealize(d, vals, memdev)
	if err != nil {
		return err
	}
	x := &DIMM{Dev: d, Slot: slot, Node: node, Addr: addr, Size: size, Memdev: memdev, Hotplugged: d.Hotplugged}
	x.NVDIMM = isNVDIMM(d.Type)
	s.dimms = append(s.dimms, x)
	s.memhpPlug(x)
	return nil
}

// propOrGlobal is a property's value as realize reads it: the device's own
// option, else what a -global set (-global pc-dimm.node=1, r47m-).
func (s *State) propOrGlobal(d *qdev.Device, vals *values, prop string) (any, bool) {
	if v, ok := vals.get(prop); ok {
		return v, true
	}
	return s.userGlobalValue(d, prop)
}

// dimmRealize is pc_dimm_realize's checks: the node, then the backend's
// being free, which it then claims.
func (s *State) dimmRealize(d *qdev.Device, vals *values, memdev string) (node int, err error) {
	if v, ok := s.propOrGlobal(d, vals, "node"); ok {
		node, _ = strconv.Atoi(fmt.Sprint(v))
	}
	if nodes := max(s.M.NUMANodes, 1); node >= nodes {
		return 0, fmt.Errorf("'DIMM property node has value %d' which exceeds the number of numa nodes: %d", node, nodes)
	}
	if object.Claimed(s.M, memdev) {
		return 0, fmt.Errorf("can't use already busy memdev: %s", memdev)
	}
	object.Claim(s.M, memdev)
	return node, nil
}

// dimmUnhandled is a pc-dimm on a machine whose hotplug handler takes no
// memory device (microvm): no pre_plug places it, pc_dimm_realize still
// maps its backend, and it is listed at address 0 in no slot (measured on
// both releases).
func (s *State) dimmUnhandled(d *qdev.Device, vals *values) error {
	v, ok := vals.get("memdev")
	if !ok {
		return nil
	}
	memdev := fmt.Sprint(v)
	node, err := s.dimmRealize(d, vals, memdev)
	if err != nil {
		return err
	}
	size, _ := s.memdevSize(memdev)
	s.dimms = append(s.dimms, &DIMM{Dev: d, Slot: -1, Node: node, Size: size, Memdev: memdev, Hotplugged: d.Hotplugged})
	return nil
}

// deviceMemoryAddr is memory_device_get_free_addr: room for size bytes
// in the region, then the address asked for (the property prop) or the
// first free one.
func (s *State) deviceMemoryAddr(vals *values, prop string, size uint64) (uint64, error) {
	var inUse uint64
	for _, x := range s.MemoryDevices() {
		inUse += x.Size
	}
	total := uint64(s.M.MaxRAMBytes - s.M.RAMBytes)
	if inUse+size > total {
		return 0, fmt.Errorf("not enough space, currently 0x%x in use of total space for memory devices 0x%x", inUse, total)
	}
	// An address of 0 is the property's default: none asked for.
	v, _ := vals.get(prop)
	addr, _ := strconv.ParseUint(fmt.Sprint(v), 0, 64)
	// The device's minimum alignment (a virtio-mem's block-size given),
	// at least its region's; on 10.0 the size is held to the region's
	// alone (the virtio-mem's realize checks it against its blocks).
	v, _ = vals.get("memdev")
	align := s.memdevAlign(fmt.Sprint(v))
	sizeAlign := align
	if b, ok := vals.get("block-size"); ok {
		align = max(align, toU64(b))
		if !s.M.Release().VirtioMDPrePlug {
			sizeAlign = align
		}
	}
	if addr%max(align, dimmAlign) != 0 {
		return 0, fmt.Errorf("address must be aligned to 0x%x bytes", max(align, dimmAlign))
	}
	if sizeAlign != 0 && size%sizeAlign != 0 {
		return 0, fmt.Errorf("backend memory size must be multiple of 0x%x", sizeAlign)
	}
	if addr == 0 {
		return s.freeDeviceMemory(size), nil
	}
	return addr, s.deviceMemoryRangeError(addr, size)
}

// virtioMemPrePlug is the x86 machine's pre_plug of a virtio-mem-pci
// (pc_virtio_md_pci_pre_plug, memory_device_pre_plug), before its PCI
// function is placed: a memdev, a device memory region, room and an
// address for the backend's whole size. The address is only taken when
// the device has realized (virtioMemPlug).
func (s *State) virtioMemPrePlug(vals *values) error {
	_, hasMemdev := vals.get("memdev")
	noRegion := s.M.MaxRAMBytes <= s.M.RAMBytes
	switch {
	case s.M.Release().VirtioMDPrePlug && noRegion:
		return errors.New("the configuration is not prepared for memory devices (e.g., for memory hotplug), consider specifying the maxmem option")
	case !hasMemdev:
		return errors.New("'memdev' property must be set")
	case noRegion:
		return errors.New("memory devices (e.g. for memory hotplug) are not enabled, please specify the maxmem option")
	}
	v, _ := vals.get("memdev")
	size, _ := s.memdevSize(fmt.Sprint(v))
	_, err := s.deviceMemoryAddr(vals, "memaddr", size)
	return err
}

// virtioMemRealizeError is virtio_mem_device_realize's checks, after the
// PCI placement: the backend free, then the node.
func (s *State) virtioMemRealizeError(vals *values) error {
	v, _ := vals.get("memdev")
	memdev := fmt.Sprint(v)
	if object.Claimed(s.M, memdev) {
		return fmt.Errorf("'memdev' property specifies a busy memdev: %s", memdev)
	}
	node := uint64(0)
	if v, ok := vals.get("node"); ok {
		node = toU64(v)
	}
	if nodes := uint64(max(s.M.NUMANodes, 1)); node >= nodes {
		return fmt.Errorf("'node' property has value '%d', which exceedsthe number of numa nodes: %d", node, nodes)
	}
	// then the block size (given, or the release's default) divides the
	// requested size
	block := s.M.Release().VirtioMemBlockSize
	if v, ok := vals.get("block-size"); ok {
		block = toU64(v)
		if def := s.M.Release().VirtioMemBlockSize; block < def {
			s.warn(fmt.Sprintf("'block-size' property is smaller than the default block size (%x MiB)", def>>20))
		}
	}
	if v, ok := vals.get("requested-size"); ok && block != 0 && toU64(v)%block != 0 {
		return fmt.Errorf("'requested-size' property has to be multiples of 'block-size' (0x%x)", block)
	}
	if size, _ := s.memdevSize(memdev); block != 0 && size%block != 0 {
		return fmt.Errorf("'memdev' property memdev size has to be multiples of'block-size' (0x%x)", block) // sic
	}
	return nil
}

// virtioMemPlug takes the realized device's backend and address.
func (s *State) virtioMemPlug(d *qdev.Device, vals *values) {
	v, _ := vals.get("memdev")
	memdev := fmt.Sprint(v)
	size, _ := s.memdevSize(memdev)
	addr, _ := s.deviceMemoryAddr(vals, "memaddr", size)
	x := &DIMM{Dev: d, Slot: -1, Addr: addr, Size: size, Memdev: memdev, Hotplugged: d.Hotplugged, VirtioMem: true}
	if v, ok := vals.get("node"); ok {
		x.Node = int(toU64(v))
	}
	if v, ok := vals.get("requested-size"); ok {
		x.RequestedSize = toU64(v)
	}
	if v, ok := vals.get("block-size"); ok {
		x.BlockSize = toU64(v)
	}
	object.Claim(s.M, memdev)
	s.dimms = append(s.dimms, x)
	d.SetProp("memaddr", fmt.Sprintf("%d (0x%x)", addr, addr))
	backend, _ := s.memdev(memdev)
	upTo := s.M.Release().VirtioMemInaccessibleAutoUpTo
	zeroPage := backend.Type == "memory-backend-ram" && !backend.Share // private anonymous RAM
	if _, given := vals.get("unplugged-inaccessible"); !given && !s.userGlobalSetsOrBackend(d, "unplugged-inaccessible") &&
		!s.M.Type.VersionAtMost(6, 2) && s.M.Type.VersionAtMost(upTo[0], upTo[1]) {
		// "auto": off only where the shared zero page backs unplugged
		// memory, so old guests can read it.
		v := `"on"`
		if zeroPage {
			v = `"off"`
		}
		d.SetProp("unplugged-inaccessible", v)
	}
	if v, _ := d.Prop("unplugged-inaccessible"); v == `"off"` && !zeroPage {
		s.warn("'unplugged-inaccessible' property set to 'off' with a memdev that does not support the shared zeropage.")
	}
	if s.M.Release().VirtioMemDiscardsPrivateFile && backend.Type == "memory-backend-file" && !backend.Share {
		// virtio_mem_device_realize discards the whole backend at once.
		s.warn("ram_block_discard_range: Discarding RAM in private file mappings is possibly dangerous, because it will modify the underlying file and will affect other users of the file")
	}
}

// deviceMemorySize is the device memory region's size: maxmem minus the
// RAM, and on x86 (enforce_aligned_dimm, pc 2.2 on) a GiB per slot for
// alignment (measured in the range errors).
func (s *State) deviceMemorySize() uint64 {
	size := uint64(s.M.MaxRAMBytes - s.M.RAMBytes)
	if !s.M.IsSPAPR() && !(s.M.Type.Family == machinetype.PC && s.M.Type.VersionAtMost(2, 1)) {
		size += uint64(s.M.RAMSlots) << 30
	}
	return size
}

// deviceMemoryRangeError is memory_device_get_free_addr with an address
// asked for: inside the region, and over no other memory device.
func (s *State) deviceMemoryRangeError(addr, size uint64) error {
	base, total := s.deviceMemoryBase(), s.deviceMemorySize()
	if addr < base || addr+size < addr || addr+size > base+total {
		return fmt.Errorf("can't add memory device [0x%x:0x%x], usable range for memory devices [0x%x:0x%x]", addr, size, base, total)
	}
	for _, x := range s.MemoryDevices() {
		if addr < x.Addr+x.Size && x.Addr < addr+size {
			id := x.Dev.ID
			if id == "" {
				id = "(unnamed)"
			}
			return fmt.Errorf("address range conflicts with memory device id='%s'", id)
		}
	}
	return nil
}

// freeDeviceMemory is memory_device_get_free_addr: the lowest aligned
// address from the region's base that no plugged DIMM overlaps.
func (s *State) freeDeviceMemory(size uint64) uint64 {
	addr := s.deviceMemoryBase()
	for _, x := range s.MemoryDevices() {
		if addr+size <= x.Addr {
			break
		}
		if x.Addr+x.Size > addr {
			addr = (x.Addr + x.Size + dimmAlign - 1) / dimmAlign * dimmAlign
		}
	}
	return addr
}

// MemoryDevices are the plugged DIMMs by address (query-memory-devices).
func (s *State) MemoryDevices() []*DIMM {
	if s == nil {
		return nil
	}
	l := append(slices.Clone(s.dimms), s.pmems...)
	slices.SortStableFunc(l, func(a, b *DIMM) int { return cmp.Compare(a.Addr, b.Addr) })
	return l
}

// PluggedMemory is the DIMMs' total size (info memory_size_summary).
func (s *State) PluggedMemory() uint64 {
	var n uint64
	for _, x := range s.MemoryDevices() {
		if !x.VirtioMem { // a virtio-mem region has nothing plugged
			n += x.Size
		}
	}
	return n
}

// ACPIMemorySlots are the DIMM slots ACPI memory hotplug reports to
// query-acpi-ospm-status (acpi_memory_ospm_status): one per -m slots=, each
// with the DIMM plugged there (an NVDIMM takes a slot but not ACPI's), none
// where the PIIX4's memory-hotplug-support is off.
func (s *State) ACPIMemorySlots() (n int, bySlot map[int]*DIMM) {
	if s == nil {
		return 0, nil
	}
	on := true
	s.Tree.Walk(func(d *qdev.Device) {
		if d.Type.Name == "PIIX4_PM" {
			v, ok := d.Prop("memory-hotplug-support")
			on = !ok || v == "true"
		}
	})
	if !on {
		return 0, nil
	}
	bySlot = map[int]*DIMM{}
	for _, x := range s.dimms {
		if !x.VirtioMem && !x.NVDIMM {
			bySlot[x.Slot] = x
		}
	}
	return s.M.RAMSlots, bySlot
}

// virtioPMEMPrePlug is memory_device_pre_plug of a virtio-pmem-pci: room
// and an address for its whole backend.
func (s *State) virtioPMEMPrePlug(vals *values) (addr, size uint64, err error) {
	v, _ := vals.get("memdev")
	size, _ = s.memdevSize(fmt.Sprint(v))
	addr, err = s.deviceMemoryAddr(vals, "memaddr", size)
	return addr, size, err
}

// DeviceMemory is the device memory region (base and size); ok false when
// the machine has none (maxmem not above the RAM).
func (s *State) DeviceMemory() (base, size uint64, ok bool) {
	if s == nil || s.M.MaxRAMBytes <= s.M.RAMBytes {
		return 0, 0, false
	}
	return s.deviceMemoryBase(), s.deviceMemorySize(), true
}
