package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// libvirt's media change on a CD-ROM device given no drive: its own
// anonymous backend opens its tray, takes a node and closes (measured on
// both releases, libvirt round 3's r3-scsi-cd-empty-change); the tray state
// stays with the device.
func TestTrayOfDeviceOwnBackend(t *testing.T) {
	s := session.Start(release.V7_2, "x86_64", strings.Fields("-S -nodefaults -M q35 -device virtio-scsi-pci,id=scsi0 -device scsi-cd,bus=scsi0.0,id=cd0"))
	s.QMP(`{"execute":"qmp_capabilities"}`)
	s.QMP(`{"execute":"blockdev-add","arguments":{"driver":"null-co","node-name":"n0","size":1048576,"read-only":true}}`)
	s.QMP(`{"execute":"blockdev-add","arguments":{"driver":"null-co","node-name":"n1","read-only":true}}`)
	for _, c := range []struct{ in, want string }{
		{`{"execute":"blockdev-insert-medium","arguments":{"id":"cd0","node-name":"n0"}}`, `{"error": {"class": "GenericError", "desc": "Tray of the device is not open"}}`},
		{`{"execute":"blockdev-open-tray","arguments":{"id":"cd0"}}`, `"DEVICE_TRAY_MOVED", "data": {"device": "", "tray-open": true, "id": "cd0"}}|{"return": {}}`},
		{`{"execute":"blockdev-insert-medium","arguments":{"id":"cd0","node-name":"n0"}}`, `{"return": {}}`},
		{`{"execute":"blockdev-insert-medium","arguments":{"id":"cd0","node-name":"n0"}}`, `{"error": {"class": "GenericError", "desc": "Node 'n0' is already in use"}}`},
		{`{"execute":"blockdev-insert-medium","arguments":{"id":"cd0","node-name":"n1"}}`, `{"error": {"class": "GenericError", "desc": "There already is a medium in the device"}}`},
		{`{"execute":"blockdev-insert-medium","arguments":{"device":"cd0","node-name":"n0"}}`, `{"error": {"class": "GenericError", "desc": "Parameter 'id' is missing"}}`},
		{`{"execute":"blockdev-close-tray","arguments":{"id":"cd0"}}`, `"DEVICE_TRAY_MOVED", "data": {"device": "", "tray-open": false, "id": "cd0"}}|{"return": {}}`},
		{`{"execute":"blockdev-del","arguments":{"node-name":"n0"}}`, `{"error": {"class": "GenericError", "desc": "Node n0 is in use"}}`},
	} {
		got := strings.Join(s.QMP(c.in), "|")
		if !strings.Contains(got, c.want) && !strings.HasSuffix(got, c.want) {
			t.Errorf("%s: %s, want %s", c.in, got, c.want)
		}
	}
	if got, want := s.HMP("info block"), "n0: json:{\"driver\": \"null-co\", \"size\": 1048576} (null-co, read-only)\r\n    Attached to:      cd0\r\n    Removable device: not locked, tray closed\r\n"; !strings.HasPrefix(got, want) {
		t.Errorf("info block: %q, want it to start %q", got, want)
	}
}
