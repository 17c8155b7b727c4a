package busybox

import (
	"strconv"
	"strings"

	"hotpluglab/engine/regex"
)

// sed as busybox 1.35 runs the scripts people write: addresses (N, $,
// /re/, ranges, +N, !), and the commands s y p P d D q Q = a i c n N h H
// g G x { }, with -n -e -f -E/-r -i.

func registerSed() { applets["sed"] = sedApplet }

type sedAddr struct {
	kind int // 0 none, 1 line, 2 last, 3 regex, 4 +N (second address only)
	line int
	re   *regex.Regexp
}

type sedCmd struct {
	a1, a2  sedAddr
	invert  bool
	cmd     byte
	re      *regex.Regexp // s: nil means the last regex used
	repl    string
	global  bool
	nth     int
	print   bool
	from    []byte // y
	to      []byte
	text    string // a i c
	end     int    // {: index of the matching }
	label   string // b t T: where to jump ("" the end); ':': its name
	file    string // r w, and s///w: the file
	inRange bool
	rangeTo int // line where a +N range ends
}

type sedError struct {
	msg         string
	notModelled bool // a real sed feature the simulator lacks
}

func sedApplet(c *ctx) int {
	// -i[SFX]: getopt32's optional argument is the rest of its word
	// (-i.bak keeps a backup; -in's suffix is "n").
	suffix := ""
	for k, a := range c.args[1:] {
		if a == "--" || !strings.HasPrefix(a, "-") || strings.HasPrefix(a, "--") {
			continue
		}
		if k > 0 && (c.args[k] == "-e" || c.args[k] == "-f") {
			continue // an argument of -e or -f
		}
		j := strings.IndexByte(a, 'i')
		if j < 1 || strings.ContainsAny(a[1:j], "ef") || j == len(a)-1 {
			continue
		}
		suffix = a[j+1:]
		c.args = append(append(append([]string(nil), c.args[:k+1]...), a[:j+1]), c.args[k+2:]...)
		break
	}
	opts, args, ok := c.getopt(optSpec{short: "irnEe:f:", long: map[string]bool{"in-place": false,
		"regexp-extended": false, "quiet": false, "silent": false, "expression": true, "file": true}})
	if !ok {
		return 1
	}
	quiet, ere, inPlace := false, false, false
	var scripts []string
	for _, o := range opts {
		switch o.name {
		case "n", "quiet", "silent":
			quiet = true
		case "E", "r", "regexp-extended":
			ere = true
		case "i", "in-place":
			inPlace = true
		case "e", "expression":
			scripts = append(scripts, o.arg)
		case "f", "file":
			s, err := c.file(o.arg)
			if err != nil {
				c.errMsg("can't open '" + o.arg + "': " + err.Error())
				return 1
			}
			scripts = append(scripts, strings.TrimSuffix(s, "\n"))
		}
	}
	if scripts == nil {
		if len(args) == 0 {
			return c.showUsage()
		}
		scripts, args = []string{args[0]}, args[1:]
	}
	cmds, err := parseSed(strings.Join(scripts, "\n"), ere)
	if err != nil && err.notModelled {
		c.sh.note("sed's " + err.msg + " is not modelled in this simulated guest")
		return 0
	}
	if err != nil {
		c.errMsg(err.msg)
		return 1
	}
	if cmds.quietComment {
		quiet = true
	}
	if inPlace {
		if len(args) == 0 {
			c.errMsg("-i requires an argument")
			return 1
		}
		for _, f := range args {
			data, err := c.file(f)
			if err != nil {
				c.errMsg("can't open '" + f + "': " + err.Error())
				return 4
			}
			r := &sedRun{c: c, cmds: cmds.list, quiet: quiet, noEOL: data != "" && !strings.HasSuffix(data, "\n")}
			if !r.openFiles() {
				return 4
			}
			out := r.run(splitLines(data))
			r.closeFiles()
			p := c.sh.abs(f)
			if suffix != "" {
				if err := c.sh.sys.Open(p+suffix, false); err == nil {
					c.sh.sys.Write(p+suffix, data)
				}
			}
			if err := c.sh.sys.Open(p, false); err != nil {
				c.errMsg("can't create '" + f + "': " + err.Error())
				return 4
			}
			c.sh.sys.Write(p, out)
		}
		return 0
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	var lines []string
	status, noEOL := 0, false
	for _, f := range args {
		data, err := c.file(f)
		if err != nil {
			c.errMsg(f + ": " + err.Error())
			status = 1
			continue
		}
		lines = append(lines, splitLines(data)...)
		if data != "" {
			noEOL = !strings.HasSuffix(data, "\n")
		}
	}
	r := &sedRun{c: c, cmds: cmds.list, quiet: quiet, noEOL: noEOL}
	if !r.openFiles() {
		return 4
	}
	out := r.run(lines)
	r.closeFiles()
	if r.failed != "" {
		// bb_error_msg_and_die: the message, then stdout's buffer at exit
		c.errMsg("can't find label for jump to '" + r.failed + "'")
		c.out(out)
		return 1
	}
	c.out(out)
	if r.exitCode != 0 {
		return r.exitCode
	}
	return c.finish(status)
}

type sedScript struct {
	list         []*sedCmd
	quietComment bool
}

// parseSed parses a script into commands.
func parseSed(src string, ere bool) (script sedScript, err *sedError) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case sedError:
				err = &e
			case sedNotModelled:
				err = &sedError{msg: e.what, notModelled: true}
			default:
				panic(r)
			}
		}
	}()
	p := &sedParser{s: src, ere: ere}
	var stack []int
	for {
		for p.i < len(p.s) && strings.IndexByte("; \t\n", p.s[p.i]) >= 0 {
			p.i++
		}
		if p.i >= len(p.s) {
			break
		}
		if p.s[p.i] == '#' {
			if p.i+1 < len(p.s) && p.s[p.i+1] == 'n' && p.i == 0 {
				script.quietComment = true
			}
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
			continue
		}
		cmd := &sedCmd{}
		cmd.a1 = p.address()
		if p.peek() == ',' {
			p.i++
			if p.peek() == '+' && p.i+1 < len(p.s) && isDigit(p.s[p.i+1]) {
				p.i++
				cmd.a2 = sedAddr{kind: 4, line: p.number()}
			} else {
				cmd.a2 = p.address()
				if cmd.a2.kind == 0 {
					panic(sedError{msg: "no address after comma"})
				}
			}
		}
		p.skipSpace()
		if p.peek() == '!' {
			cmd.invert = true
			p.i++
			p.skipSpace()
		}
		if p.i >= len(p.s) {
			panic(sedError{msg: "missing command"})
		}
		cmd.cmd = p.s[p.i]
		p.i++
		switch cmd.cmd {
		case 's':
			p.subst(cmd)
		case 'y':
			p.translit(cmd)
		case 'a', 'i', 'c':
			if cmd.cmd != 'c' && cmd.a2.kind != 0 {
				panic(sedError{msg: "command '" + string(cmd.cmd) + "' uses only one address"})
			}
			for p.i < len(p.s) {
				ch := p.s[p.i]
				if ch == '\n' || ch == '\\' {
					p.i++
					if ch == '\\' && p.peek() == '\n' { // "1i\" then the text's line
						p.i++
					}
					break
				}
				if ch != ' ' && ch != '\t' {
					break
				}
				p.i++
			}
			end := strings.IndexByte(p.s[p.i:], '\n')
			if end < 0 {
				end = len(p.s) - p.i
			}
			t, _ := processEscapes(p.s[p.i:p.i+end], false)
			cmd.text = t
			p.i += end
		case '{':
			stack = append(stack, len(script.list))
		case '}':
			if len(stack) == 0 {
				panic(sedError{msg: "unexpected }"})
			}
			script.list[stack[len(stack)-1]].end = len(script.list)
			stack = stack[:len(stack)-1]
		case 'p', 'P', 'd', 'D', 'q', 'Q', '=', 'n', 'N', 'h', 'H', 'g', 'G', 'x', 'l':
			if cmd.cmd == 'q' || cmd.cmd == 'Q' {
				p.skipSpace()
				if isDigit(p.peek()) {
					cmd.nth = p.number()
				}
			}
		case 'b', 't', 'T', ':':
			// A label runs to a semicolon or white space.
			p.skipSpace()
			n := strings.IndexAny(p.s[p.i:], "; \n\r\t\v")
			if n < 0 {
				n = len(p.s) - p.i
			}
			cmd.label = p.s[p.i : p.i+n]
			p.i += n
			if cmd.cmd == ':' && cmd.label == "" {
				panic(sedError{msg: "\":\" lacks a label"})
			}
		case 'r', 'w':
			cmd.file = p.fileName()
		default:
			panic(sedError{msg: "unsupported command " + string(cmd.cmd)})
		}
		script.list = append(script.list, cmd)
	}
	if len(stack) > 0 {
		panic(sedError{msg: "unterminated {"})
	}
	return script, nil
}

type sedNotModelled struct{ what string }

type sedParser struct {
	s   string
	i   int
	ere bool
}

func (p *sedParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *sedParser) skipSpace() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (p *sedParser) number() int {
	n := 0
	for p.i < len(p.s) && isDigit(p.s[p.i]) {
		n = n*10 + int(p.s[p.i]-'0')
		if n > 1<<30 {
			n = 1 << 30
		}
		p.i++
	}
	return n
}

func (p *sedParser) address() sedAddr {
	switch c := p.peek(); {
	case isDigit(c):
		return sedAddr{kind: 1, line: p.number()}
	case c == '$':
		p.i++
		return sedAddr{kind: 2}
	case c == '/' || c == '\\':
		delim := byte('/')
		if c == '\\' {
			p.i++
			delim = p.peek()
		}
		p.i++
		pat := p.until(delim, false)
		if pat == "" {
			return sedAddr{kind: 3}
		}
		return sedAddr{kind: 3, re: p.compile(pat, false)}
	}
	return sedAddr{}
}

// until reads up to an unescaped delimiter (outside brackets) and
// returns the text with "\delim" and "\n" unescaped.
func (p *sedParser) until(delim byte, repl bool) string {
	start := p.i
	bracket := -1
	escaped := false
	for ; p.i < len(p.s); p.i++ {
		ch := p.s[p.i]
		switch {
		case bracket >= 0 && !repl:
			if ch == ']' && !(bracket == p.i-1 || (bracket == p.i-2 && p.s[p.i-1] == '^')) {
				bracket = -1
			}
		case escaped:
			escaped = false
		case ch == '\\':
			escaped = true
		case ch == '[' && !repl:
			bracket = p.i
		case ch == delim:
			raw := p.s[start:p.i]
			p.i++
			return unescapeSed(raw, delim)
		}
	}
	panic(sedError{msg: "unmatched '" + string(delim) + "'"})
}

// unescapeSed turns "\delim" into the delimiter and "\n" into a newline,
// keeping other escapes for the regex or the replacement.
func unescapeSed(s string, delim byte) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case delim:
				if delim != '&' && delim != '\\' {
					b.WriteByte(delim)
					i++
					continue
				}
			case 'n':
				b.WriteByte('\n')
				i++
				continue
			case 't':
				b.WriteByte('\t')
				i++
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func (p *sedParser) compile(pat string, icase bool) *regex.Regexp {
	re, err := compilePOSIX(pat, p.ere, icase)
	if err == errRegexUnknown {
		panic(sedNotModelled{"this regular expression (" + pat + ")"})
	}
	if e, ok := err.(*reError); ok {
		panic(sedError{msg: "bad regex '" + pat + "': " + e.msg})
	}
	if err != nil {
		panic(sedError{msg: "bad regex '" + pat + "'"})
	}
	return re
}

func (p *sedParser) subst(cmd *sedCmd) {
	if p.i >= len(p.s) {
		panic(sedError{msg: "bad format in substitution expression"})
	}
	delim := p.s[p.i]
	p.i++
	pat := p.until(delim, false)
	cmd.repl = p.until(delim, true)
	cmd.nth = 1
	icase := false
flags:
	for p.i < len(p.s) {
		ch := p.s[p.i]
		switch {
		case isDigit(ch):
			// which_match: a number, or 0 for g; the last one given wins
			n := p.number()
			if !strings.HasPrefix(pat, "^") {
				cmd.nth, cmd.global = n, false
			}
			continue
		case ch == ' ' || ch == '\t':
		case ch == 'g':
			cmd.global, cmd.nth = true, 1
		case ch == 'p':
			cmd.print = true
		case ch == 'i' || ch == 'I':
			icase = true
		case ch == ';' || ch == '}' || ch == '\n':
			break flags
		case ch == '#':
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
			break flags
		case ch == 'w':
			p.i++
			cmd.file = p.fileName()
			break flags
		default:
			panic(sedError{msg: "bad option in substitution expression"})
		}
		p.i++
	}
	if pat != "" {
		cmd.re = p.compile(pat, icase)
	}
}

// fileName is parse_file_cmd: the rest of the line after blanks.
func (p *sedParser) fileName() string {
	p.skipSpace()
	n := strings.IndexByte(p.s[p.i:], '\n')
	if n < 0 {
		n = len(p.s) - p.i
	}
	name := p.s[p.i : p.i+n]
	p.i += n
	if name == "" {
		panic(sedError{msg: "empty filename"})
	}
	return name
}

func (p *sedParser) translit(cmd *sedCmd) {
	if p.i >= len(p.s) {
		panic(sedError{msg: "bad format in substitution expression"})
	}
	delim := p.s[p.i]
	p.i++
	from := p.until(delim, true)
	to := p.until(delim, true)
	from, to = unescapeAll(from), unescapeAll(to)
	n := min(len(from), len(to))
	cmd.from, cmd.to = []byte(from[:n]), []byte(to[:n])
}

func unescapeAll(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// sedRun executes a script over input lines.
type sedRun struct {
	c        *ctx
	cmds     []*sedCmd
	quiet    bool
	noEOL    bool // the input's last line has no newline (it is printed without one)
	out      strings.Builder
	unended  bool // what was printed last has no newline yet
	hold     string
	lastRe   *regex.Regexp
	exitCode int
	files    map[string]*strings.Builder // w files, in the order opened
	order    []string
	failed   string // a jump to a label that is not there
}

// put is puts_maybe_newline: a line that did not end with a newline is
// printed without one, and a newline goes before whatever comes next.
func (r *sedRun) put(s string, eol bool) {
	if r.unended {
		r.out.WriteByte('\n')
		r.unended = false
	}
	r.out.WriteString(s)
	if eol {
		r.out.WriteByte('\n')
	} else if s != "" {
		r.unended = true
	}
}

// openFiles truncates every w file when the script is read, as sed does.
func (r *sedRun) openFiles() bool {
	for _, cmd := range r.cmds {
		if cmd.file == "" || cmd.cmd == 'r' {
			continue
		}
		if _, ok := r.files[cmd.file]; ok {
			continue
		}
		if err := r.c.sh.sys.Open(r.c.sh.abs(cmd.file), false); err != nil {
			r.c.errMsg("can't open '" + cmd.file + "': " + err.Error())
			return false
		}
		if r.files == nil {
			r.files = map[string]*strings.Builder{}
		}
		r.files[cmd.file] = &strings.Builder{}
		r.order = append(r.order, cmd.file)
	}
	return true
}

func (r *sedRun) closeFiles() {
	for _, f := range r.order {
		r.c.sh.sys.Write(r.c.sh.abs(f), r.files[f].String())
	}
}

func (r *sedRun) matches(a sedAddr, line int, last bool, ps string) bool {
	switch a.kind {
	case 1:
		return line == a.line
	case 2:
		return last
	case 3:
		re := a.re
		if re == nil {
			re = r.lastRe
		}
		if re == nil {
			return false
		}
		r.lastRe = re
		return re.MatchString(ps)
	}
	return true
}

// selected applies a command's address(es) to the current line.
func (r *sedRun) selected(cmd *sedCmd, line int, last bool, ps string) bool {
	var sel bool
	switch {
	case cmd.a1.kind == 0:
		sel = true
	case cmd.a2.kind == 0:
		sel = r.matches(cmd.a1, line, last, ps)
	case cmd.inRange:
		sel = true
		switch cmd.a2.kind {
		case 1:
			if line >= cmd.a2.line {
				cmd.inRange = false
			}
		case 4:
			if line >= cmd.rangeTo {
				cmd.inRange = false
			}
		default:
			if r.matches(cmd.a2, line, last, ps) {
				cmd.inRange = false
			}
		}
	default:
		if r.matches(cmd.a1, line, last, ps) {
			sel = true
			switch cmd.a2.kind {
			case 1:
				cmd.inRange = cmd.a2.line > line
			case 4:
				cmd.rangeTo = line + cmd.a2.line
				cmd.inRange = cmd.a2.line > 0
			case 2:
				cmd.inRange = !last
			default:
				cmd.inRange = true
			}
		}
	}
	return sel != cmd.invert
}

func (r *sedRun) run(lines []string) string {
	li := 0
	lineNo := 0
	next := func() (string, bool) {
		if li >= len(lines) {
			return "", false
		}
		li++
		lineNo++
		return lines[li-1], true
	}
	// eol: the line read last ends with a newline.
	eol := func() bool { return !(r.noEOL && li >= len(lines)) }
	labels := map[string]int{}
	for i, cmd := range r.cmds {
		if cmd.cmd == ':' {
			if _, dup := labels[cmd.label]; !dup {
				labels[cmd.label] = i
			}
		}
	}
	for {
		ps, ok := next()
		if !ok {
			break
		}
		var appendQ []string
		deleted, quit, substituted := false, false, false
	cycle:
		for pc := 0; pc < len(r.cmds); pc++ {
			r.c.sh.step()
			cmd := r.cmds[pc]
			last := li >= len(lines)
			if cmd.cmd == '}' || cmd.cmd == ':' {
				continue
			}
			if !r.selected(cmd, lineNo, last, ps) {
				if cmd.cmd == '{' {
					pc = cmd.end
				}
				continue
			}
			switch cmd.cmd {
			case '{':
			case 'p':
				r.put(ps, eol())
			case 'P':
				first, _, _ := strings.Cut(ps, "\n")
				r.put(first, true)
			case 'd':
				deleted = true
				break cycle
			case 'D':
				if i := strings.IndexByte(ps, '\n'); i >= 0 {
					ps = ps[i+1:]
					pc = -1
					continue
				}
				deleted = true
				break cycle
			case 'q':
				quit = true
				r.exitCode = cmd.nth
				break cycle
			case 'Q':
				r.exitCode = cmd.nth
				return r.out.String()
			case '=':
				r.out.WriteString(strconv.Itoa(lineNo) + "\n")
			case 'a':
				appendQ = append(appendQ, cmd.text+"\n")
			case 'r':
				if s, err := r.c.sh.sys.ReadFile(r.c.sh.abs(cmd.file)); err == nil && s != "" {
					appendQ = append(appendQ, s)
				}
			case 'w':
				r.files[cmd.file].WriteString(ps + "\n")
			case 'i':
				r.put(cmd.text, true)
			case 'c':
				if cmd.a2.kind == 0 || !cmd.inRange {
					r.put(cmd.text, true)
				}
				deleted = true
				break cycle
			case 'n':
				if !r.quiet {
					r.put(ps, eol())
				}
				nl, ok := next()
				if !ok {
					deleted = true
					break cycle
				}
				ps = nl
			case 'N':
				nl, ok := next()
				if !ok {
					// GNU: print the pattern space at the end of input.
					break cycle
				}
				ps += "\n" + nl
			case 'h':
				r.hold = ps
			case 'H':
				r.hold += "\n" + ps
			case 'g':
				ps = r.hold
			case 'G':
				ps += "\n" + r.hold
			case 'x':
				ps, r.hold = r.hold, ps
			case 'y':
				b := []byte(ps)
				for i := range b {
					for k, f := range cmd.from {
						if b[i] == f {
							b[i] = cmd.to[k]
							break
						}
					}
				}
				ps = string(b)
			case 's':
				ns, did := r.substitute(cmd, ps)
				ps = ns
				substituted = substituted || did
				if did && cmd.print {
					r.put(ps, eol())
				}
				if did && cmd.file != "" {
					r.files[cmd.file].WriteString(ps + "\n")
				}
			case 'l':
				// The guest's busybox prints nothing for l (measured).
			case 't', 'T', 'b':
				if cmd.cmd == 't' && !substituted || cmd.cmd == 'T' && substituted {
					continue
				}
				if cmd.cmd == 't' {
					substituted = false
				}
				if cmd.label == "" {
					break cycle
				}
				to, ok := labels[cmd.label]
				if !ok {
					r.failed = cmd.label
					return r.out.String()
				}
				pc = to
			}
			if r.out.Len() > maxBuffered {
				panic(overBudget{"made sed print more than 4 MB"})
			}
		}
		if !deleted && !r.quiet {
			r.put(ps, eol())
		}
		for _, a := range appendQ {
			r.put(strings.TrimSuffix(a, "\n"), strings.HasSuffix(a, "\n"))
		}
		if quit {
			break
		}
	}
	return r.out.String()
}

func (r *sedRun) substitute(cmd *sedCmd, ps string) (string, bool) {
	re := cmd.re
	if re == nil {
		re = r.lastRe
	}
	if re == nil {
		r.c.errMsg("no previous regexp")
		return ps, false
	}
	r.lastRe = re
	var b strings.Builder
	count, did := 0, false
	pos := 0
	for pos <= len(ps) {
		m := re.FindStringSubmatchIndex(ps[pos:])
		if m == nil {
			break
		}
		count++
		start, end := pos+m[0], pos+m[1]
		if count >= cmd.nth && (cmd.global || count == cmd.nth) {
			b.WriteString(ps[pos:start])
			b.WriteString(expandRepl(cmd.repl, ps[pos:], m))
			did = true
		} else {
			b.WriteString(ps[pos:end])
		}
		if end == start {
			if start < len(ps) {
				b.WriteByte(ps[start])
			}
			pos = start + 1
		} else {
			pos = end
		}
		if !cmd.global && count >= cmd.nth {
			break
		}
	}
	if pos <= len(ps) {
		b.WriteString(ps[pos:])
	}
	if !did {
		return ps, false
	}
	return b.String(), true
}

// expandRepl is the replacement with & and \1..\9 filled in.
func expandRepl(repl, s string, m []int) string {
	var b strings.Builder
	for i := 0; i < len(repl); i++ {
		ch := repl[i]
		switch {
		case ch == '&':
			b.WriteString(s[m[0]:m[1]])
		case ch == '\\' && i+1 < len(repl):
			i++
			e := repl[i]
			if e >= '0' && e <= '9' {
				k := int(e - '0')
				if 2*k+1 < len(m) && m[2*k] >= 0 {
					b.WriteString(s[m[2*k]:m[2*k+1]])
				}
				continue
			}
			b.WriteByte(e)
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}
