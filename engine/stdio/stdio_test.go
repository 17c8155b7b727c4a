package stdio

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"
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
		// Probe round m6: QMP as people send it by hand (negotiation with
		// oob, exec-oob, control, extra members, id of every JSON type,
		// pretty-printed and CRLF input, bare values), line by line.
		{"wire_m6", "wire_m6.out", []string{"-qmp", "-S", "-M", "q35", "-smp", "2,maxcpus=4"}},
		{"wire_m6", "wire_m6-10.0.out", []string{"-qmp", "-qemu", "10.0", "-S", "-M", "q35", "-smp", "2,maxcpus=4"}},
		// Probe round m16: ids of every JSON type on replies and errors
		// around the run state's commands and their events.
		{"wire_m16", "wire_m16.out", []string{"-qmp", "-S", "-M", "pc", "-smp", "2,maxcpus=4"}},
		{"wire_m16", "wire_m16-10.0.out", []string{"-qmp", "-qemu", "10.0", "-S", "-M", "pc", "-smp", "2,maxcpus=4"}},
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

// The terminal HMP monitor reads lines as QEMU's readline does: a line
// keeps its first 4095 characters (recorded: "info status" padded to 4096
// runs, to 4095 it is refused as extraneous), and a line of 17 MiB neither
// ends the session nor loses what follows.
func TestMonitorHMPLongLines(t *testing.T) {
	pad := func(n int) string { return "info status" + strings.Repeat(" ", n-len("info status")-1) + "X" }
	in := pad(4095) + "\n" + pad(4096) + "\n" + pad(17<<20) + "\ninfo name\r\ninfo version\n"
	var out, errw bytes.Buffer
	if code := Run([]string{"-S", "-M", "pc"}, strings.NewReader(in), &out, &errw); code != 0 {
		t.Fatalf("exit %d", code)
	}
	got := strings.Split(out.String(), "(qemu) ")
	want := []string{"", "status: extraneous characters at the end of line\r\nTry \"help info status\" for more information\r\n",
		"VM status: paused (prelaunch)\r\n", "VM status: paused (prelaunch)\r\n", "", "", "7.2.22Debian 1:7.2+dfsg-7+deb12u18+b3\r\n", "\n"}
	if len(got) != len(want)+0 || !strings.HasPrefix(got[0], "QEMU 7.2.22 monitor") {
		t.Fatalf("%d prompts: %q", len(got), got)
	}
	for i := 1; i < len(want); i++ {
		if got[i] != want[i] {
			t.Errorf("answer %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// QMP input read a byte at a time answers as the whole does.
func TestMonitorQMPByteByByte(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "wire_json.in"))
	if err != nil {
		t.Fatal(err)
	}
	var whole, bytewise, errw bytes.Buffer
	args := []string{"-qmp", "-S", "-M", "pc", "-smp", "1,maxcpus=2"}
	Run(args, bytes.NewReader(in), &whole, &errw)
	Run(args, iotest.OneByteReader(bytes.NewReader(in)), &bytewise, &errw)
	norm := func(s string) string { return wireNoise.ReplaceAllString(s, "X") }
	if norm(whole.String()) != norm(bytewise.String()) {
		t.Fatal("byte-by-byte input answered differently")
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
