package busybox

import (
	"strconv"
	"strings"
)

// Shell arithmetic ($((...)), let, ${v:off:len}) on 64-bit integers, as
// busybox's shell/math.c evaluates it, with its error texts.

type arithErr struct{ msg string }

// arithExpand expands and evaluates $((...)).
func (sh *Shell) arithExpand(w *word) int64 { return sh.arithString(sh.expandWord(w)) }

// arithString evaluates an expression; errors raise ash's message.
func (sh *Shell) arithString(s string) int64 {
	v, err := sh.arith(s, 0)
	if err != "" {
		sh.raise(err)
	}
	return v
}

func (sh *Shell) arith(s string, depth int) (v int64, err string) {
	if depth > 10 {
		return 0, "expression recursion loop detected"
	}
	p := &arithParser{sh: sh, s: s, depth: depth}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(arithErr); ok {
				v, err = 0, e.msg
				return
			}
			panic(r)
		}
	}()
	p.skipSpace()
	if p.pos >= len(p.s) {
		return 0, ""
	}
	v = p.comma(true)
	p.skipSpace()
	if p.pos < len(p.s) {
		panic(arithErr{"arithmetic syntax error"})
	}
	return v, ""
}

type arithParser struct {
	sh    *Shell
	s     string
	pos   int
	depth int
}

func (p *arithParser) skipSpace() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *arithParser) fail() { panic(arithErr{"arithmetic syntax error"}) }

// Binary operators by precedence (lowest first).
var arithLevels = [][]string{
	{"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"<<", ">>"}, {"+", "-"},
	{"*", "/", "%"},
}

var assignOps = []string{"<<=", ">>=", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "="}

// arithTokens are the operators, longest first.
var arithTokens = []string{"<<=", ">>=", "**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=",
	"/=", "%=", "&=", "^=", "|=", "++", "--", "+", "-", "*", "/", "%", "<", ">", "&", "|", "^", "=", "!", "~",
	"?", ":", "(", ")"}

// peekOp returns the operator at the current position if it is one of ops.
func (p *arithParser) peekOp(ops []string) string {
	p.skipSpace()
	rest := p.s[p.pos:]
	tok := ""
	for _, t := range arithTokens {
		if strings.HasPrefix(rest, t) {
			tok = t
			break
		}
	}
	for _, op := range ops {
		if op == tok {
			return op
		}
	}
	return ""
}

// expr parses an assignment-level expression; eval false skips effects
// (the side of && || ?: not taken).
func (p *arithParser) expr(eval bool) int64 {
	p.skipSpace()
	save := p.pos
	if name := p.name(); name != "" {
		if op := p.peekOp(assignOps); op != "" {
			p.pos += len(op)
			rhs := p.expr(eval)
			if !eval {
				return rhs
			}
			v := rhs
			if op != "=" {
				v = p.binary(op[:len(op)-1], p.variable(name), rhs)
			}
			p.sh.setVar(name, strconv.FormatInt(v, 10))
			return v
		}
		p.pos = save
	}
	return p.ternary(eval)
}

// comma is math.c's lowest operator: each side is evaluated, the last
// one's value is the result.
func (p *arithParser) comma(eval bool) int64 {
	v := p.expr(eval)
	for p.skipSpace(); p.pos < len(p.s) && p.s[p.pos] == ','; p.skipSpace() {
		p.pos++
		v = p.expr(eval)
	}
	return v
}

func (p *arithParser) ternary(eval bool) int64 {
	c := p.level(0, eval)
	p.skipSpace()
	if p.pos < len(p.s) && p.s[p.pos] == '?' {
		p.pos++
		a := p.expr(eval && c != 0)
		p.skipSpace()
		if p.pos >= len(p.s) || p.s[p.pos] != ':' {
			panic(arithErr{"malformed ?: operator"})
		}
		p.pos++
		b := p.expr(eval && c == 0)
		if c != 0 {
			return a
		}
		return b
	}
	return c
}

func (p *arithParser) level(n int, eval bool) int64 {
	if n == len(arithLevels) {
		return p.power(eval)
	}
	v := p.level(n+1, eval)
	for {
		op := p.peekOp(arithLevels[n])
		if op == "" {
			return v
		}
		p.pos += len(op)
		switch op {
		case "&&":
			r := p.level(n+1, eval && v != 0)
			v = b2i(v != 0 && r != 0)
		case "||":
			r := p.level(n+1, eval && v == 0)
			v = b2i(v != 0 || r != 0)
		default:
			r := p.level(n+1, eval)
			if eval {
				v = p.binary(op, v, r)
			}
		}
	}
}

func (p *arithParser) power(eval bool) int64 {
	v := p.unary(eval)
	p.skipSpace()
	if strings.HasPrefix(p.s[p.pos:], "**") && !strings.HasPrefix(p.s[p.pos:], "**=") {
		p.pos += 2
		e := p.power(eval)
		if !eval {
			return 0
		}
		if e < 0 {
			panic(arithErr{"exponent less than 0"})
		}
		// Square and multiply: wraps as C's repeated multiplication does.
		r := int64(1)
		for b := v; e > 0; e >>= 1 {
			if e&1 == 1 {
				r *= b
			}
			b *= b
		}
		return r
	}
	return v
}

func (p *arithParser) binary(op string, a, b int64) int64 {
	switch op {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	case "/", "%":
		if b == 0 {
			panic(arithErr{"divide by zero"})
		}
		if b == -1 {
			if op == "/" {
				return -a
			}
			return 0
		}
		if op == "/" {
			return a / b
		}
		return a % b
	case "<<":
		return a << uint64(b&63)
	case ">>":
		return a >> uint64(b&63)
	case "&":
		return a & b
	case "|":
		return a | b
	case "^":
		return a ^ b
	case "==":
		return b2i(a == b)
	case "!=":
		return b2i(a != b)
	case "<":
		return b2i(a < b)
	case ">":
		return b2i(a > b)
	case "<=":
		return b2i(a <= b)
	case ">=":
		return b2i(a >= b)
	}
	p.fail()
	return 0
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func (p *arithParser) unary(eval bool) int64 {
	p.skipSpace()
	if p.pos >= len(p.s) {
		p.fail()
	}
	rest := p.s[p.pos:]
	switch {
	case strings.HasPrefix(rest, "++"), strings.HasPrefix(rest, "--"):
		p.pos += 2
		p.skipSpace()
		name := p.name()
		if name == "" {
			p.fail()
		}
		v := p.variable(name)
		if rest[0] == '+' {
			v++
		} else {
			v--
		}
		if eval {
			p.sh.setVar(name, strconv.FormatInt(v, 10))
		}
		return v
	}
	switch rest[0] {
	case '-':
		p.pos++
		return -p.unary(eval)
	case '+':
		p.pos++
		return p.unary(eval)
	case '!':
		p.pos++
		return b2i(p.unary(eval) == 0)
	case '~':
		p.pos++
		return ^p.unary(eval)
	case '(':
		p.pos++
		v := p.comma(eval)
		p.skipSpace()
		if p.pos >= len(p.s) || p.s[p.pos] != ')' {
			p.fail()
		}
		p.pos++
		return v
	}
	if c := rest[0]; c >= '0' && c <= '9' {
		return p.number()
	}
	name := p.name()
	if name == "" {
		p.fail()
	}
	v := p.variable(name)
	p.skipSpace()
	post := p.s[p.pos:]
	if strings.HasPrefix(post, "++") || strings.HasPrefix(post, "--") {
		p.pos += 2
		nv := v + 1
		if post[0] == '-' {
			nv = v - 1
		}
		if eval {
			p.sh.setVar(name, strconv.FormatInt(nv, 10))
		}
	}
	return v
}

func (p *arithParser) name() string {
	s := p.pos
	if s < len(p.s) && isNameStart(p.s[s]) {
		e := s + 1
		for e < len(p.s) && isNameChar(p.s[e]) {
			e++
		}
		p.pos = e
		return p.s[s:e]
	}
	return ""
}

// number reads a constant: decimal, 0x hex, 0 octal, or base#digits;
// overflow wraps as strtoull does.
func (p *arithParser) number() int64 {
	s := p.pos
	for p.pos < len(p.s) && (isNameChar(p.s[p.pos]) || p.s[p.pos] == '#') {
		p.pos++
	}
	v, ok := parseArithNumber(p.s[s:p.pos])
	if !ok {
		p.fail()
	}
	return v
}

func parseArithNumber(t string) (int64, bool) {
	base := uint64(10)
	switch {
	case strings.Contains(t, "#"):
		b, digits, _ := strings.Cut(t, "#")
		n, err := strconv.Atoi(b)
		if err != nil || n < 2 || n > 64 {
			return 0, false
		}
		base, t = uint64(n), digits
	case strings.HasPrefix(t, "0x") || strings.HasPrefix(t, "0X"):
		base, t = 16, t[2:]
	case len(t) > 1 && t[0] == '0':
		base, t = 8, t[1:]
	}
	if t == "" {
		return 0, false
	}
	var v uint64
	for i := 0; i < len(t); i++ {
		c := t[i]
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case c >= 'a' && c <= 'z':
			d = uint64(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = uint64(c-'A') + 10
			if base <= 36 {
				d = uint64(c-'A') + 10
			} else {
				d = uint64(c-'A') + 36
			}
		case c == '@':
			d = 62
		case c == '_':
			d = 63
		default:
			return 0, false
		}
		if d >= base {
			return 0, false
		}
		v = v*base + d
	}
	return int64(v), true
}

// variable is a variable's value in arithmetic: empty or unset is 0,
// anything else is evaluated as an expression.
func (p *arithParser) variable(name string) int64 {
	val, _ := p.sh.lookupVar(name)
	val = strings.TrimSpace(val)
	if val == "" {
		return 0
	}
	if v, ok := parseArithNumber(val); ok {
		return v
	}
	if strings.HasPrefix(val, "-") {
		if v, ok := parseArithNumber(val[1:]); ok {
			return -v
		}
	}
	v, err := p.sh.arith(val, p.depth+1)
	if err != "" {
		panic(arithErr{err})
	}
	return v
}
