package monitor

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/board"
	"hotpluglab/engine/chardev"
	"hotpluglab/engine/disas"
	"hotpluglab/engine/format"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// print, and the memory commands (x, xp, sum, gva2gpa). The simulator holds
// no guest memory, but what a machine that has never run holds is known:
// zeros in x86 RAM up to the BIOS at 0xe0000, where firmware has not
// copied anything, and SeaBIOS's image there and below 4 GiB; pseries'
// SLOF image at 0, then zeros. That much is exact; anywhere else, or once
// the machine has run, the dump shows zeros and a note says why.

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "print|p", Run: func(mon *Monitor, a Args) string {
			v, _ := a.Int("val")
			f, _ := a.Int("format")
			return printValue(byte(f), uint64(v)) + "\r\n"
		}})
		RegisterHMP(&HMPCommand{Name: "x", Run: func(mon *Monitor, a Args) string { return mon.memoryDump(a, false) }})
		RegisterHMP(&HMPCommand{Name: "xp", Run: func(mon *Monitor, a Args) string { return mon.memoryDump(a, true) }})
		// sum (hmp_sum): a rotating 16-bit checksum of guest memory; RAM
		// nothing has written sums to zero.
		RegisterHMP(&HMPCommand{Name: "sum", Run: func(mon *Monitor, a Args) string {
			start, _ := a.Int("start")
			size, _ := a.Int("size")
			// hmp_sum's start, size and address are uint32_t: a range that
			// wraps past 4 GiB ends before it starts and sums nothing
			// (measured: sum 0xfffffff0 16).
			s32, e32 := uint32(start), uint32(start)+uint32(size)
			if e32 <= s32 {
				return "00000\r\n"
			}
			start, size = int64(s32), int64(e32-s32)
			if !mon.M.IsSPAPR() && mon.zeroRAM(uint64(start), uint64(size)) {
				return "00000\r\n" // however long, zeros sum to zero
			}
			mem, ok := mon.guestRAM(uint64(start), uint64(size))
			if !ok {
				mon.Note("The simulator holds no guest memory here: QEMU would sum what the guest or firmware wrote.")
				return ""
			}
			var sum uint16
			for _, c := range mem { // BSD sum, as hmp_sum
				sum = (sum>>1 | sum<<15) + uint16(c)
			}
			return fmt.Sprintf("%05d\r\n", sum)
		}})
		// gpa2hva and gpa2hpa: the host's address of guest RAM (the host's,
		// not simulated); an address nothing maps is refused.
		for _, c := range []string{"gpa2hva", "gpa2hpa"} {
			RegisterHMP(&HMPCommand{Name: c, Run: func(mon *Monitor, a Args) string {
				addr, _ := a.Int("addr")
				if mapped, known := mon.x86PhysMap(); known && !mapped(uint64(addr), 1) || mon.spaprUnmapped(uint64(addr), 1) {
					return fmt.Sprintf("No memory is mapped at address 0x%x\r\n", uint64(addr))
				}
				mon.Note("The host's addresses of guest RAM are the host's: the simulator has none to show.")
				return ""
			}})
		}
		RegisterHMP(&HMPCommand{Name: "gva2gpa", Run: func(mon *Monitor, a Args) string {
			addr, _ := a.Int("addr")
			if !mon.neverRan() {
				mon.Note("The simulator does not model the guest's page tables: the address is shown untranslated, as with paging off.")
			}
			return "gpa: " + alt('x', uint64(addr)) + "\r\n"
		}})
	})
}

// spaprUnmapped: [addr, addr+n) reaches past pseries' RAM and device
// memory region (based at most at the RAM rounded up to 32 GiB) and starts
// below the PHBs' windows, where nothing is mapped.
func (mon *Monitor) spaprUnmapped(addr, n uint64) bool {
	if !mon.M.IsSPAPR() {
		return false
	}
	top := (uint64(mon.M.RAMBytes)+32<<30-1)&^(32<<30-1) + uint64(max(mon.M.MaxRAMBytes-mon.M.RAMBytes, 0))
	return addr+n > top && addr < 1<<45
}

// alt is C's "%#" PRIx64 / PRIo64: no prefix for zero.
func alt(base byte, v uint64) string {
	if v == 0 {
		return "0"
	}
	if base == 'o' {
		return "0" + strconv.FormatUint(v, 8)
	}
	return "0x" + strconv.FormatUint(v, 16)
}

// printValue is hmp_print's formats.
func printValue(format byte, v uint64) string {
	switch format {
	case 'o', 'x':
		return alt(format, v)
	case 'u':
		return strconv.FormatUint(v, 10)
	case 'c':
		return printc(int32(v))
	}
	return strconv.FormatInt(int64(v), 10)
}

// printc is monitor_printc.
func printc(c int32) string {
	switch {
	case c == '\'':
		return `'\''`
	case c == '\\':
		return `'\\'`
	case c == '\n':
		return `'\n'`
	case c == '\r':
		return `'\r'`
	case c >= 32 && c <= 126:
		return "'" + string(rune(c)) + "'"
	}
	return fmt.Sprintf("'\\x%02x'", uint32(c))
}

// disassemble is `x /Ni`: on an x86 machine that never ran, RAM holds
// zeros, which in real mode are "addb %al, (%bx, %si)" two bytes at a time.
func (mon *Monitor) disassemble(addr uint64, count int64) string {
	if count > 1<<16 {
		count = 1 << 16
		mon.Note("The listing was cut at 65536 instructions.")
	}
	if mon.M.IsSPAPR() {
		return mon.disassemblePPC(addr, count)
	}
	if !mon.zeroRAM(addr, uint64(count)*2) {
		return mon.disassembleX86(addr, count)
	}
	var b strings.Builder
	for i := int64(0); i < count; i++ {
		fmt.Fprintf(&b, "0x%08x:  00 00                    addb     %%al, (%%bx, %%si)\r\n", addr)
		addr += 2
	}
	return b.String()
}

// disassembleX86 is `x /Ni` on an x86 machine that never ran (real mode)
// where the BIOS is: what the release's binary printed for SeaBIOS's code
// (engine/disas), read as disas/capstone.c's cap_disas_monitor reads it,
// 32 bytes at most and up to the next 1 KiB boundary, so that memory past
// 4 GiB is "unable to read memory" where QEMU says so.
func (mon *Monitor) disassembleX86(pc uint64, count int64) string {
	var b strings.Builder
	var buf []byte
	for count > 0 {
		epc := (pc + uint64(len(buf)) + 1 + 1023) &^ 1023
		if want := min(32, epc-pc); want > uint64(len(buf)) {
			at := pc + uint64(len(buf))
			if pc+want > 1<<32 {
				fmt.Fprintf(&b, "0x%08x: unable to read memory\r\n", pc)
				mon.Note("QEMU's disassembler reads up to 32 bytes ahead of an instruction, and nothing is mapped above 4 GiB, so the listing stops here. The BIOS's last 128 KiB are also below 1 MiB: x /10i 0xffff0 shows the reset vector's code from there.")
				return b.String()
			}
			more, ok := mon.guestRAM(at, want-uint64(len(buf)))
			if !ok {
				break
			}
			buf = append(buf, more...)
		}
		n, text, ok := disas.X86(mon.M.Release(), buf, pc)
		if !ok {
			if len(buf) < 32 {
				continue // more bytes may tell
			}
			break
		}
		code := buf[:n]
		first := code[:min(n, 8)]
		fmt.Fprintf(&b, "0x%08x:  %-24s %s\r\n", pc, hexBytes(first), text)
		for rest, at := code[len(first):], pc+8; len(rest) > 0; at += 8 {
			line := rest[:min(len(rest), 8)]
			fmt.Fprintf(&b, "0x%08x:  %s\r\n", at, hexBytes(line))
			rest = rest[len(line):]
		}
		pc += uint64(n)
		buf = buf[n:]
		count--
	}
	if count > 0 {
		mon.Note("Disassembly is not simulated here: the simulator knows SeaBIOS's code only, as QEMU printed it, and zeroed RAM.")
		return ""
	}
	return b.String()
}

func hexBytes(b []byte) string {
	s := make([]string, len(b))
	for i, c := range b {
		s[i] = fmt.Sprintf("%02x", c)
	}
	return strings.Join(s, " ")
}

// disassemblePPC is `x /Ni` on pseries: what the release's binary printed
// for each word of SLOF's image (engine/disas), the only code a machine
// that never ran holds; RAM past it is zeros, which print as bytes.
func (mon *Monitor) disassemblePPC(addr uint64, count int64) string {
	mem, ok := mon.guestRAM(addr, uint64(count)*4)
	var b strings.Builder
	for i := 0; ok && i+4 <= len(mem); i += 4 {
		w := uint32(mem[i])<<24 | uint32(mem[i+1])<<16 | uint32(mem[i+2])<<8 | uint32(mem[i+3])
		var text string
		if text, ok = disas.PPC(mon.M.Release(), w, addr); ok {
			fmt.Fprintf(&b, "0x%08x:  %08x  %s\r\n", addr, w, text)
		}
		addr += 4
	}
	if !ok {
		mon.Note("Disassembly is not simulated here: the simulator knows the code of SLOF's image only, as QEMU printed it.")
		return ""
	}
	return b.String()
}

// neverRan: the machine is still in prelaunch (-S and no cont).
func (mon *Monitor) neverRan() bool { return mon.RunState == "prelaunch" }

// zeroRAM says whether [addr, addr+n) is RAM that nothing has written yet.
func (mon *Monitor) zeroRAM(addr, n uint64) bool {
	if !mon.neverRan() || mon.M.IsSPAPR() { // SLOF is loaded at 0 on pseries
		return false
	}
	end := addr + n
	// Below 1 MiB RAM, the VGA window and pc.rom's option ROM space read
	// as zeros up to the BIOS at 0xe0000, with a display device or none
	// (measured on pc and q35: std, cirrus, virtio-vga, bochs-display).
	low := min(uint64(mon.M.RAMBytes), 0xe0000)
	return end <= low || addr >= 0x100000 && end <= uint64(mon.M.RAMBytes) && end <= 0xe0000000
}

// x86Firmware reads memory of an x86 machine that never ran where the
// BIOS is (x86_bios_rom_init): SeaBIOS's image (the release's
// bios-256k.bin) below 4 GiB, and its last 128 KiB from 0xe0000 to 1 MiB
// (isa-bios); zeros up to it from where zeroRAM's RAM ends. Another
// firmware (-bios, a pflash drive) or anything else is not known.
func (mon *Monitor) x86Firmware(addr, n uint64) ([]byte, bool) {
	end := addr + n
	if !mon.neverRan() || end < addr || mon.M.Props["firmware"] != "" || mon.pflash() {
		return nil, false
	}
	fw, err := mon.M.Release().Firmware("x86_64", "bios-256k.bin")
	if err != nil {
		return nil, false
	}
	size := uint64(len(fw))
	isa := min(size, 128<<10)
	mem := make([]byte, n)
	switch {
	case addr >= 1<<32-size && end <= 1<<32:
		copy(mem, fw[addr-(1<<32-size):])
	case end <= 1<<20 && addr >= 1<<20-isa:
		copy(mem, fw[size-isa+addr-(1<<20-isa):])
	case end <= 1<<20 && addr < 1<<20-isa && mon.zeroRAM(addr, 1<<20-isa-addr):
		copy(mem[1<<20-isa-addr:], fw[size-isa:])
	case addr >= 1<<20-isa && addr < 1<<20 && end > 1<<20 && mon.zeroRAM(1<<20, end-1<<20):
		// The isa-bios's end, then RAM above 1 MiB (x /8c 0xffff0).
		copy(mem, fw[size-isa+addr-(1<<20-isa):])
	default:
		return nil, false
	}
	return mem, true
}

// pflash says whether a -drive if=pflash gives the machine its firmware.
func (mon *Monitor) pflash() bool {
	if l := block.Of(mon.M); l != nil {
		for _, b := range l.Backends {
			if b.Interface == "pflash" {
				return true
			}
		}
	}
	return false
}

// knownSPAPR is how much of a pseries machine that never ran is known:
// SLOF at 0, then zeros up to the device tree QEMU writes at reset
// (spaprFDT). With several NUMA nodes (the real mode area is the first
// node's) only the first MiB is taken as known.
func (mon *Monitor) knownSPAPR() uint64 {
	if mon.M.NUMANodes > 1 || mon.M.RAMBytes < 4<<20 {
		return min(uint64(mon.M.RAMBytes), 1<<20)
	}
	return mon.spaprFDT()
}

// guestRAM is [addr, addr+n) of a machine that never ran, where the
// simulator knows it (zeroRAM on x86; on pseries SLOF's image as QEMU
// loads it at 0, qemu-system-data's slof.bin); ok is false elsewhere.
func (mon *Monitor) guestRAM(addr, n uint64) (mem []byte, ok bool) {
	if !mon.M.IsSPAPR() {
		if n > 1<<20 {
			return nil, false
		}
		if mon.zeroRAM(addr, n) {
			return make([]byte, n), true
		}
		return mon.x86Firmware(addr, n)
	}
	end := addr + n
	if !mon.neverRan() || end < addr || end > mon.knownSPAPR() || n > 1<<20 {
		return nil, false
	}
	fw, err := mon.M.Release().Firmware("ppc64", "slof.bin")
	if err != nil {
		return nil, false
	}
	mem = make([]byte, n)
	if addr < uint64(len(fw)) {
		copy(mem, fw[addr:])
	}
	return mem, true
}

// memoryDump is memory_dump for the /fmt the parser read.
func (mon *Monitor) memoryDump(a Args, physical bool) string {
	noCPU := mon.noCPU()
	count, _ := a.Int("count")
	format, _ := a.Int("format")
	size, _ := a.Int("size")
	addr64, _ := a.Int("addr")
	addr := uint64(addr64)
	if noCPU && (format == 'i' || !physical) {
		return "Can not dump without CPU\r\n"
	}
	if format == 'i' {
		return mon.disassemble(addr, count)
	}
	wsize := int(size)
	switch wsize {
	case 1, 2, 4, 8:
	default:
		wsize = 4
	}
	total := uint64(wsize) * uint64(count)
	lineSize := 16
	if wsize == 1 {
		lineSize = 8
	}
	var digits int
	switch format {
	case 'o':
		digits = (wsize*8 + 2) / 3
	case 'u', 'd':
		digits = (wsize*8*10 + 32) / 33
	case 'c':
		wsize = 1
	default:
		digits = wsize * 8 / 4
	}
	if total > 1<<20 {
		total = 1 << 20 // what a person can read; QEMU would go on
		mon.Note("The dump was cut at 1 MiB.")
	}
	// An x86 machine with no RAM above 4 GiB has nothing there: the line
	// that reaches it cannot be read, and the dump stops.
	readable := total
	if !mon.M.IsSPAPR() && mon.M.RAMBytes <= 2<<30 && addr+total > 1<<32 {
		readable = 0
		for readable < total && addr+readable+min(uint64(lineSize), total-readable) <= 1<<32 {
			readable += min(uint64(lineSize), total-readable)
		}
	}
	if mon.M.IsSPAPR() && physical {
		// Past the RAM and the device memory region, below the PHBs'
		// windows, pseries maps nothing: the line cannot be read.
		readable = 0
		for readable < total {
			if mon.spaprUnmapped(addr+readable, min(uint64(lineSize), total-readable)) {
				break
			}
			readable += min(uint64(lineSize), total-readable)
		}
	}
	if mon.M.Type.Name == "none" && mon.M.RAMBytes == 0 {
		readable = 0 // "-M none" without -m maps nothing
	}
	mem, ok := mon.guestRAM(addr, readable)
	if mapped, known := mon.x86PhysMap(); known && mon.M.Type.Name != "none" {
		// Line by line, as memory_dump reads: the first line not all
		// backed ends the dump.
		readable, mem, ok = 0, nil, true
		for readable < total {
			l := min(uint64(lineSize), total-readable)
			a := addr + readable
			if a+l < a || !mapped(a, l) {
				break
			}
			line, lok := mon.guestRAM(a, l)
			if !lok {
				line = mon.x86MMIO(a, l)
			}
			mem = append(mem, line...)
			readable += l
		}
	}
	if !ok {
		mon.Note("The simulator holds no guest memory: QEMU would show the bytes there; the dump shows zeros.")
		mem = make([]byte, readable)
	}
	bigEndian := mon.M.IsSPAPR()
	var b strings.Builder
	start := addr
	for left := total; left > 0; {
		fmt.Fprintf(&b, "%016x:", addr)
		if addr-start >= readable {
			b.WriteString(" Cannot access memory\r\n")
			break
		}
		l := uint64(lineSize)
		if l > left {
			l = left
		}
		for i := uint64(0); i < l; i += uint64(wsize) {
			b.WriteByte(' ')
			v := load(mem[addr-start+i:], wsize, bigEndian)
			switch format {
			case 'o':
				fmt.Fprintf(&b, "%*s", digits, alt('o', v))
			case 'u':
				fmt.Fprintf(&b, "%*d", digits, v)
			case 'd':
				fmt.Fprintf(&b, "%*d", digits, int64(v))
			case 'c':
				b.WriteString(printc(int32(v)))
			default:
				fmt.Fprintf(&b, "0x%0*x", digits, v)
			}
		}
		b.WriteString("\r\n")
		addr += l
		left -= l
	}
	return b.String()
}

// load is ldub/lduw/ldl/ldq_p: a value of size bytes, zero-extended, in the
// target's byte order.
func load(b []byte, size int, bigEndian bool) uint64 {
	var v uint64
	for i := 0; i < size; i++ {
		j := i
		if !bigEndian {
			j = size - 1 - i
		}
		v = v<<8 | uint64(b[j])
	}
	return v
}

// x86PhysMap is what an x86 pc or q35 machine that never ran has mapped
// in its memory address space (address_space_read succeeds there): RAM
// (all of it below 4 GiB), the BIOS's last bytes below 4 GiB, the IOAPIC,
// the HPET and the APIC's MSI window; the PCI hole is empty before the
// firmware maps any BAR (measured, m6m-xp: "Cannot access memory").
// known is false where the simulator does not know the map.
func (mon *Monitor) x86PhysMap() (mapped func(addr, n uint64) bool, known bool) {
	m := mon.M
	fam := m.Type.Family
	ram := uint64(m.RAMBytes)
	if m.IsSPAPR() || fam != machinetype.PC && fam != machinetype.Q35 || !mon.neverRan() ||
		fam == machinetype.Q35 && ram >= 0xb0000000 || ram >= 0xe0000000 || m.Props["max-ram-below-4g"] != "" || m.Props["firmware"] != "" || mon.pflash() {
		return nil, false
	}
	fw, err := m.Release().Firmware("x86_64", "bios-256k.bin")
	if err != nil {
		return nil, false
	}
	type span struct{ lo, hi uint64 }
	spans := []span{{0, ram}, {0xfec00000, 0xfec01000}, {0xfee00000, 0xfef00000}, {1<<32 - uint64(len(fw)), 1 << 32}}
	if m.Props["hpet"] != "off" {
		spans = append(spans, span{0xfed00000, 0xfed00400})
	}
	return func(addr, n uint64) bool {
		for _, s := range spans {
			if addr >= s.lo && addr+n <= s.hi {
				return true
			}
		}
		return false
	}, true
}

// x86MMIO reads the fixed devices' registers at reset: zeros, but the
// HPET's (hpet_reset): its capabilities (the timer count, 64-bit, legacy
// routing, vendor 8086, a 10 ns period), and per timer its configuration
// (periodic and 64-bit capable, FSB delivery with msi=on, the routes
// hpet-intcap allows in the high half) and a comparator of all ones.
func (mon *Monitor) x86MMIO(addr, n uint64) []byte {
	mem := make([]byte, n)
	if addr+n <= 0xfed00000 || addr >= 0xfed00400 {
		return mem
	}
	timers, intcap, msi := uint64(3), uint64(0), false
	if b := board.Of(mon.M); b != nil {
		b.Tree.Walk(func(d *qdev.Device) {
			if d.Type.Name != "hpet" {
				return
			}
			timers = uint64(qtreeInt(d, "timers", int64(timers)))
			intcap = uint64(qtreeInt(d, "hpet-intcap", int64(intcap)))
			v, _ := d.Prop("msi")
			msi = v == "true"
		})
	}
	timers = min(max(timers, 3), 32) // hpet_realize's HPET_MIN_TIMERS, HPET_MAX_TIMERS
	put := func(reg, v uint64) {
		for i := uint64(0); i < 8; i++ {
			if a := 0xfed00000 + reg + i; a >= addr && a < addr+n {
				mem[a-addr] = byte(v >> (8 * i))
			}
		}
	}
	put(0, 0x009896808086a001|(timers-1)<<8)
	config := uint64(0x30) | intcap<<32 // HPET_TN_PERIODIC_CAP | HPET_TN_SIZE_CAP
	if msi {
		config |= 1 << 15 // HPET_TN_FSB_CAP
	}
	for t := uint64(0); t < timers; t++ {
		put(0x100+0x20*t, config)
		put(0x108+0x20*t, ^uint64(0))
	}
	return mem
}

// QMP memsave (qmp_memsave) on an x86 machine whose memory map is known:
// cpu_memory_rw_debug fails where nothing is mapped (real mode: the
// virtual address is the physical one), and the whole request is refused.
func init() {
	registerLater(func() {
		RegisterQMP("pmemsave", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if e := mon.memsaveOpen(args); e != nil {
				return nil, e
			}
			// Physical reads never fail (unassigned memory reads all ones).
			size, _ := args.Get("size")
			n, _ := strconv.ParseInt(fmt.Sprint(size), 10, 64)
			mon.memsaveWrote(args, n)
			return mon.unmodelled("pmemsave", args)
		})
		RegisterQMP("memsave", func(mon *Monitor, args qjson.Object) (any, *Error) {
			// qmp_memsave: the CPU, then the file, then the memory.
			if c, given := args.Get("cpu-index"); given {
				n, err := strconv.ParseInt(fmt.Sprint(c), 10, 64)
				if err != nil || !mon.cpuIndexExists(n) {
					return nil, GenericError("Parameter 'cpu-index' expects a CPU number")
				}
			} else if !mon.cpuIndexExists(0) { // CPU 0 by default ("-M none" has none)
				return nil, GenericError("Parameter 'cpu-index' expects a CPU number")
			}
			if e := mon.memsaveOpen(args); e != nil {
				return nil, e
			}
			val, _ := args.Get("val")
			size, _ := args.Get("size")
			v, verr := strconv.ParseUint(fmt.Sprint(val), 10, 64)
			if verr != nil { // a negative int64 (7.2's val is an int)
				i, _ := strconv.ParseInt(fmt.Sprint(val), 10, 64)
				v = uint64(i)
			}
			n, _ := strconv.ParseInt(fmt.Sprint(size), 10, 64)
			// pseries before it runs: real mode, where the effective
			// address less its top 4 bits is the guest physical one
			// (ppc_hash64_xlate with a virtual hypervisor); only RAM reads
			// (measured: past RAM's end, a PHB's windows, 2^46 all fail).
			// Beyond RAM, with memory hotplug's region, only 2^46 and up
			// is known to fail.
			// The file is created before the memory is read: a refused
			// read leaves it (empty here; QEMU keeps the 1 KiB chunks read
			// before the unmapped one, not modelled).
			if mon.M.IsSPAPR() && n > 0 {
				end, ram := v&(1<<60-1)+uint64(n), uint64(mon.M.RAMBytes)
				if end > ram && (mon.M.MaxRAMBytes <= mon.M.RAMBytes || end > 1<<46) {
					mon.memsaveWrote(args, 0)
					return nil, GenericError(fmt.Sprintf("Invalid addr 0x%016x/size %d specified", v, n))
				}
			}
			if mapped, known := mon.x86PhysMap(); known && n > 0 {
				if v+uint64(n) < v || !mapped(v, uint64(n)) {
					mon.memsaveWrote(args, 0)
					return nil, GenericError(fmt.Sprintf("Invalid addr 0x%016x/size %d specified", v, n))
				}
			}
			mon.memsaveWrote(args, n)
			return mon.unmodelled("memsave", args)
		})
	})
}

// HMP memsave and pmemsave (hmp_memsave, hmp_pmemsave) are the QMP
// commands, memsave on the monitor's current CPU; an error is "Error: ...".
// (A path after the size must be quoted: "16 /tmp/f" reads as a division.)
func init() {
	registerLater(func() {
		for _, name := range []string{"memsave", "pmemsave"} {
			RegisterHMP(&HMPCommand{Name: name, Run: func(mon *Monitor, a Args) string {
				val, _ := a.Int("val")
				size, _ := a.Int("size")
				args := qjson.O("val", json.Number(strconv.FormatUint(uint64(val), 10)),
					"size", json.Number(strconv.FormatInt(size, 10)), "filename", str(a, "filename"))
				if cpu := mon.currentCPU; name == "memsave" {
					if l := format.CPUThreads(mon.M); cpu < 0 && len(l) > 0 {
						cpu = l[0].CPUIndex // none chosen: the first
					}
					args = append(args, qjson.O("cpu-index", json.Number(strconv.Itoa(cpu)))...)
				}
				_, err := qmpCommands[name].f(mon, args)
				return hmpErr(err)
			}})
		}
	})
}

// memsaveOpen is memsave's and pmemsave's fopen(filename, "wb") on the
// simulated host: the file or its directory must be there.
func (mon *Monitor) memsaveOpen(args qjson.Object) *Error {
	f, _ := args.Get("filename")
	name, _ := f.(string)
	if c := chardev.Of(mon.M); c != nil && c.CanCreate != nil && !c.CanCreate(name) {
		return GenericError(fmt.Sprintf("Could not open '%s': No such file or directory", name))
	}
	return nil
}

// memsaveWrote puts the file memsave or pmemsave wrote on the simulated
// host (n bytes, replacing what was there), so that what opens it next (a
// file blockdev, say) finds it. /dev/null stays what it is.
func (mon *Monitor) memsaveWrote(args qjson.Object, n int64) {
	f, _ := args.Get("filename")
	name, _ := f.(string)
	l := block.Of(mon.M)
	if l == nil || name == "" || hostfs.Clean(name) == "/dev/null" {
		return
	}
	if l.Host == nil {
		l.Host = hostfs.New()
	}
	l.Host.Add(hostfs.File{Path: name, Format: hostfs.Raw, Size: max(n, 0)})
}

// cpuIndexExists: qemu_get_cpu finds a CPU with that cpu_index.
func (mon *Monitor) cpuIndexExists(n int64) bool {
	for _, t := range format.CPUThreads(mon.M) {
		if int64(t.CPUIndex) == n {
			return true
		}
	}
	return false
}
