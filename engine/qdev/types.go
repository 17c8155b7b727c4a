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
	Abstract                // x86_64-cpu, spapr-cpu-core, ...
	X86CPU                  // <model>-x86_64-cpu
	SPAPRCore               // <model>-spapr-cpu-core
	PPCThread               // <model>-powerpc64-cpu: not user-creatable
	OtherDevice             // a real QEMU device the simulator does not model
)

// Type is a resolved device type of one release and binary.
type Type struct {
	Name   string
	Kind   Kind
	Parent string
	cat    *catalog
}

// Prop is one device property as device-list-properties describes it.
type Prop struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Default     any    `json:"default-value,omitempty"`
	Description string `json:"description,omitempty"`
	// Check runs after parsing: a property setter's own validation.
	Check func(v int64) error `json:"-"`
}

// spaprCoreIDCheck is the sPAPR core's core-id setter's own validation.
func spaprCoreIDCheck(v int64) error {
	if v < 0 {
		return fmt.Errorf("Invalid core id %d", v)
	}
	return nil
}

// catalog is one release's device types for one binary, built on first use
// from what the release's binary lists (`-device help`, `-cpu help`) and
// the properties recorded with device-list-properties.
type catalog struct {
	rel       *release.Release
	types     map[string]Type
	props     map[Kind][]Prop
	propIndex map[Kind]map[string]*Prop
}

type catalogKey struct {
	rel    *release.Release
	target machinetype.Target
}

var catalogs sync.Map // catalogKey -> *catalog

func catalogFor(rel *release.Release, target machinetype.Target) *catalog {
	k := catalogKey{rel, target}
	if c, ok := catalogs.Load(k); ok {
		return c.(*catalog)
	}
	c, _ := catalogs.LoadOrStore(k, buildCatalog(rel, target))
	return c.(*catalog)
}

func buildCatalog(rel *release.Release, target machinetype.Target) *catalog {
	c := &catalog{rel: rel, types: map[string]Type{}, propIndex: map[Kind]map[string]*Prop{},
		props: map[Kind][]Prop{
			// The sPAPR core and POWER thread (not user-creatable) as each
			// release's device-list-properties answers.
			SPAPRCore: decodeProps(rel.Text("power9_v2.0-spapr-cpu-core-properties.json")),
			PPCThread: decodeProps(rel.Text("power9_v2.0-powerpc64-cpu-properties.json")),
			X86CPU:    decodeProps(rel.Text("qemu64-x86_64-cpu-properties.json")),
			x86Max:    decodeProps(rel.Text("max-x86_64-cpu-properties.json"))}}
	for i := range c.props[SPAPRCore] {
		if c.props[SPAPRCore][i].Name == "core-id" {
			c.props[SPAPRCore][i].Check = spaprCoreIDCheck
		}
	}
	for k, l := range c.props {
		c.propIndex[k] = map[string]*Prop{}
		for i := range l {
			c.propIndex[k][l[i].Name] = &l[i]
		}
	}
	add := func(t Type) {
		t.cat = c
		c.types[t.Name] = t
	}
	if target == machinetype.X86_64 {
		for _, n := range []string{"device", "cpu", "x86_64-cpu"} {
			add(Type{Name: n, Kind: Abstract})
		}
		for _, n := range deviceNames(rel.Text("x86_64-device-help.txt")) {
			t := Type{Name: n, Kind: OtherDevice}
			if strings.HasSuffix(n, "-x86_64-cpu") {
				t = Type{Name: n, Kind: X86CPU, Parent: "x86_64-cpu"}
				if n == "host-x86_64-cpu" {
					t.Parent = "max-x86_64-cpu"
				}
			}
			add(t)
		}
		return c
	}
	for _, n := range []string{"device", "cpu", "powerpc64-cpu", "cpu-core"} {
		add(Type{Name: n, Kind: Abstract})
	}
	add(Type{Name: "spapr-cpu-core", Kind: Abstract, Parent: "cpu-core"})
	for _, n := range deviceNames(rel.Text("ppc64-device-help.txt")) {
		t := Type{Name: n, Kind: OtherDevice}
		if strings.HasSuffix(n, "-spapr-cpu-core") {
			t = Type{Name: n, Kind: SPAPRCore, Parent: "spapr-cpu-core"}
		}
		add(t)
	}
	for _, l := range strings.Split(rel.Text("ppc64-cpu-help.txt"), "\n") {
		f := strings.Fields(strings.TrimPrefix(l, "PowerPC ")) // 7.2 starts each line with "PowerPC", 10.0 does not
		if len(f) >= 2 && f[1] == "PVR" {
			add(Type{Name: f[0] + "-powerpc64-cpu", Kind: PPCThread})
		}
	}
	return c
}

// deviceNames lists the `name "..."` entries of a -device help text.
func deviceNames(help string) []string {
	var out []string
	for _, l := range strings.Split(help, "\n") {
		if strings.HasPrefix(l, "name \"") {
			n := strings.TrimPrefix(l, "name \"")
			out = append(out, n[:strings.IndexByte(n, '"')])
		}
	}
	return out
}

// Lookup finds a type by its exact (case-sensitive) name.
func Lookup(rel *release.Release, target machinetype.Target, name string) Type {
	c := catalogFor(rel, target)
	t, ok := c.types[name]
	if !ok {
		return Type{Name: name, Kind: NotADevice, cat: c}
	}
	return t
}

// DeviceClass is qdev_get_device_class: the type must exist, be a device,
// be concrete and be user-creatable.
func DeviceClass(rel *release.Release, target machinetype.Target, driver string) (Type, error) {
	t := Lookup(rel, target, driver)
	switch t.Kind {
	case NotADevice:
		return t, fmt.Errorf("'%s' is not a valid device model name", driver)
	case Abstract:
		return t, fmt.Errorf("Parameter 'driver' expects a non-abstract device type")
	case PPCThread:
		return t, fmt.Errorf("Parameter 'driver' expects a pluggable device type")
	}
	return t, nil
}

// Props lists a CPU type's properties in QEMU's order.
func (t Type) Props() []Prop {
	if t.cat == nil {
		return nil
	}
	if t.Kind == X86CPU && t.isMax() {
		return t.cat.props[x86Max]
	}
	return t.cat.props[t.Kind]
}

func (t Type) prop(name string) *Prop {
	if t.cat == nil {
		return nil
	}
	if t.isMax() {
		return t.cat.propIndex[x86Max][name]
	}
	return t.cat.propIndex[t.Kind][name]
}

// PropsJSON is device-list-properties' return value.
func (t Type) PropsJSON() []any {
	out := []any{}
	for _, p := range t.Props() {
		o := qjson.O("name", p.Name, "type", p.Type)
		if p.Default != nil {
			o = append(o, qjson.Member{Key: "default-value", Value: p.Default})
		}
		if p.Description != "" {
			o = append(o, qjson.Member{Key: "description", Value: p.Description})
		}
		out = append(out, o)
	}
	return out
}

// Help is what `device_add <type>,help` prints ("\n" line ends).
func (t Type) Help() string {
	var text string
	switch t.Kind {
	case X86CPU:
		text = t.cat.rel.Text("qemu64-x86_64-cpu-props.txt")
	case SPAPRCore:
		text = t.cat.rel.Text("power9_v2.0-spapr-cpu-core-props.txt")
	case PPCThread:
		text = t.cat.rel.Text("powerpc64-cpu-props.txt")
	default:
		return ""
	}
	_, rest, _ := strings.Cut(text, "\n")
	if t.isMax() {
		// QEMU prints the property lines sorted (strcmp).
		lines := strings.Split(strings.TrimSuffix(rest, "\n"), "\n")
		// Two properties only max and host have, printed the way this
		// release prints a bool (pmu's line tells: "false" or "off").
		onOff := strings.Contains(rest, "  pmu=<bool>             - on/off (default: off)")
		for _, name := range []string{"host-cache-info", "migratable"} {
			p := t.prop(name)
			if p == nil {
				continue
			}
			def, _ := p.Default.(bool)
			v := fmt.Sprint(def)
			if onOff {
				v = map[bool]string{true: "on", false: "off"}[def]
			}
			lines = append(lines, fmt.Sprintf("  %-22s - %s (default: %s)", name+"=<bool>", p.Description, v))
		}
		sort.Strings(lines)
		rest = strings.Join(lines, "\n") + "\n"
	}
	return t.Name + " options:\n" + rest
}

// ListTypes is qom-list-types for the types that implement a parent.
func ListTypes(rel *release.Release, target machinetype.Target, implements string, abstract bool) []any {
	c := catalogFor(rel, target)
	var names []string
	for n, t := range c.types {
		if t.Kind == NotADevice || t.Kind == OtherDevice || t.Kind == PPCThread {
			continue
		}
		if t.Kind == Abstract && (!abstract || n != implements) {
			continue
		}
		if implements != "" && n != implements && t.Parent != implements &&
			!(implements == "x86_64-cpu" && t.Parent == "max-x86_64-cpu") {
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	out := []any{}
	for _, n := range names {
		t := c.types[n]
		o := qjson.O("name", n)
		if t.Kind == Abstract {
			o = append(o, qjson.Member{Key: "abstract", Value: true})
		}
		if t.Parent != "" {
			o = append(o, qjson.Member{Key: "parent", Value: t.Parent})
		}
		out = append(out, o)
	}
	return out
}

// x86Max keys the property index of max/host CPU types.
const x86Max Kind = -1

func decodeProps(text string) []Prop {
	if text == "" {
		return nil
	}
	var l []Prop
	d := json.NewDecoder(strings.NewReader(text))
	d.UseNumber()
	if err := d.Decode(&l); err != nil {
		panic(err)
	}
	for i, p := range l {
		if n, ok := p.Default.(json.Number); ok {
			v, _ := n.Int64()
			l[i].Default = v
		}
	}
	return l
}

func (t Type) isMax() bool { return t.Name == "max-x86_64-cpu" || t.Name == "host-x86_64-cpu" }
