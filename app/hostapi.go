package app

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// The frame side of the host API (protocol version 1, docs/authoring.md):
// the embed page answers calls from its parent window and tells it what
// happened. The parent's origin is unknown to a page anyone may embed, so
// answers go back to the caller's origin and events to any origin (they
// carry nothing the host could not read from the page it embedded).

// HostProtocol is the host API's version.
const HostProtocol = 1

var hostMethods = []string{"run", "getState", "setTheme", "loadScenario", "getTimeline"}

// A host's call is bounded like a typed line: a command is at most what a
// QMP request may sensibly be, and one answer at most maxHostReply.
const (
	maxHostCommand = 1 << 20
	maxHostReply   = 4 << 20
	maxHostMessage = 2 * maxHostCommand
)

type hostAPI struct {
	parent app.Value
	ready  bool
	resize func() // posts the page's height now
}

// hostCall is a call from the host, as the wire carries it.
type hostCall struct {
	ID     float64
	Method string
	Params map[string]any
}

// parseHostCall checks a message's shape; the error says why it is ignored.
func parseHostCall(raw string) (hostCall, error) {
	if len(raw) > maxHostMessage {
		return hostCall{}, fmt.Errorf("a message of %s (a call is at most %s)", session.Bytes(int64(len(raw))), session.Bytes(maxHostMessage))
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &m); err != nil || m == nil {
		return hostCall{}, fmt.Errorf("not an object")
	}
	v, ok := m["hotplugLab"]
	if !ok {
		return hostCall{}, fmt.Errorf("not a Hotplug Lab message (no hotplugLab field)")
	}
	var ver float64
	if json.Unmarshal(v, &ver) != nil || ver != HostProtocol {
		return hostCall{}, fmt.Errorf("unsupported protocol version %s (this frame speaks %d)", v, HostProtocol)
	}
	var c hostCall
	if json.Unmarshal(m["id"], &c.ID) != nil || c.ID != math.Trunc(c.ID) || c.ID < 0 {
		return hostCall{}, fmt.Errorf("a call needs a whole-number id")
	}
	if json.Unmarshal(m["method"], &c.Method) != nil || c.Method == "" {
		return hostCall{}, fmt.Errorf("a call needs a method name")
	}
	if p, ok := m["params"]; ok && string(p) != "null" {
		if json.Unmarshal(p, &c.Params) != nil {
			return hostCall{}, fmt.Errorf("params must be an object")
		}
	}
	return c, nil
}

func warnConsole(msg string, data any) {
	if c := app.Window().Get("console"); c.Truthy() {
		c.Call("warn", "hotplug-lab frame: "+msg, data)
	}
}

// post sends a JSON-encoded message to the parent (JSON.parse makes it a
// plain object, so the host gets no Go-shaped values). A host with an
// opaque origin (a file:// page, a sandboxed or data: frame) sends from
// origin "null", which postMessage cannot target: it is answered to any
// origin, as events are (the parent window was checked as the sender).
// postMessage throwing (the parent went away) must not end the program.
func (h *hostAPI) post(msg map[string]any, origin string) {
	if h == nil || !h.parent.Truthy() {
		return
	}
	msg["hotplugLab"] = HostProtocol
	b, err := json.Marshal(msg)
	if err != nil {
		warnConsole("cannot encode a message: "+err.Error(), nil)
		return
	}
	defer func() {
		if r := recover(); r != nil {
			warnConsole(fmt.Sprintf("cannot post to the host page: %v", r), nil)
		}
	}()
	obj := app.Window().Get("JSON").Call("parse", string(b))
	h.parent.Call("postMessage", obj, replyOrigin(origin))
}

// replyOrigin is the target origin of an answer to a call from origin.
func replyOrigin(origin string) string {
	if origin == "" || origin == "null" {
		return "*"
	}
	return origin
}

// event posts an event (only when the page is embedded and ready).
func (h *hostAPI) event(name string, data any) {
	if h == nil || !h.ready {
		return
	}
	h.post(map[string]any{"event": name, "data": data}, "*")
}

// hostInit listens to the parent window, when there is one.
func (p *Page) hostInit(ctx app.Context) {
	w := app.Window()
	parent := w.Get("parent")
	if !parent.Truthy() || parent.Equal(w.Get("self")) {
		return // not embedded: no host
	}
	h := &hostAPI{parent: parent}
	p.tut().host = h
	w.AddEventListener("message", func(ctx app.Context, e app.Event) {
		p.guard("answering the host page", func() { p.hostMessage(ctx, h, parent, e) })
	})
	p.resizeObserver(h)
}

// hostMessage checks a message from the parent and answers it.
func (p *Page) hostMessage(ctx app.Context, h *hostAPI, parent app.Value, e app.Event) {
	if !e.Get("source").Equal(parent) {
		warnConsole("message from a window other than the parent ignored", e.Get("data"))
		return
	}
	raw, err := stringify(e.Get("data"))
	var c hostCall
	if err == nil {
		c, err = parseHostCall(raw)
	}
	if err != nil {
		warnConsole(err.Error()+": message ignored", e.Get("data"))
		return
	}
	origin := e.Get("origin").String()
	if p.guard(fmt.Sprintf("answering the host's %q call", clip(c.Method, 40)), func() { p.hostCall(ctx, h, c, origin) }) {
		h.post(map[string]any{"id": c.ID, "error": "internal error: the call made the simulator fail; the session goes on without it"}, origin)
	}
}

// stringify is JSON.stringify, which throws on cyclic data.
func stringify(v app.Value) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("data that is not JSON")
		}
	}()
	out := app.Window().Get("JSON").Call("stringify", v)
	if !out.Truthy() {
		return "", fmt.Errorf("not an object")
	}
	return out.String(), nil
}

func (p *Page) hostCall(ctx app.Context, h *hostAPI, c hostCall, origin string) {
	reply := func(result any, err error) {
		m := map[string]any{"id": c.ID}
		if err != nil {
			m["error"] = err.Error()
		} else {
			m["result"] = result
		}
		h.post(m, origin)
	}
	str := func(k string) (string, error) {
		v, ok := c.Params[k].(string)
		if !ok {
			return "", fmt.Errorf("%s needs params.%s, a string", c.Method, k)
		}
		return v, nil
	}
	switch c.Method {
	case "run":
		cmd, err := str("command")
		if err != nil {
			reply(nil, err)
			return
		}
		if len(cmd) > maxHostCommand {
			reply(nil, fmt.Errorf("run: the command is %s; a command may be at most %s", session.Bytes(int64(len(cmd))), session.Bytes(maxHostCommand)))
			return
		}
		mode := components.HMP
		if strings.HasPrefix(strings.TrimSpace(cmd), "{") {
			mode = components.QMP
		}
		out, err := p.runLine(mode, cmd, true)
		if err == nil || err == errInternal {
			p.show(ctx, mode, cmd, out)
		}
		if err == nil && len(out) > maxHostReply {
			err = fmt.Errorf("run: the output is %s, past the host API's budget of %s per call (the console shows it)", session.Bytes(int64(len(out))), session.Bytes(maxHostReply))
		}
		reply(out, err)
	case "getState":
		reply(p.hostState(), nil)
	case "getTimeline":
		var sources []string
		if v, ok := c.Params["sources"]; ok {
			l, isList := v.([]any)
			if !isList {
				reply(nil, fmt.Errorf("getTimeline: params.sources must be a list of source names"))
				return
			}
			for _, x := range l {
				name, _ := x.(string)
				sources = append(sources, name)
			}
		}
		reply(p.hostTimelineState(sources))
	case "setTheme":
		th, err := str("theme")
		if err == nil && th != "light" && th != "dark" && th != "auto" {
			err = fmt.Errorf("setTheme: %q is not light, dark or auto", th)
		}
		if err == nil {
			components.SetTheme(th)
		}
		reply(map[string]any{"theme": th}, err)
	case "loadScenario":
		src, err := str("source")
		if err != nil {
			reply(nil, err)
			return
		}
		p.loadScenarioSource(ctx, src, func(err error) {
			if err != nil {
				reply(nil, err)
			} else {
				t := p.tut()
				reply(map[string]any{"id": t.sc.ID, "title": t.sc.Title, "steps": len(t.sc.Visible())}, nil)
			}
			p.Update()
		})
	default:
		warnConsole(fmt.Sprintf("unknown method %q (%s)", c.Method, strings.Join(hostMethods, ", ")), nil)
		reply(nil, fmt.Errorf("unknown method %q", c.Method))
	}
}

// hostState is getState's answer.
func (p *Page) hostState() map[string]any {
	st := map[string]any{"cmdline": p.line, "qemu": p.release().Name, "started": p.running(), "topology": p.view.Text()}
	if p.sess != nil {
		st["binary"] = p.sess.Binary()
		st["guest"] = map[string]any{"state": fmt.Sprint(p.sess.GuestState()), "online": p.view.GuestOnline}
	}
	if t := p.tut(); t.r != nil {
		var done []int
		for i, d := range t.r.Done {
			if d {
				done = append(done, i+1)
			}
		}
		st["step"] = map[string]any{"scenario": t.sc.ID, "current": t.r.Current + 1, "done": done}
	}
	return st
}

// hostReady tells the host the page can take calls.
func (p *Page) hostReady() {
	t := p.tut()
	if t.host == nil || t.host.ready {
		return
	}
	t.host.ready = true
	t.lastSess, t.lastView = p.sess, p.view
	t.host.event("ready", map[string]any{"version": HostProtocol, "machine": p.view.Machine, "cmdline": p.line, "qemu": p.release().Name})
	if t.host.resize != nil {
		t.host.resize()
	}
	p.hostTimeline() // the steps start-up recorded
}

// hostDiff turns the change of the topology since the last call into the
// host's events. A new QEMU (another session) only resets the baseline.
func (p *Page) hostDiff() {
	t := p.tut()
	prev, prevSess := t.lastView, t.lastSess
	t.lastSess, t.lastView = p.sess, p.view
	if t.host == nil || !t.host.ready || prevSess != p.sess {
		return
	}
	for _, ev := range viewEvents(prev, p.view) {
		t.host.event(ev.name, ev.data)
	}
}

type hostEvent struct {
	name string
	data map[string]any
}

// viewEvents lists the events between two views of one machine (from the
// slots the engine says changed).
func viewEvents(a, b topoview.View) []hostEvent {
	var out []hostEvent
	for _, i := range topoview.Changed(a, b) {
		o, s := a.Slots[i], b.Slots[i]
		switch {
		case o.State == topoview.Empty && s.State != topoview.Empty:
			out = append(out, hostEvent{"plugged", map[string]any{"id": s.ID, "qomPath": s.QOMPath, "slot": s.Index}})
		case o.State != topoview.Empty && s.State == topoview.Empty:
			out = append(out, hostEvent{"unplugged", map[string]any{"id": o.ID, "qomPath": o.QOMPath, "slot": s.Index}})
		case s.State == topoview.UnplugPending && o.State != topoview.UnplugPending:
			out = append(out, hostEvent{"unplugRequested", map[string]any{"id": s.ID, "qomPath": s.QOMPath, "slot": s.Index}})
		}
	}
	if a.GuestOnline != b.GuestOnline {
		out = append(out, hostEvent{"guestOnline", map[string]any{"online": b.GuestOnline}})
	}
	return out
}

// resizeObserver reports the page's height, for embed.js's autosize.
func (p *Page) resizeObserver(h *hostAPI) {
	ro := app.Window().Get("ResizeObserver")
	body := app.Window().Get("document").Get("body")
	if !ro.Truthy() || !body.Truthy() {
		return
	}
	last := -1
	h.resize = func() {
		height := int(math.Ceil(body.Call("getBoundingClientRect").Get("height").Float()))
		if height != last && h.ready {
			last = height
			h.post(map[string]any{"event": "resize", "data": map[string]any{"height": height}}, "*")
		}
	}
	cb := p.guardJS("reporting the page's height", func(app.Value, []app.Value) any {
		h.resize()
		return nil
	})
	ro.New(cb).Call("observe", body)
}
