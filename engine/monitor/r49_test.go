package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Between a device_del that unplugs at once and the device's finalization
// its BlockBackend is still attached, but a holder without an id has no
// canonical path left: no "Attached to", and "<anonymous>" once the drive
// is deleted too (probe_mix r49, r49m-attach-*). One with an id is still
// named by it.
func TestAttachedWhileFinalizing(t *testing.T) {
	for _, tc := range []struct {
		name, target, args string
		cmds               []string
		want, notWant      string
	}{
		{"virtio-blk on pseries", "ppc64", "-M pseries",
			[]string{"drive_add 0 if=none,id=d0,driver=null-co,node-name=n0", "device_add virtio-blk-pci,drive=d0,id=vd0", "device_del vd0"},
			"d0 (n0): null-co:// (null-co)\r\n    Cache mode:", "Attached to"},
		{"virtio-blk, drive deleted", "ppc64", "-M pseries",
			[]string{"drive_add 0 if=none,id=d0,driver=null-co,node-name=n0", "device_add virtio-blk-pci,drive=d0,id=vd0", "device_del vd0", "drive_del d0"},
			"<anonymous>: [not inserted]\r\n", "Attached to"},
		{"usb-storage", "x86_64", "-M q35 -device qemu-xhci,id=x -blockdev driver=null-co,node-name=n0",
			[]string{"drive_add 0 if=none,id=d0,driver=null-co,node-name=n1", "device_add usb-storage,drive=d0,id=us0", "device_del us0"},
			"d0 (n1): null-co:// (null-co)\r\n    Cache mode:", "Attached to"},
		{"scsi-hd with an id", "x86_64", "-M pc -device virtio-scsi-pci,id=s0 -blockdev driver=null-co,node-name=n0 -device scsi-hd,drive=n0,id=sd0",
			[]string{"device_del sd0"}, "    Attached to:      sd0\r\n", ""},
		{"before device_del", "ppc64", "-M pseries",
			[]string{"drive_add 0 if=none,id=d0,driver=null-co,node-name=n0", "device_add virtio-blk-pci,drive=d0,id=vd0"},
			"    Attached to:      /machine/peripheral/vd0/virtio-backend\r\n", ""},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			s := session.Start(rel, tc.target, append([]string{"-S", "-nodefaults"}, strings.Fields(tc.args)...))
			if !s.Started() {
				t.Fatalf("%s: did not start: %s", tc.name, s.Stderr())
			}
			for _, c := range tc.cmds {
				s.HMP(c)
			}
			got := s.HMP("info block")
			if !strings.Contains(got, tc.want) || tc.notWant != "" && strings.Contains(got, tc.notWant) {
				t.Errorf("%s (%s): info block = %q, want %q without %q", tc.name, rel.Version(), got, tc.want, tc.notWant)
			}
		}
	}
}
