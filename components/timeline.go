package components

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/timeline"
)

// Element ids the page and the browser tests reach.
const (
	TimelineID       = "timeline"
	TimelineStepsID  = "timeline-steps"
	TimelineExportID = "timeline-export"
)

// TimelineRows is how many rows the timeline draws before "show earlier".
const TimelineRows = 150

// timelineSources are the filters, in the order offered, with their labels.
var timelineSources = []struct {
	src   timeline.Source
	label string
}{
	{timeline.Command, "Commands"}, {timeline.Reply, "Replies"}, {timeline.Event, "QMP events"},
	{timeline.Trace, "Trace lines"}, {timeline.Stderr, "QEMU stderr"}, {timeline.Kernel, "Guest kernel"},
	{timeline.Shell, "Guest shell"}, {timeline.ShellOutput, "Shell output"}, {timeline.Action, "Page actions"},
}

var laneNames = [...]string{"you", "QEMU", "the guest"}

// Timeline draws the engine's timeline (engine/timeline): every step as an
// arrow between you, QEMU and the guest, with QEMU's own text and, on
// demand, what it means; plug and unplug sequences with where they stand;
// filters by source and the stream as text.
type Timeline struct {
	app.Compo

	TL timeline.Timeline
	// Focus is a step a scenario points at (-1: none): it is opened,
	// marked and scrolled to.
	Focus int
	// Epoch changes with every new QEMU: the view starts over.
	Epoch int

	hidden  map[timeline.Source]bool
	open    map[int]bool
	unfold  map[int]bool
	all     bool
	export  bool
	epoch   int
	focused int
	seen    int
}

func (t *Timeline) reset() {
	if t.epoch == t.Epoch && t.open != nil {
		return
	}
	t.epoch = t.Epoch
	t.hidden, t.open, t.unfold = map[timeline.Source]bool{}, map[int]bool{}, map[int]bool{}
	t.all, t.export, t.focused, t.seen = false, false, -1, 0
}

// filter is the sources shown.
func (t *Timeline) filter() timeline.Filter {
	f := timeline.Filter{}
	for _, s := range timeline.Sources() {
		f[s] = !t.hidden[s]
	}
	return f
}

// OnUpdate follows the session: a step a scenario points at opens, and the
// list keeps its newest row in view.
func (t *Timeline) OnUpdate(ctx app.Context) {
	t.reset()
	if t.Focus >= 0 && t.Focus != t.focused {
		t.focused = t.Focus
		t.open[t.Focus] = true
		for _, r := range t.TL.Rows(t.filter(), t.unfold) {
			if r.Count > 1 && r.Step.Index <= t.Focus && t.Focus <= r.Last {
				t.unfold[r.Step.Index] = true
			}
		}
		ctx.Defer(func(ctx app.Context) { scrollIntoView(fmt.Sprintf("tl-step-%d", t.Focus)) })
		return
	}
	if n := len(t.TL.Steps); n != t.seen {
		t.seen = n
		ctx.Defer(func(ctx app.Context) {
			if el := app.Window().GetElementByID(TimelineStepsID); el.Truthy() {
				el.Set("scrollTop", el.Get("scrollHeight"))
			}
		})
	}
}

func scrollIntoView(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

func (t *Timeline) Render() app.UI {
	t.reset()
	f := t.filter()
	rows := t.TL.Rows(f, t.unfold)
	earlier := 0
	if !t.all && len(rows) > TimelineRows {
		earlier = len(rows) - TimelineRows
		rows = rows[earlier:]
	}
	var latest string
	if n := len(t.TL.Steps); n > 0 {
		s := t.TL.Steps[n-1]
		latest = fmt.Sprintf("Latest: %s. %s", s.Title, s.Text)
	}
	return app.Section().ID(TimelineID).Class("timeline").Aria("labelledby", "timeline-h").Body(
		app.H2().ID("timeline-h").Text("Timeline"),
		app.P().Class("hint").Text("What you typed, what QEMU answered and traced, and what the guest did, in order on the "+
			"virtual clock. Trace lines appear for the events -trace or trace-event switched on."),
		app.Div().Class("tl-controls").Body(
			app.FieldSet().Class("tl-filters").Body(
				app.Legend().Text("Show"),
				app.Range(timelineSources).Slice(func(i int) app.UI {
					src := timelineSources[i].src
					id := "tl-show-" + src.String()
					return app.Label().For(id).Body(
						app.Input().Type("checkbox").ID(id).Checked(!t.hidden[src]).OnChange(func(ctx app.Context, e app.Event) {
							t.hidden[src] = !ctx.JSSrc().Get("checked").Bool()
						}),
						app.Text(timelineSources[i].label),
					)
				}),
			),
			app.Button().ID("tl-export-toggle").Class("tl-export-toggle").Aria("expanded", t.export).Aria("controls", "tl-export-box").
				Text("Export as text").OnClick(func(ctx app.Context, e app.Event) { t.export = !t.export }),
		),
		app.If(t.export, t.exportBox(f)).Else(),
		app.If(len(t.TL.Groups) > 0, t.sequences()).Else(),
		app.Div().Class("tl-lanes").Aria("hidden", true).Body(
			app.Span().Class("tl-lane-time").Text("time"),
			app.Span().Class("tl-lane-names").Body(
				app.Span().Text("You"), app.Span().Text("QEMU"), app.Span().Text("Guest"),
			),
		),
		app.If(len(rows) == 0,
			app.P().Class("hint").Text("Nothing yet: start a machine, plug a CPU, boot the guest."),
		).Else(
			app.Ol().ID(TimelineStepsID).Class("tl-steps").Body(
				app.If(earlier > 0, app.Li().Class("tl-earlier").Body(
					app.Button().Text(fmt.Sprintf("Show %d earlier rows", earlier)).OnClick(func(ctx app.Context, e app.Event) { t.all = true }),
				)).Else(),
				app.Range(rows).Slice(func(i int) app.UI { return t.row(rows[i]) }),
			),
		),
		app.Div().Class("visually-hidden").Attr("role", "status").Aria("live", "polite").Text(latest),
	)
}

// TimelineSequences is how many of the latest sequences the summary lists.
const TimelineSequences = 12

// sequences summarises the latest plugs and unplugs and where they stand.
func (t *Timeline) sequences() app.UI {
	groups := t.TL.Groups
	if len(groups) > TimelineSequences {
		groups = groups[len(groups)-TimelineSequences:]
	}
	return app.Ol().Class("tl-groups").Aria("label", "Plug and unplug sequences, latest last").Body(
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			dev := g.Device
			if dev == "" {
				dev = "(no id)"
			}
			first := g.Steps[0]
			return app.Li().Class("tl-group tl-g"+fmt.Sprint(g.Index%6)+" tl-status-"+g.Status).Body(
				app.Button().Class("tl-group-go").Text(fmt.Sprintf("%s %s", g.Kind, dev)).
					Aria("label", fmt.Sprintf("%s %s: %s. Go to its first step.", g.Kind, dev, g.Status)).
					OnClick(func(ctx app.Context, e app.Event) {
						t.open[first] = true
						ctx.Defer(func(ctx app.Context) {
							// Keyboard users land on the step, not only the eye.
							id := fmt.Sprintf("tl-step-%d", first)
							scrollIntoView(id)
							if el := app.Window().GetElementByID(id); el.Truthy() {
								el.Call("focus", map[string]any{"preventScroll": true})
							}
						})
					}),
				app.Span().Class("tl-badge").Text(g.Status),
				app.Span().Class("tl-why-line").Text(g.Why),
			)
		}),
	)
}

func (t *Timeline) row(r timeline.Row) app.UI {
	s := r.Step
	id := fmt.Sprintf("tl-step-%d", s.Index)
	expID := id + "-why"
	text := s.Text
	title := s.Title
	if r.Count > 1 {
		text = fmt.Sprintf("%s … (%d lines: %s)", firstLine(s.Text), r.Count, s.Name)
	}
	cls := "tl-row tl-src-" + s.Source.String() + fmt.Sprintf(" tl-from-%s tl-to-%s", s.From, s.To)
	if s.Group >= 0 {
		cls += fmt.Sprintf(" tl-in-group tl-g%d", s.Group%6)
	}
	if s.Index == t.focused {
		cls += " tl-focus"
	}
	open := t.open[s.Index]
	arrow := fmt.Sprintf("%s to %s", laneNames[s.From], laneNames[s.To])
	if s.From == s.To {
		arrow = "within " + laneNames[s.From]
	}
	return app.Li().ID(id).Class(cls).DataSet("step", s.Index).DataSet("last", r.Last).TabIndex(-1).Body(
		app.Span().Class("tl-time").Text(fmt.Sprintf("%d.%06d", s.Micros/1e6, s.Micros%1e6)),
		app.Span().Class("tl-arrow").Aria("hidden", true).Body(
			app.Span().Class("tl-cell tl-c0"), app.Span().Class("tl-cell tl-c1"), app.Span().Class("tl-cell tl-c2"),
		),
		app.Div().Class("tl-body").Body(
			app.Span().Class("visually-hidden").Text(arrow+", "+s.Source.String()+": "),
			app.Code().Class("tl-text").Text(text),
			app.If(title != "", app.Div().Class("tl-title").Body(
				app.Text(title),
				app.If(s.Explain != "" || r.Count > 1,
					app.Button().Class("tl-why").Aria("expanded", open).Aria("controls", expID).
						Aria("label", "Explain: "+title).Text("Why?").
						OnClick(func(ctx app.Context, e app.Event) { t.open[s.Index] = !t.open[s.Index] }),
				).Else(),
			)).Else(),
			app.If(open, app.Div().ID(expID).Class("tl-explain help").Body(
				app.If(s.Explain != "", app.P().Text(s.Explain)).Else(),
				app.If(r.Count > 1, app.Button().Class("tl-unfold").Text(fmt.Sprintf("Show all %d lines", r.Count)).
					OnClick(func(ctx app.Context, e app.Event) { t.unfold[s.Index] = true })).Else(),
			)).Else(),
		),
	)
}

// exportBox is the filtered stream as text, to copy or download.
func (t *Timeline) exportBox(f timeline.Filter) app.UI {
	text := t.TL.Text(f)
	return app.Div().ID("tl-export-box").Class("tl-export").Body(
		app.Label().For(TimelineExportID).Text("The steps shown, as text (QEMU's lines verbatim; with only trace lines shown it is what QEMU printed on stderr):"),
		app.Textarea().ID(TimelineExportID).ReadOnly(true).Rows(8).Text(text),
		app.A().Href("data:text/plain;charset=utf-8,"+url.PathEscape(text)).Attr("download", "hotplug-lab-timeline.txt").Text("Download"),
	)
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
