// Package app is Hotplug Lab's page: routes, the session behind the
// components, and the URL/embed plumbing. It links into the wasm, so it must
// never import net/http (the server side is in the root package).
package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
)

// Register declares the routes; the wasm entry and the server both call it
// (the server to pre-render the page).
func Register() {
	if !app.IsServer {
		holdGC()
	}
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

// Presets are the machine bar's examples: the guide's machines.
var Presets = []components.Preset{
	{Name: "x86 topology", Line: DefaultLine},
	{Name: "x86 cold-plug", Line: DefaultLine + " -device qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=1,thread-id=0"},
	{Name: "sPAPR cores", Line: "-M pseries -smp 2,maxcpus=4"},
}

// Query parameters the page reads (never "wasm": go-app's loader owns it).
// They follow the embed contract of docs/authoring.md.
const (
	ParamCmdline = "cmdline" // the QEMU command line to start
	ParamMachine = "machine" // with ParamSMP, when cmdline is absent
	ParamSMP     = "smp"
	ParamTheme   = "theme" // light, dark or auto
	ParamUI      = "ui"    // the parts shown: see partsFromQuery
	ParamMode    = "mode"  // "qmp": open the console in QMP mode
	ParamQEMU    = "qemu"  // the QEMU release: 7.2, 10.0
)

// parts are the page's parts a URL asks for (ui=): an embed shows what it
// is asked for and offers only what it shows.
type parts struct {
	topology, console, guest, events bool
	bar                              bool // the machine bar: command line, version, pickers, Start
	share                            bool // Copy link / Copy embed code
	scenarios                        bool // the scenario chooser and loader
	timeline                         bool // the timeline pane (timeline= can override)
}

// partsFromQuery reads ui=: a comma-separated list of topology, console,
// guest, events, bar, share, scenarios, timeline; "both" is topology,console,guest
// and "full" everything. The full page shows everything by default, an
// embed the compact "both".
func partsFromQuery(ui string, embed bool) parts {
	all := parts{true, true, true, true, true, true, true, true}
	compact := parts{topology: true, console: true, guest: true}
	var p parts
	for _, w := range strings.FieldsFunc(strings.ToLower(ui), func(r rune) bool { return r == ',' || r == ' ' || r == '+' }) {
		switch w { // an unknown word adds nothing
		case "full":
			p = all
		case "both":
			p.topology, p.console, p.guest = true, true, true
		case "topology":
			p.topology = true
		case "console":
			p.console = true
		case "guest":
			p.guest = true
		case "events":
			p.events = true
		case "bar":
			p.bar = true
		case "share":
			p.share = true
		case "scenarios":
			p.scenarios = true
		case "timeline":
			p.timeline = true
		}
	}
	switch {
	case p != (parts{}):
		if !embed {
			// The full page keeps its machine bar and sharing: ui= only
			// narrows what the lab shows.
			p.bar, p.share, p.scenarios = true, true, true
		}
		return p
	case embed:
		return compact
	}
	return all
}
