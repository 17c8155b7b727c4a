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
	// A model whose text was not recorded: the shell says so beside the
	// output, and invents nothing.
	b := newRig(t, "-M", "pc", "-cpu", "Broadwell", "-smp", "2").boot()
	if got := b.g.Shell("cat /proc/cpuinfo"); got != "" {
		t.Errorf("cat on Broadwell: %q", got)
	}
	if n := b.g.TakeNotes(); len(n) != 1 || !strings.Contains(n[0], "/proc/cpuinfo is not modelled") {
		t.Errorf("cat on Broadwell: notes %q", n)
	}
	p := newRig(t, "-M", "pseries", "-smp", "2,maxcpus=4").boot()
	if got := p.g.Shell("cat /proc/cpuinfo | tail -n 5"); !strings.HasPrefix(got, "timebase\t: 512000000\n") {
		t.Errorf("pseries cpuinfo tail: %q", got)
	}
}
