package board

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qom"
)

// The devices as QOM objects: their paths, the buses that are their
// children, what qom-list lists of them and what qom-get reads.

// hostBridgePaths are where boards put their PCI host bridge in QOM.
var hostBridgePaths = map[string]string{"i440FX-pcihost": "/machine/i440fx", "q35-pcihost": "/machine/q35"}

// devicePath is a device's canonical path ("" when the simulator does not
// know it: a board device it has no path for).
func devicePath(d *qdev.Device) string {
	if d.Path != "" {
		return d.Path
	}
	return hostBridgePaths[d.Type.Name]
}

// busPath is a bus's canonical path: its device's, then its name.
func busPath(b *qdev.Bus) string {
	if b.Parent == nil {
		return "/machine/unattached/sysbus"
	}
	if p := devicePath(b.Parent); p != "" {
		return p + "/" + b.Name
	}
	return ""
}

// QOMObjects calls f with the canonical path and type of every device
// and bus the simulator knows the path of.
func (s *State) QOMObjects(f func(path, typ string)) {
	s.Tree.Walk(func(d *qdev.Device) {
		p := devicePath(d)
		if p == "" {
			return
		}
		f(p, d.Type.Name)
		for _, b := range d.Buses {
			f(p+"/"+b.Name, b.Type)
			for _, c := range b.Children {
				if c.Internal && c.Path == "" && strings.HasPrefix(b.Type, "virtio-") {
					f(p+"/virtio-backend", c.Type.Name)
				}
			}
		}
	})
}

// QOMType is the type of the device or bus at a canonical path.
func (s *State) QOMType(path string) (string, bool) {
	var typ string
	found := false
	s.QOMObjects(func(p, t string) {
		if !found && p == path {
			typ, found = t, true
		}
	})
	return typ, found
}

// QOMList is qom-list of a device the user created: its properties as
// recorded from its type (buses named as this device names them).
func (s *State) QOMList(path string) ([]qdev.QOMProp, bool) {
	if props, ok := s.recordedQOMList(path); ok {
		return props, true
	}
	d := s.Tree.FindByPath(path)
	if d == nil || d.Look == nil || len(d.Look.QOM) == 0 {
		return nil, false
	}
	out := make([]qdev.QOMProp, 0, len(d.Look.QOM))
	for _, p := range d.Look.QOM {
		if rest, ok := strings.CutPrefix(p.Name, "probe"); ok && strings.HasPrefix(rest, ".") && d.ID != "" {
			p.Name = d.ID + rest
		}
		out = append(out, p)
	}
	return out, true
}

// QOMGet is qom-get of a device's property: handled is false for a path
// that is no device the simulator built from a recording.
func (s *State) QOMGet(path, prop string) (v any, handled bool, err error) {
	d := s.Tree.FindByPath(path)
	if d == nil {
		return nil, false, nil
	}
	switch prop {
	case "type":
		return d.Type.Name, true, nil
	case "realized":
		return true, true, nil
	case "hotplugged":
		return d.Hotplugged, true, nil
	case "hotpluggable":
		return d.Type.Hotpluggable(), true, nil
	case "parent_bus":
		if d.Bus != nil {
			if p := busPath(d.Bus); p != "" {
				return p, true, nil
			}
		}
	case "addr":
		if f := pci.Of(d); f != nil {
			return int64(f.DevFn), true, nil
		}
	case "chardev":
		if id, ok := s.portChardev[d]; ok {
			return id, true, nil
		}
	}
	if text, ok := d.Prop(prop); ok {
		return printedValue(text), true, nil
	}
	listed := false
	if d.Look != nil {
		for _, p := range d.Look.QOM {
			listed = listed || p.Name == prop
		}
	}
	if !listed {
		return nil, true, fmt.Errorf("Property '%s.%s' not found", d.Type.Name, prop)
	}
	return nil, false, nil
}

// printedValue reads a value back from how `info qtree` printed it: a
// quoted string, a number ("16 (0x10)", "4096 (4 KiB)"), a boolean, or
// an enum's name.
func printedValue(text string) any {
	if u, err := strconv.Unquote(text); err == nil && strings.HasPrefix(text, `"`) {
		return u
	}
	switch text {
	case "true":
		return true
	case "false":
		return false
	}
	num, _, _ := strings.Cut(text, " (")
	if n, err := strconv.ParseInt(num, 10, 64); err == nil {
		return n
	}
	if n, err := strconv.ParseUint(num, 10, 64); err == nil {
		return n
	}
	return text
}

// recordedQOMList is qom-list of what the board's recording holds: the
// machine, its host bridge and its own devices, found by the path they
// had when recorded.
func (s *State) recordedQOMList(path string) ([]qdev.QOMProp, bool) {
	key := ""
	switch {
	case path == "/machine":
		key = path
	default:
		s.Tree.Walk(func(d *qdev.Device) {
			if key != "" || devicePath(d) != path {
				return
			}
			if p, ok := hostBridgePaths[d.Type.Name]; ok {
				key = p
			} else if i := slices.Index(s.unattachedDevs, d); i >= 0 && s.recordedBoardDevice(d) {
				key = fmt.Sprintf("/machine/unattached/device[%d]", i-s.madeBefore(i))
			}
		})
	}
	if key == "" {
		return nil, false
	}
	props, ok := qom.Recorded(s.M.Release(), string(s.M.Target), "board:"+s.Name+":"+key)
	out := make([]qdev.QOMProp, len(props))
	for i, p := range props {
		out[i] = qdev.QOMProp{Name: p.Name, Type: p.Type}
	}
	return out, ok
}

// SetAfterRealize is qom-set of a qdev property on a realized device:
// refused (qdev_prop_set_after_realize), naming the device that owns the
// property: a virtio proxy's aliased properties are its backend's, an
// anonymous device (measured on both releases). nil: prop is no qdev
// property of the device's.
func (s *State) SetAfterRealize(d *qdev.Device, prop string) error {
	if _, has := d.Type.Prop(prop); !has {
		return nil
	}
	owner := d
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if _, has := c.Type.Prop(prop); has && c.Internal && strings.HasPrefix(b.Type, "virtio-") {
				owner = c
			}
		}
	}
	if owner == d && d.ID != "" {
		return fmt.Errorf("Attempt to set property '%s' on device '%s' (type '%s') after it was realized", prop, d.ID, d.Type.Name)
	}
	return fmt.Errorf("Attempt to set property '%s' on anonymous device (type '%s') after it was realized", prop, owner.Type.Name)
}
