package stdio

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Host-dependent values: event timestamps and host thread ids.
var wireNoise = regexp.MustCompile(`"seconds": \d+, "microseconds": \d+|thread_id=\d+`)

// `monitor -qmp` answers a QMP session on stdin/stdout as QEMU does:
// greeting, negotiation, errors of malformed input, several texts on one
// line or one text over several, events before replies, quit.
func TestMonitorQMPWire(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"wire_pseries", []string{"-qmp", "-S", "-M", "pseries", "-smp", "1,maxcpus=4"}},
		{"wire_pc", []string{"-qmp", "-S", "-M", "pc", "-smp", "1,maxcpus=2"}},
	} {
		in, err := os.ReadFile(filepath.Join("testdata", c.name+".in"))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("testdata", c.name+".out"))
		if err != nil {
			t.Fatal(err)
		}
		var out, errw bytes.Buffer
		if code := Run(c.args, bytes.NewReader(in), &out, &errw); code != 0 {
			t.Fatalf("%s: exit %d, stderr %q", c.name, code, errw.String())
		}
		g := strings.Split(wireNoise.ReplaceAllString(string(want), "X"), "\n")
		r := strings.Split(wireNoise.ReplaceAllString(out.String(), "X"), "\n")
		for i := range g {
			if i >= len(r) || g[i] != r[i] {
				got := "(missing)"
				if i < len(r) {
					got = r[i]
				}
				t.Fatalf("%s line %d:\nQEMU: %q\nsim:  %q", c.name, i+1, g[i], got)
			}
		}
		if len(r) != len(g) {
			t.Fatalf("%s: %d lines, QEMU wrote %d", c.name, len(r), len(g))
		}
	}
}

// A line longer than QEMU's readline buffer runs cut to its first
// session.ReadlineMax bytes, as QEMU 7.2 and 10.0 run it ("unknown
// command: 'AAA…'" with 4095 A's), and the monitor goes on: even a line
// past any buffer (17 MiB) neither ends the session nor loses the next
// line.
func TestMonitorLongLine(t *testing.T) {
	for _, n := range []int{4094, 4095, 4096, 5000, 17 << 20} {
		in := strings.Repeat("A", n) + "\ninfo status\r\nquit"
		var out, errw bytes.Buffer
		code := Run([]string{"-S", "-M", "pc"}, strings.NewReader(in), &out, &errw)
		if code != 0 {
			t.Fatalf("%d-byte line: exit %d", n, code)
		}
		kept := min(n, 4095)
		want := "(qemu) unknown command: '" + strings.Repeat("A", kept) + "'\r\n(qemu) VM status: paused (prelaunch)\r\n(qemu) "
		if !strings.Contains(out.String(), want) {
			got := out.String()
			if len(got) > 300 {
				got = got[:150] + "…" + got[len(got)-150:]
			}
			t.Errorf("%d-byte line: monitor wrote %q", n, got)
		}
	}
}
