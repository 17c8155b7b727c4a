package guest

import (
	"sort"
	"strconv"
	"strings"
)

// Memory blocks (/sys/devices/system/memory) and the NUMA nodes' links to
// them. The guest's RAM is one range from address 0, the nodes' parts in
// node order (QEMU's e820 table below 4 GiB, spapr_dt_memory); a block is
// present when RAM reaches into it, and a node links every block its range
// touches (register_memory_blocks_under_node at boot).

const (
	// x86 probe_memory_block_size: MIN_MEMORY_BLOCK_SIZE below 64 GiB.
	x86MemoryBlock = 128 << 20
	// ppc64 MIN_MEMORY_BLOCK_SIZE: 1 << SECTION_SIZE_BITS (24).
	ppcMinMemoryBlock = 16 << 20
	// SPAPR_MEMORY_BLOCK_SIZE: the LMB size of ibm,dynamic-reconfiguration-memory.
	spaprLMB = 256 << 20
	// Above this much RAM x86 boards split it around the PCI hole (q35 at
	// 0xb0000000), which is not modelled.
	x86ContiguousRAM = 0xb0000000
)

// memoryBlockSize is memory_block_size_bytes(); 0 when not modelled.
func (g *Guest) memoryBlockSize() int64 {
	ram := g.M.RAMBytes
	if !g.IsSPAPR() {
		if ram <= 0 || ram > x86ContiguousRAM {
			return 0
		}
		return x86MemoryBlock
	}
	// pseries_memory_block_size: the LMB size when QEMU gives the guest
	// ibm,dynamic-reconfiguration-memory (only with maxmem above the RAM),
	// else the size of the firmware's memory node that follows memory@0
	// (memory@0 is the RMA: node 0's memory), else the minimum.
	if g.M.MaxRAMBytes > ram {
		return spaprLMB
	}
	rma := ram
	if len(g.M.NodeMem) > 0 {
		rma = g.M.NodeMem[0]
	}
	if rma <= 0 || rma >= ram {
		return ppcMinMemoryBlock
	}
	// spapr_dt_memory: the next node starts at the RMA's end; its first
	// memory node is the largest power of two that fits and that the
	// start address is aligned to.
	next := int64(0)
	for _, m := range g.M.NodeMem[1:] {
		if m > 0 {
			next = m
			break
		}
	}
	size := int64(1)
	for size*2 <= next {
		size *= 2
	}
	if align := rma & -rma; align < size {
		size = align
	}
	return size
}

// nodeRanges are the nodes' parts of RAM, [start, end).
func (g *Guest) nodeRanges() [][2]int64 {
	if len(g.M.NodeMem) == 0 || g.M.NUMANodes == 0 {
		return [][2]int64{{0, g.M.RAMBytes}}
	}
	var r [][2]int64
	start := int64(0)
	for _, m := range g.M.NodeMem {
		r = append(r, [2]int64{start, start + m})
		start += m
	}
	return r
}

// memoryBlocks lists the present blocks' numbers.
func (g *Guest) memoryBlocks() ([]int, bool) {
	bs := g.memoryBlockSize()
	if bs == 0 {
		return nil, false
	}
	return upTo(int((g.M.RAMBytes + bs - 1) / bs)), true
}

// nodeMemoryBlocks lists the blocks a node's range touches.
func (g *Guest) nodeMemoryBlocks(nd int) ([]int, bool) {
	bs := g.memoryBlockSize()
	rs := g.nodeRanges()
	if bs == 0 || nd >= len(rs) {
		return nil, bs != 0
	}
	var l []int
	for b := rs[nd][0] / bs; b*bs < rs[nd][1]; b++ {
		l = append(l, int(b))
	}
	return l, true
}

// hugepageSizes are the node's hugepages folders: x86's 2 MiB pages
// (qemu64 has no pdpe1gb), the radix MMU's 2 MiB and 1 GiB on pseries.
func (g *Guest) hugepageSizes() []string {
	if !g.IsSPAPR() {
		return []string{"hugepages-2048kB"}
	}
	if powerModels[g.M.CPUType][0] == "" {
		return nil
	}
	return []string{"hugepages-1048576kB", "hugepages-2048kB"}
}

// memoryNode is /sys/devices/system/memory.
func (g *Guest) memoryNode(rest string) *node {
	blocks, ok := g.memoryBlocks()
	switch rest {
	case "":
		if !ok {
			return opaqueDir(sysFS)
		}
		names := []string{"auto_online_blocks", "block_size_bytes", "hard_offline_page", "power",
			"soft_offline_page", "uevent"}
		if g.IsSPAPR() {
			// CONFIG_ARCH_MEMORY_PROBE (ppc64's probe attribute).
			names = append(names, "probe")
		}
		for _, b := range append(blocks, g.hotBlocks()...) {
			names = append(names, "memory"+strconv.Itoa(b))
		}
		sort.Strings(names)
		return dir(sysFS, names...)
	case "block_size_bytes":
		if !ok {
			return unknownAttr(0o444)
		}
		return attr(strconv.FormatInt(g.memoryBlockSize(), 16) + "\n")
	case "auto_online_blocks":
		if g.IsSPAPR() {
			return &node{kind: rwAttr("").kind, perm: 0o644, fs: sysFS}
		}
		return &node{kind: rwAttr("").kind, text: g.autoOnlineBlocks() + "\n", known: true, perm: 0o644, fs: sysFS}
	case "hard_offline_page", "soft_offline_page", "probe", "uevent":
		if rest == "probe" && !g.IsSPAPR() {
			return nil
		}
		return unknownAttr(0o200)
	case "power":
		return powerNode("", false)
	}
	if m, ok2 := strings.CutPrefix(rest, "memory"); ok2 && ok {
		num, file, _ := strings.Cut(m, "/")
		for _, b := range append(blocks, g.hotBlocks()...) {
			if strconv.Itoa(b) != num {
				continue
			}
			// pseries: only the state files (its folders' listing was not recorded).
			if !g.IsSPAPR() || file == "state" || file == "online" {
				if n, known := g.memoryBlockNode(b, file); known {
					return n
				}
			}
			if file == "" {
				return opaqueDir(sysFS)
			}
			return nil
		}
	}
	return nil
}
