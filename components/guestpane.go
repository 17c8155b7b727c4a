package components

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/topoview"
)

// ActionGuest asks the page to act on the guest (value: GuestRequest).
const ActionGuest = "hotplug.guest"

// GuestKind is what a GuestRequest asks.
type GuestKind string

const (
	GuestBoot       GuestKind = "boot"       // boot Linux and wait for its prompt
	GuestSettle     GuestKind = "settle"     // let virtual time pass until the guest is idle
	GuestShell      GuestKind = "shell"      // run Line in the guest's shell
	GuestAutoOnline GuestKind = "autoonline" // the udev rule that onlines added CPUs (On)
	GuestClock      GuestKind = "clock"      // the clock follows real time (On) or is paused
	GuestStep       GuestKind = "step"       // move the clock to the guest's next action
)

// GuestRequest is one guest action.
type GuestRequest struct {
	Kind GuestKind
	Line string
	On   bool
}

// Clock is the virtual clock as the guest pane shows it.
type Clock struct {
	Now    int64 // microseconds
	Paused bool  // the clock does not follow real time
	// Due is when the guest acts next (microseconds), -1 when it waits
	// for nothing.
	Due int64
}

// GuestShellID is the guest shell input's element id.
const GuestShellID = "guest-shell"

// GuestPane is the guest's side: which CPUs it sees and has online (from the
// view model), its console (kernel lines and shell transcript, from the
// session), the controls to boot it and type into it, and the virtual clock.
type GuestPane struct {
	app.Compo

	View topoview.View
	Log  []string
	// Notes are the simulator's remarks on the last shell line, shown
	// apart from the guest's own output.
	Notes   []string
	State   string // "not booted", "booting" or "running"
	Running bool   // QEMU is running
	Clock   Clock
	// ReadOnly (a read-only embed) shows the guest but offers no controls:
	// only the scenario's own commands act on it.
	ReadOnly bool

	auto      bool
	history   []string
	histPos   int
	draft     string
	seenLog   int
	wantFocus bool
	// clockClicked: Step or "Skip to idle" was clicked; once the page has
	// answered, a button that disabled itself (nothing more due) hands
	// keyboard focus to Pause rather than drop it to <body>.
	clockClicked bool
	clickedAt    int64 // the clock when it was clicked
	note         string
}

// OnlineList is the guest's online CPUs as slot indices in Linux's range
// notation ("0-3,5"), from the view model.
func OnlineList(v topoview.View) string {
	var idx []int
	for _, s := range Slots(v) {
		if s.GuestOnline {
			idx = append(idx, s.Index)
		}
	}
	var parts []string
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && idx[j+1] == idx[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, strconv.Itoa(idx[i]))
		} else {
			parts = append(parts, fmt.Sprintf("%d-%d", idx[i], idx[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}

// OnlineText says which CPUs are online in words: "4 (slots 0-3)".
func OnlineText(v topoview.View) string {
	list := OnlineList(v)
	if list == "" {
		return "none"
	}
	n := 0
	for _, s := range Slots(v) {
		if s.GuestOnline {
			n++
		}
	}
	word := "slots"
	if n == 1 {
		word = "slot"
	}
	return fmt.Sprintf("%d (%s %s)", n, word, list)
}

// ClockText is the clock's status line.
func ClockText(c Clock) string {
	s := fmt.Sprintf("Virtual time %.3f s", float64(c.Now)/1e6)
	switch {
	case c.Due >= 0 && c.Paused:
		s += fmt.Sprintf(" · paused: the guest acts next in %.3f s (Step goes there)", float64(c.Due-c.Now)/1e6)
	case c.Due >= 0:
		s += fmt.Sprintf(" · the guest acts next in %.3f s", float64(c.Due-c.Now)/1e6)
	case c.Paused:
		s += " · paused"
	default:
		s += " · runs with real time while this page is visible"
	}
	return s
}

func (g *GuestPane) post(ctx app.Context, r GuestRequest) {
	ctx.NewActionWithValue(ActionGuest, r)
}

// OnMount and OnUpdate keep the log scrolled to its end (the newest lines)
// and move focus into the shell once the guest's prompt is up.
func (g *GuestPane) OnMount(ctx app.Context) { g.follow(ctx) }

func (g *GuestPane) OnUpdate(ctx app.Context) { g.follow(ctx) }

func (g *GuestPane) follow(ctx app.Context) {
	if len(g.Log) != g.seenLog {
		g.seenLog = len(g.Log)
		ctx.Defer(func(app.Context) {
			if l := app.Window().GetElementByID("guest-log"); l.Truthy() {
				l.Set("scrollTop", l.Get("scrollHeight"))
			}
		})
	}
	if g.wantFocus && g.State == "running" {
		g.wantFocus = false
		focusID(ctx, GuestShellID)
	}
	if g.clockClicked {
		switch {
		case !g.Running || g.Clock.Due < 0:
			g.clockClicked = false
			if g.Running {
				focusID(ctx, "clock-pause")
			}
		case g.Clock.Now != g.clickedAt:
			g.clockClicked = false // it moved and more is due: the button keeps focus
		}
	}
}

// Remember adds a shell line to the history (Up/Down recall it).
func (g *GuestPane) Remember(line string) {
	if n := len(g.history); n == 0 || g.history[n-1] != line {
		g.history = append(g.history, line)
	}
	g.histPos, g.draft = len(g.history), ""
}

// Recall walks the history (-1 older, +1 newer) from the line being typed.
func (g *GuestPane) Recall(dir int, typed string) string {
	if g.histPos == len(g.history) && dir < 0 {
		g.draft = typed
	}
	p := g.histPos + dir
	if p < 0 || p > len(g.history) {
		return typed
	}
	g.histPos = p
	if p == len(g.history) {
		return g.draft
	}
	return g.history[p]
}

func (g *GuestPane) onShellKey(ctx app.Context, e app.Event) {
	dir := map[string]int{"ArrowUp": -1, "ArrowDown": 1}[e.Get("key").String()]
	if dir == 0 {
		ctx.PreventUpdate()
		return
	}
	e.PreventDefault()
	ctx.JSSrc().Set("value", g.Recall(dir, ctx.JSSrc().Get("value").String()))
	ctx.PreventUpdate()
}

func (g *GuestPane) Render() app.UI {
	present, offline := 0, 0
	for _, s := range Slots(g.View) {
		if s.GuestPresent {
			present++
			if !s.GuestOnline {
				offline++
			}
		}
	}
	state := g.State
	if state == "" || !g.Running {
		state = "no machine"
	}
	booted := g.State == "running"
	return app.Section().Class("guest").Aria("label", "guest").Body(
		app.Div().Class("guest-head").Body(
			app.H2().Text("Guest (Linux)"),
			app.Span().ID("guest-state").Class("guest-state").Text(state),
			app.Button().ID("copy-guest").Class("tab").Text("Copy").Disabled(len(g.Log) == 0).
				Title("copy the guest's console").
				OnClick(func(ctx app.Context, e app.Event) {
					copyToClipboard(ctx, strings.Join(g.Log, "\n")+"\n", func(msg string) { g.note = msg; g.Update() })
				}),
		),
		app.Dl().Body(
			app.Dt().Text("CPUs the guest sees"), app.Dd().Text(strconv.Itoa(present)),
			app.Dt().Text("online CPUs"), app.Dd().ID("guest-online").Text(OnlineText(g.View)),
			app.Dt().Text("present but offline"), app.Dd().Text(strconv.Itoa(offline)),
		),
		app.If(!g.ReadOnly, app.Div().Class("guest-controls").Body(
			app.Button().ID("guest-boot").Text("Boot Linux").
				Disabled(!g.Running || g.State != "not booted").
				OnClick(func(ctx app.Context, e app.Event) {
					g.wantFocus = true
					g.post(ctx, GuestRequest{Kind: GuestBoot})
				}),
			app.Label().Class("check").Body(
				app.Input().Type("checkbox").ID("guest-auto").Checked(g.auto).Disabled(!g.Running).
					OnChange(func(ctx app.Context, e app.Event) {
						g.auto = ctx.JSSrc().Get("checked").Bool()
						g.post(ctx, GuestRequest{Kind: GuestAutoOnline, On: g.auto})
					}),
				app.Text(" auto-online added CPUs (udev rule)"),
			),
		)).Else(),
		app.Div().Class("clock").Body(
			app.Span().ID("clock").Class("clock-text").Attr("role", "status").Text(ClockText(g.Clock)),
			app.If(!g.ReadOnly, app.Span().Class("clock-controls").Body(
				app.Button().ID("clock-pause").Disabled(!g.Running).Aria("pressed", g.Clock.Paused).
					Title("time runs while this page is visible; pause it to watch a handshake step by step").
					Text(map[bool]string{true: "Resume time", false: "Pause time"}[g.Clock.Paused]).
					OnClick(func(ctx app.Context, e app.Event) {
						g.post(ctx, GuestRequest{Kind: GuestClock, On: g.Clock.Paused})
					}),
				app.Button().ID("clock-step").Disabled(!g.Running || g.Clock.Due < 0).
					Title("move the clock to the guest's next action").Text("Step").
					OnClick(func(ctx app.Context, e app.Event) {
						g.clockClicked, g.clickedAt = true, g.Clock.Now
						g.post(ctx, GuestRequest{Kind: GuestStep})
					}),
				app.Button().ID("guest-settle").Disabled(!g.Running || g.Clock.Due < 0).
					Title("run the clock until the guest is idle (up to 30 s of virtual time)").Text("Skip to idle").
					OnClick(func(ctx app.Context, e app.Event) {
						g.clockClicked, g.clickedAt = true, g.Clock.Now
						g.post(ctx, GuestRequest{Kind: GuestSettle})
					}),
			)).Else(),
		),
		app.If(len(g.Log) > 0,
			app.Pre().ID("guest-log").Class("guest-log").Attr("role", "log").Aria("live", "polite").TabIndex(0).Text(strings.Join(g.Log, "\n")),
		).Else(
			app.P().Class("hint").Text("Boot the guest to see its kernel messages and use its shell (e.g. cat /sys/devices/system/cpu/online)."),
		),
		app.P().Class("note").Hidden(g.note == "").Attr("role", "status").Text(g.note),
		app.If(len(g.Notes) > 0,
			app.Ul().ID("guest-notes").Class("sim-notes").Aria("label", "Simulator notes").Body(
				app.Range(g.Notes).Slice(func(i int) app.UI { return app.Li().Text(g.Notes[i]) }),
			),
		),
		app.If(!g.ReadOnly, app.Form().Class("prompt guest-prompt").
			OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				in := ctx.JSSrc().Get("elements").Get(GuestShellID)
				line := in.Get("value").String()
				if strings.TrimSpace(line) == "" {
					return
				}
				g.Remember(line)
				g.post(ctx, GuestRequest{Kind: GuestShell, Line: line})
				in.Set("value", "")
			}).
			Body(
				app.Label().For(GuestShellID).Class("prompt-text").Text("guest# "),
				app.Input().ID(GuestShellID).Type("text").Disabled(!booted).
					AutoComplete(false).Spellcheck(false).Attr("autocapitalize", "off").
					Placeholder(shellPlaceholder(booted)).
					Aria("label", "guest shell command (Up/Down: history)").
					OnKeyDown(g.onShellKey),
			),
		).Else(),
	)
}

func shellPlaceholder(booted bool) string {
	if !booted {
		return "boot the guest first"
	}
	return "e.g. cat /sys/devices/system/cpu/online (Up/Down: history)"
}
