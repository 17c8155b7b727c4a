package machine_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// Measured with the real binaries: -M pc -cpu <cpu> [extra], qom-get of the
// boot CPU's CPUID levels (testdata/oracle's r32m-level-* cases).
func TestCPULevel(t *testing.T) {
	for _, c := range []struct {
		rel      *release.Release
		cpu      string
		extra    string
		prop     string
		want     uint64
		clearing string // a feature expansion clears, with its warning
	}{
		{release.V7_2, "486", "", "min-level", 1, ""},
		{release.V7_2, "486,+avx2", "", "level", 7, ""},
		{release.V7_2, "486,+md-clear", "", "min-level", 1, ""}, // leaf 7's EDX raises nothing
		{release.V7_2, "486,+avx-vnni", "", "level-func7", 1, ""},
		{release.V7_2, "486,+xsaveopt", "", "min-level", 13, ""},
		{release.V7_2, "486,+lahf-lm", "", "xlevel", 0x80000001, ""},
		{release.V7_2, "486,+xstore", "", "min-xlevel2", 0xC0000001, ""},
		{release.V7_2, "486,+svm", "", "xlevel", 0x8000000A, ""},
		{release.V7_2, "486,+npt", "", "xlevel", 0, "npt"},
		{release.V7_2, "486,+intel-pt", "", "level", 0x14, ""},
		{release.V7_2, "486,+avx2,level=3", "", "level", 3, ""},
		{release.V7_2, "486,+avx2,level=3", "", "min-level", 7, ""},
		{release.V7_2, "486,+sse3,min-level=9", "", "level", 9, ""},
		{release.V7_2, "486,+avx2,+nx,full-cpuid-auto-level=off", "", "min-level", 7, ""},
		{release.V7_2, "486,+avx2,+nx,full-cpuid-auto-level=off", "", "xlevel", 0, ""},
		{release.V7_2, "486,+nx,xlevel=5,min-xlevel=7", "", "min-xlevel", 0x80000001, ""},
		{release.V7_2, "486,+nx,xlevel=5,min-xlevel=7", "", "xlevel", 5, ""},
		{release.V7_2, "486", "-smp 2,dies=2", "level", 0x1F, ""},
		{release.V7_2, "486", "-global 486-x86_64-cpu.level=4", "level", 4, ""},
		{release.V7_2, "486,+sgx1", "", "min-level", 1, ""},
		{release.V10_0, "486,+sgx1", "", "min-level", 1, "sgx1"},
		{release.V10_0, "486,+intel-psfd", "", "level-func7", 2, ""},
		{release.V10_0, "486,+null-sel-clr-base", "", "xlevel", 0x80000021, ""},
		{release.V10_0, "486", "-smp 2,modules=2", "min-level", 0x1F, ""},
	} {
		args := append([]string{"-M", "pc", "-cpu", c.cpu}, strings.Fields(c.extra)...)
		r := cmdline.Start(c.rel, machinetype.X86_64, args)
		if !r.Started {
			t.Fatalf("%s %v: did not start: %s", c.rel.Name, args, r.Stderr)
		}
		m := r.Machine
		if got, ok := m.CPULevel(m.CPUType, c.prop); !ok || got != c.want {
			t.Errorf("%s %v: %s = %#x (%v), want %#x", c.rel.Name, args, c.prop, got, ok, c.want)
		}
		cleared, warnings := m.CPUDependencyCleared(m.CPUType)
		if c.clearing == "" && len(cleared) > 0 || c.clearing != "" && !cleared[c.clearing] {
			t.Errorf("%s %v: cleared %v, want %q", c.rel.Name, args, cleared, c.clearing)
		}
		if c.clearing != "" && (len(warnings) != 1 || !strings.Contains(warnings[0], "."+c.clearing+" [bit ")) {
			t.Errorf("%s %v: warnings %q", c.rel.Name, args, warnings)
		}
	}
	// Not a level: not answered here.
	r := cmdline.Start(release.V7_2, machinetype.X86_64, []string{"-M", "pc"})
	if _, ok := r.Machine.CPULevel(r.Machine.CPUType, "family"); ok {
		t.Error("family answered as a CPUID level")
	}
}

// Older machine types' compat properties sit below -cpu's (measured: the
// versions corpus's v-x-compat-cpu-* cases): pc_compat_3_1 turns EPYC's
// topoext off, pc_compat_2_4 the automatic CPUID levels (as -cpu's
// full-cpuid-auto-level=off does, TestCPULevel; SVM's leaf is raised
// whatever it says).
func TestCPUCompatBelowCPUOption(t *testing.T) {
	warns := func(machine, cpu string) string {
		r := cmdline.Start(release.V7_2, machinetype.X86_64, []string{"-M", machine, "-cpu", cpu})
		if !r.Started {
			t.Fatalf("%s -cpu %s: did not start: %s", machine, cpu, r.Stderr)
		}
		return strings.Join(r.Machine.CPUCreateWarnings(r.Machine.CPUType), "\n")
	}
	if w := warns("pc-i440fx-7.2", "EPYC"); !strings.Contains(w, ".topoext [bit") {
		t.Errorf("pc-i440fx-7.2 EPYC: no topoext warning in %q", w)
	}
	if w := warns("pc-i440fx-2.12", "EPYC"); strings.Contains(w, ".topoext [bit") {
		t.Errorf("pc-i440fx-2.12 EPYC (compat topoext=off): %q", w)
	}
	if w := warns("pc-i440fx-2.12", "EPYC,+topoext"); !strings.Contains(w, ".topoext [bit") {
		t.Errorf("pc-i440fx-2.12 EPYC,+topoext: -cpu did not win over compat: %q", w)
	}
	for _, c := range []struct {
		machine, cpu string
		want         uint64
	}{
		{"pc-i440fx-7.2", "486,+nx", 0x80000001},
		{"pc-i440fx-2.4", "486,+nx", 0},
		{"pc-i440fx-2.4", "486,+nx,full-cpuid-auto-level=on", 0x80000001},
		{"pc-i440fx-2.4", "qemu64,+svm", 0x8000000A},
	} {
		r := cmdline.Start(release.V7_2, machinetype.X86_64, []string{"-M", c.machine, "-cpu", c.cpu})
		if got, _ := r.Machine.CPULevel(r.Machine.CPUType, "xlevel"); got != c.want {
			t.Errorf("%s -cpu %s: xlevel %#x, want %#x", c.machine, c.cpu, got, c.want)
		}
	}
}
