package components

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/versiondiff"
)

// VersionCompare shows the current session replayed on two QEMU releases:
// each input once, then its output lines, the lines only one release prints
// marked with that release.
type VersionCompare struct {
	app.Compo

	Report versiondiff.Report
	// OnlyDiffering hides the inputs both releases answer alike.
	OnlyDiffering bool
	OnToggle      func(ctx app.Context, onlyDiffering bool)
	OnClose       func(ctx app.Context)
}

func (c *VersionCompare) Render() app.UI {
	r := c.Report
	if r.Old == nil || r.New == nil {
		return app.Section().Class("compare").Body(app.P().Class("hint").Text("Nothing to compare yet."))
	}
	var blocks []app.UI
	for _, b := range r.Blocks {
		if c.OnlyDiffering && b.Same {
			continue
		}
		blocks = append(blocks, c.block(b))
	}
	summary := "Both releases print the same for every input."
	if n := r.Differing(); n > 0 {
		summary = strconv.Itoa(n) + " of " + strconv.Itoa(len(r.Blocks)) + " inputs print differently."
	}
	return app.Section().ID("compare").Class("compare").Aria("label", "Compare QEMU versions").Body(
		app.Div().Class("compare-head").Body(
			app.H2().Text("QEMU "+r.Old.Name+" and "+r.New.Name+" on this session"),
			app.Button().Class("compare-close").Text("Close").Aria("label", "Close the comparison").
				OnClick(func(ctx app.Context, _ app.Event) {
					if c.OnClose != nil {
						c.OnClose(ctx)
					}
				}),
		),
		app.P().Class("compare-summary").Body(
			app.Text(summary+" "),
			app.Span().Class("tag old").Text(r.Old.Name),
			app.Text(" marks a line only "+r.Old.Name+" prints, "),
			app.Span().Class("tag new").Text(r.New.Name),
			app.Text(" a line only "+r.New.Name+" prints."),
		),
		app.Label().Class("compare-filter").Body(
			app.Input().Type("checkbox").Checked(c.OnlyDiffering).
				OnChange(func(ctx app.Context, e app.Event) {
					if c.OnToggle != nil {
						c.OnToggle(ctx, ctx.JSSrc().Get("checked").Bool())
					}
				}),
			app.Text(" only inputs that differ"),
		),
		app.Div().Class("compare-blocks").Body(blocks...),
	)
}

func (c *VersionCompare) block(b versiondiff.Block) app.UI {
	cls := "compare-block"
	if !b.Same {
		cls += " differs"
	}
	lines := make([]app.UI, 0, len(b.Lines))
	for _, l := range b.Lines {
		switch l.In {
		case "":
			lines = append(lines, app.Div().Class("cl both").Body(app.Span().Class("tag").Text(""), app.Code().Text(l.Text)))
		case c.Report.Old.Name:
			lines = append(lines, app.Div().Class("cl old").Body(app.Span().Class("tag old").Text(l.In), app.Code().Text(l.Text)))
		default:
			lines = append(lines, app.Div().Class("cl new").Body(app.Span().Class("tag new").Text(l.In), app.Code().Text(l.Text)))
		}
	}
	return app.Div().Class(cls).Body(
		app.Div().Class("compare-input").Body(app.Code().Text(versiondiff.Prompt(b.Input))),
		app.Div().Class("compare-lines").Body(lines...),
	)
}
