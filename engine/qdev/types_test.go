package qdev

import (
	"testing"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// 7.2 lists virtio-gpu-gl-pci (and on x86 virtio-vga-gl) without the
// module of their parent type; 10.0 lists neither.
func TestMissingModule(t *testing.T) {
	for _, c := range []struct {
		rel    *release.Release
		target machinetype.Target
		name   string
		want   string
	}{
		{release.V7_2, machinetype.X86_64, "virtio-gpu-gl-pci", "virtio-gpu-gl-device"},
		{release.V7_2, machinetype.X86_64, "virtio-vga-gl", "virtio-gpu-gl-device"},
		{release.V7_2, machinetype.PPC64, "virtio-gpu-gl-pci", "virtio-gpu-gl-device"},
		{release.V7_2, machinetype.PPC64, "virtio-vga-gl", ""},
		{release.V7_2, machinetype.X86_64, "virtio-gpu-pci", ""},
		{release.V10_0, machinetype.X86_64, "virtio-gpu-gl-pci", ""},
	} {
		if got := MissingModule(c.rel, c.target, c.name); got != c.want {
			t.Errorf("%s %s %s: %q, want %q", c.rel.Name, c.target, c.name, got, c.want)
		}
	}
}
