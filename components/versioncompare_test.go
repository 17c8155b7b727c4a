package components

import (
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
