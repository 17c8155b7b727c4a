package busybox

import (
	"strings"
)

// Where a file descriptor leads.
type streamKind int

const (
	sTerm streamKind = iota // the serial console
	sNull                   // /dev/null
	sBuf                    // a pipe or a command substitution
	sFile                   // a file opened by a redirection
	sIn                     // text to read (a file, a pipe's output)
)

type stream struct {
	kind streamKind
	buf  *strings.Builder
	path string // sFile: the cleaned path
	in   *input
}

// input is text read front to back; a loop's redirected stdin is shared
// by every command in it.
type input struct {
	data string
	pos  int
}

func (in *input) rest() string {
	s := in.data[in.pos:]
	in.pos = len(in.data)
	return s
}

// line reads up to and including a newline; ok is false at the end.
func (in *input) line() (string, bool) {
	if in.pos >= len(in.data) {
		return "", false
	}
	s := in.data[in.pos:]
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		in.pos += i + 1
		return s[:i+1], true
	}
	in.pos = len(in.data)
	return s, true
}

var (
	termStream = &stream{kind: sTerm}
	nullStream = &stream{kind: sNull}
)

// fdTable is a command's open files: 0, 1, 2 and any opened with exec.
type fdTable map[int]*stream

func (sh *Shell) std() fdTable {
	t := fdTable{0: termStream, 1: termStream, 2: termStream}
	for fd, s := range sh.st.fds {
		t[fd] = s
	}
	return t
}

func (t fdTable) clone() fdTable {
	c := make(fdTable, len(t))
	for k, v := range t {
		c[k] = v
	}
	return c
}

// termWrite shows text on the console, within the line's budget.
func (sh *Shell) termWrite(s string) {
	if sh.term.Len()+len(s) > maxOutput {
		s = s[:max(0, maxOutput-sh.term.Len())]
		sh.term.WriteString(s)
		panic(overBudget{"printed more than a megabyte"})
	}
	sh.term.WriteString(s)
}

// write writes to a stream: one write(2).
func (sh *Shell) write(st *stream, s string) error {
	if strings.Contains(s, string(ErrNotModelled)) {
		s = sh.notModelledLines(s)
	}
	if s == "" {
		return nil
	}
	if st == nil {
		return Errno("Bad file descriptor")
	}
	switch st.kind {
	case sTerm:
		sh.termWrite(s)
	case sBuf:
		sh.buffered += len(s)
		if sh.buffered > maxBuffered {
			panic(overBudget{"passed more than 4 MB through pipes"})
		}
		st.buf.WriteString(s)
	case sFile:
		sh.buffered += len(s)
		if sh.buffered > maxBuffered {
			panic(overBudget{"wrote more than 4 MB"})
		}
		return sh.sys.Write(st.path, s)
	case sIn:
		return Errno("Bad file descriptor")
	}
	return nil
}

// readAll reads what is left on a stream; reading the console is taken
// as an immediate end of input (the simulator has no typing-ahead).
func (sh *Shell) readAll(st *stream) (string, error) {
	switch {
	case st == nil:
		return "", Errno("Bad file descriptor")
	case st.kind == sIn:
		return st.in.rest(), nil
	case st.kind == sTerm:
		sh.noteTermRead()
	}
	return "", nil
}

// readLine reads one line (with its newline, if any).
func (sh *Shell) readLine(st *stream) (string, bool) {
	if st != nil && st.kind == sIn {
		return st.in.line()
	}
	if st != nil && st.kind == sTerm {
		sh.noteTermRead()
	}
	return "", false
}

func (sh *Shell) noteTermRead() {
	sh.note("a command read from the console: in the simulator it sees the end of input at once (as if you typed Ctrl-D)")
}

// notModelledLines takes out of a write the lines an applet made of
// ErrNotModelled (a path below a folder whose entries the simulator does
// not know) and says each beside the output instead.
func (sh *Shell) notModelledLines(s string) string {
	var kept strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		if !strings.Contains(line, string(ErrNotModelled)) {
			kept.WriteString(line)
			continue
		}
		msg := strings.TrimSuffix(strings.ReplaceAll(line, ": "+string(ErrNotModelled), ""), "\n")
		msg = strings.ReplaceAll(msg, string(ErrNotModelled), "")
		sh.note(msg + ": what is there is not modelled in this simulated guest (the folder above it is not listed)")
	}
	return kept.String()
}
