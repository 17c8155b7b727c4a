package monitor

import (
	"fmt"

	"hotpluglab/engine/acpi"
)

// `i` and `o`: I/O port access (hmp_ioport_read/write). Only the ACPI CPU
// hotplug block is modelled; other ports read as unassigned (all ones).

// i8042AtReset is the keyboard controller's data and status ports before
// the machine first runs (measured on pc and q35, both releases; a wider
// read at the data port reads it alone, zero-extended).
var i8042AtReset = map[int64]uint32{0x60: 0x00, 0x64: 0x18}

func init() {
	RegisterHMP(&HMPCommand{Name: "i", ArgsType: "fmt:/,addr:i,index:i.", Run: func(mon *Monitor, a Args) string {
		size, _ := a.Int("size")
		addr, _ := a.Int("addr")
		if index, ok := a.Int("index"); ok {
			acpi.PortsOf(mon.M).Out(uint16(addr), 1, uint32(index&0xffff))
			addr++
		}
		addr &= 0xffff
		suffix, n := byte('b'), 1
		switch size {
		case 2:
			suffix, n = 'w', 2
		case 4:
			suffix, n = 'l', 4
		}
		v := acpi.PortsOf(mon.M).In(uint16(addr), n)
		if r, ok := i8042AtReset[addr]; ok && (n == 1 || addr == 0x60) && mon.neverRan() && !mon.M.IsSPAPR() {
			v = r
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
