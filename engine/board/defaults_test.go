package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/board"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// The board's own extra devices go where its init makes them in
// /machine/unattached (as recorded), and the drives they hold follow them.
func TestBoardExtrasInUnattachedOrder(t *testing.T) {
	for _, tc := range []struct {
		rel  *release.Release
		args string
		// want: the types from the recording's device[8] on (its one
		// boot CPU: more CPUs shift the paths, not the list).
		want, block string
	}{
		{release.V7_2, "-M pc -net none", "VGA hpet mc146818rtc isa-pit isa-pcspk isa-serial isa-parallel isa-fdc floppy",
			"ide1-cd0 /machine/unattached/device[22]|floppy0 /machine/unattached/device[16]"},
		{release.V7_2, "-M pc", "VGA hpet mc146818rtc isa-pit isa-pcspk isa-serial isa-parallel isa-fdc floppy i8042 vmport vmmouse port92 e1000 piix3-ide ide-cd",
			"ide1-cd0 /machine/unattached/device[23]"},
		{release.V7_2, "-M pc -net none -vga none -serial null -serial null -parallel none", "hpet mc146818rtc isa-pit isa-pcspk isa-serial isa-serial isa-fdc", ""},
		{release.V7_2, "-M pc -net none -device VGA -device isa-serial", "hpet mc146818rtc isa-pit isa-pcspk isa-parallel isa-fdc", ""},
		{release.V7_2, "-M pc -nodefaults -vga cirrus", "cirrus-vga hpet", ""},
		{release.V7_2, "-M pc -net none -smp 2", "VGA hpet", "ide1-cd0 /machine/unattached/device[23]"},
		{release.V10_0, "-M pc -net none", "hpet isa-pit isa-pcspk isa-serial isa-parallel isa-fdc floppy", "ide1-cd0 /machine/unattached/device[4]"},
	} {
		s := session.Start(tc.rel, "x86_64", append([]string{"-S", "-display", "none"}, strings.Fields(tc.args)...))
		if !s.Started() {
			t.Fatalf("%s: %s", tc.args, s.Stderr())
		}
		st := board.Of(s.Result.Machine)
		got := strings.Join(st.Unattached[8:min(8+len(strings.Fields(tc.want)), len(st.Unattached))], " ")
		if got != tc.want {
			t.Errorf("%s %s: device[8...] = %q, want %q", tc.rel.Name, tc.args, got, tc.want)
		}
		info := s.HMP("info block")
		for _, w := range strings.Split(tc.block, "|") {
			if w == "" {
				continue
			}
			drive, path, _ := strings.Cut(w, " ")
			if !strings.Contains(info, drive+": [not inserted]\r\n    Attached to:      "+path+"\r\n") {
				t.Errorf("%s %s: %s not attached to %s:\n%s", tc.rel.Name, tc.args, drive, path, info)
			}
		}
	}
}

// A -device of a display, serial, parallel, floppy or disk type turns the
// board's default of that kind off (vl.c's default_list); -nodefaults
// turns all of them off, but -vga, -serial and -parallel still make theirs.
func TestDefaultsTurnedOff(t *testing.T) {
	for _, tc := range []struct {
		args      string
		has, hasn []string
	}{
		{"-M pc -net none", []string{"dev: VGA", "dev: isa-serial", "dev: isa-parallel", "dev: floppy", "dev: ide-cd"}, nil},
		{"-M pc -net none -device cirrus-vga", []string{"dev: cirrus-vga"}, []string{"dev: VGA"}},
		{"-M pc -net none -device ide-cd,bus=ide.1,unit=0", []string{"dev: floppy"}, []string{"ide1-cd0"}},
		{"-M pc -nodefaults -serial null -parallel null", []string{"dev: isa-serial", "dev: isa-parallel"}, []string{"dev: VGA", "dev: floppy"}},
		{"-M q35 -net none", []string{"dev: VGA", "dev: isa-serial", "dev: ide-cd"}, []string{"dev: floppy"}},
	} {
		s := session.Start(release.V7_2, "x86_64", append([]string{"-S", "-display", "none"}, strings.Fields(tc.args)...))
		qt := s.HMP("info qtree")
		for _, w := range tc.has {
			if !strings.Contains(qt, w) {
				t.Errorf("%s: info qtree lacks %q", tc.args, w)
			}
		}
		for _, w := range tc.hasn {
			if strings.Contains(qt, w) {
				t.Errorf("%s: info qtree has %q", tc.args, w)
			}
		}
	}
}
