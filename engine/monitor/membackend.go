package monitor

import (
	"fmt"
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
		for n := a; n <= b; n++ {
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
	text := func() string {
		if t, ok := v.(qomText); ok {
			return string(t)
		}
		return fmt.Sprint(v)
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
	case "share", "reserve", "seal", "hugetlb", "readonly", "merge", "dump", "discard-data", "x-use-canonical-path-for-ramblock-id":
		on, e := qomBool(prop, v)
		if e != nil {
			return e, true
		}
		switch prop {
		case "share", "reserve", "seal", "hugetlb":
			return GenericError("cannot change property value"), true
		case "readonly":
			return GenericError(fmt.Sprintf("cannot change property '%s' of %s.", prop, o.Type)), true
		}
		return store(strconv.FormatBool(on))
	case "policy":
		switch s := text(); s {
		case "default", "preferred", "bind", "interleave":
			return store(s)
		}
		return nil, false
	case "host-nodes":
		if _, isText := v.(qomText); !isText {
			return nil, false
		}
		nodes := hostNodes(text())
		if len(nodes) == 0 {
			return nil, false
		}
		return store(hostNodesText(nodes))
	case "prealloc-threads":
		n, e := qomInt(prop, v, true)
		if e != nil {
			return e, true
		}
		if n <= 0 {
			return nil, false
		}
		return store(strconv.FormatInt(n, 10))
	}
	return nil, false
}
