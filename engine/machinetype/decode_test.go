package machinetype

import (
	"encoding/json"
	"testing"

	"hotpluglab/engine/release"
)

// decodeMachines reads every recorded query-machines reply as encoding/json
// reads it (the struct below carries the QMP member names).
func TestDecodeMachinesMatchesJSON(t *testing.T) {
	type qmpMachine struct {
		Name             string `json:"name"`
		Alias            string `json:"alias"`
		IsDefault        bool   `json:"is-default"`
		CPUMax           int    `json:"cpu-max"`
		DefaultCPUType   string `json:"default-cpu-type"`
		HotpluggableCPUs bool   `json:"hotpluggable-cpus"`
		Deprecated       bool   `json:"deprecated"`
		NumaMemSupported bool   `json:"numa-mem-supported"`
		DefaultRAMID     string `json:"default-ram-id"`
		ACPI             *bool  `json:"acpi"`
	}
	for _, rel := range release.All() {
		for _, target := range []Target{X86_64, PPC64} {
			text := rel.Text(string(target) + "-machines.json")
			var want []qmpMachine
			if err := json.Unmarshal([]byte(text), &want); err != nil {
				t.Fatal(err)
			}
			got, err := decodeMachines(text)
			if err != nil {
				t.Fatalf("%s %s: %v", rel.Name, target, err)
			}
			if len(got) != len(want) || len(got) < 10 {
				t.Fatalf("%s %s: %d machines, want %d", rel.Name, target, len(got), len(want))
			}
			for i, w := range want {
				g := got[i]
				h := qmpMachine{g.Name, g.Alias, g.IsDefault, g.CPUMax, g.DefaultCPUType, g.HotpluggableCPUs, g.Deprecated, g.NumaMemSupported, g.DefaultRAMID, g.ACPI}
				if (h.ACPI == nil) != (w.ACPI == nil) || h.ACPI != nil && *h.ACPI != *w.ACPI {
					t.Errorf("%s %s %s: acpi %v, want %v", rel.Name, target, w.Name, h.ACPI, w.ACPI)
				}
				h.ACPI, w.ACPI = nil, nil
				if h != w {
					t.Errorf("%s %s: %+v, want %+v", rel.Name, target, h, w)
				}
			}
		}
	}
	for _, bad := range []string{"", "{}", "[1]", `[{"cpu-max": "x"}]`, "[{"} {
		if _, err := decodeMachines(bad); err == nil {
			t.Errorf("decodeMachines(%q): no error", bad)
		}
	}
}
