package machinetype

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// recordedMachines reads the query-machines reply the oracle recorded for a
// binary (../shared/oracle/smp.jsonl, case machines-<target>).
func recordedMachines(t *testing.T, target Target) map[string]map[string]any {
	t.Helper()
	dir := os.Getenv("SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	f, err := os.Open(filepath.Join(dir, "oracle", "smp.jsonl"))
	if err != nil {
		t.Skipf("the oracle is missing (%v): set SHARED to the shared folder", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r struct {
			ID    string
			Steps []struct {
				Return json.RawMessage
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		if r.ID != "machines-"+string(target) {
			continue
		}
		var list []map[string]any
		if err := json.Unmarshal(r.Steps[0].Return, &list); err != nil {
			t.Fatal(err)
		}
		out := map[string]map[string]any{}
		for _, m := range list {
			out[m["name"].(string)] = m
		}
		return out
	}
	t.Fatalf("no machines-%s case in smp.jsonl", target)
	return nil
}

// TestQueryMachinesRows checks a few machine types, both binaries, field by
// field against QEMU's recorded query-machines reply.
func TestQueryMachinesRows(t *testing.T) {
	for _, tc := range []struct {
		target Target
		names  []string
	}{
		{X86_64, []string{"pc-i440fx-7.2", "pc-i440fx-6.1", "pc-i440fx-1.4", "pc-q35-7.2", "pc-q35-2.7", "pc-q35-5.0", "isapc", "none"}},
		{PPC64, []string{"pseries-7.2", "pseries-4.0", "pseries-2.12-sxxm", "pseries-2.7", "pseries-2.6", "40p", "none"}},
	} {
		recorded := recordedMachines(t, tc.target)
		if got, want := len(All(tc.target)), len(recorded); got != want {
			t.Errorf("%s: %d machine types, QEMU lists %d", tc.target, got, want)
		}
		for _, name := range tc.names {
			rec, ok := recorded[name]
			if !ok {
				t.Fatalf("%s: %s not recorded", tc.target, name)
			}
			mt := Lookup(tc.target, name)
			if mt == nil {
				t.Errorf("%s: %s missing", tc.target, name)
				continue
			}
			got := map[string]any{"name": mt.Name, "hotpluggable-cpus": mt.HotpluggableCPUs,
				"numa-mem-supported": mt.NumaMemSupported, "cpu-max": float64(mt.CPUMax), "deprecated": mt.Deprecated}
			if mt.DefaultCPUType != "" {
				got["default-cpu-type"] = mt.DefaultCPUType
			}
			if mt.IsDefault {
				got["is-default"] = true
			}
			if mt.DefaultRAMID != "" {
				got["default-ram-id"] = mt.DefaultRAMID
			}
			if mt.Alias != "" {
				got["alias"] = mt.Alias
			}
			if len(got) != len(rec) {
				t.Errorf("%s: fields %v, QEMU %v", name, got, rec)
			}
			for k, v := range rec {
				if got[k] != v {
					t.Errorf("%s %s = %v, QEMU says %v", name, k, got[k], v)
				}
			}
		}
	}
}
