package qdev

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Kind classifies a device type name for one binary.
type Kind int

const (
	NotADevice  Kind = iota // no such type, or not a device
	Abstract                // x86_64-cpu, spapr-cpu-core, pci-device, ...
	X86CPU                  // <model>-x86_64-cpu
	SPAPRCore               // <model>-spapr-cpu-core
	PPCThread               // <model>-powerpc64-cpu: not user-creatable
	OtherDevice             // any other concrete device type
)

// Type is a resolved QOM type of one release and binary.
type Type struct {
	Name   string
	Kind   Kind
	Parent string
	cat    *catalog
}

// Prop is one device property as device-list-properties describes it.
type Prop struct {
	Name string
	Type string
	// defaultJSON is the default as recorded (JSON; "" for none), decoded
	// by Default only when asked: decoding every property's default as the
	// catalog loads was a measurable part of the page's start.
	defaultJSON string
	// HasDescription: QEMU gives a description (possibly empty).
	HasDescription bool
	Description    string
	// Check runs after parsing: a property setter's own validation.
	Check func(v int64) error
}

// Category is the heading `-device help` lists a user-creatable type
// under ("Display devices", "Network devices", ...; "" for the others).
func (t Type) Category() string {
	if t.cat == nil {
		return ""
	}
	return t.cat.user[t.Name].category
}

// Default is the property's default as QEMU gives it: nil, bool, string,
// json.Number or a list.
func (p Prop) Default() any {
	if p.defaultJSON == "" {
		return nil
	}
	var v any
	d := json.NewDecoder(strings.NewReader(p.defaultJSON))
	d.UseNumber()
	_ = d.Decode(&v) // a recorded JSON value
	return v
}

// spaprCoreIDCheck is the sPAPR core's core-id setter's own validation.
func spaprCoreIDCheck(v int64) error {
	if v < 0 {
		return fmt.Errorf("Invalid core id %d", v)
	}
	return nil
}

type catalogKey struct {
	rel    *release.Release
	target machinetype.Target
}

var catalogs sync.Map // catalogKey -> *catalog

// catalogFor is the release's types for one binary, read on first use.
func catalogFor(rel *release.Release, target machinetype.Target) *catalog {
	k := catalogKey{rel, target}
	if c, ok := catalogs.Load(k); ok {
		return c.(*catalog)
	}
	c, _ := catalogs.LoadOrStore(k, buildCatalog(rel, target))
	return c.(*catalog)
}

func buildCatalog(rel *release.Release, target machinetype.Target) *catalog {
	c := parseCatalog(rel, target, rel.Text("qom-"+string(target)+".txt"))
	c.readDeviceHelp(rel.Text(string(target) + "-device-help.txt"))
	return c
}

// Lookup finds a type by its exact (case-sensitive) name.
func Lookup(rel *release.Release, target machinetype.Target, name string) Type {
	c := catalogFor(rel, target)
	i, ok := c.index[name]
	if !ok || !c.isDevice(i) {
		return Type{Name: name, Kind: NotADevice, cat: c}
	}
	return c.typeAt(i)
}

func (c *catalog) typeAt(i int) Type {
	t := Type{Name: c.names[i], Kind: OtherDevice, cat: c}
	if p := c.parent[i]; p >= 0 {
		t.Parent = c.names[p]
	}
	switch {
	case c.abstract[i]:
		t.Kind = Abstract
	case strings.HasSuffix(t.Name, "-x86_64-cpu"):
		t.Kind = X86CPU
	case strings.HasSuffix(t.Name, "-spapr-cpu-core"):
		t.Kind = SPAPRCore
	case strings.HasSuffix(t.Name, "-powerpc64-cpu"):
		t.Kind = PPCThread
	}
	return t
}

// LookupType finds any QOM type (a bus type, an interface) by name.
func LookupType(rel *release.Release, target machinetype.Target, name string) Type {
	return catalogFor(rel, target).lookupAny(name)
}

// Resolve finds a device type by name or by its alias (find_typename_by_alias):
// the type and the name it was found by.
func Resolve(rel *release.Release, target machinetype.Target, name string) Type {
	c := catalogFor(rel, target)
	if _, ok := c.index[name]; !ok {
		if real, ok := c.aliases[name]; ok {
			return Lookup(rel, target, real)
		}
	}
	return Lookup(rel, target, name)
}

// DeviceClass is qdev_get_device_class: the type (or its alias) must exist,
// be a device, be concrete and be user-creatable; hot-plugged ones must be
// hotpluggable, and sysbus ones allowed on the machine (cold plug).
func DeviceClass(rel *release.Release, target machinetype.Target, driver string) (Type, error) {
	return deviceClass(rel, target, driver, "", false)
}

// DeviceClassFor is DeviceClass on a machine ("pc", "q35", "pseries": the
// family whose dynamic sysbus list applies), for device_add (hotplug) or
// -device.
func DeviceClassFor(rel *release.Release, target machinetype.Target, family string, driver string, hotplug bool) (Type, error) {
	return deviceClass(rel, target, driver, family, hotplug)
}

// MissingModule is the parent type a listed device type lacks (the
// release's MissingModuleTypes), "" when the type is whole or not listed
// for the target.
func MissingModule(rel *release.Release, target machinetype.Target, name string) string {
	t := Resolve(rel, target, name)
	if t.Kind == NotADevice {
		return ""
	}
	return rel.MissingModuleTypes[t.Name]
}

func deviceClass(rel *release.Release, target machinetype.Target, driver, family string, hotplug bool) (Type, error) {
	t := Resolve(rel, target, driver)
	switch t.Kind {
	case NotADevice:
		if t.Name != driver {
			return t, fmt.Errorf("'%s' (alias '%s') is not a valid device model name", driver, t.Name)
		}
		return t, fmt.Errorf("'%s' is not a valid device model name", driver)
	case Abstract:
		return t, fmt.Errorf("Parameter 'driver' expects a non-abstract device type")
	}
	if parent := MissingModule(rel, target, t.Name); parent != "" && !hotplug {
		return t, fmt.Errorf("missing object type '%s'", parent)
	}
	if !t.UserCreatable() || hotplug && !rel.HotpluggableCheckedLate && !t.Hotpluggable() {
		return t, fmt.Errorf("Parameter 'driver' expects a pluggable device type")
	}
	if family != "" && t.Implements("sys-bus-device") && !t.cat.sysbus[family][t.Name] {
		return t, fmt.Errorf("Parameter 'driver' expects a dynamic sysbus device type for the machine")
	}
	return t, nil
}

// Implements says whether the type is, derives from or implements name.
func (t Type) Implements(name string) bool {
	if t.cat == nil {
		return false
	}
	i, ok := t.cat.index[t.Name]
	if !ok {
		return false
	}
	return t.cat.implements(i, name)
}

// UserCreatable: -device help lists the type.
func (t Type) UserCreatable() bool {
	_, ok := t.cat.user[t.Name]
	return ok
}

// Hotpluggable is the class's hotpluggable flag (user-creatable types only).
func (t Type) Hotpluggable() bool { return t.UserCreatable() && !t.cat.coldOnly[t.Name] }

// BusType is the bus type the device plugs into ("PCI", "usb-bus", ...;
// "" for none), as -device help names it.
func (t Type) BusType() string { return t.cat.user[t.Name].bus }

// Props lists the type's properties in device-list-properties order.
func (t Type) Props() []Prop {
	if t.cat == nil {
		return nil
	}
	return t.cat.props(t.Name)
}

func (t Type) prop(name string) *Prop {
	if t.cat == nil {
		return nil
	}
	return t.cat.prop(t.Name, name)
}

// Prop finds one of the type's properties by name.
func (t Type) Prop(name string) (Prop, bool) {
	p := t.prop(name)
	if p == nil {
		return Prop{}, false
	}
	return *p, true
}

// ListError is device-list-properties' refusal of a type ("" for none):
// QMP class and text.
func ListError(rel *release.Release, target machinetype.Target, name string) (class, desc string) {
	c := catalogFor(rel, target)
	if e, ok := c.listErrors[name]; ok {
		return "GenericError", e
	}
	if last, ok := c.crashes[name]; ok {
		// Listing it kills the recorded binary (a type its missing module
		// would provide: "missing object type ..."); a clean run would
		// not know the type.
		_ = last
		return "DeviceNotFound", fmt.Sprintf("Device '%s' not found", name)
	}
	i, ok := c.index[name]
	if !ok {
		return "DeviceNotFound", fmt.Sprintf("Device '%s' not found", name)
	}
	if !c.isDevice(i) || c.abstract[i] {
		return "GenericError", "Parameter 'typename' expects a non-abstract device type"
	}
	return "", ""
}

// PropsJSON is device-list-properties' return value.
func (t Type) PropsJSON() []any {
	out := []any{}
	for _, p := range t.Props() {
		o := qjson.O("name", p.Name, "type", p.Type)
		if d := p.Default(); d != nil {
			o = append(o, qjson.Member{Key: "default-value", Value: d})
		}
		if p.HasDescription {
			o = append(o, qjson.Member{Key: "description", Value: p.Description})
		}
		out = append(out, o)
	}
	return out
}

// Help is what `device_add <type>,help` and `-device <type>,help` print
// ("\n" line ends): qdev_device_help's lines from device-list-properties,
// sorted.
func (t Type) Help() string {
	props := t.Props()
	if len(props) == 0 {
		return fmt.Sprintf("There are no options for %s.\n", t.Name)
	}
	plain := t.cat.rel.DeviceHelpPlainDefaults
	lines := make([]string, 0, len(props))
	for _, p := range props {
		var b strings.Builder
		fmt.Fprintf(&b, "  %s=<%s>", p.Name, p.Type)
		def := p.Default()
		if p.HasDescription || def != nil {
			for b.Len() < 24 {
				b.WriteByte(' ')
			}
			b.WriteString(" - " + p.Description)
			if def != nil {
				b.WriteString(" (default: " + helpDefault(def, plain) + ")")
			}
		}
		lines = append(lines, b.String())
	}
	sort.Strings(lines)
	return t.Name + " options:\n" + strings.Join(lines, "\n") + "\n"
}

// helpDefault prints a default as the release's help does: JSON, or (plain)
// strings bare and booleans as on/off.
func helpDefault(v any, plain bool) string {
	if plain {
		switch x := v.(type) {
		case string:
			return x
		case bool:
			if x {
				return "on"
			}
			return "off"
		}
	}
	return qjson.Marshal(v)
}

// ListTypes is qom-list-types: the types that are, derive from or implement
// implements ("" for all), abstract ones only when asked, in the type
// table's order.
func ListTypes(rel *release.Release, target machinetype.Target, implements string, abstract bool) []any {
	c := catalogFor(rel, target)
	out := []any{}
	for i, n := range c.names {
		if c.abstract[i] && !abstract {
			continue
		}
		if implements != "" && !c.implements(i, implements) {
			continue
		}
		o := qjson.O("name", n)
		if c.abstract[i] {
			o = append(o, qjson.Member{Key: "abstract", Value: true})
		}
		if p := c.parent[i]; p >= 0 {
			o = append(o, qjson.Member{Key: "parent", Value: c.names[p]})
		}
		out = append(out, o)
	}
	return out
}

// KnownType says whether the release's binary has a type of that name.
func KnownType(rel *release.Release, target machinetype.Target, name string) bool {
	_, ok := catalogFor(rel, target).index[name]
	return ok
}
