package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// EventsPane lists the QMP events QEMU emitted, raw, newest last.
type EventsPane struct {
	app.Compo

	Lines []string
}

func (p *EventsPane) Render() app.UI {
	return app.Section().Class("events").Aria("label", "QMP events").Body(
		app.H2().Text("Events"),
		app.If(len(p.Lines) == 0,
			app.P().Class("hint").Text("No QMP events yet."),
		).Else(
			app.Div().ID("events-log").Class("events-log").Attr("role", "log").Aria("live", "polite").Body(
				app.Range(p.Lines).Slice(func(i int) app.UI {
					return app.Pre().Text(p.Lines[i])
				}),
			),
		),
	)
}
