package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/monitor"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// maxEvents and maxGuestLines bound the events and guest panes.
const (
	maxEvents     = 200
	maxGuestLines = 500
)

// Page is the whole lab: machine bar, topology, console, events, guest.
type Page struct {
	app.Compo

	sess   *session.Session
	sh     *shell
	line   string
	view   topoview.View
	events []string
	stderr string
	// guestLog is the guest's console: kernel lines and shell transcript.
	guestLog []string
	changed  []components.Change
	epoch    int
	mode     string
	ui       string
	embed    bool // the /embed route: compact chrome for iframes
	update   bool

	tutState *tutorial // scenarios, share links, host API (tutorial.go)

	qemu *release.Release // the QEMU release sessions start on

	pickers bool // the machine bar's pickers were opened: fill their lists
}

// release is the QEMU release the page simulates.
func (p *Page) release() *release.Release {
	if p.qemu == nil {
		return release.Default
	}
	return p.qemu
}

// pickMachines are the machine types the picker offers: the aliases first,
// then every versioned type of both targets, from the engine's tables.
func pickMachines(rel *release.Release) []string {
	out := []string{"pc", "q35", "pseries"}
	for _, t := range []machinetype.Target{"x86_64", "ppc64"} {
		for _, m := range machinetype.All(rel, t) {
			if !components.Contains(out, m.Name) {
				out = append(out, m.Name)
			}
		}
	}
	return out
}

// pickCPUs are the CPU models of the running binary, from the engine.
func pickCPUs(rel *release.Release, target string) []string {
	if target == "ppc64" {
		var out []string
		for _, c := range cpumodel.For(rel).SPAPRCoreTypes() {
			out = append(out, strings.TrimSuffix(c, "-spapr-cpu-core"))
		}
		return out
	}
	return cpumodel.For(rel).X86Names()
}

// OnInit starts the URL's machine before the first render, so that the
// page is drawn once, with it (OnNav then finds it running).
func (p *Page) OnInit() {
	if app.IsClient {
		p.configure(app.Window().URL())
	}
}

func (p *Page) OnPreRender(ctx app.Context) {
	if u := ctx.Page().URL(); u != nil {
		p.embed = isEmbed(u)
	}
	p.Start(DefaultLine)
}

// isEmbed tells the /embed route (under any base path).
func isEmbed(u *url.URL) bool { return strings.HasSuffix(strings.TrimSuffix(u.Path, "/"), "/embed") }

// OnMount registers the components' requests once (OnNav may run again).
func (p *Page) OnMount(ctx app.Context) {
	ctx.Handle(components.ActionStart, func(ctx app.Context, a app.Action) {
		if line, ok := a.Value.(string); ok {
			p.Start(line)
			p.rememberLine(line)
			p.Update()
		}
	})
	ctx.Handle(components.ActionPickers, func(ctx app.Context, a app.Action) {
		p.pickers = true
		p.Update()
	})
	ctx.Handle(components.ActionRan, func(ctx app.Context, a app.Action) {
		p.Update() // the shell already re-read the session (afterInput)
	})
	ctx.Handle(components.ActionGuest, func(ctx app.Context, a app.Action) {
		if r, ok := a.Value.(components.GuestRequest); ok {
			p.guestAction(r)
			p.Update()
		}
	})
}

func (p *Page) OnNav(ctx app.Context) {
	p.configure(app.Window().URL())
	p.tutInit(ctx, app.Window().URL()) // after configure: a scenario or share link replaces its machine
}

func (p *Page) OnAppUpdate(ctx app.Context) {
	p.update = ctx.AppUpdateAvailable()
	p.Update()
}

// configure applies the URL's parameters (the embedding contract).
func (p *Page) configure(u *url.URL) {
	q := u.Query()
	p.embed = isEmbed(u)
	p.mode = q.Get(ParamMode)
	p.ui = q.Get(ParamUI)
	if th := q.Get(ParamTheme); th != "" {
		components.SetTheme(th)
	}
	line := LineFromQuery(q)
	if p.sess == nil || line != p.line {
		p.Start(line)
	}
}

// LineFromQuery is the command line a URL asks for: cmdline, else machine
// and smp, else the default.
func LineFromQuery(q url.Values) string {
	if c := strings.TrimSpace(q.Get(ParamCmdline)); c != "" {
		return c
	}
	m, smp := strings.TrimSpace(q.Get(ParamMachine)), strings.TrimSpace(q.Get(ParamSMP))
	if m == "" && smp == "" {
		return DefaultLine
	}
	if m == "" {
		m = "pc"
	}
	if smp == "" {
		smp = "4,maxcpus=8,sockets=2,cores=2,threads=2"
	}
	return components.JoinArgs([]string{"-M", m, "-smp", smp})
}

// Start runs a new QEMU with the given command line (arguments after the
// binary); QEMU's own start-up messages end up in the machine bar.
func (p *Page) Start(line string) {
	p.line = line
	p.events, p.stderr = nil, ""
	p.epoch++
	if p.sh == nil {
		p.sh = &shell{p: p}
	}
	args, err := cmdline.Split(line)
	if err != nil {
		// The machine bar refuses such lines; this guards ?cmd= in the URL.
		p.sess = nil
		p.stderr = "hotpluglab: " + err.Error() + "\n"
		p.view = topoview.View{}
		return
	}
	p.sess = session.Start(p.release(), "", args)
	p.guestLog = nil
	p.view = topoview.View{} // a new machine: nothing "changed"
	p.afterInput()
	p.changed = nil
}

// afterInput re-reads what an input changed: QEMU's stderr (commands write
// there too), the guest's kernel lines and the view model.
func (p *Page) afterInput() {
	if p.sess == nil {
		return
	}
	p.stderr = p.sess.Stderr()
	if ns := p.sess.NotSimulated(); len(ns) > 0 {
		p.stderr += "hotpluglab: accepted but not simulated: " + strings.Join(ns, " ") + "\n"
	}
	p.addGuestLog(p.sess.TakeKernelLines()...)
	p.Refresh()
}

func (p *Page) addGuestLog(lines ...string) {
	p.guestLog = append(p.guestLog, lines...)
	if len(p.guestLog) > maxGuestLines {
		p.guestLog = append([]string(nil), p.guestLog[len(p.guestLog)-maxGuestLines:]...)
	}
}

func (p *Page) addEventList(evs []monitor.Event) {
	for _, e := range evs {
		p.addEvents(e.JSON())
	}
}

// guestAction runs one guest pane request against the session.
func (p *Page) guestAction(a components.GuestRequest) {
	if !p.running() {
		return
	}
	switch a.Kind {
	case components.GuestBoot:
		p.addEventList(p.sess.BootGuestAndWait())
	case components.GuestSettle:
		p.addEventList(p.sess.Settle())
	case components.GuestShell:
		out, evs := p.sess.GuestShellWithEvents(a.Line)
		p.addGuestLog(p.sess.TakeKernelLines()...)
		p.addGuestLog("# " + a.Line)
		if out = strings.TrimRight(out, "\n"); out != "" {
			p.addGuestLog(strings.Split(out, "\n")...)
		}
		p.addEventList(evs)
	case components.GuestAutoOnline:
		p.sess.SetAutoOnline(a.On)
	}
	p.afterInput()
}

// Refresh re-reads the view model after a command and notes which slots
// changed, so the view can show what the command did.
func (p *Page) Refresh() {
	old := p.view
	p.view = topologyOf(p.sess)
	p.changed = components.Diff(old, p.view)
}

func (p *Page) addEvents(lines ...string) {
	p.events = append(p.events, lines...)
	if len(p.events) > maxEvents {
		p.events = append([]string(nil), p.events[len(p.events)-maxEvents:]...)
	}
}

// rememberLine puts the running line in the address bar, so the page can be
// shared or embedded as it is.
func (p *Page) rememberLine(line string) {
	u := app.Window().URL()
	if u == nil || u.Host == "" {
		return
	}
	q := u.Query()
	q.Del(ParamMachine)
	q.Del(ParamSMP)
	if line == DefaultLine {
		q.Del(ParamCmdline)
	} else {
		q.Set(ParamCmdline, line)
	}
	u.RawQuery = q.Encode()
	app.Window().Get("history").Call("replaceState", nil, "", u.String())
}

// running: QEMU started and has not died since.
func (p *Page) running() bool { return p.sess != nil && p.sess.Started() && !p.sess.Died() }

func (p *Page) guestState() string {
	if p.sess == nil {
		return ""
	}
	return p.sess.GuestState().String()
}

func (p *Page) Render() app.UI {
	binary, exit, target := "", 1, "x86_64"
	if p.sess != nil {
		binary, exit, target = p.sess.Binary(), p.sess.ExitCode(), p.sess.Target()
	}
	var machines, cpus []string
	if p.pickers {
		machines, cpus = pickMachines(p.release()), pickCPUs(p.release(), target)
	}
	greet := map[components.Mode]string{}
	if p.running() {
		greet[components.HMP] = session.HMPBanner(p.sess.QEMU)
		greet[components.QMP] = session.Greeting(p.sess.QEMU)
	}
	cls := "page"
	if p.embed {
		cls += " embed"
	}
	showTopo := p.ui != "console"
	showConsole := p.ui != "topology"
	if !showTopo || !showConsole {
		cls += " single"
	}
	return app.Div().Class(cls).Body(
		app.If(!p.embed,
			app.Header().Class("top").Body(
				app.H1().Text("Hotplug Lab"),
				app.P().Class("tagline").Text("QEMU 7.2 CPU hotplug, simulated in your browser"),
				&components.ThemeSwitch{},
			),
		).Else(),
		app.If(p.update,
			app.Div().Class("update").Attr("role", "status").Body(
				app.Text("A new version of Hotplug Lab is ready. "),
				app.Button().ID("reload").Text("Reload to update").OnClick(func(ctx app.Context, e app.Event) {
					ctx.Reload()
				}),
			),
		).Else(),
		app.If(!p.readonlyUI(), &components.MachineBar{
			Line:      p.line,
			Binary:    binary,
			Started:   p.sess != nil || p.stderr != "",
			Running:   p.running(),
			ExitCode:  exit,
			Stderr:    p.stderr,
			Machines:  machines,
			CPUModels: cpus,
			Presets:   Presets,
		}).Else(),
		p.shareBar(),
		p.scenarioUI(),
		app.Main().Class("lab").Body(
			app.If(showTopo, app.Div().Class("col-topo").Body(
				&components.Topology{View: p.view, Changed: p.changed},
				&components.SlotDetail{},
			)).Else(),
			app.If(showConsole, app.Div().Class("col-mon").Body(
				&components.Console{
					Shell:       p.consoleShell(),
					Running:     p.running(),
					Epoch:       p.epoch,
					Greeting:    greet,
					InitialMode: components.Mode(p.mode),
				},
				&components.EventsPane{Lines: p.events},
				&components.GuestPane{View: p.view, Log: p.guestLog, State: p.guestState(), Running: p.running(), ReadOnly: p.readonlyUI()},
			)).Else(),
		),
	)
}
