package monitor

import (
	"hotpluglab/engine/format"
	"hotpluglab/engine/qjson"
)

// The read-only commands that show a started machine.

func init() {
	RegisterInfo(&HMPCommand{Name: "hotpluggable-cpus", Help: "Show information about hotpluggable CPUs",
		Run: func(mon *Monitor, _ string) string {
			if !mon.M.Type.HotpluggableCPUs {
				return "Error: " + format.NotEnabled + "\r\n"
			}
			return format.HMPHotpluggableCPUs(format.HotpluggableCPUs(mon.M))
		}})
	RegisterInfo(&HMPCommand{Name: "cpus", Help: "show infos for each CPU",
		Run: func(mon *Monitor, _ string) string { return format.InfoCPUs(format.CPUThreads(mon.M)) }})
	RegisterInfo(&HMPCommand{Name: "numa", Help: "show NUMA information",
		Run: func(mon *Monitor, _ string) string { return format.InfoNUMA(mon.M) }})

	RegisterQMP("query-hotpluggable-cpus", func(mon *Monitor, _ qjson.Object) (any, *Error) {
		if !mon.M.Type.HotpluggableCPUs {
			return nil, GenericError(format.NotEnabled)
		}
		return format.QMPHotpluggableCPUs(format.HotpluggableCPUs(mon.M)), nil
	})
	RegisterQMP("query-cpus-fast", func(mon *Monitor, _ qjson.Object) (any, *Error) {
		return format.QMPCPUsFast(format.CPUThreads(mon.M), mon.Target), nil
	})
	RegisterQMP("query-machines", func(mon *Monitor, _ qjson.Object) (any, *Error) {
		return format.QMPMachines(mon.Target), nil
	})
	RegisterQMP("query-current-machine", func(mon *Monitor, _ qjson.Object) (any, *Error) {
		return qjson.O("wakeup-suspend-support", mon.M.Type.WakeupSuspend), nil
	})
	RegisterQMP("query-target", func(mon *Monitor, _ qjson.Object) (any, *Error) {
		return qjson.O("arch", string(mon.Target)), nil
	})
	RegisterQMP("qmp_capabilities", func(mon *Monitor, _ qjson.Object) (any, *Error) { return qjson.Object{}, nil })
	RegisterQMP("human-monitor-command", func(mon *Monitor, args qjson.Object) (any, *Error) {
		v, ok := args.Get("command-line")
		if !ok {
			return nil, GenericError("Parameter 'command-line' is missing")
		}
		s, ok := v.(string)
		if !ok {
			return nil, GenericError("Invalid parameter type for 'command-line', expected: string")
		}
		return mon.HMP(s), nil
	})
	RegisterQMP("qom-get", func(mon *Monitor, args qjson.Object) (any, *Error) {
		path, _ := args.Get("path")
		prop, _ := args.Get("property")
		p, _ := path.(string)
		n, _ := prop.(string)
		return mon.QOMGet(p, n)
	})
}

// QOMGet reads a QOM property; other packages extend it through QOMGetters.
func (mon *Monitor) QOMGet(path, prop string) (any, *Error) {
	if path == "/machine" {
		switch prop {
		case "smp":
			return format.SMP(mon.M), nil
		case "type":
			return mon.M.Type.QOMType(), nil
		}
	}
	for _, g := range QOMGetters {
		if v, ok, err := g(mon, path, prop); ok || err != nil {
			return v, err
		}
	}
	if !mon.QOMPathExists(path) {
		return nil, &Error{Class: "DeviceNotFound", Desc: "Device '" + path + "' not found"}
	}
	return nil, GenericError("Property '" + prop + "' not found")
}

// QOMGetters let other packages answer qom-get for their objects.
var QOMGetters []func(mon *Monitor, path, prop string) (any, bool, *Error)

// QOMPathExists says whether a path names an object the simulator models.
func (mon *Monitor) QOMPathExists(path string) bool {
	if path == "/machine" {
		return true
	}
	return mon.M.FindCPU(path) != nil
}
