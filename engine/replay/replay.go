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
	"strconv"
	"strings"

	"hotpluglab/engine/guest"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/monitor"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
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
	// Guest is set in guest cases (../shared/oracle/guest): QEMU runs
	// without -S and boots a Linux guest before the first step.
	Guest *GuestSpec `json:"guest"`
	// HostFS are the files the recording host had (gen_devices_cases.py).
	HostFS []HostFile `json:"hostfs"`
}

// HostFile is one file of a case's host.
type HostFile struct {
	Path   string `json:"path"`
	Format string `json:"format"`
	Size   int64  `json:"size"`
}

// Host is the case's simulated host.
func (c Case) Host() *hostfs.FS {
	fs := hostfs.New()
	for _, f := range c.HostFS {
		fs.Add(hostfs.File{Path: f.Path, Format: hostfs.Format(f.Format), Size: f.Size})
	}
	return fs
}

// GuestSpec is a guest case's "guest" member.
type GuestSpec struct {
	OS         string `json:"os"`
	AutoOnline bool   `json:"auto_online"`
	Append     string `json:"append,omitempty"`
}

// Step is one monitor input.
type Step struct {
	HMP    *string         `json:"hmp,omitempty"`
	QMP    json.RawMessage `json:"qmp,omitempty"`
	Grep   string          `json:"grep,omitempty"`
	SortBy string          `json:"sort_by,omitempty"`
	// Guest steps and the recorder's waiting rules (guest cases).
	Guest      *string         `json:"guest,omitempty"`
	UntilEvent json.RawMessage `json:"until_event,omitempty"`
	UntilKmsg  string          `json:"until_kmsg,omitempty"`
	Quiet      *float64        `json:"quiet,omitempty"`
	MaxWait    *float64        `json:"max_wait,omitempty"`
	Reboot     bool            `json:"reboot,omitempty"`
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
	// Guest cases only.
	Guest      *GuestSpec         `json:"guest,omitempty"`
	BootEvents *[]json.RawMessage `json:"boot_events,omitempty"`
	BootKmsg   *[]string          `json:"boot_kmsg,omitempty"`
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
	// Guest cases: the shell command and its output, the kernel lines
	// printed during the step, and whether a wait condition was not met.
	Guest       *string   `json:"guest,omitempty"`
	Kmsg        *[]string `json:"kmsg,omitempty"`
	WaitTimeout bool      `json:"wait_timeout,omitempty"`
	Rebooted    *bool     `json:"rebooted,omitempty"`
	// NoPrompt: the shell did not print its prompt again (it asks for
	// the rest of a command, or the guest is gone).
	NoPrompt bool `json:"no_prompt,omitempty"`
	// Console: what the shell printed outside a guest step (the output of
	// a line typed while the guest was stopped, after cont).
	Console *string `json:"console,omitempty"`
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

// Run replays one case on a release.
func Run(rel *release.Release, c Case) Result {
	args := c.Args
	if c.Base == nil || *c.Base {
		args = append(BaseArgs(c.Accel), c.Args...)
	} else {
		args = append([]string{"-qmp", "stdio"}, c.Args...)
	}
	guestCase := c.Guest != nil && c.Guest.OS == "linux"
	argv := args
	if guestCase {
		// The guest recorder runs QEMU without -S and adds the kernel, the
		// initramfs and two serial lines (not simulated: the guest model
		// stands in for them).
		args = withoutPaused(args)
		argv = append(append([]string{}, args...), guestArgs(c.Binary, c.Guest)...)
	}
	s := session.StartOnHost(rel, c.Binary, args, c.Host())
	r := Result{ID: c.ID, Binary: c.Binary, Argv: append([]string{s.Binary()}, argv...),
		Started: s.Started(), ExitCode: s.ExitCode(), Stderr: s.Stderr(), StdoutOther: s.Stdout(),
		Steps: []StepResult{}, EventsAfter: []json.RawMessage{}, QuitEvents: []json.RawMessage{}}
	if guestCase {
		r.Guest = c.Guest
	}
	if !s.Started() {
		r.EventsAfter, r.QuitEvents = nil, nil
		return r
	}
	r.QEMUVersion = rel.FullVersion()
	// The recorder has negotiated capabilities (request c1); every step is
	// a request on the QMP wire, HMP ones through human-monitor-command.
	s.Mon.Negotiated()
	next := 1
	if guestCase {
		s.SetAutoOnline(c.Guest.AutoOnline)
		s.SetKernelArgs(c.Guest.Append)
		s.BootGuest()
		boot := eventsJSON(s.Settle())
		r.BootEvents = &boot
		kmsg := []string{}
		for _, l := range s.TakeKernelLines() {
			if bootKmsgRE.MatchString(l) {
				kmsg = append(kmsg, NormGuestText(l))
			}
		}
		r.BootKmsg = &kmsg
	}
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
		var evs []monitor.Event
		var reply qjson.Object
		exited := s.Exited()
		switch {
		case st.Guest != nil:
			out, e := s.GuestShellWithEvents(*st.Guest)
			if p := s.GuestPrompt(); p != guest.Prompt {
				// The recorder waited for "guest# " in vain (max_wait) and
				// kept what came, the continuation prompt included.
				sr.NoPrompt = true
				out += p
				e = append(e, s.Advance(maxWait(st))...)
			}
			out = NormGuestText(out)
			sr.Guest, sr.Out, evs = st.Guest, &out, e
		case st.HMP != nil:
			sr.HMP = st.HMP
			line, _ := json.Marshal(*st.HMP)
			next++
			evs, reply = request(s, "human-monitor-command", next, json.RawMessage(`{"command-line": `+string(line)+`}`))
			if out, ok := reply.Get("return"); ok {
				text, _ := out.(string)
				text = qjson.WireText(text) // as the recorder read it off the wire
				sr.Out = &text
				if st.Grep != "" {
					if rx, err := regexp.Compile(st.Grep); err == nil {
						g := ""
						for _, l := range splitLines(text) {
							if rx.MatchString(l) {
								g += l
							}
						}
						sr.OutGrep = &g
					}
				}
			} else if e, ok := reply.Get("error"); ok {
				sr.Error = json.RawMessage(qjson.Marshal(e))
			}
		default:
			name, args, raw := parseQMPStep(st.QMP)
			sr.QMP = raw
			next++
			evs, reply = request(s, name, next, args)
			if ret, ok := reply.Get("return"); ok {
				sr.Return = json.RawMessage(qjson.Marshal(ret))
			} else if e, ok := reply.Get("error"); ok {
				sr.Error = json.RawMessage(qjson.Marshal(e))
			}
		}
		if exited {
			// QEMU exited at an earlier step: the request finds no one.
			sr = StepResult{HMP: sr.HMP, QMP: sr.QMP, Guest: sr.Guest, NoReply: true, Events: []json.RawMessage{}}
			if guestCase && sr.Guest == nil {
				// The guest recorder still reads the (silent) kernel
				// console after a monitor request.
				sr.Kmsg = &[]string{}
			}
			r.Steps = append(r.Steps, sr)
			r.Died = true
			r.Stderr, r.StdoutOther = s.Stderr(), s.Stdout()
			return r
		}
		if s.Died() {
			// QEMU died during this step: no reply, and nothing after.
			sr.Out, sr.OutGrep, sr.Return, sr.Error = nil, nil, nil, nil
			sr.NoReply = true
			sr.Events = eventsJSON(evs)
			r.Steps = append(r.Steps, sr)
			r.Died, r.ExitCode = true, s.ExitCode()
			r.Stderr, r.StdoutOther = s.Stderr(), s.Stdout()
			return r
		}
		if guestCase {
			// The recorder waits until the system is quiet after every step,
			// unless the step says not to wait at all.
			if !(st.Quiet != nil && *st.Quiet == 0 && st.MaxWait != nil && *st.MaxWait == 0) {
				evs = append(evs, s.Settle()...)
			} else {
				evs = append(evs, s.Advance(0)...)
			}
			kmsg := []string{}
			for _, l := range s.TakeKernelLines() {
				kmsg = append(kmsg, NormGuestText(l))
			}
			sr.Kmsg = &kmsg
			sr.WaitTimeout = !waitMet(st, evs, kmsg)
			if st.Guest != nil && s.Mon.Quitting {
				// The guest switched the machine off during its command:
				// QEMU is gone when the recorder asks again.
				sr.NoReply, sr.WaitTimeout = true, false
				sr.Events = eventsJSON(evs)
				r.Steps = append(r.Steps, sr)
				r.Died = true
				r.Stderr, r.StdoutOther = s.Stderr(), s.Stdout()
				return r
			}
			if st.Reboot {
				up := s.GuestState() == guest.Running
				sr.Rebooted = &up
			}
			if c := s.TakeGuestConsole(); c != "" {
				c = NormGuestText(c)
				sr.Console = &c
			}
		}
		sr.Events = eventsJSON(evs)
		r.Steps = append(r.Steps, sr)
	}
	r.Stderr, r.StdoutOther = s.Stderr(), s.Stdout()
	if s.Exited() {
		// QEMU quit during the steps: nothing more arrives, and the
		// recorder's own quit finds no one.
		r.EventsAfter, r.QuitEvents = []json.RawMessage{}, []json.RawMessage{}
		return r
	}
	settle := 0.05
	if c.Settle != nil {
		settle = *c.Settle
	}
	r.EventsAfter = eventsJSON(s.Advance(int64(settle * 1e6)))
	// The recorder's own quit: what QEMU writes on its way out (an
	// enabled trace point's line) is stderr's too.
	before := s.Stderr()
	request(s, "quit", next+1, nil)
	if after := s.Stderr(); strings.HasPrefix(after, before) {
		r.Stderr += after[len(before):]
	}
	r.QuitEvents = []json.RawMessage{json.RawMessage(`{"event": "SHUTDOWN", "data": {"guest": false, "reason": "host-qmp-quit"}}`)}
	return r
}

// The guest recorder's normalisation of guest text (guest_record.py
// norm_guest_text): kernel timestamps, BogoMIPS and MHz values.
var (
	tsRE    = regexp.MustCompile(`(?m)^\[ *\d+\.\d+\] `)
	bogoRE  = regexp.MustCompile(`(?i)(\d+\.\d+)( BogoMIPS)`)
	bogo2RE = regexp.MustCompile(`(?im)^(bogomips\s*:\s*)\d+\.\d+`)
	mhzRE   = regexp.MustCompile(`(?im)^(cpu MHz\s*:\s*)\d+\.\d+`)
	tscRE   = regexp.MustCompile(`(Detected )\d+\.\d+( MHz processor)`)
)

// NormGuestText normalises guest output and kernel lines as the recorder does.
func NormGuestText(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "")
	s = tsRE.ReplaceAllString(s, "[TIME] ")
	s = bogoRE.ReplaceAllString(s, "<BOGOMIPS>$2")
	s = bogo2RE.ReplaceAllString(s, "${1}<BOGOMIPS>")
	s = mhzRE.ReplaceAllString(s, "${1}<MHZ>")
	return tscRE.ReplaceAllString(s, "${1}<MHZ>$2")
}

// bootKmsgRE is the recorder's BOOT_KMSG_RE: the boot log's CPU lines.
var bootKmsgRE = regexp.MustCompile(`smpboot|smp: |Allowing|hot-?plug|Partition configured|CPU maps|node  #|processors activated|nr_cpu_ids|DLPAR|dlpar`)

func withoutPaused(args []string) []string {
	out := []string{}
	for _, a := range args {
		if a != "-S" {
			out = append(out, a)
		}
	}
	return out
}

// guestArgs are the options the guest recorder adds, as it writes them in argv.
func guestArgs(binary string, g *GuestSpec) []string {
	auto := "0"
	if g.AutoOnline {
		auto = "1"
	}
	kernel, appendLine := "<GUEST>/x86_64/vmlinuz", "console=ttyS1 loglevel=7 lpj=10000000 tsc=reliable"
	initrd := "<GUEST>/x86_64/initrd.gz"
	if binary == "ppc64" {
		kernel, appendLine, initrd = "<GUEST>/ppc64/vmlinux", "console=hvc1 loglevel=7", "<GUEST>/ppc64/initrd.gz"
	}
	appendLine += " guest.autoonline=" + auto
	if g.Append != "" {
		appendLine += " " + g.Append
	}
	return []string{"-kernel", kernel, "-initrd", initrd, "-append", appendLine,
		"-chardev", "socket,id=con0,fd=<FD>", "-serial", "chardev:con0",
		"-chardev", "socket,id=kmsg0,fd=<FD>", "-serial", "chardev:kmsg0"}
}

// waitMet checks a step's until_event (each name counted) and until_kmsg.
func waitMet(st Step, evs []monitor.Event, kmsg []string) bool {
	var want []string
	if len(st.UntilEvent) > 0 {
		var one string
		if json.Unmarshal(st.UntilEvent, &one) == nil {
			want = []string{one}
		} else {
			_ = json.Unmarshal(st.UntilEvent, &want)
		}
	}
	have := map[string]int{}
	for _, e := range evs {
		have[e.Name]++
	}
	for _, w := range want {
		if have[w] == 0 {
			return false
		}
		have[w]--
	}
	if st.UntilKmsg != "" {
		rx, err := regexp.Compile(st.UntilKmsg)
		if err != nil {
			return false
		}
		for _, l := range kmsg {
			if rx.MatchString(l) {
				return true
			}
		}
		return false
	}
	return true
}

// parseQMPStep accepts a bare command name or {"execute", "arguments"},
// as the recorder does: the name, the arguments as written (nil when
// absent) and the command as the result echoes it.
func parseQMPStep(raw json.RawMessage) (string, json.RawMessage, json.RawMessage) {
	var name string
	if json.Unmarshal(raw, &name) == nil {
		b, _ := json.Marshal(map[string]string{"execute": name})
		return name, nil, b
	}
	var c struct {
		Execute   string          `json:"execute"`
		Arguments json.RawMessage `json:"arguments"`
	}
	_ = json.Unmarshal(raw, &c)
	if string(c.Arguments) == "null" {
		c.Arguments = nil
	}
	return c.Execute, c.Arguments, raw
}

// request sends one request as the recorder writes it
// ({"execute": ..., "id": "cN", "arguments": ...}) and returns the events
// that came before its reply, and the reply without its id (nil if none).
func request(s *session.Session, name string, id int, args json.RawMessage) ([]monitor.Event, qjson.Object) {
	n, _ := json.Marshal(name)
	text := `{"execute": ` + string(n) + `, "id": "c` + strconv.Itoa(id) + `"`
	if args != nil {
		text += `, "arguments": ` + string(args)
	}
	var evs []monitor.Event
	var reply qjson.Object
	for _, a := range s.QMPInput(text + "}\n") {
		evs = append(evs, a.Events...)
		for _, m := range a.Reply {
			if m.Key != "id" {
				reply = append(reply, m)
			}
		}
	}
	return evs, reply
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
func RunAll(rel *release.Release, in io.Reader, out io.Writer) (int, error) {
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
		b, err := json.Marshal(Run(rel, c))
		if err != nil {
			return n, err
		}
		w.Write(b)
		w.WriteByte('\n')
		n++
	}
	return n, sc.Err()
}

// maxWait is how long the recorder waits for a guest step's prompt
// (the step's max_wait or its default, 30 s), in virtual microseconds.
func maxWait(st Step) int64 {
	if st.MaxWait != nil {
		return int64(*st.MaxWait * 1e6)
	}
	return session.MaxSettle
}
