package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// microvm's -machine options as QEMU 7.2 and 10.0 answered them (probe_cmdline's
// r5v-microvm-* cases): how many virtio-mmio transports and IOAPICs `info qtree`
// lists, and whether the GED and the PCIe host bridge are there.
func TestMicrovmOptions(t *testing.T) {
	for _, c := range []struct {
		machine                string
		transports, ioapics    int
		ged, gpex, i8259, rtcs bool
	}{
		{"microvm", 24, 2, true, false, true, true},
		{"microvm,ioapic2=off", 8, 1, true, false, true, true},
		{"microvm,acpi=off", 8, 1, false, false, true, true},
		{"microvm,pcie=on", 24, 2, true, true, true, true},
		{"microvm,pcie=on,acpi=off", 8, 1, false, false, true, true},
		{"microvm,pic=off,rtc=off", 24, 2, true, false, false, false},
	} {
		for _, rel := range release.All() {
			s := session.Start(rel, "", []string{"-nodefaults", "-M", c.machine})
			if !startsAsWanted(t, c.machine+", "+rel.Name, s, "") {
				continue
			}
			qt := s.HMP("info qtree")
			has := func(typ string) bool { return strings.Contains(qt, "dev: "+typ+",") }
			got := []any{strings.Count(qt, "dev: virtio-mmio,"), strings.Count(qt, "dev: ioapic,"),
				has("acpi-ged-x86") || has("acpi-ged"), has("gpex-pcihost"), has("isa-i8259"), has("mc146818rtc")}
			want := []any{c.transports, c.ioapics, c.ged, c.gpex, c.i8259, c.rtcs}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s, %s: got %v, want %v", c.machine, rel.Name, got, want)
					break
				}
			}
		}
	}
}

// A floppy's drive type follows its drive's size (pick_geometry; the r5vm-pc-floppy-*
// cases): the first format of that size, else the controller's fallback (288).
func TestFloppyTypeBySize(t *testing.T) {
	for size, want := range map[string]string{"1474560": "144", "2949120": "288", "737280": "144", "1228800": "120",
		"368640": "120", "1048576": "288"} {
		s := session.Start(release.V7_2, "", []string{"-nodefaults", "-blockdev", "null-co,node-name=f0,size=" + size,
			"-device", "floppy,drive=f0,id=fd"})
		if !startsAsWanted(t, size, s, "") {
			continue
		}
		if got := s.HMP("info qtree"); !strings.Contains(got, `drive-type = "`+want+`"`) {
			t.Errorf("floppy of %s bytes: want drive-type %q in\n%s", size, want, got)
		}
	}
}
