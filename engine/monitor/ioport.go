package monitor

import (
	"fmt"

	"hotpluglab/engine/acpi"
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

func init() {
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
		if r, ok := portsAtReset[addr]; ok && mon.neverRan() && !mon.M.IsSPAPR() {
			v = r[col]
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
		acpi.PortsOf(mon.M).Out(uint16(addr&0xffff), n, uint32(int32(val)))
		return ""
	}})
}
