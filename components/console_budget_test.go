package components

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// bigShell answers every line with n lines of text.
type bigShell struct{ lines int }

func (b bigShell) Run(mode Mode, line string) string {
	return strings.Repeat("CPU 0123456789 socket-id 1 core-id 2 thread-id 3\r\n", b.lines)
}

func (bigShell) Complete(Mode, string) []string { return nil }

// The scrollback is bounded in bytes as well as entries: 500 half-megabyte
// outputs (the audit's frozen tab; here 100 of them) keep at most
// MaxScrollbackBytes.
func TestScrollbackBoundedInBytes(t *testing.T) {
	c := &Console{Shell: bigShell{lines: 10000}, Running: true, Epoch: 1}
	d := app.NewClientTester(c)
	defer d.Close()
	for i := 0; i < 100; i++ {
		c.Fill("info hotpluggable-cpus")
		c.Submit()
	}
	total := 0
	for _, e := range c.Entries() {
		total += len(e.Text)
	}
	if total > MaxScrollbackBytes || len(c.Entries()) == 0 || c.back().bytes != total {
		t.Fatalf("scrollback holds %d bytes in %d entries (counted %d), cap %d", total, len(c.Entries()), c.back().bytes, MaxScrollbackBytes)
	}
	last := c.Entries()[len(c.Entries())-1]
	if last.Input || !strings.HasPrefix(last.Text, "CPU 0123") {
		t.Errorf("the newest output is not kept: %.40q", last.Text)
	}
	c.Clear()
	if c.back().bytes != 0 {
		t.Errorf("cleared scrollback counts %d bytes", c.back().bytes)
	}
}

// One output past MaxEntryBytes keeps its head (whole lines) and counts
// the rest; long outputs render collapsed with their first lines shown.
func TestLongOutputs(t *testing.T) {
	for _, tc := range []struct {
		lines              int
		collapsed, omitted bool
	}{
		{10, false, false},
		{collapseLines, false, false},
		{collapseLines + 1, true, false},
		{30000, true, true},
	} {
		c := &Console{Shell: bigShell{lines: tc.lines}, Running: true, Epoch: 1}
		d := app.NewClientTester(c)
		c.Fill("x")
		c.Submit()
		d.Consume()
		e := c.Entries()[len(c.Entries())-1]
		if (e.Omitted > 0) != tc.omitted || len(e.Text) > MaxEntryBytes || strings.Contains(e.Text, "\r") || !strings.HasSuffix(e.Text, "thread-id 3") {
			t.Errorf("%d lines: kept %d bytes, omitted %d, ends %q", tc.lines, len(e.Text), e.Omitted, e.Text[len(e.Text)-12:])
		}
		html := app.HTMLString(entryView(e))
		if strings.Contains(html, `<details class="long">`) != tc.collapsed {
			t.Errorf("%d lines: collapsed %v, want %v", tc.lines, !tc.collapsed, tc.collapsed)
		}
		if tc.collapsed && !strings.Contains(html, `class="preview"`) {
			t.Errorf("%d lines: no preview", tc.lines)
		}
		if tc.omitted && !strings.Contains(html, "more not kept") {
			t.Errorf("%d lines: the cut is not said", tc.lines)
		}
		d.Close()
	}
}

// A restore shows its transcript in one action.
func TestShowMany(t *testing.T) {
	c, _, d := newConsole(t)
	d.Consume()
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: c, Function: func(ctx app.Context) {
		ctx.NewActionWithValue(ActionShow, []Shown{{Epoch: 1, Mode: HMP, Line: "a", Output: "1\r\n"}, {Epoch: 1, Mode: HMP, Line: "b", Output: "2\r\n"}})
	}})
	d.Consume()
	var texts []string
	for _, e := range c.Entries() {
		texts = append(texts, e.Text)
	}
	if got := strings.Join(texts, "|"); got != "QEMU monitor greeting|(qemu) a|1|(qemu) b|2" {
		t.Errorf("scrollback %q", got)
	}
}
