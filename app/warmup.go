package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/explain"
	"hotpluglab/engine/session"
)

// V8 compiles each wasm function on its first call, so the page's first
// device_add used to pay for compiling the hotplug path (its monitor
// command, pre_plug and plug, the board's hardware, the events, the
// learner's notes and their patterns) in the learner's first plug. Once
// the browser is idle after a start, a scratch machine of the same type and
// release plugs one CPU into its first free slot, as a click and Enter
// would: the code is compiled then. The page's own session is not touched,
// each release and machine type is warmed once a page, and a warm-up that
// fails is forgotten (it must never end the page).

// warmUp schedules the warm-up for the running machine.
func (p *Page) warmUp() {
	if app.IsServer || p.sess == nil || !p.sess.Started() || p.view.Machine == "" {
		return
	}
	rel, machine := p.release(), p.view.Machine
	key := rel.Name + " " + machine
	if p.warmed[key] {
		return
	}
	if p.warmed == nil {
		p.warmed = map[string]bool{}
	}
	p.warmed[key] = whenIdle(5000, func() {
		defer func() { recover() }()
		warmPlug(session.Start(rel, "", []string{"-M", machine, "-smp", "1,maxcpus=2"}))
		// The scratch machine is garbage now: collect it while idle,
		// not in the first plug.
		p.gc.schedule()
	})
}

// warmPlug plugs a CPU into s's first free slot with the command the slot
// offers (nothing when s did not start or has no free slot); it returns
// what the monitor answered.
func warmPlug(s *session.Session) string {
	if !s.Started() {
		return ""
	}
	v := s.Topology()
	for i := range v.Slots {
		if cmd := v.Command(i); strings.HasPrefix(cmd, "device_add ") {
			out, _ := s.HMPWithEvents(cmd)
			s.Topology()
			explain.Line(s, false, cmd, out) // its patterns compile on first use
			return out
		}
	}
	return ""
}
