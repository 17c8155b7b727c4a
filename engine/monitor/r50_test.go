package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// An unplugged bochs-display is never finalized (probe_mix r50m-display-*):
// no DEVICE_DELETED, however long the session goes on, and its video RAM
// keeps its RAMBlock name, so a new bochs-display at the same address
// aborts QEMU; an e1000 in its place is finalized as usual.
func TestBochsDisplayNeverFinalized(t *testing.T) {
	for _, tc := range []struct {
		dev, target, args, block string
		dies                     bool
	}{
		{"bochs-display", "x86_64", "-M pc -vga none -device bochs-display,id=d1", "0000:00:02.0/bochs-display-vram", true},
		{"bochs-display", "ppc64", "-M pseries", "pci@800000020000000:00.0/bochs-display-vram", true},
		{"e1000", "x86_64", "-M pc -vga none -device e1000,id=d1", "", false},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			s := session.Start(rel, tc.target, strings.Fields("-nodefaults "+tc.args))
			if !s.Started() {
				t.Fatalf("%s: did not start: %s", tc.args, s.Stderr())
			}
			cmds := []string{"device_del d1", "system_reset", "device_add nosuch-device", "info status"}
			if tc.target == "ppc64" {
				cmds = append([]string{"device_add " + tc.dev + ",id=d1"}, cmds...)
			}
			deleted := false
			for _, c := range cmds {
				_, events := s.HMPWithEvents(c)
				for _, e := range events {
					deleted = deleted || e.Name == "DEVICE_DELETED"
				}
			}
			if deleted == tc.dies {
				t.Errorf("%s (%s): DEVICE_DELETED sent: %v", tc.args, rel.Version(), deleted)
			}
			s.HMP("device_add " + tc.dev + ",id=d2")
			want := ""
			if tc.dies {
				want = "RAMBlock \"" + tc.block + "\" already registered, abort!\n"
			}
			if s.Died() != tc.dies || !strings.HasSuffix(s.Stderr(), want) {
				t.Errorf("%s (%s): re-add died %v, stderr %q, want %q", tc.args, rel.Version(), s.Died(), s.Stderr(), want)
			}
		}
	}
}
