package qdev

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// catalog is one release's QOM types for one binary, read from the
// release's qom-<target>.txt (testdata/oracle/record_devices.py describes
// the format) and its -device help text.
type catalog struct {
	rel      *release.Release
	target   machinetype.Target
	names    []string
	index    map[string]int
	parent   []int // -1: none
	abstract []bool
	// ifaces: interface name -> the type indices that implement it.
	ifaces map[string][]int
	// Properties: entries, lists of entries, each device type's list.
	entries  []Prop
	lists    [][]int
	typeList map[string]int
	// listErrors: device-list-properties' refusal of a type that is not
	// merely abstract; crashes: types whose listing kills the binary.
	listErrors, crashes map[string]string
	// coldOnly: user-creatable types that are not hotpluggable.
	coldOnly map[string]bool
	// sysbus: per machine family, the sysbus types -device may create.
	sysbus map[string]map[string]bool
	// user: the types -device help lists; aliases: alias -> type.
	user    map[string]userType
	aliases map[string]string
	// propIndex: per type, its properties by name (built on first use).
	propIndex sync.Map // string -> map[string]*Prop
}

// userType is what -device help says of a user-creatable type.
type userType struct {
	bus, desc, category string
}

// splitTabs is strings.Split(line, "\t") into buf's room, allocating
// nothing for the catalog's short lines (it is read on a page's first start).
func splitTabs(line string, buf []string) []string {
	for {
		field, rest, more := strings.Cut(line, "\t")
		buf = append(buf, field)
		if !more {
			return buf
		}
		line = rest
	}
}

func parseCatalog(rel *release.Release, target machinetype.Target, text string) *catalog {
	c := &catalog{rel: rel, target: target, index: map[string]int{}, ifaces: map[string][]int{},
		typeList: map[string]int{}, listErrors: map[string]string{}, crashes: map[string]string{},
		coldOnly: map[string]bool{}, sysbus: map[string]map[string]bool{}, user: map[string]userType{},
		aliases: map[string]string{}}
	var parents []string
	var fields [5]string
	for rest := text; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		f := splitTabs(line, fields[:0])
		switch f[0] {
		case "T":
			c.index[f[1]] = len(c.names)
			c.names = append(c.names, f[1])
			parents = append(parents, f[2])
			c.abstract = append(c.abstract, len(f) > 3 && f[3] == "a")
		case "I":
			c.ifaces[f[1]] = atois(f[2])
		case "P":
			p := Prop{Name: f[1], Type: f[2], defaultJSON: f[3]}
			if len(f) > 4 {
				p.HasDescription, p.Description = true, f[4]
			}
			c.entries = append(c.entries, p)
		case "L":
			c.lists = append(c.lists, atois(f[1]))
		case "D":
			n, _ := strconv.Atoi(f[2])
			c.typeList[f[1]] = n
		case "X":
			c.listErrors[f[1]] = f[2]
		case "C":
			c.crashes[f[1]] = f[2]
		case "H":
			for _, n := range strings.Fields(f[1]) {
				c.coldOnly[n] = true
			}
		case "S":
			c.sysbus[f[1]] = map[string]bool{}
			for _, n := range strings.Fields(f[2]) {
				c.sysbus[f[1]][n] = true
			}
		}
	}
	c.parent = make([]int, len(parents))
	for i, p := range parents {
		c.parent[i] = -1
		if j, ok := c.index[p]; ok {
			c.parent[i] = j
		}
	}
	return c
}

func atois(s string) []int {
	var out []int
	for _, x := range strings.Fields(s) {
		n, _ := strconv.Atoi(x)
		out = append(out, n)
	}
	return out
}

// readDeviceHelp takes the user-creatable types from -device help:
// `name "virtio-net-pci", bus PCI, alias "virtio-net", desc "..."`.
func (c *catalog) readDeviceHelp(help string) {
	category := ""
	for _, l := range strings.Split(help, "\n") {
		if strings.HasSuffix(l, ":") && !strings.HasPrefix(l, "name ") {
			category = strings.TrimSuffix(l, ":")
			continue
		}
		if !strings.HasPrefix(l, "name \"") {
			continue
		}
		name, rest := quoted(l[len("name "):])
		u := userType{category: category}
		for rest != "" {
			rest = strings.TrimPrefix(rest, ", ")
			switch {
			case strings.HasPrefix(rest, "bus "):
				end := strings.Index(rest, ", ")
				if end < 0 {
					end = len(rest)
				}
				u.bus, rest = rest[4:end], rest[end:]
			case strings.HasPrefix(rest, "alias "):
				var a string
				a, rest = quoted(rest[len("alias "):])
				c.aliases[a] = name
			case strings.HasPrefix(rest, "desc "):
				u.desc, rest = quoted(rest[len("desc "):])
			case strings.HasPrefix(rest, "no-user"):
				rest = rest[len("no-user"):]
			default:
				rest = ""
			}
		}
		c.user[name] = u
	}
}

// quoted reads a "..." string at the start of s: its text and the rest.
func quoted(s string) (string, string) {
	if !strings.HasPrefix(s, "\"") {
		return "", s
	}
	end := strings.IndexByte(s[1:], '"')
	if end < 0 {
		return s[1:], ""
	}
	return s[1 : end+1], s[end+2:]
}

// isDevice: the type derives from "device".
func (c *catalog) isDevice(i int) bool { return c.derives(i, "device") }

func (c *catalog) derives(i int, name string) bool {
	for ; i >= 0; i = c.parent[i] {
		if c.names[i] == name {
			return true
		}
	}
	return false
}

// implements is object_class_dynamic_cast: for a class with interfaces
// and an interface type asked for, the one interface of the class that is
// or derives from it (two or more are ambiguous: no cast, so "interface"
// itself finds the classes with exactly one); otherwise the class or a
// parent class is the type.
func (c *catalog) implements(i int, name string) bool {
	if k, ok := c.index[name]; ok && c.derives(k, "interface") && c.hasInterfaces(i) {
		found := 0
		for iface, impl := range c.ifaces {
			if j, ok := c.index[iface]; ok && c.derives(j, name) && slices.Contains(impl, i) {
				found++
			}
		}
		return found == 1
	}
	return c.derives(i, name)
}

// hasInterfaces: the class implements an interface (its own or a parent's).
func (c *catalog) hasInterfaces(i int) bool {
	for _, impl := range c.ifaces {
		if slices.Contains(impl, i) {
			return true
		}
	}
	return false
}

func (c *catalog) props(name string) []Prop {
	n, ok := c.typeList[name]
	if !ok {
		return nil
	}
	l := c.lists[n]
	out := make([]Prop, len(l))
	for k, e := range l {
		out[k] = c.entries[e]
		if out[k].Name == "core-id" && strings.HasSuffix(name, "-spapr-cpu-core") {
			out[k].Check = spaprCoreIDCheck
		}
	}
	return out
}

func (c *catalog) prop(typ, name string) *Prop {
	if idx, ok := c.propIndex.Load(typ); ok {
		return idx.(map[string]*Prop)[name]
	}
	idx := map[string]*Prop{}
	for _, p := range c.props(typ) {
		p := p
		idx[p.Name] = &p
	}
	c.propIndex.Store(typ, idx)
	return idx[name]
}
