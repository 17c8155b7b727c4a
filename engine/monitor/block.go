package monitor

import (
	"hotpluglab/engine/block"
	"hotpluglab/engine/board"
	"hotpluglab/engine/qjson"
)

// The block layer's commands (engine/block does the work).
func init() {
	RegisterInfo(&HMPCommand{Name: "block", Run: func(mon *Monitor, a Args) string {
		device, _ := a.Str("device")
		return block.Of(mon.M).InfoBlockOf(device, a.Bool("nodes"))
	}})
	RegisterQMP("query-block", func(mon *Monitor, _ qjson.Object) (any, *Error) { return block.Of(mon.M).QueryBlock(), nil })
	RegisterQMP("query-named-block-nodes", func(mon *Monitor, _ qjson.Object) (any, *Error) {
		return block.Of(mon.M).NamedNodes(), nil
	})
	// blockdev-add: the arguments were visited as BlockdevOptions; the
	// node opens as -blockdev's would, and devices may then name it.
	RegisterQMP("blockdev-add", func(mon *Monitor, args qjson.Object) (any, *Error) {
		if err := block.Of(mon.M).Add(args); err != nil {
			return nil, GenericError(err.Error())
		}
		if st := board.Of(mon.M); st != nil {
			if r, ok := st.Backends.(*board.Registry); ok {
				name, _ := args.Get("node-name")
				r.Drives[name.(string)] = true
			}
		}
		return qjson.Object{}, nil
	})
}
