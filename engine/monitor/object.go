package monitor

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/netdev"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// object-add and object-del on /objects (engine/object keeps the list).
func init() {
	registerLater(func() {
		RegisterQMP("object-add", func(mon *Monitor, args qjson.Object) (any, *Error) {
			typ, _ := args.Get("qom-type")
			id, _ := args.Get("id")
			props := map[string]string{}
			for _, m := range args.Ordered() {
				props[m.Key] = fmt.Sprint(m.Value)
			}
			if l, ok := args.Get("limits"); ok && fmt.Sprint(typ) == "throttle-group" {
				if err := throttleLimits(l, props); err != nil {
					return nil, err
				}
				delete(props, "limits")
			}
			if err := mon.addObject(object.Object{ID: fmt.Sprint(id), Type: fmt.Sprint(typ), Props: props}); err != nil {
				var crash *machine.Crash
				if errors.As(err, &crash) {
					mon.crash(crash)
				}
				if _, ok := err.(deviceNotFound); ok {
					return nil, &Error{Class: "DeviceNotFound", Desc: err.Error()}
				}
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
		// HMP object_add: the keyval form (qom-type implied), visited as
		// -object's is, then added to /objects.
		RegisterHMP(&HMPCommand{Name: "object_add", ArgsType: "object:S", Run: func(mon *Monitor, a Args) string {
			if arg := str(a, "object"); strings.HasPrefix(arg, "{") {
				// user_creatable_add_from_str reads JSON too (measured)
				v, perr := qjson.Parse([]byte(arg))
				if perr != nil {
					return "Error: " + perr.Error() + "\r\n" // the parser's words
				}
				if o, isObj := v.(qjson.Object); isObj {
					return hmpObjectAddJSON(mon, o)
				}
			}
			d, help, err := keyval.Parse(str(a, "object"), "qom-type")
			if err != nil {
				return "Error: " + err.Error() + "\r\n"
			}
			if help {
				// user_creatable_print_help_from_qdict: a type's properties,
				// or the list when there is no type or no such type.
				typ, _ := d.String("qom-type")
				return strings.ReplaceAll(object.HelpText(mon.M.Release(), string(mon.Target), typ), "\n", "\r\n")
			}
			args := qjson.Object{}
			props := map[string]string{}
			typ, _ := d.String("qom-type")
			for _, k := range d.Keys {
				v, _ := d.String(k)
				if strings.HasPrefix(typ, "memory-backend-") && (k == "size" || k == "align" || k == "offset" || k == "hugetlbsize") {
					// QAPI's size members, which the schema QEMU reports
					// calls "int": the keyval visitor reads them as
					// qemu_strtosz does (64M, 1.5G).
					n, err := numa.ParseSize(v)
					if err != nil {
						return "Error: Parameter '" + k + "' expects size\r\n"
					}
					v = strconv.FormatInt(n, 10)
				}
				args.Set(k, v)
				props[k] = v
			}
			if err := qapi.For(mon.M.Release(), string(mon.Target)).CheckKeyval("object-add", args); err != nil {
				return "Error: " + err.Error() + "\r\n"
			}
			if err := mon.addObject(object.Object{ID: props["id"], Type: props["qom-type"], Props: props}); err != nil {
				hint := ""
				if h, ok := err.(*machine.HintError); ok {
					hint = strings.ReplaceAll(h.Hint, "\n", "\r\n")
				}
				return "Error: " + err.Error() + "\r\n" + hint
			}
			return ""
		}})
		RegisterHMP(&HMPCommand{Name: "object_del", ArgsType: "id:s", Run: func(mon *Monitor, a Args) string {
			if err := mon.objectDel(str(a, "id")); err != nil {
				return "Error: " + err.Error() + "\r\n"
			}
			return ""
		}})
		RegisterQMP("object-del", func(mon *Monitor, args qjson.Object) (any, *Error) {
			id, _ := args.Get("id")
			if err := mon.objectDel(fmt.Sprint(id)); err != nil {
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
	})
}

// objectDel is user_creatable_del: an object its users hold (a throttle
// group with throttle nodes) stays.
func (mon *Monitor) objectDel(id string) error {
	if l := block.Of(mon.M); l != nil && object.Exists(mon.M, id) && l.ThrottleGroupUsed(id) {
		return fmt.Errorf("object '%s' is in use, can not be deleted", id)
	}
	return object.Del(mon.M, id)
}

// throttleLimits is a throttle group's limits given as the ThrottleLimits
// struct (throttle_group_set_limits): each member is the x- property of its
// name; a value out of range fails as throttle_limits_to_config says.
func throttleLimits(l any, props map[string]string) *Error {
	o, _ := l.(qjson.Object)
	for _, m := range o {
		n, ok := m.Value.(json.Number)
		if !ok {
			return GenericError(fmt.Sprintf("Invalid parameter type for 'limits.%s', expected: integer", m.Key))
		}
		if v, err := n.Int64(); err != nil || v < 0 || v > 1000000000000000 {
			return GenericError("bps/iops/max values must be within [0, 1000000000000000]")
		}
		props["x-"+m.Key] = n.String()
	}
	return nil
}

// deviceNotFound is an error QMP classes as DeviceNotFound.
type deviceNotFound string

func (e deviceNotFound) Error() string { return string(e) }

// addObject is user_creatable_add_type: the id must be an identifier, the
// object must make itself, then it joins /objects.
func (mon *Monitor) addObject(o object.Object) error {
	if !qdev.IDWellFormed(o.ID) {
		return &machine.HintError{Msg: "Parameter 'id' expects an identifier", Hint: qdev.IDHint + "\n"}
	}
	if !object.Creatable(mon.M.Release(), string(mon.Target), o.Type) {
		// in the QAPI schema, not built into this binary (iommufd on ppc64)
		return fmt.Errorf("invalid object type: %s", o.Type)
	}
	if ctx := o.Props["prealloc-context"]; ctx != "" && strings.HasPrefix(o.Type, "memory-backend-") && !object.Exists(mon.M, ctx) {
		// the link property's lookup (object_resolve_link)
		return deviceNotFound(fmt.Sprintf("Device '%s' not found", ctx))
	}
	if o.Type == "main-loop" {
		for _, x := range object.Of(mon.M) {
			if x.Type == "main-loop" { // main_loop_init: a singleton
				return errors.New("only one main-loop instance allowed")
			}
		}
	}
	// netfilter_complete: its netdev, then the type's setup.
	if strings.HasPrefix(o.Type, "filter-") {
		if n := netdev.Of(mon.M); o.Props["netdev"] != "" && (n == nil || !n.Has(o.Props["netdev"])) {
			return errors.New("Parameter 'netdev' expects a network backend id")
		}
		if o.Type == "filter-redirector" {
			in, out := o.Props["indev"], o.Props["outdev"]
			switch {
			case in == "" && out == "":
				return errors.New("filter redirector needs 'indev' or 'outdev' at least one property set")
			case in == out:
				return errors.New("'indev' and 'outdev' could not be same for filter redirector")
			}
		}
	}
	// The chardevs an object names (rng-egd's, a netfilter's indev and
	// outdev) are looked up as it completes.
	if o.Type == "rng-egd" || o.Type == "filter-mirror" || o.Type == "filter-redirector" {
		for _, k := range []string{"chardev", "indev", "outdev"} {
			if id := o.Props[k]; id != "" && chardevs(mon).Find(id) == nil {
				return deviceNotFound(fmt.Sprintf("Device '%s' not found", id))
			}
		}
	}
	exists := func(p string) bool {
		if l := block.Of(mon.M); l != nil && l.Host != nil {
			_, ok := l.Host.Lookup(p)
			return ok
		}
		return false
	}
	if k := o.Props["keyid"]; o.Type == "secret" && k != "" {
		var key *object.Object
		for _, x := range object.Of(mon.M) {
			if x.ID == k {
				key = &x
			}
		}
		if err := object.SecretKeyError(k, key, o.Props["iv"], func(p string) int64 {
			if l := block.Of(mon.M); l != nil && l.Host != nil {
				h, _ := l.Host.Lookup(p)
				return h.Length()
			}
			return 0
		}); err != nil {
			return err
		}
	}
	if id, ok := o.Props["prealloc-context"]; ok && strings.HasPrefix(o.Type, "memory-backend-") {
		// the link: an object, a thread-context
		if !object.Exists(mon.M, id) {
			return deviceNotFound(fmt.Sprintf("Device '%s' not found", id))
		}
		if t, _ := object.TypeOf(mon.M, id); t != "thread-context" {
			return fmt.Errorf("Invalid parameter type for 'prealloc-context', expected: thread-context")
		}
	}
	if err := object.WidthError(mon.M.Release(), string(mon.Target), o.Type, o.Props); err != nil {
		return err
	}
	if err := object.CreationError(o.Type, o.Props, exists); err != nil {
		return err
	}
	if o.Type == "memory-backend-ram" && ramSizeWraps(o.Props["size"]) {
		// qemu_ram_alloc aligns the size up to the host page: 0.
		return &machine.Crash{Stderr: fmt.Sprintf("%s: %s: find_ram_offset: Assertion `size != 0' failed.\n",
			mon.M.Target.Binary(), mon.M.Release().FindRAMOffsetAssert), Signal: 6}
	}
	return object.Add(mon.M, o)
}

// ramSizeWraps: a backend size (as the visitor read it: a negative number
// is taken modulo 2^64) that rounds up to the 4 KiB page past 2^64.
func ramSizeWraps(size string) bool {
	n, err := strconv.ParseUint(size, 10, 64)
	if err != nil {
		i, err := strconv.ParseInt(size, 10, 64)
		if err != nil {
			return false
		}
		n = uint64(i)
	}
	return n > math.MaxUint64-4095
}

// hmpObjectAddJSON is HMP object_add given a JSON object: object-add's
// visit of it, then the object joins /objects as the keyval form's does.
func hmpObjectAddJSON(mon *Monitor, o qjson.Object) string {
	if err := object.CheckJSON(mon.M.Release(), string(mon.Target), o); err != nil {
		return "Error: " + err.Error() + "\r\n"
	}
	props := map[string]string{}
	for _, m := range o {
		switch v := m.Value.(type) {
		case string:
			props[m.Key] = v
		case bool:
			props[m.Key] = map[bool]string{true: "on", false: "off"}[v]
		default:
			props[m.Key] = qjson.Marshal(v)
		}
	}
	if err := mon.addObject(object.Object{ID: props["id"], Type: props["qom-type"], Props: props}); err != nil {
		return "Error: " + err.Error() + "\r\n"
	}
	return ""
}
