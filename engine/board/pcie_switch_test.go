package board_test

import (
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// A PCIe switch below a root port, as QEMU 7.2 and 10.0 answered
// (probe_monitor's m4-q35-* cases): the upstream port's bus takes a
// downstream port in any slot, without 10.0's slot-0 warning, and
// hot-plugs one more in the next free slot; a root port's or downstream
// port's bus only has slot 0.
func TestPCIeSwitch(t *testing.T) {
	line := []string{"-M", "q35", "-device", "pcie-root-port,id=rp3,chassis=3,bus=pcie.0,addr=0x6",
		"-device", "pcie-root-port,id=rp4,chassis=4,bus=pcie.0,addr=0x7", "-device", "x3130-upstream,id=up,bus=rp3",
		"-device", "xio3130-downstream,id=dn1,bus=up,chassis=10,slot=0",
		"-device", "xio3130-downstream,id=dn2,bus=up,chassis=11,slot=1", "-device", "e1000e,id=e,bus=rp4"}
	for _, c := range []struct{ cmd, want72, want10 string }{
		{"device_add xio3130-downstream,id=dn3,bus=up,chassis=12", "", ""},
		// 7.2 checks function 0 for a given addr only.
		{"device_add x3130-upstream,id=up2,bus=rp4", "",
			"Error: PCI: slot 0 function 0 already occupied by e1000e, new func x3130-upstream cannot be exposed to guest.\r\n"},
		{"device_add e1000e,bus=dn2,id=e2", "", ""},
	} {
		for _, rel := range release.All() {
			s := session.Start(rel, "", line)
			if !startsAsWanted(t, "switch, "+rel.Name, s, "") {
				continue
			}
			if s.Stderr() != "" {
				t.Errorf("%s: stderr %q, want none", rel.Name, s.Stderr())
			}
			want := c.want10
			if rel.Name == "7.2" {
				want = c.want72
			}
			if got := s.HMP(c.cmd); got != want {
				t.Errorf("%s, %s: %q, want %q", c.cmd, rel.Name, got, want)
			}
		}
	}
}
