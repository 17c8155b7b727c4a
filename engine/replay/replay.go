// Package replay runs the oracle's cases (../shared/oracle/README.md) on the
// engine and writes results in the recorder's format, so compare.py can judge
// the simulator against real QEMU.
package replay

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"

	"hotpluglab/engine/monitor"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/session"
)

// Case is one oracle case.
type Case struct {
	ID     string            `json:"id"`
	Binary string            `json:"binary"`
	Args   []string          `json:"args"`
	HMP    []string          `json:"hmp"`
	QMP    []json.RawMessage `json:"qmp"`
	Steps  []Step            `json:"steps"`
	Settle *float64          `json:"settle"`
	Accel  string            `json:"accel"`
	Base   *bool             `json:"base"`
	// Guest cases (../shared/oracle/guest) carry more fields; they pass through.
	Extra map[string]json.RawMessage `json:"-"`
}

// Step is one monitor input.
type Step struct {
	HMP    *string         `json:"hmp,omitempty"`
	QMP    json.RawMessage `json:"qmp,omitempty"`
	Grep   string          `json:"grep,omitempty"`
	SortBy string          `json:"sort_by,omitempty"`
}

// Result is one result line.
type Result struct {
	ID          string            `json:"id"`
	Binary      string            `json:"binary"`
	Argv        []string          `json:"argv"`
	Timeout     bool              `json:"timeout"`
	Died        bool              `json:"died"`
	Started     bool              `json:"started"`
	QEMUVersion string            `json:"qemu_version,omitempty"`
	EventsAfter []json.RawMessage `json:"events_after"`
	QuitEvents  []json.RawMessage `json:"quit_events"`
	ExitCode    int               `json:"exit_code"`
	Steps       []StepResult      `json:"steps"`
	Stderr      string            `json:"stderr"`
	StdoutOther string            `json:"stdout_other,omitempty"`
}

// StepResult is one step's outcome.
type StepResult struct {
	HMP     *string           `json:"hmp,omitempty"`
	QMP     json.RawMessage   `json:"qmp,omitempty"`
	Out     *string           `json:"out,omitempty"`
	OutGrep *string           `json:"out_grep,omitempty"`
	Return  json.RawMessage   `json:"return,omitempty"`
	Error   json.RawMessage   `json:"error,omitempty"`
	Events  []json.RawMessage `json:"events"`
	NoReply bool              `json:"no_reply,omitempty"`
}

// BaseArgs are what the recorder puts before every case's arguments.
func BaseArgs(accel string) []string {
	if accel == "" {
		accel = "tcg"
	}
	return []string{"-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", accel, "-qmp", "stdio"}
}

func eventsJSON(evs []monitor.Event) []json.RawMessage {
	out := []json.RawMessage{}
	for _, e := range evs {
		o := qjson.O("event", e.Name)
		if e.Data != nil {
			o = append(o, qjson.Member{Key: "data", Value: e.Data})
		}
		out = append(out, json.RawMessage(qjson.Marshal(o)))
	}
	return out
}

// Run replays one case.
func Run(c Case) Result {
	args := c.Args
	if c.Base == nil || *c.Base {
		args = append(BaseArgs(c.Accel), c.Args...)
	} else {
		args = append([]string{"-qmp", "stdio"}, c.Args...)
	}
	s := session.StartTarget(c.Binary, args)
	r := Result{ID: c.ID, Binary: c.Binary, Argv: append([]string{s.Binary()}, args...),
		Started: s.Started(), ExitCode: s.ExitCode(), Stderr: s.Stderr(), StdoutOther: s.Stdout(),
		Steps: []StepResult{}, EventsAfter: []json.RawMessage{}, QuitEvents: []json.RawMessage{}}
	if !s.Started() {
		r.EventsAfter, r.QuitEvents = nil, nil
		return r
	}
	r.QEMUVersion = "7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)"
	s.Mon.Negotiated() // the recorder sends qmp_capabilities first
	steps := []Step{}
	for i := range c.HMP {
		steps = append(steps, Step{HMP: &c.HMP[i]})
	}
	for _, q := range c.QMP {
		steps = append(steps, Step{QMP: q})
	}
	steps = append(steps, c.Steps...)
	for _, st := range steps {
		sr := StepResult{}
		if st.HMP != nil {
			out, evs := s.HMPWithEvents(*st.HMP)
			sr.HMP, sr.Out, sr.Events = st.HMP, &out, eventsJSON(evs)
			if st.Grep != "" {
				if rx, err := regexp.Compile(st.Grep); err == nil {
					g := ""
					for _, l := range splitLines(out) {
						if rx.MatchString(l) {
							g += l
						}
					}
					sr.OutGrep = &g
				}
			}
		} else {
			name, args, raw := parseQMPStep(st.QMP)
			sr.QMP = raw
			ret, qerr, evs := s.Exec(name, args)
			sr.Events = eventsJSON(evs)
			if qerr != nil {
				sr.Error = json.RawMessage(qjson.Marshal(qjson.O("class", qerr.Class, "desc", qerr.Desc)))
			} else {
				if ret == nil {
					ret = qjson.Object{}
				}
				sr.Return = json.RawMessage(qjson.Marshal(ret))
			}
		}
		if s.Died() {
			// QEMU died during this step: no reply, and nothing after.
			sr.Out, sr.OutGrep, sr.Return, sr.Error = nil, nil, nil, nil
			sr.NoReply = true
			r.Steps = append(r.Steps, sr)
			r.Died, r.ExitCode = true, s.ExitCode()
			r.Stderr, r.StdoutOther = s.Stderr(), s.Stdout()
			return r
		}
		r.Steps = append(r.Steps, sr)
	}
	r.Stderr, r.StdoutOther = s.Stderr(), s.Stdout()
	settle := 0.05
	if c.Settle != nil {
		settle = *c.Settle
	}
	r.EventsAfter = eventsJSON(s.Advance(int64(settle * 1e6)))
	r.QuitEvents = []json.RawMessage{json.RawMessage(`{"event": "SHUTDOWN", "data": {"guest": false, "reason": "host-qmp-quit"}}`)}
	return r
}

// parseQMPStep accepts a bare command name or {"execute", "arguments"}.
func parseQMPStep(raw json.RawMessage) (string, qjson.Object, json.RawMessage) {
	var name string
	if json.Unmarshal(raw, &name) == nil {
		b, _ := json.Marshal(map[string]string{"execute": name})
		return name, nil, b
	}
	v, err := qjson.Decode(raw)
	if err != nil {
		return "", nil, raw
	}
	o, _ := v.(qjson.Object)
	n, _ := o.Get("execute")
	name, _ = n.(string)
	a, _ := o.Get("arguments")
	args, _ := a.(qjson.Object)
	return name, args, raw
}

func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		if i < len(s) {
			i++
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

// RunAll reads cases (JSON lines) and writes one result line per case.
func RunAll(in io.Reader, out io.Writer) (int, error) {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	w := bufio.NewWriter(out)
	defer w.Flush()
	n := 0
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 {
			continue
		}
		var c Case
		if err := json.Unmarshal(line, &c); err != nil {
			return n, fmt.Errorf("case %d: %v", n+1, err)
		}
		b, err := json.Marshal(Run(c))
		if err != nil {
			return n, err
		}
		w.Write(b)
		w.WriteByte('\n')
		n++
	}
	return n, sc.Err()
}
