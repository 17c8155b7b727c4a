package machine

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/qom"
)

// What x86_cpu_expand_features makes of the features -cpu turned on, before
// TCG filters them: a feature whose CPUID word depends on a feature the CPU
// lacks is cleared with a warning, and the rest raise the CPU's minimum
// CPUID levels to their leaves (measured with -cpu 486,+<feature>).

// cpuHas says whether an x86 CPU of cpuType has feature once -cpu's changes
// apply (the boot CPU's recorded value otherwise).
func (m *Machine) cpuHas(cpuType, feature string) bool {
	rel := m.Release()
	name := qom.Canonical(rel, feature)
	for f, off := range m.CPUFeaturesOff {
		if off && qom.Canonical(rel, f) == name {
			return false
		}
	}
	for f, on := range m.CPUFeaturesOn {
		if on && qom.Canonical(rel, f) == name {
			return true
		}
	}
	if on, ok := m.compatFeature(cpuType, name); ok {
		return on
	}
	models := cpumodel.For(rel)
	if len(models.MSRBits(name)) > 0 {
		// A VMX control: the model's own, once vmx is on (its expansion
		// under TCG has them cleared with vmx).
		model := models.X86FromType(cpuType)
		return model != nil && m.cpuHas(cpuType, "vmx") && model.VMXDefault(name, m.cpuFeaturesOffCanonical())
	}
	// A CPUID flag: the model's own (its recorded expansion), else the
	// type's recorded QOM value.
	if on, ok := cpumodel.ExpansionFor(rel).ModelFeature(strings.TrimSuffix(cpuType, "-x86_64-cpu"), name); ok {
		return on
	}
	v, _ := qom.RecordedValue(rel, string(m.Target), "cpu:"+cpuType, name)
	return v == true
}

// PhysBits is an x86 CPU's physical address width under TCG, as
// x86_cpu_realizefn sets it: 40 with long mode; without, 36 with PSE-36
// (or PAE, in the releases that count it), else 32.
func (m *Machine) PhysBits(cpuType string) int {
	switch {
	case m.cpuHas(cpuType, "lm"):
		return 40
	case m.cpuHas(cpuType, "pse36") || m.Release().X86PhysBits32 && m.cpuHas(cpuType, "pae"):
		return 36
	}
	return 32
}

// KVMLeafFeature says whether feature is a bit of KVM's CPUID leaves
// (0x40000001 FEAT_KVM and FEAT_KVM_HINTS: kvmclock, kvm-pv-eoi, ...,
// kvm-hint-dedicated), which an accelerator other than KVM drops without a
// word (TCG_KVM_FEATURES is 0 and the filter does not warn about them).
// "kvm" itself, kvm-pv-enforce-cpuid and kvm-no-smi-migration are plain
// properties.
func (m *Machine) KVMLeafFeature(cpuType, feature string) bool {
	name := qom.Canonical(m.Release(), feature)
	if m.Accel == "kvm" || name == "kvm-pv-enforce-cpuid" || name == "kvm-no-smi-migration" {
		return false
	}
	return strings.HasPrefix(name, "kvm-") || strings.HasPrefix(name, "kvmclock")
}

// cpuidWord names a feature bit's CPUID word as the release tables do:
// "EAX/ECX:REG", ECX "-" where the leaf has none.
func cpuidWord(b qom.FeatureBit) string {
	ecx := "-"
	if b.ECX >= 0 {
		ecx = strconv.FormatInt(b.ECX, 16)
	}
	return fmt.Sprintf("%X/%s:%s", b.EAX, ecx, b.Reg)
}

// CPUFeatureBits are the CPUID bits a feature sets on an x86 CPU of
// cpuType: an Intel CPU does not mirror CPUID 1's EDX bits in
// 0x80000001's as AMD's do.
func (m *Machine) CPUFeatureBits(cpuType, feature string) []qom.FeatureBit {
	rel := m.Release()
	vendor, _ := qom.RecordedValue(rel, string(m.Target), "cpu:"+cpuType, "vendor")
	bits := qom.FeatureBits(rel, feature)
	var out []qom.FeatureBit
	for _, b := range bits {
		if len(bits) > 1 && b.EAX == 0x80000001 && b.Reg == "EDX" && vendor != "AuthenticAMD" {
			continue
		}
		out = append(out, b)
	}
	return out
}

// userFeatureBits are the CPUID bits of the features -cpu turned on (a
// feature -cpu also turned off is off), by feature.
func (m *Machine) userFeatureBits(cpuType string) map[string][]qom.FeatureBit {
	rel := m.Release()
	out := map[string][]qom.FeatureBit{}
	for f, on := range m.CPUFeaturesOn {
		if on && !m.CPUFeaturesOff[f] {
			name := qom.Canonical(rel, f)
			out[name] = append(out[name], m.CPUFeatureBits(cpuType, f)...)
		}
	}
	return out
}

// depCovers says whether a dependency table entry's word ("14/0:ECX",
// "MSR(10AH)", or "MSR(48CH)/32-63" for some bits of one) holds a bit.
func depCovers(entry, word string, bit uint) bool {
	w, bits, ranged := strings.Cut(entry, "/")
	if !ranged || !strings.HasPrefix(w, "MSR(") {
		return entry == word
	}
	lo, hi, _ := strings.Cut(bits, "-")
	l, _ := strconv.Atoi(lo)
	h, _ := strconv.Atoi(hi)
	return w == word && int(bit) >= l && int(bit) <= h
}

// CPUDependencyCleared are the features -cpu turned on that expanding the
// features clears because their word (or their bits of it) needs a feature
// the CPU lacks, and the warning each prints, in QEMU's order: the
// release's dependency table in order, a feature cleared by one entry
// missing for the entries after it (vmx-secondary-ctls without vmx takes
// the secondary controls' flags with it), bits ascending within an entry.
func (m *Machine) CPUDependencyCleared(cpuType string) (cleared map[string]bool, warnings []string) {
	if m.IsSPAPR() || len(m.CPUFeaturesOn) == 0 {
		return nil, nil
	}
	rel := m.Release()
	type bit struct {
		feature, word, label string // label: the warning's "CPUID.14H:ECX" or "MSR(10AH)"
		bit                  uint
		name                 string // as the warning names it
	}
	var bits []bit
	for f, bs := range m.userFeatureBits(cpuType) {
		for _, b := range bs {
			bits = append(bits, bit{f, cpuidWord(b), fmt.Sprintf("CPUID.%02XH:%s", b.EAX, b.Reg), b.Bit, f})
		}
	}
	models := cpumodel.For(rel)
	for f, on := range m.CPUFeaturesOn {
		if !on || m.CPUFeaturesOff[f] {
			continue
		}
		name := qom.Canonical(rel, f)
		for _, b := range models.MSRBits(name) {
			bits = append(bits, bit{f, b.Word, b.Word, b.Bit, name})
		}
	}
	sort.Slice(bits, func(i, j int) bool {
		if bits[i].bit != bits[j].bit {
			return bits[i].bit < bits[j].bit
		}
		return bits[i].feature < bits[j].feature
	})
	gone := map[string]bool{} // canonical names of what earlier entries cleared
	left := map[string]int{}  // a feature's bits not cleared yet
	warned := map[bit]bool{}
	for _, b := range bits {
		left[b.feature]++
	}
	for _, d := range rel.X86FeatureDeps {
		if m.cpuHas(cpuType, d[1]) && !gone[qom.Canonical(rel, d[1])] {
			continue
		}
		for _, b := range bits {
			if !depCovers(d[0], b.word, b.bit) {
				continue
			}
			if warned[b] { // cleared by an earlier entry: no longer set
				continue
			}
			warned[b] = true
			// A flag of two bits may lose one (vmx-invept-single-context's
			// VPID half): TCG's filter still sees the other.
			if left[b.feature]--; left[b.feature] == 0 {
				if cleared == nil {
					cleared = map[string]bool{}
				}
				cleared[b.feature] = true
			}
			gone[qom.Canonical(rel, b.feature)] = true
			warnings = append(warnings, dependencyWarning+fmt.Sprintf("%s.%s [bit %d]", b.label, b.name, b.bit))
		}
	}
	return cleared, warnings
}

const dependencyWarning = "This feature depends on other features that were not requested: "

// withoutClearedBits drops from TCG's warnings the bits expanding the
// features cleared (of a flag that kept another bit).
func withoutClearedBits(tcg, dependency []string) []string {
	drop := map[string]bool{}
	for _, w := range dependency {
		drop[strings.TrimPrefix(w, dependencyWarning)] = true
	}
	out := tcg[:0:0]
	for _, w := range tcg {
		if _, label, ok := strings.Cut(w, ": "); !ok || !drop[label] {
			out = append(out, w)
		}
	}
	return out
}

// CPUCompatValue is a CPU property as the machine type's compat properties
// set it on cpuType (x86_64-cpu's or the type's own entries, the last one
// winning), as the table gives it; ok is false when they leave it alone.
func (m *Machine) CPUCompatValue(cpuType, prop string) (value string, ok bool) {
	rel := m.Release()
	name := qom.Canonical(rel, prop)
	for _, g := range m.CPUCompat {
		if (g[0] == "x86_64-cpu" || g[0] == cpuType) && qom.Canonical(rel, g[1]) == name {
			value, ok = g[2], true
		}
	}
	return value, ok
}

// compatFeature is a CPU flag the machine type's compat properties set on
// cpuType; ok is false when they leave it alone.
func (m *Machine) compatFeature(cpuType, name string) (on, ok bool) {
	switch v, _ := m.CPUCompatValue(cpuType, name); v {
	case "on", "true", "yes":
		return true, true
	case "off", "false", "no":
		return false, true
	}
	return false, false
}

// cpuLevelBase is each CPUID level property's minimum: a level not set
// explicitly is its minimum once the features raised it. (level-func7's
// minimum is no property: the boot CPU's recorded value is the model's.)
var cpuLevelBase = map[string]string{"min-level": "min-level", "level": "min-level", "min-xlevel": "min-xlevel",
	"xlevel": "min-xlevel", "min-xlevel2": "min-xlevel2", "xlevel2": "min-xlevel2", "level-func7": "level-func7"}

// CPULevel is an x86 CPU's CPUID level property (level, min-level, xlevel,
// min-xlevel, xlevel2, min-xlevel2, level-func7) once its features are
// expanded; ok is false for any other property.
func (m *Machine) CPULevel(cpuType, prop string) (v uint64, ok bool) {
	minProp, ok := cpuLevelBase[prop]
	if !ok || m.IsSPAPR() {
		return 0, false
	}
	rel := m.Release()
	setting := func(p string) (string, bool) {
		if s, ok := m.CPUSettings[p]; ok {
			return s, true
		}
		return m.CPUCompatValue(cpuType, p)
	}
	value := func(p string) uint64 {
		if s, ok := setting(p); ok {
			n, _ := strconv.ParseUint(s, 0, 64)
			return n
		}
		r, _ := qom.RecordedValue(rel, string(m.Target), "cpu:"+cpuType, p)
		n, _ := r.(json.Number)
		u, _ := strconv.ParseUint(string(n), 10, 64)
		return u
	}
	if _, set := setting(prop); set && !strings.HasPrefix(prop, "min-") {
		return value(prop), true
	}
	lowest := value(minProp)
	raise := func(to uint64) { lowest = max(lowest, to) }
	auto := m.cpuHas(cpuType, "full-cpuid-auto-level")
	cleared, _ := m.CPUDependencyCleared(cpuType)
	for f, bits := range m.userFeatureBits(cpuType) {
		if cleared[f] {
			continue
		}
		for _, b := range bits {
			w := cpuidWord(b)
			if w != "7/0:EBX" && (!auto || !slices.Contains(rel.X86AutoLevelWords, w)) {
				continue
			}
			region := map[int64]string{0: "min-level", 0x80000000: "min-xlevel", 0xC0000000: "min-xlevel2"}[b.EAX&0xF0000000]
			if region == minProp {
				raise(uint64(b.EAX))
			}
			if b.EAX == 7 && minProp == "level-func7" {
				raise(uint64(b.ECX))
			}
		}
	}
	if auto {
		switch minProp {
		case "min-level":
			// Intel PT needs leaf 0x14, a topology of dies (or 10.0's
			// modules) leaf 0x1F.
			if m.CPUFeaturesOn["intel-pt"] && !m.CPUFeaturesOff["intel-pt"] && m.cpuHas(cpuType, "x-intel-pt-auto-level") {
				raise(0x14)
			}
			if m.Topology.Dies > 1 || m.Topology.Modules > 1 {
				raise(0x1F)
			}
		case "min-xlevel":
			if m.CPUFeaturesOn["svm"] && !m.CPUFeaturesOff["svm"] {
				raise(0x8000000A)
			}
		}
	}
	return lowest, true
}

// cpuFeaturesOffCanonical are the features -cpu turned off, by canonical name.
func (m *Machine) cpuFeaturesOffCanonical() map[string]bool {
	off := map[string]bool{}
	for f, v := range m.CPUFeaturesOff {
		if v {
			off[qom.Canonical(m.Release(), f)] = true
		}
	}
	return off
}

// CPUPropertyOn says whether a boolean x86 CPU property (a hv-* one, say)
// is on for cpuType as -cpu and -global set it: the last setting wins,
// "hv_x" standing for "hv-x" as x86_cpu_parse_featurestr reads it.
func (m *Machine) CPUPropertyOn(cpuType, prop string) bool {
	on := false
	set := func(k, v string) {
		if strings.ReplaceAll(k, "_", "-") == prop {
			on = v == "on" || v == "true" || v == "yes" || v == ""
		}
	}
	for _, g := range m.CPUGlobals {
		if g[0] == "x86_64-cpu" || g[0] == cpuType {
			set(g[1], g[2])
		}
	}
	for k, v := range m.CPUSettings {
		set(k, v)
	}
	for k := range m.CPUFeaturesOn {
		set(k, "on")
	}
	return on
}
