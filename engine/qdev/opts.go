// Package qdev is QEMU's device option handling for device_add and -device:
// QemuOpts parsing ("driver,prop=val,..."), the QMP argument conversion, id
// validation, the device type lookup (qdev_get_device_class) and typed
// property setting with QEMU's errors, in QEMU's order.
package qdev

import (
	"fmt"
	"strings"

	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Opt is one option as typed: name and string value.
type Opt struct {
	Name, Value string
	// JSON is the value as QMP sent it (nil for typed options): releases
	// that set properties from the QDict check its JSON type.
	JSON any
}

// Opts is a parsed device option string (QemuOpts of the "device" list).
type Opts struct {
	// Arg is the text parsed.
	Arg   string
	ID    string
	HasID bool
	// List holds the options in the order typed, "id" left out.
	List []Opt
}

// Get returns the last value of an option (QemuOpts lookups find the last).
func (o *Opts) Get(name string) (string, bool) {
	for i := len(o.List) - 1; i >= 0; i-- {
		if o.List[i].Name == name {
			return o.List[i].Value, true
		}
	}
	return "", false
}

// HasHelp says whether a "help" or "?" flag was given (qemu_opt_has_help_opt).
func (o *Opts) HasHelp() bool {
	for _, p := range o.List {
		if p.Name == "help" || p.Name == "?" {
			return true
		}
	}
	return false
}

// Dict is qemu_opts_to_qdict: "id" first, then every option; a repeated
// name keeps its first position and takes the last value.
func (o *Opts) Dict() qjson.Object {
	d := qjson.Object{}
	if o.HasID {
		d.Set("id", o.ID)
	}
	for _, p := range o.List {
		if p.JSON != nil {
			d.Set(p.Name, p)
			continue
		}
		d.Set(p.Name, p.Value)
	}
	return d
}

// IDError is the error for a malformed id; QEMU adds a hint line.
type IDError struct{}

func (IDError) Error() string { return "Parameter 'id' expects an identifier" }

// IDHint is the hint QEMU prints after IDError.
const IDHint = qemuopts.IDHint

// IDWellFormed is id_wellformed: a letter, then letters, digits, '-', '.', '_'.
func IDWellFormed(id string) bool { return qemuopts.IDWellFormed(id) }

// Parse is qemu_opts_parse for the "device" list with "driver" as the
// implied first option. Warnings are the deprecation notes QEMU prints for
// short-form booleans ("pcid" for "pcid=on").
func Parse(params string) (o *Opts, warnings []string, err error) {
	o = &Opts{Arg: params}
	// opts_parse_id: the first "id=" wins.
	for p := params; p != ""; {
		var name, value string
		p, name, value, _ = nameValue(p, false)
		if name == "id" {
			o.ID, o.HasID = value, true
			break
		}
	}
	if o.HasID && !IDWellFormed(o.ID) {
		return nil, nil, IDError{}
	}
	first := true
	for p := params; p != ""; {
		var name, value string
		var flag bool
		p, name, value, flag = nameValue(p, first)
		first = false
		if flag && name != "help" && name != "?" {
			if value == "off" {
				warnings = append(warnings, fmt.Sprintf("short-form boolean option 'no%s' deprecated\nPlease use %s=off instead", name, name))
			} else {
				warnings = append(warnings, fmt.Sprintf("short-form boolean option '%s' deprecated\nPlease use %s=on instead", name, name))
			}
		}
		if name == "id" {
			continue
		}
		o.List = append(o.List, Opt{Name: name, Value: value})
	}
	return o, warnings, nil
}

// nameValue is get_opt_name_value: "name=value", a bare first value for the
// implied "driver", or a bare flag ("x" = on, "nox" = off).
func nameValue(p string, implied bool) (rest, name, value string, flag bool) {
	n := strings.IndexAny(p, "=,")
	if n < 0 {
		n = len(p)
	}
	if n == len(p) || p[n] != '=' {
		if implied {
			name = "driver"
			value, rest = optValue(p)
		} else {
			name, rest = p[:n], p[n:]
			if strings.HasPrefix(name, "no") {
				name, value = name[2:], "off"
			} else {
				value = "on"
			}
			flag = true
		}
	} else {
		name = p[:n]
		value, rest = optValue(p[n+1:])
	}
	if strings.HasPrefix(rest, ",") {
		rest = rest[1:]
	}
	return rest, name, value, flag
}

// optValue reads a value up to a single comma; ",," is an escaped comma.
func optValue(p string) (value, rest string) {
	var b strings.Builder
	i := 0
	for i < len(p) {
		if p[i] == ',' {
			if i+1 < len(p) && p[i+1] == ',' {
				b.WriteByte(',')
				i += 2
				continue
			}
			break
		}
		b.WriteByte(p[i])
		i++
	}
	return b.String(), p[i:]
}

// FromQMP is qemu_opts_from_qdict for QMP device_add arguments: strings stay,
// numbers and booleans become text ("on"/"off"), anything else is dropped; a
// non-string "id" means no id.
//
// Releases that set properties from the QDict (rel.QMPDeviceAddTyped) take
// driver, bus and id only when they are strings, and check no id syntax.
func FromQMP(rel *release.Release, args qjson.Object) (*Opts, error) {
	return fromDict(args, rel.QMPDeviceAddTyped)
}

// FromJSON is a -device given as JSON (qdev_device_add_from_qdict with
// from_json): every release sets its properties from the typed QDict.
func FromJSON(args qjson.Object) *Opts {
	o, _ := fromDict(args, true)
	return o
}

func fromDict(args qjson.Object, typed bool) (*Opts, error) {
	o := &Opts{}
	if v, ok := args.Get("id"); ok {
		if s, ok := v.(string); ok {
			if !IDWellFormed(s) && !typed {
				return nil, IDError{}
			}
			o.ID, o.HasID = s, true
		}
	}
	for _, m := range args.Ordered() {
		if m.Key == "id" {
			continue
		}
		if _, isStr := m.Value.(string); typed && !isStr && (m.Key == "driver" || m.Key == "bus") {
			continue
		}
		var s string
		switch x := m.Value.(type) {
		case string:
			s = x
		case bool:
			s = "off"
			if x {
				s = "on"
			}
		case fmt.Stringer: // json.Number: an integer, canonical
			s = x.String()
		case float64: // QMP input's other numbers
			s = qjson.FormatDouble(x)
		default:
			if !typed {
				continue // qemu_opts_from_qdict drops what is not a scalar
			}
		}
		var j any // untyped: the value is its text alone, as QemuOpts keeps it
		if typed {
			j = m.Value
			if j == nil {
				j = jsonNull{}
			}
		}
		o.List = append(o.List, Opt{Name: m.Key, Value: s, JSON: j})
	}
	return o, nil
}

// jsonNull stands for a QMP null, which a typed property refuses.
type jsonNull struct{}
