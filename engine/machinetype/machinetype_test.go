package machinetype

import (
	"testing"

	"hotpluglab/engine/release"
)

// TestTables: every release has both binaries' tables, one default each, and
// the aliases point at that release's newest versions.
func TestTables(t *testing.T) {
	for _, tc := range []struct {
		rel                     *release.Release
		target                  Target
		n                       int
		def, alias, aliasTarget string
	}{
		{release.V7_2, X86_64, 59, "pc-i440fx-7.2", "q35", "pc-q35-7.2"},
		{release.V7_2, PPC64, 41, "pseries-7.2", "powernv", "powernv9"},
		{release.V10_0, X86_64, 65, "pc-i440fx-10.0", "q35", "pc-q35-10.0"},
		{release.V10_0, PPC64, 36, "pseries-10.0", "pseries", "pseries-10.0"},
	} {
		if got := len(All(tc.rel, tc.target)); got != tc.n {
			t.Errorf("%s %s: %d machine types, want %d", tc.rel, tc.target, got, tc.n)
		}
		if d := Default(tc.rel, tc.target); d == nil || d.Name != tc.def {
			t.Errorf("%s %s: default %v, want %s", tc.rel, tc.target, d, tc.def)
		}
		if m := Lookup(tc.rel, tc.target, tc.alias); m == nil || m.Name != tc.aliasTarget || m.Release != tc.rel {
			t.Errorf("%s %s: %s resolves to %v, want %s", tc.rel, tc.target, tc.alias, m, tc.aliasTarget)
		}
	}
}

// TestVersionRules: the behaviour that follows a machine's version.
func TestVersionRules(t *testing.T) {
	for _, tc := range []struct {
		rel                                        *release.Release
		target                                     Target
		name                                       string
		family                                     Family
		preferSockets, legacyHotplug, hotpluggable bool
		cpuMax                                     int
	}{
		{release.V7_2, X86_64, "pc-i440fx-6.1", PC, true, false, true, 255},
		{release.V7_2, X86_64, "pc-i440fx-6.2", PC, false, false, true, 255},
		{release.V7_2, X86_64, "pc-i440fx-2.6", PC, true, true, true, 255},
		{release.V7_2, X86_64, "pc-q35-2.7", Q35, true, false, true, 255},
		{release.V7_2, X86_64, "pc-q35-7.2", Q35, false, false, true, 288},
		{release.V7_2, PPC64, "pseries-2.6", PSeries, true, false, false, 4096},
		{release.V7_2, PPC64, "pseries-2.12-sxxm", PSeries, true, false, true, 4096},
		{release.V10_0, X86_64, "pc-q35-9.0", Q35, false, false, true, 4096},
		{release.V10_0, X86_64, "pc-q35-8.1", Q35, false, false, true, 1024},
		{release.V10_0, X86_64, "pc-q35-4.0.1", Q35, true, false, true, 288},
		{release.V10_0, PPC64, "pseries-10.0", PSeries, false, false, true, 4096},
	} {
		m := Lookup(tc.rel, tc.target, tc.name)
		if m == nil {
			t.Errorf("%s: %s missing", tc.rel, tc.name)
			continue
		}
		if m.Family != tc.family || m.PreferSockets != tc.preferSockets || m.LegacyCPUHotplug != tc.legacyHotplug ||
			m.HotpluggableCPUs != tc.hotpluggable || m.CPUMax != tc.cpuMax {
			t.Errorf("%s %s: family %s preferSockets %v legacy %v hotpluggable %v cpu-max %d", tc.rel, tc.name,
				m.Family, m.PreferSockets, m.LegacyCPUHotplug, m.HotpluggableCPUs, m.CPUMax)
		}
	}
	if Lookup(release.V10_0, PPC64, "pseries-2.7") != nil {
		t.Error("10.0 has no pseries-2.7")
	}
}

func TestTargetOf(t *testing.T) {
	for name, want := range map[string]Target{"pc": X86_64, "q35": X86_64, "pseries": PPC64, "none": "", "nonsense": ""} {
		if got := TargetOf(release.V7_2, name); got != want {
			t.Errorf("TargetOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// The boards with no CPUs and no wakeup: none and x-remote (both releases).
func TestEmptyBoards(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		for name, want := range map[string]bool{"none": true, "x-remote": true, "pc": false, "microvm": false, "isapc": false} {
			m := Lookup(rel, X86_64, name)
			if m == nil {
				t.Fatalf("%s: no %s", rel.Name, name)
			}
			if m.Empty() != want || m.WakeupSuspend == want {
				t.Errorf("%s %s: Empty() = %v, WakeupSuspend = %v", rel.Name, name, m.Empty(), m.WakeupSuspend)
			}
		}
	}
}
