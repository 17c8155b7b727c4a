package cpumodel

import (
	"encoding/json"
	"reflect"
	"testing"

	"hotpluglab/engine/release"
)

// The hand-written decoders read every recorded table as encoding/json does.
func TestDecodeMatchesJSON(t *testing.T) {
	type tcg struct {
		Error        string   `json:"error"`
		TCGWarnings  []string `json:"tcg_warnings"`
		AMDNoTopoext bool     `json:"amd_no_topoext"`
		X2APIC       bool     `json:"x2apic"`
	}
	for _, rel := range release.All() {
		text := rel.Text("x86_64-tcg.json")
		var want map[string]tcg
		if err := json.Unmarshal([]byte(text), &want); err != nil {
			t.Fatal(err)
		}
		got, err := decodeTCG(text)
		if err != nil || len(got) != len(want) || len(got) < 50 {
			t.Fatalf("%s: %d models (%v), want %d", rel.Name, len(got), err, len(want))
		}
		for name, w := range want {
			g := got[name]
			if g == nil {
				t.Fatalf("%s: %s missing", rel.Name, name)
			}
			h := tcg{g.Error, g.TCGWarnings, g.AMDNoTopoext, g.X2APIC}
			if len(w.TCGWarnings) == 0 {
				w.TCGWarnings = nil
			}
			if !reflect.DeepEqual(h, w) {
				t.Errorf("%s %s: %+v, want %+v", rel.Name, name, h, w)
			}
		}
		text = rel.Text("x86_64-tcg-features.json")
		var wantLacks map[string]string
		if err := json.Unmarshal([]byte(text), &wantLacks); err != nil {
			t.Fatal(err)
		}
		gotLacks := map[string]string{}
		if err := decodeStrings(text, gotLacks); err != nil || !reflect.DeepEqual(gotLacks, wantLacks) || len(gotLacks) < 10 {
			t.Errorf("%s: tcg features %d (%v), want %d", rel.Name, len(gotLacks), err, len(wantLacks))
		}
	}
	for _, bad := range []string{"[]", `{"a": 1}`, `{"a": {"x2apic": "yes"}}`, `{"a": {"tcg_warnings": [1]}}`, "{"} {
		if _, err := decodeTCG(bad); err == nil {
			t.Errorf("decodeTCG(%q): no error", bad)
		}
	}
	if err := decodeStrings(`{"a": 1}`, map[string]string{}); err == nil {
		t.Error(`decodeStrings({"a": 1}): no error`)
	}
}
