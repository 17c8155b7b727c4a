package main

import (
	"fmt"
	"os"

	"hotpluglab/engine/replay"
)

func replayMain(args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: hotpluglab replay CASES.jsonl")
		return 2
	}
	f, err := os.Open(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab:", err)
		return 1
	}
	defer f.Close()
	if _, err := replay.RunAll(f, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab:", err)
		return 1
	}
	return 0
}
