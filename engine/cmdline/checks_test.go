package cmdline

import (
	"strings"
	"testing"

	"hotpluglab/engine/compat"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/release"
)

// TestPastedOptionChecks: the answers recorded from QEMU 7.2 and 10.0
// (testdata/oracle/probe_cmdline.jsonl) for the checks in checks.go,
// machinehelp.go and the first option pass.
func TestPastedOptionChecks(t *testing.T) {
	for _, tc := range []struct {
		rel    *release.Release
		args   string
		exit   int
		stderr string // "" : started; else its first line
		stdout string // the first line of stdout, when it matters
	}{
		{release.V7_2, "-m 2X -foo", 1, "qemu-system-x86_64: -foo: invalid option", ""},
		{release.V7_2, "-device help -foo", 1, "qemu-system-x86_64: -foo: invalid option", ""},
		{release.V7_2, "-smp 2 -drive", 1, "qemu-system-x86_64: -drive: requires an argument", ""},
		{release.V7_2, "-cpu help -machine help", 0, "", "Supported machines are:"},
		{release.V7_2, "-machine pc,help", 0, "", "pc-i440fx-7.2-machine options:"},
		{release.V10_0, "-machine q35,help", 0, "", "pc-q35-10.0-machine options:"},
		{release.V7_2, "-machine nosuch,help", 0, "", "Supported machines are:"},
		{release.V7_2, "-rtc help", 1, "", "rtc options:"},
		{release.V7_2, "-boot help", 0, "", "boot-opts options:"},
		{release.V7_2, "-chardev null,help", 1, "", "chardev options:"},
		{release.V7_2, "-rtc base=tomorrow", 1, "qemu-system-x86_64: invalid datetime format", ""},
		{release.V7_2, "-rtc base=2006-06-17", 0, "", ""},
		{release.V7_2, "-rtc base=2006-06-17T16:01:21,clock=vm", 0, "", ""},
		{release.V7_2, "-rtc clock=wall", 1, "qemu-system-x86_64: invalid option value 'wall'", ""},
		{release.V7_2, "-boot order=z -rtc base=x", 1, "qemu-system-x86_64: invalid datetime format", ""},
		{release.V7_2, "-boot order=z,menu=x", 1, "qemu-system-x86_64: Parameter 'boot.menu' expects 'on' or 'off'", ""},
		{release.V7_2, "-boot splash-time=x", 1, "qemu-system-x86_64: Parameter 'boot.splash-time' expects integer", ""},
		{release.V7_2, "-msg timestamp=maybe", 1, "qemu-system-x86_64: -msg timestamp=maybe: Parameter 'timestamp' expects 'on' or 'off'", ""},
		{release.V7_2, "-overcommit mem-lock=maybe", 1, "qemu-system-x86_64: -overcommit mem-lock=maybe: Parameter 'mem-lock' expects 'on' or 'off'", ""},
		{release.V10_0, "-overcommit mem-lock=maybe", 1, "qemu-system-x86_64: -overcommit mem-lock=maybe: parameter 'mem-lock' expects one of 'on', 'off', 'on-fault'", ""},
		{release.V10_0, "-overcommit mem-lock=on-fault", 0, "", ""},
		{release.V7_2, "-watchdog-action explode", 1, "qemu-system-x86_64: -watchdog-action explode: Parameter 'watchdog' does not accept value 'explode'", ""},
		{release.V7_2, "-watchdog-action pause", 0, "", ""},
		{release.V7_2, "-drive if=none,id=d0,cache=fast", 1, "qemu-system-x86_64: -drive if=none,id=d0,cache=fast: invalid cache option", ""},
		{release.V7_2, "-drive if=none,id=d0,format=qcow3", 1, "qemu-system-x86_64: -drive if=none,id=d0,format=qcow3: Unknown driver 'qcow3'", ""},
		{release.V7_2, "-drive nosuch.img", 1, "qemu-system-x86_64: -drive nosuch.img: warning: short-form boolean option 'nosuch.img' deprecated", ""},
		{release.V7_2, "-global e1000.nosuch=1 -device e1000", 1, "qemu-system-x86_64: -device e1000: can't apply global e1000.nosuch=1: Property 'e1000.nosuch' not found", ""},
		{release.V10_0, "-global e1000.nosuch=1 -device e1000", 1, "qemu-system-x86_64: can't apply global e1000.nosuch=1: Property 'e1000.nosuch' not found", ""},
		{release.V7_2, "-kernel /boot/vmlinuz-nosuch", 1, "qemu: could not open kernel file '/boot/vmlinuz-nosuch': No such file or directory", ""},
		{release.V7_2, "-m 1G -object memory-backend-ram,id=r,size=512M -machine memory-backend=r", 1, "qemu-system-x86_64: Machine memory size does not match the size of the memory backend", ""},
		{release.V7_2, "-object memory-backend-ram,id=r,size=512M -machine memory-backend=r", 0, "", ""},
		{release.V7_2, "-netdev user,id=n0,hostfwd=tcp::22", 1, "qemu-system-x86_64: -netdev user,id=n0,hostfwd=tcp::22: Invalid host forwarding rule 'tcp::22' (Bad host port separator)", ""},
		{release.V7_2, "-chroot /nonexistent", 1, "qemu-system-x86_64: chroot failed", ""},
		{release.V10_0, "-chroot /nonexistent", 1, "qemu-system-x86_64: -chroot: invalid option", ""},
		{release.V7_2, "-blockdev {\"driver\":\"null-co\",\"node-name\":\"n\",\"size\":-1}", -6, "Unexpected error in parse_option_size() at ../../util/qemu-option.c:145:", ""},
		{release.V7_2, "-device isa-vga -device isa-cirrus-vga", 1, "qemu-system-x86_64: -device isa-cirrus-vga: Only one global VGA device can be used at a time", ""},
		{release.V7_2, "-mon mode=control", 1, "qemu-system-x86_64: -mon mode=control: Parameter 'chardev' is missing", ""},
	} {
		r := Start(tc.rel, machinetype.X86_64, append([]string{"-S", "-nodefaults"}, strings.Fields(tc.args)...))
		first := func(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }
		if r.ExitCode != tc.exit || first(r.Stderr) != tc.stderr && !(tc.stderr == "" && r.Started) ||
			tc.stdout != "" && first(r.Stdout) != tc.stdout {
			t.Errorf("%s %s: exit %d, stderr %q, stdout %q; want exit %d, %q, %q", tc.rel.Name, tc.args, r.ExitCode,
				first(r.Stderr), first(r.Stdout), tc.exit, tc.stderr, tc.stdout)
		}
	}
}

func TestRTCBaseTime(t *testing.T) {
	for base, want := range map[string]int64{"2020-01-01T00:00:00": 1577836800, "2020-01-01": 1577836800,
		"2023-02-30": 1677715200, "utc": -2, "localtime": -2, "x": -2} {
		got, ok := rtcOptions{"base": base}.baseTime()
		if !ok {
			got = -2
		}
		if got != want {
			t.Errorf("baseTime(%q) = %d, want %d", base, got, want)
		}
	}
}

func TestRTCDatetime(t *testing.T) {
	for s, want := range map[string]bool{"2006-06-17": true, "2006-06-17T16:01:21": true, "2006-13-01": true,
		"2006-06": false, "tomorrow": false, "": false, "1-2-3x": true} {
		if got := rtcDatetime(s); got != want {
			t.Errorf("rtcDatetime(%q) = %v, want %v", s, got, want)
		}
	}
}

// -rtc and -overcommit have no implied key: a first word without "=" is a
// short-form boolean of that name (QEMU: "Invalid parameter 'utc'"), where
// -name's is its guest name.
func TestImpliedKeys(t *testing.T) {
	for _, c := range []struct{ opt, arg, want string }{
		{"rtc", "utc", "Invalid parameter 'utc'"},
		{"rtc", "base=utc,clock=host", ""},
		{"overcommit", "on", "Invalid parameter 'on'"},
		{"overcommit", "mem-lock=off", ""},
		{"name", "vm1,debug-threads=on", ""},
		{"name", "vm1,nosuch=1", "Invalid parameter 'nosuch'"},
	} {
		got := ""
		if err := checkKeys(c.opt, c.arg); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("-%s %s: %q, want %q", c.opt, c.arg, got, c.want)
		}
	}
	for v, want := range map[string]bool{"-1": true, "-5G": false, "-object": false, "-": false, "5": false, "-10": true} {
		if negativeInteger(v) != want {
			t.Errorf("negativeInteger(%q) = %v", v, !want)
		}
	}
}

// QemuOpts reads a word without "=" as a boolean, "no" turning it off: so
// "-global nosuch-device.x" asks for a parameter "such-device.x" (measured).
func TestShortForm(t *testing.T) {
	for p, want := range map[string][2]string{"x": {"x", "on"}, "nox": {"x", "off"}, "nosuch-device.x": {"such-device.x", "off"}, "no": {"", "off"}} {
		if k, v := qemuopts.ShortForm(p); k != want[0] || v != want[1] {
			t.Errorf("qemuopts.ShortForm(%q) = %q, %q, want %q", p, k, v, want)
		}
	}
	if _, err := globalOption("nosuch-device.x"); err == nil || err.Error() != "Invalid parameter 'such-device.x'" {
		t.Errorf("-global nosuch-device.x: %v", err)
	}
	// The short form's driver ends at the first dot; the long form names
	// a driver with dots (measured: -global cfi.pflash01.secure=on warns of
	// an invalid class name "cfi", driver=cfi.pflash01,... does not).
	for arg, want := range map[string]compat.Global{
		"cfi.pflash01.secure=on":                       {Type: "cfi", Property: "pflash01.secure", Value: "on"},
		"driver=cfi.pflash01,property=secure,value=on": {Type: "cfi.pflash01", Property: "secure", Value: "on"},
		"PIIX4_PM.disable_s4=1":                        {Type: "PIIX4_PM", Property: "disable_s4", Value: "1"},
		"virtio-net-pci.mac=52:54:00:12:34:56":         {Type: "virtio-net-pci", Property: "mac", Value: "52:54:00:12:34:56"},
	} {
		if g, err := globalOption(arg); err != nil || g != want {
			t.Errorf("-global %s: %+v, %v; want %+v", arg, g, err, want)
		}
	}
}

// -D's file is opened at start: a directory, or a name with a trailing
// slash in a directory that is there, is EISDIR (QEMU 7.2 and 10.0
// measured); a missing directory is ENOENT.
func TestLogfileOpenErrors(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"0/", "Is a directory"}, {"/tmp/x/", "Is a directory"}, {"/tmp//", "Is a directory"},
		{"/tmp", "Is a directory"}, {"/", "Is a directory"},
		{"/nonexistent/x/", "No such file or directory"}, {"/nonexistent/x", "No such file or directory"},
		{"/tmp/qemu.log", ""}, {"qemu.log", ""},
	} {
		r := Start(release.V7_2, machinetype.X86_64, []string{"-D", c.path})
		want := "qemu-system-x86_64: Error opening logfile " + c.path + ": " + c.want + "\n"
		if c.want == "" {
			if !r.Started {
				t.Errorf("-D %s: did not start: %s", c.path, r.Stderr)
			}
		} else if r.Started || r.Stderr != want {
			t.Errorf("-D %s: started %v, stderr %q; want %q", c.path, r.Started, r.Stderr, want)
		}
	}
}
