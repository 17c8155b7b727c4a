package qdev

import (
	"slices"
	"testing"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// Printing sorts each object's children as print_qom_composition does.
func TestPrintQOMSorts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in, want []string
	}{
		{"strcmp: [10] before [1]", []string{"/x[1] (irq)", "/x[10] (irq)", "/x[0] (irq)"}, []string{"/x[0] (irq)", "/x[10] (irq)", "/x[1] (irq)"}},
		{"'-' before '.'", []string{"/xhci.0 (usb-bus)", "/xhci-core (base-xhci)"}, []string{"/xhci-core (base-xhci)", "/xhci.0 (usb-bus)"}},
		{"children move with their parent", []string{"/b (t)", "  /z (m)", "  /a (m)", "/a (t)", "  /q (m)"},
			[]string{"/a (t)", "  /q (m)", "/b (t)", "  /a (m)", "  /z (m)"}},
		{"names with blanks", []string{"/bus master[0] (memory-region)", "/bus master container[0] (memory-region)"},
			[]string{"/bus master container[0] (memory-region)", "/bus master[0] (memory-region)"}},
		{"empty", nil, []string{}},
	} {
		if got := PrintQOM(ParseQOM(tc.in), ""); !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestComposition(t *testing.T) {
	rel := release.Latest
	x86 := machinetype.Target("x86_64")
	pci, ok := Composition(rel, x86, "virtio-net-pci", "pci")
	if !ok || !slices.Contains(pci, "/virtio-backend (virtio-net-device)") {
		t.Fatalf("virtio-net-pci on pci: %v %q", ok, pci)
	}
	// Behind a PCIe port a virtio device is modern only: no legacy I/O BAR.
	pcie, _ := Composition(rel, x86, "virtio-net-pci", "pcie")
	if slices.Equal(pci, pcie) {
		t.Errorf("virtio-net-pci looks the same on pci and pcie: %q", pci)
	}
	if got, ok := Composition(rel, x86, "virtio-net-pci", "nowhere"); !ok || !slices.Equal(got, pci) {
		t.Errorf("unknown placement: want the first recorded (pci), got %v %q", ok, got)
	}
	if _, ok := Composition(rel, x86, "nosuch-device", "pci"); ok {
		t.Error("an unrecorded type has a composition")
	}
	cpu, ok := Composition(rel, x86, "qemu64-x86_64-cpu", "pc")
	if !ok || !slices.Contains(cpu, "/lapic (apic)") {
		t.Errorf("qemu64 CPU on pc: %v %q", ok, cpu)
	}
}
