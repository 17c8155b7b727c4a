package board_test

import (
	"slices"
	"testing"

	"hotpluglab/engine/board"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// A hot-plugged e1000's own properties come out in the order the cold-plugged
// one's were recorded (m17-pc-qom-noncpu): bootindex from instance_init, the
// bus master container and (at once) bus master, the BARs, then the option
// ROM, and GLib's table walks them as it walks -device's.
func TestHotpluggedE1000QOMOrder(t *testing.T) {
	want := []string{"bus master[0]", "e1000.rom[0]", "bootindex", "bus master container[0]", "e1000-mmio[0]", "e1000-io[0]"}
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		for _, hot := range []bool{false, true} {
			args := []string{"-M", "pc", "-S", "-nodefaults"}
			if !hot {
				args = append(args, "-device", "e1000,id=n1")
			}
			s := session.Start(rel, "", args)
			if hot {
				if out := s.Mon.HMP("device_add e1000,id=n1"); out != "" {
					t.Fatalf("%s: device_add: %q", rel.Name, out)
				}
			}
			got, ok := board.Of(s.Mon.M).QOMList("/machine/peripheral/n1")
			if !ok || len(got) < len(want) {
				t.Fatalf("%s hot=%v: %v %v", rel.Name, hot, got, ok)
			}
			var names []string
			for _, p := range got[len(got)-len(want):] {
				names = append(names, p.Name)
			}
			if !slices.Equal(names, want) {
				t.Errorf("%s hot=%v: %v, want %v", rel.Name, hot, names, want)
			}
		}
	}
}
