package ghash

import (
	"fmt"
	"slices"
	"testing"
)

// The order QEMU 7.2 and 10.0 printed spapr_drc_reset lines in at the first
// reset of -M pseries -smp 1,maxcpus=2 (289 connectors, recorded): its
// first and last keys. The keys are the DRC indexes in hex, inserted in
// realize order: 2 CPU, 31 PHB, 256 PCI connectors.
func TestDRCContainerOrder(t *testing.T) {
	tb := New()
	for _, base := range []struct{ first, n int }{{0x10000000, 2}, {0x20000000, 31}, {0x40000000, 256}} {
		for i := 0; i < base.n; i++ {
			tb.Insert(fmt.Sprintf("%x", base.first+i))
		}
	}
	keys := tb.Keys()
	if len(keys) != 289 {
		t.Fatalf("%d keys", len(keys))
	}
	head := []string{"2000000f", "4000006d", "20000008", "40000066", "400000c2", "40000090", "4000006e", "40000020"}
	tail := []string{"10000001", "400000c0", "2000000e", "4000006c", "20000007", "40000065", "400000c1"}
	if !slices.Equal(keys[:len(head)], head) || !slices.Equal(keys[len(keys)-len(tail):], tail) {
		t.Errorf("order: %v ... %v", keys[:len(head)], keys[len(keys)-len(tail):])
	}
}

func TestInsertRemove(t *testing.T) {
	tb := New()
	for i := 0; i < 100; i++ {
		tb.Insert(fmt.Sprint(i))
	}
	tb.Insert("5") // present: no change
	for i := 0; i < 90; i++ {
		tb.Remove(fmt.Sprint(i))
	}
	// GLib shrinks on removal (to 32 buckets here) and rehashes in place.
	want := []string{"90", "93", "96", "99", "91", "94", "97", "92", "95", "98"}
	if got := tb.Keys(); !slices.Equal(got, want) {
		t.Errorf("keys after removals: %v, want %v", got, want)
	}
	if n := len(tb.hashes); n != 32 {
		t.Errorf("shrunk to %d buckets, want 32", n)
	}
}

func TestStrHash(t *testing.T) {
	for s, want := range map[string]uint32{"": 5381, "a": 5381*33 + 'a', "\xff": 5381*33 - 1} {
		if got := StrHash(s); got != want {
			t.Errorf("StrHash(%q) = %d, want %d", s, got, want)
		}
	}
}
