package components

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// afterPaintWait is the longest AfterPaint waits for a frame: a page the
// browser does not draw (a hidden tab, an iframe scrolled out of view)
// gets no animation frames.
const afterPaintWait = 100 // ms

// AfterPaint runs fn on go-app's UI goroutine once the browser has drawn its
// next frame (a task queued from that frame's requestAnimationFrame), or
// after afterPaintWait without one. Work that can wait (the page's render
// after a command whose effect on the grid is already in the page) then
// does not hold back the frame that shows that effect: go-app's frame is a
// timer, and Chromium runs ready tasks before rendering, sometimes for a
// long while. Outside a browser fn is dispatched at once.
func AfterPaint(ctx app.Context, fn func(app.Context)) {
	win := app.Window()
	if !win.Get("requestAnimationFrame").Truthy() {
		ctx.Dispatch(fn)
		return
	}
	var frame, after, fallback app.Func
	var rafID, timerID app.Value
	finish := func() {
		frame.Release()
		after.Release()
		fallback.Release()
		ctx.Dispatch(fn)
	}
	after = app.FuncOf(func(app.Value, []app.Value) any { finish(); return nil })
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		win.Call("clearTimeout", timerID)
		win.Call("setTimeout", after, 0)
		return nil
	})
	fallback = app.FuncOf(func(app.Value, []app.Value) any {
		win.Call("cancelAnimationFrame", rafID)
		finish()
		return nil
	})
	rafID = win.Call("requestAnimationFrame", frame)
	timerID = win.Call("setTimeout", fallback, afterPaintWait)
}
