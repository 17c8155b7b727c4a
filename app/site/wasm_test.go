package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"

	"hotpluglab/app/site/wasmfile"
)

// readBudget reads the size budget: the file's one line that is not a comment.
func readBudget(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("wasm-budget.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			n, err := strconv.Atoi(line)
			if err != nil {
				t.Fatalf("wasm-budget.txt: %v", err)
			}
			return n
		}
	}
	t.Fatal("wasm-budget.txt holds no budget")
	return 0
}

// TestWasmSizeBudget: app.wasm as `make wasm` builds it, brotli -q 11, is
// within the budget (a deterministic figure: the same sources give the same
// bytes), and went through the data segment merge.
func TestWasmSizeBudget(t *testing.T) {
	t.Parallel() // a minute of brotli: overlap it with the browser tests
	budget := readBudget(t)
	raw, err := os.ReadFile(filepath.Join(testWeb(t), "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	segs, err := wasmfile.Segments(raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(segs) > 1000 {
		t.Errorf("app.wasm has %d data segments: the build did not merge them", len(segs))
	}
	var br bytes.Buffer
	w := brotli.NewWriterLevel(&br, brotli.BestCompression)
	w.Write(raw)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("app.wasm: %d bytes raw, %d brotli (budget %d, %.1f%% used)", len(raw), br.Len(), budget, 100*float64(br.Len())/float64(budget))
	if br.Len() > budget {
		t.Errorf("app.wasm is %d bytes brotli -q 11, over the budget of %d in app/site/wasm-budget.txt by %d", br.Len(), budget, br.Len()-budget)
	}
}

// TestWasmBuildFlagsMatchMakefile: the browser tests and bench-app (which
// builds the hello world with these flags too, "built the same way") build
// app.wasm as `make wasm` does.
func TestWasmBuildFlagsMatchMakefile(t *testing.T) {
	b, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "WASM_FLAGS = "); ok {
			// The Makefile quotes -ldflags for the shell; Go gets it unquoted.
			got := strings.Fields(strings.ReplaceAll(v, "'-s -w'", "'-s_-w'"))
			for i := range got {
				got[i] = strings.ReplaceAll(strings.ReplaceAll(got[i], "'-s_-w'", "-s -w"), "'", "")
			}
			if strings.Join(got, "|") != strings.Join(wasmBuildFlags, "|") {
				t.Errorf("Makefile's WASM_FLAGS are %q, wasmBuildFlags %q", got, wasmBuildFlags)
			}
			return
		}
	}
	t.Fatal("the Makefile has no WASM_FLAGS line")
}
