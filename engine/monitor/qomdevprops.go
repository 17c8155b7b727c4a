package monitor

import (
	"slices"
	"strings"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
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
