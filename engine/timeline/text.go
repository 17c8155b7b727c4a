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
