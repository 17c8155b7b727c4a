// Package app is Hotplug Lab's page: routes, the session behind the
// components, and the URL/embed plumbing. It links into the wasm, so it must
// never import net/http (the server side is in the root package).
package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
)

// Register declares the routes; the wasm entry and the server both call it
// (the server to pre-render the page).
func Register() {
	app.Route("/", &Page{})
	// Static hosts and the service worker may ask for index.html by name.
	app.Route("/index.html", &Page{})
	// The iframe page of docs/authoring.md: compact chrome.
	app.Route("/embed", &Page{})
	app.Route("/embed/", &Page{}) // static hosts redirect a directory to its slash
}

// DefaultLine is the machine the page opens on: the x86 topology example of
// QEMU's CPU hotplug documentation.
const DefaultLine = "-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2"

// Presets are the machine bar's examples.
var Presets = []components.Preset{
	{Name: "x86 topology", Line: DefaultLine},
	{Name: "x86 cold-plug", Line: "-M pc -smp 1,maxcpus=2 -device qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0"},
	{Name: "sPAPR cores", Line: "-M pseries -smp 1,maxcpus=4"},
}

// Query parameters the page reads (never "wasm": go-app's loader owns it).
// They follow the embed contract of docs/authoring.md.
const (
	ParamCmdline = "cmdline" // the QEMU command line to start
	ParamMachine = "machine" // with ParamSMP, when cmdline is absent
	ParamSMP     = "smp"
	ParamTheme   = "theme" // light, dark or auto
	ParamUI      = "ui"    // console, topology or both
	ParamMode    = "mode"  // "qmp": open the console in QMP mode
)
