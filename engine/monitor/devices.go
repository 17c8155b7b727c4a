package monitor

import (
	"hotpluglab/engine/board"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/usb"
)

// The device tree as the monitor shows it: info qtree, info pci,
// query-pci, info usb.

func init() {
	RegisterInfo(&HMPCommand{Name: "qtree", Run: func(mon *Monitor, _ Args) string {
		b := board.Of(mon.M)
		if b == nil {
			return ""
		}
		return CRLF(b.Tree.QTree())
	}})
	RegisterInfo(&HMPCommand{Name: "pci", Run: func(mon *Monitor, _ Args) string {
		b := board.Of(mon.M)
		if b == nil {
			return ""
		}
		return CRLF(pci.Info(b.QueryPCI(), mon.M.Release().PCIUnmappedBARText))
	}})
	RegisterQMP("query-pci", func(mon *Monitor, _ qjson.Object) (any, *Error) {
		b := board.Of(mon.M)
		if b == nil {
			return []any{}, nil
		}
		return b.QueryPCI(), nil
	})
	RegisterInfo(&HMPCommand{Name: "mice", Run: func(mon *Monitor, _ Args) string {
		if b := board.Of(mon.M); b != nil {
			if l, ok := b.Mice(); ok {
				return CRLF(board.InfoMice(l))
			}
		}
		return mon.fixed().hmp["info mice"]
	}})
	RegisterQMP("query-mice", func(mon *Monitor, args qjson.Object) (any, *Error) {
		if b := board.Of(mon.M); b != nil {
			if l, ok := b.Mice(); ok {
				out := []any{}
				for _, m := range l {
					out = append(out, qjson.Object{{Key: "name", Value: m.Name}, {Key: "index", Value: m.Index},
						{Key: "current", Value: m.Current}, {Key: "absolute", Value: m.Absolute}})
				}
				return out, nil
			}
		}
		return mon.unmodelled("query-mice", args)
	})
	RegisterInfo(&HMPCommand{Name: "usb", Run: func(mon *Monitor, _ Args) string {
		b := board.Of(mon.M)
		if b == nil {
			return CRLF(usb.Info(nil))
		}
		return CRLF(usb.Info(b.USBBuses()))
	}})
}
