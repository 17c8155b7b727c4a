package qom

import (
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
