// Command wasm is Hotplug Lab's browser entry, built as web/app.wasm. It must
// not link net/http: the server lives in the root package.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	hotplug "hotpluglab/app"
)

func main() {
	hotplug.Register()
	app.RunWhenOnBrowser()
}
