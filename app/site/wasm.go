package site

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"hotpluglab/app/site/wasmfile"
)

// The wasm build: go build, then the post-link merge of data segments
// (wasmfile). `make wasm` and the browser tests both build this way.

// wasmBuildFlags are the Makefile's WASM_FLAGS.
var wasmBuildFlags = []string{"-trimpath", "-gcflags=all=-l", "-ldflags=-s -w"}

// goBuildWasm runs `go build` for js/wasm in dir (a module) on pkg.
func goBuildWasm(dir, pkg, out string) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	cmd := exec.Command("go", append(append([]string{"build"}, wasmBuildFlags...), "-o", out, pkg)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building %s: %v\n%s", pkg, err, b)
	}
	return nil
}

// buildAppWasm builds Hotplug Lab's app.wasm as `make wasm` does.
func buildAppWasm(out string) error {
	if err := goBuildWasm("", "hotpluglab/wasm", out); err != nil {
		return err
	}
	_, err := mergeDataFile(out)
	return err
}

// mergeDataFile merges the data segments of a linked wasm file in place.
func mergeDataFile(path string) (wasmfile.Stats, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return wasmfile.Stats{}, err
	}
	merged, st, err := wasmfile.Merge(b, wasmfile.MaxGap)
	if err != nil {
		return st, fmt.Errorf("%s: %w", path, err)
	}
	return st, os.WriteFile(path, merged, 0o644)
}

// MergeDataMain is `hotpluglab merge-data FILE.wasm`, the wasm build's
// post-link step.
func MergeDataMain(args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: hotpluglab merge-data FILE.wasm")
		return 2
	}
	st, err := mergeDataFile(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab merge-data:", err)
		return 1
	}
	fmt.Printf("%s: %d data segments merged into %d (%d zero bytes written out)\n", args[0], st.Before, st.After, st.ZerosAdded)
	return 0
}
