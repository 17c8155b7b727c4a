package monitor

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"hotpluglab/engine/acpi"
	"hotpluglab/engine/board"
	"hotpluglab/engine/chardev"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/format"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
	"hotpluglab/engine/smp"
)

// qom-get / qom-set on the objects that matter for CPU hotplug, and
// query-acpi-ospm-status.

func init() {
	registerLater(func() {
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
				d, err := qjson.Parse([]byte(text))
				if err != nil {
					return ErrorLine(err)
				}
				v = d
			}
			err := mon.QOMSet(path, prop, v)
			var out strings.Builder
			for _, w := range mon.takeQOMWarnings() {
				out.WriteString(CRLF("warning: " + w + "\n")) // warn_report, an HMP monitor current
			}
			if err != nil {
				if mon.Crashed != nil {
					return ""
				}
				out.WriteString(ErrorLine(err))
			}
			return out.String()
		}})
		RegisterQMP("qom-get", func(mon *Monitor, args qjson.Object) (any, *Error) {
			path, _ := args.Get("path")
			prop, _ := args.Get("property")
			return mon.QOMGet(path.(string), prop.(string))
		})
		RegisterQMP("qom-set", func(mon *Monitor, args qjson.Object) (any, *Error) {
			path, _ := args.Get("path")
			prop, _ := args.Get("property")
			v, _ := args.Get("value")
			err := mon.QOMSet(path.(string), prop.(string), v)
			for _, w := range mon.takeQOMWarnings() {
				mon.WriteStderr("warning: " + w + "\n") // a QMP monitor current: stderr, no program name
			}
			if err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("query-acpi-ospm-status", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			b := acpi.Of(mon.M)
			if b == nil && mon.M.Type.Family == machinetype.Microvm && mon.M.Props["acpi"] != "off" {
				return []any{}, nil // its acpi-ged: no memory hotplug, no CPUs to report (measured)
			}
			if b == nil {
				return nil, GenericError("command is not supported, missing ACPI device")
			}
			// piix4/ich9_pm_ospm_status: the DIMM slots, then the CPUs.
			out := board.Of(mon.M).MemOSPMStatus()
			return append(out, b.OSPMStatus()...), nil
		})
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
	p := "/" + strings.Join(parts, "/")
	if !strings.HasPrefix(path, "/") {
		if p = mon.resolvePartial(parts); p == "" {
			return ""
		}
	}
	p = mon.followBusLinks(p)
	m := mon.M
	switch p {
	case "/":
		return "container"
	case "/machine":
		return m.Type.QOMType()
	case "/machine/peripheral", "/machine/peripheral-anon", "/machine/unattached", "/objects":
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
	for _, o := range object.Of(m) {
		if p == "/objects/"+o.ID {
			return o.Type
		}
	}
	if c := chardev.Of(m); c != nil {
		if p == "/chardevs" {
			return "container"
		}
		for _, x := range c.QOM() {
			if p == "/chardevs/"+x[0] {
				return x[1]
			}
		}
	}
	for _, c := range m.CPUs {
		if p == c.QOMPath {
			return c.Type
		}
		for j := 0; m.IsSPAPR() && j < c.Threads && !c.Unrealized; j++ {
			if p == m.ThreadPath(c, j) {
				return m.ThreadType
			}
		}
	}
	if b := board.Of(m); b != nil {
		if t, ok := b.QOMType(p); ok {
			return t
		}
	}
	if mon.memoryRegionNode(p) {
		return "memory-region"
	}
	return ""
}

// qomObjects calls f with the path and type of every object the
// simulator knows in the QOM tree (below /machine, /objects and /chardevs).
func (mon *Monitor) qomObjects(f func(path, typ string)) {
	m := mon.M
	f("/machine", m.Type.QOMType())
	for _, c := range []string{"peripheral", "peripheral-anon", "unattached"} {
		f("/machine/"+c, "container")
	}
	for _, c := range m.CPUs {
		f(c.QOMPath, c.Type)
		for j := 0; m.IsSPAPR() && j < c.Threads && !c.Unrealized; j++ {
			f(m.ThreadPath(c, j), m.ThreadType)
		}
	}
	if b := board.Of(m); b != nil {
		b.QOMObjects(f)
	}
	// The other roots a partial path searches too (object_resolve_partial_path
	// walks the whole tree from /): user objects and chardevs.
	f("/objects", "container")
	for _, o := range object.Of(m) {
		f("/objects/"+o.ID, o.Type)
	}
	if c := chardev.Of(m); c != nil {
		f("/chardevs", "container")
		for _, x := range c.QOM() {
			f("/chardevs/"+x[0], x[1])
		}
	}
	mon.memoryRegionPaths(func(p string) { f(p, "memory-region") })
}

// resolvePartial is object_resolve_partial_path: the one object whose path
// ends with the given components ("" when none is, or several are).
func (mon *Monitor) resolvePartial(parts []string) string {
	if found, n := mon.partialMatches(parts); n == 1 {
		return found
	}
	return ""
}

// partialMatches: the objects a partial path names, how many (and the last
// one). No component at all ("") names every object.
func (mon *Monitor) partialMatches(parts []string) (string, int) {
	if len(parts) == 0 {
		return "", 2
	}
	suffix := "/" + strings.Join(parts, "/")
	found, n := "", 0
	mon.qomObjects(func(path, _ string) {
		if strings.HasSuffix(path, suffix) && path != found {
			found = path
			n++
		}
	})
	// A link property on the way counts as a match too.
	if b := board.Of(mon.M); b != nil {
		b.QOMLinks(func(path, target string) {
			if strings.HasSuffix(path, suffix) && target != found {
				found = target
				n++
			}
		})
	}
	return found, n
}

// absPath is a path as qom-get/qom-list resolve it: absolute, or the one
// object a partial path names ("" for none).
func (mon *Monitor) absPath(path string) string {
	var parts []string
	for _, p := range strings.Split(path, "/") {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if strings.HasPrefix(path, "/") {
		return mon.followBusLinks("/" + strings.Join(parts, "/"))
	}
	return mon.resolvePartial(parts)
}

// followBusLinks: a path through a bus's child[N] link names the child.
func (mon *Monitor) followBusLinks(p string) string {
	if b := board.Of(mon.M); b != nil {
		return b.FollowBusLinks(p)
	}
	return p
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
	if typ == "memory-region" {
		return mon.memoryRegionGet(mon.absPath(path), prop)
	}
	m := mon.M
	if v, ok := mon.writtenQOM(mon.absPath(path), prop); ok {
		return v, nil
	}
	if b := board.Of(m); b != nil {
		v, ok, err := b.QOMGet(mon.absPath(path), prop)
		if err != nil {
			return nil, GenericError(err.Error())
		}
		if ok {
			return v, nil
		}
	}
	switch typ {
	case m.Type.QOMType():
		if prop == "smp" {
			return format.SMP(m), nil
		}
		if c, ok := m.Extra[smp.CachesKey].(smp.Caches); ok && prop == "smp-cache" {
			return smpCacheValue(c), nil
		}
		if prop == "memory-backend" {
			// A link: the RAM's backend, the machine's own unless NUMA
			// nodes or memory-backend= give the RAM (measured: "/objects/pc.ram").
			if id, ok := m.Props["memory-backend"]; ok {
				return "/objects/" + id, nil
			}
			if id := object.RAMID(m); id != "" && !m.NUMAMemdevs {
				return "/objects/" + id, nil
			}
			return "", nil
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
	abs := mon.absPath(path)
	if core, _, inCore := strings.Cut(abs, "/thread["); inCore && prop == "hotplugged" && mon.cpuValuesKey(abs) != "" {
		// A sPAPR thread is made by its core's realize: hot-plugged with it
		// (device_initfn marks any device made after machine init).
		return m.FindCPU(core).Origin == machine.HotPlug, nil
	}
	if c := m.FindCPU(abs); c != nil && c.QOMPath == abs {
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
			return !c.Unrealized, nil
		}
	}
	for _, o := range object.Of(m) {
		if abs != "/objects/"+o.ID {
			continue
		}
		// A memory backend's size, as given (-object or object_add).
		if strings.HasPrefix(o.Type, "memory-backend-") && prop == "size" {
			if n, err := numa.ParseSize(o.Props["size"]); err == nil {
				return n, nil
			}
		}
		if strings.HasPrefix(o.Type, "memory-backend-") {
			if v, ok := mon.memdevValue(o, prop); ok {
				return v, nil
			}
		}
		// A throttle group's limits (x-iops-total ...), given or 0.
		if o.Type == "throttle-group" && strings.HasPrefix(prop, "x-") && throttleGroupHas(m.Release(), string(m.Target), prop) {
			if n, err := strconv.ParseInt(o.Props[prop], 10, 64); err == nil {
				return n, nil
			}
			return int64(0), nil
		}
		// A throttle group's ThrottleLimits: every member, in the
		// schema's order (the reply prints them in QDict order).
		if o.Type == "throttle-group" && prop == "limits" {
			out := qjson.Object{}
			for _, k := range throttleLimitMembers {
				v, err := strconv.ParseInt(o.Props["x-"+k], 10, 64)
				if err != nil {
					v = map[bool]int64{true: 1}[strings.HasSuffix(k, "-max-length")]
				}
				out = append(out, qjson.Member{Key: k, Value: v})
			}
			return out, nil
		}
		// An iothread's polling parameters, given or default.
		if o.Type == "iothread" && iothreadParams[prop] {
			v, _ := object.IOThread(o, 0).Get(prop)
			return v, nil
		}
		// A string property reads back as it was given (a secret's data).
		if v, given := o.Props[prop]; given {
			props, _ := qom.Recorded(m.Release(), string(m.Target), "object:"+o.Type)
			for _, p := range props {
				if p.Name == prop && p.Type == "string" {
					return v, nil
				}
			}
		}
		// Any other property of the type's: given, or its default.
		if v, ok := object.PropValue(m.Release(), string(m.Target), o, prop); ok {
			return v, nil
		}
	}
	if abs == "/machine" {
		if v, ok := mon.machineValue(prop); ok {
			return v, nil
		}
	}
	if v, ok := mon.cpuValue(abs, prop); ok {
		return v, nil
	}
	if prop == "crash-information" && !m.IsSPAPR() && mon.cpuValuesKey(abs) != "" {
		return nil, GenericError("No crash occurred")
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
		b, err := qomBool(prop, v)
		if err != nil {
			return err
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
	if typ == "memory-region" {
		return memoryRegionSet(prop)
	}
	if prop == "type" {
		return GenericError(fmt.Sprintf("Property '%s.type' is not writable", typ))
	}
	if mon.absPath(path) == "/machine" && prop == "smp-cache" && mon.machinePropType(prop) != "" {
		if l, ok := v.([]any); ok {
			return mon.setSMPCache(l)
		}
	}
	if mon.absPath(path) == "/machine" {
		if err, handled := mon.setMachineValue(prop, v); handled {
			return err
		}
	}
	for _, o := range object.Of(mon.M) {
		if mon.absPath(path) != "/objects/"+o.ID {
			continue
		}
		// Set only before the object is complete (throttle_group_set,
		// host_memory_backend_set_size once its memory exists).
		if o.Type == "throttle-group" && strings.HasPrefix(prop, "x-") && throttleGroupHas(mon.M.Release(), string(mon.Target), prop) {
			return GenericError("Property cannot be set after initialization")
		}
		if strings.HasPrefix(o.Type, "memory-backend-") && prop == "size" {
			return GenericError("cannot change property size of " + o.Type + " ")
		}
	}
	for _, o := range object.Of(mon.M) {
		if mon.absPath(path) == "/objects/"+o.ID && strings.HasPrefix(o.Type, "memory-backend-") {
			if err, handled := mon.setMemdevValue(o, prop, v); handled {
				return err
			}
		}
		if mon.absPath(path) == "/objects/"+o.ID && o.Type == "iothread" && iothreadParams[prop] {
			var n int64
			var err error
			switch x := v.(type) {
			case qomText:
				var ok bool // the string input visitor: qemu_strtoi64, base 0
				if n, ok = cStrtoi64(string(x), mon.M.Release().StrtoullBinary); !ok {
					return GenericError(fmt.Sprintf("Parameter '%s' expects int64", prop))
				}
			case json.Number:
				if n, err = x.Int64(); err != nil {
					return GenericError(fmt.Sprintf("Parameter '%s' expects int64", prop))
				}
			default:
				return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: integer", prop))
			}
			if n < 0 { // iothread_set_param
				return GenericError(fmt.Sprintf("%s value must be in range [0, 9223372036854775807]", prop))
			}
			object.SetProp(mon.M, o.ID, prop, strconv.FormatInt(n, 10))
			return nil
		}
	}
	for _, o := range object.Of(mon.M) {
		if mon.absPath(path) == "/objects/"+o.ID {
			if err, handled := mon.setObjectProp(o, prop, v); handled {
				return err
			}
		}
	}
	if err, handled := mon.setCPUValue(mon.absPath(path), prop, v); handled {
		return err
	}
	if c := mon.M.FindCPU(mon.absPath(path)); c != nil && c.QOMPath == mon.absPath(path) && cpuStaticProp(mon.M, prop) {
		// A qdev property's setter refuses first, whatever the value,
		// naming the property an alias stands for.
		prop = qom.Canonical(mon.M.Release(), prop)
		if c.ID != "" {
			return GenericError(fmt.Sprintf("Attempt to set property '%s' on device '%s' (type '%s') after it was realized", prop, c.ID, c.Type))
		}
		return GenericError(fmt.Sprintf("Attempt to set property '%s' on anonymous device (type '%s') after it was realized", prop, c.Type))
	}
	if b := board.Of(mon.M); b != nil {
		d := b.DeviceAt(mon.absPath(path))
		if d == nil {
			d = b.VirtioBackendAt(mon.absPath(path))
		}
		if d != nil {
			if err := board.GuestStatsNotWritable(d, prop); err != nil {
				return GenericError(err.Error())
			}
			switch prop {
			case "hotplugged", "hotpluggable", "parent_bus": // getters only (measured; hotpluggable: pm-x-r42-f1)
				return GenericError(fmt.Sprintf("Property '%s.%s' is not writable", typ, prop))
			case "realized":
				// device_set_realized: realizing a realized device does
				// nothing; false unrealizes it where it stands (its own
				// bus's devices too, none unparented: no event).
				on, err := qomBool(prop, v)
				if err != nil || on {
					return err
				}
				b.Unrealize(d)
				mon.Note("Unrealizing a device in place: the simulator keeps it in its lists; QEMU's device stops working.")
				return nil
			}
			if _, balloon := b.PollInterval(d); balloon && prop == "guest-stats-polling-interval" {
				var n int64
				var err error
				switch x := v.(type) {
				case qomText:
					n, err = strconv.ParseInt(string(x), 10, 64)
				case json.Number:
					n, err = x.Int64()
				default:
					return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: integer", prop))
				}
				if err != nil {
					return GenericError(fmt.Sprintf("Parameter '%s' expects int64", prop))
				}
				if err := b.SetPollInterval(d, n); err != nil {
					return GenericError(err.Error())
				}
				return nil
			}
			if handled, err := b.SetVirtioMem(d, prop, func() (uint64, error) { return qomSize(mon, prop, v) }); handled {
				if err != nil {
					return GenericError(err.Error())
				}
				return nil
			}
			if owner := board.BootIndexOwner(d); owner != nil && prop == "bootindex" {
				n, e := qomInt(prop, v, false)
				if e != nil {
					return e
				}
				if int64(int32(n)) != n {
					return GenericError("Parameter 'bootindex' expects int32_t")
				}
				if err := b.SetBootIndex(owner, n); err != nil {
					return GenericError(err.Error())
				}
				return nil
			}
			if err := b.SetAfterRealize(d, prop); err != nil {
				return GenericError(err.Error())
			}
		}
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

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "qom-list", Run: func(mon *Monitor, a Args) string {
			path, ok := a.Str("path")
			if !ok {
				return "/\r\n"
			}
			props, err := mon.qomList(path)
			if err != nil {
				return ErrorLine(err)
			}
			var b strings.Builder
			for _, p := range props {
				b.WriteString(p.name + " (" + p.typ + ")\r\n")
			}
			return b.String()
		}})
		RegisterQMP("qom-list", func(mon *Monitor, args qjson.Object) (any, *Error) {
			path, _ := args.Get("path")
			props, err := mon.qomList(path.(string))
			if err != nil {
				return nil, err
			}
			l := []any{}
			for _, p := range props {
				l = append(l, qjson.O("name", p.name, "type", p.typ))
			}
			return l, nil
		})
		RegisterInfo(&HMPCommand{Name: "qom-tree", Run: func(mon *Monitor, a Args) string {
			path, given := a.Str("path")
			if given && !mon.QOMPathExists(path) {
				if strings.HasPrefix(path, "/") {
					// An object only the recorded whole tree has (a board
					// device's own children).
					if out, ok := mon.qomTree(mon.absPath(path)); ok {
						return out
					}
				}
				return strings.Replace(mon.said("info qom-tree /ARG", "\x00"), "/\x00", path, 1)
			}
			if !given {
				path = "/machine"
			}
			if out, ok := mon.qomTree(mon.absPath(path)); ok {
				return out
			}
			mon.Note("The simulator has the QOM trees of pc, q35 and pseries machines (recorded from QEMU), not this object's.")
			return ""
		}})
	})
}

type qomProp struct{ name, typ string }

// iothreadParams are an iothread's properties qom-get and qom-set reach.
var iothreadParams = map[string]bool{"poll-max-ns": true, "poll-grow": true, "poll-shrink": true, "aio-max-batch": true}

// objectsListed are /objects' children in the order qom-list shows them.
func (mon *Monitor) objectsListed() []object.Object {
	objs := object.Of(mon.M)
	keys := object.Table(mon.M).Keys()
	out := make([]object.Object, 0, len(objs))
	for i := len(keys) - 1; i >= 0; i-- {
		for _, o := range objs {
			if o.ID == keys[i] {
				out = append(out, o)
			}
		}
	}
	return out
}

// qomList is qmp_qom_list: the object's own properties in the order of
// their hash table, then its class's ("type"), listed in reverse (QEMU
// prepends each). The simulator knows the properties of the root and of
// the containers of devices; of other objects it lists what it models.
func (mon *Monitor) qomList(path string) ([]qomProp, *Error) {
	typ := mon.qomObject(path)
	if typ == "" {
		// qmp_qom_list tells an ambiguous partial path apart (qom-get
		// does not).
		if !strings.HasPrefix(path, "/") {
			if _, n := mon.partialMatches(strings.FieldsFunc(path, func(r rune) bool { return r == '/' })); n > 1 {
				return nil, GenericError("Path '" + path + "' is ambiguous")
			}
		}
		return nil, &Error{Class: "DeviceNotFound", Desc: "Device '" + path + "' not found"}
	}
	clean := mon.absPath(path)
	if typ == "memory-region" {
		return memoryRegionProps, nil
	}
	if clean == "/machine" && mon.M.Preconfig {
		// before machine init: the instance's table as instance_init and
		// qemu_create_machine's containers left it, no board in it
		if l, ok := mon.machineQOMPropertiesWith(mon.M.Type.QOMType(), mon.M.Release().PreconfigMachineContainers); ok {
			var out []qomProp
			for _, e := range l {
				o := e.(qjson.Object)
				n, _ := o.Get("name")
				t, _ := o.Get("type")
				out = append(out, qomProp{n.(string), t.(string)})
			}
			return out, nil
		}
	}
	if props, ok := mon.cpuQOMList(clean); ok {
		return props, nil
	}
	if props, ok := mon.chardevQOMList(clean, typ); ok {
		return props, nil
	}
	var names []string
	types := map[string]string{}
	child := func(name, t string) {
		names = append(names, name)
		types[name] = "child<" + t + ">"
	}
	switch clean {
	case "/":
		for _, n := range mon.M.Release().QOMRoot {
			t := "container"
			if n == "machine" {
				t = mon.M.Type.QOMType()
			}
			child(n, t)
		}
		if mon.M.IsSPAPR() {
			child("dr-connector", "container")
		}
	case "/machine/peripheral", "/machine/peripheral-anon":
		table, _ := mon.M.Container(clean + "/x")
		out := []qomProp{{"type", "string"}}
		keys := table.Keys()
		for i := len(keys) - 1; i >= 0; i-- {
			t := mon.qomObject(clean + "/" + keys[i])
			if keys[i] == "" {
				// A device with the empty id (10.0's QMP takes it): a path
				// cannot name it, its container's listing does (recorded:
				// pe-x-e20m-empty-pc).
				mon.qomObjects(func(path, typ string) {
					if path == clean+"/" {
						t = typ
					}
				})
			}
			out = append(out, qomProp{keys[i], "child<" + t + ">"})
		}
		return out, nil
	case "/machine/unattached":
		for _, c := range mon.M.CPUs {
			if dir, name, _ := cutLast(c.QOMPath); dir == clean {
				child(name, c.Type)
			}
		}
		mon.Note("The board's other devices in /machine/unattached are not simulated, so they are not listed.")
	case "/objects":
		out := []qomProp{{"type", "string"}}
		for _, o := range mon.objectsListed() {
			out = append(out, qomProp{o.ID, "child<" + o.Type + ">"})
		}
		return out, nil
	default:
		if props, ok := mon.objectQOMList(clean, typ); ok {
			return props, nil
		}
		if b := board.Of(mon.M); b != nil {
			if props, ok := b.QOMList(clean); ok {
				out := make([]qomProp, 0, len(props))
				for _, p := range props {
					out = append(out, qomProp{p.Name, p.Type})
				}
				return out, nil
			}
		}
		mon.Note("The simulator lists only the properties it models of " + clean + ".")
	}
	var out []qomProp
	out = append(out, qomProp{"type", "string"})
	table := qom.NewTable()
	for _, n := range names {
		table.Insert(n)
	}
	order := table.Keys()
	for i := len(order) - 1; i >= 0; i-- {
		out = append(out, qomProp{order[i], types[order[i]]})
	}
	return out, nil
}

func cutLast(path string) (dir, name string, ok bool) {
	i := strings.LastIndexByte(path, '/')
	if i < 0 {
		return "", path, false
	}
	return path[:i], path[i+1:], true
}

// objectQOMList is qom-list of an -object as the release's binary lists
// an instance of its type.
func (mon *Monitor) objectQOMList(path, typ string) ([]qomProp, bool) {
	if !strings.HasPrefix(path, "/objects/") {
		return nil, false
	}
	props, ok := qom.Recorded(mon.M.Release(), string(mon.M.Target), "object:"+typ)
	out := make([]qomProp, len(props))
	for i, p := range props {
		out[i] = qomProp{p.Name, p.Type}
		if p.Type == "child<memory-region>" && p.Name == "o[0]" {
			// a backend's RAM region is named for it (the recorded one's id is "o")
			out[i].name = strings.TrimPrefix(path, "/objects/") + "[0]"
		}
	}
	return out, ok
}

// cpuStaticProp says whether a CPU property is a qdev property (whose
// setter refuses a realized device): every x86 CPU property but the ones
// with their own setters; a sPAPR core's node-id.
func cpuStaticProp(m *machine.Machine, prop string) bool {
	if m.IsSPAPR() {
		return prop == "node-id" // CPUCore's core-id and nr-threads have setters of their own
	}
	switch prop {
	case "family", "model", "stepping", "tsc-frequency", "vendor", "model-id", "feature-words", "filtered-features",
		"unavailable-features", "crash-information", "start-powered-off", "realized", "hotplugged", "hotpluggable":
		return false
	}
	_, ok := cpumodel.X86Props(m.Release())[prop]
	return ok
}

// qomTree is `info qom-tree PATH` (print_qom_composition) where the
// simulator knows the whole composition: the root and its containers, the
// machine, the containers of the devices the user named or left
// anonymous, a device or CPU, and anything inside the machine's tree.
// Children print sorted by name (strcmp), two spaces deeper per level.
func (mon *Monitor) qomTree(path string) (string, bool) {
	n, ok := mon.qomNode(path)
	if !ok {
		return "", false
	}
	return strings.Join(qdev.PrintQOM([]*qdev.QOMNode{n}, ""), "\r\n") + "\r\n", true
}

// qomNode is the object at a canonical path with what is below it.
func (mon *Monitor) qomNode(path string) (*qdev.QOMNode, bool) {
	_, name, _ := cutLast(path)
	switch path {
	case "/machine":
		b := board.Of(mon.M)
		if b == nil {
			return nil, false
		}
		peripheral, _ := mon.qomNode("/machine/peripheral")
		anon, _ := mon.qomNode("/machine/peripheral-anon")
		return b.MachineQOM(peripheral, anon)
	case "/machine/peripheral", "/machine/peripheral-anon":
		n := &qdev.QOMNode{Line: "/" + name + " (container)"}
		table, _ := mon.M.Container(path + "/x")
		for _, k := range table.Keys() {
			if c, ok := mon.deviceNode(path + "/" + k); ok {
				n.Children = append(n.Children, c)
			}
		}
		return n, true
	}
	if n, ok := mon.deviceNode(path); ok {
		return n, true
	}
	// The root's containers, an object only the whole tree has
	// (/machine/unattached, a board device's own child, a memory region).
	n := mon.rootQOM()
	for _, name := range strings.Split(strings.Trim(path, "/"), "/") {
		if n == nil || name == "" {
			break
		}
		n = n.Child(name)
	}
	return n, n != nil
}

// deviceNode is a device or CPU with its recorded composition; a type whose
// composition was not recorded gets its own line and a note.
func (mon *Monitor) deviceNode(path string) (*qdev.QOMNode, bool) {
	typ, children, ok := "", []*qdev.QOMNode(nil), false
	if c := mon.M.FindCPU(path); c != nil && c.QOMPath == path {
		typ = c.Type
		children, ok = board.CPUComposition(mon.M, c)
	} else if b := board.Of(mon.M); b != nil {
		typ, children, ok = b.Composition(path)
	}
	if typ == "" {
		return nil, false
	}
	if !ok {
		mon.Note("The QOM children of " + typ + " were not recorded, so they are not listed.")
	}
	_, name, _ := cutLast(path)
	return &qdev.QOMNode{Line: "/" + name + " (" + typ + ")", Children: children}, true
}

// rootQOM is / with everything below: the release's root containers, the
// character devices, the machine, the objects (a memory backend holds its
// RAM region). nil where the machine's tree is not known.
func (mon *Monitor) rootQOM() *qdev.QOMNode {
	machine, ok := mon.qomNode("/machine")
	if !ok {
		return nil
	}
	root := &qdev.QOMNode{Line: "/ (container)"}
	for _, name := range mon.M.Release().QOMRoot {
		c := &qdev.QOMNode{Line: "/" + name + " (container)"}
		switch name {
		case "machine":
			c = machine
		case "chardevs":
			if chr := chardev.Of(mon.M); chr != nil {
				for _, x := range chr.QOM() {
					c.Children = append(c.Children, &qdev.QOMNode{Line: "/" + x[0] + " (" + x[1] + ")"})
				}
			}
		case "objects":
			for _, o := range object.Of(mon.M) {
				n := &qdev.QOMNode{Line: "/" + o.ID + " (" + o.Type + ")"}
				if strings.HasPrefix(o.Type, "memory-backend-") {
					n.Children = []*qdev.QOMNode{{Line: "/" + o.ID + "[0] (memory-region)"}}
				}
				c.Children = append(c.Children, n)
			}
		}
		root.Children = append(root.Children, c)
	}
	if mon.M.IsSPAPR() {
		root.Children = append(root.Children, &qdev.QOMNode{Line: "/dr-connector (container)"})
	}
	return root
}

// cpuQOMList is qom-list of a CPU, a sPAPR core or its thread, as recorded
// for its type (a core of one thread: under TCG, 7.2 allows no more).
func (mon *Monitor) cpuQOMList(path string) ([]qomProp, bool) {
	typ := ""
	for _, c := range mon.M.CPUs {
		switch {
		case c.QOMPath == path && c.Threads <= 1:
			typ = c.Type
		case mon.M.IsSPAPR() && mon.M.ThreadPath(c, 0) == path:
			typ = mon.M.ThreadType
		}
	}
	if typ == "" {
		return nil, false
	}
	props, ok := qom.Recorded(mon.M.Release(), string(mon.M.Target), "cpu:"+typ)
	if !ok {
		return nil, false
	}
	out := make([]qomProp, len(props))
	for i, p := range props {
		out[i] = qomProp{p.Name, p.Type}
	}
	return out, true
}

// takeQOMWarnings returns and clears what the last qom-set warned of.
func (mon *Monitor) takeQOMWarnings() []string {
	w := mon.qomWarnings
	mon.qomWarnings = nil
	return w
}

func smpCacheValue(c smp.Caches) []any {
	l := make([]any, len(c))
	for i, level := range c {
		l[i] = qjson.O("topology", level, "cache", smp.CacheNames[i])
	}
	return l
}

// setSMPCache is qom-set of /machine's smp-cache (a JSON list): each entry
// visited, then machine_parse_smp_cache over what the machine holds.
func (mon *Monitor) setSMPCache(l []any) *Error {
	var entries []smp.CacheEntry
	for _, e := range l {
		o, _ := e.(qjson.Object)
		c, _ := o.Get("cache")
		t, _ := o.Get("topology")
		ce := smp.CacheEntry{Cache: orEmpty(c), Topology: orEmpty(t)}
		if err := smp.CheckCacheEntry(ce); err != nil {
			return GenericError(err.Error())
		}
		entries = append(entries, ce)
	}
	m := mon.M
	caches, ok := m.Extra[smp.CachesKey].(smp.Caches)
	if !ok {
		caches = smp.DefaultCaches()
	}
	err := caches.Set(entries, m.Type.SMPProps(), m.Type.CachesSupported())
	m.Extra[smp.CachesKey] = caches
	if err != nil {
		return GenericError(err.Error())
	}
	return nil
}

// throttleGroupHas says whether a throttle group has a property (the
// recorded object:throttle-group list).
func throttleGroupHas(rel *release.Release, target, prop string) bool {
	props, _ := qom.Recorded(rel, target, "object:throttle-group")
	for _, p := range props {
		if p.Name == prop {
			return true
		}
	}
	return false
}

// qomSize reads a size qom-set value: HMP's text by qemu_strtosz, QMP's
// JSON as the QObject visitor's uint64 (a negative integer wraps).
func qomSize(mon *Monitor, prop string, v any) (uint64, error) {
	switch x := v.(type) {
	case qomText:
		return cmdline.SizeParameter(mon.M.Release(), prop, string(x))
	case json.Number:
		if n, err := strconv.ParseUint(x.String(), 10, 64); err == nil {
			return n, nil
		}
		if n, err := x.Int64(); err == nil {
			return uint64(n), nil
		}
	}
	return 0, fmt.Errorf("Parameter '%s' expects uint64", prop)
}

// setObjectProp is qom-set of a user-created object's property the type
// lists: the setters' refusals once the object is complete, else the
// value kept as given.
func (mon *Monitor) setObjectProp(o object.Object, prop string, v any) (*Error, bool) {
	known := false
	for _, p := range object.Props(mon.M.Release(), string(mon.Target), o.Type) {
		known = known || p.Name == prop
	}
	if !known {
		return nil, false
	}
	if o.Type == "throttle-group" && prop == "limits" {
		// throttle_group_set_limits: whenever, unlike the x- members.
		props := map[string]string{}
		if err := throttleLimits(v, props); err != nil {
			return err, true
		}
		for k, val := range props {
			object.SetProp(mon.M, o.ID, k, val)
		}
		return nil, true
	}
	text := fmt.Sprint(v)
	if t, ok := v.(qomText); ok {
		text = string(t)
	}
	switch {
	case prop == "opened" || prop == "loaded":
		return GenericError(fmt.Sprintf("Property '%s.%s' is not writable", o.Type, prop)), true
	case strings.HasPrefix(o.Type, "rng-") && prop == "filename":
		return GenericError("Property 'filename' can no longer be set"), true // rng_random_set_filename
	case strings.HasPrefix(o.Type, "filter-") && prop == "interval":
		if n, err := strconv.ParseInt(text, 0, 64); err != nil || n <= 0 || n > math.MaxUint32 {
			return GenericError(fmt.Sprintf("Property '%s.interval' requires a positive value", o.Type)), true
		}
	case strings.HasPrefix(o.Type, "filter-") && prop == "status":
		if text != "on" && text != "off" {
			return GenericError("Invalid value for netfilter status, should be 'on' or 'off'"), true
		}
	}
	object.SetProp(mon.M, o.ID, prop, text)
	return nil, true
}

// throttleLimitMembers are ThrottleLimits' members in the schema's order.
var throttleLimitMembers = []string{"iops-total", "iops-total-max", "iops-total-max-length", "iops-read", "iops-read-max",
	"iops-read-max-length", "iops-write", "iops-write-max", "iops-write-max-length", "bps-total", "bps-total-max",
	"bps-total-max-length", "bps-read", "bps-read-max", "bps-read-max-length", "bps-write", "bps-write-max",
	"bps-write-max-length", "iops-size"}

// chardevQOMList is qom-list of /chardevs (its children in the order of
// its hash table, as info chardev) or of a chardev (its class's
// properties).
func (mon *Monitor) chardevQOMList(path, typ string) ([]qomProp, bool) {
	c := chardev.Of(mon.M)
	if c == nil || !strings.HasPrefix(path+"/", "/chardevs/") {
		return nil, false
	}
	out := []qomProp{{"type", "string"}}
	if path == "/chardevs" {
		for _, x := range c.QOM() {
			out = append(out, qomProp{x[0], "child<" + x[1] + ">"})
		}
		return out, true
	}
	for _, p := range object.Props(mon.M.Release(), string(mon.Target), typ) {
		out = append(out, qomProp{p.Name, p.Type})
	}
	return out, true
}
