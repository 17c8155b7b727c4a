// Command wasm is Hotplug Lab's browser entry, built as web/app.wasm. It must
// not link net/http: the server lives in the root package.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	hotplug "hotpluglab/app"
)

func main() {
	hotplug.Register()
	// go-app runs every handler and render on this goroutine, without a
	// recover: a panic that escapes the page's own guards ends up here. The
	// page saves its session and reloads; waiting keeps the callbacks the
	// reload still fires (pagehide) answerable.
	defer func() {
		if hotplug.Crashed(recover()) {
			select {}
		}
	}()
	app.RunWhenOnBrowser()
}
