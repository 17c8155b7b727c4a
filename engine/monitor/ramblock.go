package monitor

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/object"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// ramBlock is one RAMBlock of ram_list: what made it (key), its idstr,
// its offset in the ram_addr_t space, used and max length, read-only.
type ramBlock struct {
	key, name    string
	offset, used uint64
	max          uint64
	ro           bool
}

// ramAlign is find_ram_offset's alignment: BITS_PER_LONG pages of 4 KiB
// (TARGET_PAGE_BITS 12 on x86_64 and ppc64).
const ramAlign = 64 << 12

// wantedRAMBlocks are the blocks the machine has now, in the order QEMU
// allocates them: the -object memory backends (made before the machine),
// the machine's RAM, x86's BIOS and option ROM area, the ROM BARs of the
// PCI devices made with it, ACPI's fw_cfg blobs at machine done; then
// what came later, backends and devices, in the order they were made.
func (mon *Monitor) wantedRAMBlocks() []ramBlock {
	m, st := mon.M, board.Of(mon.M)
	var early, late []ramBlock
	named := map[string]bool{} // backends a memory device registered (vmstate_register_ram)
	for _, d := range st.MemoryDevices() {
		named[d.Memdev] = true
	}
	if m.NUMAMemdevs || m.Props["memory-backend"] != "" {
		mon.Note("The RAM blocks of a machine whose memory is memory backends (memdev=, memory-backend=) are not measured: their names are left empty.")
	}
	for _, o := range object.Of(m) {
		if !strings.HasPrefix(o.Type, "memory-backend-") || o.ID == object.RAMID(m) {
			continue // the machine's own RAM backend (default-ram-id): below
		}
		size, _ := numa.ParseSize(o.Props["size"])
		for _, md := range m.Memdevs { // -object's, as the start-up read them
			if md.ID == o.ID {
				size = md.Size
			}
		}
		name := ""
		if named[o.ID] {
			name = o.ID
		}
		b := ramBlock{key: "backend:" + o.ID, name: name, used: uint64(size), max: uint64(size)}
		if o.Added {
			late = append(late, b)
		} else {
			early = append(early, b)
		}
	}
	ram := uint64(m.RAMBytes)
	switch {
	case m.IsSPAPR():
		early = append(early, ramBlock{key: "machine", name: object.RAMID(m), used: ram, max: ram})
	case m.Type.Family == machinetype.PC || m.Type.Family == machinetype.Q35:
		bios := uint64(256 << 10)
		if fw, err := m.Release().Firmware("x86_64", "bios-256k.bin"); err == nil {
			bios = uint64(len(fw))
		}
		early = append(early, ramBlock{key: "machine", name: object.RAMID(m), used: ram, max: ram},
			ramBlock{key: "bios", name: "pc.bios", used: bios, max: bios, ro: true},
			ramBlock{key: "rom", name: "pc.rom", used: 0x20000, max: 0x20000, ro: true})
	default:
		mon.Note("The RAM blocks of this machine type are not modelled: only its memory backends and devices are listed.")
	}
	for _, d := range st.Created() {
		if b, ok := mon.romBlock(d); ok {
			if d.Hotplugged {
				late = append(late, b)
			} else {
				early = append(early, b)
			}
		}
	}
	if !m.IsSPAPR() && m.ACPI && (m.Type.Family == machinetype.PC || m.Type.Family == machinetype.Q35) {
		// acpi_add_rom_blob: the tables padded to ACPI_BUILD_TABLE_SIZE,
		// the loader and the RSDP in pages, each in a resizeable block.
		early = append(early, ramBlock{key: "acpi-tables", name: "/rom@etc/acpi/tables", used: 0x20000, max: 0x200000, ro: true},
			ramBlock{key: "acpi-loader", name: "/rom@etc/table-loader", used: 0x1000, max: 0x10000, ro: true})
		if !(m.Type.Family == machinetype.PC && m.Type.VersionAtMost(2, 2)) {
			early = append(early, ramBlock{key: "acpi-rsdp", name: "/rom@etc/acpi/rsdp", used: 0x1000, max: 0x1000, ro: true})
		}
	}
	return append(early, late...)
}

// romBlock is a PCI device's ROM BAR (pci_add_option_rom): its romfile
// rounded up to a power of two (or romsize), named by the device's path.
func (mon *Monitor) romBlock(d *qdev.Device) (ramBlock, bool) {
	f := pci.Of(d)
	file, _ := d.Prop("romfile")
	file = strings.Trim(file, `"`)
	bar, _ := d.Prop("rombar")
	if f == nil || file == "" || strings.HasPrefix(bar, "0 ") {
		return ramBlock{}, false
	}
	size := uint64(d.SetUint("romsize", 0))
	if size == 0 {
		n, ok := mon.M.Release().FirmwareFiles[file]
		if !ok {
			mon.Note(fmt.Sprintf("The ROM file %s is not one of QEMU's firmware files: its block is left out.", file))
			return ramBlock{}, false
		}
		size = 1 << bits.Len64(uint64(n)-1)
	}
	return ramBlock{key: "rom:" + d.Path, name: pci.DevPath(d.Bus, f) + "/" + d.Type.Name + ".rom", used: size, max: size, ro: true}, true
}

// syncRAMBlocks brings ram_list up to the machine's state: blocks gone are
// freed, new ones allocated (find_ram_offset: the smallest gap after a
// block that fits, aligned) and inserted before the first smaller block
// (the list is kept from the biggest to the smallest).
func (mon *Monitor) syncRAMBlocks() []ramBlock {
	want := mon.wantedRAMBlocks()
	byKey := map[string]ramBlock{}
	for _, b := range want {
		byKey[b.key] = b
	}
	list := mon.ramBlocks[:0:0]
	for _, b := range mon.ramBlocks {
		if w, ok := byKey[b.key]; ok {
			b.name = w.name
			list = append(list, b)
		}
	}
	for _, w := range want {
		if slices.ContainsFunc(list, func(b ramBlock) bool { return b.key == w.key }) {
			continue
		}
		w.offset = findRAMOffset(list, w.max)
		i := slices.IndexFunc(list, func(b ramBlock) bool { return b.max < w.max })
		if i < 0 {
			i = len(list)
		}
		list = slices.Insert(list, i, w)
	}
	mon.ramBlocks = list
	return list
}

func findRAMOffset(list []ramBlock, size uint64) uint64 {
	if len(list) == 0 {
		return 0
	}
	offset, mingap := ^uint64(0), ^uint64(0)
	for _, b := range list {
		candidate := (b.offset + b.max + ramAlign - 1) / ramAlign * ramAlign
		next := ^uint64(0)
		for _, n := range list {
			if n.offset >= candidate {
				next = min(next, n.offset)
			}
		}
		if next-candidate >= size && next-candidate < mingap {
			offset, mingap = candidate, next-candidate
		}
	}
	return offset
}

// info ramblock (ram_block_format): each block's name, page size, offset,
// used and max length; from 10.0 also its host address and whether it is
// read-only. The host addresses are the host's mmap's: the simulator's are
// made up.
func (mon *Monitor) ramBlockText() string {
	hva := mon.M.Release().RAMBlockHostColumns
	var b strings.Builder
	b.WriteString("              Block Name    PSize              Offset               Used              Total")
	if hva {
		b.WriteString("                HVA  RO")
		mon.Note("The HVA column is the host's mmap addresses: the simulator's are made up.")
	}
	b.WriteString("\n")
	for _, r := range mon.syncRAMBlocks() {
		fmt.Fprintf(&b, "%24s %8s  0x%016x 0x%016x 0x%016x", r.name, "4 KiB", r.offset, r.used, r.max)
		if hva {
			ro := "rw"
			if r.ro {
				ro = "ro"
			}
			fmt.Fprintf(&b, " 0x%016x %3s", 0x7f0000000000+r.offset, ro)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "ramblock", Run: func(mon *Monitor, _ Args) string {
			return CRLF(mon.ramBlockText())
		}})
		RegisterQMP("x-query-ramblock", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return qjson.O("human-readable-text", mon.ramBlockText()), nil
		})
	})
}
