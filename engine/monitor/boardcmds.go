package monitor

// Commands about the board itself: its boot order (boot_set), its display
// (screendump) and its CPUs' local APICs (info lapic).

import (
	"fmt"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
)

// boot_set: QEMU checks the list (validate_bootdevices: drives a to p,
// each once), then the board's handler takes it; x86 boards keep at most
// three of floppy (a, b), disk (c), CD-ROM (d) and network (n), pseries
// keeps any (microvm has no handler: QEMU's words, not measured). Measured
// on both releases; the list changes nothing the simulator shows.
func init() {
	RegisterHMP(&HMPCommand{Name: "boot_set", ArgsType: "bootdevice:s", Run: func(mon *Monitor, a Args) string {
		order := str(a, "bootdevice")
		if err := bootSet(mon.M.Type.Family, order); err != nil {
			return err.Error() + "\r\n"
		}
		return line("boot device list now set to %s", order)
	}})
}

func bootSet(family machinetype.Family, order string) error {
	seen := map[byte]bool{}
	for i := 0; i < len(order); i++ {
		c := order[i]
		if c < 'a' || c > 'p' {
			return fmt.Errorf("Invalid boot device '%c'", c)
		}
		if seen[c] {
			return fmt.Errorf("Boot device '%c' was given twice", c)
		}
		seen[c] = true
	}
	switch family {
	case machinetype.PC, machinetype.Q35, machinetype.ISAPC:
		if len(order) > 3 {
			return fmt.Errorf("Too many boot devices for PC")
		}
		for i := 0; i < len(order); i++ {
			if !strings.ContainsRune("abcdn", rune(order[i])) {
				return fmt.Errorf("Invalid boot device for PC: '%c'", order[i])
			}
		}
	case machinetype.PSeries:
	default:
		return fmt.Errorf("no function defined to set boot device list for this architecture")
	}
	return nil
}

// screendump: QEMU writes the first graphic console to a host file; a
// machine without a display device has no console, which QEMU refuses.
func init() {
	RegisterHMP(&HMPCommand{Name: "screendump", ArgsType: "filename:F,format:-fs,device:s?,head:i?", Run: func(mon *Monitor, a Args) string {
		if b := board.Of(mon.M); b != nil && !hasDisplay(b.Tree) {
			if _, named := a.Str("device"); !named {
				return "Error: There is no console to take a screendump from\r\n"
			}
		}
		mon.Note("screendump writes the display to a file on the host: the simulator has no display to dump.")
		return ""
	}})
}

func hasDisplay(t *qdev.Tree) bool {
	found := false
	t.Walk(func(d *qdev.Device) { found = found || d.Type.Category() == "Display devices" })
	return found
}

// info lapic [apic-id]: a CPU's local APIC registers, or, when no present
// CPU has that APIC ID, QEMU's refusal (the dump itself is not simulated).
func init() {
	RegisterInfo(&HMPCommand{Name: "lapic", ArgsType: "apic-id:i?", Run: func(mon *Monitor, a Args) string {
		if id, ok := a.Int("apic-id"); ok && !mon.hasAPICID(int(id)) {
			return line("No CPU available")
		}
		mon.Note("info lapic dumps a CPU's local APIC registers: the simulator does not model them.")
		return ""
	}})
}

func (mon *Monitor) hasAPICID(id int) bool {
	for _, c := range mon.M.CPUs {
		if !mon.M.IsSPAPR() && mon.M.Slots[c.Slot].ArchID == id {
			return true
		}
	}
	return false
}
