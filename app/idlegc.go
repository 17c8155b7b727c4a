package app

import (
	"math"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Go collects garbage when the heap reaches its goal, inside whatever
// allocates then. On a large machine that was often a plug's own keydown
// handler (a 4096-slot view is 460 KB), and the frame that draws the new
// CPU waited for a whole collection (40-80 ms measured, the collector's
// code compiled on first use in the first ones). After an input, once the
// browser is idle, the page collects if the heap is within a quarter of its
// goal (a plug on the largest machine allocates about 1 MB, the goal is
// 8-20 MB there): the next inputs then start far from it, and collections
// happen between inputs instead of in them.

// idleGC is the page's pending idle collection, if any.
type idleGC struct{ pending bool }

// gcDue says whether the heap is within a quarter of its goal.
// (runtime.ReadMemStats, not runtime/metrics: that package's tables weigh
// 10 KB brotli in the wasm.)
func gcDue() bool {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NextGC > 0 && m.HeapAlloc > m.NextGC/4*3
}

// schedule asks the browser for an idle moment to collect in (once at a
// time; nothing where the browser has no requestIdleCallback).
func (g *idleGC) schedule() {
	if g.pending {
		return
	}
	g.pending = whenIdle(2000, func() {
		g.pending = false
		if gcDue() {
			runtime.GC()
		}
	})
}

// whenIdle runs fn once the browser is idle, or after timeout ms at the
// latest; false (and fn never runs) outside a browser or where it has no
// requestIdleCallback.
func whenIdle(timeout int, fn func()) bool {
	if app.IsServer {
		return false
	}
	win := app.Window()
	if !win.Get("requestIdleCallback").Truthy() {
		return false
	}
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		fn()
		return nil
	})
	win.Call("requestIdleCallback", f, map[string]any{"timeout": timeout})
	return true
}

// The page's start allocates about 8 MB (its first render included), and
// Go's first collections come at 4 and 8 MB: they ran in the middle of the
// start, with V8 compiling the collector's code there too. So the start
// runs with collection held off, and it resumes once the browser is idle
// after the page is mounted (or after two seconds). A memory limit still
// collects if a start ever allocates far more, or a host drives the page
// hard at once: at 64 MB an embedded instance given 1,000 commands right
// after its start grew its wasm memory to 71 MB (33 MB collecting as usual).
const startMemoryLimit = 24 << 20

// gcPercent is the collector's setting before the start held it off.
var gcPercent = 100

// holdGC holds collection off for the page's start, five seconds at most
// whatever happens to the page's idle callback (an embedded instance driven
// by its host measured 72 MB of wasm memory after 1,000 commands without
// this bound).
func holdGC() {
	gcPercent = debug.SetGCPercent(-1)
	debug.SetMemoryLimit(startMemoryLimit)
	time.AfterFunc(5*time.Second, releaseGC)
}

// releaseGC lets the collector run as it did before the start (again:
// harmless).
func releaseGC() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(math.MaxInt64)
}
