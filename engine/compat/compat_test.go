package compat

import (
	"testing"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// value is what applying the globals in order leaves on a device of the
// type that has the property.
func value(gs []Global, typ, prop string) (v string, set bool) {
	for _, g := range gs {
		if g.Matches(typ) && g.Property == prop {
			v, set = g.Value, true
		}
	}
	return v, set
}

// The recorded tables give each version what its QEMU had: a newer step's
// value applies to every older machine until an older step changes it.
func TestFor(t *testing.T) {
	for _, tc := range []struct {
		rel              *release.Release
		target           machinetype.Target
		machine          string
		typ, prop, value string // value "" : the machine sets nothing for it
	}{
		// hw_compat_9_2: the balloon's MSI-X vectors came in 10.0.
		{release.V10_0, machinetype.PPC64, "pseries-9.2", "virtio-balloon-pci", "vectors", "0 (0x0)"},
		{release.V10_0, machinetype.PPC64, "pseries-7.2", "virtio-balloon-pci", "vectors", "0 (0x0)"},
		// hw_compat_7_2 on every PCI device, down the versions.
		{release.V10_0, machinetype.X86_64, "pc-q35-7.2", "virtio-net-pci", "x-pcie-err-unc-mask", "false"},
		{release.V10_0, machinetype.X86_64, "pc-q35-8.0", "virtio-net-pci", "x-pcie-err-unc-mask", ""},
		// An older step overrides a newer one (hw_compat_7_1's queue_reset).
		{release.V7_2, machinetype.X86_64, "pc-i440fx-7.1", "virtio-net-device", "queue_reset", "false"},
		{release.V7_2, machinetype.X86_64, "pc-i440fx-4.2", "virtio-net-device", "queue_reset", "false"},
		// The latest version and an alias set nothing.
		{release.V10_0, machinetype.X86_64, "pc-q35-10.0", "virtio-net-pci", "x-pcie-err-unc-mask", ""},
		{release.V7_2, machinetype.X86_64, "pc-q35-7.2", "virtio-net-device", "queue_reset", ""},
		{release.V7_2, machinetype.X86_64, "q35", "virtio-net-device", "queue_reset", ""},
		// pc_compat_9_1's intel-iommu aw-bits 39 (10.0's default is 48),
		// and hw_compat_8_2's aw-bits 64 on virtio-iommu-pci only (round
		// 19: an intel-iommu on pc-q35-7.0 and 8.2 reads 39).
		{release.V10_0, machinetype.X86_64, "pc-q35-9.1", "intel-iommu", "aw-bits", "39 (0x27)"},
		{release.V10_0, machinetype.X86_64, "pc-q35-7.0", "intel-iommu", "aw-bits", "39 (0x27)"},
		{release.V10_0, machinetype.X86_64, "pc-q35-9.2", "intel-iommu", "aw-bits", ""},
		{release.V10_0, machinetype.X86_64, "pc-q35-8.2", "virtio-iommu-pci", "aw-bits", "64 (0x40)"},
		// Families do not mix: q35's steps are not i440fx's.
		{release.V7_2, machinetype.X86_64, "pc-q35-7.1", "PIIX4_PM", "x-not-migrate-acpi-index", ""},
	} {
		got, ok := value(For(tc.rel, tc.target, tc.machine), tc.typ, tc.prop)
		if tc.value == "" && ok || tc.value != "" && got != tc.value {
			t.Errorf("%s %s: %s.%s = %q (set %v), want %q", tc.rel.Name, tc.machine, tc.typ, tc.prop, got, ok, tc.value)
		}
	}
}
