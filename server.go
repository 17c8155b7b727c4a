// Command hotpluglab is the simulator's command-line entry: it replays
// oracle cases, runs a terminal monitor, and serves and builds the site.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"hotpluglab/app/site"
	"hotpluglab/engine/release"
	"hotpluglab/engine/replay"
	"hotpluglab/engine/stdio"
)

// commands maps a subcommand to its entry.
var commands = map[string]func(args []string) int{
	"replay":     replayMain,
	"monitor":    func(args []string) int { return stdio.Run(args, os.Stdin, os.Stdout, os.Stderr) },
	"serve":      site.ServeMain,
	"build":      site.BuildMain,
	"bench-app":  site.BenchAppMain,
	"merge-data": site.MergeDataMain,
}

const usage = `usage: hotpluglab COMMAND [ARGS]

commands:
  replay [-qemu V] CASES.jsonl          replay oracle cases on the engine, results on stdout
  monitor [-qemu V] [-qmp] [QEMU ARGS]  a terminal monitor on a simulated QEMU (default machine:
                               -M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2)
  (-qemu picks the QEMU release: 7.2, the default, or 10.0)
  serve [-addr 127.0.0.1:8080] [-web DIR]   serve the browser app (needs web/app.wasm: make wasm)
  build -out DIR [-base /sub/path/] [-web DIR]  write the app as a static site
  bench-app [-runs 5] [-web DIR]         app.wasm sizes and browser timings vs a go-app hello world
  merge-data FILE.wasm                   merge a linked wasm's data segments (the wasm build's last step)`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	f, ok := commands[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "hotpluglab: unknown command %q\n%s\n", os.Args[1], usage)
		os.Exit(2)
	}
	os.Exit(f(os.Args[2:]))
}

func replayMain(args []string) int {
	fs := flag.NewFlagSet("replay", flag.ContinueOnError)
	qemu := fs.String("qemu", release.Default.Name, "QEMU release to simulate: "+strings.Join(release.Names(), ", "))
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: hotpluglab replay [-qemu VERSION] CASES.jsonl")
		return 2
	}
	rel, err := release.Lookup(*qemu)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab:", err)
		return 2
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab:", err)
		return 1
	}
	defer f.Close()
	if _, err := replay.RunAll(rel, f, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab:", err)
		return 1
	}
	return 0
}
