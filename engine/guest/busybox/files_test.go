package busybox

import "testing"

// TestTaintWord: lsmod's check_tainted on /proc/sys/kernel/tainted as read
// with atoi (recorded: "Not tainted" on a clean boot; 512, TAINT_WARN,
// after the topology_sane warning).
func TestTaintWord(t *testing.T) {
	for _, c := range []struct {
		file, want string
	}{
		{"0\n", "    Not tainted"},
		{"", "    Not tainted"},
		{"512\n", "    Tainted: G  "},
		{"1\n", "    Tainted: P  "},
		{"7\n", "    Tainted: PFS"},
		{" 6x", "    Tainted: GFS"},
		{"-512", "    Tainted: G  "},
	} {
		if got := taintWord(cAtoi(c.file)); got != c.want {
			t.Errorf("%q: got %q, want %q", c.file, got, c.want)
		}
	}
}
