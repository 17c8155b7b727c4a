// Package stdio is the simulator on a terminal, as `qemu-system-* -monitor
// stdio` and `-qmp stdio` speak: an HMP prompt, or QMP on stdin/stdout.
package stdio

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// DefaultMachine is QEMU's CPU hotplug guide's x86 topology example.
var DefaultMachine = []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"}

// Run is an interactive session: HMP with a "(qemu) " prompt, or QMP
// on stdin/stdout with -qmp, as `qemu-system-* -qmp stdio` speaks it.
func Run(args []string, in io.Reader, out, errw io.Writer) int {
	qmp, rel := false, release.Default
	for len(args) > 0 {
		if args[0] == "-qmp" {
			qmp, args = true, args[1:]
		} else if args[0] == "-qemu" && len(args) > 1 {
			r, err := release.Lookup(args[1])
			if err != nil {
				fmt.Fprintln(errw, "hotpluglab:", err)
				return 2
			}
			rel, args = r, args[2:]
		} else {
			break
		}
	}
	if len(args) == 0 {
		args = DefaultMachine
	}
	s := session.Start(rel, "", args)
	io.WriteString(errw, s.Stderr())
	io.WriteString(out, s.Stdout())
	if !s.Started() {
		return s.ExitCode()
	}
	if ns := s.NotSimulated(); len(ns) > 0 {
		fmt.Fprintf(errw, "hotpluglab: accepted but not simulated: %s\n", strings.Join(ns, " "))
	}
	w := bufio.NewWriter(out)
	defer w.Flush()
	// What QEMU writes to stderr/stdout while commands run follows them.
	var errSeen, outSeen int
	flushSide := func() {
		if e := s.Stderr(); len(e) > errSeen+len(s.Result.Stderr) {
			io.WriteString(errw, e[len(s.Result.Stderr)+errSeen:])
			errSeen = len(e) - len(s.Result.Stderr)
		}
		if o := s.Stdout(); len(o) > outSeen+len(s.Result.Stdout) {
			w.WriteString(o[len(s.Result.Stdout)+outSeen:])
			outSeen = len(o) - len(s.Result.Stdout)
		}
	}
	if qmp {
		return qmpLoop(s, in, w, flushSide)
	}
	fmt.Fprintf(w, "%s\r\n(qemu) ", session.HMPBanner(rel)) // as -monitor stdio prints it
	w.Flush()
	lines := readline{r: bufio.NewReader(in)}
	for {
		line, ok := lines.next()
		if !ok {
			break
		}
		io.WriteString(w, s.HMP(line))
		s.Mon.TakeEvents() // HMP never prints events
		flushSide()
		if s.Died() {
			w.Flush()
			return s.ExitCode()
		}
		if s.Exited() {
			return 0
		}
		io.WriteString(w, "(qemu) ")
		w.Flush()
	}
	fmt.Fprintln(w)
	return 0
}

// readline is QEMU's readline as far as piped input reaches it: a line
// ends at '\r' or '\n', keeps at most 4095 characters (the rest of a
// longer line is dropped, as QEMU's command buffer drops it), backspace
// deletes, and other control characters and escape sequences edit the
// line on a terminal, which a pipe does not have: they are skipped.
type readline struct {
	r   *bufio.Reader
	buf []byte
}

// maxLine is READLINE_CMD_BUF_SIZE less its terminating NUL.
const maxLine = 4095

func (l *readline) next() (string, bool) {
	l.buf = l.buf[:0]
	esc := 0 // 1 after ESC, 2 inside "ESC ["
	for {
		c, err := l.r.ReadByte()
		if err != nil {
			if len(l.buf) > 0 {
				return string(l.buf), true
			}
			return "", false
		}
		switch {
		case esc == 1:
			esc = 0
			if c == '[' || c == 'O' {
				esc = 2
			}
		case esc == 2:
			if c >= 0x40 && c <= 0x7e {
				esc = 0
			}
		case c == '\r' || c == '\n':
			return string(l.buf), true
		case c == 27:
			esc = 1
		case c == 8 || c == 127:
			if len(l.buf) > 0 {
				l.buf = l.buf[:len(l.buf)-1]
			}
		case c < 32:
		case len(l.buf) < maxLine:
			l.buf = append(l.buf, c)
		}
	}
}

// qmpLoop answers a QMP session on the wire: the input is read as it
// comes and parsed as QEMU's JSON streamer parses it (one text over several
// reads, several in one, errors and the recovery after them), each text
// answered with the events it raised and its reply; quit ends it.
func qmpLoop(s *session.Session, in io.Reader, w *bufio.Writer, flushSide func()) int {
	s.Mon.StartNegotiation()
	// The monitor turns every "\n" it writes into "\r\n", QMP included.
	fmt.Fprint(w, session.Greeting(s.QEMU)+"\r\n")
	w.Flush()
	chunk := make([]byte, 64<<10)
	for {
		n, err := in.Read(chunk)
		if n > 0 {
			for _, a := range s.QMPInput(string(chunk[:n])) {
				for _, e := range a.Events {
					fmt.Fprint(w, e.JSON()+"\r\n")
				}
				if a.Reply != nil {
					fmt.Fprint(w, qjson.Marshal(a.Reply)+"\r\n")
				}
			}
			flushSide()
			w.Flush()
			if s.Died() {
				return s.ExitCode()
			}
			if s.Exited() {
				return 0
			}
		}
		if err != nil {
			return 0
		}
	}
}
