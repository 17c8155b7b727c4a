package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// nbd-server-add looks its device up before the export needs the server
// (lv-x-r6-compat-accept): an unknown device is that error, a known one
// without a server "NBD server not running".
func TestNBDServerAddLookupFirst(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		s := session.Start(rel, "x86_64", []string{"-S", "-nodefaults", "-M", "q35", "-blockdev", "null-co,node-name=nd0"})
		for cmd, want := range map[string]string{
			`{"execute":"nbd-server-add","arguments":{"device":"nosuch"}}`: "Cannot find device='nosuch' nor node-name='nosuch'",
			`{"execute":"nbd-server-add","arguments":{"device":"nd0"}}`:    "NBD server not running",
		} {
			if got := strings.Join(s.QMP(cmd), ""); !strings.Contains(got, want) {
				t.Errorf("%s: %s: %s, want %q", rel.Name, cmd, got, want)
			}
		}
	}
}
