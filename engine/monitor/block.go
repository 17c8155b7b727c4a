package monitor

import (
	"hotpluglab/engine/block"
	"hotpluglab/engine/qjson"
)

// The block layer's informational commands (engine/block prints them).
func init() {
	RegisterInfo(&HMPCommand{Name: "block", Run: func(mon *Monitor, a Args) string {
		device, _ := a.Str("device")
		return block.Of(mon.M).InfoBlockOf(device, a.Bool("nodes"))
	}})
	RegisterQMP("query-block", func(mon *Monitor, _ qjson.Object) (any, *Error) { return block.Of(mon.M).QueryBlock(), nil })
}
