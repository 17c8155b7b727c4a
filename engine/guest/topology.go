package guest

import (
	"math/bits"
	"strconv"
)

// /sys/devices/system/cpu/cpuN/topology as Linux 6.1 fills it for the
// recorded CPU models: x86 qemu64 (AMD without topoext: every thread is a
// core of its package) and pseries (the core is the device-tree node).

var topologyFiles = []string{"cluster_cpus", "cluster_cpus_list", "cluster_id", "core_cpus", "core_cpus_list",
	"core_id", "core_siblings", "core_siblings_list", "die_cpus", "die_cpus_list", "die_id", "package_cpus",
	"package_cpus_list", "physical_package_id", "thread_siblings", "thread_siblings_list"}

var topologyFilesPPC = []string{"core_cpus", "core_cpus_list", "core_id", "core_siblings", "core_siblings_list",
	"package_cpus", "package_cpus_list", "physical_package_id", "thread_siblings", "thread_siblings_list"}

// x86PackageBits is how many low APIC ID bits address a CPU within its
// package (dies × cores × threads, rounded up to a power of two).
func (g *Guest) x86PackageBits() int {
	t := g.M.Topology
	per := t.Cores * t.Threads * max(t.Dies, 1)
	if per <= 1 {
		return 0
	}
	return bits.Len(uint(per - 1))
}

// topologyIDs returns a CPU's package and core as Linux computes them.
func (g *Guest) topologyIDs(c *CPU) (pkg, core int) {
	if g.IsSPAPR() {
		return 0, g.M.Slots[c.Slot].ArchID
	}
	b := g.x86PackageBits()
	return c.ArchID >> b, c.ArchID & (1<<b - 1)
}

func (g *Guest) topologyNode(c *CPU, name string) *node {
	files := topologyFiles
	if g.IsSPAPR() {
		files = topologyFilesPPC
	}
	if name == "" {
		return dir(sysFS, files...)
	}
	known := false
	for _, f := range files {
		known = known || f == name
	}
	if !known {
		return nil
	}
	pkg, core := g.topologyIDs(c)
	var same func(o *CPU) bool
	switch name {
	case "physical_package_id":
		return attr(strconv.Itoa(pkg) + "\n")
	case "core_id":
		return attr(strconv.Itoa(core) + "\n")
	case "die_id":
		return attr("0\n")
	case "cluster_id":
		return attr("65535\n")
	case "core_cpus", "core_cpus_list", "thread_siblings", "thread_siblings_list", "cluster_cpus", "cluster_cpus_list":
		same = func(o *CPU) bool {
			if g.IsSPAPR() {
				return o.Slot == c.Slot
			}
			return o == c
		}
	default: // core_siblings, die_cpus, package_cpus
		same = func(o *CPU) bool { p, _ := g.topologyIDs(o); return p == pkg }
	}
	var l []int
	for _, o := range g.cpus {
		if o != nil && o.Online && same(o) {
			l = append(l, o.Num)
		}
	}
	if len(name) > 5 && name[len(name)-5:] == "_list" {
		return g.cpulistAttr(l)
	}
	return attr(g.cpumask(l) + "\n")
}

// cacheLevel is one cpuN/cache/indexM as Linux reports the recorded models'
// caches (x86 qemu64: AMD's legacy cache leaves; pseries: the device
// tree's L1 caches only).
type cacheLevel struct {
	level                  int
	kind                   string
	size                   string
	line, sets, ways       int
	sharedByPackage, x86ID bool
}

var (
	cachesQEMU64 = []cacheLevel{
		{1, "Data", "64K", 64, 512, 2, false, true},
		{1, "Instruction", "64K", 64, 512, 2, false, true},
		{2, "Unified", "512K", 64, 512, 16, false, true},
		{3, "Unified", "16384K", 64, 16384, 16, true, true},
	}
	cachesPOWER = []cacheLevel{
		{1, "Data", "32K", 128, 0, 0, false, false},
		{1, "Instruction", "32K", 128, 0, 0, false, false},
	}
)

var (
	cacheFilesX86 = []string{"coherency_line_size", "id", "level", "number_of_sets", "physical_line_partition",
		"shared_cpu_list", "shared_cpu_map", "size", "type", "uevent", "ways_of_associativity"}
	cacheFilesPPC = []string{"coherency_line_size", "level", "shared_cpu_list", "shared_cpu_map", "size", "type",
		"uevent"}
)

func (g *Guest) caches() []cacheLevel {
	switch {
	case g.IsSPAPR():
		return cachesPOWER
	case g.M.CPUType == "qemu64-x86_64-cpu":
		return cachesQEMU64
	}
	return nil
}

func (g *Guest) cacheNode(c *CPU, rest string) *node {
	levels := g.caches()
	if levels == nil {
		return opaqueDir(sysFS)
	}
	if rest == "" {
		var names []string
		for i := range levels {
			names = append(names, "index"+strconv.Itoa(i))
		}
		if !g.IsSPAPR() {
			names = append(names, "uevent")
		}
		return dir(sysFS, names...)
	}
	if rest == "uevent" && !g.IsSPAPR() {
		return rwAttr("")
	}
	idx, file, _ := cut(rest, "/")
	i, err := strconv.Atoi(idx[len("index"):])
	if len(idx) <= len("index") || idx[:len("index")] != "index" || err != nil || i < 0 || i >= len(levels) ||
		strconv.Itoa(i) != idx[len("index"):] {
		return nil
	}
	l := levels[i]
	files := cacheFilesX86
	if g.IsSPAPR() {
		files = cacheFilesPPC
	}
	if file == "" {
		return dir(sysFS, files...)
	}
	shared := func() []int {
		if !l.sharedByPackage {
			return []int{c.Num}
		}
		pkg, _ := g.topologyIDs(c)
		var out []int
		for _, o := range g.cpus {
			if o != nil && o.Online {
				if p, _ := g.topologyIDs(o); p == pkg {
					out = append(out, o.Num)
				}
			}
		}
		return out
	}
	switch file {
	case "coherency_line_size":
		return attr(strconv.Itoa(l.line) + "\n")
	case "level":
		return attr(strconv.Itoa(l.level) + "\n")
	case "size":
		return attr(l.size + "\n")
	case "type":
		return attr(l.kind + "\n")
	case "shared_cpu_list":
		return attr(cpulist(shared()) + "\n")
	case "shared_cpu_map":
		return attr(g.cpumask(shared()) + "\n")
	case "uevent":
		return rwAttr("")
	}
	if g.IsSPAPR() {
		return nil
	}
	switch file {
	case "id":
		return attr(strconv.Itoa(c.ArchID) + "\n")
	case "number_of_sets":
		return attr(strconv.Itoa(l.sets) + "\n")
	case "physical_line_partition":
		return attr("1\n")
	case "ways_of_associativity":
		return attr(strconv.Itoa(l.ways) + "\n")
	}
	return nil
}

func cut(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}
