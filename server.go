// Command hotpluglab is the simulator's command-line entry: it replays
// oracle cases, runs a terminal monitor, and (with the browser app) serves
// and builds the site.
//
//	hotpluglab replay CASES.jsonl          results in the oracle's format, on stdout
//	hotpluglab monitor [-qmp] [QEMU ARGS]  an interactive monitor on the engine
package main

import (
	"fmt"
	"os"
)

// subcommands maps a subcommand to its entry; each lives in its own file.
var subcommands = map[string]func(args []string) int{
	"replay":    replayMain,
	"monitor":   monitorMain,
	"serve":     serveMain,
	"build":     buildMain,
	"bench-app": benchAppMain,
}

func usage() {
	fmt.Fprintln(os.Stderr, `usage: hotpluglab COMMAND [ARGS]

commands:
  replay CASES.jsonl           replay oracle cases on the engine, results on stdout
  monitor [-qmp] [QEMU ARGS]   a terminal monitor on a simulated QEMU (default machine:
                               -M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2)`)
	for _, n := range extraUsage {
		fmt.Fprintln(os.Stderr, n)
	}
}

// extraUsage lines come from subcommands defined in other files.
var extraUsage []string

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	f, ok := subcommands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "hotpluglab: unknown command %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	os.Exit(f(os.Args[2:]))
}
