package monitor

import (
	"testing"

	"hotpluglab/engine/machinetype"
)

// TestBootSet: the answers recorded from 7.2.22 and 10.0.13 (pc, pseries).
func TestBootSet(t *testing.T) {
	for _, c := range []struct {
		family machinetype.Family
		order  string
		want   string
	}{
		{machinetype.PC, "cdn", ""},
		{machinetype.Q35, "d", ""},
		{machinetype.PC, "cc", "Boot device 'c' was given twice"},
		{machinetype.PC, "abcd", "Too many boot devices for PC"},
		{machinetype.PC, "e", "Invalid boot device for PC: 'e'"},
		{machinetype.PC, "cdnq", "Invalid boot device 'q'"},
		{machinetype.PC, "C", "Invalid boot device 'C'"},
		{machinetype.PSeries, "cc", "Boot device 'c' was given twice"},
		{machinetype.PSeries, "xyz", "Invalid boot device 'x'"},
		{machinetype.PSeries, "efgh", ""},
	} {
		err := bootSet(c.family, c.order)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s boot_set %s: %q, want %q", c.family, c.order, got, c.want)
		}
	}
}
