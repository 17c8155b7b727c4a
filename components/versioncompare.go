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

	// Key names the report: the folds opened and the lines asked for
	// belong to it, and go when it changes.
	Key string

	note     string // how the last copy went
	seenKey  string
	unfolded map[foldKey]bool
	more     map[int]int // lines asked for beyond pageLines, by block
}

// foldKey is a fold: its block and its first line.
type foldKey struct{ block, line int }

// pageLines bounds the lines a block renders until more are asked for.
const pageLines = 400

func (c *VersionCompare) ask(ctx app.Context, open, only bool) {
	ctx.NewActionWithValue(ActionCompare, CompareRequest{Open: open, OnlyDiffering: only})
}

func (c *VersionCompare) Render() app.UI {
	r := c.Report
	if c.Key != c.seenKey {
		c.seenKey, c.unfolded, c.more = c.Key, nil, nil
	}
	if r.Old == nil || r.New == nil {
		return app.Section().ID("compare-panel").Class("compare").Body(
			app.P().Class("hint").Text("Nothing to compare yet: start QEMU first."),
		)
	}
	var blocks []app.UI
	for i, b := range r.Blocks {
		if c.OnlyDiffering && b.Same {
			continue
		}
		blocks = append(blocks, c.block(i, b))
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

// segment is a run of a block's lines: shown, or a long run both releases
// print folded behind a button (its middle rendered only when unfolded: a
// listing may hold thousands of lines).
type segment struct {
	lines []versiondiff.Line
	fold  bool
	start int // the fold's first line in the block (its key)
}

func segments(ls []versiondiff.Line) []segment {
	var out []segment
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && ls[j].In == "" {
			j++
		}
		switch {
		case j == i: // a line one release prints
			out = append(out, segment{lines: ls[i : i+1]})
			i++
		case j-i < foldAt:
			out = append(out, segment{lines: ls[i:j]})
			i = j
		default:
			out = append(out, segment{lines: ls[i : i+foldKeep]},
				segment{lines: ls[i+foldKeep : j-foldKeep], fold: true, start: i + foldKeep},
				segment{lines: ls[j-foldKeep : j]})
			i = j
		}
	}
	return out
}

func (c *VersionCompare) block(bi int, b versiondiff.Block) app.UI {
	cls := "compare-block"
	if !b.Same {
		cls += " differs"
	}
	budget := pageLines + c.more[bi]
	var rows []app.UI
	shown, done := 0, 0 // lines rendered; lines rendered or folded away
	for _, sg := range segments(b.Lines) {
		if shown >= budget {
			break
		}
		if sg.fold {
			key := foldKey{bi, sg.start}
			open := c.unfolded[key]
			label := strconv.Itoa(len(sg.lines)) + " more lines both print"
			if open {
				label = "Fold these " + strconv.Itoa(len(sg.lines)) + " lines both print"
			}
			rows = append(rows, app.Button().Type("button").Class("cl-fold").Text(label).
				Aria("expanded", strconv.FormatBool(open)).
				OnClick(func(ctx app.Context, _ app.Event) {
					if c.unfolded == nil {
						c.unfolded = map[foldKey]bool{}
					}
					c.unfolded[key] = !c.unfolded[key]
				}))
			if !open {
				done += len(sg.lines)
				continue
			}
		}
		ls := sg.lines[:min(len(sg.lines), budget-shown)]
		rows = append(rows, c.lines(ls)...)
		shown += len(ls)
		done += len(ls)
	}
	if left := len(b.Lines) - done; left > 0 {
		rows = append(rows, app.Button().Type("button").Class("cl-more").
			Text("Show "+strconv.Itoa(min(left, pageLines))+" more of the "+strconv.Itoa(left)+" lines left (Copy has them all)").
			OnClick(func(ctx app.Context, _ app.Event) {
				if c.more == nil {
					c.more = map[int]int{}
				}
				c.more[bi] += pageLines
			}))
	}
	return app.Div().Class(cls).Body(
		app.Div().Class("compare-input").Body(app.Code().Text(versiondiff.Prompt(b.Input))),
		app.Div().Class("compare-lines").Body(rows...),
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
