// Command hello is the go-app v9 hello world the benchmark compares
// Hotplug Lab against: one component, client-only wasm (server code behind a
// build tag), built and measured the same way.
package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().ID("hello").Text("Hello, World!") }

func main() {
	app.Route("/", &hello{})
	app.RunWhenOnBrowser()
	serverMain()
}
