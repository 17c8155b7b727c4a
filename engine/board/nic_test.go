package board_test

import (
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Default MAC addresses as QEMU 7.2 and 10.0 gave them (probe_monitor's
// m4-pc-* cases): a NIC given 52:54:00:12:34:xx takes that address from
// the default ones, so the next NIC without a mac skips it.
func TestDefaultMAC(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		dev  string
		want string
	}{
		{"after an explicit first", []string{"-device", "rtl8139,id=a,mac=52:54:00:12:34:56", "-device", "e1000,id=b"}, "b", "\"52:54:00:12:34:57\"\r\n"},
		{"around an explicit second", []string{"-device", "rtl8139,id=a,mac=52:54:00:12:34:57", "-device", "e1000,id=b",
			"-device", "e1000,id=c"}, "c", "\"52:54:00:12:34:58\"\r\n"},
		{"into a gap", []string{"-device", "rtl8139,id=a,mac=52:54:00:12:34:57", "-device", "e1000,id=b"}, "b", "\"52:54:00:12:34:56\"\r\n"},
		{"another prefix takes none", []string{"-device", "rtl8139,id=a,mac=52:54:00:aa:bb:56", "-device", "e1000,id=b"}, "b", "\"52:54:00:12:34:56\"\r\n"},
	} {
		for _, rel := range release.All() {
			s := session.Start(rel, "", append([]string{"-nodefaults"}, c.args...))
			if !startsAsWanted(t, c.name+", "+rel.Name, s, "") {
				continue
			}
			if got := s.HMP("qom-get " + c.dev + " mac"); got != c.want {
				t.Errorf("%s, %s: %q, want %q", c.name, rel.Name, got, c.want)
			}
		}
	}
}
