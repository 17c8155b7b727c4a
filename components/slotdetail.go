package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SlotDetail is the visible detail of the slot last hovered, focused or
// clicked in the topology view (the same text as the slot's title, for
// keyboard and touch users who get no tooltip).
type SlotDetail struct {
	app.Compo

	info SlotInfo
	has  bool
}

func (d *SlotDetail) OnMount(ctx app.Context) {
	ctx.Handle(ActionDetail, func(ctx app.Context, a app.Action) {
		if s, ok := a.Value.(SlotInfo); ok {
			d.Show(s)
		}
	})
}

// Show puts one slot in the pane.
func (d *SlotDetail) Show(s SlotInfo) {
	d.info, d.has = s, true
	d.Update()
}

func (d *SlotDetail) Render() app.UI {
	if !d.has {
		return app.Div().ID("slot-detail").Class("slot-detail").Aria("live", "polite").Body(
			app.P().Text("Point at, focus or click a CPU box: its ids and QOM path show here, and clicking puts its command in the console."),
		)
	}
	s := d.info.Slot
	cmd := d.info.Command
	hint := "Click (or Enter) puts this command in the console input; press Enter there to run it."
	if cmd == "" {
		cmd = "—"
		hint = "No monitor command applies to this CPU (it is not removable)."
	}
	return app.Div().ID("slot-detail").Class("slot-detail").Aria("live", "polite").Body(
		app.P().Body(
			app.Span().Class("mark st-"+string(s.State)).Aria("hidden", true).Text(StateMark(s.State)+" "),
			app.Strong().Text("CPU "),
			app.Text(SlotSummary(d.info.Kind, s)),
		),
		app.P().Body(app.Code().Class("slot-cmd").Text(cmd)),
		app.P().Class("hint").Text(hint),
	)
}
