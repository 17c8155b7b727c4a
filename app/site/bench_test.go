package site

import "testing"

func TestSymbolPackage(t *testing.T) {
	for sym, want := range map[string]string{
		"hotpluglab_engine_monitor.hmpCommands":                                       "hotpluglab/engine/monitor",
		"hotpluglab_engine_monitor.__Monitor_.HMP":                                    "hotpluglab/engine/monitor",
		"type_.eq.hotpluglab_engine_scenario.Check":                                   "hotpluglab/engine/scenario",
		"github.com_maxence_charriere_go_app_v9_pkg_app.__htmlElement_.canUpdateWith": "go-app",
		"runtime.gcMark":                                       "runtime, internal/*",
		"internal_reflectlite.rtype.common":                    "runtime, internal/*",
		"compress_flate.__huffmanBitWriter_.writeStoredHeader": "compress/flate",
		"strings.__Reader_.Read":                               "strings",
		"func[12]":                                             "(unnamed)",
	} {
		if got := symbolPackage(sym); got != want {
			t.Errorf("symbolPackage(%q) = %q, want %q", sym, got, want)
		}
	}
}

// The large machines' steady state is reported as a median and a 90th
// percentile of every later plug: nearest rank, inputs left as they were.
func TestMedianAndPercentile(t *testing.T) {
	for _, c := range []struct {
		xs          []float64
		median, p90 float64
	}{
		{[]float64{5}, 5, 5},
		{[]float64{4, 1, 3, 2}, 2.5, 4},
		{[]float64{10, 1, 9, 2, 8, 3, 7, 4, 6, 5}, 5.5, 9},
		{[]float64{12, 11, 64, 13, 10, 9, 15, 14, 16, 12, 11}, 12, 16},
	} {
		xs := append([]float64(nil), c.xs...)
		if got := percentile(xs, 0.9); got != c.p90 {
			t.Errorf("percentile(%v, 0.9) = %v, want %v", c.xs, got, c.p90)
		}
		for i := range xs {
			if xs[i] != c.xs[i] {
				t.Fatalf("percentile reordered its input: %v", xs)
			}
		}
		if got := median(xs); got != c.median {
			t.Errorf("median(%v) = %v, want %v", c.xs, got, c.median)
		}
	}
	if got := percentile(nil, 0.9); got != 0 {
		t.Errorf("percentile of nothing = %v", got)
	}
}
