package monitor

import (
	"testing"

	"hotpluglab/engine/release"
)

// netdev_add's options are parsed as QemuOpts before the command runs: an
// id that is no identifier is refused there, on stderr with the hint, and
// the monitor prints only the help pointer (recorded: m17-*-netdev).
func TestNetdevAddOptsID(t *testing.T) {
	for _, rel := range release.All() {
		for _, c := range []struct{ line, out, stderr string }{
			{`netdev_add user,id="n 4"`, "Try \"help netdev_add\" for more information\r\n",
				"Parameter 'id' expects an identifier\nIdentifiers consist of letters, digits, '-', '.', '_', starting with a letter.\n"},
			{`netdev_add user,id=1n`, "Try \"help netdev_add\" for more information\r\n",
				"Parameter 'id' expects an identifier\nIdentifiers consist of letters, digits, '-', '.', '_', starting with a letter.\n"},
			{`netdev_add user,id=n4`, "", ""},
		} {
			mon := monitorFor(t, rel, "-S", "-M", "pc")
			if got := mon.HMP(c.line); got != c.out {
				t.Errorf("%s %s: %q, want %q", rel.Name, c.line, got, c.out)
			}
			if got := mon.Stderr.String(); got != c.stderr {
				t.Errorf("%s %s: stderr %q, want %q", rel.Name, c.line, got, c.stderr)
			}
		}
	}
}
