package app

import (
	"errors"
	"html"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/release"
	"hotpluglab/engine/scenario"
	"hotpluglab/engine/session"
	"hotpluglab/engine/sharelink"
	"hotpluglab/engine/topoview"
)

// Share links: the session's command line and input log in the URL
// fragment (engine/sharelink); the engine is deterministic, so replaying
// them restores the transcript and the topology the author saw.

// shareFragment encodes the running session ("v1.…", without '#').
func shareFragment(s *session.Session) (string, error) {
	if s == nil {
		return "", errors.New("no QEMU to share: the command line does not parse")
	}
	sh := sharelink.Session{QEMU: s.QEMU.Name, Args: s.Args}
	for _, in := range s.Log {
		sh.Log = append(sh.Log, sharelink.Input{Kind: in.Kind, Text: in.Text})
	}
	return sharelink.Encode(sh)
}

// siteBase is the site's root URL (where index.html and embed live), from
// the page's own URL, with no query or fragment.
func siteBase(u *url.URL) *url.URL {
	b := *u
	b.RawQuery, b.Fragment, b.RawFragment = "", "", ""
	path := strings.TrimSuffix(b.Path, "/")
	path = strings.TrimSuffix(path, "/index.html")
	path = strings.TrimSuffix(path, "/embed")
	if strings.HasSuffix(b.Path, "/") || path != strings.TrimSuffix(b.Path, "/") {
		b.Path = path + "/"
	} else {
		// A page at /sub/name: its directory is the base.
		b.Path = path[:strings.LastIndex(path, "/")+1]
	}
	return &b
}

// shareLink is the page's URL without its fragment, plus the session.
func shareLink(u *url.URL, s *session.Session) (string, error) {
	frag, err := shareFragment(s)
	if err != nil {
		return "", err
	}
	l := *u
	l.Fragment, l.RawFragment = "", ""
	return l.String() + "#" + frag, nil
}

// fullPageLink opens the embed's session on the full page.
func fullPageLink(u *url.URL, s *session.Session) string {
	b := siteBase(u)
	q := u.Query()
	for _, k := range []string{ParamUI, ParamReadonly, ParamAutorun, ParamSteps} {
		q.Del(k)
	}
	b.RawQuery = q.Encode()
	if frag, err := shareFragment(s); err == nil && s != nil && len(s.Log) > 0 {
		return b.String() + "#" + frag
	}
	return b.String()
}

// embedCode is the snippet for the current command line and QEMU release
// (or the built-in scenario, when one is loaded: it starts its own machine).
func embedCode(u *url.URL, line, qemu, scenarioID string) string {
	b := siteBase(u).String()
	var sb strings.Builder
	sb.WriteString(`<script src="` + html.EscapeString(b+"web/embed.js") + `" defer></script>` + "\n")
	sb.WriteString(`<hotplug-lab qemu="` + html.EscapeString(qemu) + `"`)
	if _, _, ok := scenario.Builtin(scenarioID); ok {
		sb.WriteString(` scenario="` + html.EscapeString(scenarioID) + `"`)
	} else {
		sb.WriteString(` cmdline="` + html.EscapeString(line) + `"`)
	}
	sb.WriteString(`></hotplug-lab>`)
	return sb.String()
}

// transcript replays a log on a fresh QEMU and returns what the page
// showed: the console's lines and outputs (HMP and QMP inputs), and the
// guest pane's log (kernel lines and shell transcript, as guestAction
// writes it).
func transcript(rel *release.Release, args []string, log []session.Input) ([]components.Shown, []string) {
	s := session.Start(rel, "", args)
	var out []components.Shown
	var guest []string
	if !s.Started() {
		return nil, nil
	}
	for _, in := range log {
		switch in.Kind {
		case "hmp":
			out = append(out, components.Shown{Mode: components.HMP, Line: in.Text, Output: s.HMP(in.Text)})
		case "qmp":
			out = append(out, components.Shown{Mode: components.QMP, Line: in.Text, Output: strings.Join(s.QMP(in.Text), "\n")})
		case "guest":
			guest = append(guest, s.TakeKernelLines()...)
			guest = append(guest, "# "+in.Text)
			out := s.GuestShell(in.Text)
			guest = append(guest, s.TakeKernelLines()...)
			if o := strings.TrimRight(out, "\n"); o != "" {
				guest = append(guest, strings.Split(o, "\n")...)
			}
		default:
			s.Apply(in) // not a console line
		}
		guest = append(guest, s.TakeKernelLines()...)
	}
	return out, guest
}

// restoreFragment opens a share link: it reports whether the URL had one.
// A bad link shows its error and leaves the page as the query made it.
func (p *Page) restoreFragment(ctx app.Context, u *url.URL) bool {
	frag := u.Fragment
	if frag == "" {
		return false
	}
	t := p.tut()
	sh, err := sharelink.Decode(frag)
	if err != nil {
		t.shareErr = err.Error()
		return false
	}
	rel := release.Default // a v1 link predates releases: 7.2
	if sh.QEMU != "" {
		if rel, err = release.Lookup(sh.QEMU); err != nil {
			t.shareErr = "share link: " + err.Error()
			return false
		}
	}
	log := make([]session.Input, len(sh.Log))
	for i, in := range sh.Log {
		log[i] = session.Input{Kind: in.Kind, Text: in.Text}
	}
	p.qemu = rel
	s := session.FromLog(rel, "", sh.Args, log)
	s.TakeKernelLines() // the guest log comes from the transcript, in order
	shown, guest := transcript(s.QEMU, sh.Args, log)
	p.line = components.JoinArgs(sh.Args)
	p.sess = s
	p.events, p.guestLog = nil, nil
	for _, e := range s.EventLog {
		p.addEvents(e.JSON())
	}
	p.addGuestLog(guest...)
	p.epoch++
	p.view = topoview.View{}
	p.afterInput()
	p.changed = nil
	epoch := p.epoch
	ctx.Defer(func(ctx app.Context) { // after the render that mounts the console
		for _, sh := range shown {
			sh.Epoch = epoch
			ctx.NewActionWithValue(components.ActionShow, sh)
		}
	})
	t.lastSess, t.lastView = p.sess, p.view
	return true
}

// shareInit handles the share bar's buttons.
func (p *Page) shareInit(ctx app.Context) {
	copyText := func(ctx app.Context, text, what string) {
		t := p.tut()
		t.shareText, t.shareStat = text, ""
		clip := app.Window().Get("navigator").Get("clipboard")
		if !clip.Truthy() {
			t.shareStat = "No clipboard here: copy the " + what + " below."
			return
		}
		var ok, fail app.Func
		ok = app.FuncOf(func(app.Value, []app.Value) any {
			ctx.Dispatch(func(app.Context) { t.shareStat = strings.ToUpper(what[:1]) + what[1:] + " copied." })
			ok.Release()
			fail.Release()
			return nil
		})
		fail = app.FuncOf(func(app.Value, []app.Value) any {
			ctx.Dispatch(func(app.Context) { t.shareStat = "The browser refused the clipboard: copy the " + what + " below." })
			ok.Release()
			fail.Release()
			return nil
		})
		clip.Call("writeText", text).Call("then", ok, fail)
	}
	ctx.Handle(components.ActionCopyLink, func(ctx app.Context, a app.Action) {
		t := p.tut()
		link, err := shareLink(app.Window().URL(), p.sess)
		if err != nil {
			t.shareText, t.shareStat = "", err.Error()
		} else {
			copyText(ctx, link, "link")
		}
		p.Update()
	})
	ctx.Handle(components.ActionCopyEmbed, func(ctx app.Context, a app.Action) {
		id := ""
		if t := p.tut(); t.sc != nil {
			id = t.sc.ID
		}
		copyText(ctx, embedCode(app.Window().URL(), p.line, p.release().Name, id), "embed code")
		p.Update()
	})
}

// shareBar is the share bar's view: on the full page, or in an embed that
// asks for it (ui=share); an embed always links to the full page.
func (p *Page) shareBar() app.UI {
	t := p.tut()
	sb := &components.ShareBar{Text: t.shareText, Status: t.shareStat, Error: t.shareErr, Buttons: p.parts.share}
	if p.embed {
		if u := app.Window().URL(); u != nil && u.Host != "" {
			sb.FullPage = fullPageLink(u, p.sess)
		}
	}
	return app.If(p.parts.share || sb.FullPage != "" || sb.Error != "", sb).Else()
}

// scenarioUI is the scenario panel: the loaded scenario's steps, and the
// chooser where the page offers it (an embed only when asked, ui=scenarios).
func (p *Page) scenarioUI() app.UI {
	return &components.ScenarioPanel{Choices: builtinChoices, View: p.scenarioView(), Locked: !p.parts.scenarios}
}
