package guest

import (
	_ "embed"
	"fmt"
	"strings"
)

// The last lines of the boot log, the same on every machine recorded
// (Debian's 6.1 kernel with the corpus's initramfs, QEMU's default RAM):
// what `dmesg | tail` shows right after boot. The lines before them,
// other than the CPU lines modelled here, depend on the machine and on
// timing and are not reproduced.
var (
	//go:embed bootlog-tail-x86_64.txt
	bootTailX86 string
	//go:embed bootlog-tail-ppc64.txt
	bootTailPPC string
)

// bootTail logs the boot log's last lines after the CPU lines.
func (g *Guest) bootTail(tail string, t int64) {
	for _, l := range strings.Split(strings.TrimSuffix(tail, "\n"), "\n") {
		g.bootLine(t, l)
		t += 1_709
	}
}

// The boot log's CPU lines, as Debian's 6.1 kernel prints them (the
// recordings' boot_kmsg; lines that do not mention CPUs are not modelled).

const (
	nrCPUsX86   = 8192 // Debian amd64 CONFIG_NR_CPUS
	nrCPUsPPC   = 2048 // Debian ppc64el CONFIG_NR_CPUS
	lpjBogoMIPS = 5000 // lpj=10000000 on the command line, HZ=250: 5000.00 BogoMIPS per CPU
)

// bootLine logs a line stamped at a time early in the boot.
func (g *Guest) bootLine(at int64, text string) {
	l := logLine{at: at, text: text}
	g.log = append(g.log, l)
	g.pending = append(g.pending, l.String())
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func digits(n int) int { return len(fmt.Sprint(n)) }

func (g *Guest) nodeCount() int {
	if g.M.NUMANodes > 0 {
		return g.M.NUMANodes
	}
	return 1
}

// bootNodes is num_online_nodes(): the NUMA nodes with memory, whether or
// not a boot CPU is in them (recorded: "Brought up 2 nodes" with every
// boot CPU in node 0).
func (g *Guest) bootNodes() int {
	n := 0
	for i := 0; i < g.M.NUMANodes && i < len(g.M.NodeMem); i++ {
		if g.M.NodeMem[i] > 0 {
			n++
		}
	}
	if n == 0 {
		return 1
	}
	return n
}

// nodeOnline: a NUMA node with memory is online from boot.
func (g *Guest) nodeOnline(nd int) bool {
	return nd < len(g.M.NodeMem) && g.M.NodeMem[nd] > 0
}

// fallbackOrder is build_zonelists' "Fallback order" line per node, after
// the per-CPU allocator's lines. Recorded with two nodes only (each node
// first, then the other); with more, the order depends on distances and
// on which nodes hold CPUs, so nothing is printed.
func (g *Guest) fallbackOrder(line func(string)) {
	if g.M.NUMANodes != 2 || !g.nodeOnline(0) || !g.nodeOnline(1) {
		return
	}
	line("Fallback order for Node 0: 0 1 ")
	line("Fallback order for Node 1: 1 0 ")
}

func (g *Guest) bootLogX86(n int) {
	m := g.M
	ids := g.possible
	if ids > nrCPUsX86 {
		ids = nrCPUsX86
	}
	t := int64(12_345)
	line := func(s string) { g.bootLine(t, s); t += 3_217 }
	if g.M.NUMANodes > 0 {
		// acpi_numa_init: QEMU's SRAT holds every possible CPU, in slot
		// order; Linux numbers the proximity domains as they come.
		pxmNode := map[int]int{}
		for slot, s := range m.Slots {
			pxm := g.node(slot)
			nd, ok := pxmNode[pxm]
			if !ok {
				nd = len(pxmNode)
				pxmNode[pxm] = nd
			}
			if s.ArchID < 256 {
				line(fmt.Sprintf("SRAT: PXM %d -> APIC 0x%02x -> Node %d", pxm, s.ArchID, nd))
			} else {
				line(fmt.Sprintf("SRAT: PXM %d -> APIC 0x%04x -> Node %d", pxm, s.ArchID, nd))
			}
		}
		// build_srat: the device memory region, hotpluggable, in the
		// last node.
		if hm := g.HW.HotplugMemory; hm.Size > 0 {
			pxm := g.M.NUMANodes - 1
			nd, ok := pxmNode[pxm]
			if !ok {
				nd = len(pxmNode)
			}
			line(fmt.Sprintf("ACPI: SRAT: Node %d PXM %d [mem 0x%08x-0x%08x] hotplug", nd, pxm, hm.Base, hm.Base+hm.Size-1))
		}
	}
	line(fmt.Sprintf("smpboot: Allowing %d CPUs, %d hotplug CPUs", ids, ids-n))
	line(fmt.Sprintf("setup_percpu: NR_CPUS:%d nr_cpumask_bits:%d nr_cpu_ids:%d nr_node_ids:%d", nrCPUsX86, ids, ids, g.nodeCount()))
	for _, l := range percpuLines(ids, false) {
		line(l)
	}
	g.fallbackOrder(line)
	line(fmt.Sprintf("SLUB: HWalign=64, Order=0-3, MinObjects=0, CPUs=%d, Nodes=%d", ids, g.nodeCount()))
	if ids != nrCPUsX86 {
		line(fmt.Sprintf("rcu: \tRCU restricting CPUs from NR_CPUS=%d to nr_cpu_ids=%d.", nrCPUsX86, ids))
	}
	line(fmt.Sprintf("rcu: Adjusting geometry for rcu_fanout_leaf=16, nr_cpu_ids=%d", ids))
	if m.CPUType == "qemu64-x86_64-cpu" {
		line("smpboot: CPU0: AMD QEMU Virtual CPU version 2.5+ (family: 0xf, model: 0x6b, stepping: 0x1)")
	}
	line("smp: Bringing up secondary CPUs ...")
	if n > 1 {
		// announce_cpu(): one ".... node" line per node, BSP padding first.
		line("x86: Booting SMP configuration:")
		width := digits(ids) + 1
		nodeWidth := digits(g.nodeCount()) + 1
		var b strings.Builder
		cur := -1
		for _, c := range g.cpus {
			if c == nil || c.Num == 0 {
				continue
			}
			if nd := g.node(c.Slot); nd != cur {
				if b.Len() > 0 {
					line(b.String())
					b.Reset()
				}
				cur = nd
				fmt.Fprintf(&b, ".... node %*s#%d, CPUs:  ", nodeWidth-digits(nd), " ", nd)
			}
			if c.Num == 1 {
				fmt.Fprintf(&b, "%*s", width+1, " ")
			}
			fmt.Fprintf(&b, "%*s#%d", width-digits(c.Num), " ", c.Num)
			if !g.tainted {
				if ws := g.topologyWarning(c); ws != nil {
					// The booted CPU warns before the next is announced:
					// the announcement's record ends, and a next CPU of
					// the same node starts a continuation record of its own.
					line(b.String())
					b.Reset()
					for _, w := range ws {
						line(w)
					}
				}
			}
		}
		if b.Len() > 0 {
			line(b.String())
		}
	}
	line(fmt.Sprintf("smp: Brought up %s, %s", plural(g.bootNodes(), "node"), plural(n, "CPU")))
	line(fmt.Sprintf("smpboot: Max logical packages: %d", g.maxLogicalPackages(ids)))
	line(fmt.Sprintf("smpboot: Total of %d processors activated (%d.00 BogoMIPS)", n, n*lpjBogoMIPS))
	line("cpuidle: using governor ladder")
	line("cpuidle: using governor menu")
	if n > 1 {
		// The firmware set up the APs' MTRRs differently from the BSP's.
		line("mtrr: your CPUs had inconsistent fixed MTRR settings")
		line("mtrr: your CPUs had inconsistent variable MTRR settings")
		line("mtrr: your CPUs had inconsistent MTRRdefType settings")
		line("mtrr: probably your BIOS does not setup all CPUs.")
	}
	line("hpet: 3 channels of 0 reserved for per-cpu timers")
	line("ledtrig-cpu: registered to indicate activity on CPUs")
	for _, l := range g.shpcLines() {
		line(l)
	}
	g.bootTail(bootTailX86, 2_412_345)
}

// topologyWarning is set_cpu_sibling_map's WARN_ONCE in topology_sane
// (arch/x86/kernel/smpboot.c:432) as CPU c comes up: an earlier CPU of its
// package (the AMD qemu64's last-level cache is the socket: amd_detect_cmp)
// lies in another NUMA node. Recorded (g1m-q35-numa-sysfs, g2-q35-numa2-1g,
// g2-q35-numa3): one warning a boot, after the first such CPU's ".... node"
// announcement; nil when c is sane. The dump after the WARNING line (the
// registers, the call trace) is not reproduced: it holds addresses. The
// warning taints the kernel (TAINT_WARN).
func (g *Guest) topologyWarning(c *CPU) []string {
	if c.Slot < 0 || c.Slot >= len(g.M.Slots) || g.M.NUMANodes == 0 {
		return nil
	}
	for _, o := range g.cpus[:c.Num] {
		if o == nil || !o.Online || o.Slot < 0 || o.Slot >= len(g.M.Slots) {
			continue
		}
		if g.M.Slots[o.Slot].Props.Socket != g.M.Slots[c.Slot].Props.Socket {
			continue
		}
		n1, n2 := g.node(c.Slot), g.node(o.Slot)
		if n1 == n2 {
			continue
		}
		g.tainted = true
		return []string{
			"------------[ cut here ]------------",
			fmt.Sprintf("sched: CPU #%d's llc-sibling CPU #%d is not on the same node! [node: %d != %d]. Ignoring dependency.", c.Num, o.Num, n1, n2),
			fmt.Sprintf("WARNING: CPU: %d PID: 0 at arch/x86/kernel/smpboot.c:432 topology_sane.isra.0+0x6b/0x80", c.Num),
		}
	}
	return nil
}

// maxLogicalPackages is calculate_max_logical_packages(): the possible CPUs
// over (cores booted in the BSP's package × most threads booted in a core).
func (g *Guest) maxLogicalPackages(total int) int {
	cores := map[[2]int]int{}
	for _, c := range g.cpus {
		if c == nil || !c.Online || c.Slot >= len(g.M.Slots) {
			continue
		}
		p := g.M.Slots[c.Slot].Props
		if p.Socket > 0 {
			continue
		}
		cores[[2]int{p.Die, p.Core}]++
	}
	smt := 1
	for _, n := range cores {
		if n > smt {
			smt = n
		}
	}
	ncpus := len(cores) * smt
	if ncpus == 0 {
		return 0
	}
	return (total + ncpus - 1) / ncpus
}

func (g *Guest) bootLogSPAPR(n int) {
	ids := g.possible
	if ids > nrCPUsPPC {
		ids = nrCPUsPPC
	}
	threads := 1
	if len(g.M.Slots) > 0 && g.M.Slots[0].VCPUs > 0 {
		threads = g.M.Slots[0].VCPUs
	}
	t := int64(0)
	line := func(s string) { g.bootLine(t, s); t += 4_113 }
	line(fmt.Sprintf("Partition configured for %d cpus.", g.possible))
	line(fmt.Sprintf("CPU maps initialized for %s per core", plural(threads, "thread")))
	if f, ok := powerFeatures[g.M.CPUType]; ok {
		line("cpu_features      = " + f[0])
		line("cpu_user_features = " + f[1])
	}
	line(fmt.Sprintf("numa: Partition configured for %d NUMA nodes.", g.nodeCount()))
	for _, l := range percpuLines(ids, true) {
		line(l)
	}
	g.fallbackOrder(line)
	line(fmt.Sprintf("SLUB: HWalign=128, Order=0-3, MinObjects=0, CPUs=%d, Nodes=%d", ids, g.nodeCount()))
	if ids != nrCPUsPPC {
		line(fmt.Sprintf("rcu: \tRCU restricting CPUs from NR_CPUS=%d to nr_cpu_ids=%d.", nrCPUsPPC, ids))
	}
	line(fmt.Sprintf("rcu: Adjusting geometry for rcu_fanout_leaf=16, nr_cpu_ids=%d", ids))
	line("clockevent: decrementer mult[83126f] shift[24] cpu[0]")
	line("smp: Bringing up secondary CPUs ...")
	line(fmt.Sprintf("smp: Brought up %s, %s", plural(g.bootNodes(), "node"), plural(n, "CPU")))
	for nd := 0; nd < g.nodeCount(); nd++ {
		var l []int
		for _, c := range g.cpus {
			if c != nil && c.Online && g.sysfsNode[c.Num] == nd {
				l = append(l, c.Num)
			}
		}
		// dump_numa_cpu_topology: every online node, an empty one too
		// ("numa: Node 1 CPUs:", gs2-ps-numa).
		switch {
		case len(l) > 0:
			line(fmt.Sprintf("numa: Node %d CPUs: %s", nd, cpulist(l)))
		case g.nodeOnline(nd):
			line(fmt.Sprintf("numa: Node %d CPUs:", nd))
		}
	}
	line("cpuidle: using governor ladder")
	line("cpuidle: using governor menu")
	g.bootTail(bootTailPPC, 3_123_456)
}

// powerFeatures are the pseries boot log's cpu_features and
// cpu_user_features lines per core type (recorded).
var powerFeatures = map[string][2]string{
	"power9_v2.0-spapr-cpu-core": {"0x0001c06b8f4f9187", "0xdc0065c2 0xaef00000"},
}

// percpuLines are the per-CPU allocator's boot lines for nr_cpu_ids CPUs
// (pcpu_dump_alloc_info): x86 embeds 62 pages per CPU in 2 MiB chunks of
// up to 8 units; ppc64 10 pages of 64 KiB, one unit per chunk. With more
// than 17 possible CPUs printk grows its buffer for them.
func percpuLines(ids int, ppc bool) []string {
	static, reserved, dyn, unit, alloc := 217088, 8192, 28672, 0, "1*2097152"
	upa := 1
	if ppc {
		static, reserved, dyn, unit, alloc = 603432, 0, 51928, 655360, "10*65536"
	} else {
		for upa < 8 && upa < ids {
			upa *= 2
		}
		unit = 2097152 / upa
	}
	pages := 62
	if ppc {
		pages = 10
	}
	out := []string{
		fmt.Sprintf("percpu: Embedded %d pages/cpu s%d r%d d%d u%d", pages, static, reserved, dyn, unit),
		fmt.Sprintf("pcpu-alloc: s%d r%d d%d u%d alloc=%s", static, reserved, dyn, unit, alloc),
	}
	cpuWidth := digits(ids - 1)
	width := upa*(cpuWidth+1) + 1 + 3
	apl := 1
	for apl*2 <= max(60/width, 1) {
		apl *= 2
	}
	var b strings.Builder
	allocs := (ids + upa - 1) / upa
	for a := 0; a < allocs; a++ {
		if a%apl == 0 && a > 0 {
			out = append(out, "pcpu-alloc: "+b.String())
			b.Reset()
		}
		b.WriteString("[0] ")
		for u := 0; u < upa; u++ {
			cpu := a*upa + u
			if cpu < ids {
				fmt.Fprintf(&b, "%0*d ", cpuWidth, cpu)
			} else {
				b.WriteString(strings.Repeat("-", min(cpuWidth, 8)) + " ")
			}
		}
	}
	out = append(out, "pcpu-alloc: "+b.String())
	if extra := (ids - 1) * 4096; extra > 65536 {
		out = append(out, "printk: log_buf_len individual max cpu contribution: 4096 bytes",
			fmt.Sprintf("printk: log_buf_len total cpu_extra contributions: %d bytes", extra))
	}
	return out
}
