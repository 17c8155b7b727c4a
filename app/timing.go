package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// engineMeasure names the time the engine takes to run one input in the
// browser's performance timeline (User Timing): DevTools shows it, and
// bench-app reads it to tell the engine's time from the page's.
const engineMeasure = "hotpluglab: engine"

// perfNow is the browser's performance.now() (0 outside a browser).
func perfNow() float64 { return app.Window().Get("performance").Call("now").Float() }

// measureEngine records the engine's time for one input, from start.
func measureEngine(start float64) {
	if perf := app.Window().Get("performance"); perf.Truthy() {
		perf.Call("measure", engineMeasure, map[string]any{"start": start, "end": perfNow()})
	}
}
