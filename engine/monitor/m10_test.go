package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// A CD-ROM's tray: eject opens it and takes the medium, change brings a
// medium and closes it, info block says which; a throttled drive shows its
// limits until they are all zero again (round m10's cases, on 10.0).
func TestTrayAndThrottle(t *testing.T) {
	s := session.Start(release.V10_0, "x86_64", []string{"-M", "pc", "-S", "-nodefaults",
		"-drive", "if=none,id=cd0,media=cdrom", "-device", "ide-cd,drive=cd0,id=cd",
		"-drive", "if=none,id=d1,driver=null-co,node-name=n1,size=64M"})
	for _, tc := range []struct{ cmd, want string }{
		{"eject cd0", ""},
		{"info block cd0", "cd0: [not inserted]\r\n    Attached to:      cd\r\n    Removable device: not locked, tray open\r\n"},
		{"change cd0 null-co:// raw ro", "Error: invalid parameter value: ro\r\n"},
		{"change cd0 null-co:// bogusfmt", "Error: Unknown driver 'bogusfmt'\r\n"},
		{"change cd0 null-co:// raw", ""},
		{"eject d1", ""},
		{"block_set_io_throttle d1 0 0 0 0 0 0", "Error: Device has no medium\r\n"},
		{"block_set_io_throttle nosuch 0 0 0 0 0 0", "Error: Device 'nosuch' not found\r\n"},
	} {
		if got := s.HMP(tc.cmd); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.cmd, got, tc.want)
		}
	}
	if got := s.HMP("info block cd0"); !strings.Contains(got, "(raw, read-only)") || !strings.Contains(got, "tray closed") {
		t.Errorf("after change: %q", got)
	}
}

// An x86 CPU's EDX at reset is its model's CPUID signature.
func TestResetEDXIsTheModelsSignature(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-M", "isapc"}, "0x480\r\n"},
		{[]string{"-M", "pc"}, "0x60fb1\r\n"},
		{[]string{"-M", "pc", "-cpu", "qemu64,family=6,model=0x55,stepping=4"}, "0x50654\r\n"},
	} {
		s := session.Start(release.V7_2, "x86_64", append([]string{"-S", "-nodefaults"}, tc.args...))
		if got := s.HMP("p/x $edx"); got != tc.want {
			t.Errorf("%v: p/x $edx = %q, want %q", tc.args, got, tc.want)
		}
	}
}
