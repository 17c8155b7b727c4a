package session

import (
	"testing"

	"hotpluglab/engine/release"
)

// TestMemoryBeforeTheGuestRuns: what a machine that never ran holds, as
// QEMU 7.2 answered (probe_mix's recordings): zeros in x86 RAM however
// long the range, SLOF's image at 0 on pseries in the target's byte order,
// and the boot CPU's r3 pointing at the device tree.
func TestMemoryBeforeTheGuestRuns(t *testing.T) {
	for _, c := range []struct {
		target string
		args   []string
		line   string
		want   string
	}{
		{"x86_64", []string{"-M", "pc", "-S"}, "sum 0x100000 0x2000000", "00000\r\n"},
		{"ppc64", []string{"-M", "pseries", "-S"}, "sum 0 16", "55432\r\n"},
		{"ppc64", []string{"-M", "pseries", "-S"}, "xp /2x 0x500", "0000000000000500: 0x7c1043a6 0x7c0902a6\r\n"},
		{"ppc64", []string{"-M", "pseries", "-S"}, "xp /2g 0", "0000000000000000: 0x00000000000000d8 0x0000000000000088\r\n"},
		{"ppc64", []string{"-M", "pseries", "-S"}, "print /x $r3", "0x1fe00000\r\n"},
	} {
		s := Start(release.V7_2, c.target, c.args)
		if got := s.HMP(c.line); got != c.want {
			t.Errorf("%v: %s: %q, want %q", c.args, c.line, got, c.want)
		}
	}
}
