package format

import (
	"testing"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// A machine's compat-props are its base's whole list, then its own: an
// older versioned machine lists every newer one's entries first; 7.2 has no
// recording and adds nothing.
func TestCompatPropsChain(t *testing.T) {
	props := func(rel *release.Release, tg machinetype.Target) map[string][]any {
		out := map[string][]any{}
		for _, m := range QMPMachines(rel, tg, true).([]any) {
			o := m.(qjson.Object)
			name, _ := o.Get("name")
			if cp, ok := o.Get("compat-props"); ok {
				out[name.(string)] = cp.([]any)
			}
		}
		return out
	}
	x := props(release.V10_0, machinetype.X86_64)
	if len(x) != 65 {
		t.Fatalf("10.0 x86_64: %d machines with compat-props, want every one of 65", len(x))
	}
	newer, older := x["pc-q35-9.2"], x["pc-q35-5.2"]
	if len(newer) == 0 || len(older) <= len(newer) || qjson.Marshal(older[:len(newer)]) != qjson.Marshal(newer) {
		t.Errorf("pc-q35-5.2's %d entries do not start with pc-q35-9.2's %d", len(older), len(newer))
	}
	// The latest q35 has its machine's own entry (virtio-iommu-pci's
	// aw-bits, measured), which every older one starts with.
	if latest := x["pc-q35-10.0"]; len(latest) != 1 || qjson.Marshal(newer[:1]) != qjson.Marshal(latest) {
		t.Errorf("pc-q35-10.0 lists %s", qjson.Marshal(latest))
	}
	if p := props(release.V10_0, machinetype.PPC64)["pseries-9.2"]; len(p) == 0 {
		t.Errorf("pseries-9.2 lists no compat entries")
	}
	if got := props(release.V7_2, machinetype.X86_64); len(got) != 0 {
		t.Errorf("7.2 added compat-props to %d machines", len(got))
	}
}

// CompatProps lists a machine's base machines' properties before its own
// (pc-q35-7.2's CPU ones come from pc_compat_9_0 by way of its bases), and
// none where the release records no table (7.2).
func TestCompatProps(t *testing.T) {
	ps := CompatProps(release.V10_0, machinetype.X86_64, "pc-q35-7.2")
	found := -1
	for i, p := range ps {
		if p == [3]string{"x86_64-cpu", "guest-phys-bits", "0"} {
			found = i
		}
	}
	if found < 0 {
		t.Fatalf("pc-q35-7.2 lacks x86_64-cpu.guest-phys-bits=0: %v", ps)
	}
	own := CompatProps(release.V10_0, machinetype.X86_64, "pc-q35-9.0")
	if len(own) == 0 || len(own) >= len(ps) || ps[0] != own[0] {
		t.Errorf("pc-q35-7.2's list does not start with its base's: %d of %d", len(own), len(ps))
	}
	if got := CompatProps(release.V7_2, machinetype.X86_64, "pc-q35-6.2"); got != nil {
		t.Errorf("7.2: %v, want none", got)
	}
}

// What a machine type sets on its CPUs comes from query-machines' lists
// where the release has them (10.0) and from 7.2's measured tables
// otherwise; 7.2's query-machines still lists none.
func TestCPUCompatProps(t *testing.T) {
	last := func(props [][3]string, typ, prop string) string {
		v := ""
		for _, g := range props {
			if g[0] == typ && g[1] == prop {
				v = g[2]
			}
		}
		return v
	}
	for _, tc := range []struct {
		rel                      *release.Release
		machine, typ, prop, want string
	}{
		{release.V7_2, "pc-i440fx-5.2", "x86_64-cpu", "hv-version-id-build", "7100"},
		{release.V7_2, "pc-i440fx-5.2", "x86_64-cpu", "x-vendor-cpuid-only", "off"},
		{release.V7_2, "pc-q35-6.0", "qemu64-x86_64-cpu", "family", "6"},
		{release.V7_2, "pc-q35-6.2", "qemu64-x86_64-cpu", "family", ""}, // 6.1's change is 6.0's step
		{release.V7_2, "pc-i440fx-2.4", "x86_64-cpu", "full-cpuid-auto-level", "off"},
		{release.V7_2, "pc-i440fx-7.2", "x86_64-cpu", "hv-version-id-build", ""},
		{release.V10_0, "pc-i440fx-5.2", "x86_64-cpu", "x-vendor-cpuid-only", "off"},
	} {
		got := last(CPUCompatProps(tc.rel, machinetype.X86_64, tc.machine), tc.typ, tc.prop)
		if got != tc.want {
			t.Errorf("%s %s: %s.%s = %q, want %q", tc.rel.Name, tc.machine, tc.typ, tc.prop, got, tc.want)
		}
	}
	if cp := CompatProps(release.V7_2, machinetype.X86_64, "pc-i440fx-5.2"); len(cp) != 0 {
		t.Errorf("7.2's query-machines compat-props: %d entries, want none", len(cp))
	}
}
