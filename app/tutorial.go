package app

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/scenario"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// Embed parameters of docs/authoring.md handled here (the rest are in routes.go).
const (
	ParamScenario = "scenario" // a built-in id or a same-origin URL
	ParamSteps    = "steps"    // "2" or "2-4": lock the steps shown
	ParamReadonly = "readonly" // present: only the scenario's commands run
	ParamAutorun  = "autorun"  // present: run the first step's commands on load
)

// tutorial is the page's scenario state: the engine's Runner on the page's
// session, the check results shown per step, and what the host API and the
// share bar need.
type tutorial struct {
	sc      *scenario.Scenario
	r       *scenario.Runner
	results map[int][]bool    // per step: the check results last shown
	outputs map[[2]int]string // what each clicked action printed, by step and action
	tried   map[int]bool      // steps the reader has acted in (a check that fails there shows it)
	err     string
	loading string
	lock    [2]int // the URL's steps=, over the file's own lock

	readonly bool
	allow    map[string]bool // readonly: the lines the scenario may run
	// keep: the next scenario loaded keeps the page's session (a share
	// link's) instead of starting its own machine.
	keep   bool
	inited bool

	// Host API and share bar state.
	// The runner's step log takes the session's events from here on.
	seenSess   *session.Session
	seenEvents int

	host      *hostAPI
	lastSess  *session.Session
	lastView  topoview.View
	shareText string
	shareStat string
	shareWarn string
	shareErr  string
}

// tut is the page's tutorial state, created on first use.
func (p *Page) tut() *tutorial {
	if p.tutState == nil {
		p.tutState = &tutorial{results: map[int][]bool{}, outputs: map[[2]int]string{}, tried: map[int]bool{}}
	}
	return p.tutState
}

// consoleShell is what the console runs typed lines on: the page's shell,
// with the scenario's step log and the host events kept up to date.
func (p *Page) consoleShell() components.Shell { return tutShell{p} }

type tutShell struct{ p *Page }

func (t tutShell) Run(mode components.Mode, line string) string {
	out, _ := t.p.runLine(mode, line, false)
	return out
}

func (t tutShell) Complete(mode components.Mode, line string) (out []string) {
	t.p.guard("completing a line", func() { out = t.p.sh.Complete(mode, line) })
	return out
}

// TakeNotes passes on the engine's notes about the line that ran.
func (t tutShell) TakeNotes() []string { return t.p.sh.TakeNotes() }

// errReadonly is the answer to a typed line in a read-only embed.
var errReadonly = errors.New("this embed is read-only: it runs only the scenario's commands")

// runLine runs one monitor line on the page's session (trusted: it comes
// from the scenario or the host API, which a read-only embed still allows)
// and keeps the runner's step log, the checks and the host events current.
func (p *Page) runLine(mode components.Mode, line string, trusted bool) (string, error) {
	t := p.tut()
	if t.readonly && !trusted && !t.allow[line] {
		return "hotpluglab: " + errReadonly.Error() + "\r\n", errReadonly
	}
	if !p.running() {
		return "", errors.New("QEMU is not running")
	}
	if p.progress != nil {
		return "", errors.New("the page is restoring a session: try again when it is done")
	}
	var out string
	if p.guard(fmt.Sprintf("running %q", clip(line, 80)), func() {
		s := p.sess
		out = p.sh.Run(mode, line)
		p.explainLine(mode, line, out)
		if r := t.r; r != nil && r.S == s {
			if mode == components.QMP {
				r.Record(out + "\n")
			} else {
				r.Record(out)
			}
		}
		p.afterChange() // the shell re-read the session (afterInput)
	}) {
		return "hotpluglab: internal error: this line made the simulator fail; the session goes on without it (see the notice above)\r\n", errInternal
	}
	return out, nil
}

// clip shortens a text for a message.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n-1] + "…"
	}
	return s
}

// show posts a line that ran outside the console to its scrollback.
func (p *Page) show(ctx app.Context, mode components.Mode, line, out string) {
	ctx.NewActionWithValue(components.ActionShow, components.Shown{Epoch: p.epoch, Mode: mode, Line: line, Output: out})
}

// afterChange evaluates the current step and emits the host events for
// what changed since the last call.
func (p *Page) afterChange() {
	t := p.tut()
	if r := t.r; r != nil && r.S == p.sess {
		if t.seenSess == r.S {
			for _, e := range r.S.EventLog[min(t.seenEvents, len(r.S.EventLog)):] {
				r.Log.AddEvent(e.Name)
			}
		}
		t.seenSess, t.seenEvents = r.S, len(r.S.EventLog)
		res := r.Results()
		all := true
		for _, ok := range res {
			all = all && ok
		}
		wasDone := r.Done[r.Current]
		if !wasDone || all {
			// A done step keeps the results that made it done.
			t.results[r.Current] = res
		}
		if all && !wasDone {
			r.Done[r.Current] = true
		}
		if r.Done[r.Current] && !wasDone {
			t.host.event("stepDone", map[string]any{"scenario": t.sc.ID, "step": r.Current + 1, "title": t.sc.Steps[r.Current].Title})
		}
	}
	p.hostDiff()
}

// loadScenarioSource loads a scenario from a built-in id, a file's text or
// a same-origin URL; a URL is fetched and loaded when it arrives (done is
// called then, with the error if any).
func (p *Page) loadScenarioSource(ctx app.Context, src string, done func(error)) {
	src = strings.TrimSpace(src)
	if done == nil {
		done = func(error) {}
	}
	t := p.tut()
	if sc, text, ok := scenario.Builtin(src); ok {
		done(p.useScenario(ctx, sc, text))
		return
	}
	if strings.Contains(src, "\n") || strings.HasPrefix(src, "---") {
		sc, err := scenario.Parse(src)
		if err != nil {
			t.err = "This scenario has a mistake: " + err.Error()
			done(err)
			return
		}
		done(p.useScenario(ctx, sc, src))
		return
	}
	u, err := sameOrigin(src)
	if err != nil {
		t.err = err.Error()
		done(err)
		return
	}
	t.loading, t.err = u, ""
	p.fetchText(u, scenario.MaxBytes, func(text string, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			t.loading = ""
			if err != nil {
				t.err = "Could not load " + u + ": " + err.Error()
				done(errors.New(t.err))
				return
			}
			sc, perr := scenario.Parse(text)
			if perr != nil {
				t.err = "The scenario " + u + " has a mistake: " + perr.Error()
				done(errors.New(t.err))
				return
			}
			done(p.useScenario(ctx, sc, text))
		})
	})
}

// sameOrigin resolves a scenario URL against the page and refuses other
// origins: the page fetches it with the visitor's browser.
func sameOrigin(src string) (string, error) {
	if src == "" {
		return "", errors.New("give a built-in scenario, a scenario file's text, or its URL on this site")
	}
	here := app.Window().URL()
	ref, err := url.Parse(src)
	if err != nil {
		return "", fmt.Errorf("scenario URL %q: %v", src, err)
	}
	if here == nil || here.Host == "" {
		return "", errors.New("scenario URLs load only in the browser")
	}
	u := here.ResolveReference(ref)
	if u.Scheme != here.Scheme || u.Host != here.Host {
		return "", fmt.Errorf("scenario URL %q is on another site: only files of this site (%s://%s) load", src, here.Scheme, here.Host)
	}
	u.Fragment = ""
	return u.String(), nil
}

// sameSite says whether an absolute URL (a fetch's final one) is on the
// page's own site.
func sameSite(abs string) error {
	here := app.Window().URL()
	u, err := url.Parse(abs)
	if err != nil || here == nil || u.Scheme != here.Scheme || u.Host != here.Host {
		return fmt.Errorf("%q is on another site", abs)
	}
	return nil
}

// fetchText GETs a scenario URL with the browser's fetch. The address it
// ends at after redirects must be on this site too (the first one was
// checked), and the body is read up to max bytes: a longer file is refused
// as soon as it passes, without reading the rest.
func (p *Page) fetchText(u string, max int, cb func(string, error)) {
	var fns []app.Func
	finished := false
	finish := func(text string, err error) {
		if finished {
			return
		}
		finished = true
		for _, f := range fns {
			f.Release()
		}
		cb(text, err)
	}
	fn := func(f func(args []app.Value)) app.Func {
		g := p.guardJS("loading a scenario", func(_ app.Value, args []app.Value) any {
			f(args)
			return nil
		})
		fns = append(fns, g)
		return g
	}
	tooLarge := func(n int) error {
		return fmt.Errorf("the file is more than %s; a scenario may be at most %s", session.Bytes(int64(n-1)), session.Bytes(int64(max)))
	}
	fail := fn(func(args []app.Value) {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		// The page's policy (connect-src 'self') refuses a redirect to
		// another site before the final URL can be checked: both look alike.
		finish("", errors.New(msg+" (the server is unreachable, or the URL redirects to another site: only files of this site load)"))
	})
	var chunks app.Value
	var reader app.Value
	total := 0
	gotText := fn(func(args []app.Value) { finish(args[0].String(), nil) })
	var read app.Func
	read = fn(func(args []app.Value) {
		r := args[0]
		if r.Get("done").Bool() {
			app.Window().Get("Blob").New(chunks).Call("text").Call("then", gotText, fail)
			return
		}
		v := r.Get("value")
		total += v.Get("byteLength").Int()
		if total > max {
			reader.Call("cancel")
			finish("", tooLarge(total))
			return
		}
		chunks.Call("push", v)
		reader.Call("read").Call("then", read, fail)
	})
	gotResp := fn(func(args []app.Value) {
		resp := args[0]
		final := resp.Get("url").String()
		if final == "" {
			final = u // a response the service worker made has no URL: no redirect
		}
		if err := sameSite(final); err != nil {
			finish("", fmt.Errorf("it redirects to %s, another site: only files of this site load", final))
			return
		}
		if !resp.Get("ok").Bool() {
			finish("", fmt.Errorf("HTTP %d", resp.Get("status").Int()))
			return
		}
		if n, err := strconv.Atoi(resp.Get("headers").Call("get", "Content-Length").String()); err == nil && n > max {
			resp.Get("body").Call("cancel")
			finish("", tooLarge(n))
			return
		}
		chunks = app.Window().Get("Array").New()
		reader = resp.Get("body").Call("getReader")
		reader.Call("read").Call("then", read, fail)
	})
	prom := app.Window().Call("fetch", u, map[string]any{"credentials": "same-origin"})
	if !prom.Truthy() { // outside a browser
		finish("", errors.New("no fetch outside a browser"))
		return
	}
	prom.Call("then", gotResp, fail)
}

// useScenario makes sc the page's scenario: its machine starts and its
// first visible step is entered.
func (p *Page) useScenario(ctx app.Context, sc *scenario.Scenario, src string) error {
	t := p.tut()
	if t.lock[0] > 0 {
		if t.lock[1] > len(sc.Steps) {
			err := fmt.Errorf("steps=%d-%d, but the scenario has %d steps", t.lock[0], t.lock[1], len(sc.Steps))
			t.err = err.Error()
			return err
		}
		sc.LockFrom, sc.LockTo = t.lock[0], t.lock[1]
	}
	t.sc, t.err, t.loading = sc, "", ""
	t.results = map[int][]bool{}
	t.outputs = map[[2]int]string{}
	t.tried = map[int]bool{}
	t.allow = map[string]bool{}
	if p.urlQEMU != nil {
		sc.QEMU = p.urlQEMU // the URL's qemu= wins over the file's qemu:
	}
	for _, st := range sc.Steps {
		for _, a := range st.Actions {
			t.allow[a.Text] = true
		}
	}
	t.r = scenario.NewRunner(sc)
	if t.keep && p.sess != nil {
		t.keep = false
		t.r.S = p.sess // the checks look at the restored session
		t.r.Log = scenario.StepLog{}
	}
	t.seenSess, t.seenEvents = t.r.S, len(t.r.S.EventLog)
	p.adoptRunner()
	p.afterChange()
	return nil
}

// adoptRunner makes the runner's session the page's (after the runner
// started or restarted QEMU).
func (p *Page) adoptRunner() {
	t := p.tut()
	r := t.r
	if r == nil || r.S == p.sess {
		return
	}
	p.line = components.JoinArgs(r.S.Args)
	p.sess = r.S
	p.events, p.guestLog = nil, nil
	p.epoch++
	p.view = topoview.View{} // a new machine: nothing "changed"
	p.afterInput()
	p.changed = nil
	p.afterChange()
}

// enterStep makes step i current (restarting QEMU when the step says so).
func (p *Page) enterStep(i int) {
	t := p.tut()
	if t.r == nil || i < 0 || i >= len(t.sc.Steps) || !visible(t.sc, i) {
		return
	}
	if t.r.S != p.sess {
		// The reader started another machine by hand: the checks look at it.
		t.r.S = p.sess
	}
	t.r.Enter(i)
	t.seenSess, t.seenEvents = t.r.S, len(t.r.S.EventLog)
	p.adoptRunner()
	p.afterChange()
}

func visible(sc *scenario.Scenario, i int) bool {
	for _, v := range sc.Visible() {
		if v == i {
			return true
		}
	}
	return false
}

// doAction clicks action a of step i: run and qmp run in the console as if
// typed, copy fills the console's input, the guest's run on the guest model.
func (p *Page) doAction(ctx app.Context, i, a int) {
	t := p.tut()
	if t.r == nil || i < 0 || i >= len(t.sc.Steps) || a < 0 || a >= len(t.sc.Steps[i].Actions) || !visible(t.sc, i) {
		return
	}
	if t.r.S != p.sess && p.sess != nil {
		t.r.S = p.sess
	}
	if t.r.Current != i {
		p.enterStep(i)
	}
	act := t.sc.Steps[i].Actions[a]
	t.tried[i] = true
	switch act.Kind {
	case scenario.Copy:
		ctx.NewActionWithValue(components.ActionFill, act.Text)
	case scenario.Run, scenario.QMP:
		mode := components.HMP
		if act.Kind == scenario.QMP {
			mode = components.QMP
			p.consoleMode = components.QMP
			p.connectQMP(ctx)
		}
		out, err := p.runLine(mode, act.Text, true)
		if err == nil {
			p.show(ctx, mode, act.Text, out)
			// Shown under the button too: the console may be off screen.
			t.outputs[[2]int{i, a}] = stepOutput(out)
		}
	default: // guest, boot, wait: the runner drives the guest model
		if p.sess == nil {
			return
		}
		before := len(p.sess.EventLog)
		// The guest pane shows the terminal as the page's shell writes it.
		t.r.Guest = func(s *session.Session, line string) string {
			out, _ := p.guestShell(line)
			return out
		}
		out := t.r.Do(act)
		t.seenEvents = len(p.sess.EventLog) // Do logged them
		for _, e := range p.sess.EventLog[before:] {
			p.addEvents(e.JSON())
		}
		if act.Kind == scenario.Wait && out == "" {
			out = "(" + act.Text + " of virtual time passed)"
		}
		if act.Kind == scenario.Boot && out == "" {
			out = "(the guest booted: its shell prompt is up)"
		}
		shown := out
		if act.Kind == scenario.Guest && out == "" {
			shown = "(no output)" // so the reader sees the command ran
		}
		t.outputs[[2]int{i, a}] = shown
		p.afterInput()
		p.afterChange()
	}
}

// autorun runs the first visible step's commands, as clicks would (copy
// actions only fill the input, so they are skipped).
func (p *Page) autorun(ctx app.Context) {
	t := p.tut()
	if t.r == nil {
		return
	}
	first := t.sc.Visible()[0]
	var start session.Cost
	if p.sess != nil {
		start = p.sess.Cost()
	}
	for a, act := range t.sc.Steps[first].Actions {
		if p.sess != nil && p.sess.Cost().Since(start).Over(session.LinkBudget) {
			p.notify(components.NoticeWarn, fmt.Sprintf("autorun stopped before command %d of step %d: the step's output passed the budget of a page that runs by itself (%s). Click the remaining commands to run them.", a+1, first+1, session.LinkBudget))
			return
		}
		if act.Kind != scenario.Copy {
			p.doAction(ctx, first, a)
		}
	}
}

// scenarioView is the panel's view model.
func (p *Page) scenarioView() components.ScenarioView {
	t := p.tut()
	v := components.ScenarioView{Error: t.err, Loading: t.loading}
	if t.sc == nil {
		return v
	}
	v.ID, v.Title, v.Summary = t.sc.ID, t.sc.Title, t.sc.Summary
	for _, i := range t.sc.Visible() {
		st := t.sc.Steps[i]
		vs := components.ScenarioStep{
			Index: i, Number: i + 1, Title: st.Title, Machine: st.Machine, Prose: st.Prose,
			Current: t.r.Current == i, Done: t.r.Done[i], Tried: t.tried[i],
		}
		for a, act := range st.Actions {
			vs.Actions = append(vs.Actions, components.ScenarioAction{Kind: act.Kind, Text: act.Text, Output: t.outputs[[2]int{i, a}]})
		}
		res, seen := t.results[i]
		for c, ch := range st.Checks {
			state := components.CheckPending
			if seen && c < len(res) {
				state = components.CheckFail
				if res[c] {
					state = components.CheckPass
				}
			}
			vs.Checks = append(vs.Checks, components.ScenarioCheck{Src: ch.Src, State: state})
		}
		v.Steps = append(v.Steps, vs)
	}
	return v
}

// builtinChoices lists the built-in scenarios for the panel (by their
// front matter: a scenario is parsed when it is picked).
var builtinChoices = func() []components.ScenarioChoice {
	var out []components.ScenarioChoice
	for _, id := range scenario.BuiltinIDs() {
		title, summary := scenario.BuiltinTitle(id)
		out = append(out, components.ScenarioChoice{ID: id, Title: title, Summary: summary})
	}
	return out
}()

// tutInit applies the scenario parameters of the URL and registers the
// panel's, the share bar's and the host API's handlers. The page calls it
// from OnNav, after configure.
func (p *Page) tutInit(ctx app.Context, u *url.URL) {
	t := p.tut()
	if t.inited {
		return // OnNav again (an in-app navigation): handlers stay registered
	}
	t.inited = true
	q := u.Query()
	_, t.readonly = q[ParamReadonly]
	if s := q.Get(ParamSteps); s != "" {
		from, to, err := scenario.ParseRange(s)
		if err != nil {
			t.err = "steps=" + s + ": " + err.Error()
		} else {
			t.lock = [2]int{from, to}
		}
	}
	p.handle(ctx, components.ActionScenarioPick, "loading a scenario", func(ctx app.Context, a app.Action) {
		if id, ok := a.Value.(string); ok {
			p.loadScenarioSource(ctx, id, nil)
			p.Update()
			focusScenario(ctx)
		}
	})
	p.handle(ctx, components.ActionScenarioLoad, "loading a scenario", func(ctx app.Context, a app.Action) {
		if src, ok := a.Value.(components.ScenarioSource); ok {
			s := src.Text
			if strings.TrimSpace(s) == "" {
				s = src.URL
			}
			p.loadScenarioSource(ctx, s, func(error) { p.Update() })
			p.Update()
		}
	})
	p.handle(ctx, components.ActionScenarioDo, "running a scenario's command", func(ctx app.Context, a app.Action) {
		if ref, ok := a.Value.(components.ScenarioRef); ok {
			p.doAction(ctx, ref.Step, ref.Action)
			p.Update()
		}
	})
	p.handle(ctx, components.ActionScenarioEnter, "entering a scenario step", func(ctx app.Context, a app.Action) {
		if ref, ok := a.Value.(components.ScenarioRef); ok {
			p.enterStep(ref.Step)
			p.Update()
			focusStep(ctx, ref.Step)
		}
	})
	// A machine started from the machine bar: the checks and the host
	// events follow it.
	p.handle(ctx, components.ActionStart, "starting QEMU", func(ctx app.Context, a app.Action) {
		ctx.Defer(func(app.Context) { p.guard("starting QEMU", p.afterChange) })
	})
	// The guest pane's boot, shell and settle change the state the checks
	// and the host events look at.
	p.handle(ctx, components.ActionGuest, "acting on the guest", func(ctx app.Context, a app.Action) {
		ctx.Defer(func(app.Context) { p.guard("acting on the guest", p.guestChanged) })
	})
	p.shareInit(ctx)
	p.hostInit(ctx)
	p.openSession(ctx, u, func(restored bool) {
		t.keep = restored
		if src := q.Get(ParamScenario); src != "" {
			_, auto := q[ParamAutorun]
			auto = auto && !t.keep // a restored session is what it is
			p.loadScenarioSource(ctx, src, func(err error) {
				if err == nil && auto {
					p.autorun(ctx)
				}
				p.hostReady()
				p.Update()
			})
			return
		}
		p.afterChange()
		p.hostReady()
	})
}

// focusScenario moves focus to the loaded scenario's title, so a reader
// who chose it with the keyboard is not left on <body>.
func focusScenario(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID("scenario-title"); el.Truthy() {
			el.Call("focus")
		}
	})
}

// focusStep moves focus to the entered step's title: the "Go to this step"
// button that was clicked is gone once the step is current, and focus
// would otherwise fall to <body>.
func focusStep(ctx app.Context, step int) {
	ctx.Defer(func(app.Context) {
		sel := `.step-title[data-step="` + strconv.Itoa(step) + `"]`
		if el := app.Window().Get("document").Call("querySelector", sel); el.Truthy() {
			el.Call("focus")
		}
	})
}

// stepOutput is a command's output as shown under its button: the first
// lines (the monitor has it all).
func stepOutput(out string) string {
	out = strings.TrimRight(strings.ReplaceAll(out, "\r\n", "\n"), "\n")
	if out == "" {
		return "(no output: QEMU printed nothing)"
	}
	const max = 12
	if l := strings.Split(out, "\n"); len(l) > max {
		return strings.Join(l[:max], "\n") + "\n… (" + fmt.Sprint(len(l)-max) + " more lines in the monitor)"
	}
	return out
}

// guestChanged re-evaluates after the guest pane acted (afterChange takes
// its events into the step log).
func (p *Page) guestChanged() { p.afterChange() }

// readonlyUI hides the machine bar in a read-only embed.
func (p *Page) readonlyUI() bool { return p.tutState != nil && p.tutState.readonly }
