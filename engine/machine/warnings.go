package machine

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"hotpluglab/engine/cpumodel"
)

// BootCPUWarningsKey holds, in Extra, what creating the boot CPUs printed
// when -preconfig put the board's init off until x-exit-preconfig: QEMU
// prints it then, in the monitor's context (no program name), and not at
// all when NUMA's completion fails first (recorded: pe-x-e20-numa-pc).
const BootCPUWarningsKey = "preconfig.cpu-warnings"

// CPUCreateWarnings is what creating one x86 CPU of the given type prints
// (without the "<binary>: warning: " prefix): the AMD hyperthreading warning
// once per process when threads > 1, and under TCG one line per feature the
// model asks for and TCG lacks.
func (m *Machine) CPUCreateWarnings(cpuType string) []string {
	return m.CPUCreateWarningsWith(cpuType, nil)
}

// CPUCreateWarningsWith is CPUCreateWarnings for a CPU whose own properties
// (device_add/-device ...,pcid=on) turn features on or off over -cpu's.
func (m *Machine) CPUCreateWarningsWith(cpuType string, own map[string]any) []string {
	if m.IsSPAPR() {
		return nil
	}
	model := cpumodel.For(m.Release()).X86FromType(cpuType)
	if model == nil {
		return nil
	}
	// Features are filtered (TCG warnings) before the topology check
	// (measured: -cpu qemu64,+topoext with threads=2 prints topoext first).
	// Expanding the features clears one whose word needs a feature the CPU
	// lacks, whatever the accelerator and check=: it is not filtered again.
	cleared, w := m.CPUDependencyCleared(cpuType)
	// x86_cpu_hyperv_realize, before the features expand: a vendor id
	// longer than CPUID's 12 bytes.
	vendor, given := own["hv-vendor-id"].(string)
	if !given {
		vendor = m.CPUSettings["hv-vendor-id"]
	}
	if len(vendor) > 12 {
		w = append([]string{"hv-vendor-id truncated to 12 characters"}, w...)
	}
	if m.Accel == "tcg" {
		// -cpu's flags (less what expanding them cleared) over the machine
		// type's compat properties, then the CPU's own.
		on, off := map[string]bool{}, maps.Clone(m.CPUFeaturesOff)
		if off == nil {
			off = map[string]bool{}
		}
		for f, v := range m.CPUFeaturesOn {
			on[f] = v && !cleared[f]
		}
		for f, v := range m.compatFeatures(cpuType) {
			if _, set := on[f]; !set && !off[f] { // -cpu and -global are registered later and win
				on[f], off[f] = v, !v
			}
		}
		for f, v := range own {
			if b, isBool := v.(bool); isBool {
				on[f], off[f] = b, !b
			}
		}
		quiet := m.CPUUnchecked
		if v, ok := own["check"].(bool); ok {
			quiet = !v
		}
		if v, ok := own["enforce"].(bool); ok && v {
			quiet = false
		}
		if !quiet {
			w = append(w, m.withoutDependentWords(cpuType, withoutClearedBits(model.TCGWarningsWith(on, off), w))...)
		}
	}
	if model.AMDNoTopoext && m.Topology.Threads > 1 && m.Extra["amd-ht-warned"] == nil {
		m.Extra["amd-ht-warned"] = true
		w = append(w, fmt.Sprintf(m.Release().AMDHyperthreadingWarning, m.Topology.Threads))
	}
	return w
}

// compatFeatures are the CPU flags the machine type's compat properties
// set on cpuType, by the names they give.
func (m *Machine) compatFeatures(cpuType string) map[string]bool {
	var out map[string]bool
	for _, g := range m.CPUCompat {
		if g[0] != "x86_64-cpu" && g[0] != cpuType {
			continue
		}
		if on, ok := m.compatFeature(cpuType, g[1]); ok {
			if out == nil {
				out = map[string]bool{}
			}
			out[g[1]] = on
		}
	}
	return out
}

// X2APICError is apic_common_set_id's refusal of an APIC ID of 255 or more
// for a CPU without the x2apic feature (-cpu and the device's own x2apic=
// override the model), or nil. Releases whose TCG has no x2APIC refuse such
// machines earlier, at start-up.
func (m *Machine) X2APICError(cpuType string, slot int, own map[string]any) *HintError {
	if m.IsSPAPR() || !m.Release().X86TCGx2APIC || m.Accel != "tcg" || slot < 0 || slot >= len(m.Slots) || m.Slots[slot].ArchID < 255 {
		return nil
	}
	model := cpumodel.For(m.Release()).X86FromType(cpuType)
	has := model != nil && model.X2APIC
	if m.CPUFeaturesOn["x2apic"] {
		has = true
	}
	if m.CPUFeaturesOff["x2apic"] {
		has = false
	}
	if v, ok := own["x2apic"].(bool); ok {
		has = v
	}
	if has {
		return nil
	}
	return &HintError{Msg: fmt.Sprintf("APIC ID %d requires x2APIC feature in CPU", m.Slots[slot].ArchID), Hint: "Try x2apic=on in -cpu.\n"}
}

// HintError is an error with QEMU's hint lines (error_append_hint): HMP and
// stderr print them after the message, QMP leaves them out.
type HintError struct{ Msg, Hint string }

func (e *HintError) Error() string { return e.Msg }

// ErrorHint is the hint text, each line ending in "\n".
func (e *HintError) ErrorHint() string { return e.Hint }

// APICAbort is how QEMU dies when a CPU it must create (at start-up) fails
// apic_common_set_id under &error_abort: stderr before SIGABRT.
func APICAbort(binary, location string, e *HintError) string {
	return "Unexpected error in apic_common_set_id() at hw/intc/apic_common.c:447:\n" + binary + ": " + location + e.Msg + "\n" + e.Hint
}

// withoutDependentWords drops from TCG's warnings the bits of a CPUID word
// whose dependency the CPU lacks (-svm takes the SVM leaf): expanding the
// features clears the model's own bits there silently, before the filter.
func (m *Machine) withoutDependentWords(cpuType string, tcg []string) []string {
	warns := func(word string) bool {
		return slices.ContainsFunc(tcg, func(w string) bool {
			_, label, _ := strings.Cut(w, ": ")
			return strings.HasPrefix(label, word)
		})
	}
	var gone []string
	for _, d := range m.Release().X86FeatureDeps {
		if strings.HasPrefix(d[0], "MSR(") {
			continue
		}
		eax, rest, _ := strings.Cut(d[0], "/")
		_, reg, _ := strings.Cut(rest, ":")
		if len(eax) < 2 {
			eax = "0" + eax
		}
		// The dependency is looked up only for a word a warning names:
		// cpuHas reads the recorded CPU expansions, a large table.
		if word := "CPUID." + eax + "H:" + reg + "."; warns(word) && !m.cpuHas(cpuType, d[1]) {
			gone = append(gone, word)
		}
	}
	if gone == nil {
		return tcg
	}
	out := tcg[:0:0]
	for _, w := range tcg {
		_, label, _ := strings.Cut(w, ": ")
		if !slices.ContainsFunc(gone, func(p string) bool { return strings.HasPrefix(label, p) }) {
			out = append(out, w)
		}
	}
	return out
}
