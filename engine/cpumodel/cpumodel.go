// Package cpumodel resolves -cpu model names for both binaries and knows what
// each x86 model makes QEMU print under TCG (recorded per model and release
// with the real binary: the release's x86_64-tcg.json, see
// testdata/oracle/record-x86-models.py).
package cpumodel

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/release"
)

// X86Model is one x86 CPU model.
type X86Model struct {
	Name string
	// Error is QEMU's start-up error for the model under TCG ("host").
	Error string
	// TCGWarnings are printed once per CPU created, prefixed "warning: ".
	TCGWarnings []string
	// AMDNoTopoext: AMD vendor without topoext warns about hyperthreading
	// once when threads > 1.
	AMDNoTopoext bool
	// X2APIC: the CPU as created under TCG has the x2apic feature.
	X2APIC bool
	models *Models
}

// Models are one release's CPU models: the names its `-cpu help` lists, the
// sPAPR core types its `-device help` lists, and what each x86 model prints
// under TCG (the release's x86_64-tcg.json, recorded per model).
type Models struct {
	ppc        map[string]string // lower-case name or alias -> model name
	pvr        map[string]uint64 // model name -> its PVR
	spaprCores map[string]bool   // models that have a sPAPR core type
	coreTypes  []string

	// The x86 part is read on first use: a pseries machine never needs it,
	// and its tables are the larger part (decoding them took ~40 ms of a
	// 4096-CPU pseries start in the browser).
	rel       *release.Release
	x86Once   sync.Once
	x86Models x86Models

	vmxOnce sync.Once
	vmx     map[string][]string // model -> what its own VMX capabilities warn once vmx is on

	msrOnce sync.Once
	msr     map[string][]MSRBit // MSR-word flag -> its bits
}

// MSRBit is a -cpu flag's bit in an MSR feature word ("MSR(48CH)", 0-63),
// and whether TCG lacks it.
type MSRBit struct {
	Word     string
	Bit      uint
	TCGLacks bool
}

// MSRBits are an MSR-word flag's bits (by its canonical name; none for
// a CPUID flag): the release's msr-features-x86_64.txt
// (record_msr_features.py), read on first use.
func (ms *Models) MSRBits(name string) []MSRBit { return ms.msrBits()[name] }

func (ms *Models) msrBits() map[string][]MSRBit {
	ms.msrOnce.Do(func() {
		ms.msr = map[string][]MSRBit{}
		for _, line := range strings.Split(ms.rel.Text("msr-features-x86_64.txt"), "\n") {
			f := strings.Split(line, "\t") // flag, word, bit[, tcg-lacks]
			if len(f) < 3 {
				continue
			}
			if bit, err := strconv.Atoi(f[2]); err == nil {
				ms.msr[f[0]] = append(ms.msr[f[0]], MSRBit{f[1], uint(bit), len(f) > 3 && f[3] == "tcg-lacks"})
			}
		}
	})
	return ms.msr
}

// vmxDefaults are the TCG warnings a model's own VMX capabilities add once
// -cpu turns vmx on (x86_64-vmx-defaults.json, record_vmx_defaults.py: a
// model keeps its MSR feature words' defaults only with vmx, and TCG lacks
// them all), in QEMU's order; read the first time vmx is on.
func (ms *Models) vmxDefaults(model string) []string {
	ms.vmxOnce.Do(func() {
		var rec struct {
			Lines  []string
			Models map[string][]int
		}
		ms.vmx = map[string][]string{}
		if json.Unmarshal([]byte(ms.rel.Text("x86_64-vmx-defaults.json")), &rec) != nil {
			return
		}
		for m, ids := range rec.Models {
			for _, i := range ids {
				if i >= 0 && i < len(rec.Lines) {
					ms.vmx[m] = append(ms.vmx[m], rec.Lines[i])
				}
			}
		}
	})
	return ms.vmx[model]
}

// vmxWordOff says whether turning a VMX feature off clears a whole MSR
// word (or half) of a model's defaults with it (measured: the secondary
// controls take the EPT/VPID capabilities and VM functions along).
func vmxWordOff(off map[string]bool, word string, bit int) bool {
	switch word {
	case "MSR(48BH)":
		// Unrestricted guests need EPT (measured).
		return off["vmx-secondary-ctls"] || bit == 7 && off["vmx-ept"]
	case "MSR(48CH)":
		return off["vmx-secondary-ctls"] || bit < 32 && off["vmx-ept"] || bit >= 32 && off["vmx-vpid"]
	case "MSR(491H)":
		return off["vmx-secondary-ctls"] || off["vmx-vmfunc"]
	}
	return false
}

type x86Models struct {
	byName   map[string]*X86Model
	names    []string
	tcgLacks map[string]string // feature -> its TCG warning
}

var byRelease sync.Map // *release.Release -> *Models

// For is a release's CPU models, built on first use.
func For(rel *release.Release) *Models {
	if m, ok := byRelease.Load(rel); ok {
		return m.(*Models)
	}
	m, _ := byRelease.LoadOrStore(rel, build(rel))
	return m.(*Models)
}

// PVR is a PowerPC model's processor version, as -cpu help lists it.
func (ms *Models) PVR(model string) (uint64, bool) {
	v, ok := ms.pvr[model]
	return v, ok
}

// x86 is the release's x86 models, read on first use.
func (ms *Models) x86() *x86Models {
	ms.x86Once.Do(func() { ms.x86Models = buildX86(ms.rel, ms) })
	return &ms.x86Models
}

func buildX86(rel *release.Release, ms *Models) x86Models {
	x := x86Models{byName: map[string]*X86Model{}, tcgLacks: map[string]string{}}
	recorded, err := decodeTCG(rel.Text("x86_64-tcg.json"))
	if err != nil {
		panic("cpumodel: " + rel.Name + "/x86_64-tcg.json: " + err.Error()) // a build-time fact, checked by the tests
	}
	models, _, _ := strings.Cut(rel.Text("x86_64-cpu-help.txt"), "\n\n")
	for _, line := range strings.Split(models, "\n")[1:] {
		// 7.2 lists "x86 NAME  NOTE", 10.0 "  NAME  NOTE".
		f := strings.Fields(line)
		if len(f) > 1 && f[0] == "x86" {
			f = f[1:]
		}
		if len(f) == 0 {
			continue
		}
		name := f[0]
		m := recorded[name]
		if m == nil {
			m = &X86Model{}
		}
		m.Name, m.models = name, ms
		x.byName[name] = m
		x.names = append(x.names, name)
		for _, w := range m.TCGWarnings {
			if f, _, ok := tcgFeature(w); ok {
				x.tcgLacks[f] = w
			}
		}
	}
	// Every feature TCG lacks, as -cpu qemu64,<feature>=on reports it
	// (testdata/oracle/record-tcg-features.py), beside what the models showed.
	if err := decodeStrings(rel.Text("x86_64-tcg-features.json"), x.tcgLacks); err != nil {
		panic("cpumodel: " + rel.Name + "/x86_64-tcg-features.json: " + err.Error()) // a build-time fact, checked by the tests
	}
	// MSR-word flags TCG lacks (record_msr_features.py, with what their
	// words need turned on: the run above cleared many of them first). A
	// flag of two bits warns once for each, one warning a line.
	for name, bits := range ms.msrBits() {
		var ws []string
		for _, b := range bits {
			if b.TCGLacks {
				ws = append(ws, tcgWarningPrefix+b.Word+"."+name+" [bit "+strconv.FormatUint(uint64(b.Bit), 10)+"]")
			}
		}
		if len(ws) > 0 {
			x.tcgLacks[name] = strings.Join(ws, "\n")
		}
	}
	return x
}

func build(rel *release.Release) *Models {
	ms := &Models{rel: rel, ppc: map[string]string{}, pvr: map[string]uint64{}, spaprCores: map[string]bool{}}
	// 7.2 lists "PowerPC NAME PVR ..." and "PowerPC NAME (alias for X)",
	// 10.0 the same without "PowerPC".
	var ppcHelp [][]string
	for _, l := range strings.Split(rel.Text("ppc64-cpu-help.txt"), "\n") {
		f := strings.Fields(l)
		if len(f) > 0 && f[0] == "PowerPC" {
			f = f[1:]
		}
		ppcHelp = append(ppcHelp, f)
	}
	for _, f := range ppcHelp {
		if len(f) >= 2 && f[1] == "PVR" {
			ms.ppc[strings.ToLower(f[0])] = f[0]
			if len(f) == 3 {
				if v, err := strconv.ParseUint(f[2], 16, 64); err == nil {
					ms.pvr[f[0]] = v
				}
			}
		}
	}
	for _, f := range ppcHelp {
		if len(f) == 4 && f[1] == "(alias" {
			ms.ppc[strings.ToLower(f[0])] = strings.TrimSuffix(f[3], ")")
		}
	}
	for _, l := range strings.Split(rel.Text("ppc64-device-help.txt"), "\n") {
		if strings.HasPrefix(l, "name \"") && strings.Contains(l, "-spapr-cpu-core\"") {
			typ := strings.TrimPrefix(l, "name \"")
			typ = typ[:strings.IndexByte(typ, '"')]
			ms.coreTypes = append(ms.coreTypes, typ)
			ms.spaprCores[strings.TrimSuffix(typ, "-spapr-cpu-core")] = true
		}
	}
	return ms
}

// X86 looks up an x86 model by its exact (case-sensitive) name.
func (ms *Models) X86(name string) *X86Model { return ms.x86().byName[name] }

// X86FromType finds the model of a "<model>-x86_64-cpu" type name.
func (ms *Models) X86FromType(typ string) *X86Model {
	if !strings.HasSuffix(typ, "-x86_64-cpu") {
		return nil
	}
	return ms.x86().byName[strings.TrimSuffix(typ, "-x86_64-cpu")]
}

// X86Names lists every x86 model name, in `-cpu help` order.
func (ms *Models) X86Names() []string { return ms.x86().names }

// PPC resolves a ppc64 model name case-insensitively, aliases included.
func (ms *Models) PPC(name string) (string, bool) {
	m, ok := ms.ppc[strings.ToLower(name)]
	return m, ok
}

// HasSPAPRCore says whether a resolved ppc64 model can be a pseries core.
func (ms *Models) HasSPAPRCore(model string) bool { return ms.spaprCores[model] }

// SPAPRCoreTypes lists "<model>-spapr-cpu-core" types, in `-device help` order.
func (ms *Models) SPAPRCoreTypes() []string { return ms.coreTypes }

// SplitCPUOption splits "-cpu model,feature,..." into the model and the rest.
func SplitCPUOption(arg string) (model, features string) {
	if i := strings.IndexByte(arg, ','); i >= 0 {
		return arg[:i], arg[i+1:]
	}
	return arg, ""
}

// UnknownModel is QEMU's error for a model it cannot find.
func UnknownModel(name string) error { return fmt.Errorf("unable to find CPU model '%s'", name) }

// tcgWordOrder is QEMU's FeatureWord order, by the label TCG's warnings
// print: warnings come word by word, bits ascending (checked against every
// recorded model; the MSR words measured with one -cpu line turning on a
// flag of each).
var tcgWordOrder = []string{"CPUID.01H:EDX", "CPUID.01H:ECX", "CPUID.07H:EBX", "CPUID.07H:ECX", "CPUID.07H:EDX",
	"CPUID.07H:EAX", "CPUID.80000001H:EDX", "CPUID.80000001H:ECX", "CPUID.80000007H:EDX", "CPUID.80000008H:EBX",
	"CPUID.C0000001H:EDX", "CPUID.8000000AH:EDX", "CPUID.0DH:EAX", "CPUID.06H:EAX", "MSR(10AH)", "MSR(CFH)",
	"MSR(345H)", "MSR(48EH)", "MSR(48BH)", "MSR(48DH)", "MSR(48FH)", "MSR(490H)", "MSR(485H)", "MSR(48CH)",
	"MSR(480H)", "MSR(491H)"}

const tcgWarningPrefix = "TCG doesn't support requested feature: "

// tcgFeature splits a TCG warning into its feature name and sort key.
func tcgFeature(w string) (name string, key int, ok bool) {
	name, word, b, ok := tcgBit(w)
	return name, slices.Index(tcgWordOrder, word)*64 + b, ok
}

// tcgBit splits a TCG warning into its feature name, word label and bit. A
// bit QEMU has no name for prints as "MSR(48CH) [bit 14]": its name is "".
func tcgBit(w string) (name, word string, bit int, ok bool) {
	rest, found := strings.CutPrefix(w, tcgWarningPrefix)
	if !found {
		return "", "", 0, false
	}
	label, bits, found := strings.Cut(rest, " [bit ")
	if !found {
		return "", "", 0, false
	}
	word = label
	if dot := strings.LastIndexByte(label, '.'); dot >= 0 && !strings.HasSuffix(label, ")") {
		word, name = label[:dot], label[dot+1:]
	}
	b, err := strconv.Atoi(strings.TrimSuffix(bits, "]"))
	if !slices.Contains(tcgWordOrder, word) || err != nil {
		return "", "", 0, false
	}
	return name, word, b, true
}

// TCGWarningsWith is the model's TCG warnings after -cpu turned features on
// or off, in QEMU's order. A feature turned on that no recording shows TCG
// lacking is taken as supported.
func (m *X86Model) TCGWarningsWith(on, off map[string]bool) []string {
	if len(on) == 0 && len(off) == 0 {
		return m.TCGWarnings
	}
	type warning struct {
		text string
		key  int
	}
	var ws []warning
	have := map[string]bool{}
	for _, w := range m.TCGWarnings {
		name, key, _ := tcgFeature(w)
		if off[name] {
			continue
		}
		have[name] = true
		ws = append(ws, warning{w, key})
	}
	if on["vmx"] && !off["vmx"] {
		var names []string
		for _, w := range m.models.vmxDefaults(m.Name) {
			name, word, bit, _ := tcgBit(w)
			if name != "" && (off[name] || have[name]) || vmxWordOff(off, word, bit) {
				continue
			}
			names = append(names, name)
			_, key, _ := tcgFeature(w)
			ws = append(ws, warning{w, key})
		}
		for _, n := range names { // after: a flag of two bits warns twice
			have[n] = true
		}
	}
	for name, isOn := range on {
		if text, ok := m.models.x86().tcgLacks[name]; ok && isOn && !have[name] {
			for _, w := range strings.Split(text, "\n") {
				_, key, _ := tcgFeature(w)
				ws = append(ws, warning{w, key})
			}
		}
	}
	slices.SortStableFunc(ws, func(a, b warning) int { return a.key - b.key })
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// VMXDefault says whether one of the model's own VMX capabilities (the
// ones it keeps once vmx is on) is the flag name, with the features -cpu
// turned off taking what needs them along.
func (m *X86Model) VMXDefault(name string, off map[string]bool) bool {
	for _, w := range m.models.vmxDefaults(m.Name) {
		if n, word, bit, _ := tcgBit(w); n == name && !off[name] && !vmxWordOff(off, word, bit) {
			return true
		}
	}
	return false
}

var x86PropsByRelease sync.Map // *release.Release -> map[string]string

// X86Props are qemu64-x86_64-cpu's properties in a release (name ->
// "<type>"); bool ones are features.
func X86Props(rel *release.Release) map[string]string {
	if p, ok := x86PropsByRelease.Load(rel); ok {
		return p.(map[string]string)
	}
	props := map[string]string{}
	for _, l := range strings.Split(rel.Text("qemu64-x86_64-cpu-props.txt"), "\n") {
		if name, typ, ok := strings.Cut(strings.TrimSpace(l), "="); ok {
			props[name], _, _ = strings.Cut(typ, " ")
		}
	}
	p, _ := x86PropsByRelease.LoadOrStore(rel, props)
	return p.(map[string]string)
}

// TCGLacks says whether a recording shows TCG lacking the feature (so that
// a CPU given it has it filtered away).
func (ms *Models) TCGLacks(feature string) bool {
	_, ok := ms.x86().tcgLacks[feature]
	return ok
}

// FilteredNames are the features a model's TCG warnings name, in their
// order (unavailable-features lists them so).
func FilteredNames(warnings []string) []string {
	var out []string
	for _, w := range warnings {
		if name, _, ok := tcgFeature(w); ok {
			out = append(out, name)
		}
	}
	return out
}
