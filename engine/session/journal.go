package session

import (
	"strings"

	"hotpluglab/engine/monitor"
	"hotpluglab/engine/timeline"
)

// The session's journal: everything typed and printed, in the order it
// happened, for the timeline (engine/timeline). It is built as the session
// runs, so a session rebuilt from its log has the same journal.

// JournalLimit bounds the journal: past it, older lines are dropped (a
// pseries start-up with every DRC event traced is about 1200 lines).
const JournalLimit = 20000

func (s *Session) record(src timeline.Source, name, text string) {
	if len(s.journal) >= JournalLimit {
		s.journal = append(s.journal[:0:0], s.journal[len(s.journal)-JournalLimit/2:]...)
	}
	s.journal = append(s.journal, timeline.Record{Source: src, Micros: s.clock, Name: name, Text: text})
}

// Journal is the recorded stream.
func (s *Session) Journal() []timeline.Record { return s.journal }

// Timeline is the journal as the timeline view model.
func (s *Session) Timeline() timeline.Timeline { return timeline.Build(s.journal) }

// startJournal records what start-up printed and hooks the session's
// sources: trace lines, QMP events, other stderr output, kernel lines.
func (s *Session) startJournal() {
	for _, line := range strings.SplitAfter(s.Result.Stderr, "\n") {
		if line == "" {
			continue
		}
		if ev := s.traceEventOf(line); ev != "" {
			s.record(timeline.Trace, ev, strings.TrimSuffix(line, "\n"))
		} else {
			s.record(timeline.Stderr, "", strings.TrimSuffix(line, "\n"))
		}
	}
	if s.Mon == nil {
		return
	}
	s.Mon.Trace.Observe = func(event, line string) { s.record(timeline.Trace, event, strings.TrimSuffix(line, "\n")) }
	s.Mon.Observers = append(s.Mon.Observers, func(e monitor.Event) { s.record(timeline.Event, e.Name, e.JSON()) })
	s.Mon.OnStderr = func(text string) {
		for _, l := range strings.SplitAfter(text, "\n") {
			if l != "" {
				s.record(timeline.Stderr, "", strings.TrimSuffix(l, "\n"))
			}
		}
	}
	s.guest.OnKernel = func(line string) { s.record(timeline.Kernel, "", line) }
}

// traceEventOf is the event a start-up stderr line is a trace line of ("" for
// QEMU's other messages): it starts with an event name, after the optional
// "-msg timestamp=on" prefix.
func (s *Session) traceEventOf(line string) string {
	if s.Result.Trace == nil {
		return ""
	}
	if i := strings.Index(line, ":"); i > 0 && strings.Contains(line[:i], "@") {
		line = line[i+1:]
	}
	name, _, ok := strings.Cut(line, " ")
	if !ok || !s.Result.Trace.Enabled(name) {
		return ""
	}
	return name
}

// replyText is a monitor answer as the journal keeps it ("\n" line ends).
func replyText(out string) string {
	return strings.TrimSuffix(strings.ReplaceAll(out, "\r\n", "\n"), "\n")
}
