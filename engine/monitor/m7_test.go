package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Only the first pseries vCPU is started by the machine's reset: the others,
// from -smp or hot-plugged, have no FDT address in r3 and no power-management
// exit bits in LPCR (measured: m7m-regs-*).
func TestSPAPRRegistersOfLaterCPUs(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		s := session.Start(rel, "ppc64", []string{"-S", "-nodefaults", "-M", "pseries", "-cpu", "POWER10", "-smp", "1,maxcpus=2"})
		s.HMP("device_add power10_v2.0-spapr-cpu-core,id=c1,core-id=1")
		all := s.HMP("info registers -a")
		first, second, ok := strings.Cut(all, "\r\nCPU#1\r\n")
		if !ok {
			t.Fatalf("%s: info registers -a has no CPU#1:\n%s", rel.Name, all)
		}
		for _, c := range []struct{ regs, want string }{
			{first, "GPR00 0000000000000000 0000000000000000 0000000000000000 000000001fe00000\r\n"},
			{first, " LPCR 000000000003f008\r\n"},
			{second, "GPR00 0000000000000000 0000000000000000 0000000000000000 0000000000000000\r\n"},
			{second, " LPCR 0000000000020008\r\n"},
		} {
			if !strings.Contains(c.regs, c.want) {
				t.Errorf("%s: lacks %q:\n%s", rel.Name, c.want, c.regs)
			}
		}
		if one := s.HMP("info registers 1"); "\r\nCPU#1\r\n"+second != one {
			t.Errorf("%s: info registers 1 differs from -a's CPU#1:\n%s", rel.Name, one)
		}
	}
}
