package busybox

import (
	"strconv"
	"strings"
)

// How a list stops early: break, continue, return.
type skipKind int

const (
	skipNone skipKind = iota
	skipBreak
	skipContinue
	skipReturn
)

type skipState struct {
	kind  skipKind
	count int
}

func (sh *Shell) runList(l *list, fds fdTable) int {
	status := sh.st.status
	for _, ao := range l.items {
		if ao.bg {
			sh.note("\"&\" runs a command in the background in the guest; the simulator runs it to the end first")
		}
		status = sh.runAndOr(&ao, fds)
		if sh.skip.kind != skipNone {
			break
		}
	}
	return status
}

func (sh *Shell) runAndOr(ao *andOr, fds fdTable) int {
	status := sh.tested(len(ao.rest) > 0, func() int { return sh.runPipeline(ao.first, fds) })
	ranLast := len(ao.rest) == 0
	for i, part := range ao.rest {
		if sh.skip.kind != skipNone {
			break
		}
		if (status == 0) != part.and {
			continue
		}
		ranLast = i == len(ao.rest)-1
		status = sh.tested(i < len(ao.rest)-1, func() int { return sh.runPipeline(part.p, fds) })
	}
	// errexit: a failing command ends the shell, unless its status is
	// tested (a condition, a left side of && or ||, after !).
	last := ao.first
	if len(ao.rest) > 0 {
		last = ao.rest[len(ao.rest)-1].p
	}
	if status != 0 && sh.condDepth == 0 && ranLast && !last.negate && sh.option("errexit") {
		panic(exitShell{status})
	}
	return status
}

// tested runs fn as a command whose status is tested (errexit ignores
// its failure) when cond holds.
func (sh *Shell) tested(cond bool, fn func() int) int {
	if !cond {
		return fn()
	}
	sh.condDepth++
	defer func() { sh.condDepth-- }()
	return fn()
}

func (sh *Shell) runPipeline(p *pipeline, fds fdTable) int {
	var status int
	if p.negate {
		sh.condDepth++
		defer func() { sh.condDepth-- }()
	}
	if len(p.cmds) == 1 {
		status = sh.runCommand(p.cmds[0], fds)
	} else {
		// Each stage is a subshell; stage i's output is stage i+1's input.
		var in *stream = fds[0]
		for i, c := range p.cmds {
			f := fds.clone()
			f[0] = in
			var out *stream
			if i < len(p.cmds)-1 {
				out = &stream{kind: sBuf, buf: &strings.Builder{}}
				f[1] = out
			}
			c := c
			st := sh.subshell(func() int { return sh.runCommand(c, f) })
			if st != 0 || !sh.option("pipefail") {
				// pipefail: the last stage that failed gives the status
				status = st
			}
			sh.skip = skipState{}
			if out != nil {
				in = &stream{kind: sIn, in: &input{data: out.buf.String()}}
			}
		}
	}
	if p.negate {
		if status == 0 {
			status = 1
		} else {
			status = 0
		}
	}
	sh.st.status = status
	return status
}

func (sh *Shell) runCommand(c command, fds fdTable) int {
	sh.step()
	var status int
	switch c := c.(type) {
	case *simpleCmd:
		status = sh.runSimple(c, fds)
	case *funcDef:
		sh.st.funcs[c.name] = c.body
		status = 0
	default:
		f, ok := sh.redirect(compoundRedirs(c), fds)
		if !ok {
			status = 1
			break
		}
		status = sh.runCompound(c, f)
	}
	sh.st.status = status
	return status
}

func compoundRedirs(c command) []redir {
	switch c := c.(type) {
	case *forCmd:
		return c.redirs
	case *loopCmd:
		return c.redirs
	case *ifCmd:
		return c.redirs
	case *caseCmd:
		return c.redirs
	case *groupCmd:
		return c.redirs
	}
	return nil
}

func (sh *Shell) runCompound(c command, fds fdTable) int {
	switch c := c.(type) {
	case *groupCmd:
		if c.subshell {
			return sh.subshell(func() int { return sh.runList(c.body, fds) })
		}
		return sh.runList(c.body, fds)
	case *ifCmd:
		for i, cond := range c.conds {
			st := sh.tested(true, func() int { return sh.runList(cond, fds) })
			if sh.skip.kind != skipNone {
				return st
			}
			if st == 0 {
				return sh.runList(c.bodies[i], fds)
			}
		}
		if c.elseBody != nil {
			return sh.runList(c.elseBody, fds)
		}
		return 0
	case *loopCmd:
		return sh.loop(func() (bool, int) {
			st := sh.tested(true, func() int { return sh.runList(c.cond, fds) })
			return (st == 0) != c.until, st
		}, c.body, fds)
	case *forCmd:
		var items []string
		if c.hasIn {
			items = sh.expandWords(c.items)
		} else {
			items = append([]string(nil), sh.st.params...)
		}
		i := 0
		return sh.loop(func() (bool, int) {
			if i >= len(items) {
				return false, 0
			}
			sh.setVar(c.name, items[i])
			i++
			return true, 0
		}, c.body, fds)
	case *caseCmd:
		subject := sh.expandWord(c.subject)
		for _, item := range c.items {
			for _, pw := range item.patterns {
				if fnmatch(sh.expandPattern(pw), subject) {
					return sh.runList(item.body, fds)
				}
			}
		}
		return 0
	}
	return 0
}

// loop runs body while next says so, honouring break and continue.
func (sh *Shell) loop(next func() (bool, int), body *list, fds fdTable) int {
	sh.st.loops++
	defer func() { sh.st.loops-- }()
	status := 0
	for {
		sh.step()
		ok, st := next()
		if sh.skip.kind != skipNone {
			if sh.consumeSkip() {
				break
			}
			continue
		}
		if !ok {
			if st != 0 && status == 0 {
				// the condition's failure is not the loop's status
			}
			break
		}
		status = sh.runList(body, fds)
		if sh.skip.kind != skipNone {
			if sh.consumeSkip() {
				break
			}
		}
	}
	return status
}

// consumeSkip handles a break or continue at this loop; true means leave it.
func (sh *Shell) consumeSkip() bool {
	switch sh.skip.kind {
	case skipBreak:
		sh.skip.count--
		if sh.skip.count <= 0 {
			sh.skip = skipState{}
		}
		return true
	case skipContinue:
		sh.skip.count--
		if sh.skip.count <= 0 {
			sh.skip = skipState{}
			return false
		}
		return true
	}
	return true // return: unwind
}

// runSimple runs a simple command: expansions, redirections, lookup.
func (sh *Shell) runSimple(c *simpleCmd, fds fdTable) int {
	sh.lastSubStatus = -1
	sh.lineno = c.line
	args := sh.expandWords(c.args)
	var assigns [][2]string
	for _, a := range c.assigns {
		lit := a.parts[0].text
		name, rest, _ := strings.Cut(lit, "=")
		w := &word{parts: append([]wordPart{{kind: pLit, text: rest}}, a.parts[1:]...)}
		assigns = append(assigns, [2]string{name, sh.expandAssign(w)})
	}
	if sh.option("xtrace") {
		sh.trace(fds, args, assigns)
	}
	if len(args) == 0 {
		// Assignments and redirections only.
		f, ok := sh.redirect(c.redirs, fds)
		_ = f
		if !ok {
			return 1
		}
		for _, a := range assigns {
			sh.setVar(a[0], a[1])
		}
		if sh.lastSubStatus >= 0 {
			return sh.lastSubStatus
		}
		return 0
	}
	name := args[0]
	// $_ is the last argument of the command before.
	defer sh.setVar("_", args[len(args)-1])
	// The builtin running is the command ash's messages name.
	savedBuiltin := sh.builtin
	sh.builtin = ""
	if _, ok := builtins[name]; ok {
		if _, isFunc := sh.st.funcs[name]; !isFunc || specialBuiltins[name] {
			sh.builtin = name
		}
	}
	defer func() { sh.builtin = savedBuiltin }()
	if b, ok := builtins[name]; ok && specialBuiltins[name] {
		for _, a := range assigns {
			sh.setVar(a[0], a[1])
		}
		f, ok := sh.redirect(c.redirs, fds)
		if !ok {
			return 1
		}
		return b(sh, args, f)
	}
	f, ok := sh.redirect(c.redirs, fds)
	if !ok {
		return 1
	}
	if body, ok := sh.st.funcs[name]; ok {
		return sh.callFunc(body, args, assigns, f)
	}
	if b, ok := builtins[name]; ok {
		return sh.withAssigns(assigns, func() int { return sh.runBuiltin(b, args, f) })
	}
	return sh.withAssigns(assigns, func() int { return sh.runExternal(args, f) })
}

// withAssigns runs fn with a command's own assignments in place.
func (sh *Shell) withAssigns(assigns [][2]string, fn func() int) int {
	if len(assigns) == 0 {
		return fn()
	}
	type saved struct {
		v  *shVar
		ok bool
	}
	old := map[string]saved{}
	for _, a := range assigns {
		if _, done := old[a[0]]; !done {
			v, ok := sh.st.vars[a[0]]
			if ok {
				vv := *v
				v = &vv
			}
			old[a[0]] = saved{v, ok}
		}
		sh.setVar(a[0], a[1])
		sh.st.vars[a[0]].exported = true
	}
	defer func() {
		for n, s := range old {
			if s.ok {
				sh.st.vars[n] = s.v
			} else {
				delete(sh.st.vars, n)
			}
		}
	}()
	return fn()
}

func (sh *Shell) callFunc(body command, args []string, assigns [][2]string, fds fdTable) int {
	saved, optind, optoff := sh.st.params, sh.st.optind, sh.st.optoff
	sh.setParams(args[1:])
	sh.st.inFunc++
	loops := sh.st.loops
	sh.st.loops = 0
	sh.st.locals = append(sh.st.locals, map[string]*shVar{})
	defer func() {
		frame := sh.st.locals[len(sh.st.locals)-1]
		sh.st.locals = sh.st.locals[:len(sh.st.locals)-1]
		for name, old := range frame {
			if old == nil {
				delete(sh.st.vars, name)
			} else {
				sh.st.vars[name] = old
			}
		}
		sh.st.params, sh.st.optind, sh.st.optoff = saved, optind, optoff
		sh.st.inFunc--
		sh.st.loops = loops
	}()
	if sh.st.inFunc > 100 {
		sh.raise("function nesting too deep")
	}
	return sh.withAssigns(assigns, func() int {
		st := sh.runCommand(body, fds)
		if sh.skip.kind == skipReturn {
			st = sh.skip.count
			sh.skip = skipState{}
		}
		return st
	})
}

// runExternal runs a command found on PATH (/bin: busybox's applets) or
// named by a path.
func (sh *Shell) runExternal(args []string, fds fdTable) int {
	name := args[0]
	applet := ""
	if strings.Contains(name, "/") {
		p := sh.abs(name)
		fi, err := sh.sys.Stat(p)
		switch {
		case err != nil:
			sh.errWrite(fds, sh.errPrefix("")+name+": not found\n")
			return 127
		case fi.Type == Dir || fi.Perm&0o111 == 0:
			sh.errWrite(fds, sh.errPrefix("")+name+": Permission denied\n")
			return 126
		}
		if strings.HasPrefix(p, "/bin/") && applets[p[len("/bin/"):]] != nil {
			applet = p[len("/bin/"):]
		} else if p == "/bin/busybox" {
			applet = "busybox"
		} else {
			return sh.runFile(name, args, fds)
		}
	} else {
		found := sh.findInPath(name, true)
		switch {
		case found == "":
			sh.errWrite(fds, sh.errPrefix("")+name+": not found\n")
			return 127
		case found == "/bin/"+name && (applets[name] != nil || name == "busybox"):
			applet = name
		case strings.HasPrefix(found, "/bin/"):
			sh.note("busybox's " + name + " is not modelled in this simulated guest")
			return 0
		default:
			return sh.runFile(found, args, fds)
		}
	}
	args = append([]string{applet}, args[1:]...)
	if applet == "busybox" {
		return runBusybox(sh, args, fds)
	}
	return applets[applet](newCtx(sh, args, fds))
}

// errWrite writes to a command's stderr.
func (sh *Shell) errWrite(fds fdTable, s string) { sh.write(fds[2], s) }

// redirect applies redirections to a copy of fds; an error is reported
// and false returned (the command does not run).
func (sh *Shell) redirect(rs []redir, fds fdTable) (fdTable, bool) {
	if len(rs) == 0 {
		return fds, true
	}
	f := fds.clone()
	for _, r := range rs {
		if !sh.applyRedir(r, f) {
			return nil, false
		}
	}
	return f, true
}

func (sh *Shell) applyRedir(r redir, f fdTable) bool {
	fd := r.fd
	if fd < 0 {
		fd = 1
		if strings.HasPrefix(r.op, "<") {
			fd = 0
		}
	}
	if fd > 9 {
		sh.errWrite(f, sh.errPrefix("")+strconv.Itoa(fd)+": Bad file descriptor\n")
		return false
	}
	target := sh.expandWord(r.target)
	switch r.op {
	case ">&", "<&":
		if target == "-" {
			delete(f, fd)
			return true
		}
		n, err := strconv.Atoi(target)
		if err != nil || n < 0 {
			if r.op == ">&" && err != nil {
				// ">&file": stdout and stderr to the file (bash).
				st, ok := sh.openOut(target, false, f)
				if !ok {
					return false
				}
				f[1], f[2] = st, st
				return true
			}
			sh.raise("syntax error: bad fd number")
		}
		src, ok := f[n]
		if !ok {
			src, ok = sh.st.fds[n]
		}
		if !ok {
			sh.errWrite(f, sh.errPrefix("")+target+": Bad file descriptor\n")
			return false
		}
		f[fd] = src
	case "<", "<>":
		p := sh.abs(target)
		if target == "" {
			sh.errWrite(f, sh.errPrefix("")+"can't open : no such file\n")
			return false
		}
		if p == "/dev/null" {
			f[fd] = &stream{kind: sIn, in: &input{}}
			return true
		}
		if fi, err := sh.sys.Stat(p); err == nil && fi.Type == CharDev {
			sh.note("reading " + target + " is not modelled in this simulated guest")
			f[fd] = &stream{kind: sIn, in: &input{}}
			return true
		}
		data, err := sh.sys.ReadFile(p)
		if err == ErrNotModelled {
			sh.note("the content of " + target + " is not modelled in this simulated guest")
			f[fd] = &stream{kind: sIn, in: &input{}}
			return true
		}
		if err == EISDIR {
			// open(2) of a folder for reading works; read(2) fails later.
			f[fd] = &stream{kind: sIn, in: &input{}}
			return true
		}
		if err != nil {
			sh.errWrite(f, sh.errPrefix("")+"can't open "+target+": "+openMsg(err, "no such file")+"\n")
			return false
		}
		f[fd] = &stream{kind: sIn, in: &input{data: data}}
	case "<<", "<<-":
		f[fd] = &stream{kind: sIn, in: &input{data: sh.expandWord(r.doc.body)}}
	case "&>":
		st, ok := sh.openOut(target, false, f)
		if !ok {
			return false
		}
		f[1], f[2] = st, st
	default: // > >> >|
		st, ok := sh.openOut(target, r.op == ">>", f)
		if !ok {
			return false
		}
		f[fd] = st
	}
	return true
}

// openOut opens a file for a redirection's output.
func (sh *Shell) openOut(target string, appendMode bool, f fdTable) (*stream, bool) {
	p := sh.abs(target)
	if p == "/dev/null" {
		return nullStream, true
	}
	if target == "" {
		sh.errWrite(f, sh.errPrefix("")+"can't create : nonexistent directory\n")
		return nil, false
	}
	if err := sh.sys.Open(p, appendMode); err != nil {
		sh.errWrite(f, sh.errPrefix("")+"can't create "+target+": "+openMsg(err, "nonexistent directory")+"\n")
		return nil, false
	}
	return &stream{kind: sFile, path: p}, true
}

// openMsg is ash's errmsg(): ENOENT gets the shell's own words.
func openMsg(err error, enoent string) string {
	if err == ENOENT {
		return enoent
	}
	return err.Error()
}

// runBuiltin runs a regular (not special) builtin. An error it raises is
// printed with the builtin's name (ash's commandname) on its own stderr
// and the line goes on with status 2, as evalcommand does for any
// EXERROR outside a special builtin.
func (sh *Shell) runBuiltin(b builtin, args []string, fds fdTable) (status int) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(shellErr)
			if !ok {
				panic(r)
			}
			sh.write(fds[2], sh.errPrefix(args[0])+strings.TrimPrefix(e.msg, args[0]+": ")+"\n")
			status = 2
		}
	}()
	return b(sh, args, fds)
}

// runCaptured runs a command line (awk's pipes) in a subshell with in as
// its standard input and stderr as its standard error, and returns what
// it printed and its status.
func (sh *Shell) runCaptured(src, in string, stderr *stream) (string, int) {
	l, serr, more := parse(src + "\n")
	if serr != nil || more {
		sh.write(stderr, "sh: syntax error: unexpected end of file\n")
		return "", 2
	}
	out := &stream{kind: sBuf, buf: &strings.Builder{}}
	f := sh.std()
	f[0], f[1], f[2] = &stream{kind: sIn, in: &input{data: in}}, out, stderr
	st := sh.subshell(func() int { return sh.runList(l, f) })
	return out.buf.String(), st
}

// trace is set -x: PS4, then the assignments and words, each quoted when
// it holds a character the shell would read specially (maybe_single_quote),
// on the shell's stderr before the command's own redirections.
func (sh *Shell) trace(fds fdTable, args []string, assigns [][2]string) {
	ps4, _ := sh.lookupVar("PS4")
	var b strings.Builder
	b.WriteString(ps4)
	sep := ""
	for _, a := range assigns {
		b.WriteString(sep + a[0] + "=" + maybeSingleQuote(a[1]))
		sep = " "
	}
	for _, a := range args {
		b.WriteString(sep + maybeSingleQuote(a))
		sep = " "
	}
	sh.write(fds[2], b.String()+"\n")
}

func maybeSingleQuote(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '+' || c >= ';' && c <= '?' || c == '`' || c == '[' || c == '\\' || c > 'z' {
			return shellQuote(s)
		}
	}
	return s
}
