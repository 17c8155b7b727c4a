package cpumodel

import "testing"

func TestPPCResolve(t *testing.T) {
	for in, want := range map[string]string{"POWER8": "power8_v2.0", "power10": "power10_v2.0", "power9_v2.0": "power9_v2.0", "Power7": "power7_v2.3"} {
		if got, ok := PPC(in); !ok || got != want {
			t.Errorf("PPC(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := PPC("host"); ok {
		t.Error("host resolved under TCG")
	}
	if !HasSPAPRCore("power9_v2.0") || HasSPAPRCore("603") {
		t.Error("sPAPR core table wrong")
	}
	if n := len(SPAPRCoreTypes()); n != 13 {
		t.Errorf("%d sPAPR core types, want 13", n)
	}
}

func TestX86Recorded(t *testing.T) {
	if n := len(X86Names()); n != 132 {
		t.Fatalf("%d models", n)
	}
	for _, n := range X86Names() {
		if X86(n) == nil {
			t.Errorf("model %s has no recording", n)
		}
	}
	if q := X86("qemu64"); !q.AMDNoTopoext || len(q.TCGWarnings) != 0 {
		t.Errorf("qemu64: %+v", q)
	}
	if h := X86("Haswell"); len(h.TCGWarnings) != 6 || h.AMDNoTopoext {
		t.Errorf("Haswell: %+v", h)
	}
	if X86("host").Error != "CPU model 'host' requires KVM or HVF" {
		t.Errorf("host: %+v", X86("host"))
	}
	if X86("QEMU64") != nil {
		t.Error("x86 lookup must be case-sensitive")
	}
}
