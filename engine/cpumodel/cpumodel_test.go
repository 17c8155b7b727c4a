package cpumodel

import (
	"hotpluglab/engine/release"
	"testing"
)

func TestPPCResolve(t *testing.T) {
	for in, want := range map[string]string{"POWER8": "power8_v2.0", "power10": "power10_v2.0", "power9_v2.0": "power9_v2.0", "Power7": "power7_v2.3"} {
		if got, ok := For(release.V7_2).PPC(in); !ok || got != want {
			t.Errorf("For(release.V7_2).PPC(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := For(release.V7_2).PPC("host"); ok {
		t.Error("host resolved under TCG")
	}
	if !For(release.V7_2).HasSPAPRCore("power9_v2.0") || For(release.V7_2).HasSPAPRCore("603") {
		t.Error("sPAPR core table wrong")
	}
	if n := len(For(release.V7_2).SPAPRCoreTypes()); n != 13 {
		t.Errorf("%d sPAPR core types, want 13", n)
	}
}

func TestX86Recorded(t *testing.T) {
	if n := len(For(release.V7_2).X86Names()); n != 132 {
		t.Fatalf("%d models", n)
	}
	for _, n := range For(release.V7_2).X86Names() {
		if For(release.V7_2).X86(n) == nil {
			t.Errorf("model %s has no recording", n)
		}
	}
	if q := For(release.V7_2).X86("qemu64"); !q.AMDNoTopoext || len(q.TCGWarnings) != 0 {
		t.Errorf("qemu64: %+v", q)
	}
	if h := For(release.V7_2).X86("Haswell"); len(h.TCGWarnings) != 6 || h.AMDNoTopoext {
		t.Errorf("Haswell: %+v", h)
	}
	if For(release.V7_2).X86("host").Error != "CPU model 'host' requires KVM or HVF" {
		t.Errorf("host: %+v", For(release.V7_2).X86("host"))
	}
	if For(release.V7_2).X86("QEMU64") != nil {
		t.Error("x86 lookup must be case-sensitive")
	}
}

// TestX86PartOnFirstUse: the ppc64 lookups a pseries start makes leave the
// x86 tables unread; the first x86 lookup reads them.
func TestX86PartOnFirstUse(t *testing.T) {
	ms := build(release.V10_0)
	ms.PPC("power9")
	ms.HasSPAPRCore("power9_v2.0")
	ms.SPAPRCoreTypes()
	if ms.x86Models.byName != nil {
		t.Fatal("ppc64 lookups read the x86 tables")
	}
	if ms.X86("qemu64") == nil || ms.x86Models.byName == nil {
		t.Fatal("X86(qemu64) did not read the x86 tables")
	}
}
