package numa

import "testing"

// A backend's merge and dump: its own property, else the machine's
// mem-merge / dump-guest-core, else on.
func TestBackendFlag(t *testing.T) {
	for _, c := range []struct {
		own                string
		ownGiven           bool
		machine            string
		machineGiven, want bool
	}{
		{"", false, "", false, true},
		{"", false, "off", true, false},
		{"on", true, "off", true, true},
		{"off", true, "", false, false},
		{"", false, "on", true, true},
		{"false", true, "on", true, false},
	} {
		if got := BackendFlag(c.own, c.ownGiven, c.machine, c.machineGiven); got != c.want {
			t.Errorf("BackendFlag(%q given %v, machine %q given %v) = %v, want %v", c.own, c.ownGiven, c.machine, c.machineGiven, got, c.want)
		}
	}
}
