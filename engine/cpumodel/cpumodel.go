// Package cpumodel resolves -cpu model names for both binaries and knows what
// each x86 model makes QEMU 7.2 print under TCG (recorded per model with the
// real binary: x86_tcg.json, see testdata/oracle/record-x86-models.py).
package cpumodel

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/helptext"
)

// X86Model is one x86 CPU model.
type X86Model struct {
	Name string
	// Error is QEMU's start-up error for the model under TCG ("host").
	Error string `json:"error"`
	// TCGWarnings are printed once per CPU created, prefixed "warning: ".
	TCGWarnings []string `json:"tcg_warnings"`
	// AMDNoTopoext: AMD vendor without topoext warns about hyperthreading
	// once when threads > 1.
	AMDNoTopoext bool `json:"amd_no_topoext"`
}

//go:embed x86_tcg.json
var x86JSON []byte

var x86Models = map[string]*X86Model{}

// PPCModel is a resolved ppc64 model.
type PPCModel struct{ Name string }

var ppcModels = map[string]string{} // lower-case name or alias -> model name
var ppcOrder []string

// sPAPR core types exist for these models (hw/ppc/spapr_cpu_core.c).
var spaprCores = map[string]bool{}

func init() {
	if err := json.Unmarshal(x86JSON, &x86Models); err != nil {
		panic(err)
	}
	for name, m := range x86Models {
		m.Name = name
	}
	for _, l := range strings.Split(helptext.PPC64CPUHelp, "\n") {
		f := strings.Fields(l)
		if len(f) < 3 || f[0] != "PowerPC" {
			continue
		}
		if f[2] == "PVR" {
			ppcModels[strings.ToLower(f[1])] = f[1]
			ppcOrder = append(ppcOrder, f[1])
		}
	}
	for _, l := range strings.Split(helptext.PPC64CPUHelp, "\n") {
		f := strings.Fields(l)
		if len(f) == 5 && f[0] == "PowerPC" && f[2] == "(alias" {
			ppcModels[strings.ToLower(f[1])] = strings.TrimSuffix(f[4], ")")
		}
	}
	for _, l := range strings.Split(helptext.PPC64DeviceHelp, "\n") {
		if strings.HasPrefix(l, "name \"") && strings.Contains(l, "-spapr-cpu-core\"") {
			n := strings.TrimPrefix(l, "name \"")
			n = n[:strings.Index(n, "-spapr-cpu-core")]
			spaprCores[n] = true
		}
	}
}

// X86 looks up an x86 model by its exact (case-sensitive) name.
func X86(name string) *X86Model { return x86Models[name] }

// X86FromType finds the model of a "<model>-x86_64-cpu" type name.
func X86FromType(typ string) *X86Model {
	if !strings.HasSuffix(typ, "-x86_64-cpu") {
		return nil
	}
	return x86Models[strings.TrimSuffix(typ, "-x86_64-cpu")]
}

// X86Names lists every x86 model name.
func X86Names() []string {
	var l []string
	for _, line := range strings.Split(helptext.X86CPUHelp, "\n") {
		if strings.HasPrefix(line, "x86 ") {
			l = append(l, strings.Fields(line)[1])
		}
	}
	return l
}

// PPC resolves a ppc64 model name case-insensitively, aliases included.
func PPC(name string) (string, bool) {
	m, ok := ppcModels[strings.ToLower(name)]
	return m, ok
}

// HasSPAPRCore says whether a resolved ppc64 model can be a pseries core.
func HasSPAPRCore(model string) bool { return spaprCores[model] }

// SPAPRCoreTypes lists "<model>-spapr-cpu-core" types.
func SPAPRCoreTypes() []string {
	var l []string
	for _, line := range strings.Split(helptext.PPC64DeviceHelp, "\n") {
		if strings.HasPrefix(line, "name \"") && strings.Contains(line, "-spapr-cpu-core\"") {
			l = append(l, strings.Trim(strings.TrimPrefix(line, "name "), "\""))
		}
	}
	return l
}

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
// recorded model).
var tcgWordOrder = []string{"CPUID.01H:EDX", "CPUID.01H:ECX", "CPUID.07H:EBX", "CPUID.07H:ECX", "CPUID.07H:EDX",
	"CPUID.07H:EAX", "CPUID.80000001H:EDX", "CPUID.80000001H:ECX", "CPUID.80000007H:EDX", "CPUID.80000008H:EBX",
	"CPUID.C0000001H:EDX", "CPUID.8000000AH:EDX", "CPUID.0DH:EAX", "CPUID.06H:EAX", "MSR(10AH)", "MSR(CFH)"}

const tcgWarningPrefix = "TCG doesn't support requested feature: "

// tcgFeature splits a TCG warning into its feature name and sort key.
func tcgFeature(w string) (name string, key int, ok bool) {
	rest, found := strings.CutPrefix(w, tcgWarningPrefix)
	if !found {
		return "", 0, false
	}
	label, bit, found := strings.Cut(rest, " [bit ")
	if !found {
		return "", 0, false
	}
	dot := strings.LastIndexByte(label, '.')
	if dot < 0 {
		return "", 0, false
	}
	word := slices.Index(tcgWordOrder, label[:dot])
	b, err := strconv.Atoi(strings.TrimSuffix(bit, "]"))
	if word < 0 || err != nil {
		return "", 0, false
	}
	return label[dot+1:], word*64 + b, true
}

// tcgLacks maps a feature TCG does not support to its warning (the union of
// every recorded model's warnings).
var tcgLacks = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, m := range x86Models {
		for _, w := range m.TCGWarnings {
			if name, _, ok := tcgFeature(w); ok {
				out[name] = w
			}
		}
	}
	return out
})

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
	for name := range on {
		if w, ok := tcgLacks()[name]; ok && !have[name] {
			_, key, _ := tcgFeature(w)
			ws = append(ws, warning{w, key})
		}
	}
	slices.SortStableFunc(ws, func(a, b warning) int { return a.key - b.key })
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}
