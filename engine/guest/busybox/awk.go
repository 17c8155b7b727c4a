package busybox

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"hotpluglab/engine/regex"
)

// awk as the guest's busybox runs it: patterns and actions, BEGIN/END,
// fields, associative arrays, user functions, the string builtins and
// printf. This busybox is built without libm: "^", "**", sqrt, exp, log,
// sin, cos, atan2 fail with its "Math support is not compiled in".

func registerAwk() { applets["awk"] = awkApplet }

type awkErr struct{ msg string }

// awkExit is the exit statement.
type awkExit struct{ status int }

// Control flow inside actions.
type (
	awkNext     struct{}
	awkBreak    struct{}
	awkContinue struct{}
	awkReturn   struct{ v awkVal }
)

func awkApplet(c *ctx) int {
	opts, args, ok := c.getopt(optSpec{short: "v:F:f:e:W:"})
	if !ok {
		return 1
	}
	var prog string
	progGiven := false
	var assigns []string
	fs := ""
	fsGiven := false
	for _, o := range opts {
		switch o.name {
		case "v":
			assigns = append(assigns, o.arg)
		case "F":
			fs, fsGiven = unescapeAwk(o.arg), true
		case "f":
			s, err := c.file(o.arg)
			if err != nil {
				c.errMsg("can't open '" + o.arg + "': " + err.Error())
				return 1
			}
			prog += s + "\n"
			progGiven = true
		case "e":
			prog += o.arg + "\n"
			progGiven = true
		}
	}
	if !progGiven {
		if len(args) == 0 {
			return c.showUsage()
		}
		prog, args = args[0], args[1:]
	}
	a := &awk{c: c, globals: map[string]*awkCell{}, funcs: map[string]*awkFunc{}}
	if err := a.parse(prog); err != nil {
		c.errMsg("cmd. line:1: " + err.msg)
		return 1
	}
	a.setVar("FS", awkStr(" "))
	a.setVar("OFS", awkStr(" "))
	a.setVar("ORS", awkStr("\n"))
	a.setVar("RS", awkStr("\n"))
	a.setVar("SUBSEP", awkStr("\x1c"))
	a.setVar("OFMT", awkStr("%.6g"))
	a.setVar("CONVFMT", awkStr("%.6g"))
	a.setVar("NR", awkNum(0))
	a.setVar("NF", awkNum(0))
	a.setVar("FNR", awkNum(0))
	if fsGiven {
		a.setVar("FS", awkStr(fs))
	}
	for _, as := range assigns {
		name, val, _ := strings.Cut(as, "=")
		a.setVar(name, awkStrNum(unescapeAwk(val)))
	}
	return a.run(args)
}

func unescapeAwk(s string) string {
	out, _ := processEscapes(s, false)
	return out
}

// --- values ---

type awkVal struct {
	s      string
	n      float64
	isNum  bool // a number (or a numeric string from input)
	isStr  bool
	strnum bool // from input: compares as a number if it looks like one
}

func awkNum(n float64) awkVal { return awkVal{n: n, isNum: true} }
func awkStr(s string) awkVal  { return awkVal{s: s, isStr: true} }
func awkStrNum(s string) awkVal {
	v := awkVal{s: s, isStr: true, strnum: true}
	if _, ok := looksNumeric(s); ok {
		v.n, v.isNum = awkStrtod(s), true
	}
	return v
}

// looksNumeric: the whole string (blanks around allowed) is a number.
func looksNumeric(s string) (float64, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, false
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, false
	}
	if strings.ContainsAny(t, "xXpPnNiI_") {
		return 0, false
	}
	return f, true
}

func (v awkVal) num() float64 {
	if v.isNum {
		return v.n
	}
	return awkStrtod(v.s)
}

// awkStrtod is busybox awk's my_strtod: a leading 0 means octal or hex
// (0x), as strtoull with base 0; otherwise strtod.
func awkStrtod(s string) float64 {
	t := strings.TrimLeft(s, " \t\n")
	if len(t) > 1 && t[0] == '0' && (t[1]|0x20 == 'x' || isDigit(t[1])) {
		hex := t[1]|0x20 == 'x'
		end := 1
		if hex {
			end = 2
		}
		for end < len(t) && (hex && isHex(t[end]) || !hex && t[end] >= '0' && t[end] <= '7') {
			end++
		}
		if hex || end >= len(t) || !(isDigit(t[end]) || t[end] == '.') {
			v, _ := strconv.ParseUint(t[:end], 0, 64)
			if hex && end == 2 {
				return 0
			}
			return float64(v)
		}
	}
	return strtod(t)
}

// strtod reads the longest numeric prefix, as atof does.
func strtod(s string) float64 {
	s = strings.TrimLeft(s, " \t\n")
	end := 0
	seenDigit, seenDot, seenE := false, false, false
	for end < len(s) {
		c := s[end]
		switch {
		case c >= '0' && c <= '9':
			seenDigit = true
		case (c == '+' || c == '-') && (end == 0 || (seenE && (s[end-1] == 'e' || s[end-1] == 'E'))):
		case c == '.' && !seenDot && !seenE:
			seenDot = true
		case (c == 'e' || c == 'E') && seenDigit && !seenE:
			seenE = true
		default:
			goto done
		}
		end++
	}
done:
	for end > 0 {
		if f, err := strconv.ParseFloat(s[:end], 64); err == nil {
			return f
		}
		end--
	}
	return 0
}

func (a *awk) str(v awkVal) string {
	if v.isStr || !v.isNum {
		return v.s
	}
	return a.numStr(v.n, "CONVFMT")
}

// output is a value as print writes it (OFMT for non-integers).
func (a *awk) output(v awkVal) string {
	if v.isStr || !v.isNum {
		return v.s
	}
	return a.numStr(v.n, "OFMT")
}

func (a *awk) numStr(n float64, fmtVar string) string {
	if n == math.Trunc(n) && math.Abs(n) < 1e18 {
		return strconv.FormatInt(int64(n), 10)
	}
	if math.IsNaN(n) {
		return "nan"
	}
	if math.IsInf(n, 0) {
		if n > 0 {
			return "inf"
		}
		return "-inf"
	}
	f := a.str(a.getVar(fmtVar))
	return awkSprintf(a, f, []awkVal{awkNum(n)})
}

func (v awkVal) truth() bool {
	if v.isNum && !(v.isStr && !v.strnum) {
		return v.n != 0
	}
	return v.s != ""
}

// --- the program ---

type awkNode struct {
	op   string
	kids []*awkNode
	s    string
	n    float64
	re   *regex.Regexp
}

type awkRule struct {
	begin, end bool
	pattern    *awkNode
	pattern2   *awkNode // range end
	action     *awkNode // nil: print $0
	inRange    bool
}

type awkFunc struct {
	params []string
	body   *awkNode
}

type awkCell struct {
	v   awkVal
	arr map[string]*awkVal
}

type awk struct {
	c       *ctx
	rules   []*awkRule
	funcs   map[string]*awkFunc
	globals map[string]*awkCell
	frames  []map[string]*awkCell
	fields  []string // fields[0] is $0
	nf      int
	out     strings.Builder
	files   map[string]string // output redirections: path -> cleaned path
	input   []string
	inPos   int
	pending []awkInput
	// inputFiles are opened at the first read (main rules or getline).
	inputFiles []string
	inputOpen  bool
	// readers: getline's files and commands, by name; pipes: what print
	// sent into each command (run when closed, or at the end).
	readers   map[string]*awkReader
	pipes     map[string]*strings.Builder
	pipeOrder []string
}

// awkReader is one getline source: its records, read front to back.
type awkReader struct {
	records []string
	pos     int
}

func (a *awk) ensureInput() {
	if !a.inputOpen {
		a.inputOpen = true
		a.readInput(a.inputFiles)
	}
}

func (a *awk) getVar(name string) awkVal {
	return a.cell(name).v
}

func (a *awk) cell(name string) *awkCell {
	if len(a.frames) > 0 {
		if c, ok := a.frames[len(a.frames)-1][name]; ok {
			return c
		}
	}
	c, ok := a.globals[name]
	if !ok {
		c = &awkCell{}
		a.globals[name] = c
	}
	return c
}

func (a *awk) setVar(name string, v awkVal) {
	if name == "NF" {
		a.setNF(int(v.num()))
		return
	}
	a.cell(name).v = v
}

// --- lexer ---

type awkTok struct {
	kind string // "num", "str", "re", "name", "func", "builtin", "nl", "eof", or the operator text
	s    string
	n    float64
}

var awkBuiltins = map[string]bool{"length": true, "substr": true, "index": true, "split": true, "sub": true,
	"gsub": true, "match": true, "sprintf": true, "tolower": true, "toupper": true, "int": true, "sqrt": true,
	"exp": true, "log": true, "sin": true, "cos": true, "atan2": true, "rand": true, "srand": true,
	"system": true, "close": true, "fflush": true}

var awkKeywords = map[string]bool{"BEGIN": true, "END": true, "function": true, "func": true, "if": true,
	"else": true, "while": true, "for": true, "do": true, "break": true, "continue": true, "next": true,
	"exit": true, "return": true, "delete": true, "in": true, "print": true, "printf": true, "getline": true,
	"nextfile": true}

type awkLexer struct {
	s    string
	i    int
	toks []awkTok
}

func (l *awkLexer) lex() *awkErr {
	lastSignificant := func() string {
		if len(l.toks) == 0 {
			return ""
		}
		return l.toks[len(l.toks)-1].kind
	}
	for l.i < len(l.s) {
		c := l.s[l.i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			l.i++
		case c == '\\' && l.i+1 < len(l.s) && l.s[l.i+1] == '\n':
			l.i += 2
		case c == '\n':
			l.toks = append(l.toks, awkTok{kind: "nl"})
			l.i++
		case c == '#':
			for l.i < len(l.s) && l.s[l.i] != '\n' {
				l.i++
			}
		case c >= '0' && c <= '9' || c == '.' && l.i+1 < len(l.s) && l.s[l.i+1] >= '0' && l.s[l.i+1] <= '9':
			j := l.i
			for j < len(l.s) && (l.s[j] >= '0' && l.s[j] <= '9' || l.s[j] == '.' || l.s[j] == 'e' || l.s[j] == 'E' ||
				(l.s[j] == '+' || l.s[j] == '-') && (l.s[j-1] == 'e' || l.s[j-1] == 'E')) {
				j++
			}
			text := l.s[l.i:j]
			n, err := strconv.ParseFloat(text, 64)
			if err != nil {
				n = strtod(text)
			}
			if strings.HasPrefix(text, "0x") {
				v, _ := strconv.ParseInt(text, 0, 64)
				n = float64(v)
			}
			l.toks = append(l.toks, awkTok{kind: "num", n: n})
			l.i = j
		case c == '"':
			j := l.i + 1
			var b strings.Builder
			for ; j < len(l.s) && l.s[j] != '"'; j++ {
				if l.s[j] == '\n' {
					return &awkErr{"Unexpected end of string"}
				}
				if l.s[j] == '\\' && j+1 < len(l.s) {
					j++
					switch l.s[j] {
					case 'n':
						b.WriteByte('\n')
					case 't':
						b.WriteByte('\t')
					case '"':
						b.WriteByte('"')
					case '\\':
						b.WriteByte('\\')
					case '/':
						b.WriteByte('/')
					case 'r':
						b.WriteByte('\r')
					default:
						b.WriteByte('\\')
						b.WriteByte(l.s[j])
					}
					continue
				}
				b.WriteByte(l.s[j])
			}
			if j >= len(l.s) {
				return &awkErr{"Unexpected end of string"}
			}
			l.toks = append(l.toks, awkTok{kind: "str", s: b.String()})
			l.i = j + 1
		case c == '/' && awkRegexAllowed(lastSignificant()):
			j := l.i + 1
			var b strings.Builder
			for ; j < len(l.s) && l.s[j] != '/'; j++ {
				if l.s[j] == '\n' {
					return &awkErr{"Unexpected end of string"}
				}
				if l.s[j] == '\\' && j+1 < len(l.s) {
					if l.s[j+1] == '/' {
						b.WriteByte('/')
						j++
						continue
					}
					b.WriteByte('\\')
					j++
				}
				b.WriteByte(l.s[j])
			}
			if j >= len(l.s) {
				return &awkErr{"Unexpected end of string"}
			}
			l.toks = append(l.toks, awkTok{kind: "re", s: b.String()})
			l.i = j + 1
		case isNameStart(c):
			j := l.i
			for j < len(l.s) && isNameChar(l.s[j]) {
				j++
			}
			w := l.s[l.i:j]
			l.i = j
			switch {
			case awkKeywords[w]:
				l.toks = append(l.toks, awkTok{kind: w})
			case awkBuiltins[w]:
				l.toks = append(l.toks, awkTok{kind: "builtin", s: w})
			case j < len(l.s) && l.s[j] == '(':
				l.toks = append(l.toks, awkTok{kind: "func", s: w})
			default:
				l.toks = append(l.toks, awkTok{kind: "name", s: w})
			}
		default:
			op := ""
			for _, o := range []string{"**=", "&&", "||", "==", "!=", "<=", ">=", "++", "--", "+=", "-=", "*=", "/=",
				"%=", "^=", "**", ">>", "!~"} {
				if strings.HasPrefix(l.s[l.i:], o) {
					op = o
					break
				}
			}
			if op == "" {
				if strings.IndexByte("{}()[];,<>+-*/%^!~?:=$|", c) < 0 {
					return &awkErr{"Unexpected token"}
				}
				op = string(c)
			}
			l.toks = append(l.toks, awkTok{kind: op})
			l.i += len(op)
		}
	}
	l.toks = append(l.toks, awkTok{kind: "eof"})
	return nil
}

// awkRegexAllowed: after these tokens "/" starts a regex, not a division.
func awkRegexAllowed(prev string) bool {
	switch prev {
	case "num", "str", "name", ")", "]", "builtin", "$", "++", "--", "re":
		return false
	}
	return true
}

// --- parser ---

type awkParser struct {
	a    *awk
	toks []awkTok
	i    int
	// noIn: inside for(...;...;...) headers "in" is not an operator.
	noGT bool // inside print: ">" is a redirection
}

func (p *awkParser) peek() awkTok { return p.toks[p.i] }
func (p *awkParser) next() awkTok { t := p.toks[p.i]; p.i++; return t }
func (p *awkParser) is(k string) bool {
	return p.toks[p.i].kind == k
}
func (p *awkParser) fail() { panic(awkErr{"Unexpected token"}) }
func (p *awkParser) expect(k string) {
	if !p.is(k) {
		p.fail()
	}
	p.i++
}
func (p *awkParser) skipNL() {
	for p.is("nl") || p.is(";") {
		p.i++
	}
}
func (p *awkParser) skipNewlines() {
	for p.is("nl") {
		p.i++
	}
}

func (a *awk) parse(src string) (err *awkErr) {
	l := &awkLexer{s: src}
	if e := l.lex(); e != nil {
		return e
	}
	p := &awkParser{a: a, toks: l.toks}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(awkErr); ok {
				err = &e
				return
			}
			panic(r)
		}
	}()
	for {
		p.skipNL()
		if p.is("eof") {
			return nil
		}
		switch {
		case p.is("BEGIN"):
			p.i++
			p.skipNewlines()
			a.rules = append(a.rules, &awkRule{begin: true, action: p.block()})
		case p.is("END"):
			p.i++
			p.skipNewlines()
			a.rules = append(a.rules, &awkRule{end: true, action: p.block()})
		case p.is("function") || p.is("func"):
			p.i++
			t := p.next()
			if t.kind != "func" && t.kind != "name" {
				p.fail()
			}
			p.expect("(")
			f := &awkFunc{}
			for !p.is(")") {
				n := p.next()
				if n.kind != "name" {
					p.fail()
				}
				f.params = append(f.params, n.s)
				if p.is(",") {
					p.i++
					p.skipNewlines()
				}
			}
			p.i++
			p.skipNewlines()
			f.body = p.block()
			a.funcs[t.s] = f
		default:
			r := &awkRule{}
			if !p.is("{") {
				r.pattern = p.expr()
				if p.is(",") {
					p.i++
					p.skipNewlines()
					r.pattern2 = p.expr()
				}
			}
			if p.is("{") {
				r.action = p.block()
			}
			a.rules = append(a.rules, r)
		}
	}
}

func (p *awkParser) block() *awkNode {
	p.expect("{")
	n := &awkNode{op: "block"}
	for {
		p.skipNL()
		if p.is("}") {
			p.i++
			return n
		}
		if p.is("eof") {
			p.fail()
		}
		n.kids = append(n.kids, p.stmt())
	}
}

// simpleEnd ends a simple statement.
func (p *awkParser) simpleEnd() {
	switch {
	case p.is(";"), p.is("nl"):
		p.i++
	case p.is("}"), p.is("eof"):
	default:
		p.fail()
	}
}

func (p *awkParser) stmt() *awkNode {
	switch t := p.peek(); t.kind {
	case "{":
		return p.block()
	case "if":
		p.i++
		p.expect("(")
		cond := p.expr()
		p.expect(")")
		p.skipNewlines()
		then := p.stmtOrEmpty()
		n := &awkNode{op: "if", kids: []*awkNode{cond, then}}
		save := p.i
		p.skipNL()
		if p.is("else") {
			p.i++
			p.skipNewlines()
			n.kids = append(n.kids, p.stmtOrEmpty())
		} else {
			p.i = save
		}
		return n
	case "while":
		p.i++
		p.expect("(")
		cond := p.expr()
		p.expect(")")
		if p.is(";") {
			p.i++
			return &awkNode{op: "while", kids: []*awkNode{cond, {op: "block"}}}
		}
		p.skipNewlines()
		return &awkNode{op: "while", kids: []*awkNode{cond, p.stmtOrEmpty()}}
	case "do":
		p.i++
		p.skipNewlines()
		body := p.stmtOrEmpty()
		p.skipNL()
		p.expect("while")
		p.expect("(")
		cond := p.expr()
		p.expect(")")
		p.simpleEnd()
		return &awkNode{op: "do", kids: []*awkNode{body, cond}}
	case "for":
		p.i++
		p.expect("(")
		if p.is("name") && p.toks[p.i+1].kind == "in" && p.toks[p.i+3].kind == ")" {
			v := p.next().s
			p.i++
			arr := p.next()
			if arr.kind != "name" {
				p.fail()
			}
			p.expect(")")
			p.skipNewlines()
			return &awkNode{op: "forin", s: v, kids: []*awkNode{{op: "name", s: arr.s}, p.stmtOrEmpty()}}
		}
		var init, cond, step *awkNode
		if !p.is(";") {
			init = p.simple()
		}
		p.expect(";")
		p.skipNewlines()
		if !p.is(";") {
			cond = p.expr()
		}
		p.expect(";")
		p.skipNewlines()
		if !p.is(")") {
			step = p.simple()
		}
		p.expect(")")
		if p.is(";") {
			p.i++
			return &awkNode{op: "for", kids: []*awkNode{init, cond, step, {op: "block"}}}
		}
		p.skipNewlines()
		return &awkNode{op: "for", kids: []*awkNode{init, cond, step, p.stmtOrEmpty()}}
	case ";":
		p.i++
		return &awkNode{op: "block"}
	}
	n := p.simple()
	p.simpleEnd()
	return n
}

func (p *awkParser) stmtOrEmpty() *awkNode {
	if p.is(";") {
		p.i++
		return &awkNode{op: "block"}
	}
	return p.stmt()
}

// simple is a simple statement (no trailing separator).
func (p *awkParser) simple() *awkNode {
	switch t := p.peek(); t.kind {
	case "print", "printf":
		p.i++
		n := &awkNode{op: t.kind}
		p.noGT = true
		var args []*awkNode
		if p.is("(") {
			// print (a, b) > "f" or print (a)(b)
			save := p.i
			p.i++
			p.noGT = false
			var list []*awkNode
			ok := true
			for !p.is(")") {
				list = append(list, p.expr())
				if p.is(",") {
					p.i++
					p.skipNewlines()
				} else if !p.is(")") {
					ok = false
					break
				}
			}
			if ok {
				p.i++
			}
			p.noGT = true
			if ok && (p.is(";") || p.is("nl") || p.is("}") || p.is(">") || p.is(">>") || p.is("|") || p.is("eof")) {
				args = list
			} else {
				p.i = save
				args = p.exprList()
			}
		} else if !(p.is(";") || p.is("nl") || p.is("}") || p.is(">") || p.is(">>") || p.is("|") || p.is("eof")) {
			args = p.exprList()
		}
		p.noGT = false
		n.kids = args
		if p.is(">") || p.is(">>") || p.is("|") {
			mode := p.next().kind
			target := p.concat()
			n.s = mode
			n.kids = append([]*awkNode{target}, n.kids...)
		} else {
			n.kids = append([]*awkNode{nil}, n.kids...)
		}
		return n
	case "next":
		p.i++
		return &awkNode{op: "next"}
	case "nextfile":
		p.i++
		return &awkNode{op: "next"}
	case "exit":
		p.i++
		n := &awkNode{op: "exit"}
		if !(p.is(";") || p.is("nl") || p.is("}") || p.is("eof")) {
			n.kids = []*awkNode{p.expr()}
		}
		return n
	case "return":
		p.i++
		n := &awkNode{op: "return"}
		if !(p.is(";") || p.is("nl") || p.is("}") || p.is("eof")) {
			n.kids = []*awkNode{p.expr()}
		}
		return n
	case "break":
		p.i++
		return &awkNode{op: "break"}
	case "continue":
		p.i++
		return &awkNode{op: "continue"}
	case "delete":
		p.i++
		name := p.next()
		if name.kind != "name" {
			p.fail()
		}
		n := &awkNode{op: "delete", s: name.s}
		if p.is("[") {
			p.i++
			n.kids = p.exprList()
			p.expect("]")
		}
		return n
	}
	return p.expr()
}

func (p *awkParser) exprList() []*awkNode {
	l := []*awkNode{p.expr()}
	for p.is(",") {
		p.i++
		p.skipNewlines()
		l = append(l, p.expr())
	}
	return l
}

func (p *awkParser) expr() *awkNode { return p.ternary() }

func (p *awkParser) ternary() *awkNode {
	c := p.or()
	if p.is("?") {
		p.i++
		p.skipNewlines()
		a := p.ternary()
		p.skipNewlines()
		p.expect(":")
		p.skipNewlines()
		b := p.ternary()
		return &awkNode{op: "?:", kids: []*awkNode{c, a, b}}
	}
	if isLvalue(c) {
		for _, op := range []string{"=", "+=", "-=", "*=", "/=", "%=", "^=", "**="} {
			if p.is(op) {
				p.i++
				p.skipNewlines()
				rhs := p.ternary()
				return &awkNode{op: "assign", s: op, kids: []*awkNode{c, rhs}}
			}
		}
	}
	return c
}

func isLvalue(n *awkNode) bool { return n.op == "name" || n.op == "field" || n.op == "index" }

func (p *awkParser) or() *awkNode {
	l := p.and()
	for p.is("||") {
		p.i++
		p.skipNewlines()
		l = &awkNode{op: "||", kids: []*awkNode{l, p.and()}}
	}
	return l
}

func (p *awkParser) and() *awkNode {
	l := p.in()
	for p.is("&&") {
		p.i++
		p.skipNewlines()
		l = &awkNode{op: "&&", kids: []*awkNode{l, p.in()}}
	}
	return l
}

func (p *awkParser) in() *awkNode {
	l := p.match()
	for p.is("in") {
		p.i++
		arr := p.next()
		if arr.kind != "name" {
			p.fail()
		}
		l = &awkNode{op: "in", s: arr.s, kids: []*awkNode{l}}
	}
	return l
}

func (p *awkParser) match() *awkNode {
	l := p.compare()
	for p.is("~") || p.is("!~") {
		op := p.next().kind
		l = &awkNode{op: op, kids: []*awkNode{l, p.compare()}}
	}
	return l
}

func (p *awkParser) compare() *awkNode {
	l := p.concat()
	for _, op := range []string{"<", "<=", "!=", "==", ">", ">="} {
		if p.is(op) && !(p.noGT && op == ">") {
			p.i++
			return &awkNode{op: "cmp", s: op, kids: []*awkNode{l, p.concat()}}
		}
	}
	return l
}

// concat: juxtaposed expressions.
func (p *awkParser) concat() *awkNode {
	l := p.concatOnly()
	// cmd | getline [var]: the command's output, record by record
	for p.is("|") && p.toks[p.i+1].kind == "getline" {
		p.i += 2
		n := &awkNode{op: "getline|", kids: []*awkNode{l}}
		if p.is("name") {
			n.s = p.next().s
		}
		l = n
	}
	return l
}

func (p *awkParser) concatOnly() *awkNode {
	l := p.additive()
	for {
		switch p.peek().kind {
		case "num", "str", "name", "func", "builtin", "$", "!", "(", "-", "+", "++", "--", "re":
			if p.peek().kind == "in" {
				return l
			}
			l = &awkNode{op: "concat", kids: []*awkNode{l, p.additive()}}
		default:
			return l
		}
	}
}

func (p *awkParser) additive() *awkNode {
	l := p.mul()
	for p.is("+") || p.is("-") {
		op := p.next().kind
		l = &awkNode{op: op, kids: []*awkNode{l, p.mul()}}
	}
	return l
}

func (p *awkParser) mul() *awkNode {
	l := p.unary()
	for p.is("*") || p.is("/") || p.is("%") {
		op := p.next().kind
		l = &awkNode{op: op, kids: []*awkNode{l, p.unary()}}
	}
	return l
}

func (p *awkParser) unary() *awkNode {
	switch {
	case p.is("!"):
		p.i++
		return &awkNode{op: "!", kids: []*awkNode{p.unary()}}
	case p.is("-"):
		p.i++
		return &awkNode{op: "neg", kids: []*awkNode{p.unary()}}
	case p.is("+"):
		p.i++
		return &awkNode{op: "pos", kids: []*awkNode{p.unary()}}
	}
	return p.power()
}

func (p *awkParser) power() *awkNode {
	l := p.postfix()
	if p.is("^") || p.is("**") {
		p.i++
		return &awkNode{op: "^", kids: []*awkNode{l, p.unary()}}
	}
	return l
}

func (p *awkParser) postfix() *awkNode {
	if p.is("++") || p.is("--") {
		op := p.next().kind
		v := p.postfix()
		if !isLvalue(v) {
			p.fail()
		}
		return &awkNode{op: "pre" + op, kids: []*awkNode{v}}
	}
	v := p.primary()
	if isLvalue(v) && (p.is("++") || p.is("--")) {
		op := p.next().kind
		return &awkNode{op: "post" + op, kids: []*awkNode{v}}
	}
	return v
}

func (p *awkParser) primary() *awkNode {
	t := p.next()
	switch t.kind {
	case "num":
		return &awkNode{op: "num", n: t.n}
	case "str":
		return &awkNode{op: "str", s: t.s}
	case "re":
		re, err := compilePOSIX(t.s, true, false)
		if err != nil {
			panic(awkErr{"bad regex '" + t.s + "'"})
		}
		return &awkNode{op: "re", re: re, s: t.s}
	case "$":
		return &awkNode{op: "field", kids: []*awkNode{p.postfixNoInc()}}
	case "(":
		saved := p.noGT
		p.noGT = false
		e := p.expr()
		p.expect(")")
		p.noGT = saved
		return &awkNode{op: "group", kids: []*awkNode{e}}
	case "name":
		if p.is("[") {
			p.i++
			idx := p.exprList()
			p.expect("]")
			return &awkNode{op: "index", s: t.s, kids: idx}
		}
		return &awkNode{op: "name", s: t.s}
	case "func":
		p.expect("(")
		n := &awkNode{op: "call", s: t.s}
		for !p.is(")") {
			n.kids = append(n.kids, p.expr())
			if p.is(",") {
				p.i++
				p.skipNewlines()
			} else if !p.is(")") {
				p.fail()
			}
		}
		p.i++
		return n
	case "builtin":
		n := &awkNode{op: "builtin", s: t.s}
		if !p.is("(") {
			if t.s == "length" {
				return n
			}
			p.fail()
		}
		p.i++
		for !p.is(")") {
			n.kids = append(n.kids, p.expr())
			if p.is(",") {
				p.i++
				p.skipNewlines()
			} else if !p.is(")") {
				p.fail()
			}
		}
		p.i++
		return n
	case "getline":
		n := &awkNode{op: "getline"}
		if p.is("name") {
			n.s = p.next().s
		}
		if p.is("<") { // getline [var] < file
			p.i++
			n.op, n.kids = "getline<", []*awkNode{p.primary()}
		}
		return n
	case "-":
		return &awkNode{op: "neg", kids: []*awkNode{p.unary()}}
	case "!":
		return &awkNode{op: "!", kids: []*awkNode{p.unary()}}
	}
	p.fail()
	return nil
}

// postfixNoInc is the operand of $: a primary (so $i++ is ($i)++).
func (p *awkParser) postfixNoInc() *awkNode {
	if p.is("++") || p.is("--") {
		op := p.next().kind
		v := p.primary()
		return &awkNode{op: "pre" + op, kids: []*awkNode{v}}
	}
	if p.is("-") {
		p.i++
		return &awkNode{op: "neg", kids: []*awkNode{p.primary()}}
	}
	return p.primary()
}

// --- execution ---

func (a *awk) run(files []string) (status int) {
	c := a.c
	a.inputFiles = files
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case awkExit:
				status = e.status
			case awkErr:
				c.out(a.out.String())
				a.out.Reset()
				c.errMsg("cmd. line:1: " + e.msg)
				status = 1
				return
			default:
				panic(r)
			}
		}
		c.out(a.out.String())
		a.flushFiles()
		status = c.finish(status)
	}()
	a.runBegin()
	hasMain := false
	for _, r := range a.rules {
		if !r.begin && !r.end {
			hasMain = true
		}
	}
	hasEnd := false
	for _, r := range a.rules {
		hasEnd = hasEnd || r.end
	}
	if hasMain || hasEnd {
		a.ensureInput()
		for {
			line, ok := a.nextRecord()
			if !ok {
				break
			}
			a.setRecord(line)
			a.mainRules()
		}
	}
	a.runEnd()
	return 0
}

// runBegin runs the BEGIN rules; an exit there still runs END.
func (a *awk) runBegin() {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(awkExit); ok {
				a.endAfterExit(e)
			}
			panic(r)
		}
	}()
	for _, r := range a.rules {
		if r.begin {
			a.exec(r.action)
		}
	}
}

// endAfterExit: exit outside END runs the END rules (an exit in them
// wins), then ends awk with e's status.
func (a *awk) endAfterExit(e awkExit) {
	a.runEnd()
	panic(e)
}

func (a *awk) runEnd() {
	for _, r := range a.rules {
		if r.end {
			a.exec(r.action)
		}
	}
}

func (a *awk) mainRules() {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(awkNext); ok {
				return
			}
			if e, ok := r.(awkExit); ok {
				a.endAfterExit(e)
			}
			panic(r)
		}
	}()
	for _, r := range a.rules {
		if r.begin || r.end {
			continue
		}
		a.c.sh.step()
		if !a.ruleMatches(r) {
			continue
		}
		if r.action == nil {
			a.print(nil, []string{a.fields[0]})
			continue
		}
		a.exec(r.action)
	}
}

func (a *awk) ruleMatches(r *awkRule) bool {
	if r.pattern == nil {
		return true
	}
	if r.pattern2 == nil {
		return a.cond(r.pattern)
	}
	if r.inRange {
		if a.cond(r.pattern2) {
			r.inRange = false
		}
		return true
	}
	if a.cond(r.pattern) {
		r.inRange = !a.cond(r.pattern2)
		return true
	}
	return false
}

// cond is a pattern's truth: a bare regex matches $0.
func (a *awk) cond(n *awkNode) bool {
	if n.op == "re" {
		return n.re.MatchString(a.fields[0])
	}
	return a.eval(n).truth()
}

type awkInput struct {
	name string
	data string
}

func (a *awk) readInput(files []string) {
	var inputs []awkInput
	if len(files) == 0 {
		inputs = append(inputs, awkInput{"", a.c.stdin()})
	}
	for _, f := range files {
		if name, val, ok := strings.Cut(f, "="); ok && goodName(name) {
			inputs = append(inputs, awkInput{name: "=" + name, data: val})
			continue
		}
		if f == "-" {
			inputs = append(inputs, awkInput{"", a.c.stdin()})
			continue
		}
		s, err := a.c.file(f)
		if err != nil {
			a.c.out(a.out.String())
			a.out.Reset()
			a.c.errMsg(f + ": " + err.Error())
			panic(awkExit{1})
		}
		inputs = append(inputs, awkInput{f, s})
	}
	a.pending = inputs
}

func (a *awk) nextRecord() (string, bool) {
	a.ensureInput()
	for {
		if a.inPos < len(a.input) {
			l := a.input[a.inPos]
			a.inPos++
			a.setVar("NR", awkNum(a.getVar("NR").num()+1))
			a.setVar("FNR", awkNum(a.getVar("FNR").num()+1))
			return l, true
		}
		if len(a.pending) == 0 {
			return "", false
		}
		in := a.pending[0]
		a.pending = a.pending[1:]
		if strings.HasPrefix(in.name, "=") {
			a.setVar(in.name[1:], awkStrNum(unescapeAwk(in.data)))
			continue
		}
		a.setVar("FILENAME", awkStr(in.name))
		a.setVar("FNR", awkNum(0))
		a.input, a.inPos = a.records(in.data), 0
	}
}

func (a *awk) setRecord(line string) {
	a.fields = []string{line}
	fs := a.str(a.getVar("FS"))
	var f []string
	switch {
	case fs == " ":
		f = strings.Fields(line)
	case len(fs) == 1 && fs != "\\":
		if line != "" {
			f = strings.Split(line, fs)
		}
	default:
		re, err := compilePOSIX(fs, true, false)
		if err != nil {
			panic(awkErr{"bad regex '" + fs + "'"})
		}
		if line != "" {
			f = re.Split(line, -1)
		}
	}
	a.fields = append(a.fields, f...)
	a.nf = len(f)
	a.globals["NF"] = &awkCell{v: awkNum(float64(a.nf))}
}

func (a *awk) field(i int) awkVal {
	if i < 0 {
		panic(awkErr{"Access to negative field"})
	}
	if a.fields == nil {
		a.fields = []string{""}
	}
	if i <= a.nf && i < len(a.fields) {
		return awkStrNum(a.fields[i])
	}
	return awkStrNum("")
}

func (a *awk) setField(i int, s string) {
	if i < 0 {
		panic(awkErr{"Access to negative field"})
	}
	if a.fields == nil {
		a.fields = []string{""}
	}
	if i == 0 {
		a.setRecord(s)
		return
	}
	for len(a.fields) <= i {
		a.fields = append(a.fields, "")
	}
	a.fields[i] = s
	if i > a.nf {
		a.nf = i
	}
	a.rebuild()
}

func (a *awk) setNF(n int) {
	if n < 0 {
		n = 0
	}
	for len(a.fields) <= n {
		a.fields = append(a.fields, "")
	}
	a.nf = n
	a.fields = a.fields[:n+1]
	a.rebuild()
}

func (a *awk) rebuild() {
	ofs := a.str(a.getVar("OFS"))
	a.fields[0] = strings.Join(a.fields[1:a.nf+1], ofs)
	a.globals["NF"] = &awkCell{v: awkNum(float64(a.nf))}
}

func (a *awk) exec(n *awkNode) {
	if n == nil {
		return
	}
	a.c.sh.step()
	switch n.op {
	case "block":
		for _, k := range n.kids {
			a.exec(k)
		}
	case "if":
		if a.cond(n.kids[0]) {
			a.exec(n.kids[1])
		} else if len(n.kids) > 2 {
			a.exec(n.kids[2])
		}
	case "while":
		for a.cond(n.kids[0]) {
			if a.loopBody(n.kids[1]) {
				break
			}
		}
	case "do":
		for {
			if a.loopBody(n.kids[0]) || !a.cond(n.kids[1]) {
				break
			}
		}
	case "for":
		if n.kids[0] != nil {
			a.eval(n.kids[0])
		}
		for n.kids[1] == nil || a.cond(n.kids[1]) {
			if a.loopBody(n.kids[3]) {
				break
			}
			if n.kids[2] != nil {
				a.eval(n.kids[2])
			}
		}
	case "forin":
		arr := a.array(n.kids[0].s)
		keys := make([]string, 0, len(arr))
		for k := range arr {
			keys = append(keys, k)
		}
		// busybox walks its hash table; order shown sorted here.
		sort.Strings(keys)
		for _, k := range keys {
			a.assignName(n.s, awkStrNum(k))
			if a.loopBody(n.kids[1]) {
				break
			}
		}
	case "print":
		if len(n.kids) == 1 {
			a.print(n, []string{a.fields0()})
			break
		}
		if n.kids[0] != nil {
			var parts []string
			for _, k := range n.kids[1:] {
				parts = append(parts, a.output(a.eval(k)))
			}
			a.print(n, parts)
			break
		}
		// To stdout busybox writes each value as it is computed.
		ofs := a.str(a.getVar("OFS"))
		for i, k := range n.kids[1:] {
			if i > 0 {
				a.out.WriteString(ofs)
			}
			a.out.WriteString(a.output(a.eval(k)))
		}
		a.out.WriteString(a.str(a.getVar("ORS")))
	case "printf":
		if len(n.kids) < 2 {
			panic(awkErr{"Unexpected token"})
		}
		f := a.str(a.eval(n.kids[1]))
		var args []awkVal
		for _, k := range n.kids[2:] {
			args = append(args, a.eval(k))
		}
		a.emit(n, awkSprintf(a, f, args))
	case "next":
		panic(awkNext{})
	case "exit":
		st := 0
		if len(n.kids) > 0 {
			st = int(a.eval(n.kids[0]).num())
		}
		panic(awkExit{st})
	case "return":
		var v awkVal
		if len(n.kids) > 0 {
			v = a.eval(n.kids[0])
		}
		panic(awkReturn{v})
	case "break":
		panic(awkBreak{})
	case "continue":
		panic(awkContinue{})
	case "delete":
		arr := a.array(n.s)
		if len(n.kids) == 0 {
			for k := range arr {
				delete(arr, k)
			}
			return
		}
		delete(arr, a.subscript(n.kids))
	default:
		a.eval(n)
	}
}

// loopBody runs a loop's body; true means break.
func (a *awk) loopBody(n *awkNode) (brk bool) {
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case awkBreak:
				brk = true
			case awkContinue:
			default:
				panic(r)
			}
		}
	}()
	a.c.sh.step()
	a.exec(n)
	return false
}

func (a *awk) print(n *awkNode, parts []string) {
	ofs, ors := a.str(a.getVar("OFS")), a.str(a.getVar("ORS"))
	a.emit(n, strings.Join(parts, ofs)+ors)
}

func (a *awk) emit(n *awkNode, s string) {
	if n == nil || n.kids[0] == nil {
		a.out.WriteString(s)
		if a.out.Len() > maxBuffered {
			panic(overBudget{"made awk print more than 4 MB"})
		}
		return
	}
	target := a.str(a.eval(n.kids[0]))
	if n.s == "|" {
		if a.pipes == nil {
			a.pipes = map[string]*strings.Builder{}
		}
		b, ok := a.pipes[target]
		if !ok {
			b = &strings.Builder{}
			a.pipes[target] = b
			a.pipeOrder = append(a.pipeOrder, target)
		}
		b.WriteString(s)
		if b.Len() > maxBuffered {
			panic(overBudget{"made awk print more than 4 MB"})
		}
		return
	}
	if a.files == nil {
		a.files = map[string]string{}
	}
	p, ok := a.files[target]
	if !ok {
		p = a.c.sh.abs(target)
		if target == "/dev/stdout" || target == "-" {
			p = ""
		} else if err := a.c.sh.sys.Open(p, n.s == ">>"); err != nil {
			panic(awkErr{"can't open '" + target + "': " + err.Error()})
		}
		a.files[target] = p
	}
	if p == "" {
		a.out.WriteString(s)
		return
	}
	if target == "/dev/stderr" {
		a.c.out(a.out.String())
		a.out.Reset()
		a.c.sh.write(a.c.fds[2], s)
		return
	}
	a.c.sh.sys.Write(p, s)
}

// flushFiles runs the commands print wrote into that were not closed,
// in the order they were opened.
func (a *awk) flushFiles() {
	for len(a.pipeOrder) > 0 {
		a.closeStream(a.pipeOrder[0])
	}
}

// closeStream is close(): a command print wrote into runs now with what
// it was given, an output file is opened afresh by the next print, and a
// getline source starts again from its beginning.
func (a *awk) closeStream(name string) int {
	found := false
	if b, ok := a.pipes[name]; ok {
		found = true
		delete(a.pipes, name)
		for i, n := range a.pipeOrder {
			if n == name {
				a.pipeOrder = append(a.pipeOrder[:i], a.pipeOrder[i+1:]...)
				break
			}
		}
		a.c.out(a.out.String())
		a.out.Reset()
		out, _ := a.c.sh.runCaptured(name, b.String(), a.c.fds[2])
		a.c.out(out)
	}
	if _, ok := a.files[name]; ok {
		found = true
		delete(a.files, name)
	}
	if _, ok := a.readers[name]; ok {
		found = true
		delete(a.readers, name)
	}
	if !found {
		return -1
	}
	return 0
}

// reader opens a getline source at its first use: a file (nil when it
// cannot be read: getline answers -1), or a command's output.
func (a *awk) reader(name string, command bool) *awkReader {
	if r, ok := a.readers[name]; ok {
		return r
	}
	var data string
	if command {
		a.c.out(a.out.String())
		a.out.Reset()
		data, _ = a.c.sh.runCaptured(name, "", a.c.fds[2])
	} else {
		s, err := a.c.sh.sys.ReadFile(a.c.sh.abs(name))
		if err != nil {
			return nil
		}
		data = s
	}
	if a.readers == nil {
		a.readers = map[string]*awkReader{}
	}
	r := &awkReader{records: a.records(data)}
	a.readers[name] = r
	return r
}

// records splits input by RS: lines, paragraphs (RS empty: blank lines
// end a record, leading newlines are skipped), or RS's first character.
func (a *awk) records(data string) []string {
	rs := a.str(a.getVar("RS"))
	switch {
	case rs == "\n":
		return splitLines(data)
	case rs == "":
		var out []string
		for _, p := range strings.Split(strings.Trim(data, "\n"), "\n\n") {
			if p = strings.Trim(p, "\n"); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	out := strings.Split(data, rs[:1])
	if out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

func (a *awk) array(name string) map[string]*awkVal {
	c := a.cell(name)
	if c.arr == nil {
		c.arr = map[string]*awkVal{}
	}
	return c.arr
}

func (a *awk) subscript(kids []*awkNode) string {
	var parts []string
	for _, k := range kids {
		parts = append(parts, a.str(a.eval(k)))
	}
	return strings.Join(parts, a.str(a.getVar("SUBSEP")))
}

func (a *awk) assignName(name string, v awkVal) {
	if name == "NF" {
		a.setNF(int(v.num()))
		return
	}
	a.cell(name).v = v
}

func (a *awk) assign(lv *awkNode, v awkVal) {
	switch lv.op {
	case "name":
		a.assignName(lv.s, v)
	case "field":
		a.setField(int(a.eval(lv.kids[0]).num()), a.str(v))
	case "index":
		arr := a.array(lv.s)
		vv := v
		arr[a.subscript(lv.kids)] = &vv
	}
}

func (a *awk) eval(n *awkNode) awkVal {
	switch n.op {
	case "num":
		return awkNum(n.n)
	case "str":
		return awkStr(n.s)
	case "re":
		return awkNum(b2f(n.re.MatchString(a.fields0())))
	case "group":
		return a.eval(n.kids[0])
	case "name":
		if n.s == "NF" {
			return awkNum(float64(a.nf))
		}
		return a.getVar(n.s)
	case "field":
		return a.field(int(a.eval(n.kids[0]).num()))
	case "index":
		arr := a.array(n.s)
		k := a.subscript(n.kids)
		v, ok := arr[k]
		if !ok {
			v = &awkVal{}
			arr[k] = v
		}
		return *v
	case "assign":
		var v awkVal
		if n.s == "=" {
			v = a.eval(n.kids[1])
			if v.strnum {
				v.strnum = true
			}
		} else {
			l := a.eval(n.kids[0]).num()
			r := a.eval(n.kids[1]).num()
			v = awkNum(a.arith(strings.TrimSuffix(n.s, "="), l, r))
		}
		a.assign(n.kids[0], v)
		return v
	case "pre++", "pre--", "post++", "post--":
		old := a.eval(n.kids[0]).num()
		nv := old + 1
		if strings.HasSuffix(n.op, "--") {
			nv = old - 1
		}
		a.assign(n.kids[0], awkNum(nv))
		if strings.HasPrefix(n.op, "pre") {
			return awkNum(nv)
		}
		return awkNum(old)
	case "?:":
		if a.cond(n.kids[0]) {
			return a.eval(n.kids[1])
		}
		return a.eval(n.kids[2])
	case "||":
		return awkNum(b2f(a.cond(n.kids[0]) || a.cond(n.kids[1])))
	case "&&":
		return awkNum(b2f(a.cond(n.kids[0]) && a.cond(n.kids[1])))
	case "!":
		return awkNum(b2f(!a.cond(n.kids[0])))
	case "in":
		_, ok := a.array(n.s)[a.str(a.eval(n.kids[0]))]
		return awkNum(b2f(ok))
	case "~", "!~":
		s := a.str(a.eval(n.kids[0]))
		re := a.regexOf(n.kids[1])
		return awkNum(b2f(re.MatchString(s) == (n.op == "~")))
	case "cmp":
		return awkNum(b2f(a.compare(n.s, a.eval(n.kids[0]), a.eval(n.kids[1]))))
	case "concat":
		return awkStr(a.str(a.eval(n.kids[0])) + a.str(a.eval(n.kids[1])))
	case "+", "-", "*", "/", "%", "^":
		l, r := a.eval(n.kids[0]).num(), a.eval(n.kids[1]).num()
		return awkNum(a.arith(n.op, l, r))
	case "neg":
		return awkNum(-a.eval(n.kids[0]).num())
	case "pos":
		return awkNum(a.eval(n.kids[0]).num())
	case "call":
		return a.call(n)
	case "builtin":
		return a.builtin(n)
	case "getline<", "getline|":
		name := a.str(a.eval(n.kids[0]))
		r := a.reader(name, n.op == "getline|")
		if r == nil {
			return awkNum(-1)
		}
		if r.pos >= len(r.records) {
			return awkNum(0)
		}
		line := r.records[r.pos]
		r.pos++
		if n.op == "getline|" {
			a.setVar("NR", awkNum(a.getVar("NR").num()+1))
		}
		if n.s != "" {
			a.assignName(n.s, awkStrNum(line))
		} else {
			a.setRecord(line)
		}
		return awkNum(1)
	case "getline":
		line, ok := a.nextRecord()
		if !ok {
			return awkNum(0)
		}
		if n.s != "" {
			a.assignName(n.s, awkStrNum(line))
		} else {
			a.setRecord(line)
		}
		return awkNum(1)
	}
	panic(awkErr{"Unexpected token"})
}

func (a *awk) fields0() string {
	if a.fields == nil {
		return ""
	}
	return a.fields[0]
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func (a *awk) arith(op string, l, r float64) float64 {
	switch op {
	case "+":
		return l + r
	case "-":
		return l - r
	case "*":
		return l * r
	case "/":
		if r == 0 {
			panic(awkErr{"Division by zero"})
		}
		return l / r
	case "%":
		if r == 0 {
			panic(awkErr{"Division by zero"})
		}
		return math.Mod(l, r)
	case "^", "**":
		panic(awkErr{"Math support is not compiled in"})
	}
	return 0
}

func (a *awk) regexOf(n *awkNode) *regex.Regexp {
	if n.op == "re" {
		return n.re
	}
	s := a.str(a.eval(n))
	re, err := compilePOSIX(s, true, false)
	if err != nil {
		panic(awkErr{"bad regex '" + s + "'"})
	}
	return re
}

// compare: numerically when both sides are numbers (or numeric input),
// else as strings.
func (a *awk) compare(op string, l, r awkVal) bool {
	numeric := (l.isNum && (!l.isStr || l.strnum)) && (r.isNum && (!r.isStr || r.strnum))
	if (!l.isNum && !l.isStr) || (!r.isNum && !r.isStr) {
		// uninitialized compares as both 0 and ""
		numeric = (l.isNum || !l.isStr) && (r.isNum || !r.isStr) && !(l.isStr && !l.strnum) && !(r.isStr && !r.strnum)
	}
	var c int
	if numeric {
		x, y := l.num(), r.num()
		switch {
		case x < y:
			c = -1
		case x > y:
			c = 1
		}
	} else {
		c = strings.Compare(a.str(l), a.str(r))
	}
	switch op {
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	case ">":
		return c > 0
	case ">=":
		return c >= 0
	case "==":
		return c == 0
	}
	return c != 0
}

func (a *awk) call(n *awkNode) awkVal {
	f, ok := a.funcs[n.s]
	if !ok {
		panic(awkErr{"Call to undefined function"})
	}
	if len(a.frames) > 200 {
		panic(overBudget{"nested awk functions too deeply"})
	}
	frame := map[string]*awkCell{}
	for i, p := range f.params {
		c := &awkCell{}
		if i < len(n.kids) {
			k := n.kids[i]
			if k.op == "name" {
				// arrays are passed by reference
				src := a.cell(k.s)
				if src.arr != nil {
					frame[p] = src
					continue
				}
			}
			c.v = a.eval(k)
		}
		frame[p] = c
	}
	a.frames = append(a.frames, frame)
	defer func() { a.frames = a.frames[:len(a.frames)-1] }()
	var ret awkVal
	func() {
		defer func() {
			if r := recover(); r != nil {
				if rv, ok := r.(awkReturn); ok {
					ret = rv.v
					return
				}
				panic(r)
			}
		}()
		a.exec(f.body)
	}()
	return ret
}

func (a *awk) builtin(n *awkNode) awkVal {
	args := n.kids
	arg := func(i int) awkVal {
		if i < len(args) {
			return a.eval(args[i])
		}
		return awkVal{}
	}
	switch n.s {
	case "length":
		if len(args) == 0 {
			return awkNum(float64(len(a.fields0())))
		}
		if args[0].op == "name" {
			if c := a.cell(args[0].s); c.arr != nil {
				return awkNum(float64(len(c.arr)))
			}
		}
		return awkNum(float64(len(a.str(arg(0)))))
	case "substr":
		// busybox: the start is clamped first, then the length applies.
		s := a.str(arg(0))
		i := int(math.Max(math.Min(arg(1).num()-1, float64(len(s))), 0))
		n := len(s) - i
		if len(args) > 2 {
			n = int(math.Max(math.Min(arg(2).num(), float64(len(s))), 0))
		}
		return awkStr(s[i:min(len(s), i+n)])
	case "index":
		t := a.str(arg(1))
		if t == "" { // busybox: an empty string is found nowhere
			return awkNum(0)
		}
		return awkNum(float64(strings.Index(a.str(arg(0)), t) + 1))
	case "split":
		if len(args) < 2 || args[1].op != "name" {
			panic(awkErr{"Unexpected token"})
		}
		s := a.str(arg(0))
		var parts []string
		sep := a.str(a.getVar("FS"))
		if len(args) > 2 {
			if args[2].op == "re" {
				parts = args[2].re.Split(s, -1)
				sep = ""
			} else {
				sep = a.str(arg(2))
			}
		}
		if sep != "" || len(args) <= 2 {
			switch {
			case sep == " ":
				parts = strings.Fields(s)
			case len(sep) == 1:
				parts = strings.Split(s, sep)
			default:
				re, err := compilePOSIX(sep, true, false)
				if err != nil {
					panic(awkErr{"bad regex '" + sep + "'"})
				}
				parts = re.Split(s, -1)
			}
		}
		if s == "" {
			parts = nil
		}
		c := a.cell(args[1].s)
		c.arr = map[string]*awkVal{}
		for i, p := range parts {
			v := awkStrNum(p)
			c.arr[strconv.Itoa(i+1)] = &v
		}
		return awkNum(float64(len(parts)))
	case "sub", "gsub":
		if len(args) < 2 {
			panic(awkErr{"Unexpected token"})
		}
		re := a.regexOf(args[0])
		repl := a.str(arg(1))
		target := &awkNode{op: "field", kids: []*awkNode{{op: "num", n: 0}}}
		if len(args) > 2 {
			target = args[2]
		}
		s := a.str(a.eval(target))
		out, count := awkSubstitute(re, repl, s, n.s == "gsub")
		if count > 0 {
			a.assign(target, awkStr(out))
		}
		return awkNum(float64(count))
	case "match":
		s := a.str(arg(0))
		re := a.regexOf(args[1])
		loc := re.FindStringIndex(s)
		if loc == nil {
			a.setVar("RSTART", awkNum(0))
			a.setVar("RLENGTH", awkNum(-1))
			return awkNum(0)
		}
		a.setVar("RSTART", awkNum(float64(loc[0]+1)))
		a.setVar("RLENGTH", awkNum(float64(loc[1]-loc[0])))
		return awkNum(float64(loc[0] + 1))
	case "sprintf":
		if len(args) == 0 {
			return awkStr("")
		}
		var vals []awkVal
		for _, k := range args[1:] {
			vals = append(vals, a.eval(k))
		}
		return awkStr(awkSprintf(a, a.str(arg(0)), vals))
	case "tolower":
		return awkStr(strings.ToLower(a.str(arg(0))))
	case "toupper":
		return awkStr(strings.ToUpper(a.str(arg(0))))
	case "int":
		return awkNum(math.Trunc(arg(0).num()))
	case "sqrt", "exp", "log", "sin", "cos", "atan2":
		for i := range args {
			arg(i)
		}
		panic(awkErr{"Math support is not compiled in"})
	case "rand", "srand":
		a.c.sh.note("awk's " + n.s + " is not modelled in this simulated guest (its numbers are random)")
		return awkNum(0)
	case "system":
		a.c.sh.note("awk's system() is not modelled in this simulated guest")
		return awkNum(0)
	case "close":
		return awkNum(float64(a.closeStream(a.str(arg(0)))))
	case "fflush":
		return awkNum(0)
	}
	panic(awkErr{"Unexpected token"})
}

// awkSubstitute is sub/gsub: & in the replacement is the match, \& a
// literal ampersand.
func awkSubstitute(re *regex.Regexp, repl, s string, global bool) (string, int) {
	var b strings.Builder
	count := 0
	pos := 0
	for pos <= len(s) {
		m := re.FindStringIndex(s[pos:])
		if m == nil {
			break
		}
		start, end := pos+m[0], pos+m[1]
		b.WriteString(s[pos:start])
		for i := 0; i < len(repl); i++ {
			switch {
			case repl[i] == '\\' && i+1 < len(repl) && repl[i+1] == '&':
				b.WriteByte('&')
				i++
			case repl[i] == '&':
				b.WriteString(s[start:end])
			default:
				b.WriteByte(repl[i])
			}
		}
		count++
		if end == start {
			if start < len(s) {
				b.WriteByte(s[start])
			}
			pos = start + 1
		} else {
			pos = end
		}
		if !global {
			break
		}
	}
	if pos <= len(s) {
		b.WriteString(s[pos:])
	}
	return b.String(), count
}

// awkSprintf formats like printf(3) with awk's conversions.
func awkSprintf(a *awk, f string, args []awkVal) string {
	var b strings.Builder
	ai := 0
	next := func() (awkVal, bool) {
		if ai < len(args) {
			ai++
			return args[ai-1], true
		}
		return awkVal{}, false
	}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		j := i + 1
		if j < len(f) && f[j] == '%' {
			b.WriteByte('%')
			i = j
			continue
		}
		for j < len(f) && strings.IndexByte("-+ #0", f[j]) >= 0 {
			j++
		}
		spec := f[i+1 : j]
		if j < len(f) && f[j] == '*' {
			v, _ := next()
			spec += strconv.Itoa(int(v.num()))
			j++
		}
		for j < len(f) && isDigit(f[j]) {
			spec += string(f[j])
			j++
		}
		if j < len(f) && f[j] == '.' {
			spec += "."
			j++
			if j < len(f) && f[j] == '*' {
				v, _ := next()
				spec += strconv.Itoa(int(v.num()))
				j++
			}
			for j < len(f) && isDigit(f[j]) {
				spec += string(f[j])
				j++
			}
		}
		for j < len(f) && strings.IndexByte("hlLqjzt", f[j]) >= 0 {
			j++
		}
		if j >= len(f) {
			b.WriteString(f[i:])
			break
		}
		conv := f[j]
		v, _ := next()
		switch conv {
		case 'd', 'i':
			b.WriteString(cFormat(spec, 'd', int64(v.num())))
		case 'o', 'x', 'X', 'u':
			n := uint64(int64(v.num()))
			if conv == 'u' {
				b.WriteString(cFormat(spec, 'd', n))
			} else {
				b.WriteString(cFormat(spec, conv, n))
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			if (conv == 'g' || conv == 'G') && !strings.Contains(spec, ".") {
				spec += ".6"
			}
			b.WriteString(cFormat(spec, conv, v.num()))
		case 'c':
			s := ""
			if v.isNum && !v.isStr {
				s = string([]byte{byte(int(v.num()))})
			} else if t := a.str(v); t != "" {
				s = t[:1]
			}
			b.WriteString(cFormat(spec, 's', s))
		case 's':
			b.WriteString(cFormat(spec, 's', a.str(v)))
		default:
			b.WriteString(f[i : j+1])
		}
		i = j
	}
	return b.String()
}
