package timeline

import "strings"

// Filter selects sources; a nil Filter keeps every step.
type Filter map[Source]bool

// Keeps says whether a step passes the filter.
func (f Filter) Keeps(s Source) bool { return f == nil || f[s] }

// Text is the stream as text, one step after the other, each as it was
// printed: commands as typed at their prompt ("(qemu) ", "guest# "; QMP
// requests as sent), everything else verbatim. With only trace lines kept
// it is exactly what QEMU printed of them on stderr.
func (t Timeline) Text(f Filter) string {
	var b strings.Builder
	for _, s := range t.Steps {
		if !f.Keeps(s.Source) {
			continue
		}
		line := s.Text
		switch {
		case s.Source == Command && s.Name == "hmp":
			line = "(qemu) " + line
		case s.Source == Shell:
			line = "guest# " + line
		case s.Source == Action:
			line = "# " + line
		}
		if line == "" && s.Source == Reply {
			continue // HMP's empty answer prints nothing
		}
		b.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Visible lists the steps a filter keeps.
func (t Timeline) Visible(f Filter) []Step {
	var out []Step
	for _, s := range t.Steps {
		if f.Keeps(s.Source) {
			out = append(out, s)
		}
	}
	return out
}

// FoldRun is how many alike steps in a row are drawn as one row.
const FoldRun = 4

// Row is one line of the drawn timeline: a step, or a run of alike steps
// folded into one (a reset walks every DR connector: 289 spapr_drc_reset
// lines on a default pseries).
type Row struct {
	Step  Step // the run's first step
	Count int  // how many steps the row stands for
	Last  int  // the index of the run's last step
}

// Rows lists the drawn rows of the steps a filter keeps; runs of FoldRun
// or more alike steps fold unless unfold says to open them (by the index
// of their first step).
func (t Timeline) Rows(f Filter, unfold map[int]bool) []Row {
	vis := t.Visible(f)
	var out []Row
	for i := 0; i < len(vis); {
		j := i + 1
		for j < len(vis) && alike(vis[i], vis[j]) {
			j++
		}
		if j-i >= FoldRun && !unfold[vis[i].Index] {
			out = append(out, Row{Step: vis[i], Count: j - i, Last: vis[j-1].Index})
			i = j
			continue
		}
		for ; i < j; i++ {
			out = append(out, Row{Step: vis[i], Count: 1, Last: vis[i].Index})
		}
	}
	return out
}

// alike steps say the same thing: same source and sequence, and the same
// headline (a DRC's three realize lines share one), so a run of them reads
// as one row.
func alike(a, b Step) bool {
	return a.Source == b.Source && a.Title == b.Title && a.Group == b.Group && (a.Source == Trace || a.Source == Event)
}

// Find is the step a scenario points at: "NAME" (a trace or QMP event
// name) or "NAME#N", its Nth occurrence (1-based); without #N the latest.
// It returns -1 while there is none.
func (t Timeline) Find(selector string) int {
	name, nth := ParseSelector(selector)
	found, count := -1, 0
	for _, s := range t.Steps {
		if s.Name == name && (s.Source == Trace || s.Source == Event) {
			count++
			found = s.Index
			if count == nth {
				return found
			}
		}
	}
	if nth > 0 {
		return -1
	}
	return found
}

// ParseSelector splits "NAME#N"; N is 0 when absent, -1 when not a
// number from 1.
func ParseSelector(sel string) (name string, nth int) {
	name, n, ok := strings.Cut(strings.TrimSpace(sel), "#")
	if ok {
		for _, c := range n {
			if c < '0' || c > '9' {
				return name, -1
			}
			nth = nth*10 + int(c-'0')
			if nth > 1<<20 {
				return name, -1
			}
		}
		if nth == 0 {
			return name, -1
		}
	}
	return name, nth
}
