package components

import (
	"reflect"
	"strings"
	"testing"
)

func TestMonitorPaste(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		notes    int
	}{
		{"(qemu) info hotpluggable-cpus", "info hotpluggable-cpus", 1},
		{"  (QEMU)   device_del cpu1\n", "device_del cpu1", 1},
		{"(qemu) info cpus\n* CPU #0: thread_id=1\n(qemu) ", "info cpus", 2},
		{"info cpus", "", 0},
		{"(qemu) ", "", 0},
		{"", "", 0},
	} {
		o, ok := MonitorPaste(tc.in)
		if ok != (tc.want != "") || o.Text != tc.want || len(o.Notes) != tc.notes {
			t.Errorf("MonitorPaste(%q) = %+v, %v; want %q with %d notes", tc.in, o, ok, tc.want, tc.notes)
		}
	}
}

// The guide's cold-plug example, as printed over three lines.
const coldPlugPrinted = "$ qemu-system-x86_64 -M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2 \\\n" +
	"      -device qemu64-x86_64-cpu,id=cpu1,socket-id=1,\\\n" +
	"      core-id=1,thread-id=0\n"

func TestCommandLinePaste(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		notes    []string // a word of each note, in order
	}{
		{coldPlugPrinted, "-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2 -device qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=1,thread-id=0",
			[]string{"prompt", "binary", "2 lines", "line 2"}},
		{"qemu-system-ppc64 -smp 2,maxcpus=4", "-M pseries -smp 2,maxcpus=4", []string{"pseries"}},
		{"/usr/bin/qemu-system-ppc64 -M pseries-6.1", "-M pseries-6.1", []string{"binary"}},
		{"-M pc \\\n  -smp 2", "-M pc -smp 2", []string{"join the line"}},
		{"# qemu-system-x86_64", "", []string{"prompt", "binary"}},
		{"-M pc -smp 2", "", nil},
		{"-M pc -name 'a  b'", "", nil},
	} {
		o, ok := CommandLinePaste(tc.in)
		if ok != (len(tc.notes) > 0) || o.Text != tc.want || len(o.Notes) != len(tc.notes) {
			t.Errorf("CommandLinePaste(%q) = %q %q, %v; want %q with %d notes", tc.in, o.Text, o.Notes, ok, tc.want, len(tc.notes))
			continue
		}
		for i, w := range tc.notes {
			if !strings.Contains(o.Notes[i], w) {
				t.Errorf("CommandLinePaste(%q) note %d %q lacks %q", tc.in, i, o.Notes[i], w)
			}
		}
	}
}

// TestCommandLinePasteSplitsAsMeant: the tidied guide example splits into
// the words its author meant; the text as printed splits, as a shell
// would, with the stray word.
func TestCommandLinePasteSplitsAsMeant(t *testing.T) {
	o, _ := CommandLinePaste(coldPlugPrinted)
	got, err := SplitArgs(o.Text)
	want := []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2", "-device", "qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=1,thread-id=0"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("tidied line splits as %q (%v), want %q", got, err, want)
	}
	raw, err := SplitArgs(strings.TrimPrefix(coldPlugPrinted, "$ qemu-system-x86_64 "))
	if err != nil || raw[len(raw)-1] != "core-id=1,thread-id=0" {
		t.Errorf("as printed splits as %q (%v): want the stray word a shell leaves", raw, err)
	}
}
