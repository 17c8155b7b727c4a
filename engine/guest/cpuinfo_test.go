package guest

import (
	"strings"
	"testing"
)

func TestCPUInfo(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2").boot()
	out := r.g.Shell("cat /proc/cpuinfo")
	if strings.Count(out, "processor\t: ") != 2 || !strings.Contains(out, "core id\t\t: 1\ncpu cores\t: 2\napicid\t\t: 1\n") {
		t.Errorf("qemu64 cpuinfo:\n%s", out)
	}
	// A model whose text was not recorded: grep may count, cat says so.
	b := newRig(t, "-M", "pc", "-cpu", "Broadwell", "-smp", "2").boot()
	if got := b.g.Shell("grep -c ^processor /proc/cpuinfo"); got != "2\n" {
		t.Errorf("grep -c on Broadwell: %q", got)
	}
	if got := b.g.Shell("cat /proc/cpuinfo"); !strings.Contains(got, "not modelled") {
		t.Errorf("cat on Broadwell: %q", got)
	}
	p := newRig(t, "-M", "pseries", "-smp", "2,maxcpus=4").boot()
	if got := p.g.Shell("cat /proc/cpuinfo | tail -n 5"); !strings.HasPrefix(got, "timebase\t: 512000000\n") {
		t.Errorf("pseries cpuinfo tail: %q", got)
	}
}
