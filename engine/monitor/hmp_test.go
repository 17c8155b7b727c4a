package monitor

import (
	"strings"
	"testing"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/release"
)

func monitorFor(t *testing.T, rel *release.Release, args ...string) *Monitor {
	t.Helper()
	r := cmdline.Start(rel, "", args)
	if !r.Started {
		t.Fatalf("%v did not start: %s", args, r.Stderr)
	}
	return New(r.Machine)
}

// The command table read from each binary prints that binary's `help` and
// `help info` listings, byte for byte (they were recorded apart).
func TestHelpListingsAreTheBinarys(t *testing.T) {
	for _, rel := range release.All() {
		for _, m := range []string{"pc", "pseries"} {
			mon := monitorFor(t, rel, "-M", m)
			target := string(mon.Target)
			for _, c := range []struct{ line, file string }{
				{"help", "hmp-help-" + target + ".txt"}, {"help info", "hmp-help-info-" + target + ".txt"},
				{"info", "hmp-help-info-" + target + ".txt"}, {"?", "hmp-help-" + target + ".txt"},
			} {
				want := CRLF(rel.Text(c.file))
				if want == "" {
					t.Fatalf("%s has no %s", rel, c.file)
				}
				if got := mon.HMP(c.line); got != want {
					t.Errorf("%s %s %q: %d bytes, want %d", rel, target, c.line, len(got), len(want))
				}
			}
		}
	}
}

func TestHelpLines(t *testing.T) {
	mon := monitorFor(t, release.V7_2, "-M", "pc")
	for _, c := range []struct {
		line, want string
	}{
		{"help device_del", "device_del device -- remove device\r\n"},
		{"help c", "cont|c  -- resume emulation\r\n"},
		{"help info status", "info status  -- show the current VM status (running|paused)\r\n"},
		{"help nosuch", "unknown command: 'nosuch'\r\n"},
		{"help info nosuch", "unknown command: 'info nosuch'\r\n"},
		{`help "info" "version"`, "info version  -- show the version of QEMU\r\n"},
		{"help " + strings.Repeat("a ", 17), ""}, // more words than QEMU reads
		{"help log", CRLF(release.V7_2.Text("hmp-help-log-x86_64.txt"))},
	} {
		if got := mon.HMP(c.line); got != c.want {
			t.Errorf("%q = %q, want %q", c.line, got, c.want)
		}
	}
}

// Every command of the table is known: none answers "unknown command".
func TestEveryCommandIsKnown(t *testing.T) {
	for _, rel := range release.All() {
		for _, m := range []string{"pc", "pseries"} {
			mon := monitorFor(t, rel, "-S", "-M", m)
			for _, n := range mon.HMPCommandNames() {
				if n == "quit" || n == "q" {
					continue
				}
				if out := mon.HMP(n); strings.HasPrefix(out, "unknown command") {
					t.Errorf("%s %s: %q", rel, m, out)
				}
			}
			for _, n := range mon.InfoNames() {
				if out := mon.HMP("info " + n); strings.HasPrefix(out, "unknown command") {
					t.Errorf("%s %s info %s: %q", rel, m, n, out)
				}
			}
			for _, n := range mon.QMPCommandNames() {
				if n == "quit" {
					continue
				}
				if _, err := mon.Execute(n, nil); err != nil && err.Class == "CommandNotFound" && n != "qmp_capabilities" {
					t.Errorf("%s %s QMP %s: %s", rel, m, n, err.Desc)
				}
			}
		}
	}
}
