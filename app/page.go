package app

import (
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/explain"
	"hotpluglab/engine/guest"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/monitor"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
	"hotpluglab/engine/versiondiff"
)

// maxEvents and maxGuestLines bound the events and guest panes.
const (
	maxEvents     = 200
	maxGuestLines = 500
)

// Page is the whole lab: machine bar, topology, console, events, guest.
type Page struct {
	app.Compo

	// actions are the page's action handlers (guard.go's handle).
	actions map[string][]siteHandler

	sess *session.Session
	sh   *shell
	// startOn is the host a restart keeps (hostfiles.go); nil: the
	// running session's.
	startOn *hostfs.FS
	line    string
	view    topoview.View
	events  []string
	stderr  string
	// guestLog is the guest's console: kernel lines and shell transcript.
	guestLog []string
	// guestNotes are the simulator's remarks on the last shell line (what
	// it does not model), shown beside the console, never in it.
	guestNotes []string
	changed    []components.Change
	topo       components.TopologyLink // the grid, patched as soon as an input ran
	epoch      int
	mode       string
	parts      parts
	partsSet   bool // parts come from the URL before the first render
	embed      bool // the /embed route: compact chrome for iframes
	update     bool
	// urlNotices are the page's own messages about the URL (a parameter
	// it ignored, and why), shown first in the notice bar.
	urlNotices []string

	// hint is the learner's note on the last monitor answer.
	hint components.Hint
	// consoleMode is the protocol the console shows: opening QMP connects
	// a QMP client, which negotiates capabilities first.
	consoleMode components.Mode

	clock clock  // virtual time that follows real time (clock.go)
	gc    idleGC // collections between inputs (idlegc.go)
	// warmed: the releases and machine types warmUp compiled a plug for.
	warmed map[string]bool

	tutState *tutorial      // scenarios, share links, host API (tutorial.go)
	tlState  *timelineState // the timeline pane and its host events (timeline.go)
	// timelineParam is the URL's timeline=on|off.
	timelineParam string

	notices  []components.Notice // the lab's own messages (guard.go, restore.go)
	progress *components.Progress
	// savedInputs is how much of the session's log a link, a file or its
	// origin holds; more is unsaved work (persist.go).
	savedInputs int
	crashed     bool   // the page is reloading after a crash
	openedFrag  string // the URL fragment the session came from (persist.go)

	qemu *release.Release // the QEMU release sessions start on
	// urlQEMU is the URL's qemu=, which wins over a scenario's qemu:.
	urlQEMU *release.Release

	pickersOpen bool // the machine bar's pickers were opened: fill their lists

	compare compareState // the "Compare versions" panel
}

// compareState is the version comparison: open or not, its filter, and the
// report of the session it last ran (replaying is two whole sessions: done
// again only when the session has moved).
type compareState struct {
	open, all bool // all: show the inputs both releases answer alike too
	report    versiondiff.Report
	epoch, n  int // the session (epoch) and how much of its log the report covers
	done      bool
}

// compareReport runs the running session's command line and log on the
// oldest and the newest release.
func (p *Page) compareReport() versiondiff.Report {
	c := &p.compare
	if p.sess == nil {
		return versiondiff.Report{}
	}
	if c.done && c.epoch == p.epoch && c.n == len(p.sess.Log) {
		return c.report
	}
	all := release.All()
	c.report = versiondiff.Compare(all[0], all[len(all)-1], "", p.sess.Args, p.sess.Log)
	c.epoch, c.n, c.done = p.epoch, len(p.sess.Log), true
	return c.report
}

// compareUI is the comparison panel, under the machine bar that opens it.
// Its slot is always there: go-app matches children by position, and a
// panel appearing before the lab would remount the lab (the console would
// lose its transcript).
func (p *Page) compareUI() app.UI {
	slot := app.Div().ID("compare-slot")
	if !p.compare.open || !p.parts.bar || p.readonlyUI() {
		return slot
	}
	r := p.compareReport()
	key := strconv.Itoa(p.compare.epoch) + ":" + strconv.Itoa(p.compare.n)
	return slot.Body(&components.VersionCompare{Report: r, Key: key, OnlyDiffering: !p.compare.all})
}

// onCompare opens, filters or closes the comparison; focus goes to the
// panel's title when it opens and back to its button when it closes.
func (p *Page) onCompare(ctx app.Context, r components.CompareRequest) {
	wasOpen := p.compare.open
	if r.Open && !wasOpen {
		// Both releases' recordings (the browser downloads each once).
		for _, rel := range release.All() {
			if err := rel.Load(); err != nil {
				p.notify(components.NoticeError, "Compare: "+err.Error())
				return
			}
		}
	}
	p.compare.open, p.compare.all = r.Open, !r.OnlyDiffering
	switch {
	case r.Open && !wasOpen:
		ctx.Defer(func(app.Context) {
			if el := app.Window().GetElementByID(components.CompareTitleID); el.Truthy() {
				el.Call("focus")
				el.Call("scrollIntoView", map[string]any{"block": "nearest"})
			}
		})
	case !r.Open && wasOpen:
		ctx.Defer(func(app.Context) {
			if el := app.Window().GetElementByID(components.CompareButtonID); el.Truthy() {
				el.Call("focus")
			}
		})
	}
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
		p.guard("opening the page", func() { p.configure(app.Window().URL()) })
	}
}

var (
	pickersOnce sync.Once
	pickerSets  map[string]components.PickerSet
)

// pickers are the machine bar's choices on every release once they were
// opened (nil before: the page may never open them, and building them reads
// every release's CPU and machine tables).
func (p *Page) pickers() map[string]components.PickerSet {
	if !p.pickersOpen {
		return nil
	}
	pickersOnce.Do(func() {
		pickerSets = map[string]components.PickerSet{}
		for _, rel := range release.All() {
			ppc := map[string]bool{"pseries": true}
			for _, m := range machinetype.All(rel, "ppc64") {
				ppc[m.Name] = true
			}
			pickerSets[rel.Name] = components.PickerSet{
				Machines: pickMachines(rel), PPC: ppc,
				X86CPUs: pickCPUs(rel, "x86_64"), PPCCPUs: pickCPUs(rel, "ppc64"),
			}
		}
	})
	return pickerSets
}

// versions are the releases the picker offers, newest first.
func versions() []string {
	var out []string
	all := release.All()
	for i := len(all) - 1; i >= 0; i-- {
		out = append(out, all[i].Name)
	}
	return out
}

func (p *Page) OnPreRender(ctx app.Context) {
	if u := ctx.Page().URL(); u != nil {
		p.configure(u)
		return
	}
	p.Start(DefaultLine)
}

// isEmbed tells the /embed route (under any base path).
func isEmbed(u *url.URL) bool { return strings.HasSuffix(strings.TrimSuffix(u.Path, "/"), "/embed") }

// OnMount registers the components' requests once (OnNav may run again).
func (p *Page) OnMount(ctx app.Context) {
	live = p
	if !whenIdle(2000, releaseGC) {
		releaseGC()
	}
	p.persistInit()
	p.handleHostFiles(ctx)
	p.handle(ctx, components.ActionStart, "starting QEMU", func(ctx app.Context, a app.Action) {
		if r, ok := a.Value.(components.StartRequest); ok {
			if rel, err := release.Lookup(r.QEMU); err == nil {
				p.qemu = rel
			}
			p.Start(r.Line)
			p.rememberLine(r.Line)
			p.connectQMP(ctx)
			p.Update()
		}
	})
	p.handle(ctx, components.ActionPickers, "opening the pickers", func(ctx app.Context, a app.Action) {
		p.pickersOpen = true
		p.Update()
	})
	p.handle(ctx, components.ActionCompare, "comparing versions", func(ctx app.Context, a app.Action) {
		if r, ok := a.Value.(components.CompareRequest); ok {
			p.onCompare(ctx, r)
			p.Update()
		}
	})
	p.handle(ctx, components.ActionRan, "running a line", func(ctx app.Context, a app.Action) {
		p.Update() // the shell already re-read the session (afterInput)
	})
	p.handle(ctx, components.ActionGuest, "acting on the guest", func(ctx app.Context, a app.Action) {
		if r, ok := a.Value.(components.GuestRequest); ok {
			p.guestAction(r)
			p.Update()
		}
	})
	p.handle(ctx, components.ActionDismiss, "dismissing a notice", func(ctx app.Context, a app.Action) {
		if i, ok := a.Value.(int); ok {
			p.dismissNotice(i)
			p.Update()
		}
	})
	p.handle(ctx, components.ActionModeShown, "switching the console", func(ctx app.Context, a app.Action) {
		if m, ok := a.Value.(components.Mode); ok {
			p.consoleMode = m
			p.connectQMP(ctx)
		}
	})
	letLinksThrough()
	p.clock.start(ctx, p)
}

// letLinksThrough lets links that open a new tab (the guide, the full page)
// reach the browser: go-app routes every click on a link inside the page
// through window.onclick as an in-app navigation, whatever its target. A
// capturing listener stops such clicks first (no inline handler: the page
// runs under a strict Content-Security-Policy).
func letLinksThrough() {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	f := app.FuncOf(func(this app.Value, args []app.Value) any {
		if t := args[0].Get("target"); t.Truthy() && t.Get("closest").Truthy() {
			if a := t.Call("closest", `a[target="_blank"]`); a.Truthy() {
				args[0].Call("stopPropagation")
			}
		}
		return nil
	})
	doc.Call("addEventListener", "click", f, true)
}

func (p *Page) OnNav(ctx app.Context) {
	p.guard("opening the page", func() {
		p.configure(app.Window().URL())
		p.tutInit(ctx, app.Window().URL()) // after configure: a scenario or share link replaces its machine
		p.connectQMP(ctx)
	})
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
	p.consoleMode = components.HMP
	if p.mode == string(components.QMP) {
		p.consoleMode = components.QMP
	}
	p.parts, p.partsSet = partsFromQuery(q.Get(ParamUI), p.embed), true
	p.timelineParam = q.Get(ParamTimeline)
	if th := q.Get(ParamTheme); th != "" {
		components.SetTheme(th)
	}
	p.urlNotices = nil
	rel, err := releaseFromURL(u, p.embed)
	p.urlQEMU = nil
	if err != nil {
		p.urlNotices = append(p.urlNotices, err.Error())
	} else if q.Get(ParamQEMU) != "" {
		p.urlQEMU = rel
	}
	line := LineFromQuery(q)
	if q.Get(ParamScenario) != "" && hasAny(q, ParamCmdline, ParamMachine, ParamSMP) {
		// The rule of docs/authoring.md: a scenario starts its own machine.
		p.urlNotices = append(p.urlNotices, "This page was given a scenario and a command line: the scenario starts its own machine, so cmdline=, machine= and smp= are not used.")
	}
	if p.sess == nil || line != p.line || rel != p.qemu {
		p.qemu = rel
		p.Start(line)
	}
}

func hasAny(q url.Values, keys ...string) bool {
	for _, k := range keys {
		if strings.TrimSpace(q.Get(k)) != "" {
			return true
		}
	}
	return false
}

// releaseFromURL is the QEMU release a URL asks for: qemu= when given;
// else a URL that carries a session made before releases existed (a
// command line, a machine, a scenario, a share link, any embed) meant 7.2,
// and a bare visit to the page starts on the latest.
func releaseFromURL(u *url.URL, embed bool) (*release.Release, error) {
	q := u.Query()
	if name := strings.TrimSpace(q.Get(ParamQEMU)); name != "" {
		rel, err := release.Lookup(name)
		if err == nil {
			return rel, nil
		}
		fallback := release.Latest
		return fallback, &notice{"qemu=" + name + ": " + err.Error() + "; this page runs QEMU " + fallback.Name + "."}
	}
	if embed || u.Fragment != "" || hasAny(q, ParamCmdline, ParamMachine, ParamSMP, ParamScenario) {
		return release.Default, nil
	}
	return release.Latest, nil
}

type notice struct{ text string }

func (n *notice) Error() string { return n.text }

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
	p.hint = components.Hint{}
	p.epoch++
	if p.sh == nil {
		p.sh = &shell{p: p}
	}
	args, err := cmdline.Split(line)
	if err != nil {
		// The machine bar refuses such lines; this guards ?cmdline= in the URL.
		p.sess = nil
		p.stderr = "hotpluglab: " + err.Error() + "\n"
		p.view = topoview.View{}
		return
	}
	if err := p.release().Load(); err != nil {
		// The browser could not download the release's recordings: say
		// so where QEMU's own start-up errors go; Start tries again.
		p.sess = nil
		p.stderr = "hotpluglab: " + err.Error() + "\n"
		p.view = topoview.View{}
		return
	}
	host := p.startOn
	if host == nil && p.sess != nil {
		host = p.sess.Host
	}
	p.sess = session.StartOnHost(p.release(), "", args, host)
	p.guestLog = nil
	p.clock.reset()
	p.view = topoview.View{} // a new machine: nothing "changed"
	p.afterInput()
	p.changed = nil
	p.warmUp()
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
	p.addGuestLog(typedAheadOutput(p.sess)...)
	p.Refresh()
	p.hostTimeline()
	p.gc.schedule()
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

// typedAheadOutput is what lines typed into a stopped guest printed once it
// ran again (after cont), as guest log lines: the shell's prompts are not
// lines of the log (each typed line shows as "# line" when typed).
func typedAheadOutput(s *session.Session) []string {
	c := strings.TrimRight(strings.ReplaceAll(s.TakeGuestConsole(), guest.Prompt, ""), "\n")
	if c == "" {
		return nil
	}
	return strings.Split(c, "\n")
}

// guestShell runs a line in the guest's shell and writes the terminal's
// view of it to the guest log: the kernel lines printed before it, the
// command, then what it printed (kernel lines the command caused come
// after the command, as on a serial console).
func (p *Page) guestShell(line string) (string, []monitor.Event) {
	p.addGuestLog(p.sess.TakeKernelLines()...)
	p.addGuestLog("# " + line)
	out, evs := p.sess.GuestShellWithEvents(line)
	p.guestNotes = p.sess.TakeGuestNotes()
	p.addGuestLog(p.sess.TakeKernelLines()...)
	if o := strings.TrimRight(out, "\n"); o != "" {
		p.addGuestLog(strings.Split(o, "\n")...)
	}
	return out, evs
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
		_, evs := p.guestShell(a.Line)
		p.addEventList(evs)
	case components.GuestAutoOnline:
		p.sess.SetAutoOnline(a.On)
	case components.GuestClock:
		p.clock.paused = !a.On
	case components.GuestStep:
		if due := p.sess.NextTimer(); due >= 0 {
			p.addEventList(p.sess.Advance(due - p.sess.Now()))
		}
	}
	p.clock.owed = 0
	p.afterInput()
}

// Refresh re-reads the view model after a command and notes which slots
// changed, so the view can show what the command did.
func (p *Page) Refresh() {
	old := p.view
	p.view = topologyOf(p.sess)
	if p.exited() {
		p.view = topoview.View{} // the process is gone
	}
	p.changed = components.Diff(old, p.view)
	p.topo.Show(p.view, p.changed)
}

func (p *Page) addEvents(lines ...string) {
	p.events = append(p.events, lines...)
	if len(p.events) > maxEvents {
		p.events = append([]string(nil), p.events[len(p.events)-maxEvents:]...)
	}
}

// rememberLine puts the running line and release in the address bar, so the
// page can be reloaded, shared or embedded as it is.
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
	q.Set(ParamQEMU, p.release().Name)
	u.RawQuery = q.Encode()
	app.Window().Get("history").Call("replaceState", nil, "", u.String())
}

// running: QEMU started and has neither died nor exited since (quit, or the
// guest powered off): the machine bar then says how it ended, and Start
// starts it again.
func (p *Page) running() bool { return p.sess != nil && p.sess.Alive() }

// exited says QEMU exited (the monitor's quit, or the guest powered off).
func (p *Page) exited() bool { return p.sess != nil && p.sess.Exited() }

// quitByMonitor: QEMU exited at the monitor's quit, not the guest's.
func (p *Page) quitByMonitor() bool {
	return p.exited() && p.sess.Mon.ShutdownReason == "host-qmp-quit"
}

func (p *Page) guestState() string {
	if p.sess == nil {
		return ""
	}
	return p.sess.GuestState().String()
}

// guideLink is the learner's guide, at a section.
func guideLink(section string) string {
	if section == "" {
		return "/web/guide.html"
	}
	return "/web/guide.html#" + section
}

// explainLine sets the note beside the monitor's answer to line.
func (p *Page) explainLine(mode components.Mode, line, out string) {
	p.hint = components.Hint{}
	if h, ok := explain.Line(p.sess, mode == components.QMP, line, out); ok {
		p.hint = components.Hint{Line: line, Why: h.Why, Try: h.Try, Link: guideLink(h.Section)}
	}
}

// startHint is the note beside QEMU's start-up messages.
func (p *Page) startHint() components.Hint {
	if p.sess == nil {
		return components.Hint{}
	}
	h, ok := explain.Startup(p.sess.Args, p.sess.Stderr())
	if !ok {
		return components.Hint{}
	}
	return components.Hint{Why: h.Why, Link: guideLink(h.Section)}
}

// connectQMP: a QMP client's first request negotiates capabilities. When
// the console shows QMP on a session that has not negotiated, the page
// sends qmp_capabilities for the reader, through the session (so it is in
// the log and in share links), and says so in the transcript.
func (p *Page) connectQMP(ctx app.Context) {
	if p.consoleMode != components.QMP || !p.running() || negotiated(p.sess) {
		return
	}
	const caps = `{"execute": "qmp_capabilities"}`
	out, err := p.runLine(components.QMP, caps, true)
	if err != nil {
		return
	}
	p.show(ctx, components.QMP, caps, out)
	ctx.NewActionWithValue(components.ActionNote, components.Shown{Epoch: p.epoch, Mode: components.QMP,
		Output: "The page sent qmp_capabilities for you on connecting: a QMP client must negotiate capabilities before any other command, once."})
}

// negotiated reports whether a session's log holds a qmp_capabilities.
func negotiated(s *session.Session) bool {
	for _, in := range s.Log {
		if in.Kind == "qmp" && strings.Contains(in.Text, `"qmp_capabilities"`) {
			return true
		}
	}
	return false
}

// ensureParts reads the parts from the URL if nothing did yet: go-app
// renders (and mounts the children) before OnNav configures the page, and
// a console mounted late misses the lines a share link replays into it.
func (p *Page) ensureParts() {
	if p.partsSet {
		return
	}
	if u := app.Window().URL(); u != nil {
		p.embed = isEmbed(u)
		p.parts, p.partsSet = partsFromQuery(u.Query().Get(ParamUI), p.embed), true
		return
	}
	p.parts = partsFromQuery("", p.embed)
}

func (p *Page) Render() app.UI {
	p.ensureParts()
	binary, exit := "", 1
	if p.sess != nil {
		binary, exit = p.sess.Binary(), p.sess.ExitCode()
	}
	greet := map[components.Mode]string{}
	if p.sess != nil && p.sess.Started() {
		greet[components.HMP] = session.HMPBanner(p.sess.QEMU)
		greet[components.QMP] = session.Greeting(p.sess.QEMU)
	}
	t := p.tut()
	hasScenario := t.sc != nil || t.err != "" || t.loading != ""
	cls := "page"
	if p.embed {
		cls += " embed"
	}
	if hasScenario {
		cls += " with-scenario"
	}
	if !p.parts.topology || !p.parts.console {
		cls += " single"
	}
	stopped := ""
	if p.exited() {
		stopped = "QEMU has exited: press Start or Reset to run a new one."
	}
	return app.Div().Class(cls).Body(
		app.If(!p.embed,
			app.Header().Class("top").Body(
				app.H1().Text("Hotplug Lab"),
				app.P().Class("tagline").Text("QEMU's CPU hotplug, simulated in your browser"),
				app.Nav().Class("links").Aria("label", "help").Body(
					app.A().ID("link-guide").Href(guideLink("")).Target("_blank").Rel("noopener").Text("Guide"),
					app.A().ID("link-help").Href(guideLink("page")).Target("_blank").Rel("noopener").Text("Help"),
					app.A().ID("link-qemu-docs").Href("https://www.qemu.org/docs/master/system/cpu-hotplug.html").Target("_blank").Rel("noopener").Text("QEMU docs ↗"),
				),
				&components.ThemeSwitch{},
			),
		).Else(),
		// Always in the tree, hidden when empty: go-app matches children by
		// position, and one appearing would remount the lab after it.
		app.Div().Class("update").Attr("role", "status").Hidden(!p.update).Body(
			app.Text("A new version of Hotplug Lab is ready. "),
			app.Button().ID("reload").Text("Reload to update").OnClick(func(ctx app.Context, e app.Event) {
				ctx.Reload()
			}),
		),
		&components.NoticeBar{Notices: p.allNotices(), Progress: p.progress},
		app.If(p.parts.bar && !p.readonlyUI(), &components.MachineBar{
			Line:      p.line,
			QEMU:      p.release().Name,
			Versions:  versions(),
			Binary:    binary,
			Started:   p.sess != nil || p.stderr != "",
			Running:   p.running(),
			ExitCode:  exit,
			Quit:      p.quitByMonitor(),
			Stderr:    p.stderr,
			StartHint: p.startHint(),
			Pickers:   p.pickers(),
			Presets:   Presets,
			Comparing: p.compare.open, OnlyDiffering: !p.compare.all,
		}).Else(),
		p.compareUI(),
		p.hostFilesUI(),
		app.Main().Class("lab").Body(
			app.If(hasScenario || p.parts.scenarios, app.Div().Class("col-scen").Body(p.scenarioUI())).Else(),
			app.If(p.parts.topology, app.Div().Class("col-topo").Body(
				&components.Topology{View: p.view, Changed: p.changed, NoConsole: !p.parts.console, Link: &p.topo},
				&components.SlotDetail{NoConsole: !p.parts.console},
			)).Else(),
			app.If(p.parts.console || p.parts.guest || p.parts.events, app.Div().Class("col-mon").Body(
				app.If(p.parts.console, &components.Console{
					Shell:       p.consoleShell(),
					Running:     p.running() && p.progress == nil,
					Epoch:       p.epoch,
					Greeting:    greet,
					InitialMode: components.Mode(p.mode),
					Hint:        p.hint,
					Stopped:     stopped,
				}).Else(),
				app.If(p.parts.guest, &components.GuestPane{
					View: p.view, Log: p.guestLog, Notes: p.guestNotes, State: p.guestState(), Running: p.running(),
					ReadOnly: p.readonlyUI(), Clock: p.clockView(),
				}).Else(),
				app.If(p.parts.events, &components.EventsPane{Lines: p.events}).Else(),
			)).Else(),
		),
		p.timelineUI(),
		p.shareBar(),
	)
}
