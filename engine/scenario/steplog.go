package scenario

import "strings"

// MaxStepOutput bounds the output a step's log keeps: a step may run any
// number of commands, and the log must not grow with each of them.
const MaxStepOutput = 256 << 10

// needles are the texts a check looks for in a step's output.
func (c Check) needles() []string {
	switch c.Kind {
	case "output":
		return []string{c.Text}
	case "error":
		return []string{"Error: " + c.Text, ": " + c.Text}
	}
	return nil
}

// Add appends what an input printed. The log keeps the last MaxStepOutput
// bytes; the texts checks look for are noted as they pass (even across two
// outputs), so a check that held keeps holding however much follows.
func (l *StepLog) Add(out string, checks []Check) {
	for _, c := range checks {
		for _, n := range c.needles() {
			if l.seen[n] {
				continue
			}
			// The needle may start in what the log already holds.
			from := max(0, len(l.Output)-len(n)+1)
			if strings.Contains(l.Output[from:]+out, n) {
				if l.seen == nil {
					l.seen = map[string]bool{}
				}
				l.seen[n] = true
			}
		}
	}
	l.Output += out
	if len(l.Output) > MaxStepOutput {
		l.Output = strings.Clone(l.Output[len(l.Output)-MaxStepOutput:])
	}
}

// AddEvent notes an event raised during the step (each name once).
func (l *StepLog) AddEvent(name string) {
	for _, e := range l.Events {
		if e == name {
			return
		}
	}
	l.Events = append(l.Events, name)
}

// contains says whether the step printed the text.
func (l StepLog) contains(text string) bool {
	return l.seen[text] || strings.Contains(l.Output, text)
}

// Record adds an input's output to the current step's log.
func (r *Runner) Record(out string) { r.Log.Add(out, r.Sc.Steps[r.Current].Checks) }
