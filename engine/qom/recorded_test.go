package qom

import (
	"slices"
	"testing"

	"hotpluglab/engine/release"
)

// The recorded qom-lists read back per release: every list starts with
// the class's "type", children keep their child<> types, and an object
// never recorded is not found.
func TestRecordedLists(t *testing.T) {
	for _, rel := range release.All() {
		for _, tc := range []struct {
			target, key, child string
		}{
			{"x86_64", "board:q35:/machine/q35", "pcie.0 child<PCIE>"},
			{"x86_64", "board:pc:/machine", "i440fx child<i440FX-pcihost>"},
			{"ppc64", "board:pseries:/machine/unattached/device[2]", "spapr-vio child<spapr-vio-bus>"},
			{"x86_64", "object:iothread", "poll-max-ns int"},
		} {
			props, ok := Recorded(rel, tc.target, tc.key)
			if !ok || len(props) == 0 || props[0] != (Prop{"type", "string"}) {
				t.Errorf("%s %s: %v %v", rel.Name, tc.key, ok, props)
				continue
			}
			found := false
			for _, p := range props {
				found = found || p.Name+" "+p.Type == tc.child
			}
			if !found {
				t.Errorf("%s %s lacks %q", rel.Name, tc.key, tc.child)
			}
		}
		if _, ok := Recorded(rel, "x86_64", "object:nosuch"); ok {
			t.Errorf("%s: object:nosuch found", rel.Name)
		}
	}
}

// CPU models that list alike are recorded once (an "A" line names the
// list they share); those that differ keep their own.
func TestRecordedCPULists(t *testing.T) {
	for _, rel := range release.All() {
		qemu64, ok := Recorded(rel, "x86_64", "cpu:qemu64-x86_64-cpu")
		if !ok || len(qemu64) < 400 || qemu64[0] != (Prop{"type", "string"}) {
			t.Fatalf("%s qemu64: %v, %d entries", rel.Name, ok, len(qemu64))
		}
		if sky, ok := Recorded(rel, "x86_64", "cpu:Skylake-Client-x86_64-cpu"); !ok || !slices.Equal(sky, qemu64) {
			t.Errorf("%s Skylake-Client lists otherwise than qemu64 (%v)", rel.Name, ok)
		}
		if max, _ := Recorded(rel, "x86_64", "cpu:max-x86_64-cpu"); slices.Equal(max, qemu64) {
			t.Errorf("%s max lists as qemu64", rel.Name)
		}
		core, ok := Recorded(rel, "ppc64", "cpu:power9_v2.0-spapr-cpu-core")
		if !ok || !slices.Contains(core, Prop{"thread[0]", "child<power9_v2.0-powerpc64-cpu>"}) {
			t.Errorf("%s power9 core: %v %v", rel.Name, ok, core)
		}
	}
}
