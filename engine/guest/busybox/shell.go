// Package busybox is the guest's userland: busybox 1.35's ash, the
// interactive shell on the guest's first serial line, and the applets a
// person reaches for when looking at CPUs (grep, head, tail, wc, sort,
// cut, awk, sed, ls, ...), each answering with busybox's own texts and
// exit statuses. The files and the kernel come from a System (the guest
// model); nothing here knows about CPUs.
//
// Pipelines run their stages one after the other, each reading the whole
// output of the one before (the recordings cannot tell the difference
// except for timing). Work is bounded: a line stops after a budget of
// commands or of output, with a note beside the output.
package busybox

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Prompts, as the recorded guest's init sets them.
const (
	PS1 = "guest# "
	PS2 = "> "
)

// Limits on one typed line's work: what a person can read.
const (
	maxSteps    = 200_000 // commands, loop rounds and expansions
	maxOutput   = 1 << 20 // bytes shown on the terminal
	maxBuffered = 4 << 20 // bytes held in pipes, substitutions and files
	maxPending  = 64      // lines of an unfinished command
)

// Result is what one typed line did.
type Result struct {
	Out    string   // what the terminal shows (stdout and stderr in order)
	Prompt string   // the prompt printed next: PS1, PS2, or "" when the shell is gone
	Notes  []string // the simulator's remarks, shown beside the output
}

// Shell is one interactive ash.
type Shell struct {
	sys     System
	st      *state
	pending []string
	gone    bool // the shell exited (it was init: the kernel panics)

	term     strings.Builder
	notes    []string
	steps    int
	buffered int
	seq      int // variable creation order
	skip     skipState
	// lastSubStatus is the status of the last command substitution in a
	// command without words (its own status), -1 if none.
	lastSubStatus int

	// Where an error message says it comes from (ash_vmsg): arg0 is $0
	// as ash keeps it ("sh", a script's name); cmdName is ash's
	// commandname, the script or sourced file being read ("" when none,
	// as at the prompt, in sh -c or on a piped script); builtin is the
	// builtin running now. script: this shell is not interactive;
	// inFile: it reads a file (sh FILE, "."); lineno is the running
	// command's line; dotDepth counts the "." files being read.
	arg0, cmdName, builtin string
	script, inFile         bool
	lineno, dotDepth       int
	// condDepth > 0: the running command's status is tested (errexit).
	condDepth int
	// scriptDepth counts the scripts running inside one another.
	scriptDepth int
	// outer are the interactive shells waiting for a nested one (sh typed
	// at the prompt) to exit; nestNext: one starts after this line.
	outer    []*state
	nestNext bool
}

// state is what a subshell copies.
type state struct {
	vars   map[string]*shVar
	funcs  map[string]command
	params []string
	status int
	cwd    string
	fds    map[int]*stream // fds opened with exec (3 and up)
	inFunc int
	loops  int
	// locals: per function call, the variables "local" saved (nil: unset).
	locals []map[string]*shVar
	// affinity is the shell's CPU affinity (taskset); nil: every CPU.
	affinity affinity
	umask    int // what umask prints; the simulated files keep their own modes
	opts     [len(shellOptions)]bool
	// getopts' place: the next argument and the offset in a group of
	// letters (-1: none); optindSeen is the OPTIND it set last, so that
	// an assignment to OPTIND starts it again.
	optind, optoff int
	optindSeen     string
	traps          map[string]string // EXIT's (and other signals') commands
	aliases        map[string]aliasDef
	aliasSeq       int
}

// aliasDef is an alias's text and when it was first defined (its place
// in its hash bucket's chain).
type aliasDef struct {
	value string
	seq   int
}

// shellOptions are ash's options in its optlist order (set -o), with
// their letters; monitor is on in the interactive shell.
var shellOptions = [...]struct{ letter, name string }{{"e", "errexit"}, {"f", "noglob"}, {"I", "ignoreeof"},
	{"m", "monitor"}, {"n", "noexec"}, {"x", "xtrace"}, {"v", "verbose"}, {"C", "noclobber"}, {"a", "allexport"},
	{"b", "notify"}, {"u", "nounset"}, {"E", "errtrace"}, {"", "vi"}, {"", "pipefail"}}

// modelledOptions are the options whose effect the simulated shell has;
// setting another is noted.
var modelledOptions = map[string]bool{"errexit": true, "noexec": true, "xtrace": true, "nounset": true, "pipefail": true, "monitor": true}

func optionIndex(name string) int {
	for i, o := range shellOptions {
		if o.name == name {
			return i
		}
	}
	return -1
}

// optionByLetter is the option set -X names; -1 when none.
func optionByLetter(l string) int {
	for i, o := range shellOptions {
		if o.letter == l {
			return i
		}
	}
	return -1
}

func (sh *Shell) option(name string) bool { return sh.st.opts[optionIndex(name)] }

type shVar struct {
	value    string
	set      bool
	exported bool
	readonly bool
	seq      int
}

// New starts the shell as the guest's /init left it: PATH=/bin, HOME=/,
// TERM=dumb, PS1 exported, the working folder /.
func New(sys System) *Shell {
	loadTables()
	sh := &Shell{sys: sys, arg0: "sh", st: &state{vars: map[string]*shVar{}, funcs: map[string]command{}, cwd: "/",
		fds: map[int]*stream{}, umask: 0o022, optoff: -1}}
	sh.st.opts[optionIndex("monitor")] = true
	// ash's own variables first (varinit), then the environment /init
	// passed, then what ash sets at start; ash keeps them in a hash table
	// whose order env shows.
	for _, kv := range [][2]string{{"IFS", " \t\n"}, {"PATH", "/bin"}, {"PS1", PS1}, {"PS2", PS2}, {"PS4", "+ "},
		{"OPTIND", "1"}, {"LINENO", ""}, {"FUNCNAME", ""}} {
		sh.setVar(kv[0], kv[1])
	}
	for _, kv := range [][2]string{{"HOME", "/"}, {"TERM", "dumb"}, {"PATH", "/bin"}, {"PS1", PS1}} {
		sh.setVar(kv[0], kv[1])
		sh.st.vars[kv[0]].exported = true
	}
	sh.setVar("PPID", "0")
	sh.setVar("HOSTNAME", "(none)")
	sh.setVar("PWD", "/")
	sh.st.vars["PWD"].exported = true
	sh.setVar("SHLVL", "2")
	sh.st.vars["SHLVL"].exported = true
	return sh
}

// Gone tells whether the shell has exited.
func (sh *Shell) Gone() bool { return sh.gone }

// Pending tells whether the shell waits for the rest of a command (PS2).
func (sh *Shell) Pending() bool { return len(sh.pending) > 0 }

// Run types one line (without its newline) at the prompt.
func (sh *Shell) Run(line string) Result {
	if sh.gone {
		return Result{}
	}
	sh.term.Reset()
	sh.notes = nil
	sh.steps, sh.buffered = 0, 0
	src := strings.Join(append(sh.pending, line), "\n") + "\n"
	l, serr, more := parseWith(src, sh.st.aliases)
	switch {
	case more && len(sh.pending) < maxPending:
		sh.pending = append(sh.pending, line)
		return Result{Prompt: PS2}
	case more:
		sh.pending = nil
		sh.note("this command was still unfinished after " + strconv.Itoa(maxPending) + " lines; the simulator dropped it")
		return sh.result()
	}
	sh.pending = nil
	if serr != nil {
		sh.termWrite(sh.errPrefix("") + serr.msg + "\n")
		sh.st.status = 2
		return sh.result()
	}
	sh.runTop(l)
	if sh.nestNext && !sh.gone {
		sh.nestNext = false
		sh.startNested()
	}
	return sh.result()
}

func (sh *Shell) result() Result {
	r := Result{Out: sh.term.String(), Prompt: PS1, Notes: sh.notes}
	if sh.gone {
		r.Prompt = ""
	}
	return r
}

func (sh *Shell) note(s string) {
	same := 0
	for _, n := range sh.notes {
		if n == s {
			return
		}
		if strings.HasPrefix(n, unknownContent) && strings.HasPrefix(s, unknownContent) {
			same++
		}
	}
	// A line that reads many files (grep -r) names a few, then says so once.
	if same >= maxContentNotes {
		s = "and more files whose content is not modelled in this simulated guest"
		if slices.Contains(sh.notes, s) {
			return
		}
	}
	sh.notes = append(sh.notes, s)
}

// unknownContent starts the note of a file whose content is not
// modelled; a line names at most maxContentNotes of them.
const (
	unknownContent  = "the content of "
	maxContentNotes = 5
)

// InternalError starts the note of a line the simulator failed on.
const InternalError = "internal error of the simulated shell: "

// Exceptions that unwind a line, as ash's longjmp does.
type (
	// shellErr is ash_msg_and_raise_error: "sh: msg", status 2; it ends
	// the line (or the subshell it happens in). text is the whole
	// message, prefixed where it was raised.
	shellErr struct{ msg, text string }
	// exitShell is exit (or an error in a non-interactive subshell).
	exitShell struct{ status int }
	// overBudget: the line did more than a person can read.
	overBudget struct{ what string }
)

func (sh *Shell) raise(msg string) {
	text := sh.errPrefix("") + msg
	if b := sh.builtin; b != "" {
		if rest, ok := strings.CutPrefix(msg, b+": "); ok {
			text = sh.errPrefix(b) + rest
		}
	}
	panic(shellErr{msg, text + "\n"})
}

// errPrefix is what ash_vmsg prints before a message: $0, the command
// (a builtin, else the file being read) unless it is $0, and the line
// when the shell is not interactive or reads a file.
func (sh *Shell) errPrefix(builtin string) string {
	p := sh.arg0 + ": "
	name := sh.cmdName
	if builtin != "" {
		name = builtin
	}
	if name != "" {
		if name != sh.arg0 {
			p += name + ": "
		}
		if sh.script || sh.inFile {
			p += "line " + strconv.Itoa(sh.lineno) + ": "
		}
	}
	return p
}

// runTop runs a parsed line in the interactive shell.
func (sh *Shell) runTop(l *list) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case shellErr:
				sh.termWrite(e.text)
				sh.st.status = 2
			case exitShell:
				if !sh.leaveNested(e.status) {
					sh.exit(e.status)
				}
			case overBudget:
				sh.note("stopped: this line " + e.what + "; the real guest would go on")
				sh.st.status = 130
			default:
				// A bug of the simulator: the line ends, the shell goes on.
				sh.note(InternalError + fmt.Sprint(r))
				sh.st.status = 2
			}
		}
	}()
	sh.runList(l, sh.std())
}

// exit leaves the shell; it is init, so the kernel panics.
func (sh *Shell) exit(status int) {
	sh.gone = true
	sh.sys.Kernel().InitExited(status)
}

// step counts work against the budget.
func (sh *Shell) step() {
	sh.steps++
	if sh.steps > maxSteps {
		panic(overBudget{"ran more than " + strconv.Itoa(maxSteps) + " commands"})
	}
}

// --- variables ---

func (sh *Shell) lookupVar(name string) (string, bool) {
	switch name {
	case "PPID":
		return "0", true
	case "LINENO":
		if sh.script || sh.inFile {
			return strconv.Itoa(sh.lineno), true
		}
	}
	v, ok := sh.st.vars[name]
	if !ok || !v.set {
		return "", false
	}
	return v.value, true
}

func (sh *Shell) setVar(name, value string) {
	v, ok := sh.st.vars[name]
	if !ok {
		sh.seq++
		v = &shVar{seq: sh.seq}
		sh.st.vars[name] = v
	}
	if v.readonly {
		sh.raise(name + ": is read only")
	}
	v.value, v.set = value, true
}

func (sh *Shell) unsetVar(name string) {
	if v, ok := sh.st.vars[name]; ok {
		if v.readonly {
			sh.raise(name + ": is read only")
		}
		delete(sh.st.vars, name)
	}
}

// hashBucket is ash's hashvar(): the variable table's order.
func hashBucket(name string) int {
	h := uint(name[0]) << 4
	for i := 0; i < len(name); i++ {
		h += uint(name[i])
	}
	return int(h % 39)
}

// environ lists exported variables in ash's table order (as env prints
// them); extra are a command's own assignments, last.
func (sh *Shell) environ(extra []string) []string {
	type kv struct {
		name string
		v    *shVar
	}
	var vs []kv
	for n, v := range sh.st.vars {
		if v.exported && v.set {
			vs = append(vs, kv{n, v})
		}
	}
	sort.Slice(vs, func(i, j int) bool {
		bi, bj := hashBucket(vs[i].name), hashBucket(vs[j].name)
		if bi != bj {
			return bi < bj
		}
		// ash appends a new variable at the end of its bucket's chain.
		return vs[i].v.seq < vs[j].v.seq
	})
	var out []string
	for _, x := range vs {
		s := x.name + "=" + x.v.value
		dup := false
		for _, e := range extra {
			dup = dup || e == s
		}
		if !dup {
			out = append(out, s)
		}
	}
	return append(out, extra...)
}

// clone copies the state for a subshell.
func (s *state) clone() *state {
	c := *s
	c.vars = make(map[string]*shVar, len(s.vars))
	for k, v := range s.vars {
		vv := *v
		c.vars[k] = &vv
	}
	c.funcs = make(map[string]command, len(s.funcs))
	for k, v := range s.funcs {
		c.funcs[k] = v
	}
	c.params = append([]string(nil), s.params...)
	c.locals = make([]map[string]*shVar, len(s.locals))
	for i, f := range s.locals {
		c.locals[i] = make(map[string]*shVar, len(f))
		for k, v := range f {
			c.locals[i][k] = v
		}
	}
	c.fds = make(map[int]*stream, len(s.fds))
	for k, v := range s.fds {
		c.fds[k] = v
	}
	c.aliases = maps.Clone(s.aliases)
	c.traps = nil // a subshell starts without the traps it inherited (clear_traps)
	return &c
}

// subshell runs fn in a copy of the state; errors and exit end only it.
func (sh *Shell) subshell(fn func() int) (status int) {
	saved, skip := sh.st, sh.skip
	sh.st = saved.clone()
	sh.st.loops = 0
	defer func() {
		if cmd, ok := sh.st.traps["EXIT"]; ok && cmd != "" {
			delete(sh.st.traps, "EXIT")
			sh.runTrap(cmd)
		}
		sh.st, sh.skip = saved, skip
		if r := recover(); r != nil {
			switch e := r.(type) {
			case shellErr:
				sh.termWrite(e.text)
				status = 2
			case exitShell:
				status = e.status
			default:
				panic(r)
			}
		}
	}()
	return fn()
}

// abs makes a path absolute against the working folder and cleans it.
func (sh *Shell) abs(p string) string {
	if !strings.HasPrefix(p, "/") {
		p = sh.st.cwd + "/" + p
	}
	return path.Clean(p)
}
