package monitor

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/chardev"
	"hotpluglab/engine/qjson"
)

// info chardev and query-chardev: the character devices in the order of
// the /chardevs container.
func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "chardev", Run: func(mon *Monitor, _ Args) string {
			c := chardev.Of(mon.M)
			if c == nil {
				return ""
			}
			return CRLF(c.Info())
		}})
		RegisterQMP("query-chardev", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			out := []any{}
			if c := chardev.Of(mon.M); c != nil {
				for _, i := range c.Query() {
					out = append(out, qjson.O("frontend-open", i.FrontendOpen, "filename", i.Filename, "label", i.Label))
				}
			}
			return out, nil
		})
		// query-chardev-backends walks the same type list -chardev help
		// prints, prepending: the recorded help text reversed.
		RegisterQMP("query-chardev-backends", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			lines := strings.Split(mon.M.Release().Text(string(mon.Target)+"-chardev-help.txt"), "\n")
			out := []any{}
			for i := len(lines) - 1; i >= 1; i-- {
				if name := strings.TrimSpace(lines[i]); name != "" {
					out = append(out, qjson.O("name", name))
				}
			}
			return out, nil
		})
		RegisterHMP(&HMPCommand{Name: "ringbuf_write", ArgsType: "device:s,data:s", Run: func(mon *Monitor, a Args) string {
			if err := chardevs(mon).RingbufWrite(str(a, "device"), []byte(str(a, "data"))); err != nil {
				return "Error: " + err.Error() + "\r\n"
			}
			return ""
		}})
		RegisterHMP(&HMPCommand{Name: "ringbuf_read", ArgsType: "device:s,size:i", Run: func(mon *Monitor, a Args) string {
			n, _ := a.Int("size")
			data, err := chardevs(mon).RingbufRead(str(a, "device"), int(n))
			if err != nil {
				return "Error: " + err.Error() + "\r\n"
			}
			if n <= 0 { // qmp_ringbuf_read, after the device's lookup
				return "Error: size must be greater than zero\r\n"
			}
			// hmp_ringbuf_read: backslashes doubled, control characters as \uXXXX.
			var b strings.Builder
			for _, c := range data {
				switch {
				case c == '\\':
					b.WriteString("\\\\")
				case c < 0x20 && c != '\n' && c != '\t' || c == 0x7f:
					fmt.Fprintf(&b, "\\u%04X", c)
				default:
					b.WriteByte(c)
				}
			}
			return CRLF(b.String() + "\n")
		}})
		RegisterQMP("ringbuf-write", func(mon *Monitor, args qjson.Object) (any, *Error) {
			dev, _ := args.Get("device")
			d, _ := args.Get("data")
			data, _ := d.(string)
			raw := []byte(data)
			if f, _ := args.Get("format"); f == "base64" {
				var err error
				// qbase64_decode checks the alphabet before decoding.
				if strings.Trim(data, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") != "" {
					return nil, GenericError("Base64 data contains invalid characters")
				}
				if raw, err = base64.StdEncoding.DecodeString(data); err != nil {
					return nil, GenericError("Invalid base64 data")
				}
			}
			if err := chardevs(mon).RingbufWrite(fmt.Sprint(dev), raw); err != nil {
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("ringbuf-read", func(mon *Monitor, args qjson.Object) (any, *Error) {
			dev, _ := args.Get("device")
			size, _ := args.Get("size")
			n, _ := strconv.Atoi(fmt.Sprint(size))
			if n <= 0 {
				return nil, GenericError("size must be greater than zero")
			}
			data, err := chardevs(mon).RingbufRead(fmt.Sprint(dev), n)
			if err != nil {
				return nil, GenericError(err.Error())
			}
			if f, _ := args.Get("format"); f == "base64" {
				return base64.StdEncoding.EncodeToString(data), nil
			}
			return string(data), nil
		})
		RegisterHMP(&HMPCommand{Name: "chardev-send-break", ArgsType: "id:s", Run: func(mon *Monitor, a Args) string {
			if id := str(a, "id"); chardevs(mon).Find(id) == nil {
				return "Error: Chardev '" + id + "' not found\r\n"
			}
			return ""
		}})
		RegisterQMP("chardev-send-break", func(mon *Monitor, args qjson.Object) (any, *Error) {
			id, _ := args.Get("id")
			if s, _ := id.(string); chardevs(mon).Find(s) == nil {
				return nil, GenericError("Chardev '" + s + "' not found")
			}
			return qjson.Object{}, nil
		})
		RegisterHMP(&HMPCommand{Name: "chardev-add", ArgsType: "args:s", Run: func(mon *Monitor, a Args) string {
			c := chardev.Of(mon.M)
			if c == nil {
				return ""
			}
			// hmp_chardev_add: "help" lists the backend types.
			if b, _, _ := strings.Cut(str(a, "args"), ","); b == "help" || b == "?" {
				return CRLF(mon.M.Release().Text(string(mon.Target) + "-chardev-help.txt"))
			}
			// qemu_opts_parse_noisily: "help" among the options prints them
			// (on QEMU's stdout) and parses nothing.
			for _, p := range strings.Split(str(a, "args"), ",")[1:] {
				if p == "help" || p == "?" {
					mon.Stdout.WriteString(optsHelp(mon, "chardev"))
					return "Error: Parsing chardev args failed\r\n"
				}
			}
			c.InMonitor = true
			warnings := chardev.ShortFormWarnings(str(a, "args"))
			err := c.AddHMP(str(a, "args"))
			if err != nil {
				var pe *chardev.ParseError
				if errors.As(err, &pe) {
					return strings.ReplaceAll(pe.Error(), "\n", "\r\n") + "\r\nError: Parsing chardev args failed\r\n"
				}
				return CRLF(warnings) + "Error: " + err.Error() + "\r\n"
			}
			mon.WriteStderr(c.TakeUnconnected(mon.Target.Binary()))
			return CRLF(warnings)
		}})
		RegisterHMP(&HMPCommand{Name: "chardev-change", ArgsType: "id:s,args:s", Run: func(mon *Monitor, a Args) string {
			c := chardevs(mon)
			c.InMonitor = true
			typ, keys, vals, err := c.ParseChange(str(a, "args"))
			if err == nil {
				err = c.Change(str(a, "id"), typ, keys, vals)
			}
			if err != nil {
				var pe *chardev.ParseError
				if errors.As(err, &pe) {
					return strings.ReplaceAll(pe.Error(), "\n", "\r\n") + "\r\nError: Parsing chardev args failed\r\n"
				}
				if oe := (*chardev.OpenError)(nil); errors.As(err, &oe) {
					return fmt.Sprintf("Error: Failed to add chardev '%s': %s\r\n", str(a, "id"), oe.Err)
				}
				return "Error: " + err.Error() + "\r\n"
			}
			return ""
		}})
		RegisterQMP("chardev-change", func(mon *Monitor, args qjson.Object) (any, *Error) {
			id, _ := args.Get("id")
			ids, _ := id.(string)
			be, ok := args.Get("backend")
			if !ok {
				return nil, GenericError("Parameter 'backend' is missing")
			}
			bo, _ := be.(qjson.Object)
			t, _ := bo.Get("type")
			typ, _ := t.(string)
			if !chardev.Backend(typ) {
				return nil, GenericError(fmt.Sprintf("Parameter 'type' does not accept value '%s'", typ))
			}
			keys, vals := qmpChardevData(typ, bo)
			c := chardevs(mon)
			c.InMonitor = true
			if err := c.Change(ids, typ, keys, vals); err != nil {
				if oe := (*chardev.OpenError)(nil); errors.As(err, &oe) {
					return nil, GenericError(fmt.Sprintf("Failed to add chardev '%s': %s", ids, oe.Err))
				}
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
		RegisterHMP(&HMPCommand{Name: "chardev-remove", ArgsType: "id:s", Run: func(mon *Monitor, a Args) string {
			if err := chardevRemove(mon, str(a, "id")); err != nil {
				return "Error: " + err.Error() + "\r\n"
			}
			return ""
		}})
		RegisterQMP("chardev-add", func(mon *Monitor, args qjson.Object) (any, *Error) {
			c := chardev.Of(mon.M)
			id, _ := args.Get("id")
			be, _ := args.Get("backend")
			bo, _ := be.(qjson.Object)
			typ, _ := bo.Get("type")
			keys, vals := qmpChardevData(fmt.Sprint(typ), bo)
			data := map[string]string{}
			for i, k := range keys {
				data[k] = vals[i]
			}
			if c == nil {
				return nil, GenericError("character devices are not simulated on this machine")
			}
			ids, _ := id.(string)
			typs, _ := typ.(string)
			defer func() { mon.WriteStderr(c.TakeUnconnected(mon.Target.Binary())) }()
			c.InMonitor = true
			if err := c.AddQMP(ids, typs, data); err != nil {
				if oe := (*chardev.OpenError)(nil); errors.As(err, &oe) {
					return nil, GenericError(fmt.Sprintf("Failed to add chardev '%s': %s", ids, err))
				}
				return nil, GenericError(err.Error())
			}
			if f := c.Find(ids); f != nil && f.Backend == "pty" {
				return qjson.O("pty", f.Filename[len("pty:"):]), nil
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("chardev-remove", func(mon *Monitor, args qjson.Object) (any, *Error) {
			id, _ := args.Get("id")
			s, _ := id.(string)
			if err := chardevRemove(mon, s); err != nil {
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
	})
}

// chardevs is the machine's character devices (an empty set when none
// were attached).
func chardevs(mon *Monitor) *chardev.State {
	if c := chardev.Of(mon.M); c != nil {
		return c
	}
	return chardev.New()
}

func chardevRemove(mon *Monitor, id string) error {
	c := chardev.Of(mon.M)
	if c == nil {
		return fmt.Errorf("Chardev '%s' not found", id)
	}
	return c.Remove(id)
}

// qmpChardevData flattens a ChardevBackend's data to -chardev keys: a
// file's out and in are path and input-path, a pipe's or a host device's
// device is path, a socket's SocketAddressLegacy gives its members.
func qmpChardevData(typ string, backend qjson.Object) (keys, vals []string) {
	d, _ := backend.Get("data")
	do, _ := d.(qjson.Object)
	for _, m := range do {
		k := m.Key
		switch {
		case k == "addr":
			// SocketAddressLegacy: {"type": "inet"|"unix", "data": {...}}
			addr, _ := m.Value.(qjson.Object)
			ad, _ := addr.Get("data")
			ao, _ := ad.(qjson.Object)
			for _, a := range ao {
				keys, vals = append(keys, a.Key), append(vals, fmt.Sprint(a.Value))
			}
			continue
		case typ == "file" && k == "out", k == "device":
			k = "path"
		case typ == "file" && k == "in":
			k = "input-path"
		}
		keys, vals = append(keys, k), append(vals, fmt.Sprint(m.Value))
	}
	return keys, vals
}

// optsHelp is an option group's parameters as qemu_opts_print_help lists
// them (the release's -OPT help recording).
func optsHelp(mon *Monitor, opt string) string {
	text := mon.M.Release().Text("opts-help-" + string(mon.Target) + ".txt")
	for _, sec := range strings.Split("\n"+text, "\n== ")[1:] {
		head, body, _ := strings.Cut(sec, "\n")
		if name, _, _ := strings.Cut(head, " "); name == opt {
			return strings.TrimSuffix(body, "\n") + "\n"
		}
	}
	return ""
}
