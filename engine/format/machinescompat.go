package format

import (
	"strings"
	"sync"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// query-machines' "compat-props" (QEMU 9.1 and later): each machine's
// compat properties as its class init chain collected them, recorded per
// release in <target>-machines-compat.txt (record_machines_compat.py): a
// machine's list is its base machine's whole list, then its own entries.
// (7.2's file holds its refusal of the argument, as a comment.)

type machineCompat struct {
	base string
	own  [][3]string // qom-type, property, value
}

var machinesCompat sync.Map // release name + target -> map[string]machineCompat

func machineCompatTable(rel *release.Release, t machinetype.Target) map[string]machineCompat {
	return compatTable(rel, string(t)+"-machines-compat.txt")
}

// compatTable reads a release's file of machine compat lists (M machine
// base, then P qom-type property value lines); nil when it has none.
func compatTable(rel *release.Release, file string) map[string]machineCompat {
	key := rel.Name + "/" + file
	if m, ok := machinesCompat.Load(key); ok {
		return m.(map[string]machineCompat)
	}
	text := rel.Text(file)
	if text == "" {
		return nil
	}
	m := map[string]machineCompat{}
	cur := ""
	for _, line := range strings.Split(text, "\n") {
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "M" && len(f) == 3:
			cur = f[1]
			m[cur] = machineCompat{base: f[2]}
		case f[0] == "P" && len(f) == 4 && cur != "":
			c := m[cur]
			c.own = append(c.own, [3]string{f[1], f[2], f[3]})
			m[cur] = c
		}
	}
	if len(m) == 0 {
		return nil // the release's query-machines takes no compat-props: its refusal is the file
	}
	v, _ := machinesCompat.LoadOrStore(key, m)
	return v.(map[string]machineCompat)
}

// compatProps is a machine's whole list (bases first); depth bounds a
// table whose bases would loop.
func compatProps(table map[string]machineCompat, name string, depth int) []any {
	c, ok := table[name]
	if !ok || depth > len(table) {
		return []any{}
	}
	out := []any{}
	if c.base != "" {
		out = compatProps(table, c.base, depth+1)
	}
	for _, p := range c.own {
		out = append(out, qjson.O("qom-type", p[0], "property", p[1], "value", p[2]))
	}
	return out
}

// withCompatProps adds each machine's "compat-props" to query-machines'
// return (a release without the recording leaves it as it is).
func withCompatProps(rel *release.Release, t machinetype.Target, machines any) any {
	table := machineCompatTable(rel, t)
	list, ok := machines.([]any)
	if table == nil || !ok {
		return machines
	}
	for i, m := range list {
		o, ok := m.(qjson.Object)
		if !ok {
			continue
		}
		name, _ := o.Get("name")
		s, _ := name.(string)
		o.Set("compat-props", compatProps(table, s, 0))
		list[i] = o
	}
	return list
}

// CompatProps is a machine's compat properties (its base machines' first),
// each as qom-type, property, value; none when the release records none
// (7.2's query-machines has no compat-props).
func CompatProps(rel *release.Release, t machinetype.Target, machine string) [][3]string {
	return chain(machineCompatTable(rel, t), machine)
}

// CPUCompatProps is what a machine's compat properties set on its CPUs:
// query-machines' lists where the release has them (10.0), else the
// release's measured CPU tables (<target>-cpu-compat.txt, 7.2's:
// record_cpu_compat.py), in the same form.
func CPUCompatProps(rel *release.Release, t machinetype.Target, machine string) [][3]string {
	if out := CompatProps(rel, t, machine); machineCompatTable(rel, t) != nil {
		return out
	}
	return chain(compatTable(rel, string(t)+"-cpu-compat.txt"), machine)
}

// chain is a machine's list in table: its base machines' entries first.
func chain(table map[string]machineCompat, machine string) [][3]string {
	var out [][3]string
	for depth := 0; table != nil && depth <= len(table); depth++ {
		c, ok := table[machine]
		if !ok {
			break
		}
		out = append(append([][3]string{}, c.own...), out...)
		machine = c.base
	}
	return out
}
