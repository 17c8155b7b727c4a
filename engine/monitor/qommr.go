package monitor

import (
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/object"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// Memory regions as QOM objects: every MemoryRegion is a child of its owner
// ("/machine/unattached/system[0]", a device's "e1000-mmio[0]", a memory
// backend's "/objects/m0/m0[0]"), with the properties memory_region_initfn
// adds: container (a link to the region it sits in, "" for none), addr
// (where it sits in it), size (UINT64_MAX for the whole 64-bit space) and
// priority, all read-only. The simulator answers them from the regions info
// mtree shows.

// memoryRegionProps is qom-list of any memory region (the same on both releases).
var memoryRegionProps = []qomProp{{"type", "string"}, {"container", "link<memory-region>"}, {"addr", "uint64"},
	{"size", "uint64"}, {"priority", "uint32"}}

// memoryRegionNode says whether an absolute path names a memory region of
// the machine's QOM tree.
func (mon *Monitor) memoryRegionNode(abs string) bool {
	root := mon.rootQOM()
	if root == nil || abs == "/" {
		return false
	}
	n := root
	for _, name := range strings.Split(strings.Trim(abs, "/"), "/") {
		if n = n.Child(name); n == nil {
			return false
		}
	}
	return strings.HasSuffix(n.Line, " (memory-region)")
}

// memoryRegionPaths calls f with the path of every memory region in the
// machine's QOM tree (for partial paths: object_resolve_partial_path walks them too).
func (mon *Monitor) memoryRegionPaths(f func(path string)) {
	root := mon.rootQOM()
	if root == nil {
		return
	}
	var walk func(n *qdev.QOMNode, path string)
	walk = func(n *qdev.QOMNode, path string) {
		for _, c := range n.Children {
			p := path + "/" + c.Name()
			if strings.HasSuffix(c.Line, " (memory-region)") {
				f(p)
			}
			walk(c, p)
		}
	}
	walk(root, "")
}

// regionIndex is every distinct region of a memory map with the container
// it sits in (alias targets reached only through an alias sit in none).
type regionIndex struct {
	all    []*memRegion
	parent map[*memRegion]*memRegion
}

func indexRegions(mm memoryMap) regionIndex {
	ix := regionIndex{parent: map[*memRegion]*memRegion{}}
	seen := map[*memRegion]bool{}
	var targets []*memRegion
	var walk func(r, parent *memRegion)
	walk = func(r, parent *memRegion) {
		if seen[r] {
			return
		}
		seen[r] = true
		ix.all = append(ix.all, r)
		if parent != nil {
			ix.parent[r] = parent
		}
		if r.alias != nil {
			targets = append(targets, r.alias)
		}
		for _, k := range r.kids {
			walk(k, r)
		}
	}
	for _, g := range mm.groups {
		walk(g[0].root, nil)
	}
	for i := 0; i < len(targets); i++ {
		walk(targets[i], nil)
	}
	return ix
}

// splitRegionName cuts a region's QOM child name into the region's name
// (memory_region_escape_name's \x2f back to /) and its index.
func splitRegionName(leaf string) (string, int, bool) {
	open := strings.LastIndexByte(leaf, '[')
	if open < 0 || !strings.HasSuffix(leaf, "]") {
		return "", 0, false
	}
	n, err := strconv.Atoi(leaf[open+1 : len(leaf)-1])
	if err != nil {
		return "", 0, false
	}
	return strings.ReplaceAll(leaf[:open], `\x2f`, "/"), n, true
}

// mrView is what a memory region's properties read.
type mrView struct {
	size, addr uint64
	prio       int64
	container  string
}

// regionSize is memory_region_size: a region of the whole 64-bit space is UINT64_MAX.
func regionSize(r *memRegion) uint64 {
	switch {
	case r.empty:
		return 0
	case r.size == 0:
		return ^uint64(0)
	}
	return r.size
}

// memoryRegionView answers a memory region's properties from the memory
// map; false where the region is not modelled.
func (mon *Monitor) memoryRegionView(abs string) (mrView, bool) {
	mm, _ := mon.memoryMap()
	if len(mm.groups) == 0 {
		return mrView{}, false
	}
	ix := indexRegions(mm)
	dir, leaf, _ := cutLast(abs)
	name, idx, ok := splitRegionName(leaf)
	if !ok {
		return mrView{}, false
	}
	// An x86 vCPU's own: its address space's root ("memory", the first),
	// the alias of system memory in it and the SMRAM alias (cpu_as_root).
	if c := mon.M.FindCPU(dir); c != nil && c.QOMPath == dir && !mon.M.IsSPAPR() {
		switch {
		case name == "memory" && idx == 0:
			return mrView{size: ^uint64(0)}, true
		case name == "memory" && idx == 1:
			return mrView{size: ^uint64(0), container: dir + "/memory[0]"}, true
		case name == "smram" && idx == 0:
			for _, r := range ix.all {
				if r.name == "smram" && r.alias != nil && ix.parent[r] != nil && ix.parent[r].name == "memory" {
					return mrView{size: regionSize(r), addr: r.addr, prio: int64(r.prio), container: dir + "/memory[0]"}, true
				}
			}
		}
		return mrView{}, false
	}
	if v, ok := mon.barRegionView(dir, name, idx); ok {
		return v, true
	}
	r := mon.findQOMRegion(ix, abs, dir, name, idx)
	if r == nil {
		// A memory backend no one maps: its RAM alone.
		for _, o := range object.Of(mon.M) {
			if dir == "/objects/"+o.ID && name == o.ID && idx == 0 && strings.HasPrefix(o.Type, "memory-backend-") {
				if n, err := numa.ParseSize(o.Props["size"]); err == nil {
					return mrView{size: uint64(n)}, true
				}
			}
		}
		return mrView{}, false
	}
	v := mrView{size: regionSize(r), addr: r.addr, prio: int64(r.prio)}
	if p := ix.parent[r]; p != nil {
		if v.container = mon.regionQOMPath(ix, p); v.container == "" {
			return mrView{}, false
		}
	}
	return v, true
}

// findQOMRegion is the region a memory region's QOM path names: the
// machine's own by their places, a device's by its owner, others by a
// name no other region has.
func (mon *Monitor) findQOMRegion(ix regionIndex, abs, dir, name string, idx int) *memRegion {
	byName := func(accept func(*memRegion) bool) *memRegion {
		var found *memRegion
		for _, r := range ix.all {
			if r.name == name && accept(r) {
				if found != nil {
					return nil // two of that name: not told apart
				}
				found = r
			}
		}
		return found
	}
	plain := func(r *memRegion) bool { return r.alias == nil && r.owner == "" }
	switch abs {
	case "/machine/unattached/system[0]", "/machine/unattached/io[0]", "/machine/device-memory[0]":
		return byName(plain)
	}
	if dir == "/machine" && idx == 0 && mon.M.NUMAMemdevs { // the RAM container the NUMA nodes' backends fill
		return byName(func(r *memRegion) bool { return plain(r) && r.container })
	}
	if o, ok := strings.CutPrefix(dir, "/objects/"); ok && o == name && idx == 0 {
		return byName(func(r *memRegion) bool { return plain(r) && !r.container })
	}
	owned := false
	for _, r := range ix.all {
		owned = owned || r.owner == dir
	}
	if owned {
		if idx != 0 {
			return nil
		}
		return byName(func(r *memRegion) bool { return r.owner == dir })
	}
	if idx != 0 {
		return nil
	}
	return byName(func(r *memRegion) bool { return r.owner == "" })
}

// regionQOMPath is the canonical path of a region that contains others
// ("" where not known).
func (mon *Monitor) regionQOMPath(ix regionIndex, r *memRegion) string {
	if r.owner != "" {
		return r.owner + "/" + strings.ReplaceAll(r.name, "/", `\x2f`) + "[0]"
	}
	var candidates []string
	switch r.name {
	case "system", "io":
		candidates = []string{"/machine/unattached/" + r.name + "[0]"}
	case "device-memory":
		candidates = []string{"/machine/device-memory[0]"}
	default:
		candidates = []string{"/machine/" + r.name + "[0]", "/objects/" + r.name + "/" + r.name + "[0]"}
	}
	for _, p := range candidates {
		dir, leaf, _ := cutLast(p)
		name, idx, _ := splitRegionName(leaf)
		if mon.findQOMRegion(ix, p, dir, name, idx) == r && mon.memoryRegionNode(p) {
			return p
		}
	}
	return ""
}

// memoryRegionGet is qom-get of a memory region's property.
func (mon *Monitor) memoryRegionGet(abs, prop string) (any, *Error) {
	switch prop {
	case "size", "addr", "priority", "container":
	default:
		return nil, GenericError(fmt.Sprintf("Property 'memory-region.%s' not found", prop))
	}
	v, ok := mon.memoryRegionView(abs)
	if !ok {
		mon.Note("The simulator does not model where " + abs + " sits or how big it is.")
		return nil, GenericError(fmt.Sprintf("Property 'memory-region.%s' not found", prop))
	}
	switch prop {
	case "size":
		return v.size, nil
	case "addr":
		return v.addr, nil
	case "priority":
		return v.prio, nil
	}
	return v.container, nil
}

// memoryRegionSet is qom-set of a memory region: nothing is writable.
func memoryRegionSet(prop string) *Error {
	for _, p := range memoryRegionProps {
		if p.name == prop {
			return GenericError(fmt.Sprintf("Property 'memory-region.%s' is not writable", prop))
		}
	}
	return GenericError(fmt.Sprintf("Property 'memory-region.%s' not found", prop))
}

// barRegions: the region a device type registers as BAR n by its name
// (pci_register_bar). Until the firmware programs the BARs they sit in no
// container: address 0, the BAR's size (query-pci's).
var barRegions = map[string]map[string]int{
	"e1000": {"e1000-mmio": 0, "e1000-io": 1},
}

func (mon *Monitor) barRegionView(dir, name string, idx int) (mrView, bool) {
	st := board.Of(mon.M)
	if st == nil || idx > 1 {
		return mrView{}, false
	}
	d := st.Tree.FindByPath(dir)
	if d == nil || pci.Of(d) == nil {
		return mrView{}, false
	}
	bar, ok := barRegions[d.Type.Name][name]
	ok = ok && idx == 0
	if _, proxy := virtioPCIDevice(d.Type.Name); proxy {
		// virtio_pci_realize's modern BAR (the first "virtio-pci"), the
		// legacy I/O BAR plugging the device adds (the second), and
		// msix_init_exclusive_bar's MSI-X BAR ("TYPE-msix") with its
		// table at 0 and its pending bits half-way (up to 128 vectors).
		vectors, err := strconv.Atoi(strings.Fields(propValue(d, "vectors") + " x")[0])
		switch msix := d.Type.Name + "-msix[0]"; {
		case idx == 1 && name != "virtio-pci":
		case name == "virtio-pci" && idx == 1:
			bar, ok = 0, true
		case name == "virtio-pci":
			bar, ok = 4, true
		case name+"[0]" == msix:
			bar, ok = 1, true
		case name == "msix-table" && err == nil && vectors > 0 && vectors <= 128:
			return mrView{size: uint64(vectors) * 16, container: dir + "/" + msix}, true
		case name == "msix-pba" && err == nil && vectors > 0 && vectors <= 128:
			return mrView{size: uint64((vectors+63)/64) * 8, addr: 2048, container: dir + "/" + msix}, true
		}
	}
	if !ok {
		return mrView{}, false
	}
	regions, _ := pci.Of(d).Info.Get("regions")
	l, _ := regions.([]any)
	for _, r := range l {
		if ro, ok := r.(qjson.Object); ok && pci.Num(ro, "bar") == int64(bar) {
			return mrView{size: uint64(pci.Num(ro, "size"))}, true
		}
	}
	return mrView{}, false
}

func propValue(d *qdev.Device, name string) string {
	v, _ := d.Prop(name)
	return v
}
