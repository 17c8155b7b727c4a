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
		return attr(cpulist(l) + "\n")
	}
	return attr(g.cpumask(l) + "\n")
}
