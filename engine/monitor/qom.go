package monitor

import (
	"fmt"
	"strings"

	"hotpluglab/engine/acpi"
	"hotpluglab/engine/format"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
)

// qom-get / qom-set on the objects that matter for CPU hotplug, and
// query-acpi-ospm-status.

func init() {
	RegisterHMP(&HMPCommand{Name: "qom-get", ArgsType: "path:s,property:s", Run: func(mon *Monitor, a Args) string {
		path, _ := a.Str("path")
		prop, _ := a.Str("property")
		v, err := mon.QOMGet(path, prop)
		if err != nil {
			return ErrorLine(err)
		}
		return CRLF(prettyJSON(v, "") + "\n")
	}})
	RegisterHMP(&HMPCommand{Name: "qom-set", ArgsType: "json:-j,path:s,property:s,value:S", Run: func(mon *Monitor, a Args) string {
		path, _ := a.Str("path")
		prop, _ := a.Str("property")
		text, _ := a.Str("value")
		var v any = qomText(text)
		if a.Bool("json") {
			d, err := qjson.Decode([]byte(text))
			if err != nil {
				return ErrorLine(GenericError("JSON parse error, " + jsonErrorText(err)))
			}
			v = d
		}
		if err := mon.QOMSet(path, prop, v); err != nil {
			if mon.Crashed != nil {
				return ""
			}
			return ErrorLine(err)
		}
		return ""
	}})
	RegisterQMPArgs("qom-get", []ArgSpec{{"path", "str", false}, {"property", "str", false}}, func(mon *Monitor, args qjson.Object) (any, *Error) {
		path, _ := args.Get("path")
		prop, _ := args.Get("property")
		return mon.QOMGet(path.(string), prop.(string))
	})
	RegisterQMPArgs("qom-set", []ArgSpec{{"path", "str", false}, {"property", "str", false}, {"value", "any", false}}, func(mon *Monitor, args qjson.Object) (any, *Error) {
		path, _ := args.Get("path")
		prop, _ := args.Get("property")
		v, _ := args.Get("value")
		if err := mon.QOMSet(path.(string), prop.(string), v); err != nil {
			return nil, err
		}
		return qjson.Object{}, nil
	})
	RegisterQMP("query-acpi-ospm-status", func(mon *Monitor, _ qjson.Object) (any, *Error) {
		b := acpi.Of(mon.M)
		if b == nil {
			return nil, GenericError("command is not supported, missing ACPI device")
		}
		return b.OSPMStatus(), nil
	})
}

// qomText is a property value typed in HMP without -j: text the property's
// own parser reads (the keyval input visitor).
type qomText string

// qomObject resolves a QOM path to the type name of an object the simulator
// models; "" when there is none. Empty path components are skipped, as QEMU does.
func (mon *Monitor) qomObject(path string) string {
	var parts []string
	for _, p := range strings.Split(path, "/") {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if !strings.HasPrefix(path, "/") {
		return "" // partial paths are not modelled
	}
	p := "/" + strings.Join(parts, "/")
	m := mon.M
	switch p {
	case "/":
		return "container"
	case "/machine":
		return m.Type.QOMType()
	case "/machine/peripheral", "/machine/peripheral-anon", "/machine/unattached":
		return "container"
	case "/machine/acpi-device":
		if acpi.Of(m) != nil {
			if m.Type.Family == machinetype.Q35 {
				return "ICH9-LPC"
			}
			return "PIIX4_PM"
		}
	case "/machine/unattached/device[0]":
		if m.XIVE {
			return "spapr-xive"
		}
	}
	for _, c := range m.CPUs {
		if p == c.QOMPath {
			return c.Type
		}
		for j := 0; m.IsSPAPR() && j < c.Threads; j++ {
			if p == m.ThreadPath(c, j) {
				return m.ThreadType
			}
		}
	}
	return ""
}

// QOMGet reads a QOM property; other packages extend it through QOMGetters.
func (mon *Monitor) QOMGet(path, prop string) (any, *Error) {
	for _, g := range QOMGetters {
		if v, ok, err := g(mon, path, prop); ok || err != nil {
			return v, err
		}
	}
	typ := mon.qomObject(path)
	if typ == "" {
		return nil, &Error{Class: "DeviceNotFound", Desc: "Device '" + path + "' not found"}
	}
	if prop == "type" {
		return typ, nil
	}
	m := mon.M
	switch typ {
	case m.Type.QOMType():
		if prop == "smp" {
			return format.SMP(m), nil
		}
		if mode, ok := m.Extra["spapr.ic-mode"].(string); ok && prop == "ic-mode" {
			return mode, nil
		}
	case "PIIX4_PM", "ICH9-LPC":
		switch prop {
		case "cpu-hotplug-legacy":
			return acpi.Of(m).Legacy(), nil
		case "hotplugged":
			return false, nil
		case "realized":
			return true, nil
		}
	}
	if c := m.FindCPU(path); c != nil && c.QOMPath == path {
		p := m.SlotProps(c.Slot)
		switch prop {
		case "socket-id", "die-id", "core-id", "thread-id", "node-id":
			if m.IsSPAPR() && prop != "core-id" && prop != "node-id" {
				break
			}
			v := map[string]int{"socket-id": p.Socket, "die-id": p.Die, "core-id": p.Core, "thread-id": p.Thread, "node-id": p.Node}[prop]
			if prop == "die-id" && v < 0 {
				v = 0
			}
			return int64(v), nil
		case "apic-id":
			if !m.IsSPAPR() {
				return int64(m.Slots[c.Slot].ArchID), nil
			}
		case "nr-threads":
			if m.IsSPAPR() {
				return int64(c.Threads), nil
			}
		case "hotplugged":
			return c.Origin == machine.HotPlug, nil
		case "realized":
			return true, nil
		}
	}
	return nil, GenericError(fmt.Sprintf("Property '%s.%s' not found", typ, prop))
}

// QOMGetters let other packages answer qom-get for their objects.
var QOMGetters []func(mon *Monitor, path, prop string) (any, bool, *Error)

// QOMPathExists says whether a path names an object the simulator models.
func (mon *Monitor) QOMPathExists(path string) bool { return mon.qomObject(path) != "" }

// QOMSet writes a QOM property. Only cpu-hotplug-legacy of the ACPI device
// is writable: false switches the block to modern mode; true trips QEMU's
// assertion.
func (mon *Monitor) QOMSet(path, prop string, v any) *Error {
	typ := mon.qomObject(path)
	if typ == "" {
		return &Error{Class: "DeviceNotFound", Desc: "Device '" + path + "' not found"}
	}
	if (typ == "PIIX4_PM" || typ == "ICH9-LPC") && prop == "cpu-hotplug-legacy" {
		var b bool
		switch x := v.(type) {
		case qomText:
			switch x {
			case "on", "yes", "true", "y":
				b = true
			case "off", "no", "false", "n":
			default:
				return GenericError("Parameter 'cpu-hotplug-legacy' expects 'on' or 'off'")
			}
		case bool:
			b = x
		default:
			return GenericError("Invalid parameter type for 'cpu-hotplug-legacy', expected: boolean")
		}
		if b {
			file, fn := mon.M.Release().PIIX4LegacyAssert, "piix4_set_cpu_hotplug_legacy"
			if typ == "ICH9-LPC" {
				file, fn = mon.M.Release().ICH9LegacyAssert, "ich9_pm_set_cpu_hotplug_legacy"
			}
			mon.crash(&machine.Crash{Stderr: fmt.Sprintf("%s: %s: %s: Assertion `!value' failed.\n", mon.Target.Binary(), file, fn), Signal: 6})
			return GenericError("assertion")
		}
		acpi.Of(mon.M).SwitchToModern()
		return nil
	}
	if prop == "type" {
		return GenericError(fmt.Sprintf("Property '%s.type' is not writable", typ))
	}
	return GenericError(fmt.Sprintf("Property '%s.%s' not found", typ, prop))
}

// prettyJSON is qobject_to_json_pretty as HMP prints it.
func prettyJSON(v any, indent string) string {
	switch x := v.(type) {
	case qjson.Object:
		if len(x) == 0 {
			return "{\n" + indent + "}"
		}
		var b strings.Builder
		b.WriteString("{\n")
		for i, m := range x.Ordered() {
			if i > 0 {
				b.WriteString(",\n")
			}
			b.WriteString(indent + "    " + qjson.Marshal(m.Key) + ": " + prettyJSON(m.Value, indent+"    "))
		}
		b.WriteString("\n" + indent + "}")
		return b.String()
	case []any:
		if len(x) == 0 {
			return "[\n" + indent + "]"
		}
		var b strings.Builder
		b.WriteString("[\n")
		for i, e := range x {
			if i > 0 {
				b.WriteString(",\n")
			}
			b.WriteString(indent + "    " + prettyJSON(e, indent+"    "))
		}
		b.WriteString("\n" + indent + "]")
		return b.String()
	}
	return qjson.Marshal(v)
}
