package qom

import (
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// RecordedValue is what the release's binary answered to qom-get for a
// property of an object whose values come from its type
// (testdata/oracle/record_qom_values.py): key "machine:<type>" for a
// machine type's /machine, "cpu:<type>" for a boot CPU of that type, both
// started with -nodefaults -smp 1. ok is false when it was not recorded.
func RecordedValue(rel *release.Release, target, key, prop string) (v any, ok bool) {
	raw, ok := recordedValues(rel, target)[key][prop]
	if !ok {
		return nil, false
	}
	v, err := qjson.ParseRecorded(raw)
	return asInserted(v), err == nil
}

// asInserted turns objects read in the order QEMU printed them back into
// the order they were inserted: within a QDict bucket QEMU prints the last
// inserted first, so the first printed is inserted last.
func asInserted(v any) any {
	switch x := v.(type) {
	case qjson.Object:
		out := make(qjson.Object, len(x))
		for i, m := range x {
			out[len(x)-1-i] = qjson.Member{Key: m.Key, Value: asInserted(m.Value)}
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = asInserted(e)
		}
		return out
	}
	return v
}

// HasRecordedValues says whether key's values were recorded.
func HasRecordedValues(rel *release.Release, target, key string) bool {
	_, ok := recordedValues(rel, target)[key]
	return ok
}

var values sync.Map // release/target -> map[key]map[prop]json

func recordedValues(rel *release.Release, target string) map[string]map[string]string {
	k := rel.Name + "/" + target
	if m, ok := values.Load(k); ok {
		return m.(map[string]map[string]string)
	}
	m := map[string]map[string]string{}
	// A line lists where the object differs from its base, recorded on a
	// line before it; "!" is a property the base has and it lacks.
	for _, line := range strings.Split(rel.Text("qom-values-"+target+".txt"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || f[0] != "V" {
			continue
		}
		props := map[string]string{}
		for p, v := range m[f[2]] {
			props[p] = v
		}
		for i := 3; i+1 < len(f); i += 2 {
			if f[i+1] == "!" {
				delete(props, f[i])
			} else {
				props[f[i]] = f[i+1]
			}
		}
		m[f[1]] = props
	}
	values.Store(k, m)
	return m
}

var aliases sync.Map // release -> map[alias]property

// Canonical is the x86 CPU property an alias stands for (sse4_1 for
// sse4.1, i64 for lm: qom-aliases-x86_64.txt), or name itself.
func Canonical(rel *release.Release, name string) string {
	m, ok := aliases.Load(rel.Name)
	if !ok {
		t := map[string]string{}
		for _, line := range strings.Split(rel.Text("qom-aliases-x86_64.txt"), "\n") {
			if a, p, found := strings.Cut(line, "\t"); found {
				t[a] = p
			}
		}
		m, _ = aliases.LoadOrStore(rel.Name, t)
	}
	if p, ok := m.(map[string]string)[name]; ok {
		return p
	}
	return name
}

// FeatureBit is one CPUID bit an x86 feature property sets.
type FeatureBit struct {
	EAX, ECX int64 // ECX -1: the word has no cpuid-input-ecx
	Reg      string
	Bit      uint
}

var featureBits sync.Map // release -> map[feature][]FeatureBit

// FeatureBits are the CPUID bits an x86 feature property sets
// (qom-featurebits-x86_64.txt; nil for a property that sets none).
func FeatureBits(rel *release.Release, feature string) []FeatureBit {
	m, ok := featureBits.Load(rel.Name)
	if !ok {
		t := map[string][]FeatureBit{}
		for _, line := range strings.Split(rel.Text("qom-featurebits-x86_64.txt"), "\n") {
			f := strings.Split(line, "\t")
			for i := 1; i+3 < len(f); i += 4 {
				eax, _ := strconv.ParseInt(f[i], 10, 64)
				ecx, err := strconv.ParseInt(f[i+1], 10, 64)
				if err != nil {
					ecx = -1
				}
				bit, _ := strconv.Atoi(f[i+3])
				t[f[0]] = append(t[f[0]], FeatureBit{eax, ecx, f[i+2], uint(bit)})
			}
		}
		m, _ = featureBits.LoadOrStore(rel.Name, t)
	}
	return m.(map[string][]FeatureBit)[Canonical(rel, feature)]
}
