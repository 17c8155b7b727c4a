package app

import (
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// The warm-up's scratch machine takes its first free slot's device_add as a
// learner's click would; a machine without a free slot is left alone.
func TestWarmPlug(t *testing.T) {
	for _, c := range []struct {
		machine string
		plugged int // hot-plugged CPUs after the warm-up
	}{
		{"pc-i440fx-7.2", 1},
		{"pc-q35-7.2", 1},
		{"pseries-7.2", 1},
	} {
		s := session.Start(release.V7_2, "", []string{"-M", c.machine, "-smp", "1,maxcpus=2"})
		if out := warmPlug(s); out != "" {
			t.Errorf("%s: the monitor answered %q", c.machine, out)
		}
		if got := s.Topology().Count.Of(topoview.HotPlugged); got != c.plugged {
			t.Errorf("%s: %d CPUs hot-plugged, want %d", c.machine, got, c.plugged)
		}
	}
	full := session.Start(release.V7_2, "", []string{"-M", "pc", "-smp", "2,maxcpus=2"})
	if out := warmPlug(full); out != "" || full.Topology().Count.Of(topoview.HotPlugged) != 0 {
		t.Errorf("a machine with no free slot: %q", out)
	}
}
