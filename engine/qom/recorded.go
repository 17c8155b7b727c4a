package qom

import (
	"hotpluglab/engine/qjson"
	"strings"
	"sync"

	"hotpluglab/engine/release"
)

// Prop is one entry of qom-list: a property's name and type.
type Prop struct{ Name, Type string }

// Recorded is what the release's binary answered to qom-list for an object
// QEMU makes whatever the command line (testdata/oracle/record_qom_lists.py):
// key "board:<board>:<path>" for a board's /machine, own devices and host
// bridge, "object:<type>" for an -object instance, "cpu:<type>" for a CPU,
// sPAPR core or thread. ok is false when it was not recorded.
func Recorded(rel *release.Release, target, key string) (props []Prop, ok bool) {
	props, ok = recordedLists(rel, target)[key]
	return props, ok
}

var lists sync.Map // release/target -> map[string][]Prop

func recordedLists(rel *release.Release, target string) map[string][]Prop {
	k := rel.Name + "/" + target
	if m, ok := lists.Load(k); ok {
		return m.(map[string][]Prop)
	}
	m := map[string][]Prop{}
	for _, line := range strings.Split(rel.Text("qom-lists-"+target+".txt"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 3 && f[0] == "A" { // lists as a key before it
			if props, ok := m[f[2]]; ok {
				m[f[1]] = props
			}
			continue
		}
		if len(f) < 2 || f[0] != "L" {
			continue
		}
		var props []Prop
		for i := 2; i+1 < len(f); i += 2 {
			props = append(props, Prop{f[i], f[i+1]})
		}
		m[f[1]] = props
	}
	lists.Store(k, m)
	return m
}

var classProps sync.Map // release/target -> map[string]string

// ClassProperties is qom-list-properties of an object type (a
// user-creatable type, a chardev backend's, or their abstract bases) as
// the release's binary answered it (testdata/oracle/record_qom_properties.py),
// members and order as printed: ok false when the type was not recorded.
func ClassProperties(rel *release.Release, target, typ string) (list any, ok bool) {
	k := rel.Name + "/" + target
	m, loaded := classProps.Load(k)
	if !loaded {
		all := map[string]string{}
		for _, line := range strings.Split(rel.Text("qom-properties-"+target+".txt"), "\n") {
			if name, js, found := strings.Cut(line, "\t"); found {
				all[name] = js
			}
		}
		classProps.Store(k, all)
		m = all
	}
	js, ok := m.(map[string]string)[typ]
	if !ok {
		return nil, false
	}
	v, err := qjson.ParseRecorded(js)
	return v, err == nil
}
