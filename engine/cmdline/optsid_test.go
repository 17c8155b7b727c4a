package cmdline_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// An id= on a QemuOpts option: -action's list merges its options and
// refuses one, before its items (and their short-form warnings) are read;
// -sandbox, -msg and -overcommit make one opts per option and take an
// identifier once (libvirt round 6, lv-x-r6-optid-*).
func TestOptionListIDs(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string // the start-up error, "" started
	}{
		{[]string{"-action", "id=act0,watchdog=pause"}, "-action id=act0,watchdog=pause: Invalid parameter 'id'"},
		{[]string{"-action", "watchdog=pause", "-action", "id=a1,panic=none"}, "-action id=a1,panic=none: Invalid parameter 'id'"},
		{[]string{"-action", "nosuch,id=a"}, "-action nosuch,id=a: Invalid parameter 'id'"},
		{[]string{"-sandbox", "on,id=sb0"}, ""},
		{[]string{"-msg", "timestamp=off,id=msg0"}, ""},
		{[]string{"-overcommit", "mem-lock=off,id=oc0"}, ""},
		{[]string{"-overcommit", "mem-lock=off,id=oc0", "-overcommit", "cpu-pm=off,id=oc0"}, "-overcommit cpu-pm=off,id=oc0: Duplicate ID 'oc0' for overcommit"},
		{[]string{"-sandbox", "on,id=sb0", "-msg", "timestamp=off,id=sb0"}, ""},
		{[]string{"-msg", "timestamp=off,id=9m"}, "-msg timestamp=off,id=9m: Parameter 'id' expects an identifier"},
		{[]string{"-compat", "deprecated-input=accept,id=c0"}, "-compat deprecated-input=accept,id=c0: Parameter 'id' is unexpected"},
	} {
		s := session.Start(release.V7_2, "x86_64", append([]string{"-S", "-nodefaults", "-M", "q35"}, c.args...))
		got := ""
		if !s.Result.Started {
			got = strings.TrimPrefix(strings.SplitN(strings.TrimSpace(s.Stderr()), "\n", 2)[0], "qemu-system-x86_64: ")
		}
		if got != c.want {
			t.Errorf("%v: %q, want %q", c.args, got, c.want)
		}
	}
}

// rng-egd takes its chardev as it is made (query-chardev: frontend-open),
// so a device cannot take it after (lv-x-r6-obj-rng-egd).
func TestRngEgdTakesChardev(t *testing.T) {
	base := []string{"-S", "-nodefaults", "-M", "q35", "-chardev", "null,id=c0", "-object", `{"qom-type":"rng-egd","id":"r0","chardev":"c0"}`}
	s := session.Start(release.V7_2, "x86_64", base)
	if got := strings.Join(s.QMP(`{"execute":"query-chardev"}`), ""); !strings.Contains(got, `"frontend-open": true, "filename": "null", "label": "c0"`) &&
		!strings.Contains(got, `"frontend-open":true,"filename":"null","label":"c0"`) {
		t.Errorf("query-chardev: %s", got)
	}
	s = session.Start(release.V7_2, "x86_64", append(base, "-device", "isa-serial,chardev=c0"))
	if s.Result.Started || !strings.Contains(s.Stderr(), "in use") {
		t.Errorf("a serial port on rng-egd's chardev: started %v, %q", s.Result.Started, s.Stderr())
	}
}
