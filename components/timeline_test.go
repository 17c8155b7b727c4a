package components

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/timeline"
)

func tracedSession() *session.Session {
	s := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "2,maxcpus=3", "-trace", "spapr_drc_*"})
	s.HMP("device_add power9_v2.0-spapr-cpu-core,id=c2,core-id=2")
	s.HMP("device_del /machine/unattached/device[2]")
	s.HMP("system_reset")
	return s
}

func TestTimelineRendersTheEnginesRows(t *testing.T) {
	tl := tracedSession().Timeline()
	h := app.HTMLString(&Timeline{TL: tl, Focus: -1, Epoch: 1})
	rows := tl.Rows(nil, nil)
	if n := len(rowID.FindAllString(h, -1)); n != min(len(rows), TimelineRows) || len(rows) > TimelineRows {
		t.Errorf("%d rows drawn, the engine has %d", n, len(rows))
	}
	// The start-up realizes and the resets fold into runs.
	folded := 0
	for _, r := range rows {
		if r.Count > 1 {
			folded++
			if !strings.Contains(h, "lines: "+r.Step.Name+")") {
				t.Errorf("run of %s not shown folded", r.Step.Name)
			}
		}
	}
	if folded == 0 || len(rows) >= len(tl.Steps) {
		t.Errorf("%d folded rows for %d steps in %d rows", folded, len(tl.Steps), len(rows))
	}
	for _, g := range tl.Groups {
		if !strings.Contains(h, "tl-status-"+g.Status) {
			t.Errorf("sequence %s %s (%s) not listed", g.Kind, g.Device, g.Status)
		}
	}
	// Arrows say in words where they go, for screen readers.
	if !strings.Contains(h, "you to QEMU, command: ") || !strings.Contains(h, "within QEMU, trace: ") {
		t.Error("no spoken arrows")
	}
}

func TestTimelineFiltersAndExport(t *testing.T) {
	tl := tracedSession().Timeline()
	c := &Timeline{TL: tl, Focus: -1, Epoch: 1}
	c.reset()
	for _, s := range timeline.Sources() {
		c.hidden[s] = s != timeline.Stderr
	}
	c.export = true
	h := app.HTMLString(c)
	stderr := tl.Visible(timeline.Filter{timeline.Stderr: true})
	if n := len(rowID.FindAllString(h, -1)); n != len(stderr) || n == 0 {
		t.Errorf("%d rows with only stderr shown, %d stderr steps", n, len(stderr))
	}
	if !strings.Contains(h, `id="timeline-export"`) || !strings.Contains(h, "TCG doesn&#39;t support requested feature") {
		t.Error("the export box lacks the stderr lines")
	}
}

func TestTimelineFocusOpensTheStep(t *testing.T) {
	tl := tracedSession().Timeline()
	i := tl.Find("spapr_drc_awaiting_quiesce")
	if i < 0 {
		t.Fatal("no awaiting_quiesce step")
	}
	c := &Timeline{TL: tl, Focus: -1, Epoch: 1}
	c.reset()
	c.focused, c.open[i] = i, true
	h := app.HTMLString(c)
	if !strings.Contains(h, "tl-focus") || !strings.Contains(h, `id="tl-step-`+strconv.Itoa(i)+`-why"`) {
		t.Error("the focused step is not marked and open")
	}
	if !strings.Contains(h, "Help, not QEMU output") && !strings.Contains(h, `class="tl-explain help"`) {
		t.Error("the explanation is not set apart as help")
	}
}

var rowID = regexp.MustCompile(`id="tl-step-\d+"`)
