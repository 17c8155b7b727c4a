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
