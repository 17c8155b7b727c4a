package monitor

import (
	"fmt"

	"hotpluglab/engine/object"
	"hotpluglab/engine/qjson"
)

// object-add and object-del on /objects (engine/object keeps the list).
func init() {
	RegisterQMP("object-add", func(mon *Monitor, args qjson.Object) (any, *Error) {
		typ, _ := args.Get("qom-type")
		id, _ := args.Get("id")
		props := map[string]string{}
		for _, m := range args.Ordered() {
			props[m.Key] = fmt.Sprint(m.Value)
		}
		if err := object.Add(mon.M, object.Object{ID: fmt.Sprint(id), Type: fmt.Sprint(typ), Props: props}); err != nil {
			return nil, GenericError(err.Error())
		}
		return qjson.Object{}, nil
	})
	RegisterQMP("object-del", func(mon *Monitor, args qjson.Object) (any, *Error) {
		id, _ := args.Get("id")
		if err := object.Del(mon.M, fmt.Sprint(id)); err != nil {
			return nil, GenericError(err.Error())
		}
		return qjson.Object{}, nil
	})
}
