package guest

import (
	"reflect"
	"strings"
	"testing"
)

// TestGuestEndings: what the recorded guests do on poweroff/halt/reboot -f,
// the shell's exit and the power button.
func TestGuestEndings(t *testing.T) {
	for _, c := range []struct {
		args     []string
		line     string // "" presses the power button
		kmsg     []string
		state    State
		poweroff bool
		panicked bool
		resets   int
	}{
		{[]string{"-M", "pc", "-smp", "2"}, "poweroff", nil, Running, false, false, 0},
		{[]string{"-M", "pc", "-smp", "2"}, "poweroff -f",
			[]string{"ACPI: PM: Preparing to enter system sleep state S5", "reboot: Power down"}, Halted, true, false, 0},
		{[]string{"-M", "pseries", "-smp", "2"}, "poweroff -f", nil, Halted, true, false, 0},
		{[]string{"-M", "pc", "-smp", "2"}, "halt -f", []string{"reboot: System halted"}, Halted, false, false, 0},
		{[]string{"-M", "pc", "-smp", "2"}, "exit 1", []string{
			"Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100",
			"CPU: 0 PID: 1 Comm: sh Not tainted 6.1.0-50-amd64 #1  Debian 6.1.176-1",
			"Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2-debian-1.16.2-1 04/01/2014",
			"Call Trace:",
			"---[ end Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100 ]---"}, Halted, false, false, 0},
		{[]string{"-M", "pseries", "-smp", "2"}, "exit", []string{
			"Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000000",
			"CPU: 0 PID: 1 Comm: sh Not tainted 6.1.0-50-powerpc64le #1  Debian 6.1.176-1",
			"Hardware name: IBM pSeries (emulated by qemu) POWER9 (architected) 0x4e1200 0xf000005 of:SLOF,HEAD pSeries",
			"Call Trace:"}, Halted, false, true, 0},
		{[]string{"-M", "pc", "-smp", "2"}, "", nil, Running, false, false, 0},
		{[]string{"-M", "pseries", "-smp", "2"}, "", []string{"Power off requested",
			"reboot: Failed to start orderly shutdown: forcing the issue", "reboot: Power down"}, Halted, false, false, 0},
		{[]string{"-M", "pc", "-smp", "2"}, "reboot -f", []string{"reboot: Restarting system"}, Booting, false, false, 1},
	} {
		r := newRig(t, c.args...).boot()
		r.kmsg()
		var off, panicked bool
		resets := 0
		r.g.HW.PowerOff = func() { off = true }
		r.g.HW.Panicked = func(msg string) { panicked = msg == "OS panic: Attempted to kill init! exitcode=0x00000000" }
		r.g.HW.Reset = func() { resets++ }
		if c.line == "" {
			r.g.PowerButton()
		} else {
			r.g.Shell(c.line)
		}
		if got := r.kmsg(); !reflect.DeepEqual(got, c.kmsg) && !(len(got) == 0 && len(c.kmsg) == 0) {
			t.Errorf("%v %q: kernel lines\n got %q\nwant %q", c.args, c.line, got, c.kmsg)
		}
		if r.g.State() != c.state || off != c.poweroff || panicked != c.panicked || resets != c.resets {
			t.Errorf("%v %q: state %v poweroff %v panicked %v resets %d", c.args, c.line, r.g.State(), off, panicked, resets)
		}
		if c.state == Halted && (r.g.Shell("echo hi") != "" || r.g.ShellPrompt() != "") {
			t.Errorf("%v %q: a shell answers after the end", c.args, c.line)
		}
	}
}

// TestTaint: /proc/sys/kernel/tainted and the panic's CPU line follow the
// one taint this guest takes (TAINT_WARN).
func TestTaint(t *testing.T) {
	for _, c := range []struct {
		tainted    bool
		mask       int
		cpuLineHas string
	}{
		{false, 0, "Not tainted"},
		{true, 512, "Tainted: G        W          "},
	} {
		g := &Guest{tainted: c.tainted}
		if got := g.taintMask(); got != c.mask {
			t.Errorf("tainted %v: mask %d, want %d", c.tainted, got, c.mask)
		}
		if got := g.printTainted() + " "; !strings.HasPrefix(got, c.cpuLineHas) {
			t.Errorf("tainted %v: %q, want %q", c.tainted, got, c.cpuLineHas)
		}
	}
}
