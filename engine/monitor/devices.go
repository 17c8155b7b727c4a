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
	RegisterInfo(&HMPCommand{Name: "usb", Run: func(mon *Monitor, _ Args) string {
		b := board.Of(mon.M)
		if b == nil {
			return CRLF(usb.Info(nil))
		}
		return CRLF(usb.Info(b.USBBuses()))
	}})
}
