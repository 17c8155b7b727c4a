// Package format renders machine state as QEMU 7.2's monitor prints it: HMP
// text (lines end in CRLF) and QMP values (qjson, QEMU's member order). One
// structured listing feeds both, so HMP and QMP cannot disagree.
package format

import (
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
	"hotpluglab/engine/slots"
)

// HotpluggableCPU is one entry of query-hotpluggable-cpus.
type HotpluggableCPU struct {
	Type    string
	VCPUs   int
	QOMPath string // "" when the slot is empty
	Props   slots.Props
}

// HotpluggableCPUs lists the slots, highest index first (QEMU prepends).
func HotpluggableCPUs(m *machine.Machine) []HotpluggableCPU {
	out := make([]HotpluggableCPU, 0, len(m.Slots))
	for i := len(m.Slots) - 1; i >= 0; i-- {
		h := HotpluggableCPU{Type: m.CPUType, VCPUs: m.Slots[i].VCPUs, Props: m.SlotProps(i)}
		if c := m.BySlot[i]; c != nil {
			h.QOMPath = c.QOMPath
		}
		out = append(out, h)
	}
	return out
}

// HMPHotpluggableCPUs is `info hotpluggable-cpus`. A pseries machine
// lists 4096 slots, so it writes into one pre-sized buffer (strings.Builder
// hands it over without a copy) and formats numbers without fmt.
func HMPHotpluggableCPUs(l []HotpluggableCPU) string {
	var b strings.Builder
	size := 20
	for i := range l {
		// fixed text 58, qom_path line 16, each property line about 30
		size += 58 + len(l[i].Type) + 16 + len(l[i].QOMPath) + 4*30
	}
	b.Grow(size)
	var num [20]byte
	writeInt := func(v int) { b.Write(strconv.AppendInt(num[:0], int64(v), 10)) }
	b.WriteString("Hotpluggable CPUs:\r\n")
	for i := range l {
		h := &l[i]
		b.WriteString("  type: \"")
		b.WriteString(h.Type)
		b.WriteString("\"\r\n  vcpus_count: \"")
		writeInt(h.VCPUs)
		b.WriteString("\"\r\n")
		if h.QOMPath != "" {
			b.WriteString("  qom_path: \"")
			b.WriteString(h.QOMPath)
			b.WriteString("\"\r\n")
		}
		b.WriteString("  CPUInstance Properties:\r\n")
		p := &h.Props
		for _, f := range [...]struct {
			name string
			v    int
		}{{"    node-id: \"", p.Node}, {"    socket-id: \"", p.Socket}, {"    die-id: \"", p.Die}, {"    cluster-id: \"", p.Cluster}, {"    module-id: \"", p.Module}, {"    core-id: \"", p.Core}, {"    thread-id: \"", p.Thread}} {
			if f.v >= 0 {
				b.WriteString(f.name)
				writeInt(f.v)
				b.WriteString("\"\r\n")
			}
		}
	}
	return b.String()
}

// PropsObject is CpuInstanceProperties as QMP prints it.
func PropsObject(p slots.Props) qjson.Object {
	o := qjson.Object{}
	for _, f := range []struct {
		name string
		v    int
	}{{"node-id", p.Node}, {"socket-id", p.Socket}, {"die-id", p.Die}, {"cluster-id", p.Cluster}, {"module-id", p.Module}, {"core-id", p.Core}, {"thread-id", p.Thread}} {
		if f.v >= 0 {
			o = append(o, qjson.Member{Key: f.name, Value: f.v})
		}
	}
	return o
}

// QMPHotpluggableCPUs is query-hotpluggable-cpus's return value.
func QMPHotpluggableCPUs(l []HotpluggableCPU) []any {
	out := make([]any, len(l))
	for i, h := range l {
		o := qjson.O("type", h.Type, "vcpus-count", h.VCPUs)
		if h.QOMPath != "" {
			o = append(o, qjson.Member{Key: "qom-path", Value: h.QOMPath})
		}
		o = append(o, qjson.Member{Key: "props", Value: PropsObject(h.Props)})
		out[i] = o
	}
	return out
}

// CPUThread is one CPU thread in creation order (info cpus, query-cpus-fast).
type CPUThread struct {
	CPUIndex int
	ThreadID int
	QOMPath  string
	Props    slots.Props
}

// CPUThreads lists every present thread in creation order.
func CPUThreads(m *machine.Machine) []CPUThread {
	var out []CPUThread
	for _, c := range m.CPUs {
		for j := 0; j < c.Threads; j++ {
			out = append(out, CPUThread{CPUIndex: m.CPUIndex(c, j), ThreadID: c.ThreadIDs[j], QOMPath: m.ThreadPath(c, j), Props: m.SlotProps(c.Slot)})
		}
	}
	return out
}

// InfoCPUs is `info cpus`: the first CPU is the monitor's current one.
func InfoCPUs(l []CPUThread) string {
	if len(l) == 0 {
		return ""
	}
	return InfoCPUsCurrent(l, l[0].CPUIndex)
}

// InfoCPUsCurrent is `info cpus` with the CPU of cpu-index current marked.
func InfoCPUsCurrent(l []CPUThread, current int) string {
	var b strings.Builder
	for _, t := range l {
		mark := ' '
		if t.CPUIndex == current {
			mark = '*'
		}
		fmt.Fprintf(&b, "%c CPU #%d: thread_id=%d\r\n", mark, t.CPUIndex, t.ThreadID)
	}
	return b.String()
}

// QMPCPUsFast is query-cpus-fast's return value.
func QMPCPUsFast(l []CPUThread, target machinetype.Target) []any {
	out := make([]any, len(l))
	for i, t := range l {
		out[i] = qjson.O("cpu-index", t.CPUIndex, "qom-path", t.QOMPath, "thread-id", t.ThreadID,
			"props", PropsObject(t.Props), "target", string(target))
	}
	return out
}

// InfoNUMA is `info numa`.
// NodeMemory is a memory device's memory on a node (query_numa_node_mem):
// a DIMM's size counts in the node's size and as plugged, cold-plugged
// or not (measured).
type NodeMemory struct {
	Node int
	Size uint64
}

func InfoNUMA(m *machine.Machine, devices []NodeMemory) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d nodes\r\n", m.NUMANodes)
	threads := CPUThreads(m)
	for n := 0; n < m.NUMANodes; n++ {
		fmt.Fprintf(&b, "node %d cpus:", n)
		for _, t := range threads {
			node := t.Props.Node
			if node < 0 {
				node = 0
			}
			if node == n {
				fmt.Fprintf(&b, " %d", t.CPUIndex)
			}
		}
		var size, plugged uint64
		if n < len(m.NodeMem) {
			size = uint64(m.NodeMem[n])
		}
		for _, d := range devices {
			if d.Node == n {
				size += d.Size
				plugged += d.Size
			}
		}
		fmt.Fprintf(&b, "\r\nnode %d size: %d MB\r\nnode %d plugged: %d MB\r\n", n, size>>20, n, plugged>>20)
	}
	return b.String()
}

// QMPMachines is query-machines's return value: what the release's binary
// answered, in its order.
// With compat set (query-machines' "compat-props": true), each machine
// lists its compat properties.
func QMPMachines(rel *release.Release, t machinetype.Target, compat bool) any {
	v, _ := qjson.ParseRecorded(rel.Text(string(t) + "-machines.json"))
	if compat {
		v = withCompatProps(rel, t, v)
	}
	return v
}

// SMP is qom-get /machine smp.
// Every member of the release's SMPConfiguration is there (QDict order).
func SMP(m *machine.Machine) qjson.Object {
	t := m.Topology
	v := map[string]uint32{"cpus": t.CPUs, "drawers": t.Drawers, "books": t.Books, "sockets": t.Sockets, "dies": t.Dies,
		"clusters": t.Clusters, "modules": t.Modules, "cores": t.Cores, "threads": t.Threads, "maxcpus": t.MaxCPUs}
	var o qjson.Object
	for _, k := range m.Release().SMPKeys {
		o = append(o, qjson.Member{Key: k, Value: v[k]})
	}
	return o
}
