package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Keeping a session: a file to export and import (for sessions larger than
// a link), and the tab's sessionStorage, so a reload (or a restart after a
// crash) loses nothing. Leaving the full page with inputs not yet copied or
// exported asks first.

// sessionFile is a session as a file: the release, command line and input
// log (what a share link carries, plus the release).
type sessionFile struct {
	HotplugLab string      `json:"hotplugLab"` // always "session"
	Version    int         `json:"version"`    // 1
	QEMU       string      `json:"qemu"`
	Args       []string    `json:"args"`
	Log        []fileInput `json:"log"`
}

type fileInput struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// Limits of a session file: its size, and what it may hold.
const (
	maxFileBytes = 32 << 20
	maxFileArgs  = 4096
)

var inputKinds = map[string]bool{"hmp": true, "qmp": true, "guest": true, "boot": true, "autoonline": true, "settle": true, "advance": true}

// fileOf is the file of a session.
func fileOf(s *session.Session) sessionFile {
	f := sessionFile{HotplugLab: "session", Version: 1, QEMU: s.QEMU.Name, Args: s.Args, Log: []fileInput{}}
	if f.Args == nil {
		f.Args = []string{}
	}
	for _, in := range s.Log {
		f.Log = append(f.Log, fileInput{in.Kind, in.Text})
	}
	return f
}

// parseSessionFile reads a session file; the error says what is wrong.
func parseSessionFile(b []byte) (restoreJob, error) {
	var j restoreJob
	if len(b) > maxFileBytes {
		return j, fmt.Errorf("session file: %s is larger than a session file may be (%s)", session.Bytes(int64(len(b))), session.Bytes(maxFileBytes))
	}
	var f sessionFile
	if err := json.Unmarshal(b, &f); err != nil {
		return j, errors.New("session file: not a Hotplug Lab session (not JSON)")
	}
	if f.HotplugLab != "session" {
		return j, errors.New("session file: not a Hotplug Lab session (no \"hotplugLab\": \"session\")")
	}
	if f.Version != 1 {
		return j, fmt.Errorf("session file: version %d (this page reads version 1)", f.Version)
	}
	rel, err := release.Lookup(f.QEMU)
	if err != nil {
		return j, fmt.Errorf("session file: %v", err)
	}
	if len(f.Args) > maxFileArgs || len(f.Log) > session.FileBudget.Inputs {
		return j, fmt.Errorf("session file: %d inputs; a session file holds at most %d", len(f.Log), session.FileBudget.Inputs)
	}
	j = restoreJob{what: "the session file", rel: rel, args: f.Args, budget: session.FileBudget}
	for i, in := range f.Log {
		if !inputKinds[in.Kind] {
			return restoreJob{}, fmt.Errorf("session file: input %d has an unknown kind %q", i+1, in.Kind)
		}
		j.log = append(j.log, session.Input{Kind: in.Kind, Text: in.Text})
	}
	return j, nil
}

// saved is what sessionStorage keeps for a reload of the same page.
type saved struct {
	URL string `json:"url"` // the page's address: only it restores this
	// Opened is the fragment the page opened with: a different share link
	// put in the address bar since then wins over the saved session.
	Opened  string      `json:"opened"`
	Session sessionFile `json:"session"`
	// Crash is the fault that restarted the page, Restarts how many times
	// in a row (past maxRestarts the session is not restored again).
	Crash    string `json:"crash,omitempty"`
	Restarts int    `json:"restarts,omitempty"`
}

const (
	savedKey    = "hotpluglab.session"
	maxSaved    = 4 << 20 // sessionStorage holds a few MB per origin
	maxRestarts = 2
)

// storage is the tab's sessionStorage; not Truthy where it is refused (a
// sandboxed frame without allow-same-origin throws on reading it).
func storage() (st app.Value) {
	defer func() {
		if recover() != nil {
			st = app.Null()
		}
	}()
	return app.Window().Get("sessionStorage")
}

// save writes the session for a reload of this page (with the fault, when
// a crash is why).
func (p *Page) save(crash string, restarts int) {
	st := storage()
	u := app.Window().URL()
	if !st.Truthy() || u == nil {
		return
	}
	if p.sess == nil || (len(p.sess.Log) == 0 && crash == "") {
		st.Call("removeItem", savedKey)
		return
	}
	b, err := json.Marshal(saved{URL: u.String(), Opened: p.openedFrag, Session: fileOf(p.sess), Crash: crash, Restarts: restarts})
	if err != nil || len(b) > maxSaved {
		st.Call("removeItem", savedKey)
		return
	}
	st.Call("setItem", savedKey, string(b))
}

// saveForRestart keeps the session across the reload after a crash.
func (p *Page) saveForRestart(crash string) {
	p.crashed = true
	restarts := 1
	if sv, ok := loadSaved(); ok && sv.Crash != "" {
		restarts = sv.Restarts + 1
	}
	p.save(crash, restarts)
}

// loadSaved reads what save wrote.
func loadSaved() (sv saved, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	st := storage()
	if !st.Truthy() {
		return sv, false
	}
	v := st.Call("getItem", savedKey)
	if !v.Truthy() {
		return sv, false
	}
	return sv, json.Unmarshal([]byte(v.String()), &sv) == nil
}

// savedJob is the job that restores the session saved for this very page
// (same address, opened from the same fragment), if any.
func savedJob(here *url.URL) (restoreJob, string, bool) {
	sv, ok := loadSaved()
	if !ok || sv.URL != here.String() || sv.Opened != here.Fragment {
		return restoreJob{}, "", false
	}
	b, _ := json.Marshal(sv.Session)
	j, err := parseSessionFile(b)
	if err != nil {
		return restoreJob{}, "", false
	}
	j.what, j.budget = "the session from before the reload", session.FileBudget
	j.done = "The session from before the reload is back."
	if sv.Crash != "" {
		if sv.Restarts > maxRestarts {
			return restoreJob{}, fmt.Sprintf("Hotplug Lab crashed again (%s) each time its session came back: it restarted without it.", sv.Crash), false
		}
		j.done = fmt.Sprintf("Hotplug Lab hit an internal error (%s) and restarted: the session was restored.", sv.Crash)
	}
	return j, "", true
}

// unsaved says whether leaving would lose inputs: some ran since the last
// Copy link or export (a reload keeps them; closing the tab does not).
func (p *Page) unsaved() bool {
	return p.sess != nil && len(p.sess.Log) > p.savedInputs
}

// persistInit saves the session when the page goes away, and asks before
// leaving the full page with unsaved work. Both run synchronously in the
// browser's event (go-app's handlers run later, too late for these).
func (p *Page) persistInit() {
	w := app.Window()
	w.Call("addEventListener", "pagehide", p.guardJS("saving the session", func(app.Value, []app.Value) any {
		if !p.crashed {
			p.save("", 0)
		}
		return nil
	}))
	if p.embed {
		return // a frame asking would block its host page's navigation
	}
	w.Call("addEventListener", "beforeunload", p.guardJS("leaving the page", func(_ app.Value, args []app.Value) any {
		if len(args) > 0 && p.unsaved() && !p.crashed {
			args[0].Call("preventDefault")
			args[0].Set("returnValue", "")
		}
		return nil
	}))
}

// exportSession downloads the session as a file.
func (p *Page) exportSession() {
	t := p.tut()
	if p.sess == nil {
		t.shareStat = "No session to export: the command line does not parse."
		return
	}
	b, _ := json.MarshalIndent(fileOf(p.sess), "", " ")
	doc := app.Window().Get("document")
	blob := app.Window().Get("Blob").New([]any{string(b)}, map[string]any{"type": "application/json"})
	urlAPI := app.Window().Get("URL")
	href := urlAPI.Call("createObjectURL", blob)
	a := doc.Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", "hotplug-lab-session.json")
	a.Call("click")
	urlAPI.Call("revokeObjectURL", href)
	p.savedInputs = len(p.sess.Log)
	t.shareWarn = ""
	t.shareStat = fmt.Sprintf("Session exported (%d inputs): open it with Import session.", len(p.sess.Log))
}

// importSession reads a file the reader chose and restores it.
func (p *Page) importSession(ctx app.Context, file app.Value) {
	t := p.tut()
	if !file.Truthy() {
		return
	}
	if size := file.Get("size").Int(); size > maxFileBytes {
		p.notify(components.NoticeError, fmt.Sprintf("session file: %s is larger than a session file may be (%s)", session.Bytes(int64(size)), session.Bytes(maxFileBytes)))
		return
	}
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = p.guardJS("reading the session file", func(_ app.Value, args []app.Value) any {
		release()
		text := args[0].String()
		ctx.Dispatch(func(ctx app.Context) {
			j, err := parseSessionFile([]byte(text))
			if err != nil {
				p.notify(components.NoticeError, err.Error())
				return
			}
			j.done = fmt.Sprintf("The session file is open (%d inputs).", len(j.log))
			t.sc, t.r = nil, nil // the file's session is not the scenario's
			p.restoreAsync(ctx, j, func(bool) { p.afterChange() })
		})
		return nil
	})
	fail = p.guardJS("reading the session file", func(_ app.Value, args []app.Value) any {
		release()
		ctx.Dispatch(func(app.Context) { p.notify(components.NoticeError, "session file: the browser could not read it") })
		return nil
	})
	file.Call("text").Call("then", ok, fail)
}
