package components

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// AfterPaint runs fn on go-app's UI goroutine once the browser has drawn its
// next frame (a task queued from that frame's requestAnimationFrame). Work
// that can wait (the page's render after a command whose effect on the grid
// is already in the page) then does not hold back the frame that shows that
// effect: go-app's frame is a timer, and Chromium runs ready tasks before
// rendering, sometimes for a long while. Outside a browser fn is
// dispatched at once.
func AfterPaint(ctx app.Context, fn func(app.Context)) {
	if !app.Window().Get("requestAnimationFrame").Truthy() {
		ctx.Dispatch(fn)
		return
	}
	var frame, after app.Func
	after = app.FuncOf(func(app.Value, []app.Value) any {
		after.Release()
		ctx.Dispatch(fn)
		return nil
	})
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		frame.Release()
		app.Window().Call("setTimeout", after, 0)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
}
