package qom

import (
	"strings"
	"testing"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Recorded values read back per release: a versioned machine type inherits
// its family's values and overrides its own, a CPU model its base's, an
// object prints its members as QEMU printed them, and what was not
// recorded is not found.
func TestRecordedValues(t *testing.T) {
	for _, rel := range release.All() {
		v, ok := RecordedValue(rel, "x86_64", "machine:pc-i440fx-"+rel.Name, "mem-merge")
		if !ok || v != true {
			t.Errorf("%s: pc mem-merge = %v, %v", rel.Name, v, ok)
		}
		v, _ = RecordedValue(rel, "x86_64", "machine:pc-q35-2.4", "smbios-entry-point-type")
		if v != "32" {
			t.Errorf("%s: pc-q35-2.4 smbios-entry-point-type = %v", rel.Name, v)
		}
		v, _ = RecordedValue(rel, "x86_64", "cpu:486-x86_64-cpu", "family")
		if qjson.Marshal(v) != "4" {
			t.Errorf("%s: 486 family = %v", rel.Name, v)
		}
		v, _ = RecordedValue(rel, "x86_64", "cpu:qemu64-x86_64-cpu", "vendor")
		if v != "AuthenticAMD" {
			t.Errorf("%s: qemu64 vendor = %v", rel.Name, v)
		}
		// cpuid-input-ecx and cpuid-input-eax share a QDict bucket: QEMU
		// prints the one inserted last (ecx) first.
		v, _ = RecordedValue(rel, "x86_64", "cpu:qemu64-x86_64-cpu", "feature-words")
		words, _ := v.([]any)
		if len(words) == 0 || !strings.HasPrefix(qjson.Marshal(words[0]), `{"cpuid-register": "`) ||
			!strings.Contains(qjson.Marshal(words[0]), `, "cpuid-input-ecx": 0, "cpuid-input-eax": `) &&
				!strings.Contains(qjson.Marshal(words[0]), `, "cpuid-input-ecx": 1, "cpuid-input-eax": `) {
			t.Errorf("%s: feature-words[0] = %s", rel.Name, qjson.Marshal(words[0]))
		}
		if _, ok := RecordedValue(rel, "ppc64", "machine:pseries-"+rel.Name, "nosuch"); ok {
			t.Errorf("%s: pseries nosuch found", rel.Name)
		}
		if Canonical(rel, "sse4_1") != "sse4.1" || Canonical(rel, "i64") != "lm" || Canonical(rel, "pmu") != "pmu" {
			t.Errorf("%s: aliases %s %s %s", rel.Name, Canonical(rel, "sse4_1"), Canonical(rel, "i64"), Canonical(rel, "pmu"))
		}
		if b := FeatureBits(rel, "sse4_1"); len(b) != 1 || b[0] != (FeatureBit{1, -1, "ECX", 19}) {
			t.Errorf("%s: sse4.1 sets %v", rel.Name, b)
		}
		if b := FeatureBits(rel, "avx2"); len(b) != 1 || b[0] != (FeatureBit{7, 0, "EBX", 5}) {
			t.Errorf("%s: avx2 sets %v", rel.Name, b)
		}
		if !HasRecordedValues(rel, "ppc64", "cpu:power9_v2.0-spapr-cpu-core") {
			t.Errorf("%s: no power9 core values", rel.Name)
		}
	}
}
