package monitor

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/numa"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qom"
)

// A memory backend's own QOM properties: host_memory_backend's getters
// and setters and each kind's (file, memfd), as made and as set after.
// Which a type has is its recorded qom-list (record_qom_lists.py).

// memdevHas: the release's instance of typ lists prop.
func (mon *Monitor) memdevHas(typ, prop string) bool {
	props, _ := qom.Recorded(mon.M.Release(), string(mon.M.Target), "object:"+typ)
	for _, p := range props {
		if p.Name == prop {
			return true
		}
	}
	return false
}

// propBool is a boolean option as given (on/off, true/false), else def.
func propBool(o object.Object, k string, def bool) bool {
	if v, ok := o.Props[k]; ok {
		on, _ := qemuopts.ParseBool(v)
		return on
	}
	return def
}

// hostNodes reads host-nodes as given: -object's ranges and lists
// ("0-1", "0:2") or object-add's JSON list (kept as "[0 1]").
func hostNodes(text string) []int64 {
	out := []int64{}
	text = strings.Trim(text, "[]")
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ':' || r == ',' }) {
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.ParseInt(lo, 10, 64)
		if err != nil {
			continue
		}
		b := a
		if isRange {
			if b, err = strconv.ParseInt(hi, 10, 64); err != nil {
				continue
			}
		}
		for n := a; n <= min(b, a+maxHostNodes); n++ { // (past MAX_NODES one is enough to refuse)
			out = append(out, n)
		}
	}
	return out
}

// hostNodesText is host-nodes as `info memdev` prints them (the string
// output visitor: ranges joined by commas).
func hostNodesText(nodes []int64) string {
	var parts []string
	for i := 0; i < len(nodes); {
		j := i
		for j+1 < len(nodes) && nodes[j+1] == nodes[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d-%d", nodes[i], nodes[j]))
		} else {
			parts = append(parts, strconv.FormatInt(nodes[i], 10))
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}

// memdevValue is qom-get of a memory backend's property; ok is false for
// one its type lacks or this does not model.
func (mon *Monitor) memdevValue(o object.Object, prop string) (any, bool) {
	if !mon.memdevHas(o.Type, prop) {
		return nil, false
	}
	var d memdev
	for _, x := range mon.memdevs() {
		if x.id == o.ID {
			d = x
		}
	}
	size := func(k string) any {
		n, _ := numa.ParseSize(o.Props[k])
		return uint64(n)
	}
	switch prop {
	case "size": // the board's own RAM backend has no size option
		return d.size, true
	case "prealloc-context": // a link: its target's path, or none
		if id := o.Props[prop]; id != "" {
			return "/objects/" + strings.TrimPrefix(id, "/objects/"), true
		}
		return "", true
	case "merge":
		return d.merge, true
	case "dump":
		return d.dump, true
	case "prealloc":
		return d.prealloc, true
	case "share":
		return d.share, true
	case "reserve":
		return d.reserve, true
	case "policy":
		return d.policy, true
	case "host-nodes":
		l := []any{}
		for _, n := range d.hostNodes {
			l = append(l, n)
		}
		return l, true
	case "prealloc-threads":
		if n, err := strconv.ParseInt(o.Props[prop], 10, 64); err == nil {
			return n, true
		}
		return int64(1), true
	case "x-use-canonical-path-for-ramblock-id", "discard-data", "pmem", "readonly", "hugetlb":
		return propBool(o, prop, false), true
	case "seal": // memfd seals unless told not to
		return propBool(o, prop, true), true
	case "mem-path":
		return o.Props[prop], true
	case "align", "offset", "hugetlbsize":
		return size(prop), true
	case "rom": // auto becomes readonly's value as the file is mapped
		if v, ok := o.Props[prop]; ok && v != "auto" {
			return v, true
		}
		if propBool(o, "readonly", false) {
			return "on", true
		}
		return "off", true
	}
	return nil, false
}

// setMemdevValue is qom-set of a memory backend's property once it is
// made (every backend's memory exists from its creation): the size and
// the kind's mapping options cannot change, merge, dump, the NUMA policy
// and the like can. handled is false for what this does not model.
func (mon *Monitor) setMemdevValue(o object.Object, prop string, v any) (err *Error, handled bool) {
	if !mon.memdevHas(o.Type, prop) {
		return nil, false
	}
	store := func(s string) (*Error, bool) {
		object.SetProp(mon.M, o.ID, prop, s)
		return nil, true
	}
	switch prop {
	case "size": // host_memory_backend_set_size, before it reads the value
		return GenericError(fmt.Sprintf("cannot change property size of %s ", o.Type)), true
	case "mem-path", "align", "offset": // file_memory_backend_set_*, before the value
		return GenericError(fmt.Sprintf("cannot change property '%s' of %s", prop, o.Type)), true
	case "hugetlbsize":
		return GenericError("cannot change property value"), true
	case "share", "reserve", "seal", "hugetlb", "readonly", "merge", "dump", "discard-data", "x-use-canonical-path-for-ramblock-id", "prealloc":
		on, e := qomBool(prop, v)
		if e != nil {
			return e, true
		}
		switch prop {
		case "share", "reserve":
			return GenericError("cannot change property value"), true
		case "readonly":
			return GenericError(fmt.Sprintf("cannot change property '%s' of %s.", prop, o.Type)), true
		case "prealloc":
			// host_memory_backend_set_prealloc: on preallocates what
			// exists; off then changes nothing
			if !on {
				return nil, true
			}
		}
		return store(strconv.FormatBool(on))
	case "policy":
		s, isText := v.(qomText)
		if str, ok := v.(string); ok {
			s, isText = qomText(str), true
		}
		if !isText {
			return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: string", prop)), true
		}
		switch s {
		case "default", "preferred", "bind", "interleave":
			return store(string(s))
		}
		return GenericError(fmt.Sprintf("Parameter '%s' does not accept value '%s'", prop, s)), true
	case "host-nodes":
		var nodes []int64
		switch x := v.(type) {
		case qomText:
			if nodes = hostNodes(string(x)); len(nodes) == 0 {
				// the string input visitor's list, named as its caller named it
				return GenericError("Parameter 'null' expects list of uint64 values or ranges"), true
			}
		case []any:
			for _, e := range x {
				n, err := strconv.ParseInt(fmt.Sprint(e), 10, 64)
				if err != nil || n < 0 {
					return nil, false
				}
				nodes = append(nodes, n)
			}
		default:
			return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: array", prop)), true
		}
		for _, n := range nodes {
			if n >= maxHostNodes { // host_memory_backend_set_host_nodes: MAX_NODES
				return GenericError(fmt.Sprintf("Invalid host-nodes value: %d", n)), true
			}
		}
		// The setter sets the nodes' bits in the backend's bitmap: added
		// to those it had.
		nodes = append(nodes, hostNodes(o.Props[prop])...)
		slices.Sort(nodes)
		return store(hostNodesText(slices.Compact(nodes)))
	case "prealloc-threads":
		if t, ok := v.(qomText); ok && strings.HasPrefix(strings.TrimSpace(string(t)), "-") {
			return GenericError(fmt.Sprintf("Parameter '%s' expects uint32_t", prop)), true
		}
		n, e := qomInt(prop, v, true)
		if e != nil {
			return e, true
		}
		if n <= 0 {
			return GenericError(fmt.Sprintf("property '%s' of %s doesn't take value '%d'", prop, o.Type, n)), true
		}
		return store(strconv.FormatInt(n, 10))
	}
	return nil, false
}

// maxHostNodes is QEMU's MAX_NODES.
const maxHostNodes = 128
