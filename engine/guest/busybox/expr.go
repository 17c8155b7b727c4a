package busybox

import (
	"strconv"
	"strings"
)

// expr: POSIX expression evaluation with busybox's extras (match, substr,
// index, length) and messages. Exit status 1 when the result is 0 or "".

func registerExpr() { applets["expr"] = exprApplet }

type exprErr struct{ msg string }

type exprVal struct {
	s     string
	n     int64
	isNum bool
}

func exprNum(n int64) exprVal { return exprVal{n: n, isNum: true, s: strconv.FormatInt(n, 10)} }

// toNum converts a value for arithmetic (busybox's toarith).
func (v exprVal) toNum() (int64, bool) {
	if v.isNum {
		return v.n, true
	}
	n, err := strconv.ParseInt(v.s, 10, 64)
	return n, err == nil
}

func (v exprVal) null() bool {
	if v.isNum {
		return v.n == 0
	}
	return v.s == "" || v.s == "0"
}

type exprRun struct {
	args []string
	pos  int
}

func exprApplet(c *ctx) (status int) {
	if len(c.args) < 2 {
		c.errMsg("too few arguments")
		return 2
	}
	e := &exprRun{args: c.args[1:]}
	defer func() {
		if r := recover(); r != nil {
			if err, ok := r.(exprErr); ok {
				c.errMsg(err.msg)
				status = 2
				return
			}
			panic(r)
		}
	}()
	v := e.or()
	if e.pos != len(e.args) {
		panic(exprErr{"syntax error"})
	}
	c.out(v.s + "\n")
	if v.null() {
		return c.finish(1)
	}
	return c.finish(0)
}

func (e *exprRun) peek() (string, bool) {
	if e.pos < len(e.args) {
		return e.args[e.pos], true
	}
	return "", false
}

func (e *exprRun) or() exprVal {
	l := e.and()
	for {
		if t, ok := e.peek(); !ok || t != "|" {
			return l
		}
		e.pos++
		r := e.and()
		if l.null() {
			l = r
			if r.null() {
				l = exprNum(0)
			}
		}
	}
}

func (e *exprRun) and() exprVal {
	l := e.compare()
	for {
		if t, ok := e.peek(); !ok || t != "&" {
			return l
		}
		e.pos++
		r := e.compare()
		if l.null() || r.null() {
			l = exprNum(0)
		}
	}
}

func (e *exprRun) compare() exprVal {
	l := e.add()
	for {
		t, ok := e.peek()
		if !ok || !inList(t, "<", "<=", "=", "==", "!=", ">=", ">") {
			return l
		}
		e.pos++
		r := e.add()
		var c int
		ln, lok := l.toNum()
		rn, rok := r.toNum()
		if lok && rok {
			switch {
			case ln < rn:
				c = -1
			case ln > rn:
				c = 1
			}
		} else {
			c = strings.Compare(l.s, r.s)
		}
		var res bool
		switch t {
		case "<":
			res = c < 0
		case "<=":
			res = c <= 0
		case "=", "==":
			res = c == 0
		case "!=":
			res = c != 0
		case ">=":
			res = c >= 0
		case ">":
			res = c > 0
		}
		l = exprNum(int64(b2i(res)))
	}
}

func inList(s string, l ...string) bool {
	for _, x := range l {
		if s == x {
			return true
		}
	}
	return false
}

func (e *exprRun) add() exprVal {
	l := e.mul()
	for {
		t, ok := e.peek()
		if !ok || (t != "+" && t != "-") {
			return l
		}
		e.pos++
		r := e.mul()
		a, b := exprArith(l), exprArith(r)
		if t == "+" {
			l = exprNum(a + b)
		} else {
			l = exprNum(a - b)
		}
	}
}

func exprArith(v exprVal) int64 {
	n, ok := v.toNum()
	if !ok {
		panic(exprErr{"non-numeric argument"})
	}
	return n
}

func (e *exprRun) mul() exprVal {
	l := e.match()
	for {
		t, ok := e.peek()
		if !ok || (t != "*" && t != "/" && t != "%") {
			return l
		}
		e.pos++
		r := e.match()
		a, b := exprArith(l), exprArith(r)
		switch t {
		case "*":
			l = exprNum(a * b)
		default:
			if b == 0 {
				panic(exprErr{"division by zero"})
			}
			if t == "/" {
				l = exprNum(a / b)
			} else {
				l = exprNum(a % b)
			}
		}
	}
}

func (e *exprRun) match() exprVal {
	l := e.primary()
	for {
		t, ok := e.peek()
		if !ok || t != ":" {
			return l
		}
		e.pos++
		r := e.primary()
		l = exprMatch(l.s, r.s)
	}
}

// exprMatch is "STRING : REGEX", anchored at the start: the \(...\) group
// or the match's length.
func exprMatch(s, pat string) exprVal {
	re, err := compilePOSIX(pat, false, false)
	if err != nil {
		panic(exprErr{"bad regex '" + pat + "'"})
	}
	m := re.FindStringSubmatchIndex(s)
	if m == nil || m[0] != 0 {
		if strings.Contains(pat, `\(`) {
			return exprVal{s: ""}
		}
		return exprNum(0)
	}
	if len(m) > 2 {
		if m[2] < 0 {
			return exprVal{s: ""}
		}
		return exprVal{s: s[m[2]:m[3]]}
	}
	return exprNum(int64(m[1]))
}

func (e *exprRun) primary() exprVal {
	t, ok := e.peek()
	if !ok {
		panic(exprErr{"syntax error"})
	}
	e.pos++
	switch t {
	case "(":
		v := e.or()
		if c, ok := e.peek(); !ok || c != ")" {
			panic(exprErr{"syntax error"})
		}
		e.pos++
		return v
	case "length":
		a := e.primary()
		return exprNum(int64(len(a.s)))
	case "match":
		a, b := e.primary(), e.primary()
		return exprMatch(a.s, b.s)
	case "substr":
		a, pos, n := e.primary(), e.primary(), e.primary()
		p, ok1 := pos.toNum()
		l, ok2 := n.toNum()
		if !ok1 || !ok2 || p < 1 || l < 1 || p > int64(len(a.s)) {
			return exprVal{s: ""}
		}
		end := min(int64(len(a.s)), p-1+l)
		return exprVal{s: a.s[p-1 : end]}
	case "index":
		a, b := e.primary(), e.primary()
		i := strings.IndexAny(a.s, b.s)
		return exprNum(int64(i + 1))
	case "+":
		return e.primary()
	}
	if n, err := strconv.ParseInt(t, 10, 64); err == nil {
		return exprVal{s: t, n: n, isNum: true}
	}
	return exprVal{s: t}
}
