package app

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// Panic containment. Any Go panic or thrown JS exception ends a wasm
// program for good, and go-app v9 has no recovery. Two layers keep the page:
//
//   - guard wraps every entry from the browser into the page's code: action
//     handlers, typed lines, host messages, our own JS callbacks, restores.
//     A panic becomes a notice, and the session is rebuilt from its log
//     without the input that failed, so it goes on.
//   - Crashed catches what escapes to go-app's own loop (which runs every
//     event handler, action and render on wasm's main goroutine): it saves
//     the session in sessionStorage and reloads the page, which restores it
//     and says so.

// errInternal is a typed line's answer when it made the simulator fail.
var errInternal = errors.New("internal error")

// guard runs fn; a panic in it becomes a notice and a rebuilt session. It
// reports whether fn failed.
func (p *Page) guard(what string, fn func()) (failed bool) {
	sess, before := p.sess, 0
	if sess != nil {
		before = len(sess.Log)
	}
	defer func() {
		if r := recover(); r != nil {
			failed = true
			p.recovered(what, r, sess, before)
		}
	}()
	fn()
	return false
}

// guardJS wraps a JS callback's body: a panic there would end the program.
func (p *Page) guardJS(what string, fn func(this app.Value, args []app.Value) any) app.Func {
	return app.FuncOf(func(this app.Value, args []app.Value) (ret any) {
		p.guard(what, func() { ret = fn(this, args) })
		return ret
	})
}

// handle registers an action handler under guard. Several places may
// handle one action (the tutorial follows a Start too). go-app keys a
// source's handlers by their function's code address, so two closures made
// by one helper replace each other (or not, as the compiler inlined it):
// the page keeps its own handlers per action, one per call site, and gives
// go-app a single dispatcher per action.
func (p *Page) handle(ctx app.Context, action, what string, h app.ActionHandler) {
	site, _, _, _ := runtime.Caller(1)
	if p.actions == nil {
		p.actions = map[string][]siteHandler{}
	}
	list := p.actions[action]
	replaced := false
	for i := range list {
		if list[i].site == site {
			list[i], replaced = siteHandler{site, what, h}, true
		}
	}
	if !replaced {
		p.actions[action] = append(list, siteHandler{site, what, h})
	}
	ctx.Handle(action, p.dispatcher(action))
}

// siteHandler is one place's handler of an action.
type siteHandler struct {
	site uintptr
	what string
	h    app.ActionHandler
}

// dispatcher runs the page's handlers of an action in the order they were
// registered. Every dispatcher has one code address (never inlined), so a
// second registration of an action replaces the first in go-app.
//
//go:noinline
func (p *Page) dispatcher(action string) app.ActionHandler {
	return func(ctx app.Context, a app.Action) {
		for _, s := range p.actions[action] {
			if p.guard(s.what, func() { s.h(ctx, a) }) {
				p.Update()
			}
		}
	}
}

// recovered turns a panic into a notice and rebuilds the session: sess was
// the page's session when the guarded call began, with before inputs.
func (p *Page) recovered(what string, r any, sess *session.Session, before int) {
	consoleError("hotplug-lab: internal error while "+what+": "+fmt.Sprint(r), string(debug.Stack()))
	msg := fmt.Sprintf("Hotplug Lab hit an internal error while %s (%v). ", what, r)
	target, n := p.sess, 0
	if target != nil {
		n = len(target.Log)
		if target == sess {
			n = min(n, before) // leave out what the failing call logged
		}
	}
	if target == nil {
		p.notify(components.NoticeError, msg+"Start a machine to go on.")
		return
	}
	p.notify(components.NoticeError, msg+p.rebuild(target, n))
}

// rebuild replays the first n inputs of s on a fresh QEMU and makes it the
// page's session; it says what happened.
func (p *Page) rebuild(s *session.Session, n int) (outcome string) {
	defer func() {
		if r := recover(); r != nil {
			consoleError("hotplug-lab: rebuilding the session failed: "+fmt.Sprint(r), string(debug.Stack()))
			p.sess, p.view, p.changed = nil, topoview.View{}, nil
			outcome = "Rebuilding the session failed too: start a machine again."
		}
	}()
	ns, _ := session.Replay(s.QEMU, "", s.Args, s.Log[:n], session.FileBudget, nil)
	ns.TakeKernelLines() // the guest pane already shows them
	ns.TakeGuestConsole()
	p.replaceSession(s, ns)
	if n < len(s.Log) {
		return fmt.Sprintf("The session was rebuilt from its log without that input (%s): it goes on.", describe(s.Log[n]))
	}
	return "The session was rebuilt from its log: it goes on."
}

// replaceSession puts ns where old was: the page's, the scenario runner's
// and the host API's session. The console keeps its scrollback.
func (p *Page) replaceSession(old, ns *session.Session) {
	p.sess = ns
	t := p.tut()
	if t.r != nil && t.r.S == old {
		t.r.S = ns
	}
	t.seenSess, t.seenEvents = ns, len(ns.EventLog)
	p.afterInput()
	t.lastSess, t.lastView = p.sess, p.view
}

// describe names an input for a message.
func describe(in session.Input) string {
	text := clip(in.Text, 80)
	switch in.Kind {
	case "hmp", "qmp":
		return fmt.Sprintf("%s %q", strings.ToUpper(in.Kind), text)
	case "guest":
		return fmt.Sprintf("guest shell %q", text)
	}
	return "guest " + in.Kind
}

// notify adds a notice (the newest last; a few are kept).
func (p *Page) notify(kind, text string) {
	p.notices = append(p.notices, components.Notice{Kind: kind, Text: text})
	if len(p.notices) > maxNotices {
		p.notices = p.notices[len(p.notices)-maxNotices:]
	}
}

const maxNotices = 4

// allNotices are the URL's notices (configure) and then the lab's own.
func (p *Page) allNotices() []components.Notice {
	if len(p.urlNotices) == 0 {
		return p.notices
	}
	all := make([]components.Notice, 0, len(p.urlNotices)+len(p.notices))
	for _, t := range p.urlNotices {
		all = append(all, components.Notice{Kind: components.NoticeWarn, Text: t})
	}
	return append(all, p.notices...)
}

// dismissNotice removes the i-th of allNotices.
func (p *Page) dismissNotice(i int) {
	switch u := len(p.urlNotices); {
	case i < 0:
	case i < u:
		p.urlNotices = append(p.urlNotices[:i:i], p.urlNotices[i+1:]...)
	case i-u < len(p.notices):
		i -= u
		p.notices = append(p.notices[:i:i], p.notices[i+1:]...)
	}
}

// consoleError logs to the browser's console (a no-op elsewhere).
func consoleError(msg, detail string) {
	defer func() { recover() }()
	if c := app.Window().Get("console"); c.Truthy() {
		c.Call("error", msg, detail)
	}
}

// live is the mounted page, for Crashed.
var live *Page

// Crashed is wasm's main's last resort, called with what recover() gave
// when go-app's loop died: the session is saved for the reload that
// follows, which restores it and says what happened. It reports whether
// the page is reloading (the program should then wait for it).
func Crashed(r any) bool {
	if r == nil {
		return false
	}
	consoleError("hotplug-lab: the page crashed: "+fmt.Sprint(r), string(debug.Stack()))
	func() {
		defer func() { recover() }()
		if live != nil {
			live.saveForRestart(fmt.Sprint(r))
		}
	}()
	defer func() { recover() }()
	app.Window().Get("location").Call("reload")
	return true
}
