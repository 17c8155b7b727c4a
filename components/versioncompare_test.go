package components

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/versiondiff"
)

func TestVersionCompareMarksEachReleasesLines(t *testing.T) {
	r := versiondiff.Compare(release.V7_2, release.V10_0, "", []string{"-machine", "help"},
		[]session.Input{{Kind: "hmp", Text: "info status"}})
	h := app.HTMLString(&VersionCompare{Report: r})
	if !strings.Contains(h, "QEMU 7.2 and 10.0 on this session") {
		t.Error("no title")
	}
	old, new := strings.Count(h, `class="cl old"`), strings.Count(h, `class="cl new"`)
	var wantOld, wantNew int
	for _, b := range r.Blocks {
		for _, l := range b.Lines {
			switch l.In {
			case "7.2":
				wantOld++
			case "10.0":
				wantNew++
			}
		}
	}
	if wantOld == 0 || wantNew == 0 || old != wantOld || new != wantNew {
		t.Errorf("%d/%d old lines, %d/%d new lines", old, wantOld, new, wantNew)
	}
	if !strings.Contains(h, "qemu-system-x86_64 -machine help") {
		t.Error("the start-up input is not shown")
	}
	filtered := app.HTMLString(&VersionCompare{Report: r, OnlyDiffering: true})
	if n := strings.Count(filtered, `class="compare-block differs"`) + strings.Count(filtered, `class="compare-block"`); n != r.Differing() {
		t.Errorf("filter shows %d blocks, %d differ", n, r.Differing())
	}
}

// TestVersionCompareFoldsLongCommonRuns: a long run of lines both releases
// print folds into a <details> (every line is still there), short runs and
// the lines one release prints never fold.
func TestVersionCompareFoldsLongCommonRuns(t *testing.T) {
	r := versiondiff.Compare(release.V7_2, release.V10_0, "", []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"},
		[]session.Input{{Kind: "hmp", Text: "info hotpluggable-cpus"}, {Kind: "hmp", Text: "info cpus"}})
	h := app.HTMLString(&VersionCompare{Report: r})
	total := 0
	for _, b := range r.Blocks {
		total += len(b.Lines)
	}
	hot := len(r.Blocks[1].Lines) // info hotpluggable-cpus: the same on both, 8 slots
	if !r.Blocks[1].Same || hot < foldAt {
		t.Fatalf("info hotpluggable-cpus: same %v, %d lines", r.Blocks[1].Same, hot)
	}
	folded := hot - 2*foldKeep
	if got := strings.Count(h, `<div class="cl `); got != total-folded {
		t.Errorf("%d lines rendered, the report has %d of which %d folded", got, total, folded)
	}
	if !strings.Contains(h, strconv.Itoa(folded)+" more lines both print") {
		t.Errorf("the %d-line listing is not folded", hot)
	}
	if n := strings.Count(h, `class="cl-fold"`); n != 1 {
		t.Errorf("%d folds, want 1 (info cpus is short, the start-up differs)", n)
	}
	// Unfolded, every line is there.
	vc := &VersionCompare{Report: r, unfolded: map[foldKey]bool{{1, foldKeep}: true}}
	if got := strings.Count(app.HTMLString(vc), `<div class="cl `); got != total {
		t.Errorf("unfolded: %d lines rendered, the report has %d", got, total)
	}
	if !regexp.MustCompile(`<span class="tag new">10.0</span>\s*<code>qemu-system-x86_64: warning: This family of AMD CPU doesn&#39;t support hyperthreading\(2\). Please`).MatchString(h) {
		t.Error("10.0's one-line start-up warning is not marked as 10.0's")
	}
}

// TestMachineBarCompareButton (go-app writes a true attribute bare): the button is offered only when there is
// more than one release, says whether the panel is open, and waits for a
// start.
func TestMachineBarCompareButton(t *testing.T) {
	for _, c := range []struct {
		versions           []string
		started, comparing bool
		want               []string
		not                []string
	}{
		{[]string{"10.0", "7.2"}, true, false, []string{`id="compare"`, `aria-expanded="false"`, `title="run this session on QEMU 7.2 and 10.0 and show`}, []string{"disabled "}},
		{[]string{"10.0", "7.2"}, true, true, []string{`id="compare"`, "aria-expanded"}, []string{`aria-expanded="false"`}},
		{[]string{"10.0", "7.2"}, false, false, []string{`id="compare"`, "disabled "}, nil},
		{[]string{"7.2"}, true, false, nil, []string{`id="compare"`}},
		{nil, true, false, nil, []string{`id="compare"`}},
	} {
		h := htmlOf(t, &MachineBar{Line: "-M pc", QEMU: "7.2", Versions: c.versions, Started: c.started, Running: c.started, Comparing: c.comparing})
		i := strings.Index(h, `id="compare"`)
		button := h
		if i >= 0 {
			button = h[strings.LastIndex(h[:i], "<button"):]
			// a space after the last attribute: go-app orders them as it likes
			button = button[:strings.Index(button, ">")] + " "
		}
		for _, w := range c.want {
			if !strings.Contains(button, w) {
				t.Errorf("%+v: no %s in %s", c, w, button)
			}
		}
		for _, w := range c.not {
			if i >= 0 && strings.Contains(button, w) || i < 0 && w == `id="compare"` && strings.Contains(h, w) {
				t.Errorf("%+v: %s in %s", c, w, button)
			}
		}
	}
}

// TestVersionCompareBoundsABlock: a block renders pageLines lines, then a
// button for more; asking for more renders more; a new report (Key)
// starts bounded again.
func TestVersionCompareBoundsABlock(t *testing.T) {
	var ls []versiondiff.Line
	for i := 0; i < 1000; i++ {
		in := "7.2"
		if i%2 == 1 {
			in = "10.0"
		}
		ls = append(ls, versiondiff.Line{Text: strconv.Itoa(i), In: in})
	}
	r := versiondiff.Report{Old: release.V7_2, New: release.V10_0, Blocks: []versiondiff.Block{{Input: session.Input{Kind: "hmp", Text: "x"}, Lines: ls}}}
	vc := &VersionCompare{Report: r, Key: "a"}
	h := app.HTMLString(vc)
	if got := strings.Count(h, `<div class="cl `); got != pageLines {
		t.Errorf("%d lines rendered, want %d", got, pageLines)
	}
	if !strings.Contains(h, "Show 400 more of the 600 lines left") {
		t.Error("no button for the rest")
	}
	// (A fresh component each time: a rendered one keeps its tree.)
	vc = &VersionCompare{Report: r, Key: "a", seenKey: "a", more: map[int]int{0: 2 * pageLines}}
	h = app.HTMLString(vc)
	if got := strings.Count(h, `<div class="cl `); got != 1000 || strings.Contains(h, "lines left") {
		t.Errorf("after asking for more: %d lines rendered, button %v", got, strings.Contains(h, "lines left"))
	}
	vc = &VersionCompare{Report: r, Key: "b", seenKey: "a", more: map[int]int{0: 2 * pageLines}}
	if got := strings.Count(app.HTMLString(vc), `<div class="cl `); got != pageLines {
		t.Errorf("a new report renders %d lines, want %d", got, pageLines)
	}
}
