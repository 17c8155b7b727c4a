package guest

import "testing"

// MemTotal and the tmpfs size (devtmpfs, rootfs) the recorded Debian 6.1
// x86 guest printed (rounds g1, g2, gs5).
func TestX86MemTotalAsRecorded(t *testing.T) {
	const M, G = 1 << 20, 1 << 30
	for _, c := range []struct {
		name     string
		m        x86Mem
		memTotal int64 // kB
		tmpfs    int64 // kB
	}{
		{"pc 128M", x86Mem{ram: 128 * M, low: 128 * M, cpus: 1}, 81932, 36452},
		{"pc 128M maxcpus=4", x86Mem{ram: 128 * M, low: 128 * M, cpus: 4}, 0, 36080},
		{"pc 256M", x86Mem{ram: 256 * M, low: 256 * M, cpus: 1}, 210764, 100868},
		{"pc 384M smp 4", x86Mem{ram: 384 * M, low: 384 * M, cpus: 4}, 338660, 164816},
		{"q35 512M", x86Mem{ram: 512 * M, low: 512 * M, cpus: 1}, 468428, 229700},
		{"pc 512M maxmem", x86Mem{ram: 512 * M, low: 512 * M, hotplug: true, cpus: 1}, 402124, 196548},
		{"pc 512M maxcpus=24", x86Mem{ram: 512 * M, low: 512 * M, cpus: 24}, 461564, 226268},
		{"pc 1G maxcpus=16", x86Mem{ram: 1 * G, low: 1 * G, cpus: 16}, 980032, 485500},
		{"q35 1G maxcpus=32", x86Mem{ram: 1 * G, low: 1 * G, cpus: 32}, 974904, 482936},
		{"q35 1G maxmem", x86Mem{ram: 1 * G, low: 1 * G, hotplug: true, cpus: 1}, 917452, 0},
		{"q35 1536M maxcpus=8", x86Mem{ram: 1536 * M, low: 1536 * M, cpus: 8}, 1496580, 743776},
		{"q35 2G smp 8", x86Mem{ram: 2 * G, low: 2 * G, cpus: 8}, 2012676, 1001824},
		{"pc 2G maxmem=16G", x86Mem{ram: 2 * G, low: 2 * G, hotplug: true, cpus: 4}, 1947364, 969168},
		{"pc 512M, 2 nodes, maxmem", x86Mem{ram: 512 * M, low: 512 * M, hotplug: true, cpus: 2, nodes: 2}, 402468, 196720},
		{"q35 1G, 2 nodes", x86Mem{ram: 1 * G, low: 1 * G, cpus: 2, nodes: 2}, 984868, 487920},
		{"q35 512M, 3 nodes", x86Mem{ram: 512 * M, low: 512 * M, cpus: 3, nodes: 3}, 468348, 229660},
		// Past 32 possible CPUs (rounds g2, g4; 128 on 10.0).
		{"pc 768M maxcpus=33", x86Mem{ram: 768 * M, low: 768 * M, cpus: 33}, 716572, 0},
		{"pc 768M maxcpus=40", x86Mem{ram: 768 * M, low: 768 * M, cpus: 40}, 713680, 0},
		{"pc 768M maxcpus=48", x86Mem{ram: 768 * M, low: 768 * M, cpus: 48}, 711692, 0},
		{"pc 768M maxcpus=64", x86Mem{ram: 768 * M, low: 768 * M, cpus: 64}, 707716, 0},
		{"pc 768M maxcpus=96", x86Mem{ram: 768 * M, low: 768 * M, cpus: 96}, 699768, 0},
		{"pc 768M maxcpus=128", x86Mem{ram: 768 * M, low: 768 * M, cpus: 128}, 689512, 0},
	} {
		avail := x86AvailableKB(c.m)
		if got := avail + x86FreedInit; c.memTotal != 0 && got != c.memTotal {
			t.Errorf("%s: MemTotal %d kB, recorded %d", c.name, got, c.memTotal)
		}
		if got := (avail + x86TmpfsEarlyKB) / 4 / 2 * 4; c.tmpfs != 0 && got != c.tmpfs {
			t.Errorf("%s: tmpfs size %d kB, recorded %d", c.name, got, c.tmpfs)
		}
	}
}

// The zonelist rebuilds' "Total pages" when a hot-added block comes online
// into an empty zone, and when its offlining empties it again.
func TestX86ZonelistTotalAsRecorded(t *testing.T) {
	const M, G = 1 << 20, 1 << 30
	for _, c := range []struct {
		name            string
		m               x86Mem
		movable         bool
		online, offline int64
	}{
		{"pc 512M maxmem, online", x86Mem{ram: 512 * M, low: 512 * M, hotplug: true, cpus: 1}, false, 132362, 99587},
		{"pc 512M maxmem, online_movable", x86Mem{ram: 512 * M, low: 512 * M, hotplug: true, cpus: 1}, true, 132362, 99587},
		{"q35 1G maxmem, online_movable (THP)", x86Mem{ram: 1 * G, low: 1 * G, hotplug: true, cpus: 1}, true, 245238, 0},
	} {
		avail := x86AvailableKB(c.m)
		z := newZoneState(avail, 0)
		i := zoneNormal
		if c.movable {
			i = zoneMovable
		}
		z.managed[i] += blockPages
		if got := z.freePages(zoneMovable); got != c.online {
			t.Errorf("%s: online total %d, recorded %d", c.name, got, c.online)
		}
		z.initWmarkMin()
		z.managed[i] -= blockPages
		z.initWmarkMin()
		if got := z.freePages(zoneMovable); c.offline != 0 && got != c.offline {
			t.Errorf("%s: offline total %d, recorded %d", c.name, got, c.offline)
		}
	}
}

// The pseries guest's MemTotal and tmpfs size as recorded (rounds g1, g4,
// gs5; 64 KiB pages).
func TestSPAPRMemTotalAsRecorded(t *testing.T) {
	const M, G = 1 << 20, 1 << 30
	for _, c := range []struct {
		ram             int64
		cpus            int
		memTotal, tmpfs int64 // kB
	}{
		{512 * M, 1, 466304, 230080},
		{512 * M, 4, 0, 228992},
		{768 * M, 1, 727680, 360768},
		{1 * G, 1, 989824, 491840},
		{1 * G, 8, 984704, 489280},
		{1536 * M, 2, 1511744, 752768},
		{2 * G, 1, 2036800, 1015296},
	} {
		total := spaprMemTotal(c.ram, c.cpus)
		if c.memTotal != 0 && total != c.memTotal {
			t.Errorf("%d MiB, %d CPUs: MemTotal %d kB, recorded %d", c.ram>>20, c.cpus, total, c.memTotal)
		}
		if got := (total/64 - spaprFreedInitPages) / 2 * 64; got != c.tmpfs {
			t.Errorf("%d MiB, %d CPUs: tmpfs size %d kB, recorded %d", c.ram>>20, c.cpus, got, c.tmpfs)
		}
	}
}
