package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// PCI expanders, as QEMU 7.2 and 10.0 answered (probe_cmdline's r3-pxb-*
// and r3m-pxb-* cases): the expander's own root bus, numbered, listed
// first, and what it takes.
func TestPCIExpanders(t *testing.T) {
	for _, c := range []struct {
		name    string
		args    []string
		stderr  string // "" when it starts
		infoPCI string // how `info pci` begins
		qtree   string // a line `info qtree` has
	}{
		{"pxb-pcie with a root port", []string{"-M", "q35", "-device", "pxb-pcie,bus_nr=128,bus=pcie.0,id=pxb",
			"-device", "pcie-root-port,bus=pxb,id=rpx,chassis=9"}, "",
			"  Bus 128, device   0, function 0:\r\n    PCI bridge: PCI device 1b36:000c", "class PCI bridge, addr 80:00.0"},
		{"anonymous pxb-pcie", []string{"-M", "q35", "-device", "pxb-pcie,bus_nr=32"}, "", "  Bus  0, device   0,",
			"bus: pxb-pcie-bus.0\r\n      type pxb-pcie-bus"},
		{"pxb's bridge", []string{"-device", "pxb,bus_nr=64,id=pxb1"}, "",
			"  Bus 64, device   0, function 0:\r\n    PCI bridge: PCI device 1b36:0001", "bus: pxb-internal\r\n      type pxb-bus"},
		{"no bus number", []string{"-device", "pxb,id=p0"},
			"-device pxb,id=p0: Bridge chassis not specified. Each bridge is required to be assigned a unique chassis id > 0.", "", ""},
		{"a second one lands on the first's bus", []string{"-M", "q35", "-device", "pxb-pcie,bus_nr=32,id=a", "-device", "pxb-pcie,bus_nr=64,id=b"},
			"-device pxb-pcie,bus_nr=64,id=b: PCI: Only PCI/PCIe bridges can be plugged into pxb-pcie", "", ""},
		{"a NUMA node it lacks", []string{"-M", "q35", "-device", "pxb-pcie,bus_nr=32,numa_node=1"}, "Illegal numa node 1", "", ""},
	} {
		for _, rel := range release.All() {
			s := session.Start(rel, "", c.args)
			if !startsAsWanted(t, c.name+", "+rel.Name, s, c.stderr) {
				continue
			}
			if got := s.HMP("info pci"); !strings.HasPrefix(got, c.infoPCI) {
				t.Errorf("%s, %s: info pci begins %q, want %q", c.name, rel.Name, got[:min(len(got), 120)], c.infoPCI)
			}
			if got := s.HMP("info qtree"); !strings.Contains(got, c.qtree) {
				t.Errorf("%s, %s: info qtree lacks %q", c.name, rel.Name, c.qtree)
			}
		}
	}
}
