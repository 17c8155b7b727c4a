package qdev

import (
	"fmt"
	"strconv"
	"strings"
)

// Bus is a qdev bus (BusState): a name, a QOM bus type, the device it
// hangs off and the devices on it.
type Bus struct {
	Name string
	// Type is the bus's QOM type as `info qtree` prints it ("PCI",
	// "PCIE", "usb-bus", "SCSI", ...).
	Type string
	// Subtype is the bus's own QOM type when it derives from Type (a PCI
	// expander's "pxb-pcie-bus"): `info qtree` prints it.
	Subtype string
	Parent  *Device // nil for main-system-bus
	// Children in creation order (`info qtree` lists the newest first).
	Children []*Device
	// Hotpluggable: the bus has a hotplug handler.
	Hotpluggable bool
	// Full: qbus_is_full (a PCIe slot holds one device, an IDE bus two).
	Full func(b *Bus) bool
	// Data is the bus class's own state (PCI slots, USB ports, ...).
	Data any
	// recorded is the name the bus had in its device's recording.
	recorded string
	// detached counts the children that have gone (their link numbers
	// are not reused).
	detached int
}

// Device is a qdev device (DeviceState) in the machine's tree.
type Device struct {
	Type Type
	// ID is the device's id ("" for none). Some devices take one
	// themselves (spapr-vio's "l-lan@71000002").
	ID string
	// Path is its canonical QOM path.
	Path string
	Bus  *Bus
	// Buses are its child buses in creation order.
	Buses []*Bus
	// Lines: gpio and clock lines, then the properties (Prop lines), then
	// the lines its bus prints for it, as `info qtree` shows them.
	GPIO  []string
	Props []PropLine
	// BusLines are what the bus prints for the device when its class
	// does not compute them (sysbus mmio lines, ...).
	BusLines []string
	// Internal: created by its parent (a virtio proxy's backend), not by
	// the user or the board.
	Internal bool
	// Hotplugged: created by device_add.
	Hotplugged bool
	// UnplugPending: device_del asked, the guest has not answered.
	UnplugPending bool
	// Data is the bus class's per-device state (PCI function, USB port, ...).
	Data any
	// Look is the recorded look the device was made from ("" for none).
	Look *Look
	// Set are the properties the user set, parsed, by name: what depends
	// on one that `info qtree` does not print (an xHCI's port counts live
	// on its internal xhci-core) reads it here.
	Set map[string]any
	// linkSkip is how many children that attached to its bus before it
	// have gone: its "child[N]" link is its position plus this.
	linkSkip int
}

// SetUint is an unsigned property the user set, or def.
func (d *Device) SetUint(name string, def uint64) uint64 {
	if v, ok := d.Set[name]; ok {
		if n, err := strconv.ParseUint(fmt.Sprint(v), 0, 64); err == nil {
			return n
		}
	}
	return def
}

// PropLine is one property as `info qtree` prints it: name and printed value.
type PropLine struct {
	Name, Value string
}

// Prop returns a printed property value of the device or of its
// internal children (a virtio proxy's properties live on its backend).
func (d *Device) Prop(name string) (string, bool) {
	if p := d.propLine(name); p != nil {
		return p.Value, true
	}
	return "", false
}

func (d *Device) propLine(name string) *PropLine {
	for i := range d.Props {
		if d.Props[i].Name == name {
			return &d.Props[i]
		}
	}
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal {
				if p := c.propLine(name); p != nil {
					return p
				}
			}
		}
	}
	return nil
}

// SetProp sets a printed property value where the device or its backend
// has it; it reports whether one was found.
func (d *Device) SetProp(name, value string) bool {
	if p := d.propLine(name); p != nil {
		p.Value = value
		return true
	}
	return false
}

// Name is how messages name a device: its id, or its type.
func (d *Device) Name() string {
	if d.ID != "" {
		return d.ID
	}
	return d.Type.Name
}

// Tree is a machine's device tree: main-system-bus and everything below,
// with the per-bus-type counters that name buses without an id.
type Tree struct {
	Root *Bus
	// autoIDs: per bus type, the next automatic bus number
	// (BusClass.automatic_ids).
	autoIDs map[string]int
}

// NewTree is a tree with an empty main-system-bus.
func NewTree() *Tree {
	return &Tree{Root: &Bus{Name: "main-system-bus", Type: "System"}, autoIDs: map[string]int{}}
}

// AutoBusName names a new bus of a type whose parent has no id and which
// was given no name: its type in lower case and the type's next number.
func (t *Tree) AutoBusName(busType string) string {
	n := t.autoIDs[busType]
	t.autoIDs[busType] = n + 1
	return fmt.Sprintf("%s.%d", strings.ToLower(busType), n)
}

// NextAutoBusName is the name AutoBusName would give next.
func (t *Tree) NextAutoBusName(busType string) string {
	return fmt.Sprintf("%s.%d", strings.ToLower(busType), t.autoIDs[busType])
}

// NoteBusName records a bus created with an automatic name, so the next
// automatic name of its type follows it.
func (t *Tree) NoteBusName(busType, name string) {
	prefix := strings.ToLower(busType) + "."
	if !strings.HasPrefix(name, prefix) {
		return
	}
	digits := name[len(prefix):]
	if n, err := strconv.Atoi(digits); err == nil && strconv.Itoa(n) == digits && n+1 > t.autoIDs[busType] {
		t.autoIDs[busType] = n + 1
	}
}

// Walk visits every device depth-first in creation order.
func (t *Tree) Walk(f func(d *Device)) {
	var walk func(b *Bus)
	walk = func(b *Bus) {
		for _, d := range b.Children {
			f(d)
			for _, c := range d.Buses {
				walk(c)
			}
		}
	}
	walk(t.Root)
}

// Devices lists every device in creation order, depth-first.
func (t *Tree) Devices() []*Device {
	var out []*Device
	t.Walk(func(d *Device) { out = append(out, d) })
	return out
}

// FindByPath finds a device by its QOM path.
func (t *Tree) FindByPath(path string) *Device {
	var found *Device
	t.Walk(func(d *Device) {
		if found == nil && d.Path == path {
			found = d
		}
	})
	return found
}

// Attach puts a device on a bus (the bus's newest child).
func (b *Bus) Attach(d *Device) {
	d.Bus = b
	d.linkSkip = b.detached
	b.Children = append(b.Children, d)
}

// Detach removes a device from its bus.
func (b *Bus) Detach(d *Device) {
	for i, c := range b.Children {
		if c == d {
			for _, later := range b.Children[i+1:] {
				later.linkSkip++
			}
			b.detached++
			b.Children = append(b.Children[:i:i], b.Children[i+1:]...)
			return
		}
	}
}

// LinkTaken is a child that attached and went at once (qdev_realize
// attaches before it realizes: a realize that fails takes a link number).
func (b *Bus) LinkTaken() { b.detached++ }

// ChildLink is the child a bus's "child[n]" link names: bus_add_child
// numbers the children as they attach, and a number is not reused once
// its child has gone (nil for none).
func (b *Bus) ChildLink(n int) *Device {
	for i, c := range b.Children {
		if i+c.linkSkip == n {
			return c
		}
	}
	return nil
}

// IsFull is qbus_is_full.
func (b *Bus) IsFull() bool { return b.Full != nil && b.Full(b) }

// FindBusRecursive is qbus_find_recursive: the first bus, depth-first from
// bus with the newest children first, that has the name (or, name "", the
// type or a subtype of it) and is not full; else the first full match.
func FindBusRecursive(bus *Bus, name string, typeOK func(*Bus) bool) *Bus {
	match := false
	if typeOK == nil {
		match = bus.Name == name // qbus_find's "" names no bus
	} else if name != "" {
		match = bus.Name == name
	} else {
		match = typeOK(bus)
	}
	if match && !bus.IsFull() {
		return bus
	}
	var pick *Bus
	if match {
		pick = bus
	}
	for i := len(bus.Children) - 1; i >= 0; i-- {
		d := bus.Children[i]
		for j := len(d.Buses) - 1; j >= 0; j-- {
			ret := FindBusRecursive(d.Buses[j], name, typeOK)
			if ret != nil && !ret.IsFull() {
				return ret
			}
			if ret != nil && pick == nil {
				pick = ret
			}
		}
	}
	return pick
}

// BusPrinter computes the lines a bus prints for one of its devices in
// `info qtree` (bus_print_dev); a bus type without one prints the
// device's recorded BusLines.
var BusPrinter = map[string]func(d *Device) []string{}

// QTree is `info qtree` ("\n" line ends).
func (t *Tree) QTree() string {
	var b strings.Builder
	printBus(&b, t.Root, 0)
	return b.String()
}

func printBus(b *strings.Builder, bus *Bus, indent int) {
	pad := strings.Repeat(" ", indent)
	typ := bus.Type
	if bus.Subtype != "" {
		typ = bus.Subtype
	}
	fmt.Fprintf(b, "%sbus: %s\n%s  type %s\n", pad, bus.Name, pad, typ)
	for i := len(bus.Children) - 1; i >= 0; i-- {
		printDevice(b, bus.Children[i], indent+2)
	}
}

func printDevice(b *strings.Builder, d *Device, indent int) {
	pad := strings.Repeat(" ", indent)
	fmt.Fprintf(b, "%sdev: %s, id \"%s\"\n", pad, d.Type.Name, d.ID)
	for _, l := range d.GPIO {
		b.WriteString(pad + "  " + l + "\n")
	}
	for _, p := range d.Props {
		b.WriteString(pad + "  " + p.Name + " = " + p.Value + "\n")
	}
	lines := d.BusLines
	if d.Bus != nil {
		if f := BusPrinter[d.Bus.Type]; f != nil {
			lines = f(d)
		}
	}
	for _, l := range lines {
		b.WriteString(pad + "  " + l + "\n")
	}
	for i := len(d.Buses) - 1; i >= 0; i-- {
		printBus(b, d.Buses[i], indent+2)
	}
}
