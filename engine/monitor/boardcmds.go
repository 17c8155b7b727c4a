package monitor

// Commands about the board itself: its boot order (boot_set), its display
// (screendump) and its CPUs' local APICs (info lapic).

import (
	"fmt"
	"hotpluglab/engine/format"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// boot_set: QEMU checks the list (validate_bootdevices: drives a to p,
// each once), then the board's handler takes it; x86 boards keep at most
// three of floppy (a, b), disk (c), CD-ROM (d) and network (n), pseries
// keeps any (microvm has no handler: QEMU's words, not measured). Measured
// on both releases; the list changes nothing the simulator shows.
func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "boot_set", ArgsType: "bootdevice:s", Run: func(mon *Monitor, a Args) string {
			order := str(a, "bootdevice")
			if err := bootSet(mon.M.Type.Family, order); err != nil {
				return err.Error() + "\r\n"
			}
			mon.legacy.bootOrder = order // the PC boards' set_boot_dev writes it in CMOS
			return line("boot device list now set to %s", order)
		}})
	})
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
		return cmdline.PCBootDevicesError(order)
	case machinetype.PSeries:
	default:
		return fmt.Errorf("no function defined to set boot device list for this architecture")
	}
	return nil
}

// screendump: QEMU writes the first graphic console to a host file; a
// machine without a display device has no console, which QEMU refuses.
func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "screendump", ArgsType: "filename:F,format:-fs,device:s?,head:i?", Run: func(mon *Monitor, a Args) string {
			// hmp_screendump reads the format (ImageFormat) first.
			if f, given := a.Str("format"); given && f != "ppm" && f != "png" {
				return "Error: invalid parameter value: " + f + "\r\n"
			}
			if id, named := a.Str("device"); named && !mon.hasDeviceID(id) {
				return "Error: Device '" + id + "' not found\r\n"
			}
			if b := board.Of(mon.M); b != nil && !hasDisplay(b.Tree) {
				if _, named := a.Str("device"); !named {
					return "Error: There is no console to take a screendump from\r\n"
				}
			}
			mon.Note("screendump writes the display to a file on the host: the simulator has no display to dump.")
			return ""
		}})
		RegisterQMP("screendump", func(mon *Monitor, args qjson.Object) (any, *Error) {
			// qmp_screendump: the head only with a device, a device by its
			// id (qdev_find_recursive).
			dev, named := args.Get("device")
			if _, head := args.Get("head"); head && !named {
				return nil, GenericError("'head' must be specified together with 'device'")
			}
			if id, _ := dev.(string); named && !mon.hasDeviceID(id) {
				return nil, &Error{Class: "DeviceNotFound", Desc: "Device '" + id + "' not found"}
			}
			if b := board.Of(mon.M); b != nil && !hasDisplay(b.Tree) {
				if _, named := args.Get("device"); !named {
					return nil, GenericError("There is no console to take a screendump from")
				}
			}
			mon.Note("screendump writes the display to a file on the host: the simulator has no display to dump.")
			return qjson.Object{}, nil
		})
	})
}

func hasDisplay(t *qdev.Tree) bool {
	found := false
	t.Walk(func(d *qdev.Device) { found = found || d.Type.Category() == "Display devices" })
	return found
}

// info lapic [apic-id]: a CPU's local APIC registers, or, when no present
// CPU has that APIC ID, QEMU's refusal (the dump itself is not simulated).
func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "lapic", ArgsType: "apic-id:i?", Run: func(mon *Monitor, a Args) string {
			index := -1
			if id, ok := a.Int("apic-id"); ok {
				if index = mon.cpuIndexOfAPICID(int(id)); index < 0 {
					return line("No CPU available")
				}
			} else if index = mon.currentCPU; index < 0 {
				if l := format.CPUThreads(mon.M); len(l) > 0 {
					index = l[0].CPUIndex
				}
			}
			if !mon.cpuHasAPIC() { // x86_cpu_dump_local_apic_state: no apic_state (a 486)
				return line("local apic state not available")
			}
			// microvm's own firmware (qboot) brings up no other CPU and
			// leaves the local APIC as reset made it (measured on both
			// releases, run without -S).
			_, kernel := mon.M.Extra["kernel"]
			qboot := mon.M.Type.Family == machinetype.Microvm && mon.M.Props["firmware"] == "" && !kernel
			if !mon.neverRan() && !qboot {
				mon.Note("info lapic dumps a CPU's local APIC registers as the guest left them: the simulator does not model them once the machine has run.")
				return ""
			}
			return CRLF(fmt.Sprintf(lapicAtReset, index))
		}})
	})
}

// lapicAtReset is every CPU's local APIC before the machine first runs
// (measured on both releases, CPUs 0 and 1 of -smp 2; the text differs
// only by the CPU index).
const lapicAtReset = `dumping local APIC state for CPU %d 

LVT0	 0x00010000 active-hi edge  masked                      Fixed  (vec 0)
LVT1	 0x00010000 active-hi edge  masked                      Fixed  (vec 0)
LVTPC	 0x00010000 active-hi edge  masked                      Fixed  (vec 0)
LVTERR	 0x00010000 active-hi edge  masked                      Fixed  (vec 0)
LVTTHMR	 0x00010000 active-hi edge  masked                      Fixed  (vec 0)
LVTT	 0x00010000 active-hi edge  masked         one-shot     Fixed  (vec 0)
Timer	 DCR=0x0 (divide by 2) initial_count = 0 current_count = 0
SPIV	 0x000000ff APIC disabled, focus=off, spurious vec 255
ICR	 0x00000000 physical edge de-assert no-shorthand
ICR2	 0x00000000 cpu 0 (APIC ID)
ESR	 0x00000000
ISR	 (none)
IRR	 (none)

APR 0x00 TPR 0x00 DFR 0x0f LDR 0x00 PPR 0x00
`

// cpuIndexOfAPICID is the cpu_index of the present CPU with an APIC ID
// (-1: none).
func (mon *Monitor) cpuIndexOfAPICID(id int) int {
	for _, c := range mon.M.CPUs {
		if !mon.M.IsSPAPR() && mon.M.Slots[c.Slot].ArchID == id {
			return mon.M.CPUIndex(c, 0)
		}
	}
	return -1
}

// sendkey (hmp_sendkey): each key of "ctrl-alt-f1" is a QKeyCode name, a
// "0x" number or "<"; the first other word is refused as QEMU refuses it.
// The keys then go to the guest's keyboard, which the simulator leaves
// alone.
func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "sendkey", Run: func(mon *Monitor, a Args) string {
			schema := qapi.For(mon.M.Release(), string(mon.Target))
			for _, k := range strings.Split(str(a, "keys"), "-") {
				if k == "<" {
					continue
				}
				if hex, ok := strings.CutPrefix(k, "0x"); ok {
					// strtoul(keys, &endp, 0) must end where the key does: "0x"
					// with no digit ends after its "0" (measured: "0x-1"); a
					// value too big saturates and is taken.
					if hex != "" && strings.Trim(hex, "0123456789abcdefABCDEF") == "" {
						continue
					}
				} else if schema.EnumHas("ctrl", k) {
					continue
				}
				return line("invalid parameter: %s", k)
			}
			mon.Note("sendkey presses keys on the guest's keyboard: the simulated guest has none.")
			return ""
		}})
	})
}

// hasDeviceID: a device of the board has that id (qdev_find_recursive).
func (mon *Monitor) hasDeviceID(id string) bool {
	b := board.Of(mon.M)
	found := false
	if b != nil {
		b.Tree.Walk(func(d *qdev.Device) { found = found || d.ID == id && id != "" })
	}
	return found
}
