package monitor

import (
	"strconv"
	"strings"

	"hotpluglab/engine/acpi"
	"hotpluglab/engine/board"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/compat"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// The x86 boards' ISA ports a learner reads with `i` on a machine that
// never ran (measured, m11m-, both releases): the RTC's CMOS through its
// index (0x70) and data (0x71) ports as pc_cmos_init fills it, fw_cfg's
// selector (0x510) and data (0x511) ports, and isa-debugcon's readback.

// legacyPorts is what `o` wrote to those ports.
type legacyPorts struct {
	cmosIndex   byte
	cmosWritten map[byte]byte
	fwKey       uint16
	fwOffset    int
	bootOrder   string               // boot_set's, "" for the command line's
	uarts       map[int64]*uart16550 // each isa-serial's registers, by iobase
	// the PC speaker's port 0x61: what was written (data_on, PIT channel
	// 2's gate) and the refresh bit each read toggles
	speakerData, speakerGate, speakerRefresh bool
}

// resetCMOS is what a system reset does to the CMOS bytes `o` wrote: the
// shutdown status byte (0x0f) reads 0 again, register B as the RTC's reset
// leaves it, the others keep their values
// (measured, m14m-cmos-reset, every byte written then read after a reset).
func (p *legacyPorts) resetCMOS() {
	delete(p.cmosWritten, 0x0f)
	// rtc_reset_enter: register B loses its periodic, alarm and square
	// wave enables.
	if b, ok := p.cmosWritten[0x0b]; ok {
		p.cmosWritten[0x0b] = b &^ (0x40 | 0x20 | 0x08)
	}
}

func (mon *Monitor) legacyPortsOn() bool {
	f := mon.M.Type.Family
	return mon.neverRan() && (f == machinetype.PC || f == machinetype.Q35) && mon.M.Props["max-ram-below-4g"] == ""
}

// legacyOut is `o` to those ports; false when the port is not one of them.
func (mon *Monitor) legacyOut(port int64, n int, val uint32) bool {
	if !mon.legacyPortsOn() {
		return false
	}
	p := &mon.legacy
	switch {
	case port == 0x70 && n == 1:
		p.cmosIndex = byte(val) & 0x7f
	case port == 0x71 && n == 1 && (p.cmosIndex > 0x0d || p.cmosIndex == 0x0a || p.cmosIndex == 0x0b):
		// (registers A and B are the RTC's, kept as written; C and D
		// are read-only; the clock's own bytes are not simulated)
		if p.cmosWritten == nil {
			p.cmosWritten = map[byte]byte{}
		}
		b := byte(val)
		if p.cmosIndex == 0x0a {
			b &^= 0x80 // UIP is the clock's
		}
		p.cmosWritten[p.cmosIndex] = b
	case port == 0x61:
		// pcspk_io_write, a byte at a time (impl.max_access_size 1): the
		// last byte written stays
		for i := 0; i < n; i++ {
			b := byte(val >> (8 * i))
			p.speakerData, p.speakerGate = b&2 != 0, b&1 != 0
		}
	case mon.uartOut(port, n, val):
	case port == 0x510 && n == 2:
		// the selector takes 2-byte writes only: a 4-byte write is
		// refused whole (measured: `o /w 0x510 N` selects nothing)
		p.fwKey, p.fwOffset = uint16(val), 0
	default:
		return false
	}
	return true
}

// uartOut is `o` to an isa-serial's ports: the first piece (as wide as
// the offset's alignment allows, a byte at a time to the device), the
// rest to whatever holds the ports after it.
func (mon *Monitor) uartOut(port int64, n int, val uint32) bool {
	u, base, chr, ok := mon.uartAt(port)
	if !ok {
		return false
	}
	off, l := port-base, n
	if a := int(off & -off); a != 0 && a < l {
		l = a
	}
	for l&(l-1) != 0 {
		l &= l - 1
	}
	for i := 0; i < l; i++ {
		u.write(off+int64(i), byte(val>>(8*i)), mon.uartSend(chr))
	}
	if rest := n - l; rest > 0 {
		if !mon.legacyOut(port+int64(l), rest, val>>(8*l)) {
			acpi.PortsOf(mon.M).Out(uint16(port+int64(l)), rest, val>>(8*l))
		}
	}
	return true
}

// portRegion is a device's I/O region as the memory core dispatches to
// it: validMax is its ops' valid.max_access_size (0: any up to 4), and read
// answers an access of n bytes at offset off (a refused access reads 0).
type portRegion struct {
	base, size int64
	validMax   int
	read       func(off int64, n int) uint32
}

// legacyRegion is the modelled region holding port: fw_cfg's selector and
// data ports (1-byte reads only), its DMA signature, an isa-debugcon.
func (mon *Monitor) legacyRegion(port int64) *portRegion {
	switch {
	case port >= 0x510 && port < 0x512:
		return &portRegion{0x510, 2, 0, func(_ int64, n int) uint32 {
			if n != 1 { // fw_cfg_comb_valid: reads of one byte
				return 0
			}
			b, _ := mon.fwCfgByte(mon.legacy.fwKey, mon.legacy.fwOffset)
			mon.legacy.fwOffset++
			return uint32(b)
		}}
	case port == 0x61:
		// pcspk_io_read, a byte at a time: channel 2's gate, data_on, the
		// dummy refresh clock (toggled by each read) and channel 2's
		// output, high while the clock has not run (mode 3, count 0).
		return &portRegion{0x61, 1, 0, func(_ int64, n int) uint32 {
			p := &mon.legacy
			var v uint32
			for i := 0; i < n; i++ {
				p.speakerRefresh = !p.speakerRefresh
				b := uint32(0x20)
				if p.speakerGate {
					b |= 1
				}
				if p.speakerData {
					b |= 2
				}
				if p.speakerRefresh {
					b |= 0x10
				}
				v |= b << (8 * i)
			}
			return v
		}}
	case port >= 0x514 && port < 0x51c && mon.fwCfgID()&2 != 0:
		return &portRegion{0x514, 8, 8, func(off int64, n int) uint32 {
			var v uint32
			for i := 0; i < n; i++ { // "QEMU CFG", big-endian, as its bytes
				v |= uint32("QEMU CFG"[off+int64(i)]) << (8 * i)
			}
			return v
		}}
	}
	if u, base, _, ok := mon.uartAt(port); ok {
		// serial_io_ops: any size valid, a byte at a time to the device
		return &portRegion{base, 8, 0, func(off int64, n int) uint32 {
			var v uint32
			for i := 0; i < n; i++ {
				v |= uint32(u.read(off+int64(i))) << (8 * i)
			}
			return v
		}}
	}
	if rb, ok := mon.debugconAt(port); ok {
		return &portRegion{port, 1, 1, func(_ int64, n int) uint32 { return uint32(rb) }}
	}
	return nil
}

// splitRead is flatview_read_continue over the I/O space for an access
// that starts in a modelled region: each piece is as long as the region
// takes (valid.max_access_size, the offset's alignment, a power of two;
// MMIO is not clipped to the region's end), and what lies outside the
// modelled regions reads as the engine's other ports read.
func (mon *Monitor) splitRead(port int64, n int) uint32 {
	var v uint32
	for off := 0; off < n; {
		p, l := port+int64(off), n-off
		r := mon.legacyRegion(p)
		addr1, max := p, 4
		if r != nil {
			addr1 = p - r.base
			if r.validMax != 0 {
				max = r.validMax
			}
		}
		l = min(l, max)
		if a := int(addr1 & -addr1); a != 0 && a < l {
			l = a
		}
		for l&(l-1) != 0 {
			l &= l - 1
		}
		var piece uint32
		if r != nil {
			piece = r.read(addr1, l)
		} else {
			piece = acpi.PortsOf(mon.M).In(uint16(p), l)
		}
		v |= piece << (8 * off)
		off += l
	}
	return v
}

// legacyIn is an `i` of those ports; known false when the simulator
// cannot say what QEMU would read.
func (mon *Monitor) legacyIn(port int64, n int) (v uint32, handled, known bool) {
	if !mon.legacyPortsOn() {
		return 0, false, false
	}
	for i := 0; i < n; i++ {
		if mon.legacyRegion(port+int64(i)) != nil {
			return mon.splitRead(port, n), true, true
		}
	}
	if n != 1 {
		return 0, false, false
	}
	switch port {
	case 0x71:
		b, ok := mon.cmosByte(mon.legacy.cmosIndex)
		return uint32(b), true, ok
	}
	switch port {
	case 0x20, 0x21, 0xa0, 0xa1: // the i8259s' IRR and IMR at reset
		return 0, true, true
	case 0x3f4, 0x1f7, 0x177: // pc's own isa-fdc (ready for a command) and piix IDE with no drive
		if mon.M.Type.Family == machinetype.PC && !mon.hasDrives() {
			return map[int64]uint32{0x3f4: 0x80}[port], true, true
		}
	}
	return 0, false, false
}

// ramSplit is the RAM mapped below and above 4 GiB (pc_init1, pc_q35_init).
func (mon *Monitor) ramSplit() (below, above uint64) {
	ram := uint64(mon.M.RAMBytes)
	lowmem, split := uint64(0xe0000000), uint64(0xc0000000)
	if mon.M.Type.Family == machinetype.Q35 {
		lowmem, split = 0xb0000000, 0x80000000
	}
	if ram >= lowmem {
		return split, ram - split
	}
	return ram, 0
}

// cmosByte is pc_cmos_init's CMOS: the RTC's status registers, the memory
// sizes, the boot CPUs and the boot order; everything else is zero but the
// clock (host time; its century is this one) and, with IDE or floppy drives, their geometry (not
// modelled).
func (mon *Monitor) cmosByte(i byte) (byte, bool) {
	if v, ok := mon.legacy.cmosWritten[i]; ok {
		return v, true
	}
	const kib, mib = 1 << 10, 1 << 20
	below, above := mon.ramSplit()
	clamp := func(v uint64) uint64 { return min(v, 65535) }
	ext := uint64(0) // extended memory, the 64 MiB after the first
	if below > mib {
		ext = clamp((below - mib) / kib)
	}
	high := uint64(0) // between 16 MiB and 4 GiB, in 64 KiB
	if below > 16*mib {
		high = clamp((below - 16*mib) / (64 * kib))
	}
	switch i {
	case 0x0a:
		return 0x26, true
	case 0x0b:
		return 0x02, true
	case 0x0d:
		return 0x80, true
	case 0x10, 0x12, 0x14, 0x19, 0x1a, 0x39:
		if mon.hasDrives() {
			mon.Note("The CMOS's drive bytes are not simulated with IDE or floppy drives.")
			return 0xff, false
		}
		if i == 0x14 {
			return 0x06, true // an FPU and a PS/2 mouse
		}
		return 0, true
	case 0x15, 0x16:
		return byte(min(below/kib, 640) >> (8 * (i - 0x15))), true
	case 0x17, 0x30:
		return byte(ext), true
	case 0x18, 0x31:
		return byte(ext >> 8), true
	case 0x34:
		return byte(high), true
	case 0x35:
		return byte(high >> 8), true
	case 0x5b, 0x5c, 0x5d:
		return byte(above / (64 * kib) >> (8 * (i - 0x5b))), true
	case 0x5f:
		return byte(mon.M.Topology.CPUs - 1), true
	case 0x38, 0x3d:
		nib := map[byte]byte{'a': 1, 'b': 1, 'c': 2, 'd': 3, 'n': 4}
		var bds [3]byte
		for j, c := range []byte(mon.bootOrderPC()) {
			if j < 3 {
				bds[j] = nib[c]
			}
		}
		if i == 0x3d {
			return bds[1]<<4 | bds[0], true
		}
		return bds[2] << 4, true // fd_bootchk: the floppy's boot signature is checked
	}
	if i == 0x32 || i == 0x37 { // the century, in BCD (0x37: where IBM PS/2s keep it)
		// QEMU writes the host clock's century; a session is a function of
		// its inputs, so the simulator's host lives in the 21st century.
		const century = 20
		return byte(century/10<<4 | century%10), true
	}
	if i <= 0x09 {
		mon.Note("The CMOS clock holds the host's time: the simulator has none to show.")
		return 0xff, false
	}
	return 0, true
}

// bootOrderPC is the boot order set_boot_dev wrote: boot_set's, else
// -boot order=, else the PC boards' "cad".
func (mon *Monitor) bootOrderPC() string {
	if mon.legacy.bootOrder != "" {
		return mon.legacy.bootOrder
	}
	if given, ok := mon.M.Extra[cmdline.BootConfigKey].(qjson.Object); ok {
		if o, ok := given.Get("order"); ok {
			if s, ok := o.(string); ok {
				return s
			}
		}
	}
	return "cad"
}

// hasDrives: an IDE or floppy drive is plugged (its geometry goes in CMOS).
func (mon *Monitor) hasDrives() bool {
	b := board.Of(mon.M)
	found := false
	if b != nil {
		b.Tree.Walk(func(d *qdev.Device) {
			n := d.Type.Name
			found = found || n == "floppy" || strings.HasPrefix(n, "ide-")
		})
	}
	return found
}

// fwCfgByte is byte off of fw_cfg item key as the x86 boards fill it; past
// an item's end, or for an item the board lacks, the data port reads 0.
func (mon *Monitor) fwCfgByte(key uint16, off int) (byte, bool) {
	le := func(v uint64, n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(v >> (8 * i))
		}
		return b
	}
	var item []byte
	switch key {
	case 0x00:
		item = []byte("QEMU")
	case 0x01:
		item = le(uint64(mon.fwCfgID()), 4)
	case 0x02:
		item = uuidBytes(mon.uuid())
	case 0x03:
		item = le(uint64(mon.M.RAMBytes), 8)
	case 0x05:
		item = le(uint64(mon.M.Topology.CPUs), 2)
	case 0x0f:
		limit := 0
		for _, s := range mon.M.Slots {
			limit = max(limit, s.ArchID+1)
		}
		item = le(uint64(limit), 2)
	case 0x0d: // NUMA: node count, a node per APIC ID, memory per node
		if mon.M.NUMANodes > 0 {
			mon.Note("fw_cfg's NUMA item is not simulated with NUMA nodes.")
			return 0xff, false
		}
		return 0, true
	case 0x0e: // FW_CFG_BOOT_MENU: -boot menu=on
		menu := uint64(0)
		if given, ok := mon.M.Extra[cmdline.BootConfigKey].(qjson.Object); ok {
			if v, ok := given.Get("menu"); ok && v == true {
				menu = 1
			}
		}
		item = le(menu, 2)
	case 0x19: // the file directory: its count (big-endian), then the files
		n, known := cmdline.FwCfgFileCount(mon.M)
		if !known || off >= 4 {
			mon.Note("fw_cfg's file directory is not simulated (here only its count is).")
			return 0xff, false
		}
		return byte(n >> (8 * (3 - off))), true
	}
	if off < len(item) {
		return item[off], true
	}
	return 0, true
}

// uuidBytes is a UUID's 16 bytes in the order its text gives them.
func uuidBytes(s string) []byte {
	h := strings.ReplaceAll(s, "-", "")
	b := make([]byte, 0, 16)
	for i := 0; i+1 < len(h); i += 2 {
		var v byte
		for _, c := range h[i : i+2] {
			v <<= 4
			switch {
			case c >= '0' && c <= '9':
				v |= byte(c - '0')
			case c >= 'a' && c <= 'f':
				v |= byte(c-'a') + 10
			case c >= 'A' && c <= 'F':
				v |= byte(c-'A') + 10
			}
		}
		b = append(b, v)
	}
	return b
}

// debugconAt is the readback of an isa-debugcon at port (its iobase,
// default 0xe9; readback default 0xe9).
func (mon *Monitor) debugconAt(port int64) (byte, bool) {
	b := board.Of(mon.M)
	if b == nil {
		return 0, false
	}
	var rb byte
	found := false
	b.Tree.Walk(func(d *qdev.Device) {
		if d.Type.Name != "isa-debugcon" || found {
			return
		}
		base, rbv := qtreeInt(d, "iobase", 0xe9), qtreeInt(d, "readback", 0xe9)
		if base == port {
			rb, found = byte(rbv), true
		}
	})
	return rb, found
}

// qtreeInt is an integer property as info qtree prints it ("233 (0xe9)").
func qtreeInt(d *qdev.Device, name string, def int64) int64 {
	v, ok := d.Prop(name)
	if !ok {
		return def
	}
	n, err := strconv.ParseInt(strings.Fields(v + " ")[0], 0, 64)
	if err != nil {
		return def
	}
	return n
}

// fwCfgID is FW_CFG_ID: the traditional interface, and DMA but on
// pc-i440fx-2.4 and older (fw_cfg_io's dma_enabled compat property).
func (mon *Monitor) fwCfgID() uint32 {
	for _, g := range compat.For(mon.M.Release(), mon.Target, mon.M.Type.Name) {
		if g.Type == "fw_cfg_io" && g.Property == "dma_enabled" && g.Value == "false" {
			return 1
		}
	}
	return 3
}
