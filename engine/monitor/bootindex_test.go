package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// qom-set of a realized device's bootindex is device_set_bootindex: free
// indexes only (the device's own counts), negative ones shared, an int32
// (measured on 7.2.22; libvirt round 3's r3-dev-bootindex-order).
func TestQOMSetBootIndex(t *testing.T) {
	s := session.Start(release.V7_2, "x86_64", strings.Fields("-S -nodefaults -M pc -netdev user,id=h "+
		"-device virtio-net-pci,netdev=h,id=n0,bootindex=1 -device e1000,id=e0,bootindex=4 -device virtio-rng-pci,id=r0"))
	for _, c := range []struct{ cmd, want string }{
		{"qom-set /machine/peripheral/n0 bootindex 4", "Error: The bootindex 4 has already been used"},
		{"qom-set /machine/peripheral/n0 bootindex 1", "Error: The bootindex 1 has already been used"},
		{"qom-set /machine/peripheral/n0 bootindex 5000000000", "Error: Parameter 'bootindex' expects int32_t"},
		{"qom-set /machine/peripheral/n0 bootindex -5", ""},
		{"qom-set /machine/peripheral/e0 bootindex -5", ""},
		{"qom-set /machine/peripheral/n0 bootindex 0x9", ""},
		{"qom-get /machine/peripheral/n0 bootindex", "9"},
		{"qom-set /machine/peripheral/e0 bootindex 9", "Error: The bootindex 9 has already been used"},
		{"qom-set /machine/peripheral/r0 bootindex 2", "Error: Property 'virtio-rng-pci.bootindex' not found"},
	} {
		if got := strings.TrimSpace(s.HMP(c.cmd)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.cmd, got, c.want)
		}
	}
}
