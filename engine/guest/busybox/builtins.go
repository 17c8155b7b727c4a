package busybox

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ash's builtins. Special builtins' assignments stay, and their errors
// end the line.

type builtin func(sh *Shell, args []string, fds fdTable) int

var builtins map[string]builtin

var specialBuiltins = map[string]bool{".": true, ":": true, "break": true, "continue": true, "eval": true,
	"exec": true, "exit": true, "export": true, "local": true, "readonly": true, "return": true, "set": true,
	"shift": true, "source": true, "times": true, "trap": true, "unset": true}

// builtinNames is what help lists, in ash's table order.
var builtinNames = []string{".", ":", "[", "[[", "alias", "bg", "break", "cd", "chdir", "command", "continue",
	"echo", "eval", "exec", "exit", "export", "false", "fg", "getopts", "hash", "help", "history", "jobs",
	"kill", "let", "local", "printf", "pwd", "read", "readonly", "return", "set", "shift", "source", "test",
	"times", "trap", "true", "type", "ulimit", "umask", "unalias", "unset", "wait"}

func registerBuiltins() {
	builtins = map[string]builtin{
		":":     func(*Shell, []string, fdTable) int { return 0 },
		"true":  func(*Shell, []string, fdTable) int { return 0 },
		"false": func(*Shell, []string, fdTable) int { return 1 },
		"echo":  func(sh *Shell, a []string, f fdTable) int { return echoApplet(newBuiltinCtx(sh, a, f)) },
		"printf": func(sh *Shell, a []string, f fdTable) int {
			return printfApplet(newBuiltinCtx(sh, a, f))
		},
		"test": func(sh *Shell, a []string, f fdTable) int { return testApplet(newBuiltinCtx(sh, a, f)) },
		"[":    func(sh *Shell, a []string, f fdTable) int { return testApplet(newBuiltinCtx(sh, a, f)) },
		"[[":   func(sh *Shell, a []string, f fdTable) int { return testApplet(newBuiltinCtx(sh, a, f)) },
		"cd":   cdBuiltin, "chdir": cdBuiltin,
		"pwd": func(sh *Shell, a []string, f fdTable) int {
			if sh.write(f[1], sh.st.cwd+"\n") != nil {
				return 1
			}
			return 0
		},
		"export":   exportBuiltin,
		"readonly": exportBuiltin,
		"unset":    unsetBuiltin,
		"read":     readBuiltin,
		"exit":     exitBuiltin,
		"return":   returnBuiltin,
		"break":    breakBuiltin,
		"continue": breakBuiltin,
		"set":      setBuiltin,
		"shift":    shiftBuiltin,
		"type":     typeBuiltin,
		"let":      letBuiltin,
		"eval":     evalBuiltin,
		"exec":     execBuiltin,
		"local":    localBuiltin,
		"help":     helpBuiltin,
		"wait":     func(*Shell, []string, fdTable) int { return 0 },
		"hash":     func(*Shell, []string, fdTable) int { return 0 },
		"alias":    aliasBuiltin,
		"unalias":  unaliasBuiltin,
		"jobs":     func(*Shell, []string, fdTable) int { return 0 },
		"umask":    umaskBuiltin,
		"ulimit": func(sh *Shell, a []string, f fdTable) int {
			if len(a) == 1 {
				sh.write(f[1], "unlimited\n")
				return 0
			}
			sh.note("ulimit is not modelled in this simulated guest")
			return 0
		},
		"command": commandBuiltin,
	}
	builtins["getopts"] = getoptsBuiltin
	builtins["trap"] = trapBuiltin
	builtins["."] = dotBuiltin
	builtins["source"] = dotBuiltin
	builtins["kill"] = killBuiltin
	for _, n := range []string{"bg", "fg", "history", "times"} {
		n := n
		builtins[n] = func(sh *Shell, a []string, f fdTable) int {
			sh.note("the shell builtin " + n + " is not modelled in this simulated guest")
			return 0
		}
	}
}

func cdBuiltin(sh *Shell, args []string, fds fdTable) int {
	target := ""
	if len(args) > 1 {
		target = args[1]
	}
	print := false
	switch target {
	case "":
		target, _ = sh.lookupVar("HOME")
	case "-":
		target, _ = sh.lookupVar("OLDPWD")
		print = true
	}
	p := sh.abs(target)
	fi, err := sh.sys.Stat(p)
	if err == nil && fi.Type != Dir {
		err = ENOTDIR
	}
	if err != nil {
		sh.raise("cd: can't cd to " + target + ": " + err.Error())
	}
	sh.setVar("OLDPWD", sh.st.cwd)
	sh.st.vars["OLDPWD"].exported = true
	sh.st.cwd = p
	sh.setVar("PWD", p)
	if print {
		sh.write(fds[1], p+"\n")
	}
	return 0
}

func exportBuiltin(sh *Shell, args []string, fds fdTable) int {
	ro := args[0] == "readonly"
	rest := args[1:]
	if len(rest) > 0 && rest[0] == "-p" {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		var names []string
		for n, v := range sh.st.vars {
			if (ro && v.readonly) || (!ro && v.exported) {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		for _, n := range names {
			v := sh.st.vars[n]
			s := args[0] + " " + n
			if v.set {
				s += "=" + shellQuote(v.value)
			}
			sh.write(fds[1], s+"\n")
		}
		return 0
	}
	for _, a := range rest {
		name, val, hasVal := strings.Cut(a, "=")
		if !goodName(name) {
			sh.raise(args[0] + ": " + name + ": bad variable name")
		}
		if hasVal {
			sh.setVar(name, val)
		}
		v, ok := sh.st.vars[name]
		if !ok {
			sh.seq++
			v = &shVar{seq: sh.seq}
			sh.st.vars[name] = v
		}
		if ro {
			v.readonly = true
		} else {
			v.exported = true
		}
	}
	return 0
}

// shellQuote is ash's single-quoting for set and export -p.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'"'"'`) + "'"
}

func unsetBuiltin(sh *Shell, args []string, fds fdTable) int {
	funcs := false
	for _, a := range args[1:] {
		switch a {
		case "-f":
			funcs = true
			continue
		case "-v":
			funcs = false
			continue
		}
		if funcs {
			delete(sh.st.funcs, a)
		} else {
			sh.unsetVar(a)
		}
	}
	return 0
}

func readBuiltin(sh *Shell, args []string, fds fdTable) int {
	raw := false
	var names []string
	for i := 1; i < len(args); i++ {
		a := args[i]
		if len(names) == 0 && strings.HasPrefix(a, "-") && len(a) > 1 {
			switch a {
			case "-r":
				raw = true
				continue
			case "-p", "-t", "-n", "-u", "-d":
				i++
				// The prompt is printed only when reading the terminal.
				if a == "-p" && i < len(args) && fds[0] != nil && fds[0].kind == sTerm {
					sh.write(fds[2], args[i])
				}
				continue
			case "-s":
				continue
			}
		}
		names = append(names, a)
	}
	if len(names) == 0 {
		names = []string{"REPLY"}
	}
	for _, n := range names {
		if !goodName(n) {
			sh.raise("read: '" + n + "': bad variable name")
		}
	}
	line, ok := sh.readLine(fds[0])
	// Without -r a backslash escapes the next character and joins lines.
	for !raw && strings.HasSuffix(strings.TrimSuffix(line, "\n"), "\\") && strings.HasSuffix(line, "\n") {
		more, ok2 := sh.readLine(fds[0])
		line = strings.TrimSuffix(line, "\\\n") + more
		if !ok2 {
			break
		}
	}
	eof := !ok || !strings.HasSuffix(line, "\n")
	line = strings.TrimSuffix(line, "\n")
	if !raw {
		var b strings.Builder
		for i := 0; i < len(line); i++ {
			if line[i] == '\\' && i+1 < len(line) {
				i++
			}
			b.WriteByte(line[i])
		}
		line = b.String()
	}
	ifs, set := sh.lookupVar("IFS")
	if !set {
		ifs = " \t\n"
	}
	fields := splitRead(line, ifs, len(names))
	for i, n := range names {
		v := ""
		if i < len(fields) {
			v = fields[i]
		}
		sh.setVar(n, v)
	}
	if eof {
		return 1
	}
	return 0
}

// splitRead splits a line for read: the last variable takes the rest.
func splitRead(line, ifs string, n int) []string {
	isIFS := func(c byte) bool { return strings.IndexByte(ifs, c) >= 0 }
	white := func(c byte) bool { return isIFS(c) && isIFSWhite(c) }
	i := 0
	for i < len(line) && white(line[i]) {
		i++
	}
	var out []string
	for len(out) < n-1 && i < len(line) {
		j := i
		for j < len(line) && !isIFS(line[j]) {
			j++
		}
		out = append(out, line[i:j])
		// skip white space, one non-white separator, white space
		for j < len(line) && white(line[j]) {
			j++
		}
		if j < len(line) && isIFS(line[j]) && !white(line[j]) {
			j++
			for j < len(line) && white(line[j]) {
				j++
			}
		}
		i = j
	}
	if i < len(line) {
		rest := line[i:]
		// trailing IFS white space is dropped
		k := len(rest)
		for k > 0 && white(rest[k-1]) {
			k--
		}
		out = append(out, rest[:k])
	}
	return out
}

func exitBuiltin(sh *Shell, args []string, fds fdTable) int {
	status := sh.st.status
	if len(args) > 1 {
		n, err := strconv.Atoi(args[1])
		if err != nil || n < 0 {
			sh.raise("exit: Illegal number: " + args[1])
		}
		status = n & 255
	}
	panic(exitShell{status})
}

func returnBuiltin(sh *Shell, args []string, fds fdTable) int {
	status := sh.st.status
	if len(args) > 1 {
		n, err := strconv.Atoi(args[1])
		if err != nil || n < 0 {
			sh.raise("return: Illegal number: " + args[1])
		}
		status = n & 255
	}
	if sh.st.inFunc == 0 && sh.dotDepth == 0 {
		// Outside a function or a sourced file ash's return leaves the shell.
		panic(exitShell{status})
	}
	sh.skip = skipState{kind: skipReturn, count: status}
	return status
}

func breakBuiltin(sh *Shell, args []string, fds fdTable) int {
	n := 1
	if len(args) > 1 {
		v, err := strconv.Atoi(args[1])
		if err != nil || v <= 0 {
			sh.raise(args[0] + ": Illegal number: " + args[1])
		}
		n = v
	}
	if sh.st.loops == 0 {
		return 0
	}
	if n > sh.st.loops {
		n = sh.st.loops
	}
	kind := skipBreak
	if args[0] == "continue" {
		kind = skipContinue
	}
	sh.skip = skipState{kind: kind, count: n}
	return 0
}

func setBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) == 1 {
		var names []string
		for n, v := range sh.st.vars {
			if v.set {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		for _, n := range names {
			sh.write(fds[1], n+"="+shellQuote(sh.st.vars[n].value)+"\n")
		}
		return 0
	}
	rest := args[1:]
	for len(rest) > 0 && len(rest[0]) > 1 && (rest[0][0] == '-' || rest[0][0] == '+') && rest[0] != "--" {
		on := rest[0][0] == '-'
		letters := rest[0][1:]
		rest = rest[1:]
		for _, l := range letters {
			if l == 'o' {
				if len(rest) == 0 {
					sh.listOptions(fds, on)
					continue
				}
				name := rest[0]
				rest = rest[1:]
				i := optionIndex(name)
				if i < 0 {
					sign := "+"
					if on {
						sign = "-"
					}
					sh.write(fds[2], sh.errPrefix("set")+"illegal option "+sign+"o "+name+"\n")
					return 1
				}
				sh.setOption(i, on)
				continue
			}
			i := optionByLetter(string(l))
			if i < 0 {
				sign := "+"
				if on {
					sign = "-"
				}
				sh.raise("illegal option " + sign + string(l))
			}
			sh.setOption(i, on)
		}
	}
	if len(rest) > 0 && rest[0] == "--" {
		rest = rest[1:]
	} else if len(rest) == 0 {
		return 0
	}
	sh.setParams(rest)
	return 0
}

// setParams is setparam: new positional parameters, getopts from the start.
func (sh *Shell) setParams(p []string) {
	sh.st.params = append([]string(nil), p...)
	sh.st.optind, sh.st.optoff = 1, -1
}

func (sh *Shell) setOption(i int, on bool) {
	sh.st.opts[i] = on
	if on && !modelledOptions[shellOptions[i].name] {
		sh.note("the shell option " + shellOptions[i].name + " is not modelled in this simulated guest")
	}
}

// listOptions is set -o (a table) and set +o (commands that restore it).
func (sh *Shell) listOptions(fds fdTable, table bool) {
	for i, o := range shellOptions {
		switch {
		case table && sh.st.opts[i]:
			sh.write(fds[1], fmt.Sprintf("%-16s%s\n", o.name, "on"))
		case table:
			sh.write(fds[1], fmt.Sprintf("%-16s%s\n", o.name, "off"))
		case sh.st.opts[i]:
			sh.write(fds[1], "set -o "+o.name+"\n")
		default:
			sh.write(fds[1], "set +o "+o.name+"\n")
		}
	}
}

// getoptsBuiltin is ash's getopts: letters grouped or apart, an option's
// argument joined or next, errors on stderr or (a leading ":") in OPTARG.
func getoptsBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) < 3 {
		sh.raise("Usage: getopts optstring var [arg...]")
	}
	optstr, optvar := args[1], args[2]
	argv := sh.st.params
	if len(args) > 3 {
		argv = args[3:]
	}
	if v, _ := sh.lookupVar("OPTIND"); v != sh.st.optindSeen {
		n, err := strconv.Atoi(v)
		if err != nil {
			n = 1
		}
		sh.st.optind, sh.st.optoff = n, -1
	}
	ind, off := sh.st.optind, sh.st.optoff
	next := ind - 1 // index in argv of the next word
	word := func(i int) (string, bool) {
		if i >= 0 && i < len(argv) {
			return argv[i], true
		}
		return "", false
	}
	c := byte('?')
	done := false
	p, inWord := "", false
	if ind > 1 && off >= 0 {
		if w, ok := word(next - 1); ok && len(w) >= off {
			p, inWord = w[off:], true
		}
	}
	silent := strings.HasPrefix(optstr, ":")
	quiet := func() bool { v, _ := sh.lookupVar("OPTERR"); return v == "0" || silent }
	optarg := func(v string, set bool) {
		if set {
			sh.setVar("OPTARG", v)
		} else {
			sh.unsetVar("OPTARG")
		}
	}
	finish := func() int {
		ind = next + 1
		sh.setVar("OPTIND", strconv.Itoa(ind))
		sh.st.optindSeen = strconv.Itoa(ind)
		sh.setVar(optvar, string(c))
		sh.st.optind = ind
		if inWord && p != "" {
			w, _ := word(next - 1)
			sh.st.optoff = len(w) - len(p)
		} else {
			sh.st.optoff = -1
		}
		if done {
			return 1
		}
		return 0
	}
	if !inWord || p == "" {
		w, ok := word(next)
		if !ok || !strings.HasPrefix(w, "-") || w == "-" {
			optarg("", false)
			inWord, done = false, true
			return finish()
		}
		next++
		if w == "--" {
			optarg("", false)
			inWord, done = false, true
			return finish()
		}
		p, inWord = w[1:], true
	}
	c, p = p[0], p[1:]
	at := strings.IndexByte(strings.TrimPrefix(optstr, ":"), c)
	if at < 0 || c == ':' {
		if quiet() {
			optarg(string(c), true)
		} else {
			sh.write(fds[2], "Illegal option -"+string(c)+"\n")
			optarg("", false)
		}
		c = '?'
		return finish()
	}
	spec := strings.TrimPrefix(optstr, ":")
	if at+1 < len(spec) && spec[at+1] == ':' {
		if p == "" {
			w, ok := word(next)
			if !ok {
				if quiet() {
					optarg(string(c), true)
					c = ':'
				} else {
					sh.write(fds[2], "No arg for -"+string(c)+" option\n")
					optarg("", false)
					c = '?'
				}
				return finish()
			}
			next++
			p = w
		}
		optarg(p, true)
		p, inWord = "", false
	} else {
		optarg("", true)
	}
	return finish()
}

// trapBuiltin keeps the commands of EXIT (0) and a few signals; a
// subshell runs its EXIT trap when it ends.
func trapBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) == 1 {
		for _, sig := range trapSignals {
			if cmd, ok := sh.st.traps[sig]; ok {
				sh.write(fds[1], "trap -- "+shellQuote(cmd)+" "+sig+"\n")
			}
		}
		return 0
	}
	action, sigs := args[1], args[2:]
	if len(args) == 2 { // "trap SIG": reset it
		action, sigs = "-", args[1:]
	}
	for _, s := range sigs {
		name := strings.TrimPrefix(strings.ToUpper(s), "SIG")
		if n, err := strconv.Atoi(s); err == nil && n >= 0 && n < len(trapSignals) {
			name = trapSignals[n]
		}
		if !slices.Contains(trapSignals, name) {
			sh.note("trap on " + s + " is not modelled in this simulated guest")
			continue
		}
		if action == "-" {
			delete(sh.st.traps, name)
			continue
		}
		if sh.st.traps == nil {
			sh.st.traps = map[string]string{}
		}
		sh.st.traps[name] = action
	}
	return 0
}

// trapSignals are the signals trap knows here, by number (0 is EXIT).
var trapSignals = append([]string{"EXIT"}, signalNames[:15]...)

// runTrap runs a trap's command where the shell is (its output to the
// terminal or the subshell's own streams).
func (sh *Shell) runTrap(cmd string) {
	l, serr, more := parseWith(cmd+"\n", sh.st.aliases)
	if serr != nil || more {
		return
	}
	sh.runList(l, sh.std())
}

func shiftBuiltin(sh *Shell, args []string, fds fdTable) int {
	n := 1
	if len(args) > 1 {
		v, err := strconv.Atoi(args[1])
		if err != nil || v < 0 {
			sh.raise("shift: Illegal number: " + args[1])
		}
		n = v
	}
	if n > len(sh.st.params) {
		return 1
	}
	sh.setParams(sh.st.params[n:])
	return 0
}

func typeBuiltin(sh *Shell, args []string, fds fdTable) int {
	status := 0
	for _, n := range args[1:] {
		switch {
		case keywords[n] != 0 || n == "!":
			sh.write(fds[1], n+" is a shell keyword\n")
		case sh.st.funcs[n] != nil:
			sh.write(fds[1], n+" is a function\n")
		case specialBuiltins[n] && builtins[n] != nil:
			sh.write(fds[1], n+" is a special shell builtin\n")
		case builtins[n] != nil:
			sh.write(fds[1], n+" is a shell builtin\n")
		case isApplet(n):
			sh.write(fds[1], n+" is "+n+"\n")
		case strings.Contains(n, "/"):
			if _, err := sh.sys.Stat(sh.abs(n)); err == nil {
				sh.write(fds[1], n+" is "+n+"\n")
				continue
			}
			sh.write(fds[1], n+": not found\n")
			status = 127
		default:
			sh.write(fds[1], n+": not found\n")
			status = 127
		}
	}
	return status
}

// umaskBuiltin is ash's umaskcmd for octal masks; the symbolic forms and
// -S are noted.
func umaskBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) > 1 && args[1] == "-S" {
		if len(args) == 2 {
			// The permissions the mask leaves, as chmod's clauses.
			var parts []string
			for i, who := range []string{"u", "g", "o"} {
				bits := (^sh.st.umask >> (6 - 3*i)) & 7
				p := who + "="
				for j, l := range "rwx" {
					if bits&(4>>j) != 0 {
						p += string(l)
					}
				}
				parts = append(parts, p)
			}
			sh.write(fds[1], strings.Join(parts, ",")+"\n")
			return 0
		}
		args = append(args[:1], args[2:]...)
	}
	if len(args) == 1 {
		sh.write(fds[1], fmt.Sprintf("%04o\n", sh.st.umask))
		return 0
	}
	m := args[1]
	if m == "" || m[0] < '0' || m[0] > '9' {
		sh.note("umask " + m + " is not modelled in this simulated guest")
		return 0
	}
	v, err := strconv.ParseUint(m, 8, 32)
	if err != nil || v > 0o777 {
		sh.raise("illegal mode: " + m)
	}
	sh.st.umask = int(v)
	return 0
}

func letBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) == 1 {
		sh.raise("expression expected")
	}
	var v int64
	for _, a := range args[1:] {
		v = sh.arithString(a)
	}
	if v == 0 {
		return 1
	}
	return 0
}

func evalBuiltin(sh *Shell, args []string, fds fdTable) int {
	src := strings.Join(args[1:], " ")
	if strings.TrimSpace(src) == "" {
		return 0
	}
	l, serr := parseWhole(src+"\n", sh.st.aliases, 0)
	if serr != nil {
		sh.raise(serr.msg)
	}
	return sh.runList(l, fds)
}

func execBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) == 1 {
		// exec with redirections only: they stay for the shell.
		for fd, s := range fds {
			if fd > 2 {
				sh.st.fds[fd] = s
			}
		}
		if fds[1] != termStream || fds[2] != termStream || fds[0] != termStream {
			sh.note("exec redirecting the shell's own input or output is not modelled in this simulated guest")
		}
		return 0
	}
	// The shell is init: what it execs runs, then init is gone.
	st := sh.runExternal(args[1:], fds)
	panic(exitShell{st})
}

func localBuiltin(sh *Shell, args []string, fds fdTable) int {
	if sh.st.inFunc == 0 {
		sh.raise("local: not in a function")
	}
	frame := sh.st.locals[len(sh.st.locals)-1]
	for _, a := range args[1:] {
		name, val, ok := strings.Cut(a, "=")
		if !goodName(name) {
			sh.raise("local: " + name + ": bad variable name")
		}
		if _, saved := frame[name]; !saved {
			var old *shVar
			if v, ok := sh.st.vars[name]; ok {
				vv := *v
				old = &vv
			}
			frame[name] = old
		}
		if ok {
			sh.setVar(name, val)
		}
	}
	return 0
}

func commandBuiltin(sh *Shell, args []string, fds fdTable) int {
	rest := args[1:]
	if len(rest) > 1 && rest[0] == "-V" { // describe_command, verbosely: as type
		return typeBuiltin(sh, []string{"type", rest[1]}, fds)
	}
	if len(rest) > 0 && (rest[0] == "-v" || rest[0] == "-V") {
		// ash's commandcmd describes the first name only; an applet is
		// found before PATH (FEATURE_SH_STANDALONE) and shown by its name.
		if len(rest) < 2 {
			return 0
		}
		n := rest[1]
		switch {
		case keywords[n] != 0 || n == "!":
			// describe_command prints a keyword without its newline.
			sh.write(fds[1], n)
		case builtins[n] != nil || sh.st.funcs[n] != nil || isApplet(n):
			sh.write(fds[1], n+"\n")
		case strings.Contains(n, "/"):
			if _, err := sh.sys.Stat(sh.abs(n)); err != nil {
				return 127
			}
			sh.write(fds[1], n+"\n")
		default:
			return 127
		}
		return 0
	}
	if len(rest) == 0 {
		return 0
	}
	if b, ok := builtins[rest[0]]; ok {
		return b(sh, rest, fds)
	}
	return sh.runExternal(rest, fds)
}

func helpBuiltin(sh *Shell, args []string, fds fdTable) int {
	var b strings.Builder
	b.WriteString("Built-in commands:\n------------------\n")
	// ash's helpcmd: a tab or a space before each name, a newline once
	// the line is past 60 characters (the tab counts one).
	col := 0
	for _, n := range append(append([]string(nil), builtinNames...), appletNames...) {
		if col == 0 {
			b.WriteString("\t")
		} else {
			b.WriteString(" ")
		}
		b.WriteString(n)
		col += 1 + len(n)
		if col > 60 {
			b.WriteString("\n")
			col = 0
		}
	}
	b.WriteString("\n")
	sh.write(fds[1], b.String())
	return 0
}

// aliasBuiltin is ash's aliascmd: NAME=VALUE defines, NAME prints, and
// no argument lists them in ash's hash table order.
func aliasBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) == 1 {
		for _, n := range sh.aliasOrder() {
			sh.write(fds[1], n+"="+shellQuote(sh.st.aliases[n].value)+"\n")
		}
		return 0
	}
	status := 0
	for _, a := range args[1:] {
		name, value, isDef := strings.Cut(a, "=")
		if !isDef {
			d, ok := sh.st.aliases[name]
			if !ok {
				sh.write(fds[2], "alias: "+name+" not found\n")
				status = 1
				continue
			}
			sh.write(fds[1], name+"="+shellQuote(d.value)+"\n")
			continue
		}
		if sh.st.aliases == nil {
			sh.st.aliases = map[string]aliasDef{}
		}
		d, ok := sh.st.aliases[name]
		if !ok {
			sh.st.aliasSeq++
			d.seq = sh.st.aliasSeq
		}
		d.value = value
		sh.st.aliases[name] = d
	}
	return status
}

func unaliasBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) > 1 && args[1] == "-a" {
		sh.st.aliases = nil
		return 0
	}
	status := 0
	for _, n := range args[1:] {
		if _, ok := sh.st.aliases[n]; !ok {
			sh.write(fds[2], "unalias: "+n+" not found\n")
			status = 1
			continue
		}
		delete(sh.st.aliases, n)
	}
	return status
}

// aliasOrder is ash's atab walk: 39 buckets by hashalias (the first
// byte times 16 plus every byte), each chain in the order defined.
func (sh *Shell) aliasOrder() []string {
	names := slices.Collect(maps.Keys(sh.st.aliases))
	bucket := func(n string) int {
		if n == "" {
			return 0
		}
		h := int(n[0]) << 4
		for i := 0; i < len(n); i++ {
			h += int(n[i])
		}
		return h % 39
	}
	slices.SortFunc(names, func(a, b string) int {
		if ba, bb := bucket(a), bucket(b); ba != bb {
			return ba - bb
		}
		return sh.st.aliases[a].seq - sh.st.aliases[b].seq
	})
	return names
}

// signalNames are Linux's signals 1-31 as kill -l names them.
var signalNames = strings.Fields("HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT " +
	"CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH POLL PWR SYS")

// killBuiltin answers kill -l (the signals' names and numbers); sending
// a signal is not modelled (the simulated guest has no other processes).
func killBuiltin(sh *Shell, args []string, fds fdTable) int {
	if len(args) < 2 || args[1] != "-l" {
		sh.note("the shell builtin kill is not modelled in this simulated guest (it has no other processes)")
		return 0
	}
	if len(args) == 2 {
		var b strings.Builder
		for i, n := range signalNames {
			fmt.Fprintf(&b, "%2d) %s\n", i+1, n)
		}
		sh.write(fds[1], b.String())
		return 0
	}
	for _, a := range args[2:] {
		if n, err := strconv.Atoi(a); err == nil {
			if n > 128 {
				n -= 128
			}
			switch {
			case n == 0:
				sh.write(fds[1], "EXIT\n")
			case n >= 1 && n <= len(signalNames):
				sh.write(fds[1], signalNames[n-1]+"\n")
			default:
				sh.write(fds[1], a+"\n")
			}
			continue
		}
		found := false
		for i, n := range signalNames {
			if strings.EqualFold(strings.TrimPrefix(strings.ToUpper(a), "SIG"), n) {
				sh.write(fds[1], strconv.Itoa(i+1)+"\n")
				found = true
			}
		}
		if !found {
			// kill is an applet run inside the shell: bb_error_msg's name is "sh".
			sh.write(fds[2], "sh: unknown signal '"+a+"'\n")
			return 1
		}
	}
	return 0
}
