//go:build !js

package release

import (
	"io/fs"
	"sort"
	"strings"
	"testing"
)

// TestEveryReleaseHasEveryRecording: a release is complete when it holds
// every kind of recording any release holds (a file one release lacks would
// make that release answer with nothing).
func TestEveryReleaseHasEveryRecording(t *testing.T) {
	for n := range pendingRecordings {
		if rel, file, _ := strings.Cut(n, "/"); lookupHas(rel, file) {
			t.Errorf("%s is recorded now: take it off pendingRecordings", n)
		}
	}
	names := map[string]bool{}
	for _, r := range All() {
		entries, err := fs.ReadDir(recorded, r.dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			names[e.Name()] = true
		}
	}
	var missing []string
	for _, r := range All() {
		for n := range names {
			if pendingRecordings[r.Name+"/"+n] {
				continue
			}
			if !r.Has(n) || r.Text(n) == "" {
				missing = append(missing, r.Name+"/"+n)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("recordings missing: %s", strings.Join(missing, ", "))
	}
}

// pendingRecordings are recordings a release does not hold yet (none now;
// an entry says what the engine does meanwhile).
var pendingRecordings = map[string]bool{}

func lookupHas(name, file string) bool {
	r, err := Lookup(name)
	return err == nil && r.Has(file) && r.Text(file) != ""
}

func TestLookup(t *testing.T) {
	for _, r := range All() {
		got, err := Lookup(r.Name)
		if err != nil || got != r {
			t.Errorf("Lookup(%q) = %v, %v", r.Name, got, err)
		}
	}
	if _, err := Lookup("9.9"); err == nil || err.Error() != "unknown QEMU version '9.9' (this simulator models 7.2, 10.0)" {
		t.Errorf("Lookup(9.9): %v", err)
	}
	if V7_2.FullVersion() != "7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)" || V10_0.Version() != "10.0.13" {
		t.Errorf("versions: %s, %s", V7_2.FullVersion(), V10_0.Version())
	}
	if !strings.HasPrefix(V10_0.Text("x86_64-machine-help.txt"), "Supported machines are:\n") {
		t.Error("10.0 machine help not read")
	}
}

// TestX86MachineQOMRemovals: X86MachineQOM removes only what it inserted
// before (pc_system_flash_cleanup_unused runs after pc_machine_initfn), and
// inserts each property once.
func TestX86MachineQOMRemovals(t *testing.T) {
	for _, rel := range All() {
		seen := map[string]bool{}
		for _, entry := range rel.X86MachineQOM {
			if name, remove := strings.CutPrefix(entry, "-"); remove {
				if !seen[name] {
					t.Errorf("%s: %s removed before it is inserted", rel.Name, name)
				}
				continue
			}
			if seen[entry] {
				t.Errorf("%s: %s inserted twice", rel.Name, entry)
			}
			seen[entry] = true
		}
	}
}
