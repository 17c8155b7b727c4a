package machine

import (
	"fmt"

	"hotpluglab/engine/cpumodel"
)

// CPUCreateWarnings is what creating one x86 CPU of the given type prints
// (without the "<binary>: warning: " prefix): the AMD hyperthreading warning
// once per process when threads > 1, and under TCG one line per feature the
// model asks for and TCG lacks.
func (m *Machine) CPUCreateWarnings(cpuType string) []string {
	if m.IsSPAPR() {
		return nil
	}
	model := cpumodel.For(m.Release()).X86FromType(cpuType)
	if model == nil {
		return nil
	}
	// Features are filtered (TCG warnings) before the topology check
	// (measured: -cpu qemu64,+topoext with threads=2 prints topoext first).
	var w []string
	if m.Accel == "tcg" {
		w = append(w, model.TCGWarningsWith(m.CPUFeaturesOn, m.CPUFeaturesOff)...)
	}
	if model.AMDNoTopoext && m.Topology.Threads > 1 && m.Extra["amd-ht-warned"] == nil {
		m.Extra["amd-ht-warned"] = true
		w = append(w, fmt.Sprintf(m.Release().AMDHyperthreadingWarning, m.Topology.Threads))
	}
	return w
}
