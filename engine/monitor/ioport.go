package monitor

import (
	"fmt"

	"hotpluglab/engine/acpi"
	"hotpluglab/engine/machinetype"
)

// `i` and `o`: I/O port access (hmp_ioport_read/write). Only the ACPI CPU
// hotplug block is modelled; other ports read as unassigned (all ones).

// portsAtReset are ports of the x86 boards' own devices as they read before
// the machine first runs, by access size (1, 2, 4 bytes): the keyboard
// controller's data and status, port 92, the interrupt controllers' edge
// and level registers, the PCI configuration address and reset control.
// Measured on pc and q35, with and without -nodefaults, both releases; how a
// wide read spans a narrow device differs by device, so each size is as
// measured.
var portsAtReset = map[int64][3]uint32{
	0x60: {0x00, 0x0000, 0x00000000}, 0x64: {0x18, 0x1818, 0x18181818},
	0x92:  {0x00, 0x0000, 0x00000000},
	0x4d0: {0x00, 0x0000, 0x00000000}, 0x4d1: {0x00, 0x0000, 0x00000000},
	0xcf8: {0x00, 0x0000, 0x00000000}, 0xcf9: {0x00, 0x0000, 0x00000000}, 0xcfa: {0x00, 0x0000, 0xffff0000},
}

// dmaPort says whether port belongs to the i8257 DMA controllers (their
// registers and page registers) and, if so, whether it reads 0 at reset
// (else all ones). Measured on pc and q35, both releases (m6m-dma-ports):
// every register reads 0 but the request registers (0x09; 0xd2, the second
// controller's, whose registers are 2 ports apart), and the page registers
// of channels 0-3 and 5-7 (0x81-0x83, 0x87, 0x89-0x8b, 0x8f) read 0.
func dmaPort(port int64) (dma, zero bool) {
	switch {
	case port <= 0x0f:
		return true, port != 0x09
	case port >= 0x80 && port <= 0x8f:
		switch port {
		case 0x81, 0x82, 0x83, 0x87, 0x89, 0x8a, 0x8b, 0x8f:
			return true, true
		}
		return true, false
	case port >= 0xc0 && port <= 0xdf:
		return true, (port-0xc0)>>1 != 0x09
	}
	return false, false
}

// dmaAtReset reads n bytes from port as the DMA controllers answer at
// reset, a byte at a time (they take byte accesses only). A wider access is
// the controller's only within one controller's registers (measured: 4
// bytes at 0x00 and 0xc0 read 0); one starting at a page register port
// goes where its first port goes (2 bytes at 0x80 read all ones), which is
// not modelled.
func dmaAtReset(port int64, n int) (uint32, bool) {
	if n > 1 && !(port+int64(n) <= 0x10 || port >= 0xc0 && port+int64(n) <= 0xe0) {
		return 0, false
	}
	var v uint32
	for i := 0; i < n; i++ {
		dma, zero := dmaPort(port + int64(i))
		if !dma {
			return 0, false
		}
		if !zero {
			v |= 0xff << (8 * i)
		}
	}
	return v, true
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "i", ArgsType: "fmt:/,addr:i,index:i.", Run: func(mon *Monitor, a Args) string {
			size, _ := a.Int("size")
			addr, _ := a.Int("addr")
			if index, ok := a.Int("index"); ok {
				acpi.PortsOf(mon.M).Out(uint16(addr), 1, uint32(index&0xffff))
				addr++
			}
			addr &= 0xffff
			suffix, n, col := byte('b'), 1, 0 // col: the access size's column of portsAtReset
			switch size {
			case 2:
				suffix, n, col = 'w', 2, 1
			case 4:
				suffix, n, col = 'l', 4, 2
			}
			v := acpi.PortsOf(mon.M).In(uint16(addr), n)
			if lv, handled, known := mon.legacyIn(addr, n); handled {
				v = lv
				_ = known // unknown bytes read as unassigned, with a note
			}
			// i8042=off leaves the keyboard controller's ports unassigned
			// (measured m16-*-keys-no-i8042: 0x64 reads all ones).
			noKBC := (addr == 0x60 || addr == 0x64) && mon.M.PropOff("i8042")
			if r, ok := portsAtReset[addr]; ok && mon.neverRan() && !mon.M.IsSPAPR() && !noKBC {
				v = r[col]
			}
			if d, ok := dmaAtReset(addr, n); ok && mon.neverRan() && (mon.M.Type.Family == machinetype.PC || mon.M.Type.Family == machinetype.Q35) {
				v = d
			}
			if size < 0 {
				// printf("%0*x") with a negative width left-justifies.
				return fmt.Sprintf("port%c[0x%04x] = 0x%-*x\r\n", suffix, addr, int(-size*2), v)
			}
			return fmt.Sprintf("port%c[0x%04x] = 0x%0*x\r\n", suffix, addr, int(size*2), v)
		}})
		RegisterHMP(&HMPCommand{Name: "o", ArgsType: "fmt:/,addr:i,val:i", Run: func(mon *Monitor, a Args) string {
			size, _ := a.Int("size")
			addr, _ := a.Int("addr")
			val, _ := a.Int("val")
			n := 1
			switch size {
			case 2, 4:
				n = int(size)
			}
			if mon.legacyOut(addr&0xffff, n, uint32(int32(val))) {
				return ""
			}
			acpi.PortsOf(mon.M).Out(uint16(addr&0xffff), n, uint32(int32(val)))
			return ""
		}})
	})
}
