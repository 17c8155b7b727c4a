package components

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/versiondiff"
)

// ActionCompare opens, filters or closes the version comparison (a
// CompareRequest).
const ActionCompare = "hotplug.compare"

// CompareRequest is what the comparison's controls ask the page.
type CompareRequest struct {
	Open          bool
	OnlyDiffering bool
}

// IDs of the comparison's controls.
const (
	CompareButtonID = "compare"
	CompareTitleID  = "compare-title"
)

// foldAt: a run of at least this many lines both releases print is folded,
// keeping foldKeep lines each side of it in view.
const (
	foldAt   = 12
	foldKeep = 3
)

// VersionCompare shows the current session replayed on two QEMU releases:
// each input once, then its output lines, the lines only one release prints
// marked with that release.
type VersionCompare struct {
	app.Compo

	Report versiondiff.Report
	// OnlyDiffering hides the inputs both releases answer alike.
	OnlyDiffering bool

	note string // how the last copy went
}

func (c *VersionCompare) ask(ctx app.Context, open, only bool) {
	ctx.NewActionWithValue(ActionCompare, CompareRequest{Open: open, OnlyDiffering: only})
}

func (c *VersionCompare) Render() app.UI {
	r := c.Report
	if r.Old == nil || r.New == nil {
		return app.Section().ID("compare-panel").Class("compare").Body(
			app.P().Class("hint").Text("Nothing to compare yet: start QEMU first."),
		)
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
		summary = strconv.Itoa(n) + " of " + strconv.Itoa(len(r.Blocks)) + " inputs (the start-up counts as one) print differently."
	}
	return app.Section().ID("compare-panel").Class("compare").Aria("labelledby", CompareTitleID).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if e.Get("key").String() == "Escape" {
				e.PreventDefault()
				c.ask(ctx, false, c.OnlyDiffering)
			}
		}).
		Body(
			app.Div().Class("compare-head").Body(
				app.H2().ID(CompareTitleID).TabIndex(-1).Text("QEMU "+r.Old.Name+" and "+r.New.Name+" on this session"),
				app.Button().ID("compare-copy").Type("button").Text("Copy").
					Title("copy the comparison as text: each line after the release that prints it").
					OnClick(func(ctx app.Context, _ app.Event) {
						copyToClipboard(ctx, r.Text(), func(msg string) { c.note = msg; c.Update() })
					}),
				app.Button().ID("compare-close").Type("button").Text("Close").Aria("label", "Close the comparison (Escape)").
					OnClick(func(ctx app.Context, _ app.Event) { c.ask(ctx, false, c.OnlyDiffering) }),
			),
			app.P().Class("compare-summary").Body(
				app.Text("The running session's command line and inputs, replayed on each release. "+summary+" "),
				app.Span().Class("tag old").Text(r.Old.Name),
				app.Text(" marks a line only QEMU "+r.Old.Name+" prints, "),
				app.Span().Class("tag new").Text(r.New.Name),
				app.Text(" a line only QEMU "+r.New.Name+" prints; the other lines both print."),
			),
			app.Div().Class("compare-tools").Body(
				app.Label().Class("compare-filter").Body(
					app.Input().ID("compare-only").Type("checkbox").Checked(c.OnlyDiffering).
						OnChange(func(ctx app.Context, e app.Event) {
							c.ask(ctx, true, ctx.JSSrc().Get("checked").Bool())
						}),
					app.Text(" only inputs that differ"),
				),
				app.Span().ID("compare-note").Class("note").Attr("role", "status").Text(c.note),
			),
			app.Div().Class("compare-blocks").Body(blocks...),
		)
}

func (c *VersionCompare) block(b versiondiff.Block) app.UI {
	cls := "compare-block"
	if !b.Same {
		cls += " differs"
	}
	var lines []app.UI
	for i := 0; i < len(b.Lines); {
		// A long run both print folds, its ends in view.
		j := i
		for j < len(b.Lines) && b.Lines[j].In == "" {
			j++
		}
		if j-i >= foldAt {
			lines = append(lines, c.lines(b.Lines[i:i+foldKeep])...)
			hidden := b.Lines[i+foldKeep : j-foldKeep]
			lines = append(lines, app.Details().Class("cl-fold").Body(
				app.Summary().Text(strconv.Itoa(len(hidden))+" more lines both print"),
				app.Div().Body(c.lines(hidden)...),
			))
			lines = append(lines, c.lines(b.Lines[j-foldKeep:j])...)
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		lines = append(lines, c.lines(b.Lines[i:j])...)
		i = j
	}
	return app.Div().Class(cls).Body(
		app.Div().Class("compare-input").Body(app.Code().Text(versiondiff.Prompt(b.Input))),
		app.Div().Class("compare-lines").Body(lines...),
	)
}

func (c *VersionCompare) lines(ls []versiondiff.Line) []app.UI {
	out := make([]app.UI, 0, len(ls))
	for _, l := range ls {
		switch l.In {
		case "":
			out = append(out, app.Div().Class("cl both").Body(app.Span().Class("tag").Text(""), app.Code().Text(l.Text)))
		case c.Report.Old.Name:
			out = append(out, app.Div().Class("cl old").Body(app.Span().Class("tag old").Text(l.In), app.Code().Text(l.Text)))
		default:
			out = append(out, app.Div().Class("cl new").Body(app.Span().Class("tag new").Text(l.In), app.Code().Text(l.Text)))
		}
	}
	return out
}
