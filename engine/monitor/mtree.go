package monitor

import (
	"fmt"
	"slices"
	"strings"

	"cmp"
	"strconv"

	"hotpluglab/engine/board"
	"hotpluglab/engine/pci"
)

// memRegion is a MemoryRegion as info mtree shows it: where it sits in its
// container, its size (0: the whole 64-bit space), priority and kind; an
// alias names its target and the offset into it; a container holds
// subregions (in mtree_print_mr's order: by address, then priority, then
// the later added first).
type memRegion struct {
	name        string
	addr, size  uint64
	prio        int
	kind        string // "i/o", "ram", "rom"
	alias       *memRegion
	aliasOffset uint64
	container   bool
	disabled    bool
	kids        []*memRegion
}

func (r *memRegion) last() uint64 {
	if r.size == 0 {
		return ^uint64(0)
	}
	return r.size - 1
}

func ioRegion(name string, addr, size uint64) *memRegion {
	return &memRegion{name: name, addr: addr, size: size, kind: "i/o"}
}

func containerRegion(name string, addr, size uint64, kids ...*memRegion) *memRegion {
	return &memRegion{name: name, addr: addr, size: size, kind: "i/o", container: true, kids: kids}
}

func aliasRegion(name string, addr, size uint64, target *memRegion, off uint64) *memRegion {
	return &memRegion{name: name, addr: addr, size: size, kind: target.kind, alias: target, aliasOffset: off}
}

// addressSpace is an AddressSpace: its name and root region.
type addressSpace struct {
	name string
	root *memRegion
}

// memoryMap is what info mtree walks: the address spaces grouped by root
// (in the order the engine prints them: QEMU's is a pointer-keyed hash
// table's, which differs from run to run).
type memoryMap struct {
	groups [][]addressSpace
}

// spaprMemoryMap builds pseries' regions: the board's (RAM, the PHB's
// windows, XIVE's MMIOs, the PHB's DMA root), the device memory region with
// its DIMMs, and each PCI device's bus master address space (with 10.0's
// virtio config access space). unknown lists the device types whose own
// regions were not measured.
func (mon *Monitor) spaprMemoryMap() (mm memoryMap, unknown []string) {
	m, st := mon.M, board.Of(mon.M)
	const phb = "pci@800000020000000"
	ram := uint64(m.RAMBytes)
	system := containerRegion("system", 0, 0)
	ramMR := &memRegion{name: "ppc_spapr.ram", size: ram, kind: "ram"}
	if m.NUMAMemdevs { // the machine's RAM is a container of the nodes' backends
		ramMR.kind, ramMR.container = "i/o", true
		off := uint64(0)
		for i, id := range m.NodeMemdev {
			size := uint64(m.NodeMem[i])
			if id != "" && size > 0 {
				ramMR.kids = append(ramMR.kids, &memRegion{name: id, addr: off, size: size, kind: "ram"})
			}
			off += size
		}
	}
	system.kids = append(system.kids, ramMR)
	var devMem *memRegion
	if base, size, ok := st.DeviceMemory(); ok {
		devMem = containerRegion("device-memory", base, size)
		for _, d := range st.MemoryDevices() {
			if d.VirtioMem {
				unknown = append(unknown, "virtio-mem")
				continue
			}
			devMem.kids = append(devMem.kids, &memRegion{name: d.Memdev, addr: d.Addr - base, size: d.Size, kind: "ram"})
		}
		system.kids = append(system.kids, devMem)
	}
	phbIO := containerRegion(phb+".io", 0, 0x10000)
	phbMMIO := containerRegion(phb+".mmio", 0, 0)
	system.kids = append(system.kids,
		aliasRegion(phb+".io-alias", 0x200000000000, 0x10000, phbIO, 0),
		aliasRegion(phb+".mmio32-alias", 0x200080000000, 0x80000000, phbMMIO, 0x80000000),
		aliasRegion(phb+".mmio64-alias", 0x210000000000, 0x10000000000, phbMMIO, 0x210000000000))
	if mode := m.Props["ic-mode"]; mode != "xics" { // XIVE's MMIOs, mapped while it is the active controller
		system.kids = append(system.kids,
			containerRegion("xive.esb", 0x6010000000000, 0x40000000, ioRegion("xive.esb-emulated", 0, 0x40000000)),
			ioRegion("xive.end", 0x6010040000000, 0x40000000),
			ioRegion("xive.tima", 0x6030203180000, 0x40000))
	}
	iommuRoot := containerRegion(phb+".iommu-root", 0, 0,
		containerRegion("tce-root-80000001", 0, 0),
		containerRegion("tce-root-80000000", 0, 0, ioRegion("tce-iommu-80000000", 0, 0x40000000)),
		ioRegion("msi", 0x40000000000, 0x1000))
	var cpuAS []addressSpace
	for _, c := range m.CPUs { // each vCPU's address space, named by its cpu_index
		for j := 0; j < max(c.Threads, 1) && !c.Unrealized; j++ {
			cpuAS = append(cpuAS, addressSpace{fmt.Sprintf("cpu-memory-%d", m.CPUIndex(c, j)), system})
		}
	}
	mm.groups = append(mm.groups, append([]addressSpace{{"memory", system}}, cpuAS...),
		[]addressSpace{{"I/O", ioRegion("io", 0, 0x10000)}})
	if devMem != nil && m.Release().MtreeDeviceMemoryAS {
		mm.groups = append(mm.groups, []addressSpace{{"device-memory", devMem}})
	}
	mm.groups = append(mm.groups, []addressSpace{{phb, iommuRoot}})
	known := deviceRegionTemplates(m.Release().Text("mtree-devices.txt"))
	for _, d := range st.Created() {
		if pci.Of(d) == nil {
			continue
		}
		bm := containerRegion("bus master container", 0, 0,
			&memRegion{name: "bus master enable region", size: 0, kind: "i/o", alias: iommuRoot, disabled: true})
		mm.groups = append(mm.groups, []addressSpace{{d.Type.Name, bm}})
		if vdev, ok := virtioPCIDevice(d.Type.Name); ok {
			if m.Release().MtreeVirtioCfgAS {
				cfg := containerRegion("virtio-pci", 0, 0x4000)
				for i, part := range []string{"common", "isr", "device", "notify"} {
					cfg.kids = append(cfg.kids, ioRegion("virtio-pci-"+part+"-"+vdev, uint64(i)<<12, 0x1000))
				}
				mm.groups = append(mm.groups, []addressSpace{{"virtio-pci-cfg-mem-as", cfg}})
			}
			continue
		}
		regions, ok := known[d.Type.Name]
		if !ok {
			unknown = append(unknown, d.Type.Name)
		}
		for _, r := range regions {
			space := phbMMIO
			if r.space == "io" {
				space = phbIO
			}
			space.kids = append(space.kids, ioRegion(r.name, r.addr, r.size))
			space.kids[len(space.kids)-1].prio = r.prio
		}
	}
	return mm, unknown
}

// virtioPCIDevice is the virtio device a virtio PCI proxy holds
// (virtio-net-pci: virtio-net), whose name its config regions carry.
func virtioPCIDevice(typ string) (string, bool) {
	for _, suffix := range []string{"-pci-non-transitional", "-pci-transitional", "-pci"} {
		if v, ok := strings.CutSuffix(typ, suffix); ok && strings.HasPrefix(v, "virtio-") {
			return v, true
		}
	}
	return "", false
}

// deviceRegion is one region a device type adds to its bus's I/O or
// memory space (mtree-devices.txt).
type deviceRegion struct {
	space, name string
	addr, size  uint64
	prio        int
}

// deviceRegionTemplates parses mtree-devices.txt: per measured device type
// the regions it adds (none for a type listed alone).
func deviceRegionTemplates(text string) map[string][]deviceRegion {
	out := map[string][]deviceRegion{}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 6 {
			if _, ok := out[f[0]]; !ok {
				out[f[0]] = nil
			}
			continue
		}
		addr, _ := strconv.ParseUint(f[2], 0, 64)
		size, _ := strconv.ParseUint(f[3], 0, 64)
		prio, _ := strconv.Atoi(f[4])
		out[f[0]] = append(out[f[0]], deviceRegion{space: f[1], name: f[5], addr: addr, size: size, prio: prio})
	}
	return out
}

// sortedKids are a container's subregions in mtree_print_mr's order: by
// address, the higher priority first.
func sortedKids(r *memRegion) []*memRegion {
	kids := slices.Clone(r.kids)
	slices.SortStableFunc(kids, func(a, b *memRegion) int {
		if c := cmp.Compare(a.addr, b.addr); c != 0 {
			return c
		}
		return cmp.Compare(b.prio, a.prio)
	})
	return kids
}

// printRegion is mtree_print_mr: the region at base, its subregions below
// it, every alias target queued for the "memory-region:" list.
func printRegion(b *strings.Builder, r *memRegion, level int, base uint64, aliases *[]*memRegion) {
	start := base + r.addr
	if r.alias != nil {
		found := false
		for _, a := range *aliases {
			found = found || a == r.alias
		}
		if !found {
			*aliases = append(*aliases, r.alias)
		}
	}
	if !r.disabled {
		fmt.Fprintf(b, "%s%016x-%016x (prio %d, %s): ", strings.Repeat("  ", level), start, start+r.last(), r.prio, r.kind)
		if r.alias != nil {
			fmt.Fprintf(b, "alias %s @%s %016x-%016x\n", r.name, r.alias.name, r.aliasOffset, r.aliasOffset+r.last())
		} else {
			b.WriteString(r.name + "\n")
		}
	}
	for _, k := range sortedKids(r) {
		printRegion(b, k, level+1, start, aliases)
	}
}

// flatRange is one range of a FlatView.
type flatRange struct {
	start, last uint64
	r           *memRegion
	offset      uint64
}

// render is generate_memory_topology for maps without overlaps: the
// terminating regions between lo and hi in address order, aliases seen
// through; base is where r's container starts.
func render(r *memRegion, base, lo, hi uint64, out *[]flatRange) {
	if r.disabled {
		return
	}
	start := base + r.addr
	end := start + r.last()
	if start > hi || end < lo {
		return
	}
	from, to := max(start, lo), min(end, hi)
	switch {
	case r.alias != nil:
		render(r.alias, start-r.aliasOffset-r.alias.addr, from, to, out)
	case !r.container:
		*out = append(*out, flatRange{from, to, r, from - start})
	default:
		for _, k := range r.kids {
			render(k, start, from, to, out)
		}
	}
}

func (mm memoryMap) text(flat bool) string {
	var b strings.Builder
	if flat {
		for i, g := range mm.groups {
			fmt.Fprintf(&b, "FlatView #%d\n", i)
			for _, as := range g {
				fmt.Fprintf(&b, " AS \"%s\", root: %s\n", as.name, as.root.name)
			}
			var ranges []flatRange
			render(g[0].root, 0, 0, ^uint64(0), &ranges)
			slices.SortStableFunc(ranges, func(a, b flatRange) int { return cmp.Compare(a.start, b.start) })
			if len(ranges) == 0 {
				b.WriteString(" Root memory region: (none)\n  No rendered FlatView\n\n")
				continue
			}
			fmt.Fprintf(&b, " Root memory region: %s\n", g[0].root.name)
			for _, fr := range ranges {
				fmt.Fprintf(&b, "  %016x-%016x (prio %d, %s): %s", fr.start, fr.last, fr.r.prio, fr.r.kind, fr.r.name)
				if fr.offset != 0 {
					fmt.Fprintf(&b, " @%016x", fr.offset)
				}
				b.WriteString("\n")
			}
			b.WriteString("\n")
		}
		return b.String()
	}
	var aliases []*memRegion
	for _, g := range mm.groups {
		names := make([]string, len(g))
		for i, as := range g {
			names[i] = as.name
		}
		slices.Sort(names) // g_slist_insert_sorted by name
		for _, n := range names {
			fmt.Fprintf(&b, "address-space: %s\n", n)
		}
		printRegion(&b, g[0].root, 1, 0, &aliases)
		b.WriteString("\n")
	}
	for _, a := range aliases {
		fmt.Fprintf(&b, "memory-region: %s\n", a.name)
		printRegion(&b, a, 1, 0, &aliases)
		b.WriteString("\n")
	}
	return b.String()
}

func (mon *Monitor) infoMtree(a Args) string {
	if !mon.M.IsSPAPR() {
		mon.Note("info mtree is modelled on pseries only: QEMU would print this machine's memory region tree.")
		return ""
	}
	for _, f := range []string{"owner", "dispatch_tree", "disabled"} {
		if a.Bool(f) {
			mon.Note("info mtree's -o, -d and -D are not modelled: the tree is printed without them.")
			break
		}
	}
	mm, unknown := mon.spaprMemoryMap()
	if len(unknown) > 0 {
		mon.Note("The memory regions of " + strings.Join(unknown, ", ") + " are not measured: only its bus master address space is shown.")
	}
	return CRLF(mm.text(a.Bool("flatview")))
}

func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "mtree", Run: func(mon *Monitor, a Args) string { return mon.infoMtree(a) }})
	})
}
