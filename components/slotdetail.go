package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// SlotDetail is the visible detail of the slot last hovered, focused or
// clicked in the topology view (the same text as the slot's title, for
// keyboard and touch users who get no tooltip).
type SlotDetail struct {
	app.Compo

	// NoConsole: there is no console to fill (an embed's ui=topology); the
	// command is offered for copying instead.
	NoConsole bool

	info SlotInfo
	has  bool
	note string
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
	d.info, d.has, d.note = s, true, ""
	d.Update()
}

func (d *SlotDetail) Render() app.UI {
	if !d.has {
		what := "clicking puts its command in the console"
		if d.NoConsole {
			what = "its monitor command shows here too"
		}
		return app.Div().ID("slot-detail").Class("slot-detail empty").Aria("live", "polite").Body(
			app.P().Text("Point at, focus or click a CPU box: its ids and QOM path show here, and " + what + "."),
		)
	}
	s := d.info.Slot
	cmd := d.info.Command
	hint := "Click (or Enter) puts this command in the console input; press Enter there to run it."
	if d.NoConsole {
		hint = "This is the monitor command for this slot, to run in QEMU's monitor."
	}
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
		app.P().Body(
			app.Code().Class("slot-cmd").Text(cmd),
			app.If(d.NoConsole && d.info.Command != "",
				app.Button().ID("copy-slot-cmd").Class("tab").Text("Copy").OnClick(func(ctx app.Context, e app.Event) {
					copyToClipboard(ctx, d.info.Command, func(msg string) { d.note = msg; d.Update() })
				}),
			).Else(),
		),
		app.P().Class("hint").Text(hint),
		app.P().Class("note").Hidden(d.note == "").Attr("role", "status").Text(d.note),
	)
}
