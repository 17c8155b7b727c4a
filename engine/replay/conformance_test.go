package replay_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/replay"
)

// sharedDir is the team's shared folder, beside the repository (CI lays a
// copy there too).
func sharedDir(t *testing.T) string {
	d := os.Getenv("SHARED")
	if d == "" {
		d = filepath.Join("..", "..", "..", "shared")
	} else if !filepath.IsAbs(d) {
		d = filepath.Join("..", "..", d) // as the Makefile means it: from the repository's root
	}
	if _, err := os.Stat(filepath.Join(d, "oracle", "compare.py")); err != nil {
		t.Fatalf("the oracle is missing (%v): set SHARED to the shared folder", err)
	}
	return d
}

var conformanceLine = regexp.MustCompile(`(?m)^conformance: (\d+) passed, (\d+) failed$`)

// judge replays cases on the engine and runs the oracle's compare.py.
func judge(t *testing.T, rel *release.Release, golden, cases string, wantPassed int) {
	t.Helper()
	in, err := os.Open(cases)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	var out bytes.Buffer
	if _, err := replay.RunAll(rel, in, &out); err != nil {
		t.Fatal(err)
	}
	res := filepath.Join(t.TempDir(), "results.jsonl")
	if err := os.WriteFile(res, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	compare := filepath.Join(filepath.Dir(golden), "compare.py")
	if _, err := os.Stat(compare); err != nil {
		// the project's own corpus is judged by the shared oracle's compare.py
		compare = filepath.Join(sharedDir(t), "oracle", "compare.py")
	}
	cmd := exec.Command("python3", compare, golden, res, "--cases", cases)
	if strings.Contains(filepath.Base(golden), "guest") {
		// Guest sessions have their own judge (guest output, kernel lines, boot events).
		cmd = exec.Command("python3", filepath.Join(sharedDir(t), "oracle", "guest", "compare_guest.py"), golden, res, "--cases", cases, "--boot-kmsg")
	}
	report, _ := cmd.CombinedOutput()
	m := conformanceLine.FindSubmatch(report)
	if m == nil {
		t.Fatalf("compare.py printed no verdict:\n%s", report)
	}
	if string(m[2]) != "0" || (wantPassed > 0 && string(m[1]) != strconv.Itoa(wantPassed)) {
		t.Fatalf("%s\n(want %d passed, 0 failed)", report, wantPassed)
	}
	t.Logf("%s: %s", filepath.Base(golden), m[0])
}

// TestConformanceOwnGuest judges guest sessions this project recorded
// (testdata/oracle/own_guest*.jsonl: the shell's texts and listings, offline
// and online by hand, an offline pseries CPU unplugged, acpi=off, NUMA,
// /proc/cpuinfo, dies), with the
// shared recorder and guest:
// sh ../shared/oracle/guest/make_guest.sh DIR, then
// python3 ../shared/oracle/guest/guest_record.py testdata/oracle/own_guest_cases.jsonl -o testdata/oracle/own_guest.jsonl --guest-dir DIR
func TestConformanceOwnGuest(t *testing.T) {
	judge(t, release.V7_2, filepath.Join("..", "..", "testdata", "oracle", "own_guest.jsonl"), filepath.Join("..", "..", "testdata", "oracle", "own_guest_cases.jsonl"), 10)
}

func TestConformanceGuest(t *testing.T) {
	d := sharedDir(t)
	judge(t, release.V7_2, filepath.Join(d, "oracle", "guest", "guest.jsonl"), filepath.Join(d, "oracle", "guest", "guest_cases.jsonl"), 12)
}

func TestConformanceSMP(t *testing.T) {
	d := sharedDir(t)
	judge(t, release.V7_2, filepath.Join(d, "oracle", "smp.jsonl"), filepath.Join(d, "oracle", "smp_cases.jsonl"), 470)
}

// TestConformanceOwn judges the project's own start-up corpus
// (testdata/oracle, recorded with the real binaries).
func TestConformanceOwn(t *testing.T) {
	judge(t, release.V7_2, filepath.Join("..", "..", "testdata", "oracle", "own.jsonl"), filepath.Join("..", "..", "testdata", "oracle", "own_cases.jsonl"), 0)
}

// TestConformanceHotplug judges the hotplug corpus: 110 cases, of which
// compare.py skips the one QEMU itself makes random
// (x-pc-fake-guest-eject-readd), so 109 pass. Its -numa cases need
// engine/numa (branch found).
func TestConformanceHotplug(t *testing.T) {
	d := sharedDir(t)
	judge(t, release.V7_2, filepath.Join(d, "oracle", "hotplug.jsonl"), filepath.Join(d, "oracle", "hotplug_cases.jsonl"), 109)
}

// TestConformanceOwnHotplug judges the cases this project recorded with
// QEMU 7.2.22 where the shared corpus is silent (testdata/oracle).
func TestConformanceOwnHotplug(t *testing.T) {
	judge(t, release.V7_2, filepath.Join("..", "..", "testdata", "oracle", "own_hotplug.jsonl"), filepath.Join("..", "..", "testdata", "oracle", "own_hotplug_cases.jsonl"), 0)
}
