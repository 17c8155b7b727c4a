package board_test

import (
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// A bridge's bus takes a hot-plugged device only when something handles
// it: a PCIe slot unless hotplug=off, a pci-bridge's SHPC unless shpc=off,
// or the board's ACPI bridge hotplug (probe_errors r7-hp-, r7m-del-).
func TestBridgeHotplugHandlers(t *testing.T) {
	const refused = "Error: Bus 'b' does not support hotplugging\r\n"
	for _, tc := range []struct {
		name string
		args []string
		want string // device_add's answer
	}{
		{"root port, hotplug=off", []string{"-M", "q35", "-device", "pcie-root-port,id=b,chassis=1,hotplug=off"}, refused},
		{"root port", []string{"-M", "q35", "-device", "pcie-root-port,id=b,chassis=1"}, ""},
		{"pci-bridge, shpc=off, no ACPI bridge hotplug", []string{"-M", "pc", "-global", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=off",
			"-device", "pci-bridge,id=b,chassis_nr=1,shpc=off"}, refused},
		{"pci-bridge, shpc=off, acpi=off", []string{"-M", "pc,acpi=off", "-device", "pci-bridge,id=b,chassis_nr=1,shpc=off"}, refused},
		{"pci-bridge, shpc=off, ACPI bridge hotplug", []string{"-M", "pc", "-device", "pci-bridge,id=b,chassis_nr=1,shpc=off"}, ""},
		{"pci-bridge behind a root port, q35 6.0", []string{"-M", "pc-q35-6.0", "-device", "pcie-root-port,id=rp,chassis=1",
			"-device", "pci-bridge,id=b,chassis_nr=2,bus=rp,shpc=off"}, refused},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, rel := range release.All() {
				s := session.Start(rel, "x86_64", append([]string{"-S", "-nodefaults"}, tc.args...))
				if !s.Result.Started {
					t.Fatalf("%s: did not start: %s", rel.Name, s.Stderr())
				}
				dev := "device_add e1000,bus=b,addr=0x1,id=x"
				if tc.args[1] == "q35" {
					dev = "device_add e1000e,bus=b,id=x"
				}
				if out := s.HMP(dev); out != tc.want {
					t.Errorf("%s: %s: %q, want %q", rel.Name, dev, out, tc.want)
				}
			}
		})
	}
}

// An SHPC slot no guest enabled empties at once: a second device_del
// finds nothing; one a guest (or the reset, for a cold-plugged device)
// enabled is asked again each time.
func TestSHPCUnplug(t *testing.T) {
	args := []string{"-S", "-nodefaults", "-M", "pc", "-global", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=off",
		"-device", "pci-bridge,id=b,chassis_nr=1", "-device", "e1000,bus=b,addr=0x2,id=cold"}
	for _, rel := range release.All() {
		s := session.Start(rel, "x86_64", args)
		if !s.Result.Started {
			t.Fatalf("%s: did not start: %s", rel.Name, s.Stderr())
		}
		for _, step := range []struct{ cmd, want string }{
			{"device_add e1000,bus=b,addr=0x1,id=x", ""},
			{"device_del x", ""},
			{"device_del x", "Error: Device 'x' not found\r\n"},
			{"device_del cold", ""},
			{"device_del cold", ""},
		} {
			if out := s.HMP(step.cmd); out != step.want {
				t.Errorf("%s: %s: %q, want %q", rel.Name, step.cmd, out, step.want)
			}
		}
	}
}
