package monitor

import (
	"encoding/json"
	"fmt"
	"strings"

	"hotpluglab/engine/format"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/trace"
)

// The trace commands (monitor/hmp-cmds.c hmp_trace_event and
// hmp_info_trace_events, trace/qmp.c): they act on the process's trace
// backend, the one -trace set up.

// AttachTrace gives the monitor the process's trace backend; its lines go
// to QEMU's stderr from now on, stamped with the virtual clock.
func (mon *Monitor) AttachTrace(b *trace.Backend) {
	mon.Trace = b
	b.Out = func(line string) { mon.Stderr.WriteString(line) }
	b.Now = func() int64 { return mon.Now() }
}

// vcpuArg is a command's vCPU selection: a cpu-index that must exist.
func (mon *Monitor) vcpuArg(index int64) *trace.VCPU {
	return &trace.VCPU{Index: index, Exists: func(i int64) bool {
		for _, t := range format.CPUThreads(mon.M) {
			if int64(t.CPUIndex) == i {
				return true
			}
		}
		return false
	}}
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "trace-event", ArgsType: "name:s,option:b,vcpu:i?",
			Run: func(mon *Monitor, a Args) string {
				name, _ := a.Str("name")
				var vcpu *trace.VCPU
				if n, ok := a.Int("vcpu"); ok && mon.M.Release().TraceVCPU {
					if int32(n) < 0 {
						return "argument vcpu must be positive"
					}
					vcpu = mon.vcpuArg(int64(int32(n)))
				}
				if err := mon.Trace.SetState(name, a.Bool("option"), true, vcpu); err != nil {
					return err.Error() + "\r\n"
				}
				return ""
			}})
		RegisterInfo(&HMPCommand{Name: "trace-events", ArgsType: "name:s?,vcpu:i?",
			Run: func(mon *Monitor, a Args) string {
				name, ok := a.Str("name")
				if !ok {
					name = "*"
				}
				var vcpu *trace.VCPU
				if n, ok := a.Int("vcpu"); ok && mon.M.Release().TraceVCPU {
					if int32(n) < 0 {
						return "argument vcpu must be positive"
					}
					vcpu = mon.vcpuArg(int64(int32(n)))
				}
				states, err := mon.Trace.GetState(name, vcpu)
				if err != nil {
					return err.Error() + "\r\n"
				}
				var b strings.Builder
				for _, s := range states {
					on := 0
					if s.State == "enabled" {
						on = 1
					}
					fmt.Fprintf(&b, "%s : state %d\r\n", s.Name, on)
				}
				return b.String()
			}})

		RegisterQMP("trace-event-get-state", func(mon *Monitor, args qjson.Object) (any, *Error) {
			v, _ := args.Get("name")
			states, err := mon.Trace.GetState(v.(string), mon.qmpVCPU(args))
			if err != nil {
				return nil, GenericError(err.Error())
			}
			out := []any{}
			for _, s := range states {
				o := qjson.O("name", s.Name)
				if mon.M.Release().TraceVCPU {
					o = append(o, qjson.Member{Key: "vcpu", Value: s.VCPU})
				}
				out = append(out, append(o, qjson.Member{Key: "state", Value: s.State}))
			}
			return out, nil
		})
		RegisterQMP("trace-event-set-state", func(mon *Monitor, args qjson.Object) (any, *Error) {
			name, _ := args.Get("name")
			enable, _ := args.Get("enable")
			ignore, _ := args.Get("ignore-unavailable")
			if err := mon.Trace.SetState(name.(string), enable.(bool), ignore == true, mon.qmpVCPU(args)); err != nil {
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
	})
}

// qmpVCPU is the "vcpu" member of a trace command, nil when absent.
func (mon *Monitor) qmpVCPU(args qjson.Object) *trace.VCPU {
	v, ok := args.Get("vcpu")
	if !ok {
		return nil
	}
	// The schema checked it: an integer, which the parser keeps as json.Number.
	n, _ := v.(json.Number).Int64()
	return mon.vcpuArg(n)
}
