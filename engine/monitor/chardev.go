package monitor

import (
	"fmt"

	"hotpluglab/engine/chardev"
	"hotpluglab/engine/qjson"
)

// info chardev and query-chardev: the character devices in the order of
// the /chardevs container.
func init() {
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
	RegisterHMP(&HMPCommand{Name: "chardev-add", ArgsType: "args:s", Run: func(mon *Monitor, a Args) string {
		c := chardev.Of(mon.M)
		if c == nil {
			return ""
		}
		if err := c.AddHMP(str(a, "args")); err != nil {
			return "Error: " + err.Error() + "\r\n"
		}
		return ""
	}})
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
		d, _ := bo.Get("data")
		data := map[string]string{}
		if do, ok := d.(qjson.Object); ok {
			for _, m := range do {
				data[m.Key] = fmt.Sprint(m.Value)
			}
		}
		if c == nil {
			return nil, GenericError("character devices are not simulated on this machine")
		}
		ids, _ := id.(string)
		typs, _ := typ.(string)
		if err := c.AddQMP(ids, typs, data); err != nil {
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
}

func chardevRemove(mon *Monitor, id string) error {
	c := chardev.Of(mon.M)
	if c == nil {
		return fmt.Errorf("Chardev '%s' not found", id)
	}
	return c.Remove(id)
}
