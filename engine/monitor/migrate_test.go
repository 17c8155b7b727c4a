package monitor

import (
	"strings"
	"testing"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// migrate's refusals and the state they leave behind, per release
// (recorded: probe_monitor m18-*-migrate-qmp and m18-*-migrate-file).
func TestMigrateRefusals(t *testing.T) {
	const failed = "Migration status: failed"
	for _, c := range []struct {
		rel          *release.Release
		uri          string
		desc, status string // status: the tail of info migrate ("" none)
	}{
		{release.V7_2, "nosuch:x", "Parameter 'uri' expects a valid migration protocol", failed + "\r\ntotal time: 0 ms\r\n"},
		{release.V7_2, "/tmp/x", "Parameter 'uri' expects a valid migration protocol", failed + "\r\ntotal time: 0 ms\r\n"},
		{release.V7_2, "tcp:", "error parsing address ''", failed + " (error parsing address '')\r\ntotal time: 0 ms\r\n"},
		{release.V7_2, "tcp:localhost", "error parsing address 'localhost'",
			failed + " (error parsing address 'localhost')\r\ntotal time: 0 ms\r\n"},
		{release.V7_2, "fd:nosuch", "File descriptor named 'nosuch' has not been found",
			failed + " (File descriptor named 'nosuch' has not been found)\r\ntotal time: 0 ms\r\n"},
		{release.V10_0, "nosuch:x", "unknown migration protocol: nosuch:x", ""},
		{release.V10_0, "tcp:", "error parsing address ''", ""},
		{release.V10_0, "tcp:localhost:", "error parsing address 'localhost:'", ""},
		{release.V10_0, "fd:nosuch", "File descriptor named 'nosuch' has not been found",
			failed + " (File descriptor named 'nosuch' has not been found)\r\ntotal time: 0 ms\r\n"},
	} {
		mon := monitorFor(t, c.rel, "-S", "-M", "pc")
		_, err := mon.Execute("migrate", qjson.O("uri", c.uri))
		if err == nil || err.Desc != c.desc {
			t.Errorf("%s migrate %s: %v, want %q", c.rel.Name, c.uri, err, c.desc)
		}
		info := mon.HMP("info migrate")
		if !strings.HasSuffix(info, "clear-bitmap-shift: 18\r\n"+c.status) {
			t.Errorf("%s migrate %s: info migrate %q, want it to end %q", c.rel.Name, c.uri, info, c.status)
		}
		if got := mon.HMP("migrate -d " + c.uri); got != "Error: "+c.desc+"\r\n" {
			t.Errorf("%s HMP migrate %s: %q", c.rel.Name, c.uri, got)
		}
	}
}

// A URI that would start a migration is not judged: QEMU's empty success.
func TestMigrateUnjudged(t *testing.T) {
	for _, uri := range []string{"tcp:localhost:4444", "tcp::4444", "exec:cat", "fd:3", "unix:/tmp/s"} {
		if refusal, _, judged := monitorFor(t, release.V7_2, "-S", "-M", "pc").migrateRefusal(uri); judged {
			t.Errorf("%s judged: %q", uri, refusal)
		}
	}
	for addr, bad := range map[string]bool{"": true, "h": true, "h:": true, "h:,x": true, "h:1": false, ":1": false,
		"[::1]:1": false, strings.Repeat("h", 65) + ":1": true, strings.Repeat("h", 64) + ":1": false} {
		if inetUnparsable(addr) != bad {
			t.Errorf("inetUnparsable(%q) = %v", addr, !bad)
		}
	}
}
