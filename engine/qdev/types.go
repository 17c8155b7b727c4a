package qdev

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"hotpluglab/engine/helptext"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
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

// Type is a resolved device type.
type Type struct {
	Name   string
	Kind   Kind
	Parent string
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

//go:embed x86_64-cpu-properties.json
var x86PropsJSON []byte

// max-x86_64-cpu (and host-x86_64-cpu, its child) add migratable and
// host-cache-info.
//
//go:embed x86_64-max-cpu-properties.json
var x86MaxPropsJSON []byte

var (
	// x86Props is device-list-properties qemu64-x86_64-cpu as recorded, in
	// QEMU's own (hash table) order; spaprProps likewise.
	x86Props    []Prop
	x86MaxProps []Prop
	spaprProps  = []Prop{
		{Name: "nr-threads", Type: "int"},
		{Name: "core-id", Type: "int", Check: func(v int64) error {
			if v < 0 {
				return fmt.Errorf("Invalid core id %d", v)
			}
			return nil
		}},
		{Name: "pre-3.0-migration", Type: "bool", Default: false},
		{Name: "node-id", Type: "int32", Default: int64(-1)},
	}
	// ppcThreadProps: a POWER CPU thread (recorded order); such a type is
	// not user-creatable, but its properties can be listed.
	ppcThreadProps = []Prop{
		{Name: "memory", Type: "link<memory-region>"},
		{Name: "start-powered-off", Type: "bool"},
		{Name: "pre-3.0-migration", Type: "bool", Default: false},
		{Name: "pre-2.8-migration", Type: "bool", Default: false},
		{Name: "pre-2.10-migration", Type: "bool", Default: false},
	}
	propIndex = map[Kind]map[string]*Prop{}
	types     = map[machinetype.Target]map[string]Type{}
)

func init() {
	x86Props, x86MaxProps = decodeProps(x86PropsJSON), decodeProps(x86MaxPropsJSON)
	for k, l := range map[Kind][]Prop{X86CPU: x86Props, SPAPRCore: spaprProps, PPCThread: ppcThreadProps, x86Max: x86MaxProps} {
		propIndex[k] = map[string]*Prop{}
		for i := range l {
			propIndex[k][l[i].Name] = &l[i]
		}
	}
	x86 := map[string]Type{}
	for _, n := range []string{"device", "cpu", "x86_64-cpu"} {
		x86[n] = Type{Name: n, Kind: Abstract}
	}
	for _, n := range deviceNames(helptext.X86DeviceHelp) {
		t := Type{Name: n, Kind: OtherDevice}
		if strings.HasSuffix(n, "-x86_64-cpu") {
			t = Type{Name: n, Kind: X86CPU, Parent: "x86_64-cpu"}
			if n == "host-x86_64-cpu" {
				t.Parent = "max-x86_64-cpu"
			}
		}
		x86[n] = t
	}
	types[machinetype.X86_64] = x86

	ppc := map[string]Type{}
	for _, n := range []string{"device", "cpu", "powerpc64-cpu", "cpu-core", "spapr-cpu-core"} {
		ppc[n] = Type{Name: n, Kind: Abstract}
	}
	ppc["spapr-cpu-core"] = Type{Name: "spapr-cpu-core", Kind: Abstract, Parent: "cpu-core"}
	for _, n := range deviceNames(helptext.PPC64DeviceHelp) {
		t := Type{Name: n, Kind: OtherDevice}
		if strings.HasSuffix(n, "-spapr-cpu-core") {
			t = Type{Name: n, Kind: SPAPRCore, Parent: "spapr-cpu-core"}
		}
		ppc[n] = t
	}
	for _, l := range strings.Split(helptext.PPC64CPUHelp, "\n") {
		f := strings.Fields(l)
		if len(f) >= 3 && f[0] == "PowerPC" && f[2] == "PVR" {
			n := f[1] + "-powerpc64-cpu"
			ppc[n] = Type{Name: n, Kind: PPCThread}
		}
	}
	types[machinetype.PPC64] = ppc
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
func Lookup(target machinetype.Target, name string) Type {
	t, ok := types[target][name]
	if !ok {
		return Type{Name: name, Kind: NotADevice}
	}
	return t
}

// DeviceClass is qdev_get_device_class: the type must exist, be a device,
// be concrete and be user-creatable.
func DeviceClass(target machinetype.Target, driver string) (Type, error) {
	t := Lookup(target, driver)
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
	switch t.Kind {
	case X86CPU:
		if t.isMax() {
			return x86MaxProps
		}
		return x86Props
	case SPAPRCore:
		return spaprProps
	case PPCThread:
		return ppcThreadProps
	}
	return nil
}

func (t Type) prop(name string) *Prop {
	if t.isMax() {
		return propIndex[x86Max][name]
	}
	return propIndex[t.Kind][name]
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
		text = helptext.X86CPUProps
	case SPAPRCore:
		text = helptext.SPAPRCoreProps
	case PPCThread:
		text = helptext.PPCThreadProps
	default:
		return ""
	}
	_, rest, _ := strings.Cut(text, "\n")
	if t.isMax() {
		// QEMU prints the property lines sorted (strcmp).
		lines := strings.Split(strings.TrimSuffix(rest, "\n"), "\n")
		lines = append(lines, "  host-cache-info=<bool> -  (default: false)", "  migratable=<bool>      -  (default: true)")
		sort.Strings(lines)
		rest = strings.Join(lines, "\n") + "\n"
	}
	return t.Name + " options:\n" + rest
}

// ListTypes is qom-list-types for the types that implement a parent.
func ListTypes(target machinetype.Target, implements string, abstract bool) []any {
	var names []string
	for n, t := range types[target] {
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
		t := types[target][n]
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

func decodeProps(b []byte) []Prop {
	var l []Prop
	d := json.NewDecoder(strings.NewReader(string(b)))
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
