package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// query-spice on 7.2 (libvirt round 7, lv-x-r7-spice-qxl): a display on a
// unix socket, before any client; without -spice (or on TCP, the host's
// port) the recorded "not enabled" answer.
func TestQuerySpice(t *testing.T) {
	for _, tc := range []struct{ args, want string }{
		{"-spice unix=on,addr=/tmp/q.sock,disable-ticketing=on",
			`{"return": {"migrated": false, "enabled": true, "auth": "none", "compiled-version": "0.15.1", "host": "/tmp/q.sock", "channels": [], "mouse-mode": "server"}}`},
		{"-spice unix=on,addr=/tmp/q.sock",
			`{"return": {"migrated": false, "enabled": true, "auth": "spice", "compiled-version": "0.15.1", "host": "/tmp/q.sock", "channels": [], "mouse-mode": "server"}}`},
		{"", `{"return": {"migrated": false, "enabled": false, "mouse-mode": "client"}}`},
	} {
		s := session.Start(release.V7_2, "x86_64", strings.Fields("-nodefaults -M q35 "+tc.args))
		if got := strings.Join(s.QMP(`{"execute": "query-spice"}`), ""); got != tc.want {
			t.Errorf("%s: query-spice = %s, want %s", tc.args, got, tc.want)
		}
	}
}
