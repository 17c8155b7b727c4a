package versiondiff

import (
	"math/rand/v2"
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// rebuild takes the lines one release prints back out of a merged block.
func rebuild(b Block, rel string) string {
	var out []string
	for _, l := range b.Lines {
		if l.In == "" || l.In == rel {
			out = append(out, l.Text)
		}
	}
	return strings.Join(out, "\n")
}

// TestDiffKeepsBothSides: for random line lists, the merged lines give back
// each side exactly, and common lines are shared as much as the LCS allows.
func TestDiffKeepsBothSides(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "b", "c", "d", "e"}
	for n := 0; n < 2000; n++ {
		var a, b []string
		for i := r.IntN(12); i > 0; i-- {
			a = append(a, words[r.IntN(len(words))])
		}
		for i := r.IntN(12); i > 0; i-- {
			b = append(b, words[r.IntN(len(words))])
		}
		blk := merge(session.Input{}, strings.Join(a, "\n"), strings.Join(b, "\n"), release.V7_2, release.V10_0)
		if got := rebuild(blk, "7.2"); got != strings.Join(a, "\n") {
			t.Fatalf("%q / %q: old side %q", a, b, got)
		}
		if got := rebuild(blk, "10.0"); got != strings.Join(b, "\n") {
			t.Fatalf("%q / %q: new side %q", a, b, got)
		}
		common := 0
		for _, l := range blk.Lines {
			if l.In == "" {
				common++
			}
		}
		if want := lcsLen(a, b); common != want {
			t.Fatalf("%q / %q: %d common lines, LCS is %d", a, b, common, want)
		}
	}
}

func lcsLen(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if a[0] == b[0] {
		return 1 + lcsLen(a[1:], b[1:])
	}
	return max(lcsLen(a[1:], b), lcsLen(a, b[1:]))
}

// TestSameRelease: a session compared with itself differs nowhere.
func TestSameRelease(t *testing.T) {
	log := []session.Input{{Kind: "hmp", Text: "info hotpluggable-cpus"}, {Kind: "hmp", Text: "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"},
		{Kind: "qmp", Text: `{"execute": "query-cpus-fast"}`}}
	r := Compare(release.V7_2, release.V7_2, "", []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"}, log)
	if len(r.Blocks) != len(log)+1 || r.Differing() != 0 {
		t.Fatalf("%d blocks, %d differ", len(r.Blocks), r.Differing())
	}
	if !strings.Contains(r.Text(), "(qemu) device_add qemu64-x86_64-cpu,id=cpu1") || !strings.Contains(r.Text(), `"cpu-index": 4`) {
		t.Errorf("text:\n%s", r.Text())
	}
}

// TestReleasesDiffer: `-machine help` is recorded from each release's binary;
// the comparison shows each release's own lines and tags them.
func TestReleasesDiffer(t *testing.T) {
	r := Compare(release.V7_2, release.V10_0, "", []string{"-machine", "help"}, nil)
	b := r.Blocks[0]
	if b.Same || b.Input.Text != "qemu-system-x86_64 -machine help" {
		t.Fatalf("start-up block: %+v", b.Input)
	}
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		if got, want := rebuild(b, rel.Name), strings.TrimSuffix(rel.Text("x86_64-machine-help.txt"), "\n"); got != want {
			t.Errorf("%s side differs from its recording", rel.Name)
		}
	}
	if !strings.Contains(r.Text(), "10.0 | pc-i440fx-10.0 ") || !strings.Contains(r.Text(), "7.2  | pc-i440fx-7.2 ") {
		t.Errorf("tags missing:\n%s", r.Text())
	}
}

func TestPrompt(t *testing.T) {
	for _, c := range []struct {
		in   session.Input
		want string
	}{
		{session.Input{Kind: "hmp", Text: "info cpus"}, "(qemu) info cpus"},
		{session.Input{Kind: "qmp", Text: `{"execute": "qmp_capabilities"}`}, `qmp> {"execute": "qmp_capabilities"}`},
		{session.Input{Kind: "guest", Text: "ls"}, "guest# ls"},
		{session.Input{Kind: "boot", Text: "wait"}, "[boot Linux and wait for its prompt]"},
		{session.Input{Kind: "boot"}, "[boot Linux]"},
		{session.Input{Kind: "autoonline", Text: "false"}, "[guest onlines added CPUs: off]"},
		{session.Input{Kind: "settle"}, "[let time pass until nothing is due]"},
		{session.Input{Kind: "advance", Text: "1500000"}, "[time passes: 1.5 s]"},
		{session.Input{Kind: "advance", Text: "x"}, "[advance x]"},
	} {
		if got := Prompt(c.in); got != c.want {
			t.Errorf("Prompt(%+v) = %q, want %q", c.in, got, c.want)
		}
	}
}
