package cpumodel

import (
	"slices"
	"strings"
	"testing"

	"hotpluglab/engine/release"
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

// A model's own VMX capabilities warn once vmx is on (measured with the
// real binaries: Nehalem's 60 lines, Skylake-Client-IBRS's unnamed
// "MSR(48CH) [bit 14]" among them); turning a VMX control off takes its
// word or half with it, and a flag of two bits warns for both.
func TestVMXDefaults(t *testing.T) {
	for _, rel := range release.All() {
		ms := For(rel)
		count := func(ws []string, sub string) (n int) {
			for _, w := range ws {
				if strings.Contains(w, sub) {
					n++
				}
			}
			return n
		}
		sky := ms.X86("Skylake-Client-IBRS")
		base := sky.TCGWarningsWith(map[string]bool{"pcid": true}, nil)
		on := sky.TCGWarningsWith(map[string]bool{"vmx": true}, nil)
		if count(base, "MSR(") != 0 || count(on, "MSR(48EH)") == 0 || count(on, "MSR(48CH) [bit 14]") != 1 ||
			count(on, "vmx-invept-single-context [bit 25]") != 1 || count(on, "vmx-invept-single-context [bit 41]") != 1 {
			t.Errorf("%s: Skylake-Client-IBRS with vmx: %q", rel.Name, on)
		}
		keys := make([]int, len(on))
		for i, w := range on {
			_, keys[i], _ = tcgFeature(w)
		}
		if !slices.IsSorted(keys) {
			t.Errorf("%s: warnings out of FeatureWord order: %q", rel.Name, on)
		}
		noSecondary := sky.TCGWarningsWith(map[string]bool{"vmx": true}, map[string]bool{"vmx-secondary-ctls": true})
		if count(noSecondary, "MSR(48BH)")+count(noSecondary, "MSR(48CH)")+count(noSecondary, "MSR(491H)") != 0 || count(noSecondary, "MSR(48EH)") == 0 {
			t.Errorf("%s: vmx-secondary-ctls=off kept its dependants: %q", rel.Name, noSecondary)
		}
		noEPT := sky.TCGWarningsWith(map[string]bool{"vmx": true}, map[string]bool{"vmx-ept": true})
		if count(noEPT, "vmx-unrestricted-guest") != 0 || count(noEPT, "vmx-invept-single-context [bit 25]") != 0 || count(noEPT, "vmx-invvpid [bit 32]") != 1 {
			t.Errorf("%s: vmx-ept=off: %q", rel.Name, noEPT)
		}
		if n := count(ms.X86("Nehalem").TCGWarningsWith(map[string]bool{"vmx": true}, nil), "MSR("); n != 60 {
			t.Errorf("%s: Nehalem with vmx warns for %d VMX capabilities, want 60", rel.Name, n)
		}
	}
}
