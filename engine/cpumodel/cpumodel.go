// Package cpumodel resolves -cpu model names for both binaries and knows what
// each x86 model makes QEMU 7.2 print under TCG (recorded per model with the
// real binary: x86_tcg.json, see testdata/oracle/record-x86-models.py).
package cpumodel

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"

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
