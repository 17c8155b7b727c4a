package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// What probe_monitor's fourth round (m4-) measured on both releases: a
// line, monitor commands in turn, what the last one answers.
func TestMonitorRound4(t *testing.T) {
	for _, tc := range []struct {
		args string
		cmds []string // HMP, or QMP when it begins with "{"
		want string
	}{
		// x-query-usb is `info usb` as text, or its refusal.
		{"-device piix3-usb-uhci,id=uhci -device usb-kbd,id=k,bus=uhci.0", []string{`{"execute": "x-query-usb"}`},
			`{"return": {"human-readable-text": "  Device 0.0, Port 1, Speed 12 Mb/s, Product QEMU USB Keyboard, ID: k\n"}}`},
		{"", []string{`{"execute": "x-query-usb"}`}, `{"error": {"class": "GenericError", "desc": "USB support not enabled"}}`},
		// object_del takes a linked rng backend away: the link reads "".
		{"", []string{"object_add rng-builtin,id=r", "device_add virtio-rng-pci,rng=r,id=vr", "qom-get vr rng"}, "\"/objects/r\"\r\n"},
		{"", []string{"object_add rng-builtin,id=r", "device_add virtio-rng-pci,rng=r,id=vr", "object_del r", "qom-get vr rng"}, "\"\"\r\n"},
		// A balloon's stats polling interval is set at run time.
		{"-device virtio-balloon-pci,id=b", []string{"qom-get b guest-stats-polling-interval"}, "0\r\n"},
		{"-device virtio-balloon-pci,id=b", []string{"qom-set b guest-stats-polling-interval 2", "qom-get b guest-stats-polling-interval"}, "2\r\n"},
		{"-device virtio-balloon-pci,id=b", []string{"qom-set b guest-stats-polling-interval -1"}, "Error: timer value must be greater than zero\r\n"},
		// isa-serial's chardev (an alias of its serial state's) reads back.
		{"-chardev null,id=s0 -device isa-serial,chardev=s0,id=com0", []string{"qom-get com0 chardev"}, "\"s0\"\r\n"},
		// A virtio proxy's backend reads its own qdev properties.
		{"-device virtio-serial-pci,id=vser", []string{"qom-get /machine/peripheral/vser/virtio-backend max_ports"}, "31\r\n"},
		{"-device virtio-serial-pci,id=vser", []string{`{"execute": "qom-get", "arguments": {"path": "/machine/peripheral/vser/virtio-backend", "property": "max_ports"}}`}, `{"return": 31}`},
		// A partial path also follows link properties: a virtio-rng's
		// backend links "rng", so "rng" names two objects.
		{"-device virtio-rng-pci,id=rng", []string{"qom-get rng type"}, "Error: Device 'rng' not found\r\n"},
		{"-device virtio-rng-pci,id=vr", []string{"qom-get vr type"}, "\"virtio-rng-pci\"\r\n"},
		// drive_del of a drive a device holds: its drive property prints "".
		{"", []string{"drive_add 0 if=none,driver=null-co,id=d1", "device_add virtio-blk-pci,drive=d1,id=vb1", "drive_del d1", "info qtree"},
			"dev: virtio-blk-device, id \"\"\r\n            drive = \"\"\r\n"},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			s := session.Start(rel, "x86_64", append([]string{"-S", "-nodefaults"}, strings.Fields(tc.args)...))
			got := lastAnswer(s, tc.cmds)
			if strings.TrimSpace(got) != strings.TrimSpace(tc.want) && !(strings.HasPrefix(tc.cmds[len(tc.cmds)-1], "info qtree") && strings.Contains(got, tc.want)) {
				t.Errorf("%s %s: %v: got %q, want %q", rel.Name, tc.args, tc.cmds, got, tc.want)
			}
		}
	}
}

// lastAnswer runs lines on s in turn (QMP when a line begins with "{",
// else HMP) and returns what the last one answered.
func lastAnswer(s *session.Session, lines []string) string {
	got := ""
	for _, l := range lines {
		if strings.HasPrefix(l, "{") {
			got = strings.Join(s.QMP(l), "")
		} else {
			got = s.HMP(l)
		}
	}
	return got
}
