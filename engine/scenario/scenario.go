// Package scenario is the guided-tutorial format: a Markdown file an author
// writes by hand, with a small front matter, steps of prose, commands that
// run or copy on click, and checks on the machine's state that mark a step
// done. See docs/authoring.md for the schema.
package scenario

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/timeline"
)

// Action kinds.
const (
	Run   = "run"   // an HMP command, run on click
	Copy  = "copy"  // an HMP command, copied into the console on click
	QMP   = "qmp"   // a QMP request, run on click
	Guest = "guest" // a guest shell command, run on click
	Boot  = "boot"  // boot the guest OS ("boot: Linux", or "boot: Linux, auto-online")
	Wait  = "wait"  // let virtual time pass ("wait: 2s", "wait: 500ms")
)

// Action is one clickable command.
type Action struct {
	Kind string
	Text string
	Line int
}

// Step is one step of a scenario.
type Step struct {
	Title string
	// Machine, when set, restarts the simulator with this command line as
	// the step begins (for showing one behaviour on two machine versions).
	Machine string
	Prose   []string
	Actions []Action
	Checks  []Check
	Line    int
	// Timeline points at a step of the timeline ("timeline: NAME" or
	// "NAME#N": a trace or QMP event, its latest or Nth occurrence): the
	// page opens and marks it while the step is current.
	Timeline string
}

// Scenario is a parsed scenario file.
type Scenario struct {
	ID      string
	Title   string
	Machine string // the command line the scenario starts on
	// QEMU is the release it runs on ("qemu: 10.0"); a scenario that names
	// none was written for 7.2.
	QEMU    *release.Release
	Summary string
	// Host is the simulated host's files the scenario's machines start on
	// ("host: /tmp/disk.qcow2 qcow2 64M", one front matter line each).
	Host *hostfs.FS
	// Lock limits the steps shown (1-based, inclusive), e.g. for embedding one part.
	LockFrom, LockTo int
	Steps            []Step
}

// Error names the line and the problem.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// MaxBytes bounds a scenario file: a tutorial a person reads, with room
// to spare (the built-in ones are a few KiB).
const MaxBytes = 256 << 10

// Parse reads a scenario file.
func Parse(src string) (*Scenario, error) {
	if len(src) > MaxBytes {
		return nil, fmt.Errorf("the file is %s; a scenario may be at most %s", session.Bytes(int64(len(src))), session.Bytes(MaxBytes))
	}
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	sc := &Scenario{QEMU: release.Default, Host: hostfs.New()}
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i >= len(lines) || strings.TrimSpace(lines[i]) != "---" {
		return nil, &Error{i + 1, "a scenario starts with front matter: a line \"---\", then \"key: value\" lines, then \"---\""}
	}
	i++
	closed := false
	for ; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "---" {
			closed = true
			i++
			break
		}
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return nil, &Error{i + 1, fmt.Sprintf("front matter line %q is not \"key: value\"", l)}
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "id":
			sc.ID = v
		case "title":
			sc.Title = v
		case "machine":
			sc.Machine = v
		case "summary":
			sc.Summary = v
		case "qemu":
			rel, err := release.Lookup(v)
			if err != nil {
				return nil, &Error{i + 1, err.Error()}
			}
			sc.QEMU = rel
		case "host":
			f, err := hostfs.ParseLine(v)
			if err != nil {
				return nil, &Error{i + 1, "host: " + err.Error()}
			}
			sc.Host.Add(f)
		case "steps":
			from, to, err := ParseRange(v)
			if err != nil {
				return nil, &Error{i + 1, err.Error()}
			}
			sc.LockFrom, sc.LockTo = from, to
		default:
			return nil, &Error{i + 1, fmt.Sprintf("unknown front matter key %q (known: id, title, machine, qemu, summary, steps, host)", strings.TrimSpace(k))}
		}
	}
	if !closed {
		return nil, &Error{len(lines), "the front matter is not closed by a \"---\" line"}
	}
	if sc.Title == "" {
		return nil, &Error{1, "the front matter needs a title"}
	}
	if sc.Machine == "" {
		return nil, &Error{1, "the front matter needs a machine (a QEMU command line)"}
	}
	var cur *Step
	var para []string
	flush := func() {
		if cur != nil && len(para) > 0 {
			cur.Prose = append(cur.Prose, strings.Join(para, " "))
		}
		para = nil
	}
	for ; i < len(lines); i++ {
		raw := lines[i]
		l := strings.TrimSpace(raw)
		n := i + 1
		if strings.HasPrefix(l, "## ") {
			flush()
			sc.Steps = append(sc.Steps, Step{Title: strings.TrimSpace(l[3:]), Line: n})
			cur = &sc.Steps[len(sc.Steps)-1]
			continue
		}
		if cur == nil {
			if l != "" && !strings.HasPrefix(l, "# ") {
				return nil, &Error{n, "text before the first step: start each step with a \"## Title\" line"}
			}
			continue
		}
		if l == "" {
			flush()
			continue
		}
		if k, v, ok := directive(l); ok {
			flush()
			if v == "" {
				return nil, &Error{n, fmt.Sprintf("%q needs a value", k+":")}
			}
			switch k {
			case "machine":
				if len(cur.Actions) > 0 || len(cur.Checks) > 0 {
					return nil, &Error{n, "\"machine:\" must come before the step's commands and checks"}
				}
				cur.Machine = v
			case Wait:
				if _, err := time.ParseDuration(v); err != nil {
					return nil, &Error{n, fmt.Sprintf("wait: %q is not a duration like 2s or 500ms", v)}
				}
				cur.Actions = append(cur.Actions, Action{Kind: k, Text: v, Line: n})
			case Run, Copy, QMP, Guest, Boot:
				cur.Actions = append(cur.Actions, Action{Kind: k, Text: v, Line: n})
			case "timeline":
				if name, nth := timeline.ParseSelector(v); name == "" || nth < 0 || strings.ContainsAny(name, " \t") {
					return nil, &Error{n, fmt.Sprintf("timeline: %q is not an event name, or NAME#N with N a step count from 1", v)}
				}
				cur.Timeline = v
			case "check":
				c, err := ParseCheck(v)
				if err != nil {
					return nil, &Error{n, err.Error()}
				}
				c.Line = n
				cur.Checks = append(cur.Checks, c)
			}
			continue
		}
		para = append(para, l)
	}
	flush()
	if len(sc.Steps) == 0 {
		return nil, &Error{len(lines), "the scenario has no steps (\"## Title\" lines)"}
	}
	if sc.LockTo > len(sc.Steps) {
		return nil, &Error{1, fmt.Sprintf("steps: %d-%d, but the scenario has %d steps", sc.LockFrom, sc.LockTo, len(sc.Steps))}
	}
	return sc, nil
}

func directive(l string) (string, string, bool) {
	k, v, ok := strings.Cut(l, ":")
	if !ok {
		return "", "", false
	}
	switch k {
	case "machine", Run, Copy, QMP, Guest, Boot, Wait, "check", "timeline":
		return k, strings.TrimSpace(v), true
	}
	return "", "", false
}

// ParseRange reads "N" or "N-M" (1-based).
func ParseRange(v string) (int, int, error) {
	a, b, isRange := strings.Cut(strings.TrimSpace(v), "-")
	from, err1 := strconv.Atoi(strings.TrimSpace(a))
	to := from
	var err2 error
	if isRange {
		to, err2 = strconv.Atoi(strings.TrimSpace(b))
	}
	if err1 != nil || err2 != nil || from < 1 || to < from {
		return 0, 0, fmt.Errorf("steps %q is not a range like 2 or 2-4", v)
	}
	return from, to, nil
}

// Visible lists the indexes (0-based) of the steps shown, honouring a lock.
func (sc *Scenario) Visible() []int {
	from, to := 1, len(sc.Steps)
	if sc.LockFrom > 0 {
		from, to = sc.LockFrom, sc.LockTo
	}
	var l []int
	for i := from - 1; i < to; i++ {
		l = append(l, i)
	}
	return l
}
