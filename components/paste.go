package components

import (
	"fmt"
	"strings"

	"hotpluglab/engine/lazyre"
)

// Paste help: text copied from a guide or a terminal carries what a shell
// or the monitor printed around the command (a "$ " prompt, the binary's
// name, "(qemu) ", backslash-newline continuations). The page recognises
// these and offers a tidied line beside the input; it never changes what
// was pasted by itself.

// PasteOffer is a tidied line and what tidying it would change.
type PasteOffer struct {
	Text  string   // the line as tidied
	Notes []string // one short sentence per change
}

var monitorPrompt = lazyre.New(`^\s*\((?:qemu|QEMU)\)\s*`)

// MonitorPaste recognises a monitor line pasted with its prompt
// ("(qemu) info cpus"); several pasted lines offer the first.
func MonitorPaste(text string) (PasteOffer, bool) {
	lines := nonEmptyLines(text)
	if len(lines) == 0 {
		return PasteOffer{}, false
	}
	var o PasteOffer
	first := lines[0]
	if m := monitorPrompt().FindString(first); m != "" {
		first = strings.TrimSpace(first[len(m):])
		o.Notes = append(o.Notes, "drop the prompt “"+strings.TrimSpace(m)+" ”: QEMU prints it, it is not part of the command")
	}
	if len(lines) > 1 {
		o.Notes = append(o.Notes, fmt.Sprintf("keep the first of the %d pasted lines: the monitor runs one command at a time", len(lines)))
	}
	if len(o.Notes) == 0 || first == "" {
		return PasteOffer{}, false
	}
	o.Text = first
	return o, true
}

func nonEmptyLines(text string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

var shellPrompt = lazyre.New(`^\s*[$#]\s+`)
var qemuBinary = lazyre.New(`^(?:\S*/)?qemu-system-(x86_64|ppc64)(?:\s+|$)`)

// CommandLinePaste recognises a QEMU command line copied from a shell
// session or a guide: a "$ " prompt, the binary's name (the page shows the
// binary apart), and lines continued with a backslash. A line whose last
// word ends in "," or "=" before its backslash continues a value: it joins
// without a space, as the author meant (a shell would make two words).
func CommandLinePaste(text string) (PasteOffer, bool) {
	var o PasteOffer
	t := strings.ReplaceAll(text, "\r\n", "\n")
	t = strings.TrimLeft(t, " \t\n")
	if m := shellPrompt().FindString(t); m != "" {
		t = t[len(m):]
		o.Notes = append(o.Notes, "drop the shell prompt “"+strings.TrimSpace(m)+"”")
	}
	if m := qemuBinary().FindStringSubmatch(t); m != nil {
		t = t[len(m[0]):]
		note := "drop the binary’s name (the page shows it before the line)"
		if m[1] == "ppc64" && !hasMachineOption(t) {
			t = "-M pseries " + t
			note += "; qemu-system-ppc64’s default machine is pseries, so -M pseries is written out"
		}
		o.Notes = append(o.Notes, note)
	}
	lines := strings.Split(t, "\n")
	var b strings.Builder
	joined := 0
	var tight []string // line numbers, as the paste counts them
	for i, l := range lines {
		if i > 0 {
			l = strings.TrimLeft(l, " \t")
		}
		cont := strings.HasSuffix(strings.TrimRight(l, " \t"), `\`) && i+1 < len(lines)
		if !cont {
			b.WriteString(l)
			if i+1 < len(lines) {
				b.WriteString(" ") // a break the author did not continue is still a word break
			}
			continue
		}
		l = strings.TrimSuffix(strings.TrimRight(l, " \t"), `\`)
		joined++
		if strings.HasSuffix(l, ",") || strings.HasSuffix(l, "=") {
			tight = append(tight, fmt.Sprint(i+1))
			b.WriteString(l)
		} else {
			b.WriteString(strings.TrimRight(l, " \t") + " ")
		}
	}
	t = strings.TrimSpace(b.String())
	switch {
	case joined == 1:
		o.Notes = append(o.Notes, "join the line continued with a backslash")
	case joined > 1:
		o.Notes = append(o.Notes, fmt.Sprintf("join the %d lines continued with backslashes", joined))
	}
	if len(tight) > 0 {
		o.Notes = append(o.Notes, "line "+strings.Join(tight, ", ")+" breaks an option’s value after a comma: joined without a space, as meant "+
			"(a shell splits the value there, and QEMU takes the rest for a disk image)")
	}
	if len(o.Notes) == 0 {
		return PasteOffer{}, false
	}
	o.Text = t
	return o, true
}

func hasMachineOption(line string) bool {
	for _, w := range strings.Fields(line) {
		switch strings.TrimPrefix(w, "-") {
		case "M", "-machine", "machine":
			return true
		}
	}
	return false
}
