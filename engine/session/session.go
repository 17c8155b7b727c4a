// Package session is one simulated QEMU process: a pure, deterministic
// function of its command line and its input log. Time is virtual: each
// monitor input advances the clock by a fixed step, and anything timed (a
// guest answering an eject) runs when the clock passes it.
package session

import (
	"strconv"
	"strings"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/guest"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/monitor"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
	"hotpluglab/engine/timeline"
	"hotpluglab/engine/topoview"
)

// Step is how far the virtual clock moves per monitor input (1 ms).
const Step = 1000

// Input is one entry of the input log.
type Input struct {
	Kind string // "hmp", "qmp"; guest: "boot" ("wait": until the prompt), "autoonline", "guest" (a shell line), "settle", "advance" (micros); "host": the host's files the session started on (hostfs text, first in the log)
	Text string
}

// Session is one QEMU process.
type Session struct {
	// QEMU is the release the session's binary is.
	QEMU *release.Release
	Args []string
	// Host is the simulated host's files the command line may name.
	Host   *hostfs.FS
	Result *cmdline.Result
	Mon    *monitor.Monitor // nil when the machine did not start
	Log    []Input
	// EventLog keeps every QMP event the session raised, in order.
	EventLog []monitor.Event
	clock    int64
	guest    *guest.Guest // the guest OS model; nil when the machine did not start
	// stderrShown is how much of stderr Show has returned (start-up's is
	// shown by whoever started the session).
	stderrShown int
	// printed counts the bytes the inputs printed (Cost).
	printed int64
	// journal is the ordered stream the timeline is built from.
	journal []timeline.Record
	// topo is the topology view, patched after each input.
	topo topoview.Cache
	// typedAhead: shell lines typed while the vCPUs were stopped; the
	// guest reads them once it runs again (guest.go).
	typedAhead []string
	// console is what the guest's shell printed outside a command typed
	// while it ran (TakeGuestConsole).
	console strings.Builder
}

// Start builds the machine as qemu-system-<target> of that release would,
// the target "" to choose it from the machine type or an explicit
// "-target x86_64|ppc64".
func Start(rel *release.Release, target string, args []string) *Session {
	return StartOnHost(rel, target, args, nil)
}

// StartOnHost is Start on a simulated host holding files (nil: none).
func StartOnHost(rel *release.Release, target string, args []string, host *hostfs.FS) *Session {
	s := &Session{QEMU: rel, Args: append([]string(nil), args...), Host: host}
	if host.Len() > 0 {
		s.Log = []Input{{"host", host.String()}}
	}
	s.Result = cmdline.StartOnHost(rel, machinetype.Target(target), args, host)
	if s.Result.Started {
		s.Mon = monitor.New(s.Result.Machine)
		s.Mon.Now = func() int64 { return s.clock }
		s.Mon.AttachTrace(s.Result.Trace)
		s.startGuest()
	}
	s.startJournal()
	s.stderrShown = len(s.Stderr())
	return s
}

func (s *Session) Binary() string { return s.Result.Binary() }

// hostOf is the host a log starts on: its leading "host" input's files
// (none when it has none, or they do not parse).
func hostOf(log []Input) *hostfs.FS {
	if len(log) == 0 || log[0].Kind != "host" {
		return nil
	}
	fs, err := hostfs.Parse(log[0].Text)
	if err != nil {
		return nil
	}
	return fs
}
func (s *Session) Started() bool { return s.Result.Started }

// ExitCode is QEMU's exit status: the start-up's, or minus the signal that
// killed it when a command made it crash (0 after quit).
func (s *Session) ExitCode() int {
	if s.Mon != nil && s.Mon.Crashed != nil {
		return -s.Mon.Crashed.Signal
	}
	return s.Result.ExitCode
}

// Stderr is everything QEMU wrote to stderr so far.
func (s *Session) Stderr() string {
	if s.Mon == nil {
		return s.Result.Stderr
	}
	return s.Result.Stderr + s.Mon.Stderr.String()
}

// Stdout is what QEMU wrote to stdout outside QMP.
func (s *Session) Stdout() string {
	if s.Mon == nil {
		return s.Result.Stdout
	}
	return s.Result.Stdout + s.Mon.Stdout.String()
}

// Died says whether QEMU crashed during a command; nothing answers after.
func (s *Session) Died() bool             { return s.Mon != nil && s.Mon.Crashed != nil }
func (s *Session) Target() string         { return string(s.Result.Target) }
func (s *Session) NotSimulated() []string { return s.Result.NotSimulated }

// Now is the virtual clock in microseconds.
func (s *Session) Now() int64 { return s.clock }

func (s *Session) tick() { s.clock += Step }

// HMP runs one human monitor line and returns its output (CRLF line ends).
// Its events go to EventLog.
func (s *Session) HMP(line string) string {
	out, _ := s.HMPWithEvents(line)
	return out
}

// takeEvents drains the monitor's queue into the event log.
func (s *Session) takeEvents() []monitor.Event {
	e := s.Mon.TakeEvents()
	s.EventLog = append(s.EventLog, e...)
	for _, ev := range e {
		s.printed += int64(len(ev.JSON()) + 1)
	}
	return e
}

// QMPAnswer is what the QMP monitor writes for one message of its input:
// the events raised while it ran, then the reply (nil when QEMU died or
// exited before replying).
type QMPAnswer struct {
	Events []monitor.Event
	Reply  qjson.Object
}

// QMPInput feeds text to the QMP monitor's input stream as QEMU reads it:
// each JSON text (or error) the text completes is answered in turn; a text
// begun and not ended waits for the next input. Nothing answers once QEMU
// has died or exited.
func (s *Session) QMPInput(text string) []QMPAnswer {
	if !s.Alive() {
		return nil
	}
	s.Log = append(s.Log, Input{"qmp", text})
	s.tick()
	s.record(timeline.Command, "qmp", strings.TrimSuffix(text, "\n"))
	var out []QMPAnswer
	for _, m := range s.Mon.QMPInput([]byte(text)) {
		s.Mon.RequestStarts()
		reply := s.Mon.Answer(m)
		if !s.Died() {
			s.record(timeline.Reply, "qmp", qjson.Marshal(reply))
		}
		s.afterInput()
		a := QMPAnswer{Events: s.takeEvents()}
		if s.Died() {
			return append(out, a)
		}
		a.Reply = reply
		out = append(out, a)
		if s.Exited() {
			break
		}
	}
	if len(out) == 0 {
		s.afterInput()
	}
	return out
}

// QMP runs a line of QMP input (a newline is added, as a terminal sends
// one) and returns what QEMU writes: for each JSON text, the events raised
// while it ran, then the reply, one JSON text per line.
func (s *Session) QMP(line string) []string {
	if !strings.HasSuffix(line, "\n") {
		line += "\n"
	}
	var out []string
	answers := s.QMPInput(line)
	if s.Alive() && s.Mon.QMPPending() {
		s.Mon.Note("QEMU is waiting for the rest of this JSON text: what you type next continues it.")
	}
	for _, a := range answers {
		for _, e := range a.Events {
			out = append(out, e.JSON())
		}
		if a.Reply != nil {
			r := qjson.Marshal(a.Reply)
			s.printed += int64(len(r) + 1)
			out = append(out, r)
		}
	}
	return out
}

// Alive says whether QEMU still answers: it started, and has neither died
// nor exited.
func (s *Session) Alive() bool { return s.Mon != nil && !s.Died() && !s.Exited() }

// Exited says whether QEMU exited at a request (quit, or the guest powering
// off); nothing answers after.
func (s *Session) Exited() bool { return s.Mon != nil && s.Mon.Quitting }

// TakeNotes returns and clears the learner notes of the inputs run so far:
// what the simulator could not make meaningful, said beside QEMU's text.
func (s *Session) TakeNotes() []string {
	if s.Mon == nil {
		return nil
	}
	return s.Mon.TakeNotes()
}

// HMPWithEvents runs an HMP line and also returns the events it raised.
func (s *Session) HMPWithEvents(line string) (string, []monitor.Event) {
	if !s.Alive() {
		return "", nil
	}
	line = readlineCut(line)
	s.Log = append(s.Log, Input{"hmp", line})
	s.tick()
	s.record(timeline.Command, "hmp", line)
	s.Mon.RequestStarts()
	out := s.Mon.HMP(line)
	s.printed += int64(len(out))
	if !s.Died() {
		s.record(timeline.Reply, "hmp", replyText(out))
	}
	s.afterInput()
	return out, s.takeEvents()
}

// ReadlineMax is the longest HMP line QEMU's readline keeps
// (READLINE_CMD_BUF_SIZE); it drops the bytes typed past it, on every
// release (measured with 7.2 and 10.0: a 5000-byte line runs as its first
// 4095 bytes).
const ReadlineMax = 4095

func readlineCut(line string) string {
	if len(line) > ReadlineMax {
		return line[:ReadlineMax]
	}
	return line
}

// Advance moves the virtual clock by micros and returns the events raised.
func (s *Session) Advance(micros int64) []monitor.Event {
	if s.Mon == nil {
		return nil
	}
	if micros > 0 {
		s.Log = append(s.Log, Input{"advance", strconv.FormatInt(micros, 10)})
		s.Mon.FlushDeferred()
	}
	s.advanceTo(s.clock + micros)
	return s.takeEvents()
}

// NextTimer is the virtual time at which something is next due (a guest
// action), or -1 when nothing waits: a clock that follows real time has
// nothing to do until then.
func (s *Session) NextTimer() int64 {
	if s.guest == nil {
		return -1
	}
	return s.guest.NextTimer()
}

// HMPBanner is the first line of an HMP monitor (`-monitor stdio`).
func HMPBanner(rel *release.Release) string {
	return "QEMU " + rel.Version() + " monitor - type 'help' for more information"
}

// Greeting is the QMP greeting line.
func Greeting(rel *release.Release) string {
	return qjson.Marshal(qjson.O("QMP", qjson.O("version", qjson.O("qemu", qjson.O("major", rel.Major, "minor", rel.Minor, "micro", rel.Micro), "package", rel.PackageString()), "capabilities", []any{"oob"})))
}

// CommandLine is the session's command line as one shell-like string.
func (s *Session) CommandLine() string {
	return s.Binary() + " " + strings.Join(s.Args, " ")
}

// Topology is the live topology view; empty when the machine did not start.
func (s *Session) Topology() topoview.View {
	if s.Mon == nil {
		return topoview.View{}
	}
	v := s.topo.View(s.Mon.M, s.guestView())
	v.Input = len(s.Log)
	return v
}
