package qdev

import (
	"slices"
	"strings"
	"sync"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// A device's QOM composition is what `info qom-tree` prints below it: its
// memory regions, irqs, child buses and the objects it made, as recorded
// per type and placement (testdata/oracle/record_qom_subtrees.py). It
// depends on the type and where it sits, not on what is plugged into it.

type compositions struct {
	once  sync.Once
	text  string
	index map[string][]string // "type\tplacement" -> its T lines
	first map[string]string   // type -> its first record's key
}

var compositionCache sync.Map // catalogKey -> *compositions

func compositionsFor(rel *release.Release, target machinetype.Target) *compositions {
	k := catalogKey{rel, target}
	if c, ok := compositionCache.Load(k); ok {
		return c.(*compositions)
	}
	c, _ := compositionCache.LoadOrStore(k, &compositions{text: rel.Text("qom-subtrees-" + string(target) + ".txt")})
	return c.(*compositions)
}

func (c *compositions) load() {
	c.index, c.first = map[string][]string{}, map[string]string{}
	key := ""
	for _, line := range strings.Split(c.text, "\n") {
		kind, rest, _ := strings.Cut(line, "\t")
		switch kind {
		case "V":
			key = rest
			typ, _, _ := strings.Cut(rest, "\t")
			if _, ok := c.first[typ]; !ok {
				c.first[typ] = key
			}
			c.index[key] = nil
		case "T":
			if key != "" {
				c.index[key] = append(c.index[key], rest)
			}
		}
	}
}

// Composition is the recorded QOM composition of a type in a placement
// (else in the first placement it was recorded in), one line per object,
// indented two spaces per level below the device; the child buses carry
// the names they were recorded with (RecordedBusNames maps them). ok is
// false for a type never recorded.
func Composition(rel *release.Release, target machinetype.Target, typ, placement string) (lines []string, ok bool) {
	c := compositionsFor(rel, target)
	c.once.Do(c.load)
	if lines, ok = c.index[typ+"\t"+placement]; ok {
		return lines, true
	}
	if key, found := c.first[typ]; found {
		return c.index[key], true
	}
	return nil, false
}

// RecordedBusNames maps the names a device's buses (and its internal
// children's) had in its recording to the names they have here.
func (d *Device) RecordedBusNames() map[string]string {
	m := map[string]string{}
	var walk func(d *Device)
	walk = func(d *Device) {
		for _, b := range d.Buses {
			if b.recorded != "" {
				m[b.recorded] = b.Name
			}
			for _, c := range b.Children {
				if c.Internal {
					walk(c)
				}
			}
		}
	}
	walk(d)
	return m
}

// QOMNode is one object of a printed QOM tree: its line (without the
// indentation) and its children.
type QOMNode struct {
	Line     string
	Children []*QOMNode
}

// Name is the object's name: the line's text between "/" and " (".
func (n *QOMNode) Name() string {
	name, _, _ := strings.Cut(strings.TrimPrefix(n.Line, "/"), " (")
	return name
}

// Child is the child of that name (nil for none).
func (n *QOMNode) Child(name string) *QOMNode {
	for _, c := range n.Children {
		if c.Name() == name {
			return c
		}
	}
	return nil
}

// ParseQOM reads printed lines (two spaces deeper per level) into trees.
func ParseQOM(lines []string) []*QOMNode {
	root := &QOMNode{}
	stack := []*QOMNode{root}
	for _, l := range lines {
		body := strings.TrimLeft(l, " ")
		depth := (len(l) - len(body)) / 2
		n := &QOMNode{Line: body}
		for len(stack) > depth+1 {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		parent.Children = append(parent.Children, n)
		stack = append(stack, n)
	}
	return root.Children
}

// PrintQOM prints trees as print_qom_composition does: each object's
// children sorted by name (strcmp order), two spaces deeper per level.
func PrintQOM(nodes []*QOMNode, indent string) []string {
	var out []string
	var emit func(ns []*QOMNode, indent string)
	emit = func(ns []*QOMNode, indent string) {
		ns = slices.Clone(ns)
		slices.SortStableFunc(ns, func(a, b *QOMNode) int { return strings.Compare(a.Name(), b.Name()) })
		for _, n := range ns {
			out = append(out, indent+n.Line)
			emit(n.Children, indent+"  ")
		}
	}
	emit(nodes, indent)
	return out
}

// BoardQOMTree is a board's whole recorded `info qom-tree` (-nodefaults
// -smp 1), from its "/machine (TYPE)" line (nil when not recorded).
func BoardQOMTree(rel *release.Release, target machinetype.Target, board string) []string {
	var out []string
	in := false
	for _, line := range strings.Split(rel.Text("qom-boards-"+string(target)+".txt"), "\n") {
		kind, rest, _ := strings.Cut(line, "\t")
		switch kind {
		case "B":
			in = rest == board
		case "T":
			if in {
				out = append(out, rest)
			}
		}
	}
	return out
}
