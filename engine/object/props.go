package object

import (
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
	"hotpluglab/engine/smp"
)

// propDefaults are the values the object types' properties hold when not
// given (their instance_init and the setters' defaults); "opened" and
// "loaded" read true once the object is complete.
var propDefaults = map[string]string{
	"opened": "true", "loaded": "true", "thread-pool-min": "0", "thread-pool-max": "64",
	"format": "raw", "policy": "deny", "endpoint": "client", "verify-peer": "true",
	"position": "tail", "insert": "behind", "status": "on", "queue": "all", "vnet_hdr_support": "false",
	"maxlen": "65536",
}

// ownProps are the properties of types record_qom_properties.py could not
// list (listing filter-dump stops QEMU's monitor): in the list's order.
var ownProps = map[string][]qom.Prop{"filter-dump": {{Name: "maxlen", Type: "uint32"}, {Name: "file", Type: "string"}}}

// Props are an object type's properties in qom-list-properties' order
// (without "type"): the recorded list, or its base's and its own.
func Props(rel *release.Release, target, typ string) []qom.Prop {
	var out []qom.Prop
	list, ok := qom.ClassProperties(rel, target, typ)
	own := ownProps[typ]
	if !ok && own != nil {
		list, _ = qom.ClassProperties(rel, target, "netfilter")
	}
	l, _ := list.([]any)
	for _, p := range l {
		o, _ := p.(qjson.Object)
		n, _ := o.Get("name")
		t, _ := o.Get("type")
		if n != "type" {
			out = append(out, qom.Prop{Name: fmt.Sprint(n), Type: fmt.Sprint(t)})
		}
	}
	if !ok {
		out = append(out, own...)
	}
	return out
}

// PropText is a property's value as object_property_print prints it
// (a string plainly); ok false when the object holds no such value.
func PropText(o Object, prop string) (string, bool) {
	if v, ok := o.Props[prop]; ok {
		return v, true
	}
	v, ok := propDefaults[prop]
	return v, ok
}

// PropValue is a property's value as qom-get returns it, typed by the
// property's type: numbers, booleans, strings (enums too).
func PropValue(rel *release.Release, target string, o Object, prop string) (any, bool) {
	for _, p := range Props(rel, target, o.Type) {
		if p.Name != prop {
			continue
		}
		if p.Type == "QAuthZListRule" { // authz-list's rules: a list, empty unless given
			if _, given := o.Props[prop]; given {
				return nil, false
			}
			return []any{}, true
		}
		v, ok := PropText(o, prop)
		if !ok {
			return nil, false
		}
		switch {
		case p.Type == "bool":
			return v == "true" || v == "on", true
		case strings.HasPrefix(p.Type, "int") || strings.HasPrefix(p.Type, "uint"):
			n, err := smp.ParseInt64(v) // as the setter read it: base 0
			return n, err == nil
		case strings.HasPrefix(p.Type, "link<") || strings.HasPrefix(p.Type, "child<"):
			return nil, false
		}
		return v, true
	}
	return nil, false
}

// FilterLine is a netfilter as print_net_client lists it: its type, then
// every property but "type" in the order the iterator visits them (the
// reverse of qom-list-properties').
func FilterLine(rel *release.Release, target string, o Object) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  - %s: type=%s", o.ID, o.Type)
	props := Props(rel, target, o.Type)
	for i := len(props) - 1; i >= 0; i-- {
		v, _ := PropText(o, props[i].Name)
		if t := props[i].Type; strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint") {
			// printed as the number the setter stored (interval=0x10 is 16)
			if n, err := smp.ParseInt64(v); err == nil {
				v = strconv.FormatInt(n, 10)
			}
		}
		fmt.Fprintf(&b, ",%s=%s", props[i].Name, v)
	}
	return b.String() + "\n"
}
