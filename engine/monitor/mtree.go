package monitor

import (
	"fmt"
	"slices"
	"strings"

	"strconv"

	"hotpluglab/engine/board"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
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
	empty       bool // size 0 (a bridge's closed window), not 2^64
	kids        []*memRegion
	owner       string // the QOM path of the device that made it ("" where not tracked)
}

func (r *memRegion) last() uint64 {
	if r.empty {
		return 0
	}
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

// deviceMemoryRegion is the machine's device memory container with its
// DIMMs' RAM (nil without one); a virtio-mem's regions were not measured
// and are added to unknown.
func deviceMemoryRegion(st *board.State, unknown *[]string) *memRegion {
	base, size, ok := st.DeviceMemory()
	if !ok {
		return nil
	}
	devMem := containerRegion("device-memory", base, size)
	for _, d := range st.MemoryDevices() {
		if d.VirtioMem {
			*unknown = append(*unknown, "virtio-mem")
			continue
		}
		devMem.kids = append(devMem.kids, &memRegion{name: d.Memdev, addr: d.Addr - base, size: d.Size, kind: "ram"})
	}
	return devMem
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
	mon.numaRAM(ramMR)
	system.kids = append(system.kids, ramMR)
	devMem := deviceMemoryRegion(st, &unknown)
	if devMem != nil {
		system.kids = append(system.kids, devMem)
	}
	phbIO := containerRegion(phb+".io", 0, 0x10000)
	phbMMIO := containerRegion(phb+".mmio", 0, 0)
	system.kids = append(system.kids,
		aliasRegion(phb+".io-alias", 0x200000000000, 0x10000, phbIO, 0),
		aliasRegion(phb+".mmio32-alias", 0x200080000000, 0x80000000, phbMMIO, 0x80000000),
		aliasRegion(phb+".mmio64-alias", 0x210000000000, 0x10000000000, phbMMIO, 0x210000000000))
	if m.XIVE { // XIVE's MMIOs
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
	unknown = append(unknown, mon.addPCIDevices(&mm, iommuRoot, phbIO, phbMMIO, nil)...)
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
	space, kind string
	name        string
	addr, size  uint64
	prio        int
	addrProp    string // "@iobase": the address is that property's
}

// region is the template made for device d.
func (r deviceRegion) region(d *qdev.Device) *memRegion {
	addr := r.addr
	if r.addrProp != "" {
		v, _ := d.Prop(r.addrProp) // "1016 (0x3f8)"
		addr, _ = strconv.ParseUint(strings.Fields(v + " 0")[0], 0, 64)
	}
	return &memRegion{name: r.name, addr: addr, size: r.size, prio: r.prio, kind: r.kind}
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
		addrProp, _ := strings.CutPrefix(f[2], "@")
		if addrProp == f[2] {
			addrProp = ""
		}
		size, _ := strconv.ParseUint(f[3], 0, 64)
		prio, _ := strconv.Atoi(f[4])
		space, kind, _ := strings.Cut(f[1], ":") // "mmio:ram": a RAM region
		if kind == "" {
			kind = "i/o"
		}
		out[f[0]] = append(out[f[0]], deviceRegion{space: space, kind: kind, name: strings.Join(f[5:], " "), addr: addr, size: size, prio: prio, addrProp: addrProp})
	}
	return out
}

// stableSortRegions is an insertion sort of a copy (subregion lists are
// short; a generic sort would weigh on the wasm).
func stableSortRegions(in []*memRegion, less func(a, b *memRegion) bool) []*memRegion {
	out := make([]*memRegion, 0, len(in))
	for _, r := range in {
		i := len(out)
		for i > 0 && less(r, out[i-1]) {
			i--
		}
		out = append(out, nil)
		copy(out[i+1:], out[i:])
		out[i] = r
	}
	return out
}

// sortedKids are a container's subregions in mtree_print_mr's order: by
// address, the higher priority first.
func sortedKids(r *memRegion) []*memRegion {
	return stableSortRegions(r.kids, func(a, b *memRegion) bool {
		return a.addr < b.addr || a.addr == b.addr && a.prio > b.prio
	})
}

// printRegion is mtree_print_mr: the region at base, its subregions below
// it, every alias target queued for the "memory-region:" list.
func printRegion(b *strings.Builder, r *memRegion, level int, base uint64, aliases *[]*memRegion, disabled bool) {
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
	if !r.disabled || disabled {
		fmt.Fprintf(b, "%s%016x-%016x (prio %d, %s): ", strings.Repeat("  ", level), start, start+r.last(), r.prio, r.kind)
		if r.alias != nil {
			fmt.Fprintf(b, "alias %s @%s %016x-%016x", r.name, r.alias.name, r.aliasOffset, r.aliasOffset+r.last())
		} else {
			b.WriteString(r.name)
		}
		if r.disabled {
			b.WriteString(" [disabled]")
		}
		b.WriteString("\n")
	}
	for _, k := range sortedKids(r) {
		printRegion(b, k, level+1, start, aliases, disabled)
	}
}

// flatRange is one range of a FlatView.
type flatRange struct {
	start, last uint64
	r           *memRegion
	offset      uint64
}

// renderFlat is render_memory_region: a region's subregions by priority
// (the higher first) claim their part of [lo, hi] first, then a region that
// terminates fills the gaps they left; base is where r's container starts.
func renderFlat(view *[]flatRange, r *memRegion, base, lo, hi uint64) {
	if r.disabled || r.empty {
		return
	}
	start := base + r.addr
	end := start + r.last()
	if end < start {
		end = ^uint64(0)
	}
	if start > hi || end < lo {
		return
	}
	from, to := max(start, lo), min(end, hi)
	if r.alias != nil {
		renderFlat(view, r.alias, start-r.aliasOffset-r.alias.addr, from, to)
		return
	}
	for _, k := range stableSortRegions(r.kids, func(a, b *memRegion) bool { return a.prio > b.prio }) {
		renderFlat(view, k, start, from, to)
	}
	if r.container {
		return
	}
	pos, covered := from, false
	var out []flatRange
	for _, fr := range *view {
		if fr.last < pos || fr.start > to {
			continue
		}
		if pos < fr.start {
			out = append(out, flatRange{pos, fr.start - 1, r, pos - start})
		}
		if fr.last >= to {
			covered = true
			break
		}
		pos = fr.last + 1
	}
	if !covered {
		out = append(out, flatRange{pos, to, r, pos - start})
	}
	for _, fr := range out { // keep the view in address order
		i := len(*view)
		for i > 0 && (*view)[i-1].start > fr.start {
			i--
		}
		*view = slices.Insert(*view, i, fr)
	}
}

// simplify is flatview_simplify: neighbours that continue one region merge.
func simplify(view []flatRange) []flatRange {
	var out []flatRange
	for _, fr := range view {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.r == fr.r && p.last+1 == fr.start && p.offset+(p.last-p.start+1) == fr.offset {
				p.last = fr.last
				continue
			}
		}
		out = append(out, fr)
	}
	return out
}

// flatviewRoot is memory_region_get_flatview_root: an alias of a whole
// region and a container whose one enabled subregion starts it and fits in
// it give way to that region; nil (the shared empty view) for a container
// with no enabled subregion.
func flatviewRoot(r *memRegion) *memRegion {
	for !r.disabled {
		if r.alias != nil {
			if r.aliasOffset == 0 && sizeAtLeast(r, r.alias) {
				r = r.alias
				continue
			}
			return r
		}
		if !r.container {
			return r
		}
		var enabled []*memRegion
		for _, k := range r.kids {
			if !k.disabled {
				enabled = append(enabled, k)
			}
		}
		if len(enabled) == 0 {
			return nil
		}
		if len(enabled) == 1 && enabled[0].addr == 0 && sizeAtLeast(r, enabled[0]) {
			r = enabled[0]
			continue
		}
		return r
	}
	return r
}

// sizeAtLeast says whether a is at least as big as b (size 0: 2^64).
func sizeAtLeast(a, b *memRegion) bool {
	return a.size == 0 || b.size != 0 && a.size >= b.size
}

func (mm memoryMap) text(flat, disabled bool) string {
	var b strings.Builder
	if flat {
		type view struct {
			spaces []addressSpace
			root   *memRegion // nil: the empty view
		}
		// Address spaces whose roots flatten to the same region share its
		// view (the empty one included).
		var views []*view
		byRoot := map[*memRegion]*view{}
		for _, g := range mm.groups {
			root := flatviewRoot(g[0].root)
			v := byRoot[root]
			if v == nil {
				v = &view{root: root}
				byRoot[root] = v
				views = append(views, v)
			}
			v.spaces = append(v.spaces, g...)
		}
		for i, v := range views {
			fmt.Fprintf(&b, "FlatView #%d\n", i)
			for _, as := range v.spaces {
				fmt.Fprintf(&b, " AS \"%s\", root: %s\n", as.name, as.root.name)
			}
			var ranges []flatRange
			if v.root != nil {
				renderFlat(&ranges, v.root, 0, 0, ^uint64(0))
			}
			if len(ranges) == 0 {
				b.WriteString(" Root memory region: (none)\n  No rendered FlatView\n\n")
				continue
			}
			fmt.Fprintf(&b, " Root memory region: %s\n", v.root.name)
			for _, fr := range simplify(ranges) {
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
		printRegion(&b, g[0].root, 1, 0, &aliases, disabled)
		b.WriteString("\n")
	}
	for _, a := range aliases {
		fmt.Fprintf(&b, "memory-region: %s\n", a.name)
		printRegion(&b, a, 1, 0, &aliases, disabled)
		b.WriteString("\n")
	}
	return b.String()
}

// memoryMap is the machine's memory regions as info mtree shows them (no
// groups where they are not modelled), with the device types whose own
// regions were not measured.
func (mon *Monitor) memoryMap() (mm memoryMap, unknown []string) {
	switch {
	case mon.M.IsSPAPR():
		return mon.spaprMemoryMap()
	case mon.M.Type.Family == machinetype.PC:
		return mon.x86MemoryMap("pc")
	case mon.M.Type.Family == machinetype.Q35:
		return mon.x86MemoryMap("q35")
	case mon.M.Type.Family == machinetype.ISAPC:
		return mon.x86MemoryMap("isapc")
	case mon.M.Type.Family == machinetype.Microvm && mon.M.RAMBytes < 0xc0000000:
		return mon.x86MemoryMap("microvm") // (its split above 3 GiB not measured)
	}
	return memoryMap{}, nil
}

func (mon *Monitor) infoMtree(a Args) string {
	mm, unknown := mon.memoryMap()
	if len(mm.groups) == 0 {
		mon.Note("info mtree is not modelled on this machine type: QEMU would print its memory region tree.")
		return ""
	}
	if a.Bool("owner") || a.Bool("flatview") && a.Bool("dispatch_tree") {
		mon.Note("info mtree's -o (owners) and -d (dispatch trees) are not modelled: the tree is printed without them.")
	}
	if len(unknown) > 0 {
		mon.Note("The memory regions of " + strings.Join(unknown, ", ") + " are not measured: only its bus master address space is shown.")
	}
	if len(mm.groups) > 1 {
		// measured: 12-20 runs of one machine gave up to eight orders
		mon.Note("QEMU lists the address spaces (with -f, the flat views) in an order that changes from run to run (a hash table keyed by pointers); the simulator lists them in the order they are made.")
	}
	return CRLF(mm.text(a.Bool("flatview"), a.Bool("disabled")))
}

func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "mtree", Run: func(mon *Monitor, a Args) string { return mon.infoMtree(a) }})
	})
}

// parseMemoryMap reads a board's recorded `info mtree -D` (mtree-BOARD.txt):
// its address spaces with their trees and the alias targets' trees. An alias
// points at the region of its target's name defined first.
func parseMemoryMap(text string) memoryMap {
	var mm memoryMap
	byName := map[string]*memRegion{}
	type pendingAlias struct {
		r      *memRegion
		target string
	}
	var pending []pendingAlias
	var names []string
	var stack []*memRegion // the open containers, by level
	var root *memRegion
	flush := func() {
		if root != nil && len(names) > 0 {
			var g []addressSpace
			for _, n := range names {
				g = append(g, addressSpace{n, root})
			}
			mm.groups = append(mm.groups, g)
		}
		names, root, stack = nil, nil, nil
	}
	for _, line := range strings.Split(text, "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			flush()
		case strings.HasPrefix(line, "address-space: "):
			names = append(names, strings.TrimPrefix(line, "address-space: "))
		case strings.HasPrefix(line, "memory-region: "):
			flush()
		default:
			r, target, level := parseRegionLine(line)
			if r == nil {
				continue
			}
			if target != "" {
				pending = append(pending, pendingAlias{r, target})
			} else if byName[r.name] == nil {
				byName[r.name] = r
			}
			if level > len(stack) { // a disabled container's children only
				level = len(stack)
			}
			stack = append(stack[:level], r)
			if level == 0 {
				if root == nil {
					root = r
				}
				continue
			}
			p := stack[level-1]
			r.addr -= regionStart(stack[:level])
			p.kids = append(p.kids, r)
		}
	}
	flush()
	for _, a := range pending {
		a.r.alias = byName[a.target]
	}
	// What the text does not say, the template's header does: the regions
	// with subregions that are I/O or RAM themselves, and the empty ones
	// that are containers.
	terminates, empty := headerList(text, "# terminates: "), headerList(text, "# empty containers: ")
	for _, g := range mm.groups {
		walkRegions(g[0].root, func(r *memRegion) {
			if r.alias == nil {
				r.container = len(r.kids) > 0 && !terminates[r.name] || len(r.kids) == 0 && empty[r.name]
			}
		})
	}
	return mm
}

// headerList is a template header's comma-separated names.
func headerList(text, prefix string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, prefix); ok {
			for _, n := range strings.Split(rest, ",") {
				out[strings.TrimSpace(n)] = true
			}
		}
	}
	return out
}

// walkRegions visits r and everything below it, aliases' targets included.
func walkRegions(r *memRegion, f func(*memRegion)) {
	seen := map[*memRegion]bool{}
	var walk func(*memRegion)
	walk = func(r *memRegion) {
		if r == nil || seen[r] {
			return
		}
		seen[r] = true
		f(r)
		walk(r.alias)
		for _, k := range r.kids {
			walk(k)
		}
	}
	walk(r)
}

// regionStart is where the innermost of a chain of regions starts.
func regionStart(chain []*memRegion) uint64 {
	var s uint64
	for _, r := range chain {
		s += r.addr
	}
	return s
}

// parseRegionLine reads one mtree_print_mr line: the region (addr absolute
// for now), its alias target's name, and its level.
func parseRegionLine(line string) (*memRegion, string, int) {
	indent := len(line) - len(strings.TrimLeft(line, " "))
	f := strings.TrimLeft(line, " ")
	if len(f) < 34 || f[16] != '-' {
		return nil, "", 0
	}
	start, err1 := strconv.ParseUint(f[:16], 16, 64)
	end, err2 := strconv.ParseUint(f[17:33], 16, 64)
	rest := f[33:]
	open, colon := strings.Index(rest, "(prio "), strings.Index(rest, "): ")
	if err1 != nil || err2 != nil || open < 0 || colon < 0 {
		return nil, "", 0
	}
	pk := strings.SplitN(rest[open+6:colon], ", ", 2)
	prio, _ := strconv.Atoi(pk[0])
	r := &memRegion{addr: start, size: end - start + 1, prio: prio}
	if len(pk) == 2 {
		r.kind = pk[1]
	}
	name := rest[colon+3:]
	if n, ok := strings.CutSuffix(name, " [disabled]"); ok {
		name, r.disabled = n, true
	}
	target := ""
	if a, ok := strings.CutPrefix(name, "alias "); ok {
		// alias NAME @TARGET OFF-END
		if at := strings.LastIndex(a, " @"); at >= 0 {
			t := append(strings.Fields(a[at+2:]), "")
			name, target = a[:at], t[0]
			if len(t) == 3 && len(t[1]) == 33 {
				r.aliasOffset, _ = strconv.ParseUint(t[1][:16], 16, 64)
			}
		}
	}
	r.name = name
	return r, target, indent/2 - 1
}

// addPCIDevices adds each PCI device the user made: its bus master
// address space (whose disabled alias points where its DMA goes), 10.0's
// virtio config access space, and the regions mtree-devices.txt lists in
// the bus's I/O and memory spaces. It returns the types not measured.
func (mon *Monitor) addPCIDevices(mm *memoryMap, dma, io, mem, isaMem *memRegion) (unknown []string) {
	rel := mon.M.Release()
	known := deviceRegionTemplates(rel.Text("mtree-devices.txt"))
	type spaces struct{ io, mem *memRegion }
	behind := map[*qdev.Bus]spaces{} // a bridge's secondary bus: its windows' spaces
	st := board.Of(mon.M)
	userMade := map[*qdev.Device]bool{}
	for _, d := range st.Created() {
		userMade[d] = true
	}
	for _, d := range st.Tree.Devices() { // the board's devices and the user's, as made
		if d.Internal {
			continue
		}
		if strings.Contains(d.Type.Name, "iommu") || d.Type.Name == "spapr-pci-host-bridge" {
			// (another PHB's windows, DMA root and devices: not measured)
			// An IOMMU gives each device behind it a DMA address space of
			// its own (vtd-root, ...): not measured.
			unknown = append(unknown, d.Type.Name)
		}
		if pci.Of(d) == nil { // an ISA device's ports and memory (a default serial port's, ...)
			regions, measured := known[d.Type.Name]
			if !measured && d.Bus != nil && d.Bus.Type == "ISA" && (userMade[d] || strings.HasSuffix(d.Type.Name, "vga")) {
				unknown = append(unknown, d.Type.Name) // the board's own are in its template
			}
			for _, r := range regions {
				if space := pickSpace(r.space, io, isaMem, nil); space != nil {
					space.kids = append(space.kids, r.region(d))
				}
			}
			continue
		}
		io, mem := io, mem
		if sp, ok := behind[d.Bus]; ok {
			io, mem = sp.io, sp.mem
		}
		bm := containerRegion("bus master container", 0, 0,
			&memRegion{name: "bus master", kind: "i/o", alias: dma, disabled: true, owner: d.Path})
		bm.owner = d.Path
		mm.groups = append(mm.groups, []addressSpace{{d.Type.Name, bm}})
		if i := slices.IndexFunc(d.Buses, func(b *qdev.Bus) bool { return b.Type == "PCI" || b.Type == "PCIE" }); i >= 0 {
			// pci_bridge_initfn: the secondary bus's spaces, reached through
			// windows (closed until the firmware programs them) in the
			// primary bus's.
			bio, bmem := containerRegion("pci_bridge_io", 0, 1<<32), containerRegion("pci_bridge_pci", 0, 0)
			behind[d.Buses[i]] = spaces{bio, bmem}
			window := func(name string, target *memRegion) *memRegion {
				return &memRegion{name: name, prio: 1, kind: "i/o", alias: target, empty: true}
			}
			if io != nil {
				io.kids = append(io.kids, window("pci_bridge_io", bio))
			}
			if mem != nil {
				mem.kids = append(mem.kids, window("pci_bridge_mem", bmem), window("pci_bridge_pref_mem", bmem))
			}
			if rel.MtreeBridgeAS {
				mm.groups = append(mm.groups, []addressSpace{{"pci_bridge_pci_mem", bmem}}, []addressSpace{{"pci_bridge_pci_io", bio}})
			}
			continue
		}
		regions, measured := known[d.Type.Name]
		vdev, proxy := virtioPCIDevice(d.Type.Name)
		if !measured && !proxy && userMade[d] { // the board's are in its template
			unknown = append(unknown, d.Type.Name)
		}
		cfg := containerRegion("virtio-pci", 0, 0x4000)
		if proxy { // virtio_pci_modern_regions_init's four parts, a page each
			for i, part := range []string{"common", "isr", "device", "notify"} {
				cfg.kids = append(cfg.kids, ioRegion("virtio-pci-"+part+"-"+vdev, uint64(i)<<12, 0x1000))
			}
		}
		for _, r := range regions {
			space := pickSpace(r.space, io, mem, cfg)
			if r.space == "cfg" && proxy {
				proxy, cfg.kids = false, nil // the device lays its config space out itself
			}
			if space != nil {
				k := r.region(d)
				k.owner = d.Path
				space.kids = append(space.kids, k)
			}
		}
		for _, k := range cfg.kids {
			k.owner = d.Path
		}
		if len(cfg.kids) > 0 && rel.MtreeVirtioCfgAS {
			mm.groups = append(mm.groups, []addressSpace{{"virtio-pci-cfg-mem-as", cfg}})
		}
	}
	return unknown
}

// findRegion is the first region of that name (not an alias) in the map.
func (mm memoryMap) findRegion(name string) *memRegion {
	var found *memRegion
	for _, g := range mm.groups {
		walkRegions(g[0].root, func(r *memRegion) {
			if found == nil && r.name == name && r.alias == nil {
				found = r
			}
		})
	}
	return found
}

// x86MemoryMap is pc's or q35's: the board's recorded regions
// (mtree-BOARD.txt, 128 MiB) with the RAM split below and above 4 GiB as
// the machine's is, the device memory region and its DIMMs, a CPU address
// space pair per vCPU, and the user's PCI devices.
func (mon *Monitor) x86MemoryMap(name string) (mm memoryMap, unknown []string) {
	m, st := mon.M, board.Of(mon.M)
	mm = parseMemoryMap(m.Release().Text("mtree-" + name + ".txt"))
	system := mm.findRegion("system")
	var below4g, ram *memRegion // the RAM (pc.ram, microvm.ram) is what ram-below-4g shows
	if system != nil {
		for _, k := range system.kids {
			if k.name == "ram-below-4g" && k.alias != nil {
				below4g, ram = k, k.alias
			}
		}
	}
	if ram == nil {
		return memoryMap{}, nil
	}
	below, above, ok := st.RAM4G()
	if !ok { // isapc: no PCI hole to split around (RAM past 3.5 GiB not measured)
		below, above = uint64(m.RAMBytes), 0
	}
	ram.size, below4g.size = uint64(m.RAMBytes), below
	if above > 0 {
		system.kids = append(system.kids, &memRegion{name: "ram-above-4g", addr: 1 << 32, size: above, kind: "ram", alias: ram, aliasOffset: below})
	}
	mon.numaRAM(ram)
	if devMem := deviceMemoryRegion(st, &unknown); devMem != nil {
		system.kids = append(system.kids, devMem)
		if m.Release().MtreeDeviceMemoryAS { // made by pc_memory_init, before the PCI host
			at := slices.IndexFunc(mm.groups, func(g []addressSpace) bool { return g[0].root.name == "bus master container" })
			mm.groups = slices.Insert(mm.groups, max(at, 0), []addressSpace{{"device-memory", devMem}})
		}
	}
	if io := mm.findRegion("io"); io != nil && m.RAMSlots > 0 && m.ACPI {
		// acpi_memory_hotplug_init: the DIMM slots' registers (both boards').
		io.kids = append(io.kids, ioRegion("acpi-mem-hotplug", 0xa00, 0x18))
	}
	// The board's PCI devices are listed with the user's, in the order
	// they were made (the defaults' VGA and NIC among them).
	mm.groups = slices.DeleteFunc(mm.groups, func(g []addressSpace) bool { return g[0].root.name == "bus master container" })
	// The recorded vCPU's address spaces become one pair per vCPU: each
	// shares the system memory, and has an SMM view of its own
	// (cpu_as_root, a copy of the recorded one).
	var groups [][]addressSpace
	for _, g := range mm.groups {
		var kept []addressSpace
		var smm *memRegion
		withCPUMemory := false
		for _, as := range g {
			switch {
			case strings.HasPrefix(as.name, "cpu-memory-"):
				withCPUMemory = true
			case strings.HasPrefix(as.name, "cpu-smm-"):
				smm = as.root
			default:
				kept = append(kept, as)
			}
		}
		for _, c := range m.CPUs {
			switch idx := m.CPUIndex(c, 0); {
			case c.Unrealized, c.Origin == machine.HotPlug && m.Paused:
				// A vCPU hot-plugged before the machine first ran has no
				// address spaces yet (measured on both releases).
			case withCPUMemory:
				kept = append(kept, addressSpace{fmt.Sprintf("cpu-memory-%d", idx), g[0].root})
			case smm != nil:
				own := *smm
				groups = append(groups, []addressSpace{{fmt.Sprintf("cpu-smm-%d", idx), &own}})
			}
		}
		if len(kept) > 0 {
			groups = append(groups, kept)
		}
	}
	mm.groups = groups
	unknown = append(unknown, mon.addPCIDevices(&mm, system, mm.findRegion("io"), mm.findRegion("pci"), system)...)
	return mm, unknown
}

// numaRAM makes the machine's RAM region a container of the NUMA nodes'
// memory backends, one after another, when the nodes name them (memdev=).
func (mon *Monitor) numaRAM(ram *memRegion) {
	m := mon.M
	if !m.NUMAMemdevs {
		return
	}
	ram.kind, ram.container, ram.kids = "i/o", true, nil
	off := uint64(0)
	for i, id := range m.NodeMemdev {
		size := uint64(m.NodeMem[i])
		if id != "" && size > 0 {
			ram.kids = append(ram.kids, &memRegion{name: id, addr: off, size: size, kind: "ram"})
		}
		off += size
	}
}

// pickSpace is the region a template's SPACE names.
func pickSpace(space string, io, mem, cfg *memRegion) *memRegion {
	switch space {
	case "io":
		return io
	case "mmio":
		return mem
	case "cfg":
		return cfg
	}
	return nil
}
