package cmdline

import (
	"testing"

	"hotpluglab/engine/machine"
)

// The RMA is the RAM capped by the first NUMA node with memory, rounded
// down to a power of 2; SLOF needs 128 MiB of it (pe-p-r11-mem-1, r11m-).
func TestSPAPRRMAError(t *testing.T) {
	for _, c := range []struct {
		ram   int64
		nodes []int64
		fails bool
	}{
		{100 << 20, nil, true},
		{127 << 20, nil, true},
		{128 << 20, nil, false},
		{1 << 30, []int64{64 << 20, 960 << 20}, true},
		{1 << 30, []int64{0, 1 << 30}, false},           // a memoryless node 0 is skipped
		{1 << 30, []int64{192 << 20, 832 << 20}, false}, // 192 MiB rounds down to 128
	} {
		err := spaprRMAError(&machine.Machine{RAMBytes: c.ram, NodeMem: c.nodes})
		if (err != nil) != c.fails {
			t.Errorf("ram %d nodes %v: %v", c.ram, c.nodes, err)
		}
		if err != nil && err.Error() != "pSeries SLOF firmware requires >= 80ldMiB guest RMA (Real Mode Area memory)" {
			t.Errorf("message: %q", err)
		}
	}
}
