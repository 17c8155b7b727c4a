package qdev

import (
	"strings"
	"sync"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Look is how a device type looks once created, as recorded from the
// release's binary (testdata/oracle/record_device_looks.py): its `info
// qtree` block (properties after realize, its bus lines, its child buses
// and the devices it creates inside them), its query-pci entry and its
// qom-list. Placement says on what bus it was recorded ("pci", "pcie",
// "xhci", ...).
type Look struct {
	Type, Placement string
	Lines           []string
	PCI             qjson.Object
	QOM             []QOMProp
}

// QOMProp is one entry of qom-list.
type QOMProp struct{ Name, Type string }

// BoardLook is a board's own tree as recorded with -nodefaults -smp 1.
type BoardLook struct {
	Name       string
	Lines      []string
	PCI        []any
	Unattached []string // the types of /machine/unattached/device[N], in order
}

// looks is a release's recorded looks for one target. The file is ~0.4 MB
// of text, so it is only indexed up front (each record's text, by type or
// board) and a record is parsed the first time it is asked for: starting a
// machine reads a few dozen of its ~600 records.
type looks struct {
	typeText  map[string][]string // type -> its records' text, in file order
	boardText map[string]string

	mu     sync.Mutex
	types  map[string][]*Look
	boards map[string]*BoardLook
}

var lookCache sync.Map // catalogKey -> *looks

func looksFor(rel *release.Release, target machinetype.Target) *looks {
	k := catalogKey{rel, target}
	if l, ok := lookCache.Load(k); ok {
		return l.(*looks)
	}
	l, _ := lookCache.LoadOrStore(k, indexLooks(rel.Text("looks-"+string(target)+".txt")))
	return l.(*looks)
}

func decodeJSON(s string) any {
	v, err := qjson.ParseRecorded(s)
	if err != nil {
		return nil
	}
	return v
}

// indexLooks finds the records: a "B\tBOARD" or "V\tTYPE\tPLACEMENT" line
// and the lines after it up to the next record.
func indexLooks(text string) *looks {
	ls := &looks{typeText: map[string][]string{}, boardText: map[string]string{},
		types: map[string][]*Look{}, boards: map[string]*BoardLook{}}
	kind, key, from := byte(0), "", 0
	closeRecord := func(to int) {
		switch kind {
		case 'B':
			ls.boardText[key] = text[from:to]
		case 'V':
			ls.typeText[key] = append(ls.typeText[key], text[from:to])
		}
	}
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		if line := text[at:end]; len(line) > 2 && line[1] == '\t' && (line[0] == 'B' || line[0] == 'V') {
			closeRecord(at)
			kind, from = line[0], at
			key, _, _ = strings.Cut(line[2:], "\t")
		}
		at = end + 1
	}
	closeRecord(len(text))
	return ls
}

func (ls *looks) typeLooks(typ string) []*Look {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, ok := ls.types[typ]
	if !ok {
		for _, rec := range ls.typeText[typ] {
			l = append(l, parseRecord(rec).(*Look))
		}
		ls.types[typ] = l
	}
	return l
}

func (ls *looks) board(name string) *BoardLook {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	b, ok := ls.boards[name]
	if !ok {
		if rec, found := ls.boardText[name]; found {
			b = parseRecord(rec).(*BoardLook)
		}
		ls.boards[name] = b
	}
	return b
}

// parseRecord parses one record: its B or V line, then Q (qtree), J
// (query-pci), O (qom-list) and U (unattached devices) lines.
func parseRecord(rec string) any {
	var cur *Look
	var board *BoardLook
	for _, line := range strings.Split(rec, "\n") {
		kind, rest, _ := strings.Cut(line, "\t")
		switch kind {
		case "B":
			board = &BoardLook{Name: rest}
		case "V":
			typ, placement, _ := strings.Cut(rest, "\t")
			cur = &Look{Type: typ, Placement: placement}
		case "Q":
			if cur != nil {
				cur.Lines = append(cur.Lines, rest)
			} else if board != nil {
				board.Lines = append(board.Lines, rest)
			}
		case "J":
			v := decodeJSON(rest)
			if cur != nil {
				cur.PCI, _ = v.(qjson.Object)
			} else if board != nil {
				board.PCI, _ = v.([]any)
			}
		case "O":
			if cur != nil {
				for _, f := range strings.Split(rest, "\t") {
					// names have spaces ("bus master[0]"), types seldom
					// (virtio-balloon's "guest statistics", a clock's "struct tm")
					i := strings.LastIndexByte(f, ' ')
					for _, t := range spacedQOMTypes {
						if strings.HasSuffix(f, " "+t) {
							i = len(f) - len(t) - 1
						}
					}
					cur.QOM = append(cur.QOM, QOMProp{f[:max(i, 0)], f[i+1:]})
				}
			}
		case "U":
			if board != nil {
				_, t, _ := strings.Cut(rest, "\t")
				board.Unattached = append(board.Unattached, t)
			}
		}
	}
	if cur != nil {
		return cur
	}
	return board
}

// LookFor finds a type's recorded look for a placement, else its first one
// (nil when the type was never recorded).
func LookFor(rel *release.Release, target machinetype.Target, typ, placement string) *Look {
	l := looksFor(rel, target).typeLooks(typ)
	for _, x := range l {
		if x.Placement == placement {
			return x
		}
	}
	if len(l) > 0 {
		return l[0]
	}
	return nil
}

// LooksOf are a type's recorded looks, one per placement it was made in
// (none where QEMU refused it there).
func LooksOf(rel *release.Release, target machinetype.Target, typ string) []*Look {
	return looksFor(rel, target).typeLooks(typ)
}

// Board finds a board's recorded tree.
func Board(rel *release.Release, target machinetype.Target, name string) *BoardLook {
	return looksFor(rel, target).board(name)
}

// recordedID is the id a look was recorded with.
const recordedID = "probe"

// node is one parsed `info qtree` device block.
type node struct {
	typ, id  string
	gpio     []string
	props    []PropLine
	busLines []string
	buses    []busNode
}

type busNode struct {
	name, typ string
	devs      []*node // in printed order (newest first)
}

// parseBlock parses a device block's lines (indented by 2 under the
// device) into a node.
func parseBlock(lines []string, indent int) (*node, int) {
	n := &node{}
	i := 0
	pad := strings.Repeat(" ", indent)
	for i < len(lines) {
		l := lines[i]
		if !strings.HasPrefix(l, pad) || len(l) > len(pad) && l[len(pad)] == ' ' {
			break
		}
		item := l[len(pad):]
		switch {
		case strings.HasPrefix(item, "bus: "):
			b := busNode{name: item[5:]}
			i++
			if i < len(lines) && strings.HasPrefix(lines[i], pad+"  type ") {
				b.typ = lines[i][len(pad)+7:]
				i++
			}
			for i < len(lines) && strings.HasPrefix(lines[i], pad+"  dev: ") {
				child, used := parseDevHeader(lines[i][len(pad)+2:])
				sub, k := parseBlock(lines[i+1:], indent+4)
				sub.typ, sub.id = child, used
				b.devs = append(b.devs, sub)
				i += 1 + k
			}
			n.buses = append(n.buses, b)
			continue
		case strings.HasPrefix(item, "gpio-") || strings.HasPrefix(item, "clock-"):
			n.gpio = append(n.gpio, item)
		case isPropLine(item):
			name, value, _ := strings.Cut(item, " = ")
			n.props = append(n.props, PropLine{name, value})
		default:
			n.busLines = append(n.busLines, item)
		}
		i++
	}
	return n, i
}

// parseDevHeader reads `dev: TYPE, id "ID"`.
func parseDevHeader(s string) (typ, id string) {
	s = strings.TrimPrefix(s, "dev: ")
	typ, rest, _ := strings.Cut(s, ", id \"")
	return typ, strings.TrimSuffix(rest, "\"")
}

// isPropLine: "name = value" (a property name has no blank).
func isPropLine(s string) bool {
	name, _, ok := strings.Cut(s, " = ")
	return ok && name != "" && !strings.ContainsAny(name, " ,")
}

// parsedLook caches a look's parsed block.
var parsedLooks sync.Map // *Look -> *node

func (l *Look) root() *node {
	if n, ok := parsedLooks.Load(l); ok {
		return n.(*node)
	}
	n, _ := parseBlock(l.Lines, 2)
	n.typ, n.id = l.Type, recordedID
	parsedLooks.Store(l, n)
	return n
}

// Prop is a property's printed value as the look recorded it.
func (l *Look) Prop(name string) (string, bool) {
	for _, p := range l.root().props {
		if p.Name == name {
			return p.Value, true
		}
	}
	return "", false
}

// Instantiate makes a device from its look: its properties as recorded,
// its child buses named for the id it gets (or numbered by the tree when
// it has none), and the devices it creates inside them.
func (t *Tree) Instantiate(typ Type, l *Look, id string) *Device {
	if l == nil {
		return &Device{Type: typ, ID: id}
	}
	d := t.fromNode(typ, l.root(), id, id)
	d.Look = l
	return d
}

func (t *Tree) fromNode(typ Type, n *node, id, outerID string) *Device {
	d := &Device{Type: typ, ID: id, GPIO: n.gpio, BusLines: append([]string(nil), n.busLines...)}
	d.Props = append([]PropLine(nil), n.props...)
	// Buses were printed newest first: create them oldest first. They are
	// named when the device is realized (NameBuses).
	for i := len(n.buses) - 1; i >= 0; i-- {
		bn := n.buses[i]
		b := &Bus{Type: bn.typ, Parent: d, recorded: bn.name}
		d.Buses = append(d.Buses, b)
		for j := len(bn.devs) - 1; j >= 0; j-- {
			cn := bn.devs[j]
			ct := Type{Name: cn.typ, Kind: OtherDevice, cat: typ.cat}
			if typ.cat != nil {
				ct = typ.cat.lookupAny(cn.typ)
			}
			c := t.fromNode(ct, cn, cn.id, outerID)
			c.Internal = true
			b.Attach(c)
		}
	}
	return d
}

// NameBuses names a realized device's buses (and its children's) the way
// their recording says: a bus named for the recorded id (exactly, or
// id.N) takes the device's id, or an automatic name when it has none; a
// bus named by its type and a number takes the tree's next number; any
// other name is the device's own.
func (t *Tree) NameBuses(d *Device) {
	t.nameBuses(d, d.ID)
}

func (t *Tree) nameBuses(d *Device, outerID string) {
	for _, b := range d.Buses {
		if b.Name == "" {
			b.Name = t.busName(b.recorded, b.Type, d.ID, outerID)
		}
		for _, c := range b.Children {
			t.nameBuses(c, outerID)
		}
	}
}

func (t *Tree) busName(recorded, typ, id, outerID string) string {
	switch {
	case recorded == recordedID:
		if id != "" {
			return id
		}
		return t.AutoBusName(typ)
	case strings.HasPrefix(recorded, recordedID+"."):
		if outerID != "" {
			return outerID + recorded[len(recordedID):]
		}
		return t.AutoBusName(typ)
	case strings.HasPrefix(recorded, strings.ToLower(typ)+"."):
		return t.AutoBusName(typ)
	}
	return recorded
}

// lookupAny resolves a type name of this catalog, device or not.
func (c *catalog) lookupAny(name string) Type {
	if i, ok := c.index[name]; ok {
		return c.typeAt(i)
	}
	return Type{Name: name, Kind: OtherDevice, cat: c}
}

// NewBoardTree builds a board's tree from its recording; explicit lists
// the bus names the board gives itself (not automatic ones).
func NewBoardTree(rel *release.Release, target machinetype.Target, b *BoardLook) *Tree {
	t := NewTree()
	root, _ := parseBlock(b.Lines, 0)
	c := catalogFor(rel, target)
	if len(root.buses) == 0 {
		return t
	}
	top := root.buses[0]
	t.Root.Name, t.Root.Type = top.name, top.typ
	for j := len(top.devs) - 1; j >= 0; j-- {
		t.Root.Attach(t.boardDevice(c, top.devs[j], true))
	}
	return t
}

// namesRootBus: host bridges that name their root bus themselves, so that
// it takes no automatic number (measured: q35's pcie.0 leaves an anonymous
// root port's bus pcie.0 too; i440FX's and sPAPR's pci.0 are automatic, an
// anonymous bridge's bus is pci.1).
var namesRootBus = map[string]bool{"q35-pcihost": true}

// boardDevice makes a recorded board device; onRoot: it sits on
// main-system-bus.
func (t *Tree) boardDevice(c *catalog, n *node, onRoot bool) *Device {
	d := &Device{Type: c.lookupAny(n.typ), ID: n.id, GPIO: n.gpio, BusLines: append([]string(nil), n.busLines...)}
	d.Props = append([]PropLine(nil), n.props...)
	for i := len(n.buses) - 1; i >= 0; i-- {
		bn := n.buses[i]
		b := &Bus{Name: bn.name, Type: bn.typ, Parent: d}
		if !onRoot || !namesRootBus[n.typ] {
			t.NoteBusName(bn.typ, bn.name)
		}
		d.Buses = append(d.Buses, b)
		for j := len(bn.devs) - 1; j >= 0; j-- {
			b.Attach(t.boardDevice(c, bn.devs[j], false))
		}
	}
	return d
}

// spacedQOMTypes are the property types with a space in their name.
var spacedQOMTypes = []string{"guest statistics", "struct tm"}
