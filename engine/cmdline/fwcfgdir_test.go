package cmdline

import (
	"strings"
	"testing"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// TestFwCfgFileCount: the count fw_cfg's file directory starts with, as
// measured on both releases beside the o4- cases (which pin the counted
// configurations): the devices that add files of their own leave it
// unknown (measured: isa-vga, pvpanic and e1000,rombar=0 add one each,
// vmgenid two), as do old machine types, isapc and microvm.
func TestFwCfgFileCount(t *testing.T) {
	for _, tc := range []struct {
		args  string
		n     int
		known bool
	}{
		{"-M pc", 12, true},
		{"-M q35", 15, true},
		{"-M pc,acpi=off", 7, true},
		{"-M q35,acpi=off", 11, true},
		{"-M q35 -boot splash-time=0", 16, true},
		{"-M pc -m 512M,slots=2,maxmem=2G", 13, true},
		{"-M pc -fw_cfg name=opt/a,string=x", 13, true},
		{"-M pc -device isa-vga", 0, false},
		{"-M pc -device pvpanic", 0, false},
		{"-M pc -device vmgenid", 0, false},
		{"-M pc -device e1000,rombar=0", 0, false},
		{"-M pc-i440fx-2.5", 0, false},
		{"-M isapc", 0, false},
		{"-M microvm", 0, false},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			r := Start(rel, machinetype.X86_64, append([]string{"-nodefaults"}, strings.Fields(tc.args)...))
			if r.Machine == nil {
				t.Fatalf("%s %s: did not start: %s", rel.Name, tc.args, r.Stderr)
			}
			n, known := FwCfgFileCount(r.Machine)
			if n != tc.n || known != tc.known {
				t.Errorf("%s %s: %d, %v; want %d, %v", rel.Name, tc.args, n, known, tc.n, tc.known)
			}
		}
	}
}
