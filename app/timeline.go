package app

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/session"
	"hotpluglab/engine/timeline"
)

// ParamTimeline shows ("on") or hides ("off") the timeline pane; the full
// page shows it, the embed page only when asked.
const ParamTimeline = "timeline"

// timelineState is the page's copy of the session's timeline, rebuilt when
// the session's journal grows, and how far the host has been told.
type timelineState struct {
	sess   *session.Session
	n      int
	tl     timeline.Timeline
	posted int // steps already sent to the host as timelineStep events
	postTo *session.Session
}

func (p *Page) timelineState() *timelineState {
	if p.tlState == nil {
		p.tlState = &timelineState{}
	}
	return p.tlState
}

// timeline is the session's timeline, rebuilt only when something new
// was recorded.
func (p *Page) timeline() timeline.Timeline {
	st := p.timelineState()
	if p.sess == nil {
		return timeline.Timeline{}
	}
	if n := len(p.sess.Journal()); st.sess != p.sess || st.n != n {
		st.sess, st.n, st.tl = p.sess, n, p.sess.Timeline()
	}
	return st.tl
}

// showTimeline: timeline=on|off decides; otherwise the pane is one of
// the parts ui= asks for (the full page's default shows it, an embed's not).
func (p *Page) showTimeline() bool {
	switch p.timelineParam {
	case "on":
		return true
	case "off":
		return false
	}
	return p.parts.timeline
}

// timelineFocus is the step the current scenario step points at, -1 none.
func (p *Page) timelineFocus(tl timeline.Timeline) int {
	t := p.tut()
	if t.sc == nil || t.r == nil || t.r.S != p.sess || t.r.Current >= len(t.sc.Steps) {
		return -1
	}
	if sel := t.sc.Steps[t.r.Current].Timeline; sel != "" {
		return tl.Find(sel)
	}
	return -1
}

func (p *Page) timelineUI() app.UI {
	if !p.showTimeline() {
		return app.Div().Class("tl-none")
	}
	tl := p.timeline()
	return &components.Timeline{TL: tl, Focus: p.timelineFocus(tl), Epoch: p.epoch}
}

// hostTimeline sends the host one timelineStep event per step recorded
// since the last call (a new session's from its first step).
func (p *Page) hostTimeline() {
	t, st := p.tut(), p.timelineState()
	if t.host == nil || !t.host.ready || p.sess == nil {
		return
	}
	if st.postTo != p.sess {
		st.postTo, st.posted = p.sess, 0
	}
	tl := p.timeline()
	for ; st.posted < len(tl.Steps); st.posted++ {
		t.host.event("timelineStep", stepData(tl, tl.Steps[st.posted]))
	}
}

// stepData is a step as the host API carries it.
func stepData(tl timeline.Timeline, s timeline.Step) map[string]any {
	d := map[string]any{"index": s.Index, "micros": s.Micros, "source": s.Source.String(), "name": s.Name,
		"from": s.From.String(), "to": s.To.String(), "text": s.Text, "title": s.Title, "explain": s.Explain}
	if s.Group >= 0 {
		g := tl.Groups[s.Group]
		d["sequence"] = map[string]any{"index": g.Index, "kind": g.Kind, "device": g.Device, "status": g.Status, "why": g.Why}
	}
	return d
}

// hostTimelineState is getTimeline's answer: every step, every sequence, and
// the stream as text (filter: the source names to keep; none for all).
func (p *Page) hostTimelineState(sources []string) (map[string]any, error) {
	tl := p.timeline()
	var f timeline.Filter
	if len(sources) > 0 {
		f = timeline.Filter{}
		for _, name := range sources {
			src, ok := timeline.SourceByName(name)
			if !ok {
				return nil, errUnknownSource(name)
			}
			f[src] = true
		}
	}
	steps := []any{}
	for _, s := range tl.Visible(f) {
		steps = append(steps, stepData(tl, s))
	}
	seqs := []any{}
	for _, g := range tl.Groups {
		seqs = append(seqs, map[string]any{"index": g.Index, "kind": g.Kind, "device": g.Device, "status": g.Status, "why": g.Why, "steps": g.Steps})
	}
	return map[string]any{"steps": steps, "sequences": seqs, "text": tl.Text(f)}, nil
}

type errUnknownSource string

func (e errUnknownSource) Error() string {
	return "getTimeline: unknown source " + string(e) + " (command, reply, event, trace, stderr, kernel, shell, shell-output, action)"
}
