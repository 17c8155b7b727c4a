package monitor_test

import (
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// drive_add makes an if=none drive a device_add can then name; other
// interfaces are refused after the fact, errors print bare.
func TestDriveAdd(t *testing.T) {
	s := session.Start(release.V7_2, "x86_64", []string{"-M", "pc", "-S", "-nodefaults"})
	for _, tc := range []struct{ cmd, want string }{
		{"drive_add 0 if=none,driver=null-co,id=d0", "OK\r\n"},
		{"drive_add 0 if=none,driver=null-co,id=d0", "Duplicate ID 'd0' for drive\r\n"},
		{"drive_add 0 if=ide,driver=null-co,id=d1", "Can't hot-add drive to type 1\r\n"},
		{"drive_add 0 if=none,id=x,nosuch=1", "Must specify either driver or file\r\n"},
		{"device_add virtio-blk-pci,drive=d0,id=vd0", ""},
		{"device_add virtio-blk-pci,drive=d1", "Error: Property 'virtio-blk-device.drive' can't find value 'd1'\r\n"},
	} {
		if got := s.HMP(tc.cmd); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.cmd, got, tc.want)
		}
	}
}
