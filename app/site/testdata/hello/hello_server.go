//go:build !wasm

package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// serverMain writes the static site into os.Args[1].
func serverMain() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: hello OUTDIR")
		os.Exit(2)
	}
	if err := app.GenerateStaticWebsite(os.Args[1], &app.Handler{
		Name:    "Hello",
		Version: "bench",
		// Local icons, as Hotplug Lab has: no request leaves the machine.
		Icon: app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg"},
	}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
