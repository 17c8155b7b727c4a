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
		name, out string
		args      []string
	}{
		{"wire_pseries", "wire_pseries.out", []string{"-qmp", "-S", "-M", "pseries", "-smp", "1,maxcpus=4"}},
		{"wire_pc", "wire_pc.out", []string{"-qmp", "-S", "-M", "pc", "-smp", "1,maxcpus=2"}},
		// QEMU's JSON lexer and parser: their errors, recovery, limits.
		{"wire_json", "wire_json.out", []string{"-qmp", "-S", "-M", "pc", "-smp", "1,maxcpus=2"}},
		{"wire_json", "wire_json-10.0.out", []string{"-qmp", "-qemu", "10.0", "-S", "-M", "pc", "-smp", "1,maxcpus=2"}},
		{"wire_deep", "wire_deep.out", []string{"-qmp", "-S", "-M", "pc"}},
		{"wire_deep", "wire_deep-10.0.out", []string{"-qmp", "-qemu", "10.0", "-S", "-M", "pc"}},
	} {
		in, err := os.ReadFile(filepath.Join("testdata", c.name+".in"))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("testdata", c.out))
		if err != nil {
			t.Fatal(err)
		}
		var out, errw bytes.Buffer
		if code := Run(c.args, bytes.NewReader(in), &out, &errw); code != 0 {
			t.Fatalf("%s: exit %d, stderr %q", c.out, code, errw.String())
		}
		g := strings.Split(wireNoise.ReplaceAllString(string(want), "X"), "\n")
		r := strings.Split(wireNoise.ReplaceAllString(out.String(), "X"), "\n")
		for i := range g {
			if i >= len(r) || g[i] != r[i] {
				got := "(missing)"
				if i < len(r) {
					got = r[i]
				}
				t.Fatalf("%s line %d:\nQEMU: %q\nsim:  %q", c.out, i+1, g[i], got)
			}
		}
		if len(r) != len(g) {
			t.Fatalf("%s: %d lines, QEMU wrote %d", c.out, len(r), len(g))
		}
	}
}
