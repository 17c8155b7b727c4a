package scenario

import (
	"strings"
	"time"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/session"
)

// Runner walks a scenario on a live session: entering a step (restarting the
// machine when the step names one), running its actions, and evaluating its
// checks against what the session shows.
type Runner struct {
	Sc      *Scenario
	S       *session.Session
	Current int
	Log     StepLog
	Done    []bool
	// Guest runs a guest shell line, and Boot boots the guest OS; nil where
	// the session has no guest model.
	Guest func(s *session.Session, line string) string
	Boot  func(s *session.Session, how string) string
}

// NewRunner starts the scenario's machine and enters its first visible step.
func NewRunner(sc *Scenario) *Runner {
	r := &Runner{Sc: sc, Done: make([]bool, len(sc.Steps)), Guest: GuestShell, Boot: BootGuest}
	r.start(sc.Machine)
	r.Enter(sc.Visible()[0])
	return r
}

func (r *Runner) start(machine string) {
	args, err := cmdline.Split(machine)
	if err != nil {
		args = nil
	}
	r.S = session.StartOnHost(r.Sc.QEMU, "", args, r.Sc.Host)
	r.Record(r.S.Stderr())
}

// Enter makes step i current.
func (r *Runner) Enter(i int) {
	r.Current = i
	r.Log = StepLog{}
	if m := r.Sc.Steps[i].Machine; m != "" {
		r.start(m)
	}
	r.evaluate()
}

// Do runs one action (a copy action runs as if the user pasted and pressed
// Enter) and returns its output.
func (r *Runner) Do(a Action) string {
	before := len(r.S.EventLog)
	var out string
	switch a.Kind {
	case Run, Copy:
		out = r.S.HMP(a.Text)
	case QMP:
		out = strings.Join(r.S.QMP(a.Text), "\n") + "\n"
	case Guest:
		if r.Guest != nil {
			out = r.Guest(r.S, a.Text)
		}
	case Boot:
		if r.Boot != nil {
			out = r.Boot(r.S, a.Text)
		}
	case Wait:
		d, _ := time.ParseDuration(a.Text)
		r.S.Advance(d.Microseconds())
	}
	for _, e := range r.S.EventLog[before:] {
		r.Log.AddEvent(e.Name)
	}
	r.Record(out)
	r.evaluate()
	return out
}

// Results evaluates the current step's checks.
func (r *Runner) Results() []bool {
	st := r.Sc.Steps[r.Current]
	res := make([]bool, len(st.Checks))
	for i, c := range st.Checks {
		res[i] = c.Holds(r.S, r.Log)
	}
	return res
}

func (r *Runner) evaluate() {
	res := r.Results()
	done := true // a step with no checks is done once read
	for _, ok := range res {
		done = done && ok
	}
	if done {
		r.Done[r.Current] = true
	}
}

// GuestShell runs a guest action on the session's guest model.
func GuestShell(s *session.Session, line string) string { return s.GuestShell(line) }

// BootGuest runs a boot action ("Linux", "Linux, auto-online") on the
// session's guest model; the action ends when the guest's prompt is up.
func BootGuest(s *session.Session, how string) string {
	s.SetAutoOnline(strings.Contains(how, "auto-online"))
	s.BootGuestAndWait()
	return ""
}
