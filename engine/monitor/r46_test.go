package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// QEMU 10.0 aborts in system_reset while an x86 virtio-balloon-pci waits
// for its unplug; 7.2 resets, and so does 10.0 for any other device or
// once nothing waits (probe_mix r46m-balloon-*).
func TestBalloonUnplugResetAbort(t *testing.T) {
	const abort = "resettable_container_child_foreach: Assertion `len == rc->children->len' failed."
	for _, tc := range []struct {
		rel   *release.Release
		args  string
		cmds  []string
		abort bool
	}{
		{release.V10_0, "-M pc -device virtio-balloon-pci,id=m1", []string{"device_del m1", "system_reset"}, true},
		{release.V10_0, "-M pc", []string{"device_add virtio-balloon-pci-transitional,id=m1", "device_del m1", "system_reset"}, true},
		{release.V10_0, "-M q35 -device pcie-root-port,id=rp1,chassis=1 -device virtio-balloon-pci,bus=rp1,id=m1", []string{"device_del m1", "system_reset"}, true},
		{release.V10_0, "-M q35 -device virtio-balloon-pci,id=m1", []string{"device_del m1", "system_reset"}, false}, // pcie.0 refuses the unplug
		{release.V10_0, "-M pc -device virtio-balloon-pci,id=m1", []string{"system_reset"}, false},
		{release.V10_0, "-M pc -device e1000,id=m1", []string{"device_del m1", "system_reset"}, false},
		{release.V7_2, "-M pc -device virtio-balloon-pci,id=m1", []string{"device_del m1", "system_reset"}, false},
	} {
		s := session.Start(tc.rel, "x86_64", append([]string{"-S", "-nodefaults"}, strings.Fields(tc.args)...))
		for _, c := range tc.cmds {
			s.HMP(c)
		}
		got := strings.Contains(s.Stderr(), abort)
		if got != tc.abort {
			t.Errorf("%v %s %v: aborted %v, want %v; stderr:\n%s", tc.rel, tc.args, tc.cmds, got, tc.abort, s.Stderr())
		}
		if tc.abort && !strings.HasPrefix(s.Stderr(), "qemu-system-x86_64: hw/core/resetcontainer.c:56: ") {
			t.Errorf("%s: stderr %q", tc.args, s.Stderr())
		}
	}
}
