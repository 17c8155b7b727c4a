package components

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The pickers are built only once opened: a collapsed machine bar draws no
// <option>s at all.
func TestPickersBuiltWhenOpened(t *testing.T) {
	m := &MachineBar{Line: "-M pc", QEMU: "7.2", Pickers: map[string]PickerSet{
		"7.2": {Machines: []string{"pc", "q35"}, X86CPUs: []string{"qemu64", "max"}},
	}}
	d := app.NewClientTester(m)
	defer d.Close()
	if h := app.HTMLString(m); strings.Contains(h, "<option") || !strings.Contains(h, "Pickers") {
		t.Fatalf("collapsed pickers drew options:\n%s", h)
	}
	m.pickersOpen = true
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: m, Function: func(ctx app.Context) { m.Update() }})
	d.Consume()
	h := app.HTMLString(m)
	if n := strings.Count(h, "<option"); n != 4+1 { // the CPU picker offers "(default)" too
		t.Errorf("open pickers drew %d options, want 5:\n%s", n, h)
	}
}
