package components

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// fakeShell records lines and answers like a monitor would (CRLF).
type fakeShell struct {
	ran   []string
	cands map[string][]string
}

func (f *fakeShell) Run(mode Mode, line string) string {
	f.ran = append(f.ran, string(mode)+":"+line)
	if mode == QMP {
		return `{"return": {}}`
	}
	return "out of " + line + "\r\nsecond line\r\n"
}

func (f *fakeShell) Complete(mode Mode, line string) []string { return f.cands[line] }

func newConsole(t *testing.T) (*Console, *fakeShell, app.ClientDispatcher) {
	t.Helper()
	sh := &fakeShell{cands: map[string][]string{
		"info hot": {"info hotpluggable-cpus"},
		"device_":  {"device_add", "device_del"},
	}}
	c := &Console{Shell: sh, Running: true, Epoch: 1, Greeting: map[Mode]string{HMP: "QEMU monitor greeting"}}
	d := app.NewClientTester(c)
	t.Cleanup(d.Close)
	return c, sh, d
}

func TestConsoleSubmitShowsPromptAndOutput(t *testing.T) {
	c, sh, d := newConsole(t)
	c.Fill("info cpus")
	if !c.Submit() {
		t.Fatal("Submit did not run")
	}
	d.Consume()
	want := []Entry{
		{Text: "QEMU monitor greeting"},
		{Input: true, Text: "(qemu) info cpus"},
		{Text: "out of info cpus\nsecond line"},
	}
	got := c.Entries()
	if len(got) != len(want) {
		t.Fatalf("entries %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if len(sh.ran) != 1 || sh.ran[0] != "hmp:info cpus" {
		t.Errorf("shell ran %v", sh.ran)
	}
	if c.Input() != "" {
		t.Errorf("input not cleared: %q", c.Input())
	}
	html := app.HTMLString(c)
	for _, s := range []string{`role="log"`, `aria-live="polite"`, `(qemu) info cpus`, `id="console-input"`} {
		if !strings.Contains(html, s) {
			t.Errorf("rendered console lacks %s", s)
		}
	}
}

func TestConsoleEmptyLineShowsPromptOnly(t *testing.T) {
	c, sh, _ := newConsole(t)
	c.Submit()
	if len(sh.ran) != 0 {
		t.Errorf("an empty line reached the shell: %v", sh.ran)
	}
	e := c.Entries()
	if e[len(e)-1] != (Entry{Input: true, Text: "(qemu) "}) {
		t.Errorf("last entry %+v, want a bare prompt", e[len(e)-1])
	}
}

func TestConsoleHistory(t *testing.T) {
	c, _, _ := newConsole(t)
	for _, l := range []string{"info cpus", "info cpus", "info hotpluggable-cpus"} {
		c.Fill(l)
		c.Submit()
	}
	c.Fill("draft")
	c.HistoryUp()
	if c.Input() != "info hotpluggable-cpus" {
		t.Fatalf("Up gave %q", c.Input())
	}
	c.HistoryUp()
	if c.Input() != "info cpus" {
		t.Fatalf("second Up gave %q (repeated lines are kept once)", c.Input())
	}
	c.HistoryUp() // at the oldest: stays
	if c.Input() != "info cpus" {
		t.Fatalf("Up past the oldest gave %q", c.Input())
	}
	c.HistoryDown()
	c.HistoryDown()
	if c.Input() != "draft" {
		t.Fatalf("Down back to the end gave %q, want the draft", c.Input())
	}
}

func TestConsoleCompletion(t *testing.T) {
	c, _, d := newConsole(t)
	c.Fill("info hot")
	c.Complete()
	if c.Input() != "info hotpluggable-cpus" {
		t.Errorf("single candidate: input %q", c.Input())
	}
	c.Fill("device_")
	c.Complete()
	c.Update()
	d.Consume()
	if c.Input() != "device_" {
		t.Errorf("two candidates: input %q, want their common prefix", c.Input())
	}
	html := app.HTMLString(c)
	if !strings.Contains(html, ">device_add<") || !strings.Contains(html, ">device_del<") {
		t.Errorf("candidates not listed:\n%s", html)
	}
	c.Escape()
	if c.Input() != "device_" || len(c.cands) != 0 {
		t.Errorf("first Esc should only hide the list: input %q cands %v", c.Input(), c.cands)
	}
	c.Escape()
	if c.Input() != "" {
		t.Errorf("second Esc should clear the input, got %q", c.Input())
	}
	c.Fill("zzz")
	c.Complete()
	if c.note != "no completion" {
		t.Errorf("no candidates: note %q", c.note)
	}
}

func TestConsoleClearAndModes(t *testing.T) {
	c, sh, _ := newConsole(t)
	c.Fill("info cpus")
	c.Submit()
	c.Clear()
	if len(c.Entries()) != 0 {
		t.Errorf("Ctrl+L left %d entries", len(c.Entries()))
	}
	c.SetMode(QMP)
	c.Fill(`{"execute": "qmp_capabilities"}`)
	c.Submit()
	e := c.Entries()
	if len(e) != 2 || e[0].Text != `{"execute": "qmp_capabilities"}` || e[1].Text != `{"return": {}}` {
		t.Errorf("QMP scrollback %+v: want the raw request and reply", e)
	}
	if sh.ran[len(sh.ran)-1] != `qmp:{"execute": "qmp_capabilities"}` {
		t.Errorf("shell ran %v", sh.ran)
	}
	c.SetMode(HMP)
	if len(c.Entries()) != 0 {
		t.Errorf("HMP scrollback mixed with QMP: %+v", c.Entries())
	}
}

func TestConsoleNotRunning(t *testing.T) {
	c, sh, _ := newConsole(t)
	c.Running = false
	c.Fill("info cpus")
	if c.Submit() {
		t.Error("Submit ran with QEMU not running")
	}
	if len(sh.ran) != 0 || !strings.Contains(c.note, "not running") {
		t.Errorf("ran %v, note %q", sh.ran, c.note)
	}
}

func TestConsoleNewEpochRestarts(t *testing.T) {
	c, _, _ := newConsole(t)
	c.Fill("info cpus")
	c.Submit()
	c.Epoch = 2
	c.Greeting = map[Mode]string{HMP: "new greeting"}
	e := c.Entries()
	if len(e) != 1 || e[0].Text != "new greeting" {
		t.Errorf("after a new start: %+v", e)
	}
}

func TestConsoleFillAction(t *testing.T) {
	c, sh, d := newConsole(t)
	d.Post(app.Action{Name: ActionFill, Value: "device_del cpu1"})
	d.Consume()
	if c.Input() != "device_del cpu1" {
		t.Errorf("input after %s: %q", ActionFill, c.Input())
	}
	if len(sh.ran) != 0 {
		t.Errorf("filling ran %v behind the user's back", sh.ran)
	}
}

func TestConsoleScrollbackBounded(t *testing.T) {
	c, _, _ := newConsole(t)
	for i := 0; i < MaxEntries; i++ {
		c.Fill("info cpus")
		c.Submit()
	}
	if n := len(c.Entries()); n != MaxEntries {
		t.Errorf("scrollback holds %d entries, want the last %d", n, MaxEntries)
	}
}

// notingShell has a note about each line it runs.
type notingShell struct{ fakeShell }

func (n *notingShell) TakeNotes() []string {
	if len(n.ran) == 0 {
		return nil
	}
	return []string{"about " + n.ran[len(n.ran)-1]}
}

// A shell's notes follow the output, as entries of their own: never part
// of the monitor's text.
func TestConsoleShowsNotesApart(t *testing.T) {
	sh := &notingShell{}
	c := &Console{Shell: sh, Running: true, Epoch: 1}
	d := app.NewClientTester(c)
	defer d.Close()
	c.Fill("savevm s1")
	c.Submit()
	d.Consume()
	got := c.Entries()
	if len(got) != 3 || got[1].Note || !got[2].Note || got[2].Text != "about hmp:savevm s1" || strings.Contains(got[1].Text, "about") {
		t.Fatalf("entries %+v", got)
	}
}
