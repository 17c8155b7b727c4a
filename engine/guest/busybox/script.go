package busybox

import (
	"strconv"
	"strings"
)

// Scripts: busybox's sh run as a command (sh FILE, sh -c, a script piped
// in, a file executed by its path) and the "." builtin. A script runs as
// ash reads one: a complete command at a time, so what comes before a
// syntax error has run, and an error outside a builtin ends a shell that
// is not interactive.

// shApplet is "sh"/"ash" as a command: a new shell process, which gets
// the exported variables, the working folder and the umask, and nothing
// else (no functions, aliases or traps).
func shApplet(c *ctx) int {
	sh := c.sh
	var opts []string
	cmd, hasCmd := "", false
	args := c.args[1:]
	for len(args) > 0 && len(args[0]) > 1 && (args[0][0] == '-' || args[0][0] == '+') && args[0] != "--" {
		a := args[0]
		args = args[1:]
		for _, l := range a[1:] {
			switch l {
			case 'c':
				if len(args) == 0 {
					c.errMsg("-c requires an argument")
					return 2
				}
				cmd, hasCmd = args[0], true
				args = args[1:]
			case 's', 'i', 'l':
			default:
				i := optionByLetter(string(l))
				if i < 0 {
					c.errMsg("illegal option " + a[:1] + string(l))
					return 2
				}
				if a[0] == '-' {
					opts = append(opts, shellOptions[i].name)
				}
			}
		}
	}
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	p := process{opts: opts, stdin: c.fds[0]}
	switch {
	case hasCmd:
		// sh -c CMD [NAME [ARGS]]: NAME is $0 and the command name in
		// messages; the lines are not counted (ash says "line 0").
		p.text, p.lineBase = cmd, -1
		if len(args) > 0 {
			p.arg0, p.cmdName, p.params = args[0], args[0], args[1:]
		}
	case len(args) > 0:
		text, err := sh.readScript(args[0])
		if err != nil {
			c.errMsg("can't open '" + args[0] + "': " + err.Error())
			return 2
		}
		p.text, p.arg0, p.cmdName, p.params, p.inFile = text, args[0], args[0], args[1:], true
	case c.fds[0] != nil && c.fds[0].kind == sTerm && len(opts) == 0:
		// A new interactive shell on the console: the lines typed next
		// are its own until it exits. It starts once this line is done.
		sh.nestNext = true
		return 0
	default:
		p.text = c.stdin()
		p.stdin = &stream{kind: sIn, in: &input{}}
	}
	return sh.runProcess(p, c.fds)
}

// maxNested bounds interactive shells started inside one another.
const maxNested = 32

// startNested makes a new interactive shell current: the caller's state
// waits underneath until it exits.
func (sh *Shell) startNested() {
	if len(sh.outer) >= maxNested {
		sh.note("more than " + strconv.Itoa(maxNested) + " shells inside one another are not modelled in this simulated guest")
		return
	}
	child := sh.childState()
	child.opts[optionIndex("monitor")] = true
	sh.outer = append(sh.outer, sh.st)
	sh.st = child
	// An interactive ash greets with busybox's banner (its version as
	// the usage texts give it).
	version, _, _ := strings.Cut(sh.usageText("sh"), " multi-call binary.")
	sh.termWrite("\n\n" + version + " built-in shell (ash)\nEnter 'help' for a list of built-in commands.\n\n")
}

// leaveNested ends the current nested shell with its exit status; false
// when the current shell is the guest's first (init).
func (sh *Shell) leaveNested(status int) bool {
	if len(sh.outer) == 0 {
		return false
	}
	if cmd, ok := sh.st.traps["EXIT"]; ok && cmd != "" {
		delete(sh.st.traps, "EXIT")
		sh.runTrap(cmd)
	}
	sh.st = sh.outer[len(sh.outer)-1]
	sh.outer = sh.outer[:len(sh.outer)-1]
	sh.st.status = status
	return true
}

// readScript reads a script file; a folder reads as empty (read(2)
// fails and ash takes it for the end of the file).
func (sh *Shell) readScript(name string) (string, error) {
	p := sh.abs(name)
	fi, err := sh.sys.Stat(p)
	if err != nil {
		return "", err
	}
	if fi.Type == Dir {
		return "", nil
	}
	text, err := sh.sys.ReadFile(p)
	if err == ErrNotModelled {
		sh.note("the content of " + name + " is not modelled in this simulated guest")
		return "", nil
	}
	return text, err
}

// process is a new shell's start: what it reads and how it names itself.
type process struct {
	text          string
	arg0, cmdName string
	params        []string
	opts          []string
	inFile        bool
	lineBase      int
	stdin         *stream
}

// maxScriptDepth bounds scripts run inside scripts ("sh" or "." of
// themselves): the real guest would go on until it ran out of memory.
const maxScriptDepth = 64

// enterScript counts one more script level; past the bound the line
// stops, with a note.
func (sh *Shell) enterScript() func() {
	sh.scriptDepth++
	if sh.scriptDepth > maxScriptDepth {
		sh.scriptDepth--
		panic(overBudget{"ran scripts nested more than " + strconv.Itoa(maxScriptDepth) + " deep"})
	}
	return func() { sh.scriptDepth-- }
}

// runProcess runs a new, non-interactive shell on the terminal's
// streams of its caller and returns its exit status.
func (sh *Shell) runProcess(p process, fds fdTable) (status int) {
	defer sh.enterScript()()
	type saved struct {
		st                     *state
		skip                   skipState
		arg0, cmdName, builtin string
		script, inFile         bool
		lineno, dotDepth       int
	}
	s := saved{sh.st, sh.skip, sh.arg0, sh.cmdName, sh.builtin, sh.script, sh.inFile, sh.lineno, sh.dotDepth}
	defer func() {
		sh.st, sh.skip = s.st, s.skip
		sh.arg0, sh.cmdName, sh.builtin, sh.script, sh.inFile = s.arg0, s.cmdName, s.builtin, s.script, s.inFile
		sh.lineno, sh.dotDepth = s.lineno, s.dotDepth
	}()
	sh.dotDepth = 0
	sh.st = sh.childState()
	sh.skip = skipState{}
	sh.arg0 = "sh"
	if p.arg0 != "" {
		sh.arg0 = p.arg0
	}
	sh.cmdName, sh.builtin, sh.script, sh.inFile = p.cmdName, "", true, p.inFile
	sh.st.params = p.params
	for _, o := range p.opts {
		sh.st.opts[optionIndex(o)] = true
		if !modelledOptions[o] {
			sh.note("the shell option " + o + " is not modelled in this simulated guest")
		}
	}
	f := fds.clone()
	if p.stdin != nil {
		f[0] = p.stdin
	}
	status = sh.runText(p.text, p.lineBase, f)
	if cmd, ok := sh.st.traps["EXIT"]; ok && cmd != "" {
		delete(sh.st.traps, "EXIT")
		sh.runTrap(cmd)
	}
	return status
}

// childState is what a new shell process starts with: ash's own
// variables, then the caller's exported ones (its environment), SHLVL
// one deeper, the working folder and umask.
func (sh *Shell) childState() *state {
	parent := sh.st
	child := New(sh.sys).st
	for _, kv := range sh.environ(nil) {
		name, value, _ := strings.Cut(kv, "=")
		v, ok := child.vars[name]
		if !ok {
			sh.seq++
			v = &shVar{seq: sh.seq}
			child.vars[name] = v
		}
		v.value, v.set, v.exported = value, true, true
	}
	if v, ok := child.vars["SHLVL"]; ok {
		n, _ := strconv.Atoi(v.value)
		v.value = strconv.Itoa(n + 1)
	}
	child.cwd, child.umask, child.affinity = parent.cwd, parent.umask, parent.affinity
	child.opts[optionIndex("monitor")] = false
	return child
}

// runText runs a script's text a complete command at a time. An error
// raised outside a builtin, or a syntax error, ends a shell that is not
// interactive (status 2); in a sourced file at the prompt it ends the
// typed line, as ash's longjmp to the prompt does.
func (sh *Shell) runText(text string, lineBase int, fds fdTable) (status int) {
	lines := strings.SplitAfter(text, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	status = 0
	start := 0
	for start < len(lines) {
		end := start + 1
		var l *list
		for {
			chunk := strings.Join(lines[start:end], "")
			if !strings.HasSuffix(chunk, "\n") {
				chunk += "\n"
			}
			atEOF := end == len(lines)
			var serr *syntaxError
			var more bool
			l, serr, more = parseText(chunk, sh.st.aliases, atEOF, lineBase+start)
			if serr != nil {
				sh.lineno = serr.line
				text := sh.errPrefix("") + serr.msg + "\n"
				if !sh.script {
					panic(shellErr{serr.msg, text})
				}
				sh.write(fds[2], text)
				return 2
			}
			if !more {
				break
			}
			end++
		}
		if sh.option("noexec") {
			start = end
			continue
		}
		var ended bool
		status, ended = sh.runChunk(l, fds)
		if ended || sh.skip.kind != skipNone {
			return status
		}
		start = end
	}
	return status
}

// runChunk runs one complete command of a script; in a script, a raised
// error prints its message and ends the shell.
func (sh *Shell) runChunk(l *list, fds fdTable) (status int, ended bool) {
	if sh.script {
		defer func() {
			if r := recover(); r != nil {
				switch e := r.(type) {
				case shellErr:
					sh.write(fds[2], e.text)
					status, ended = 2, true
				case exitShell:
					status, ended = e.status, true
				default:
					panic(r)
				}
			}
		}()
	}
	status = sh.runList(l, fds)
	sh.st.status = status
	return status, false
}

// parseText parses a script's next command; at the text's end an
// unfinished construct is ash's "unexpected end of file".
func parseText(src string, aliases map[string]aliasDef, atEOF bool, base int) (l *list, err *syntaxError, more bool) {
	if !atEOF {
		return parseFrom(src, aliases, base)
	}
	l, err = parseWhole(src, aliases, base)
	return l, err, false
}

// parseWhole parses a text that is all there is (eval's words, a script's
// last command): its end is an end of file, never a request for more.
func parseWhole(src string, aliases map[string]aliasDef, base int) (l *list, err *syntaxError) {
	p := &parser{src: src, eofAtEnd: true, aliases: aliases, base: base}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(syntaxError); ok {
				l, err = nil, &e
				return
			}
			panic(r)
		}
	}()
	l = &list{}
	for !p.atEnd() {
		part := p.list(1)
		l.items = append(l.items, part.items...)
		if p.last == tEOF {
			break
		}
	}
	return l, nil
}

// dotBuiltin is ". FILE [ARGS]": the file's commands run in this shell,
// its messages naming the file and their lines; "return" ends it.
func dotBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) < 2 {
		return 0
	}
	name := args[1]
	full := name
	if !strings.Contains(name, "/") {
		full = sh.findInPath(name, false)
	}
	text := ""
	var err error = ENOENT
	if full != "" {
		text, err = sh.readScript(full)
	}
	if err != nil {
		sh.raise(".: can't open '" + name + "': " + err.Error())
	}
	saved := struct {
		cmdName, builtin string
		inFile           bool
		lineno           int
		params           []string
	}{sh.cmdName, sh.builtin, sh.inFile, sh.lineno, sh.st.params}
	defer sh.enterScript()()
	sh.dotDepth++
	defer func() {
		sh.cmdName, sh.builtin, sh.inFile = saved.cmdName, saved.builtin, saved.inFile
		sh.lineno = saved.lineno
		sh.dotDepth--
	}()
	if len(args) > 2 {
		sh.st.params = args[2:]
		defer func() { sh.st.params = saved.params }()
	}
	sh.cmdName, sh.builtin, sh.inFile = full, "", true
	status := sh.runText(text, 0, fds)
	if sh.skip.kind == skipReturn {
		status = sh.skip.count
		sh.skip = skipState{}
	}
	return status
}

// findInPath looks a command up in $PATH: the first regular file there
// (executable ones only when exec is set); "" when none.
func (sh *Shell) findInPath(name string, exec bool) string {
	pathVar, _ := sh.lookupVar("PATH")
	for _, d := range strings.Split(pathVar, ":") {
		if d == "" {
			d = "."
		}
		p := sh.abs(d + "/" + name)
		fi, err := sh.sys.Stat(p)
		if err != nil || fi.Type == Dir || (exec && fi.Perm&0o111 == 0) {
			continue
		}
		return p
	}
	return ""
}

// runFile executes a file that is no applet: a script, whether or not it
// starts with "#!" (without it ash runs it as a shell script). path is
// the file found, as it is passed to the new shell.
func (sh *Shell) runFile(path string, args []string, fds fdTable) int {
	text, err := sh.readScript(path)
	if err != nil {
		sh.errWrite(fds, sh.errPrefix("")+args[0]+": "+err.Error()+"\n")
		return 126
	}
	if rest, ok := strings.CutPrefix(text, "#!"); ok {
		interp, _, _ := strings.Cut(rest, "\n")
		f := strings.Fields(interp)
		if len(f) == 0 || !isShellPath(f[0]) || len(f) > 1 {
			sh.note("running " + args[0] + " (" + strings.TrimSpace(interp) + ") is not modelled in this simulated guest")
			return 0
		}
	}
	return sh.runProcess(process{text: text, arg0: path, cmdName: path, params: args[1:], inFile: true}, fds)
}

func isShellPath(p string) bool { return p == "/bin/sh" || p == "/bin/ash" }
