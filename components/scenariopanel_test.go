package components

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Record shows a line run elsewhere exactly as Submit shows a typed one,
// and survives a restart the console has not been re-rendered for yet.
func TestConsoleRecordAsTyped(t *testing.T) {
	c, sh, _ := newConsole(t)
	c.Fill("info cpus")
	c.Submit()
	typed := append([]Entry(nil), c.Entries()...)
	c2, _, _ := newConsole(t)
	c2.Record(Shown{Epoch: 1, Mode: HMP, Line: "info cpus", Output: sh.Run(HMP, "info cpus")})
	if got := c2.Entries(); len(got) != len(typed) || got[1] != typed[1] || got[2] != typed[2] {
		t.Fatalf("recorded %+v, typed %+v", got, typed)
	}
	c2.Record(Shown{Epoch: 2, Mode: QMP, Line: `{"execute": "x"}`, Output: `{"return": {}}`})
	if c2.mode != QMP || len(c2.Entries()) != 2 || c2.Entries()[1].Text != `{"return": {}}` {
		t.Errorf("a QMP line on a new machine: mode %s, entries %+v", c2.mode, c2.Entries())
	}
	c2.Epoch = 2 // the parent re-renders with the new epoch: nothing is wiped
	if len(c2.Entries()) != 2 {
		t.Errorf("entries wiped by the late epoch: %+v", c2.Entries())
	}
}

func TestScenarioPanelMarks(t *testing.T) {
	p := &ScenarioPanel{Choices: []ScenarioChoice{{ID: "a", Title: "A"}}, View: ScenarioView{
		ID: "a", Title: "A",
		Steps: []ScenarioStep{
			{Index: 0, Number: 1, Title: "One", Prose: []string{"Use `info cpus` here."}, Done: true,
				Actions: []ScenarioAction{{Kind: "run", Text: "info cpus"}},
				Checks:  []ScenarioCheck{{Src: "started", State: CheckPass}}},
			{Index: 1, Number: 2, Title: "Two", Current: true, Tried: true,
				Actions: []ScenarioAction{{Kind: "copy", Text: "device_del cpu1"}},
				Checks:  []ScenarioCheck{{Src: "id cpu1 is absent", State: CheckFail}, {Src: "not started", State: CheckPending}}},
			{Index: 2, Number: 3, Title: "Three", Machine: "-M pc",
				Checks: []ScenarioCheck{{Src: "started", State: CheckFail}}},
		},
	}}
	d := app.NewClientTester(p)
	defer d.Close()
	html := app.HTMLString(p)
	for _, want := range []string{"1 of 3 steps done", `data-step="1"`, `data-action="0"`, "<code>info cpus</code>",
		`class="check pass"`, `class="check fail"`, `class="check pending"`, `class="step done"`, `class="step current"`,
		"Start this step (restarts QEMU)", "Go to this step"} {
		if !strings.Contains(html, want) {
			t.Errorf("panel lacks %s", want)
		}
	}
	// A failing check in a step the reader has not acted in is only "not yet".
	if n := strings.Count(html, `class="check fail"`); n != 1 {
		t.Errorf("%d failing marks, want 1 (step 3 was never tried)", n)
	}
	if strings.Count(html, "Go to this step") != 1 || strings.Count(html, "Start this step") != 1 {
		t.Error("every step but the current one needs a visible button to go to it")
	}
}

// TestGuestPaneReadOnly: a read-only embed shows the guest but offers no
// boot button, clock, auto-online switch or shell.
func TestGuestPaneReadOnly(t *testing.T) {
	for _, ro := range []bool{false, true} {
		h := htmlOf(t, &GuestPane{State: "running", Running: true, ReadOnly: ro, Log: []string{"guest# nproc", "1"}})
		for _, id := range []string{`id="guest-boot"`, `id="guest-auto"`, `id="` + GuestShellID + `"`} {
			if strings.Contains(h, id) == ro {
				t.Errorf("ReadOnly=%v: %s present=%v", ro, id, !ro)
			}
		}
		if !strings.Contains(h, "guest# nproc") {
			t.Errorf("ReadOnly=%v: the guest's log is hidden", ro)
		}
	}
}
