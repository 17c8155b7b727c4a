package monitor

import (
	"testing"

	"hotpluglab/engine/block"
	"hotpluglab/engine/release"
)

// What memsave and pmemsave leave on the simulated host, beyond the
// recorded cases: the file replaced at each write, /dev/null left alone, a
// refused memsave's file empty, a path the host lacks refused.
func TestMemsaveHostFiles(t *testing.T) {
	mon := monitorFor(t, release.V7_2, "-S", "-M", "pc", "-smp", "2")
	for _, c := range []struct{ line, want string }{
		{`memsave 0 16 "/tmp/a"`, ""},
		{`memsave 0 4 "/tmp/a"`, ""},
		{`pmemsave 0 0x2000 "/tmp/b"`, ""},
		{`memsave 0x100000000 16 "/tmp/c"`, "Error: Invalid addr 0x0000000100000000/size 16 specified\r\n"},
		{`memsave 0 16 "/dev/null"`, ""},
		{`memsave 0 16 "/nonexistent/d"`, "Error: Could not open '/nonexistent/d': No such file or directory\r\n"},
	} {
		if got := mon.HMP(c.line); got != c.want {
			t.Errorf("%s: %q, want %q", c.line, got, c.want)
		}
	}
	host := block.Of(mon.M).Host
	for path, want := range map[string]int64{"/tmp/a": 4, "/tmp/b": 0x2000, "/tmp/c": 0, "/dev/null": 0} {
		f, ok := host.Lookup(path)
		if !ok || f.Size != want {
			t.Errorf("%s: %v %v, want %d bytes", path, f, ok, want)
		}
	}
	if _, ok := host.Lookup("/nonexistent/d"); ok {
		t.Errorf("/nonexistent/d was made")
	}
}
