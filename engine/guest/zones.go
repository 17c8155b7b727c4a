package guest

import "math"

// The x86 guest's zones and watermarks, as far as the zonelist rebuild a
// memory block's onlining or offlining logs ("Built 1 zonelists ... Total
// pages: N", N = each zone's managed pages less its high watermark). The
// kernel rebuilds them when a zone gains its first pages (online_pages:
// before the watermarks are recomputed, the new zone's are still 0) or
// loses its last (offline_pages: after). Watermarks (mm/page_alloc.c):
// min_free_kbytes = int_sqrt(16 x free buffer kB), or with transparent
// hugepages (RAM at boot from 512 MiB) at least khugepaged's 11 pageblocks
// a zone up to Normal (at most 5% of them); each zone's share of it is min,
// tmp = max(min/4, managed/1000), high = min + 2 tmp. The boot watermarks
// are computed while the init sections are still held (managed pages then:
// available/4 + 9, as tmpfs sees them). The DMA zone's managed pages are not
// measured; any figure from 3900 to 3999 gives the recorded counts.

const (
	zoneDMA = iota
	zoneDMA32
	zoneNormal
	zoneMovable
	nrZones
)

const (
	dmaManaged      = 3977
	pageblockPages  = 512
	thpMinRAMPages  = 512 << 20 >> 12
	blockPages      = x86MemoryBlock >> 12
	earlyExtraPages = x86TmpfsEarlyKB / 4
)

type zoneState struct {
	managed, high [nrZones]int64
	minFreeKB     int64
	thp           bool
	// policyNormal: policy_zone reached Normal (it never goes back).
	policyNormal bool
}

// freePages is nr_free_zone_pages up to zone last.
func (z *zoneState) freePages(last int) int64 {
	var n int64
	for i := 0; i <= last; i++ {
		if z.managed[i] > z.high[i] {
			n += z.managed[i] - z.high[i]
		}
	}
	return n
}

func (z *zoneState) setWatermarks() {
	pagesMin := z.minFreeKB >> 2
	var lowmem int64
	for _, m := range z.managed {
		lowmem += m
	}
	for i, m := range z.managed {
		mn := int64(0)
		if lowmem > 0 {
			mn = pagesMin * m / lowmem
		}
		tmp := max(mn>>2, m*10/10000)
		z.high[i] = mn + 2*tmp
	}
}

// initWmarkMin is init_per_zone_wmark_min (khugepaged's update included).
func (z *zoneState) initWmarkMin() {
	kb := z.freePages(zoneNormal) * 4
	z.minFreeKB = min(max(int64(math.Sqrt(float64(kb*16))), 128), 262144)
	for z.minFreeKB*z.minFreeKB > kb*16 {
		z.minFreeKB-- // int_sqrt rounds down
	}
	z.setWatermarks()
	if !z.thp {
		return
	}
	nz := int64(0)
	for i := 0; i <= zoneNormal; i++ {
		if z.managed[i] > 0 {
			nz++
		}
	}
	rec := pageblockPages*nz*2 + pageblockPages*nz*9
	rec = min(rec, z.freePages(zoneNormal)/20) * 4
	if rec > z.minFreeKB {
		z.minFreeKB = rec
		z.setWatermarks()
	}
}

// x86Zones is the zones' state after boot (nil when not modelled).
func (g *Guest) x86Zones() *zoneState {
	if g.zones != nil {
		return g.zones
	}
	avail, ok := g.x86Available()
	if !ok {
		return nil
	}
	z := newZoneState(avail, (g.M.RAMBytes-g.x86LowRAM())>>12)
	g.zones = z
	return z
}

// newZoneState is the zones after boot: avail kB, high pages above 4 GiB.
func newZoneState(avail, high int64) *zoneState {
	z := &zoneState{}
	early := avail/4 + earlyExtraPages
	z.thp = early >= thpMinRAMPages
	z.managed = [nrZones]int64{dmaManaged, early - dmaManaged - high, high, 0}
	z.initWmarkMin()
	z.managed[zoneDMA32] += x86FreedInit/4 - earlyExtraPages
	return z
}

// blockZone is the zone a hot-added block's pages join: ZONE_MOVABLE when
// onlined movable, else ZONE_NORMAL.
func blockZone(movable bool) int {
	if movable {
		return zoneMovable
	}
	return zoneNormal
}

// zonesOnline: a block's pages join a zone (online_pages).
func (g *Guest) zonesOnline(movable bool) {
	z := g.x86Zones()
	if z == nil {
		return
	}
	i := blockZone(movable)
	rebuild := z.managed[i] == 0
	z.managed[i] += blockPages
	if rebuild {
		g.zonelistsBuilt(z)
	}
	z.initWmarkMin()
}

// zonesOffline: a block's pages leave their zone (offline_pages).
func (g *Guest) zonesOffline(movable bool) {
	z := g.x86Zones()
	if z == nil {
		return
	}
	i := blockZone(movable)
	z.managed[i] = max(0, z.managed[i]-blockPages)
	z.initWmarkMin()
	if z.managed[i] == 0 {
		g.zonelistsBuilt(z)
	}
}

// zonelistsBuilt is build_all_zonelists' log (one node; with NUMA nodes
// the fallback order and per-node counts are not modelled).
func (g *Guest) zonelistsBuilt(z *zoneState) {
	if g.M.NUMANodes > 1 {
		return
	}
	g.kernel("Fallback order for Node 0: 0 ")
	g.kernel("Built 1 zonelists, mobility grouping on.  Total pages: %d", z.freePages(zoneMovable))
	z.policyNormal = z.policyNormal || z.managed[zoneNormal] > 0
	policy := "DMA32"
	if z.policyNormal {
		policy = "Normal"
	}
	g.kernel("Policy zone: %s", policy)
}
