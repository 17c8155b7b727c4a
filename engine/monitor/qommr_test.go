package monitor

import "testing"

func TestSplitRegionName(t *testing.T) {
	for _, tc := range []struct {
		leaf, name string
		idx        int
		ok         bool
	}{
		{"system[0]", "system", 0, true},
		{"bus master container[0]", "bus master container", 0, true},
		{`\x2from@etc\x2facpi\x2frsdp[0]`, "/rom@etc/acpi/rsdp", 0, true},
		{"pam-ram[12]", "pam-ram", 12, true},
		{"device-memory", "", 0, false},
		{"io[x]", "", 0, false},
		{"io[0", "", 0, false},
		{"", "", 0, false},
	} {
		name, idx, ok := splitRegionName(tc.leaf)
		if name != tc.name || idx != tc.idx || ok != tc.ok {
			t.Errorf("splitRegionName(%q) = %q, %d, %v; want %q, %d, %v", tc.leaf, name, idx, ok, tc.name, tc.idx, tc.ok)
		}
	}
}

func TestRegionSize(t *testing.T) {
	for _, tc := range []struct {
		r    memRegion
		want uint64
	}{
		{memRegion{size: 0}, ^uint64(0)},
		{memRegion{size: 0x10000}, 65536},
		{memRegion{empty: true}, 0},
	} {
		if got := regionSize(&tc.r); got != tc.want {
			t.Errorf("regionSize(%+v) = %d, want %d", tc.r, got, tc.want)
		}
	}
}

func TestMemoryRegionSet(t *testing.T) {
	for _, tc := range []struct{ prop, want string }{
		{"size", "Property 'memory-region.size' is not writable"},
		{"container", "Property 'memory-region.container' is not writable"},
		{"type", "Property 'memory-region.type' is not writable"},
		{"nosuch", "Property 'memory-region.nosuch' not found"},
		{"", "Property 'memory-region.' not found"},
	} {
		if err := memoryRegionSet(tc.prop); err == nil || err.Desc != tc.want {
			t.Errorf("memoryRegionSet(%q) = %v, want %q", tc.prop, err, tc.want)
		}
	}
}

func TestIndexRegions(t *testing.T) {
	ram := &memRegion{name: "pc.ram", size: 1 << 30, kind: "ram"}
	dev := containerRegion("device-memory", 1<<32, 1<<30, &memRegion{name: "mem1", size: 1 << 28, kind: "ram"})
	system := containerRegion("system", 0, 0, aliasRegion("ram-below-4g", 0, 1<<30, ram, 0), dev)
	ix := indexRegions(memoryMap{groups: [][]addressSpace{{{"memory", system}}}})
	if len(ix.all) != 5 {
		t.Fatalf("indexed %d regions, want 5", len(ix.all))
	}
	if ix.parent[dev] != system || ix.parent[dev.kids[0]] != dev {
		t.Errorf("containers wrong: %v", ix.parent)
	}
	if _, ok := ix.parent[ram]; ok {
		t.Errorf("an alias target sits in no container")
	}
}
