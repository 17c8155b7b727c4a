package session

import (
	"strings"

	"hotpluglab/engine/monitor"
	"hotpluglab/engine/release"
)

// Shown is what one input of the log made QEMU and its guest print, as a
// user would see it: monitor output (HMP text, or QMP events then the
// reply), what QEMU wrote to stderr meanwhile, the guest's kernel lines and
// shell output. Line ends are "\n".
type Shown struct {
	Input  Input
	Output string
}

// Transcript replays a log on a fresh QEMU of that release and returns what
// starting it printed (stderr, then stdout) and what each input printed.
func Transcript(rel *release.Release, target string, args []string, log []Input) (startup string, shown []Shown) {
	s := Start(rel, target, args)
	startup = s.Stderr() + s.Stdout()
	if !s.Started() {
		return startup, nil
	}
	for _, in := range log {
		shown = append(shown, Shown{in, s.Show(in)})
		if s.Died() {
			break
		}
	}
	return startup, shown
}

// Show runs one input as a user gives it and returns what it printed (see
// Shown): a live session and a replay of its log show the same.
func (s *Session) Show(in Input) string {
	var b strings.Builder
	events := func(evs []monitor.Event) {
		for _, e := range evs {
			b.WriteString(e.JSON() + "\n")
		}
	}
	switch in.Kind {
	case "hmp":
		out, evs := s.HMPWithEvents(in.Text)
		b.WriteString(strings.ReplaceAll(out, "\r\n", "\n"))
		events(evs)
	case "qmp":
		for _, l := range s.QMP(in.Text) {
			b.WriteString(l + "\n")
		}
	case "guest":
		out, evs := s.GuestShellWithEvents(in.Text)
		b.WriteString(out)
		events(evs)
	default:
		n := len(s.EventLog)
		s.Apply(in)
		events(s.EventLog[n:])
	}
	for _, l := range s.TakeKernelLines() {
		b.WriteString(l + "\n")
	}
	if e := s.Stderr(); len(e) > s.stderrShown {
		b.WriteString(e[s.stderrShown:])
		s.stderrShown = len(e)
	}
	return b.String()
}
