package board

import (
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/qdev"
)

// microvm's board (hw/i386/microvm.c), measured on both releases with
// -machine options: acpi=off takes its ACPI GED away and, with it, the
// second IOAPIC (ioapic2=auto is on with ACPI only); without a second
// IOAPIC only 8 of its 24 virtio-mmio transports are made (IRQs 5..12 of
// the first); pic, pit and rtc off take their ISA devices away. The first
// IOAPIC is /machine/ioapic; the second is the one in /machine/unattached
// (measured: acpi=off leaves none there).
const (
	microvmMMIOBase      = 0xfeb00000 // the first virtio-mmio transport
	microvmMMIOSize      = 0x200
	microvmFewTransports = 8
	microvmIOAPIC2       = "mmio 00000000fec10000/0000000000001000"
)

// microvmOptions adds to drop the types microvm's options turn off and
// returns what tells the transports and IOAPIC it does not make.
func (s *State) microvmOptions(drop map[string]bool) func(*qdev.Device) bool {
	off := s.M.PropOff
	acpi := !off("acpi")
	if !acpi {
		drop["acpi-ged"], drop["acpi-ged-x86"] = true, true
	}
	for opt, typ := range map[string]string{"pic": "isa-i8259", "pit": "isa-pit", "rtc": "mc146818rtc"} {
		if off(opt) {
			drop[typ] = true
		}
	}
	if acpi && !off("ioapic2") {
		return nil
	}
	return func(d *qdev.Device) bool {
		switch d.Type.Name {
		case "ioapic":
			return slices.Contains(d.BusLines, microvmIOAPIC2)
		case "virtio-mmio":
			return microvmTransport(d) >= microvmFewTransports
		}
		return false
	}
}

// microvmTransport is a virtio-mmio transport's number, from its address.
func microvmTransport(d *qdev.Device) int {
	for _, l := range d.BusLines {
		if a, ok := strings.CutPrefix(l, "mmio "); ok {
			addr, _, _ := strings.Cut(a, "/")
			v, err := strconv.ParseUint(addr, 16, 64)
			if err == nil && v >= microvmMMIOBase {
				return int((v - microvmMMIOBase) / microvmMMIOSize)
			}
		}
	}
	return -1
}

// microvmGPIOsGone is how many of the recorded board's non-qdev GPIOs in
// /machine/unattached its options leave out (measured on both releases:
// 16 with the second IOAPIC, 2 with the GED, one each with the PIC, the
// PIT and the RTC).
func (s *State) microvmGPIOsGone() int {
	off := s.M.PropOff
	n := 0
	if off("acpi") {
		n += 2
	}
	if off("acpi") || off("ioapic2") {
		n += 16
	}
	for _, o := range []string{"pic", "pit", "rtc"} {
		if off(o) {
			n++
		}
	}
	return n
}
