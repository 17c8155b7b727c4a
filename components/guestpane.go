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
)

// GuestRequest is one guest action.
type GuestRequest struct {
	Kind GuestKind
	Line string
	On   bool
}

// GuestShellID is the guest shell input's element id.
const GuestShellID = "guest-shell"

// GuestPane is the guest's side: which CPUs it sees and has online (from the
// view model), its console (kernel lines and shell transcript, from the
// session), and the controls to boot it, type into it and let time pass.
type GuestPane struct {
	app.Compo

	View topoview.View
	Log  []string
	// Notes are the simulator's remarks on the last shell line, shown
	// apart from the guest's own output.
	Notes   []string
	State   string // "not booted", "booting" or "running"
	Running bool   // QEMU is running
	// ReadOnly (a read-only embed) shows the guest but offers no controls:
	// only the scenario's own commands act on it.
	ReadOnly bool

	line string
	auto bool
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

func (g *GuestPane) post(ctx app.Context, r GuestRequest) {
	ctx.NewActionWithValue(ActionGuest, r)
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
	online := OnlineList(g.View)
	if online == "" {
		online = "(none)"
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
		),
		app.Dl().Body(
			app.Dt().Text("CPUs the guest sees"), app.Dd().Text(strconv.Itoa(present)),
			app.Dt().Text("online (by CPU slot)"), app.Dd().ID("guest-online").Text(online),
			app.Dt().Text("present but offline"), app.Dd().Text(strconv.Itoa(offline)),
		),
		app.If(!g.ReadOnly, app.Div().Class("guest-controls").Body(
			app.Button().ID("guest-boot").Text("Boot Linux").
				Disabled(!g.Running || g.State != "not booted").
				OnClick(func(ctx app.Context, e app.Event) { g.post(ctx, GuestRequest{Kind: GuestBoot}) }),
			app.Button().ID("guest-settle").Text("Let time pass").
				Title("Run the virtual clock until the guest is idle (up to 30 s)").
				Disabled(!g.Running).
				OnClick(func(ctx app.Context, e app.Event) { g.post(ctx, GuestRequest{Kind: GuestSettle}) }),
			app.Label().Class("check").Body(
				app.Input().Type("checkbox").ID("guest-auto").Checked(g.auto).Disabled(!g.Running).
					OnChange(func(ctx app.Context, e app.Event) {
						g.auto = ctx.JSSrc().Get("checked").Bool()
						g.post(ctx, GuestRequest{Kind: GuestAutoOnline, On: g.auto})
					}),
				app.Text(" auto-online added CPUs (udev rule)"),
			),
		)).Else(),
		app.If(len(g.Log) > 0,
			app.Pre().ID("guest-log").Class("guest-log").Attr("role", "log").Aria("live", "polite").Text(strings.Join(g.Log, "\n")),
		).Else(
			app.P().Class("hint").Text("Boot the guest to see its kernel messages and use its shell (e.g. cat /sys/devices/system/cpu/online)."),
		),
		app.If(len(g.Notes) > 0,
			app.Ul().ID("guest-notes").Class("sim-notes").Aria("label", "Simulator notes").Body(
				app.Range(g.Notes).Slice(func(i int) app.UI { return app.Li().Text(g.Notes[i]) }),
			),
		),
		app.If(!g.ReadOnly, app.Form().Class("prompt guest-prompt").
			OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				line := ctx.JSSrc().Get("elements").Get(GuestShellID).Get("value").String()
				if strings.TrimSpace(line) == "" {
					return
				}
				g.post(ctx, GuestRequest{Kind: GuestShell, Line: line})
				ctx.JSSrc().Get("elements").Get(GuestShellID).Set("value", "")
			}).
			Body(
				app.Label().For(GuestShellID).Class("prompt-text").Text("guest# "),
				app.Input().ID(GuestShellID).Type("text").Disabled(!booted).
					AutoComplete(false).Spellcheck(false).Attr("autocapitalize", "off").
					Placeholder("echo 1 > /sys/devices/system/cpu/cpu4/online").
					Aria("label", "guest shell command"),
			),
		).Else(),
	)
}
