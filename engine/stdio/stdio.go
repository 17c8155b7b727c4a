// Package stdio is the simulator on a terminal, as `qemu-system-* -monitor
// stdio` and `-qmp stdio` speak: an HMP prompt, or QMP on stdin/stdout.
package stdio

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
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
	r := bufio.NewReader(in)
	for {
		line, ok := readLine(r)
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
		if s.Mon.Quitting {
			return 0
		}
		io.WriteString(w, "(qemu) ")
		w.Flush()
	}
	fmt.Fprintln(w)
	return 0
}

// readLine reads one line of any length, keeping what QEMU's readline
// keeps (session.ReadlineMax bytes): memory stays bounded, and a long line
// runs cut, as QEMU runs it, instead of ending the monitor. ok is false at
// the end of the input (a last line without "\n" still runs).
func readLine(r *bufio.Reader) (line string, ok bool) {
	var keep []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if room := session.ReadlineMax - len(keep); room > 0 {
			keep = append(keep, chunk[:min(room, len(chunk))]...)
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			ok = true
		default:
			ok = len(chunk) > 0 || len(keep) > 0
		}
		l := strings.TrimSuffix(strings.TrimSuffix(string(keep), "\n"), "\r")
		return l, ok
	}
}

// qmpLoop reads JSON texts (several per line, or one over several lines),
// answers each with the events it raised and its reply, and exits on quit.
func qmpLoop(s *session.Session, in io.Reader, w *bufio.Writer, flushSide func()) int {
	s.Mon.RequireNegotiation = true
	// The monitor turns every "\n" it writes into "\r\n", QMP included.
	fmt.Fprint(w, session.Greeting(s.QEMU)+"\r\n")
	w.Flush()
	r := bufio.NewReader(in)
	var buf []byte
	for {
		line, err := r.ReadBytes('\n')
		buf = append(buf, line...)
		for {
			text, rest, perr := nextJSON(buf)
			if perr == errIncomplete {
				break
			}
			buf = rest
			if perr != nil {
				fmt.Fprint(w, qjson.Marshal(qjson.O("error", qjson.O("class", "GenericError", "desc", "JSON parse error, "+perr.Error())))+"\r\n")
				buf = nil // resynchronise at the next line
				break
			}
			for _, l := range s.QMP(string(text)) {
				fmt.Fprint(w, l+"\r\n")
			}
			flushSide()
			w.Flush()
			if s.Died() {
				return s.ExitCode()
			}
			if s.Mon.Quitting {
				return 0
			}
		}
		if err != nil {
			return 0
		}
	}
}

var errIncomplete = errors.New("incomplete")

// nextJSON splits the first complete JSON text off buf.
func nextJSON(buf []byte) (text, rest []byte, err error) {
	trimmed := bytes.TrimLeft(buf, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, nil, errIncomplete
	}
	d := json.NewDecoder(bytes.NewReader(trimmed))
	var raw json.RawMessage
	if err := d.Decode(&raw); err != nil {
		if err == io.ErrUnexpectedEOF || err == io.EOF {
			return nil, buf, errIncomplete
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, nil, errors.New("invalid JSON")
		}
		return nil, nil, err
	}
	return raw, trimmed[d.InputOffset():], nil
}
