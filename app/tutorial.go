package app

import (
	"errors"
	"fmt"
	"net/url"
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

func (t tutShell) Complete(mode components.Mode, line string) []string {
	return t.p.sh.Complete(mode, line)
}

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
	s := p.sess
	out := p.sh.Run(mode, line)
	p.explainLine(mode, line, out)
	if r := t.r; r != nil && r.S == s {
		r.Log.Output += out
		if mode == components.QMP {
			r.Log.Output += "\n"
		}
	}
	p.afterChange() // the shell re-read the session (afterInput)
	return out, nil
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
			for _, e := range r.S.EventLog[t.seenEvents:] {
				r.Log.Events = append(r.Log.Events, e.Name)
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
	fetchText(u, func(text string, err error) {
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

// fetchText GETs a URL with the browser's fetch.
func fetchText(u string, cb func(string, error)) {
	var fns []app.Func
	release := func() {
		for _, f := range fns {
			f.Release()
		}
	}
	fail := app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "network error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		release()
		cb("", errors.New(msg))
		return nil
	})
	gotText := app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		cb(args[0].String(), nil)
		return nil
	})
	gotResp := app.FuncOf(func(this app.Value, args []app.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			release()
			cb("", fmt.Errorf("HTTP %d", resp.Get("status").Int()))
			return nil
		}
		resp.Call("text").Call("then", gotText, fail)
		return nil
	})
	fns = []app.Func{fail, gotText, gotResp}
	prom := app.Window().Call("fetch", u, map[string]any{"credentials": "same-origin"})
	if !prom.Truthy() { // outside a browser
		release()
		cb("", errors.New("no fetch outside a browser"))
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
	for a, act := range t.sc.Steps[first].Actions {
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

// builtinChoices lists the built-in scenarios for the panel.
var builtinChoices = func() []components.ScenarioChoice {
	var out []components.ScenarioChoice
	for _, id := range scenario.BuiltinIDs() {
		sc, _, _ := scenario.Builtin(id)
		out = append(out, components.ScenarioChoice{ID: id, Title: sc.Title, Summary: sc.Summary})
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
	ctx.Handle(components.ActionScenarioPick, func(ctx app.Context, a app.Action) {
		if id, ok := a.Value.(string); ok {
			p.loadScenarioSource(ctx, id, nil)
			p.Update()
			focusScenario(ctx)
		}
	})
	ctx.Handle(components.ActionScenarioLoad, func(ctx app.Context, a app.Action) {
		if src, ok := a.Value.(components.ScenarioSource); ok {
			s := src.Text
			if strings.TrimSpace(s) == "" {
				s = src.URL
			}
			p.loadScenarioSource(ctx, s, func(error) { p.Update() })
			p.Update()
		}
	})
	ctx.Handle(components.ActionScenarioDo, func(ctx app.Context, a app.Action) {
		if ref, ok := a.Value.(components.ScenarioRef); ok {
			p.doAction(ctx, ref.Step, ref.Action)
			p.Update()
		}
	})
	ctx.Handle(components.ActionScenarioEnter, func(ctx app.Context, a app.Action) {
		if ref, ok := a.Value.(components.ScenarioRef); ok {
			p.enterStep(ref.Step)
			p.Update()
		}
	})
	// A machine started from the machine bar: the checks and the host
	// events follow it.
	ctx.Handle(components.ActionStart, func(ctx app.Context, a app.Action) {
		ctx.Defer(func(app.Context) { p.afterChange() })
	})
	// The guest pane's boot, shell and settle change the state the checks
	// and the host events look at.
	ctx.Handle(components.ActionGuest, func(ctx app.Context, a app.Action) {
		ctx.Defer(func(app.Context) { p.guestChanged() })
	})
	p.shareInit(ctx)
	p.hostInit(ctx)
	if p.restoreFragment(ctx, u) {
		t.keep = true
	}
	if src := q.Get(ParamScenario); src != "" {
		_, auto := q[ParamAutorun]
		auto = auto && !t.keep // a share link's session is what it is
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
