package guest

import (
	"fmt"
	"strconv"
	"strings"
)

// The x86 guest's memory accounting (the recorded Debian 6.1 kernel), as far
// as MemTotal and the sizes tmpfs derives from it. Measured (rounds g1, g2,
// gs5): at the "Memory: ..." line the kernel has
//
//	available = present - reserved
//	present   = RAM - 520 kB (the e820 holes below 1 MiB)
//	reserved  = 55196 kB (kernel image, initrd, early allocations)
//	          + 248 kB a possible CPU (per-CPU areas)
//	          + 2 MiB a 128 MiB section holding RAM (struct pages)
//	          + the dentry and inode hash tables
//	          + 64 MiB + 768 kB of swiotlb once memory may lie above 4 GiB
//	            (RAM above the PCI hole, or a hotplug range: maxmem)
//
// MemTotal is available + 9064 kB (init sections freed later), plus 128 MiB
// a hot-added block onlined. rootfs and devtmpfs are mounted earlier, when
// totalram_pages is available/4 + 9 pages: their size= is half of it.

const (
	x86Holes          = 520
	x86ReservedBase   = 55196
	x86PerCPU         = 248
	x86SectionMemmap  = 2048
	x86Swiotlb        = 64<<10 + 768
	x86FreedInit      = 9064
	x86TmpfsEarlyKB   = 36
	x86NodeData       = 176
	x86PCIHoleStartPC = 0xe0000000 // pc: RAM from here on is split (gigabyte aligned)
	x86PCIHoleQ35     = 0xb0000000 // q35: likewise, split at 2 GiB
)

// x86LowRAM is the RAM below 4 GiB (pc_init1 / pc_q35_init's lowmem).
func (g *Guest) x86LowRAM() int64 {
	ram := g.M.RAMBytes
	if g.M.Type != nil && strings.Contains(g.M.Type.Name, "q35") {
		if ram >= x86PCIHoleQ35 {
			return 0x80000000
		}
		return ram
	}
	if ram >= x86PCIHoleStartPC {
		return 0xc0000000
	}
	return ram
}

// x86Available is the boot memory's available kB (present - reserved).
func (g *Guest) x86Available() (int64, bool) {
	if g.M == nil || g.IsSPAPR() || g.M.RAMBytes <= 0 {
		return 0, false
	}
	nodes := 0
	for _, m := range g.M.NodeMem {
		if m > 0 {
			nodes++
		}
	}
	return x86AvailableKB(x86Mem{ram: g.M.RAMBytes, low: g.x86LowRAM(), hotplug: g.M.MaxRAMBytes > g.M.RAMBytes,
		cpus: g.possibleCPUs(), nodes: nodes}), true
}

// x86Mem is what the x86 guest's boot accounting depends on: RAM bytes, of
// which low below 4 GiB; hotplug: a device memory range (above 4 GiB)
// exists; possible CPUs; NUMA nodes holding memory.
type x86Mem struct {
	ram, low    int64
	hotplug     bool
	cpus, nodes int
}

func x86AvailableKB(m x86Mem) int64 {
	const section = 128 << 20
	present := m.ram>>10 - x86Holes
	sections := (m.low + section - 1) / section
	if high := m.ram - m.low; high > 0 {
		sections += (high + section - 1) / section
	}
	reserved := x86ReservedBase + int64(x86PerCPU*m.cpus) + x86SectionMemmap*sections + x86LogBufKB(m.cpus)
	reserved += x86ManyCPUsKB(m.cpus)
	if m.nodes > 1 {
		// Each further node's pg_data_t (and the rest memblock gives a
		// node); the large system hashes are vmalloc'ed later (hashdist).
		reserved += x86NodeData * int64(m.nodes-1)
	} else {
		// alloc_large_system_hash from memblock: dentry (scale 13) and
		// inode (scale 14) hash tables, 8-byte buckets, sized by
		// nr_kernel_pages (present pages less their struct pages).
		pages := present / 4
		kernelPages := pages - pages/64
		hash := func(shift uint) int64 {
			n := (kernelPages + 255) / 256 * 256 >> shift
			p := int64(1)
			for p < n {
				p <<= 1
			}
			return p * 8 >> 10
		}
		reserved += hash(1) + hash(2)
	}
	if m.hotplug || m.ram > m.low {
		reserved += x86Swiotlb
	}
	return present - reserved
}

// x86ManyCPUsKB is what more possible CPUs reserve beyond their per-CPU
// areas and the printk ring: past 8, 448 bytes each in whole pages, and
// past 32 a further 36 kB (measured at 16, 24, 32, 33, 40, 48, 64, 96 and
// 128 possible CPUs: rounds g2 and g4).
func x86ManyCPUsKB(cpus int) int64 {
	if cpus <= 8 {
		return 0
	}
	kb := int64((cpus-8)*448+4095) >> 12 * 4
	if cpus > 32 {
		kb += 36
	}
	return kb
}

// x86LogBufKB is setup_log_buf's larger ring (log_buf_add_cpu): past 16
// possible CPUs the 128 KiB buffer grows by 4 KiB a further CPU, to a power
// of two, with its descriptors (24 bytes) and infos (88 bytes), one each
// 32 bytes of text. The static buffer stays in the kernel image.
func x86LogBufKB(cpus int) int64 {
	const logBuf, perCPU = 128 << 10, 4 << 10
	extra := int64(cpus-1) * perCPU
	if cpus <= 1 || extra <= logBuf/2 {
		return 0
	}
	n := int64(1)
	for n < logBuf+extra {
		n <<= 1
	}
	count := n >> 5
	return (n + count*24 + count*88) >> 10
}

// possibleCPUs is maxcpus (the guest's possible CPU count).
func (g *Guest) possibleCPUs() int {
	if n := int(g.M.Topology.MaxCPUs); n > 0 {
		return n
	}
	return max(1, int(g.M.Topology.CPUs))
}

// memTotalKB is /proc/meminfo's MemTotal.
func (g *Guest) memTotalKB() (int64, bool) {
	if g.IsSPAPR() {
		total, ok := g.spaprMemTotalKB()
		if !ok {
			return 0, false
		}
		for _, b := range g.memBlocks {
			if b.online {
				total += spaprLMB >> 10
			}
		}
		return total, true
	}
	avail, ok := g.x86Available()
	if !ok {
		return 0, false
	}
	total := avail + x86FreedInit
	for _, b := range g.memBlocks {
		if b.online {
			total += x86MemoryBlock >> 10
		}
	}
	return total, true
}

// tmpfsPages is rootfs's and devtmpfs's default size (and nr_inodes), in
// pages, and the page size in kB: half of totalram_pages when they are
// mounted.
func (g *Guest) tmpfsPages() (int64, int64, bool) {
	if g.IsSPAPR() {
		total, ok := g.spaprMemTotalKB()
		if !ok {
			return 0, 0, false
		}
		return (total/64 - spaprFreedInitPages) / 2, 64, true
	}
	avail, ok := g.x86Available()
	if !ok {
		return 0, 0, false
	}
	return (avail + x86TmpfsEarlyKB) / 4 / 2, 4, true
}

// The pseries guest's boot memory (the recorded Debian 6.1 ppc64el kernel,
// 64 KiB pages, radix), measured in round g4 at 512 MiB .. 2 GiB and 1, 2,
// 4 and 8 possible CPUs (g1-ps-*: a hotplug range, maxmem, changes nothing):
//
//	MemTotal = RAM - reserved
//	reserved = 57216 kB (kernel, early allocations, the memmap's 2 MiB
//	           vmemmap page)
//	         + the dentry and inode hash tables (8-byte buckets,
//	           roundup_pow_of_two(round_up(nr_kernel_pages, 16) << 3) and << 2,
//	           nr_kernel_pages the RAM's pages less their struct pages)
//	         + 640 kB of per-CPU area a possible CPU past the first, and some
//	           91.4 kB more each (93623 bytes), the total in whole pages from
//	           0.65 of a page (42598 bytes) on
//	         + 64 kB once RAM passes 1 GiB
//
// rootfs and devtmpfs are mounted 96 pages (the init sections) before
// MemTotal is reached: half of the rest.
const (
	spaprReservedBase   = 57216
	spaprPerCPUArea     = 640
	spaprPerCPUBytes    = 93623
	spaprPerCPUOffset   = 42598
	spaprFreedInitPages = 96
)

func (g *Guest) spaprMemTotalKB() (int64, bool) {
	if g.M == nil || !g.IsSPAPR() || g.M.RAMBytes <= 0 {
		return 0, false
	}
	return spaprMemTotal(g.M.RAMBytes, g.possibleCPUs()), true
}

func spaprMemTotal(ram int64, cpus int) int64 {
	pages := ram >> 16
	kernelPages := pages - (pages*64+65535)>>16
	hash := func(shift uint) int64 {
		n := (kernelPages + 15) / 16 * 16 << shift
		p := int64(1)
		for p < n {
			p <<= 1
		}
		return p * 8 >> 10
	}
	reserved := spaprReservedBase + hash(3) + hash(2)
	if cpus > 1 {
		more := int64(cpus - 1)
		reserved += spaprPerCPUArea*more + ((spaprPerCPUOffset+more*spaprPerCPUBytes+65535)>>16-1)*64
	}
	if ram > 1<<30 {
		reserved += 64
	}
	return ram>>10 - reserved
}

// procMeminfo is /proc/meminfo: MemTotal, then a marked line standing for
// the rest (the shell takes it out of the output and says so beside it).
func (g *Guest) procMeminfo() (string, bool) {
	kb, ok := g.memTotalKB()
	if !ok {
		return "", false
	}
	return "MemTotal:       " + fmtWidth(strconv.FormatInt(kb, 10), 8) + " kB\n" +
		"MemFree, MemAvailable and the other lines of /proc/meminfo: " + string(errNotModelled) + "\n", true
}

// procInterrupts is /proc/interrupts' header (show_interrupts): a column
// for each online CPU (recorded: a plugged CPU gains its column when it is
// onlined), indented by the digits of nr_irqs, 3 at least (x86's
// arch_probe_nr_irqs: 24 GSIs + 16 legacy + 8 a possible CPU + 16 a GSI for
// MSIs, 4 digits from 72 possible CPUs, not measured; pseries: 512). The
// interrupt lines are not modelled.
func (g *Guest) procInterrupts() string {
	prec := 3
	if !g.IsSPAPR() {
		n := g.possible
		nr := min(256*n, 424+8*n)
		for j := 1000; prec < 10 && j <= nr; j *= 10 {
			prec++
		}
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", prec+8))
	for _, c := range g.cpus {
		if c != nil && c.Online {
			b.WriteString(fmt.Sprintf("CPU%-8d", c.Num))
		}
	}
	b.WriteString("\n")
	b.WriteString("The interrupt lines of /proc/interrupts: " + string(errNotModelled) + "\n")
	return b.String()
}

// procMounts is /proc/mounts: the initramfs, then what the guest's init
// mounted.
func (g *Guest) procMounts() (string, bool) {
	pages, pageKB, ok := g.tmpfsPages()
	if !ok {
		return "", false
	}
	size := "size=" + strconv.FormatInt(pages*pageKB, 10) + "k,nr_inodes=" + strconv.FormatInt(pages, 10)
	return "rootfs / rootfs rw," + size + ",inode64 0 0\n" +
		"proc /proc proc rw,relatime 0 0\n" +
		"sysfs /sys sysfs rw,relatime 0 0\n" +
		"devtmpfs /dev devtmpfs rw,relatime," + size + ",mode=755,inode64 0 0\n", true
}

// fmtWidth right-aligns s in n columns (seq_put_decimal_ull_width).
func fmtWidth(s string, n int) string {
	if len(s) < n {
		s = strings.Repeat(" ", n-len(s)) + s
	}
	return s
}
