package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// A -global on pc-dimm's node or slot is what pre_plug and realize read
// when the device's own options leave it (probe_mix r47m-dimm-global-*).
func TestDIMMGlobals(t *testing.T) {
	mem := "-M pc -m 1G,slots=4,maxmem=8G -object memory-backend-ram,id=m1,size=128M -object memory-backend-ram,id=m2,size=256M "
	for _, tc := range []struct {
		args, cmd, want string
	}{
		{mem + "-global pc-dimm.node=3", "device_add pc-dimm,memdev=m2,id=d2",
			"Error: 'DIMM property node has value 3' which exceeds the number of numa nodes: 1"},
		{mem + "-global pc-dimm.node=3", "device_add pc-dimm,memdev=m2,id=d2,node=0", ""},
		{mem + "-global pc-dimm.slot=2 -device pc-dimm,memdev=m1,id=d1", "device_add pc-dimm,memdev=m2,id=d2", "Error: slot 2 is busy"},
		{mem + "-global pc-dimm.slot=2 -device pc-dimm,memdev=m1,id=d1", "info memory-devices", "  slot: 2\r\n"},
	} {
		s := session.Start(release.V7_2, "x86_64", append([]string{"-S", "-nodefaults"}, strings.Fields(tc.args)...))
		if !s.Started() {
			t.Fatalf("%s: did not start: %s", tc.args, s.Stderr())
		}
		got := s.HMP(tc.cmd)
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%s: %s: got %q, want %q", tc.args, tc.cmd, got, tc.want)
		}
	}
	s := session.Start(release.V10_0, "x86_64", strings.Fields("-S -nodefaults "+mem+"-global pc-dimm.node=1 -device pc-dimm,memdev=m1,id=d1"))
	if want := "-device pc-dimm,memdev=m1,id=d1: 'DIMM property node has value 1' which exceeds the number of numa nodes: 1\n"; s.Started() || !strings.HasSuffix(s.Stderr(), want) {
		t.Errorf("cold-plugged with a bad global node: started %v, stderr %q", s.Started(), s.Stderr())
	}
}
