package app

import (
	"runtime"
	"testing"
)

// Right after a collection none is due; holding on to memory makes one due
// once the heap is within a quarter of its goal, not before.
func TestGCDueNearTheGoal(t *testing.T) {
	runtime.GC()
	if gcDue() {
		t.Fatalf("a collection is due right after one")
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	goal, chunk := m.NextGC, m.NextGC/64
	var keep [][]byte
	for !gcDue() {
		keep = append(keep, make([]byte, chunk))
		if len(keep) > 128 {
			t.Fatalf("never due: goal %d, held %d chunks of %d", goal, len(keep), chunk)
		}
	}
	runtime.ReadMemStats(&m)
	if m.NextGC != goal || m.HeapAlloc <= goal/4*3 || m.HeapAlloc > goal/4*3+2*chunk {
		t.Errorf("due at %d bytes of a %d goal (then %d), want just past three quarters", m.HeapAlloc, goal, m.NextGC)
	}
	runtime.KeepAlive(keep)
}
