package guest

import (
	"fmt"
	"strings"
)

// RTAS is the sPAPR guest's way to the DRCs (hw/ppc/spapr_drc.c,
// spapr_rtas.c): the hotplug events QEMU queues, and the calls Linux's
// in-kernel DLPAR makes. Calls return the RTAS status (0 = success).
type RTAS interface {
	TakeHotplugEvents() []DRCEvent
	SetIsolationState(index uint32, isolated bool) int
	SetAllocationState(index uint32, usable bool) int
	ConfigureConnector(index uint32) int
	// Configured says whether the DRC is configured: its core is in the
	// device tree the firmware hands to a booting kernel.
	Configured(index uint32) bool
	// DRCIndex is a core slot's DRC index, as the device tree gives it
	// (ibm,my-drc-index): type CPU, then the first thread's vCPU id.
	DRCIndex(slot int) uint32
	// ClientArchitectureSupport is the CAS hcall a booting kernel makes:
	// QEMU resets every DRC (pending plugs and unplugs complete) and drops
	// the hotplug events not yet delivered.
	ClientArchitectureSupport()
}

// DRCEvent is one hotplug event: add or remove of the DRC with this index.
type DRCEvent struct {
	Remove bool
	Index  uint32
	Count  int // count-indexed (LMBs): Count DRCs from Index on
}

// CPU DRC indexes: type CPU (1) in the top nibble, the core's vCPU id below.
const drcTypeCPU = 0x10000000

// dtCPUName is the device-tree node name of a core ("PowerPC,POWER9").
func (g *Guest) dtCPUName() string {
	t := g.M.CPUType // e.g. power9_v2.0-spapr-cpu-core
	if i := strings.IndexAny(t, "_-"); i > 0 {
		t = t[:i]
	}
	return "PowerPC," + strings.ToUpper(t)
}

func (g *Guest) bootSPAPR() {
	m := g.M
	g.possible = 0
	for _, s := range m.Slots {
		v := s.VCPUs
		if v < 1 {
			v = 1
		}
		g.possible += v
	}
	n := 0
	for s := range m.Slots {
		if s >= len(m.BySlot) || m.BySlot[s] == nil {
			continue
		}
		// A core hot-plugged before the kernel ran is not configured yet:
		// the kernel takes it from its queued hotplug event once up.
		if g.HW.RTAS != nil && !g.HW.RTAS.Configured(g.HW.RTAS.DRCIndex(s)) {
			continue
		}
		n += g.addCore(s, true)
	}
	for _, c := range g.cpus {
		if c != nil {
			g.sysfsNode[c.Num] = g.node(c.Slot)
			g.ofNodeCore[c.Num] = g.coreOf(c.Num)
		}
	}
	g.bootLogSPAPR(n)
}

// addCore gives the core's threads the lowest free numbers (as
// pseries_add_processor does) and returns how many it added.
func (g *Guest) addCore(slot int, online bool) int {
	s := g.M.Slots[slot]
	threads := s.VCPUs
	if threads < 1 {
		threads = 1
	}
	nums := g.freeBlock(threads)
	if nums < 0 {
		return 0
	}
	g.dtCores[s.ArchID] = true
	for j := 0; j < threads; j++ {
		g.setCPU(&CPU{Num: nums + j, ArchID: s.ArchID + j, Slot: slot, Present: true, Online: online, ACPIInstance: -1})
	}
	return threads
}

// freeBlock finds the lowest run of n numbers not present, or -1.
func (g *Guest) freeBlock(n int) int {
	for start := 0; start+n <= g.possible; start++ {
		ok := true
		for j := 0; j < n; j++ {
			if c := g.cpu(start + j); c != nil && c.Present {
				ok = false
				break
			}
		}
		if ok {
			return start
		}
	}
	return -1
}

// slotOfDRC finds the core slot a CPU DRC index names, or -1.
func (g *Guest) slotOfDRC(index uint32) int {
	if index&0xf0000000 != drcTypeCPU {
		return -1
	}
	for i := range g.M.Slots {
		if g.HW.RTAS.DRCIndex(i) == index {
			return i
		}
	}
	return -1
}

func (g *Guest) coreThreads(coreID int) []*CPU {
	var l []*CPU
	for _, c := range g.cpus {
		if c != nil && c.Present && c.Slot >= 0 && c.Slot < len(g.M.Slots) && g.M.Slots[c.Slot].ArchID == coreID {
			l = append(l, c)
		}
	}
	return l
}

// pollSPAPR takes QEMU's queued hotplug events; the kernel's DLPAR work
// handles them one after the other.
func (g *Guest) pollSPAPR() {
	if g.HW.RTAS == nil {
		return
	}
	for _, e := range g.HW.RTAS.TakeHotplugEvents() {
		e := e
		if e.Index&0xf0000000 == drcTypeLMB {
			if e.Remove {
				g.after(drcRemove, func() { g.dlparMemoryRemove(e.Index, max(e.Count, 1)) })
			} else {
				g.after(drcAdd, func() { g.dlparMemoryAdd(e.Index, max(e.Count, 1)) })
			}
			continue
		}
		if e.Remove {
			g.after(drcRemove, func() { g.dlparRemove(e.Index) })
		} else {
			g.after(drcAdd, func() { g.dlparAdd(e.Index) })
		}
	}
}

func (g *Guest) dlparAdd(index uint32) {
	if g.state != Running {
		return
	}
	slot := g.slotOfDRC(index)
	if slot >= 0 && g.dtCores[g.M.Slots[slot].ArchID] {
		g.kernel("pseries-hotplug-cpu: CPU with drc index %x already exists", index)
		return
	}
	r := g.HW.RTAS
	if slot < 0 {
		return
	}
	if rc := r.SetAllocationState(index, true); rc != 0 {
		g.kernel("pseries-hotplug-cpu: Failed to acquire DRC, rc: %d, drc index: %x", rc, index)
		return
	}
	if rc := r.SetIsolationState(index, false); rc != 0 {
		r.SetAllocationState(index, false)
		g.kernel("pseries-hotplug-cpu: Failed to acquire DRC, rc: %d, drc index: %x", rc, index)
		return
	}
	// configure-connector hands over the device-tree fragment of the core
	// attached to the DRC; there is none when the core is gone.
	if rc := r.ConfigureConnector(index); rc != 0 || g.M.BySlot[slot] == nil {
		r.SetIsolationState(index, true)
		r.SetAllocationState(index, false)
		return
	}
	g.addCore(slot, true)
}

func (g *Guest) dlparRemove(index uint32) {
	if g.state != Running {
		return
	}
	core := -1
	if slot := g.slotOfDRC(index); slot >= 0 {
		core = g.M.Slots[slot].ArchID
	}
	threads := g.coreThreads(core)
	if !g.dtCores[core] || len(threads) == 0 {
		g.kernel("pseries-hotplug-cpu: Cannot find CPU (drc index %x) to remove", index)
		return
	}
	name := g.dtCPUName()
	r := g.HW.RTAS
	// dlpar_offline_cpu: the kernel refuses to take down its last online CPU.
	for _, c := range threads {
		if !c.Online {
			continue
		}
		if g.onlineCount() == 1 {
			g.kernel("pseries-hotplug-cpu: Unable to remove last online CPU %s", name)
			g.kernel("pseries-hotplug-cpu: Failed to offline CPU %s, rc: -16", name)
			r.SetIsolationState(index, false) // un-isolate: the removal is refused
			return
		}
		c.Online = false
	}
	if rc := r.SetIsolationState(index, true); rc != 0 {
		g.kernel("pseries-hotplug-cpu: Failed to release drc (%x) for CPU %s, rc: %d", index, name, rc)
		for _, c := range threads {
			c.Online = true
		}
		return
	}
	r.SetAllocationState(index, false)
	delete(g.dtCores, core)
	for _, c := range threads {
		g.cpus[c.Num] = nil
		g.hwIDs[c.Num] = -1 // pseries_remove_processor clears the hardware id
	}
}

// onlineSPAPR / offlineSPAPR: pseries prints nothing for either.
func (g *Guest) onlineSPAPR(c *CPU) { c.Online = true }

func (g *Guest) offlineSPAPR(c *CPU) { c.Online = false }

// dtCPUNodes lists /proc/device-tree/cpus/PowerPC,POWER9@<core-id in hex>.
func (g *Guest) dtCPUNodes() []string {
	var l []string
	for core := range g.dtCores {
		l = append(l, fmt.Sprintf("%s@%x", g.dtCPUName(), core))
	}
	return l
}
