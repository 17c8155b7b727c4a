package guest

import (
	"reflect"
	"testing"
)

const guideSMP = "4,maxcpus=8,sockets=2,cores=2,threads=2"

func TestCPUList(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want string
	}{
		{nil, ""}, {[]int{0}, "0"}, {[]int{0, 1, 2, 3}, "0-3"}, {[]int{5, 0, 1, 2, 3}, "0-3,5"},
		{[]int{0, 2, 4}, "0,2,4"}, {[]int{1, 2, 4, 5, 7}, "1-2,4-5,7"},
	} {
		if got := cpulist(c.in); got != c.want {
			t.Errorf("cpulist(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNotBootedHasNoShell(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", "1")
	if got := r.g.Shell("nproc"); got != "" {
		t.Errorf("shell before boot printed %q", got)
	}
	r.g.Boot()
	if r.g.State() != Booting {
		t.Errorf("state %v right after Boot", r.g.State())
	}
}

func sh(t *testing.T, r *rig, cmd, want string) {
	t.Helper()
	if got := r.g.Shell(cmd); got != want {
		t.Errorf("%s:\n got %q\nwant %q", cmd, got, want)
	}
}

func expect(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}
