package app

import (
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
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

// While the start holds collection off, allocating well past the usual goal
// collects nothing; released, the collector is back to its former setting
// and collects again. The collector's settings and counts are the
// process's, and the heap other tests left decides the goal: the check
// runs in a fresh copy of the test binary.
func TestStartHoldsCollectionOff(t *testing.T) {
	if os.Getenv("HOTPLUGLAB_GC_CHILD") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestStartHoldsCollectionOff$", "-test.count=1")
		cmd.Env = append(os.Environ(), "HOTPLUGLAB_GC_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	runtime.GC()
	var before, held runtime.MemStats
	runtime.ReadMemStats(&before)
	chunk := max(before.NextGC/16, 64<<10)
	holdGC()
	var keep [][]byte
	for i := 0; i < 64; i++ { // 4 x the goal after a collection of a small heap, below the limit
		keep = append(keep, make([]byte, chunk))
	}
	runtime.ReadMemStats(&held)
	releaseGC()
	if held.NumGC != before.NumGC {
		t.Errorf("%d collections while held off (%d bytes held of a %d goal)", held.NumGC-before.NumGC, held.HeapAlloc, before.NextGC)
	}
	if p := debug.SetGCPercent(gcPercent); p != gcPercent || p < 0 {
		t.Errorf("released at GC percent %d, want the former %d", p, gcPercent)
	}
	keep = nil
	runtime.KeepAlive(keep)
	for i := 0; i < 256; i++ {
		keep = append(keep[:0], make([]byte, chunk))
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if after.NumGC == held.NumGC {
		t.Errorf("no collection once released")
	}
}
