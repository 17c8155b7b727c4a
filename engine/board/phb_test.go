package board

import (
	"fmt"
	"testing"

	"hotpluglab/engine/qdev"
)

// The numbers a PHB's index gives its DRCs, DMA windows and NVLink2
// windows, as QEMU 7.2 and 10.0 showed them (`info qom-tree`, `info qtree`,
// DEVICE_DELETED events).
func TestPHBNumbers(t *testing.T) {
	for _, c := range []struct {
		index     uint64
		devfn     int
		drc       uint64
		liobn1    string
		gpa, atsd string
	}{
		{3, 0, 1073938432, "80000301", "76965813944320 (0x460000000000)", "140737491894272 (0x800000360000)"},
		{5, 255, 1074069759, "80000501", "81363860455424 (0x4a0000000000)", "140737494253568 (0x8000005a0000)"},
		{1, 0, 1073807360, "80000101", "72567767433216 (0x420000000000)", "140737489534976 (0x800000120000)"},
	} {
		if got := phbDRCIndex(c.index, c.devfn); got != c.drc {
			t.Errorf("DRC index of PHB %d devfn %d = %d, want %d", c.index, c.devfn, got, c.drc)
		}
		if got := fmt.Sprintf("%x", phbLIOBN(c.index, 1)); got != c.liobn1 {
			t.Errorf("LIOBN of PHB %d's second window = %s, want %s", c.index, got, c.liobn1)
		}
		d := &qdev.Device{Props: []qdev.PropLine{{Name: "index", Value: fmt.Sprintf("%d (0x%x)", c.index, c.index)}, {Name: "gpa"}, {Name: "atsd"}}}
		if phbIndex(d) != c.index {
			t.Errorf("phbIndex = %d, want %d", phbIndex(d), c.index)
		}
		phbWindows(d, c.index)
		if gpa, _ := d.Prop("gpa"); gpa != c.gpa {
			t.Errorf("PHB %d gpa = %q, want %q", c.index, gpa, c.gpa)
		}
		if atsd, _ := d.Prop("atsd"); atsd != c.atsd {
			t.Errorf("PHB %d atsd = %q, want %q", c.index, atsd, c.atsd)
		}
	}
	// A release whose PHB has no NVLink2 windows (10.0) gets none.
	d := &qdev.Device{Props: []qdev.PropLine{{Name: "index", Value: "2 (0x2)"}}}
	phbWindows(d, 2)
	if _, ok := d.Prop("gpa"); ok {
		t.Error("phbWindows added a gpa the look does not have")
	}
}
