package session

import (
	"fmt"
	"strings"

	"hotpluglab/engine/release"
)

// Cost is what a session's inputs made it do: how many inputs it took and
// how many bytes they printed (monitor replies, QMP events, the guest
// shell's output). It is a function of the log, so a replay of a log costs
// what the live session did.
type Cost struct {
	Inputs int
	Output int64
}

// Budget bounds the work of a replay nobody typed: a share link, a session
// file, a scenario, a host page's calls. Work is bounded by what a person
// can read; past it a replay stops and says so.
type Budget struct {
	Inputs int
	Output int64
}

// Budgets of the page. A link is opened by anyone who clicks it, so it gets
// the small one (Copy link refuses a session past it, so every link the page
// makes opens); a session file is opened on purpose and may be larger.
var (
	LinkBudget = Budget{Inputs: 2000, Output: 4 << 20}
	FileBudget = Budget{Inputs: 1 << 16, Output: 64 << 20}
)

// Over says whether the cost passed the budget.
func (c Cost) Over(b Budget) bool { return c.Inputs > b.Inputs || c.Output > b.Output }

func (b Budget) String() string {
	return fmt.Sprintf("%d inputs, %s of output", b.Inputs, Bytes(b.Output))
}

// Bytes is a byte count as a reader wants it (1.5 MiB).
func Bytes(n int64) string {
	switch {
	case n >= 1<<20:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/(1<<20)), ".0") + " MiB"
	case n >= 1<<10:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/(1<<10)), ".0") + " KiB"
	}
	return fmt.Sprintf("%d bytes", n)
}

// Cost is what the session's inputs cost so far.
func (s *Session) Cost() Cost { return Cost{Inputs: len(s.Log), Output: s.printed} }

// BudgetError says where a replay stopped: after input Done of Of, when
// the cost passed the budget.
type BudgetError struct {
	Done, Of int
	Cost     Cost
	Budget   Budget
}

func (e *BudgetError) Error() string {
	what := fmt.Sprintf("%s of output", Bytes(e.Cost.Output))
	if e.Cost.Inputs > e.Budget.Inputs {
		what = fmt.Sprintf("%d inputs", e.Cost.Inputs)
	}
	return fmt.Sprintf("the session passes its budget (%s) at input %d of %d (%s): it was restored up to there", e.Budget, e.Done, e.Of, what)
}

// Replay rebuilds a session from its log, as FromLog does, running each
// input once: each (when not nil) sees every input with what it printed on
// its own channel (the HMP text, the QMP lines joined by "\n", the guest
// shell's output; "" for the guest's other inputs). Past the budget it
// stops after the input that passed it and returns a *BudgetError with the
// session as far as it got.
func Replay(rel *release.Release, target string, args []string, log []Input, b Budget, each func(s *Session, i int, in Input, out string)) (*Session, error) {
	s := StartOnHost(rel, target, args, hostOf(log))
	if s.Mon == nil {
		return s, nil
	}
	for i, in := range log {
		if in.Kind == "host" {
			continue // StartOnHost took it
		}
		out := s.applyOutput(in)
		if each != nil {
			each(s, i, in, out)
		}
		if c := s.Cost(); c.Over(b) {
			return s, &BudgetError{Done: i + 1, Of: len(log), Cost: c, Budget: b}
		}
	}
	return s, nil
}

// applyOutput is Apply that returns what the input printed on its channel.
func (s *Session) applyOutput(in Input) string {
	switch in.Kind {
	case "hmp":
		return s.HMP(in.Text)
	case "qmp":
		return strings.Join(s.QMP(in.Text), "\n")
	case "guest":
		return s.GuestShell(in.Text)
	}
	s.Apply(in)
	return ""
}

// Since is the cost from an earlier reading to this one.
func (c Cost) Since(before Cost) Cost {
	return Cost{Inputs: c.Inputs - before.Inputs, Output: c.Output - before.Output}
}
