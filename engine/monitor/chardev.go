package monitor

import (
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
}
