package app

import (
	"errors"
	"fmt"
	"html"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/release"
	"hotpluglab/engine/scenario"
	"hotpluglab/engine/session"
	"hotpluglab/engine/sharelink"
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

// shareJob is the restore a URL's share link asks for: ok is false when
// the URL has none, err when it cannot be read.
func shareJob(u *url.URL) (j restoreJob, ok bool, err error) {
	if u.Fragment == "" {
		return j, false, nil
	}
	sh, err := sharelink.Decode(u.Fragment)
	if err != nil {
		return j, true, err
	}
	rel := release.Default // a v1 link predates releases: 7.2
	if sh.QEMU != "" {
		if rel, err = release.Lookup(sh.QEMU); err != nil {
			return j, true, errors.New("share link: " + err.Error())
		}
	}
	j = restoreJob{what: "the shared session", rel: rel, args: sh.Args, budget: session.LinkBudget}
	for _, in := range sh.Log {
		j.log = append(j.log, session.Input{Kind: in.Kind, Text: in.Text})
	}
	return j, true, nil
}

// openSession restores what the page should show: the session saved for
// this very address before a reload, else the URL's share link. then is
// called with whether a session was restored (after an async restore, in
// go-app's loop).
func (p *Page) openSession(ctx app.Context, u *url.URL, then func(restored bool)) {
	t := p.tut()
	j, note, ok := savedJob(u)
	p.openedFrag = u.Fragment
	if note != "" {
		p.notify(components.NoticeError, note)
	}
	if !ok {
		var err error
		j, ok, err = shareJob(u)
		if err != nil {
			t.shareErr = err.Error()
			ok = false
		}
	}
	if !ok {
		then(false)
		return
	}
	p.restoreAsync(ctx, j, then)
}

// linkWarning says why the session cannot be a link, or "".
func linkWarning(s *session.Session, err error) string {
	const instead = " Export the session as a file instead (Export session), and open it with Import session."
	var tl *sharelink.TooLargeError
	switch {
	case s != nil && s.Cost().Over(session.LinkBudget):
		c := s.Cost()
		return fmt.Sprintf("This session is larger than a link can carry: %d inputs printing %s, and a link replays at most %s.", c.Inputs, session.Bytes(c.Output), session.LinkBudget) + instead
	case errors.As(err, &tl):
		return fmt.Sprintf("This session is larger than a link can carry: its link would be %d characters, and a link carries at most %d.", tl.Size, tl.Max) + instead
	}
	return ""
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
		ok = p.guardJS("copying", func(app.Value, []app.Value) any {
			ctx.Dispatch(func(app.Context) { t.shareStat = strings.ToUpper(what[:1]) + what[1:] + " copied." })
			ok.Release()
			fail.Release()
			return nil
		})
		fail = p.guardJS("copying", func(app.Value, []app.Value) any {
			ctx.Dispatch(func(app.Context) { t.shareStat = "The browser refused the clipboard: copy the " + what + " below." })
			ok.Release()
			fail.Release()
			return nil
		})
		clip.Call("writeText", text).Call("then", ok, fail)
	}
	p.handle(ctx, components.ActionCopyLink, "making a link", func(ctx app.Context, a app.Action) {
		t := p.tut()
		t.shareWarn = ""
		link, err := shareLink(app.Window().URL(), p.sess)
		if w := linkWarning(p.sess, err); w != "" {
			t.shareText, t.shareStat, t.shareWarn = "", "", w
		} else if err != nil {
			t.shareText, t.shareStat = "", err.Error()
		} else {
			copyText(ctx, link, "link")
			p.savedInputs = len(p.sess.Log)
		}
		p.Update()
	})
	p.handle(ctx, components.ActionExport, "exporting the session", func(ctx app.Context, a app.Action) {
		p.exportSession()
		p.Update()
	})
	p.handle(ctx, components.ActionImport, "opening a session file", func(ctx app.Context, a app.Action) {
		if f, ok := a.Value.(app.Value); ok {
			p.importSession(ctx, f)
		}
		p.Update()
	})
	p.handle(ctx, components.ActionCopyEmbed, "making the embed code", func(ctx app.Context, a app.Action) {
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
	sb := &components.ShareBar{Text: t.shareText, Status: t.shareStat, Warn: t.shareWarn, Error: t.shareErr, Buttons: p.parts.share}
	if p.embed {
		if u := app.Window().URL(); u != nil && u.Host != "" {
			sb.FullPage = fullPageLink(u, p.sess)
		}
	}
	return app.If(p.parts.share || sb.FullPage != "" || sb.Error != "" || sb.Warn != "", sb).Else()
}

// scenarioUI is the scenario panel: the loaded scenario's steps, and the
// chooser where the page offers it (an embed only when asked, ui=scenarios).
func (p *Page) scenarioUI() app.UI {
	return &components.ScenarioPanel{Choices: builtinChoices, View: p.scenarioView(), Locked: !p.parts.scenarios}
}
