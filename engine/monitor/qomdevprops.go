package monitor

import (
	"slices"
	"strings"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
)

// deviceQOMProperties is qom-list-properties of a concrete device type: a
// bare instance's properties, listed in reverse of their hash tables' walk
// (QEMU prepends each), Object's "type" and DeviceState's four first, then
// the class chain's from the top: device-list-properties' list, which
// leaves out those five and the "legacy-" ones. qdev makes a legacy
// property beside each property that prints itself (a PCI address:
// "legacy-addr") or has no getter (a link), in its class's table; its
// place there is the table's (GHashTable) order. ok is false when the
// simulator does not know where one goes.
func (mon *Monitor) deviceQOMProperties(t qdev.Type) (list []any, ok bool) {
	rel := mon.M.Release()
	props := t.Props()
	switch t.Name {
	case "device": // the abstract bases: their class tables only
		props = nil
	case "pci-device":
		props = nil
		for _, p := range qdev.Lookup(rel, mon.Target, "pci-bridge").Props() {
			if slices.Contains(rel.PCIDeviceClassProps, p.Name) {
				props = append(props, p)
			}
		}
	}
	names := make([]string, len(props))
	for i, p := range props {
		names[i] = p.Name
	}
	if mon.Target == "x86_64" && strings.HasSuffix(t.Name, "-cpu") {
		return nil, false // X86CPU's own "legacy-cache" and the like: device-list-properties hides them
	}
	byName := map[string]qdev.Prop{}
	for _, p := range props {
		byName[p.Name] = p
	}
	order := slices.Clone(names)
	// pci-device's table, first (the top class with properties): its
	// properties in declaration order, "legacy-addr" made before "addr".
	decl := rel.PCIDeviceClassProps
	n := 0
	for n < len(order) && slices.Contains(decl, order[n]) {
		n++
	}
	if n > 0 && n == len(decl) {
		var keys []string
		for _, k := range decl {
			if k == "addr" {
				keys = append(keys, "legacy-addr")
			}
			keys = append(keys, k)
		}
		blk := hashOrder(keys)
		if !slices.Equal(withoutLegacy(blk), order[:n]) {
			return nil, false
		}
		order = slices.Concat(blk, order[n:])
	}
	// A link's legacy property sits in the link's class table: the run of
	// properties around it that a table of theirs lists in that order.
	for i := 0; i < len(order); i++ {
		p, ok := byName[order[i]]
		if !ok || !strings.HasPrefix(p.Type, "link<") {
			continue
		}
		if slices.Contains(order, "virtio-backend") {
			// a virtio proxy's link is an alias of its backend's, made for
			// the backend's qdev properties only, or (10.0) for its legacy
			// one too, in the instance's table: where is not known
			if rel.AliasesOfLegacyProperties {
				return nil, false
			}
			continue
		}
		a, b := i, i+1
		for a > 0 && !strings.HasPrefix(order[a-1], "legacy-") && slices.Equal(hashOrder(reversed(order[a-1:b])), order[a-1:b]) {
			a--
		}
		for b < len(order) && slices.Equal(hashOrder(reversed(order[a:b+1])), order[a:b+1]) {
			b++
		}
		var keys []string
		for _, k := range reversed(order[a:b]) {
			if k == p.Name {
				keys = append(keys, "legacy-"+k)
			}
			keys = append(keys, k)
		}
		blk := hashOrder(keys)
		if !slices.Equal(withoutLegacy(blk), order[a:b]) {
			return nil, false
		}
		order = slices.Concat(order[:a], blk, order[b:])
		i = b
	}
	out := []any{qjson.O("name", "type", "type", "string"), qjson.O("name", "parent_bus", "type", "link<bus>"),
		qjson.O("name", "realized", "type", "bool"), qjson.O("name", "hotplugged", "type", "bool"),
		qjson.O("name", "hotpluggable", "type", "bool")}
	for _, n := range order {
		p, ok := byName[n]
		if !ok {
			out = append(out, qjson.O("name", n, "type", "str"))
			continue
		}
		o := qjson.O("name", p.Name, "type", p.Type)
		if d := p.Default(); d != nil && rel.QOMListPropertiesDefaults {
			o = append(o, qjson.Member{Key: "default-value", Value: d})
		}
		if p.HasDescription {
			o = append(o, qjson.Member{Key: "description", Value: p.Description})
		}
		out = append(out, o)
	}
	return out, true
}

func withoutLegacy(l []string) []string {
	return slices.DeleteFunc(slices.Clone(l), func(s string) bool { return strings.HasPrefix(s, "legacy-") })
}

func reversed(l []string) []string {
	r := slices.Clone(l)
	slices.Reverse(r)
	return r
}

// hashOrder is a class's property table walked and listed in reverse, as
// qom-list-properties shows it: the keys inserted, in that order, into a
// GHashTable.
func hashOrder(keys []string) []string {
	t := qom.NewTable()
	for _, k := range keys {
		t.Insert(k)
	}
	k := t.Keys()
	slices.Reverse(k)
	return k
}

// machineQOMProperties is qom-list-properties of a PC machine type (a
// concrete one): an instance's table, walked, then its classes' from
// the top, as QEMU prepends each (so "type", then machine's, x86-machine's,
// generic-pc-machine's, and the instance's last); a class property's type
// and description as -machine help gives them. ok is false for another
// machine type, or where the release's tables are not known.
func (mon *Monitor) machineQOMProperties(name string) (list []any, ok bool) {
	return mon.machineQOMPropertiesWith(name, nil)
}

// machineQOMPropertiesWith is machineQOMProperties with containers added
// to the instance's table after its instance_init (qom-list /machine in
// -preconfig: qemu_create_machine's).
func (mon *Monitor) machineQOMPropertiesWith(name string, containers []string) (list []any, ok bool) {
	rel := mon.M.Release()
	t := qdev.LookupType(rel, mon.Target, name)
	if rel.PCMachineClassTables == nil || !t.Implements("generic-pc-machine") || name == "isapc-machine" || t.Kind == qdev.Abstract {
		return nil, false
	}
	help, found := cmdline.MachineTypeProps(rel, mon.Target, strings.TrimSuffix(name, "-machine"))
	if !found {
		return nil, false
	}
	out := []any{qjson.O("name", "type", "type", "string")}
	add := func(name, typ, desc string) {
		o := qjson.O("name", name)
		if desc != "" {
			o = append(o, qjson.Member{Key: "description", Value: desc})
		}
		out = append(out, append(o, qjson.Member{Key: "type", Value: typ}))
	}
	// what -machine help lists beyond those tables is the type's own
	// class's (10.0's pc-i440fx types: x-south-bridge); one at most, as
	// where several would go depends on an order not known
	covered := map[string]bool{}
	for _, table := range rel.PCMachineClassTables {
		for _, k := range table {
			name, _, _ := strings.Cut(k, ":")
			covered[name] = true
		}
	}
	var own []string
	for k := range help {
		if !covered[k] {
			own = append(own, k)
		}
	}
	if len(own) > 1 {
		return nil, false
	}
	for _, table := range append(slices.Clone(rel.PCMachineClassTables), own) {
		// "name:type" for one -machine help leaves out (no setter)
		types := map[string]string{}
		names := make([]string, len(table))
		for i, k := range table {
			name, typ, _ := strings.Cut(k, ":")
			names[i], types[name] = name, typ
		}
		for _, k := range hashOrder(names) {
			h, listed := help[k]
			if !listed && types[k] == "" {
				return nil, false
			}
			if !listed {
				h = [2]string{types[k], ""}
			}
			add(k, h[0], h[1])
		}
	}
	var keys []string
	byName := map[string]release.ClassProp{}
	for _, p := range rel.PCMachineInstanceProps {
		keys = append(keys, p.Name)
		byName[p.Name] = p
	}
	for _, c := range containers {
		keys = append(keys, c)
		byName[c] = release.ClassProp{Name: c, Type: "child<container>"}
	}
	for _, k := range hashOrder(keys) {
		add(k, byName[k].Type, byName[k].Description)
	}
	return out, true
}
