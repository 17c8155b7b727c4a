package stdio

import (
	"bytes"
	"encoding/json"
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

// The terminal monitor prints trace lines on stderr as QEMU does with
// -trace: for recorded cases driven by HMP lines alone, its stderr is the
// one QEMU 7.2 printed (testdata/oracle/trace.jsonl), in order.
func TestMonitorTraceStderr(t *testing.T) {
	golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "oracle", "trace.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]bool{"tx-pc-guestless": true, "tx-q35-guestless": true, "tp-hmp-enable": true, "tp-coldplug": true}
	found := 0
	for _, line := range strings.Split(string(golden), "\n") {
		var c struct {
			ID     string
			Argv   []string
			Stderr string
			Steps  []struct{ HMP *string }
		}
		if line == "" || json.Unmarshal([]byte(line), &c) != nil || !cases[c.ID] {
			continue
		}
		found++
		var in strings.Builder
		for _, s := range c.Steps {
			in.WriteString(*s.HMP + "\n")
		}
		// The recorder's own options (-qmp stdio: the terminal is the monitor).
		var args []string
		for i := 1; i < len(c.Argv); i++ {
			if c.Argv[i] == "-qmp" {
				i++
				continue
			}
			args = append(args, c.Argv[i])
		}
		var out, errw bytes.Buffer
		Run(args, strings.NewReader(in.String()), &out, &errw)
		got := notSimulated.ReplaceAllString(errw.String(), "")
		if got != c.Stderr || !strings.Contains(got, "spapr_drc_") && !strings.Contains(got, "cpuhp_") {
			t.Errorf("%s: the terminal's stderr\n%s\nQEMU's:\n%s", c.ID, got, c.Stderr)
		}
	}
	if found != len(cases) {
		t.Fatalf("%d of %d cases found in trace.jsonl", found, len(cases))
	}
}

var notSimulated = regexp.MustCompile(`(?m)^hotpluglab: accepted but not simulated: .*\n`)
