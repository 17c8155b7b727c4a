package monitor

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/lazyre"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qemuopts"

	"hotpluglab/engine/board"
	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/format"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
)

// What a learner asks the monitor about the machine and the QEMU it runs:
// version, name, UUID, accelerator, memory, the command tables, the current
// CPU.

func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "name", Run: func(mon *Monitor, _ Args) string {
			if !mon.M.HasName {
				return ""
			}
			return mon.M.GuestName + "\r\n"
		}})
		RegisterQMP("query-name", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			if !mon.M.HasName {
				return qjson.Object{}, nil
			}
			return qjson.O("name", mon.M.GuestName), nil
		})
		RegisterInfo(&HMPCommand{Name: "uuid", Run: func(mon *Monitor, _ Args) string { return mon.uuid() + "\r\n" }})
		RegisterQMP("query-uuid", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return qjson.O("UUID", mon.uuid()), nil
		})
		RegisterInfo(&HMPCommand{Name: "kvm", Run: func(mon *Monitor, _ Args) string {
			switch {
			case !kvmCompiled(mon):
				return "kvm support: not compiled\r\n"
			case mon.M.Accel == "kvm":
				return "kvm support: enabled\r\n"
			}
			return "kvm support: disabled\r\n"
		}})
		RegisterQMP("query-kvm", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return qjson.O("enabled", mon.M.Accel == "kvm", "present", kvmCompiled(mon)), nil
		})
		RegisterInfo(&HMPCommand{Name: "memdev", Run: func(mon *Monitor, _ Args) string {
			var b strings.Builder
			for _, d := range mon.memdevs() {
				fmt.Fprintf(&b, "memory backend: %s\n  size:  %d\n  merge: %t\n  dump: %t\n  prealloc: %t\n  share: %t\n  reserve: %t\n  policy: %s\n  host nodes: %s\n",
					d.id, d.size, d.merge, d.dump, d.prealloc, d.share, d.reserve, d.policy, hostNodesText(d.hostNodes))
			}
			return CRLF(b.String() + "\n")
		}})
		RegisterQMP("query-memdev", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			l := []any{}
			for _, d := range mon.memdevs() {
				nodes := []any{}
				for _, n := range d.hostNodes {
					nodes = append(nodes, n)
				}
				l = append(l, qjson.O("id", d.id, "size", d.size, "merge", d.merge, "dump", d.dump, "prealloc", d.prealloc, "share", d.share,
					"reserve", d.reserve, "host-nodes", nodes, "policy", d.policy))
			}
			return l, nil
		})
		RegisterInfo(&HMPCommand{Name: "memory_size_summary", Run: func(mon *Monitor, _ Args) string {
			return fmt.Sprintf("base memory: %d\r\nplugged memory: %d\r\n", mon.M.RAMBytes, board.Of(mon.M).PluggedMemory())
		}})
		RegisterQMP("query-memory-size-summary", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return qjson.O("base-memory", mon.M.RAMBytes, "plugged-memory", board.Of(mon.M).PluggedMemory()), nil
		})
		// info memory-devices (hmp_info_memory_devices): the DIMMs by address.
		RegisterInfo(&HMPCommand{Name: "memory-devices", Run: func(mon *Monitor, _ Args) string {
			var b strings.Builder
			for _, d := range board.Of(mon.M).MemoryDevices() {
				if d.VirtioPMEM {
					fmt.Fprintf(&b, "Memory device [virtio-pmem]: \"%s\"\n  memaddr: 0x%x\n  size: %d\n  memdev: /objects/%s\n", d.Dev.ID, d.Addr, d.Size, d.Memdev)
					continue
				}
				if d.VirtioMem {
					fmt.Fprintf(&b, "Memory device [virtio-mem]: \"%s\"\n  memaddr: 0x%x\n  node: %d\n  requested-size: %d\n  size: 0\n  max-size: %d\n  block-size: %d\n  memdev: /objects/%s\n",
						d.Dev.ID, d.Addr, d.Node, d.RequestedSize, d.Size, virtioMemBlockSize(mon, d), d.Memdev)
					continue
				}
				fmt.Fprintf(&b, "Memory device [%s]: \"%s\"\n  addr: 0x%x\n  slot: %d\n  node: %d\n  size: %d\n  memdev: /objects/%s\n  hotplugged: %t\n  hotpluggable: true\n",
					dimmKind(d), d.Dev.ID, d.Addr, d.Slot, d.Node, d.Size, d.Memdev, d.Hotplugged)
			}
			return CRLF(b.String())
		}})
		RegisterQMP("query-memory-devices", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			l := []any{}
			for _, d := range board.Of(mon.M).MemoryDevices() {
				if d.VirtioPMEM {
					data := qjson.O("memaddr", d.Addr, "size", d.Size, "memdev", "/objects/"+d.Memdev)
					if d.Dev.ID != "" {
						data = append(data, qjson.Member{Key: "id", Value: d.Dev.ID})
					}
					l = append(l, qjson.O("type", "virtio-pmem", "data", data))
					continue
				}
				if d.VirtioMem {
					data := qjson.O("memaddr", d.Addr, "node", d.Node, "requested-size", d.RequestedSize, "size", 0, "max-size", d.Size,
						"block-size", virtioMemBlockSize(mon, d), "memdev", "/objects/"+d.Memdev)
					if d.Dev.ID != "" {
						data = append(data, qjson.Member{Key: "id", Value: d.Dev.ID})
					}
					l = append(l, qjson.O("type", "virtio-mem", "data", data))
					continue
				}
				data := qjson.O("addr", d.Addr, "slot", d.Slot, "node", d.Node, "size", d.Size, "memdev", "/objects/"+d.Memdev,
					"hotplugged", d.Hotplugged, "hotpluggable", true)
				if d.Dev.ID != "" {
					data = append(data, qjson.Member{Key: "id", Value: d.Dev.ID})
				}
				l = append(l, qjson.O("type", dimmKind(d), "data", data))
			}
			return l, nil
		})
		RegisterInfo(&HMPCommand{Name: "iothreads", Run: func(mon *Monitor, _ Args) string {
			var b strings.Builder
			for _, t := range mon.iothreads() {
				id, _ := t.Get("id")
				fmt.Fprintf(&b, "%s:\r\n", id)
				for _, k := range []string{"thread-id", "poll-max-ns", "poll-grow", "poll-shrink", "aio-max-batch"} {
					v, _ := t.Get(k)
					fmt.Fprintf(&b, "  %s=%d\r\n", strings.Replace(k, "thread-id", "thread_id", 1), v)
				}
			}
			return b.String()
		}})
		RegisterQMP("query-iothreads", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			l := []any{}
			for _, t := range mon.iothreads() {
				l = append(l, t)
			}
			return l, nil
		})

		RegisterQMP("query-commands", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return qjson.Raw(strings.TrimSpace(mon.M.Release().Text("qmp-commands-" + string(mon.Target) + ".json"))), nil
		})
		RegisterQMP("query-qmp-schema", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			return qjson.Raw(strings.TrimSpace(qapi.For(mon.M.Release(), string(mon.Target)).Text())), nil
		})
		RegisterQMP("query-command-line-options", func(mon *Monitor, args qjson.Object) (any, *Error) {
			line := mon.fixed().qmp["query-command-line-options"]
			all, _ := replyOf(line)
			opt, ok := args.Get("option")
			if !ok {
				return all, nil
			}
			for _, e := range splitArray(string(all.(qjson.Raw))) {
				var o struct{ Option string }
				if json.Unmarshal([]byte(e), &o) == nil && o.Option == opt {
					return qjson.Raw("[" + e + "]"), nil
				}
			}
			return nil, GenericError(fmt.Sprintf("invalid option name: %s", opt))
		})
		RegisterQMP("query-cpu-definitions", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			defs := strings.TrimSpace(mon.M.Release().Text("qmp-cpu-definitions-" + string(mon.Target) + ".json"))
			if mon.M.Type.Family != machinetype.PSeries && mon.M.Type.Family != machinetype.Microvm && mon.M.Type.VersionAtMost(4, 0) {
				// Boards from before versioned CPU models (4.1) and isapc
				// name no alias (pc_machine's default_cpu_version: legacy).
				defs = aliasOf().ReplaceAllString(defs, "")
			}
			if mon.M.Type.Family == machinetype.Microvm {
				defs = latestAliases(defs)
			}
			return qjson.Raw(defs), nil
		})

		// query-cpu-model-expansion (x86 only: ppc64 has no such command); the
		// arguments passed the schema, so model is an object with a name.
		RegisterQMP("query-cpu-model-expansion", func(mon *Monitor, args qjson.Object) (any, *Error) {
			e := cpumodel.ExpansionFor(mon.M.Release())
			if e == nil {
				return mon.unmodelled("query-cpu-model-expansion", args)
			}
			t, _ := args.Get("type")
			m, _ := args.Get("model")
			model, _ := m.(qjson.Object)
			n, _ := model.Get("name")
			name, _ := n.(string)
			props, hasProps := model.Get("props")
			rel := mon.M.Release()
			if _, isObj := props.(qjson.Object); hasProps && !isObj && rel.CPUExpansionPropsObject {
				return nil, GenericError("Invalid parameter type for 'model.props', expected: object")
			}
			mc := mon.M
			env := cpumodel.ExpandEnv{Plus: mc.CPUPlus, Minus: mc.CPUMinus}
			env.Globals = append(slices.Clone(mc.CPUCompat), mc.CPUGlobals...)
			out, warnings, err := e.ExpandIn(t.(string), name, props, name+"-x86_64-cpu", rel.CPUExpansionPropsPath, env)
			if err != nil {
				return nil, GenericError(err.Error())
			}
			for _, w := range warnings {
				mon.WriteStderr("warning: " + w + "\n")
			}
			return out, nil
		})

		RegisterHMP(&HMPCommand{Name: "cpu", Run: func(mon *Monitor, a Args) string {
			i, _ := a.Int("index")
			for _, t := range format.CPUThreads(mon.M) {
				if int64(t.CPUIndex) == i {
					mon.currentCPU = t.CPUIndex
					return ""
				}
			}
			return "invalid CPU index\r\n"
		}})
	})
}

var aliasOf = lazyre.New(`"alias-of": "[^"]*", `)

var versionedName = lazyre.New(`"name": "([^"]*)-v([0-9]+)"`)
var aliasOfVersion = lazyre.New(`"alias-of": "([^"]*)-v[0-9]+"`)

// latestAliases makes each unversioned model an alias of its model's
// latest version: microvm sets CPU_VERSION_LATEST as the default version
// (measured on both releases; the recorded list is pc's, version 1).
func latestAliases(defs string) string {
	latest := map[string]int{}
	for _, m := range versionedName().FindAllStringSubmatch(defs, -1) {
		if n, err := strconv.Atoi(m[2]); err == nil && n > latest[m[1]] {
			latest[m[1]] = n
		}
	}
	// (a versioned alias, "Cascadelake-Server-noTSX", keeps its version)
	entries := splitArray(defs)
	for i, e := range entries {
		name, alias := entryName().FindStringSubmatch(e), aliasOfVersion().FindStringSubmatch(e)
		if name == nil || alias == nil || alias[1] != name[1] {
			continue
		}
		if n, ok := latest[name[1]]; ok {
			to := fmt.Sprintf(`"alias-of": "%s-v%d"`, name[1], n)
			entries[i] = aliasOfVersion().ReplaceAllStringFunc(e, func(string) string { return to })
		}
	}
	// An alias reports what its version lacks.
	unavailable := map[string]string{}
	for _, e := range entries {
		if m := entryName().FindStringSubmatch(e); m != nil {
			unavailable[m[1]] = unavailableFeatures().FindString(e)
		}
	}
	for i, e := range entries {
		if m := aliasOfName().FindStringSubmatch(e); m != nil && unavailable[m[1]] != "" {
			u := unavailable[m[1]]
			entries[i] = unavailableFeatures().ReplaceAllStringFunc(e, func(string) string { return u })
		}
	}
	return "[" + strings.Join(entries, ", ") + "]"
}

var entryName = lazyre.New(`^\{"name": "([^"]*)"`)
var aliasOfName = lazyre.New(`"alias-of": "([^"]*)"`)
var unavailableFeatures = lazyre.New(`"unavailable-features": \[[^\]]*\]`)

// kvmCompiled: the binary has KVM support, whatever the host: only the one
// for the host's own architecture (the recordings' host is x86_64).
func kvmCompiled(mon *Monitor) bool { return mon.Target == machinetype.X86_64 }

type memdev struct {
	id                 string
	size               int64
	share, merge, dump bool
	prealloc, reserve  bool
	policy             string
	hostNodes          []int64
}

// memdevs are the memory backends query-memdev lists: /objects' memory
// backends (the board's own RAM backend among them) in the order qom-list
// shows them (both walk the container's hash table and prepend).
func (mon *Monitor) memdevs() []memdev {
	var l []memdev
	for _, o := range mon.objectsListed() {
		if !strings.HasPrefix(o.Type, "memory-backend-") {
			continue
		}
		share, given := o.Props["share"]
		d := memdev{id: o.ID, size: mon.M.RAMBytes, share: numa.Shares(o.Type, share, given)}
		for _, f := range []struct {
			to           *bool
			own, machine string
		}{{&d.merge, "merge", "mem-merge"}, {&d.dump, "dump", "dump-guest-core"}} {
			own, ownGiven := o.Props[f.own]
			machine, machineGiven := mon.M.Props[f.machine]
			*f.to = numa.BackendFlag(own, ownGiven, machine, machineGiven)
		}
		if v, ok := o.Props["size"]; ok {
			d.size, _ = numa.ParseSize(v)
		}
		d.prealloc = mon.M.MemPrealloc
		if v, ok := o.Props["prealloc"]; ok {
			d.prealloc, _ = qemuopts.ParseBool(v)
		}
		d.reserve = propBool(o, "reserve", true)
		d.policy = "default"
		if v := o.Props["policy"]; v != "" {
			d.policy = v
		}
		d.hostNodes = hostNodes(o.Props["host-nodes"])
		for _, m := range mon.M.Memdevs { // -object's, as the start-up read them
			if m.ID == o.ID {
				d.size, d.share = m.Size, m.Share
			}
		}
		l = append(l, d)
	}
	return l
}

// dimmKind is a DIMM's MemoryDeviceInfo kind.
func dimmKind(d *board.DIMM) string {
	if d.NVDIMM {
		return "nvdimm"
	}
	return "dimm"
}

func (mon *Monitor) uuid() string {
	if mon.M.UUID == "" {
		return "00000000-0000-0000-0000-000000000000"
	}
	return mon.M.UUID
}

// splitArray cuts a JSON array's text into its elements' texts.
func splitArray(raw string) []string {
	var out []string
	depth, start, inString := 0, -1, false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case inString:
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			if depth == 1 && start < 0 {
				start = i
			}
			depth++
		case c == ']' || c == '}':
			depth--
			if depth == 1 && start >= 0 {
				out = append(out, raw[start:i+1])
				start = -1
			}
		}
	}
	return out
}

// iothreads are the iothread objects' query-iothreads entries, in the
// order object_child_foreach walks /objects (its hash table's, the reverse
// of what qom-list shows); the thread ids follow creation.
func (mon *Monitor) iothreads() []qjson.Object {
	objs := object.Of(mon.M)
	tid := map[string]int{}
	for i, o := range objs {
		tid[o.ID] = 2000 + i
	}
	listed := mon.objectsListed()
	var out []qjson.Object
	for i := len(listed) - 1; i >= 0; i-- {
		if o := listed[i]; o.Type == "iothread" {
			out = append(out, object.IOThread(o, tid[o.ID]))
		}
	}
	return out
}

// x86Interrupts are the x86 interrupt controllers as `info pic` and `info
// irq` find them, walking the QOM tree in its hash order: "ioapic", "pic1"
// (the slave i8259), "pic0". isapc has no IOAPIC; microvm has a second one
// after the PICs. The IOAPIC is the PCI host's child (/machine/q35/ioapic,
// /machine/i440fx/ioapic), the PICs /machine/unattached's, so the walk
// meets first whichever of the two /machine's own hash table holds first.
// 10.0's table puts unattached first on q35 and on pc with acpi=off (no
// acpi-device), until a memory region more under /machine (-m maxmem's
// device-memory, a NUMA memdev's pc.ram container) makes it grow; 7.2's
// puts the host first (measured on both releases, pc and q35, each with
// and without those). 10.0 lists the two PICs in /machine/unattached's hash
// order: their names device[N] move with the boot CPUs, and the table has
// 128 slots (its ~64 children on pc and q35; measured with 1 and 2 CPUs).
// ok is false where the order is not known.
func (mon *Monitor) x86Interrupts(picsOnly bool) (order []string, ok bool) {
	m := mon.M
	switch m.Type.Family {
	case machinetype.ISAPC:
		return []string{"pic1", "pic0"}, true
	case machinetype.Microvm:
		return []string{"ioapic", "pic1", "pic0", "ioapic"}, true
	}
	pics := []string{"pic1", "pic0"}
	if st := board.Of(m); st != nil && !st.Has("isa-i8259") {
		return []string{"ioapic"}, true // pic=off: no i8259s to meet
	}
	rel := m.Release()
	if rel.PICsInUnattachedHashOrder && picsOnly {
		var paths []string // master (pic0) first: i8259_init's order
		if st := board.Of(m); st != nil {
			st.Tree.Walk(func(d *qdev.Device) {
				if d.Type.Name == "isa-i8259" && strings.HasPrefix(d.Path, "/machine/unattached/device[") {
					paths = append(paths, strings.TrimPrefix(d.Path, "/machine/unattached/"))
				}
			})
		}
		if len(paths) != 2 {
			return nil, false
		}
		name := map[string]string{paths[0]: "pic0", paths[1]: "pic1"}
		pics = pics[:0]
		for _, p := range qom.SlotOrder(paths, 128) {
			pics = append(pics, name[p])
		}
	}
	if !picsOnly {
		pics = []string{"pic1"} // info irq: the master's statistics, once
	}
	// The IOAPIC is the PCI host's child, the PICs /machine/unattached's:
	// the walk meets first whichever /machine's hash table holds first.
	if st := board.Of(m); st != nil {
		for _, name := range st.X86MachineQOMWalk() {
			if name == "unattached" {
				return append(pics, "ioapic"), true
			}
			if name == "i440fx" || name == "q35" {
				break
			}
		}
	}
	return append([]string{"ioapic"}, pics...), true
}

// info irq (hmp_info_irq): every InterruptStatsProvider in the QOM tree.
// A paused x86 machine has the IOAPIC's and the PIC's (the master's
// statistics, under the slave's place in the walk), each with the one
// interrupt the HPET raised at reset (none without one); pseries has none
// of its own, and on releases where its CPUs provide statistics, one empty
// block per vCPU thread.
func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "irq", Run: func(mon *Monitor, _ Args) string {
			m, rel := mon.M, mon.M.Release()
			if m.Type.Name == "none" { // no controller, no CPU
				return ""
			}
			if m.IsSPAPR() {
				out := fmt.Sprintf("IRQ statistics not available for %s-machine.\r\n", m.Type.Name)
				if rel.CPUInterruptStats {
					out += strings.Repeat(fmt.Sprintf("IRQ statistics for %s:\r\n", m.ThreadType), m.PresentCPUs())
				}
				return out
			}
			count := ""
			if board.Of(m).Has("hpet") {
				count = " 0: 1\r\n"
			}
			order, _ := mon.x86Interrupts(false)
			var b strings.Builder
			for _, c := range order {
				switch c {
				case "ioapic":
					b.WriteString("IRQ statistics for ioapic:\r\n" + count)
				case "pic1":
					b.WriteString("IRQ statistics for isa-i8259:\r\n" + count)
				}
			}
			return b.String()
		}})
		// info pic (hmp_info_pic): each controller's registers, as reset left
		// them; the IOAPIC's version is its property (0x11 on pc-i440fx-2.6
		// and older, a compat property).
		RegisterInfo(&HMPCommand{Name: "pic", Run: func(mon *Monitor, _ Args) string {
			if mon.M.Type.Name == "none" { // no interrupt controller
				return ""
			}
			switch mon.M.Type.Family {
			case machinetype.PC, machinetype.Q35, machinetype.ISAPC, machinetype.Microvm:
			case machinetype.PSeries:
				if out, ok := mon.spaprXIVEPic(); ok {
					return out
				}
				return mon.fixed().hmp["info pic"]
			default: // the rest: as recorded
				return mon.fixed().hmp["info pic"]
			}
			order, ok := mon.x86Interrupts(true)
			if !ok {
				mon.Note("The order QEMU lists the interrupt controllers in here follows its QOM hash tables; it was not measured for this machine.")
				return ""
			}
			version := "0x20"
			if st := board.Of(mon.M); st != nil {
				st.Tree.Walk(func(d *qdev.Device) {
					if v, has := d.Prop("version"); has && d.Type.Name == "ioapic" {
						if _, hex, found := strings.Cut(v, "("); found {
							version = strings.TrimSuffix(hex, ")")
						}
					}
				})
			}
			var b strings.Builder
			for _, c := range order {
				if c != "ioapic" {
					fmt.Fprintf(&b, "%s: irr=00 imr=00 isr=00 hprio=0 irq_base=00 rr_sel=0 elcr=00 fnm=0\r\n", c)
					continue
				}
				fmt.Fprintf(&b, "ioapic0: ver=%s id=0x00 sel=0x00\r\n", version)
				for pin := 0; pin < 24; pin++ {
					fmt.Fprintf(&b, "  pin %-2d 0x0000000000010000 dest=0 vec=0   active-hi edge  masked fixed  physical\r\n", pin)
				}
				b.WriteString("  IRR      (none)\r\n  Remote IRR (none)\r\n")
			}
			return b.String()
		}})
	})
}

// virtioMemBlockSize is a virtio-mem device's block-size: given, or the
// release's default.
func virtioMemBlockSize(mon *Monitor, d *board.DIMM) uint64 {
	return board.Of(mon.M).VirtioMemBlockSize(d)
}

// spaprXIVEPic is info pic on a pseries machine in XIVE mode before its
// guest runs (spapr_xive_pic_print_info): each vCPU's thread context as
// reset left it (the OS ring's CAM line names the vCPU's NVT, 0x400 + its
// id), then every claimed source, masked with Q set: an IPI per possible
// vCPU, the EPOW and hot-plug event sources, and what the board's devices
// claimed; 10.0 then says, per vCPU, that its CPU has nothing to show.
// ok is false where that is not known: XICS (its dump holds host
// pointers), SMT, a release's legacy IRQ numbers.
func (mon *Monitor) spaprXIVEPic() (string, bool) {
	m := mon.M
	st := board.Of(m)
	if mode, _ := m.Extra["spapr.ic-mode"].(string); mode != "xive" || st == nil || m.Topology.Threads != 1 || m.Type.VersionAtMost(3, 1) {
		return "", false
	}
	var b strings.Builder
	for _, c := range m.CPUs {
		id := m.CPUIndex(c, 0)
		fmt.Fprintf(&b, "CPU[%04x]:   QW   NSR CPPR IPB LSMFB ACK# INC AGE PIPR  W2\r\n", id)
		fmt.Fprintf(&b, "CPU[%04x]: USER    00   00  00    00   00  00  00   00  00000000\r\n", id)
		fmt.Fprintf(&b, "CPU[%04x]:   OS    00   00  00    ff   ff  00  ff   ff  %08x\r\n", id, 0x80000400|id)
		fmt.Fprintf(&b, "CPU[%04x]: POOL    00   00  00    00   00  00  00   00  00000000\r\n", id)
		fmt.Fprintf(&b, "CPU[%04x]: PHYS    00   00  00    00   00  00  00   ff  00000000\r\n", id)
	}
	var irqs []uint32
	for i := 0; i < int(m.Topology.MaxCPUs); i++ {
		irqs = append(irqs, uint32(i)) // SPAPR_IRQ_IPI + vCPU id
	}
	irqs = append(irqs, 0x1000, 0x1001) // SPAPR_IRQ_EPOW, SPAPR_IRQ_HOTPLUG
	irqs = append(irqs, st.SPAPRSourceIRQs()...)
	slices.Sort(irqs)
	b.WriteString("  LISN         PQ    EISN     CPU/PRIO EQ\r\n")
	for _, n := range irqs {
		kind := "MSI"
		if n >= 0x1200 && n < 0x1300 {
			kind = "LSI"
		}
		fmt.Fprintf(&b, "  %08x %s -Q  M 00000000 \r\n", n, kind)
	}
	b.WriteString("irqchip: emulated\r\n")
	if m.Release().CPUInterruptStats {
		b.WriteString(strings.Repeat(fmt.Sprintf("Interrupt controller information not available for %s.\r\n", m.ThreadType), m.PresentCPUs()))
	}
	return b.String(), true
}
