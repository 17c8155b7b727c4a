package monitor

import (
	"encoding/json"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/format"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
)

// The read-only commands that show a started machine.

func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "hotpluggable-cpus",
			Run: func(mon *Monitor, _ Args) string {
				if err := hotpluggableCPUsError(mon); err != "" {
					return "Error: " + err + "\r\n"
				}
				return format.HMPHotpluggableCPUs(format.HotpluggableCPUs(mon.M))
			}})
		RegisterInfo(&HMPCommand{Name: "cpus",
			Run: func(mon *Monitor, _ Args) string {
				l := format.CPUThreads(mon.M)
				if mon.currentCPU >= 0 {
					return format.InfoCPUsCurrent(l, mon.currentCPU)
				}
				return format.InfoCPUs(l)
			}})
		// hmp_info_version: the version and the package, nothing between.
		RegisterInfo(&HMPCommand{Name: "version",
			Run: func(mon *Monitor, _ Args) string {
				return mon.M.Release().Version() + mon.M.Release().PackageString() + "\r\n"
			}})
		RegisterInfo(&HMPCommand{Name: "numa",
			Run: func(mon *Monitor, _ Args) string {
				var devs []format.NodeMemory
				for _, d := range board.Of(mon.M).MemoryDevices() {
					if !d.VirtioMem && !d.VirtioPMEM { // its plugged size, 0 without a guest driver; a virtio-pmem's is no node's
						devs = append(devs, format.NodeMemory{Node: d.Node, Size: d.Size})
					}
				}
				return format.InfoNUMA(mon.M, devs)
			}})
		// x-query-numa, x-query-irq, x-query-roms and 10.0's
		// x-query-interrupt-controllers are info numa's, info irq's, info
		// roms' and info pic's text (the HMP commands print what these return).
		for cmd, info := range map[string]string{"x-query-numa": "numa", "x-query-irq": "irq", "x-query-roms": "roms",
			"x-query-interrupt-controllers": "pic"} {
			RegisterQMP(cmd, func(mon *Monitor, args qjson.Object) (any, *Error) {
				text := mon.HMP("info " + info)
				if text == "" && info == "pic" {
					return mon.unmodelled(cmd, args) // a controller state not modelled
				}
				return qjson.O("human-readable-text", strings.ReplaceAll(text, "\r\n", "\n")), nil
			})
		}

		// sgx_get_info: a machine that is no PC machine (microvm) is refused
		// before the EPC is looked for.
		RegisterQMP("query-sgx", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if mon.M.Type.Family == machinetype.Microvm {
				return nil, GenericError(sgxNotPC)
			}
			return mon.unmodelled("query-sgx", args)
		})
		RegisterInfo(&HMPCommand{Name: "sgx", Run: func(mon *Monitor, _ Args) string {
			if mon.M.Type.Family == machinetype.Microvm {
				return sgxNotPC + "\r\n"
			}
			return mon.fixed().hmp["info sgx"]
		}})

		RegisterQMP("query-hotpluggable-cpus", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			if err := hotpluggableCPUsError(mon); err != "" {
				return nil, GenericError(err)
			}
			l := format.HotpluggableCPUs(mon.M)
			if mon.M.Preconfig { // no CPU made yet, no node given to a slot yet
				for i := range l {
					l[i].QOMPath, l[i].Props.Node = "", -1
				}
			}
			return format.QMPHotpluggableCPUs(l), nil
		})
		RegisterQMP("query-cpus-fast", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return format.QMPCPUsFast(format.CPUThreads(mon.M), mon.Target), nil
		})
		RegisterQMP("query-machines", func(mon *Monitor, args qjson.Object) (any, *Error) {
			compat, _ := args.Get("compat-props")
			return format.QMPMachines(mon.M.Release(), mon.Target, compat == true), nil
		})
		RegisterQMP("query-current-machine", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return qjson.O("wakeup-suspend-support", mon.wakeupSuspend()), nil
		})
		RegisterQMP("query-version", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			r := mon.M.Release()
			return qjson.O("qemu", qjson.O("major", r.Major, "minor", r.Minor, "micro", r.Micro), "package", r.PackageString()), nil
		})
		RegisterQMP("query-target", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return qjson.O("arch", string(mon.Target)), nil
		})
		RegisterQMP("human-monitor-command", func(mon *Monitor, args qjson.Object) (any, *Error) {
			v, _ := args.Get("command-line")
			// Each command gets a fresh monitor whose current CPU is the
			// first one, or the one cpu-index names.
			mon.currentCPU = -1
			if n, ok := args.Get("cpu-index"); ok {
				i, _ := n.(json.Number).Int64()
				i = int64(int32(i)) // monitor_set_cpu takes an int (4294967296 is CPU 0)
				found := false
				for _, t := range format.CPUThreads(mon.M) {
					if int64(t.CPUIndex) == i {
						found = true
					}
				}
				if !found {
					return nil, GenericError("Parameter 'cpu-index' expects a CPU number")
				}
				mon.currentCPU = int(i)
				defer func() { mon.currentCPU = -1 }()
			}
			out := mon.HMP(v.(string))
			if mon.Crashed != nil {
				return nil, nil
			}
			return out, nil
		})
	})
}

// hotpluggableCPUsError is why a machine cannot list its CPU slots, or "".
func hotpluggableCPUsError(mon *Monitor) string {
	if !mon.M.Type.HotpluggableCPUs {
		return mon.M.Release().NoCPUHotplugError
	}
	return ""
}

const sgxNotPC = "SGX is only supported on PC machines"
