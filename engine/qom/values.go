package qom

import (
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
	v, err := qjson.Parse([]byte(raw))
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
