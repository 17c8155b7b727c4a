package components

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitArgs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
		err  string
	}{
		{"-M pc -smp 4", []string{"-M", "pc", "-smp", "4"}, ""},
		{"  -device 'a b',id=x  ", []string{"-device", "a b,id=x"}, ""},
		{`-name "my \"vm\""`, []string{"-name", `my "vm"`}, ""},
		{`a\ b`, []string{"a b"}, ""},
		{"''", []string{""}, ""},
		{"-M 'pc", nil, "' quote is never closed"},
		{`-M pc\`, nil, "ends with a backslash"},
		{"-M pc \\\n  -smp 2,\\\r\nmaxcpus=4", []string{"-M", "pc", "-smp", "2,maxcpus=4"}, ""},
		{"-M pc \\\n", nil, "ends with a backslash"},
	} {
		got, err := SplitArgs(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("SplitArgs(%q) error %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("SplitArgs(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
		back, err := SplitArgs(JoinArgs(got))
		if err != nil || !reflect.DeepEqual(back, got) {
			t.Errorf("JoinArgs round trip of %q gave %q (%v)", got, back, err)
		}
	}
}

func TestSetOpt(t *testing.T) {
	args := []string{"-M", "pc", "-smp", "4", "-machine", "q35"}
	if got := GetOpt(args, "M", "machine"); got != "q35" {
		t.Errorf("GetOpt takes the last occurrence: got %q", got)
	}
	got := SetOpt(args, "pseries", "M", "machine")
	if want := []string{"-M", "pc", "-smp", "4", "-machine", "pseries"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SetOpt = %q, want %q", got, want)
	}
	if got := SetOpt([]string{"-M", "pc"}, "max", "cpu"); !reflect.DeepEqual(got, []string{"-M", "pc", "-cpu", "max"}) {
		t.Errorf("SetOpt append = %q", got)
	}
	if got := SetOpt([]string{"-cpu", "max", "-M", "pc"}, "", "cpu"); !reflect.DeepEqual(got, []string{"-M", "pc"}) {
		t.Errorf("SetOpt remove = %q", got)
	}
	if got := SetOpt([]string{"--smp", "2"}, "3", "smp"); !reflect.DeepEqual(got, []string{"--smp", "3"}) {
		t.Errorf("--smp spelling = %q", got)
	}
}

func TestSMP(t *testing.T) {
	v := "4,maxcpus=8,sockets=2,cores=2,threads=2"
	if SMPGet(v, "cpus") != "4" || SMPGet(v, "maxcpus") != "8" || SMPGet(v, "dies") != "" {
		t.Error("SMPGet misread", v)
	}
	for _, tc := range []struct{ in, key, v, want string }{
		{v, "maxcpus", "16", "4,maxcpus=16,sockets=2,cores=2,threads=2"},
		{v, "cpus", "2", "2,maxcpus=8,sockets=2,cores=2,threads=2"},
		{v, "dies", "2", v + ",dies=2"},
		{v, "threads", "", "4,maxcpus=8,sockets=2,cores=2"},
		{"maxcpus=8", "cpus", "1", "1,maxcpus=8"},
		{"cpus=2,maxcpus=8", "cpus", "3", "cpus=3,maxcpus=8"},
		{"", "cpus", "1", "1"},
	} {
		if got := SMPSet(tc.in, tc.key, tc.v); got != tc.want {
			t.Errorf("SMPSet(%q, %s, %q) = %q, want %q", tc.in, tc.key, tc.v, got, tc.want)
		}
	}
}

func TestMachineName(t *testing.T) {
	for _, tc := range []struct{ in, name, with string }{
		{"pc", "pc", "q35"},
		{"pc,accel=kvm", "pc", "q35,accel=kvm"},
		{"accel=kvm,type=pseries", "pseries", "accel=kvm,type=q35"},
		{"", "", "q35"},
	} {
		if got := MachineName(tc.in); got != tc.name {
			t.Errorf("MachineName(%q) = %q", tc.in, got)
		}
		if got := WithMachineName(tc.in, "q35"); got != tc.with {
			t.Errorf("WithMachineName(%q) = %q, want %q", tc.in, got, tc.with)
		}
	}
}

func TestMachineBarPickers(t *testing.T) {
	m := &MachineBar{Line: "-M pc -smp 4,maxcpus=8"}
	m.SetMachine("pseries")
	m.SetSMP("maxcpus", "4")
	m.SetCPU("power9_v2.2")
	if got, want := m.Edited(), "-M pseries -smp 4,maxcpus=4 -cpu power9_v2.2"; got != want {
		t.Errorf("line %q, want %q", got, want)
	}
	m.SetSMP("cores", "two")
	if !strings.Contains(m.err, "positive whole number") || strings.Contains(m.Edited(), "two") {
		t.Errorf("bad count: err %q line %q", m.err, m.Edited())
	}
	m.Edit("-M 'pc")
	m.SetMachine("q35")
	if m.Edited() != "-M 'pc" || !strings.Contains(m.err, "fix it by hand") {
		t.Errorf("picker on an unparsable line: %q, %q", m.Edited(), m.err)
	}
	// A new line from the page replaces the edit.
	m.Line = "-M q35"
	if m.Edited() != "-M q35" {
		t.Errorf("new Line not taken: %q", m.Edited())
	}
}

func TestMachineBarShowsStartupError(t *testing.T) {
	m := &MachineBar{Line: "-M pc -smp 8,maxcpus=4", Started: true, Running: false, ExitCode: 1,
		Stderr: "qemu-system-x86_64: Invalid CPU topology\n"}
	h := htmlOf(t, m)
	if !strings.Contains(h, "qemu-system-x86_64: Invalid CPU topology</pre>") {
		t.Errorf("stderr not shown verbatim:\n%s", h)
	}
	if !strings.Contains(h, "QEMU exited with status 1") {
		t.Error("exit status not shown")
	}
}
