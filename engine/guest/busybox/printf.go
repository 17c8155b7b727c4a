package busybox

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// echo, printf and test: ash builtins that are also applets.

func echoApplet(c *ctx) int {
	args := c.args[1:]
	newline, escapes := true, false
	for len(args) > 0 && len(args[0]) > 1 && args[0][0] == '-' {
		n, e := newline, escapes
		valid := true
		for _, ch := range args[0][1:] {
			switch ch {
			case 'n':
				n = false
			case 'e':
				e = true
			case 'E':
				e = false
			default:
				valid = false
			}
		}
		if !valid {
			break
		}
		newline, escapes = n, e
		args = args[1:]
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		if !escapes {
			b.WriteString(a)
			continue
		}
		s, stop := processEscapes(a, true)
		b.WriteString(s)
		if stop {
			newline = false
			break
		}
	}
	if newline {
		b.WriteByte('\n')
	}
	// One write(2) for the whole line, as busybox's full_write.
	if err := c.sh.write(c.fds[1], b.String()); err != nil {
		c.errMsg("write error: " + err.Error())
		return 1
	}
	return 0
}

// processEscapes is bb_process_escape_sequence over a string; echoStyle:
// "\0NNN" octal; stop is true at "\c".
func processEscapes(s string, echoStyle bool) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch != '\\' || i+1 >= len(s) {
			b.WriteByte(ch)
			continue
		}
		i++
		switch e := s[i]; e {
		case 'c':
			return b.String(), true
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'e':
			b.WriteByte(27)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '\\':
			b.WriteByte('\\')
		case 'x':
			v, n := 0, 0
			for n < 2 && i+1 < len(s) && isHex(s[i+1]) {
				i++
				v = v*16 + hexVal(s[i])
				n++
			}
			if n == 0 {
				b.WriteString("\\x")
				continue
			}
			b.WriteByte(byte(v))
		case '0', '1', '2', '3', '4', '5', '6', '7':
			if echoStyle && e == '0' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '7' {
				i++
			}
			v, n := 0, 0
			for n < 3 && i < len(s) && s[i] >= '0' && s[i] <= '7' {
				v = v*8 + int(s[i]-'0')
				i++
				n++
			}
			i--
			b.WriteByte(byte(v))
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String(), false
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}

func printfApplet(c *ctx) int {
	args := c.args[1:]
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		if c.prog == "sh" {
			c.errMsg("usage: printf FORMAT [ARGUMENT...]")
			return 2
		}
		return c.showUsage()
	}
	format, rest := args[0], args[1:]
	var b strings.Builder
	status := 0
	for {
		used, stop, bad := c.printfOnce(&b, format, rest, &status)
		if bad {
			c.out(b.String())
			return 1
		}
		rest = rest[used:]
		if stop || used == 0 || len(rest) == 0 {
			break
		}
	}
	if err := c.sh.write(c.fds[1], b.String()); err != nil {
		return 1
	}
	return status
}

// printfOnce formats once; it returns how many arguments it used, stop at
// "\c" or "%b" with "\c", bad on an invalid format.
func (c *ctx) printfOnce(b *strings.Builder, f string, args []string, status *int) (used int, stop, bad bool) {
	next := func() (string, bool) {
		if used < len(args) {
			used++
			return args[used-1], true
		}
		return "", false
	}
	for i := 0; i < len(f); i++ {
		ch := f[i]
		if ch == '\\' {
			if strings.HasPrefix(f[i:], "\\c") {
				return used, true, false
			}
			one, n := oneEscape(f[i:])
			b.WriteString(one)
			i += n - 1
			continue
		}
		if ch != '%' {
			b.WriteByte(ch)
			continue
		}
		start := i
		i++
		if i < len(f) && f[i] == '%' {
			b.WriteByte('%')
			continue
		}
		if i < len(f) && f[i] == 'b' {
			if a, ok := next(); ok {
				s, st := processEscapes(a, true)
				b.WriteString(s)
				if st {
					return used, true, false
				}
			}
			continue
		}
		for i < len(f) && strings.IndexByte("-+ #0", f[i]) >= 0 {
			i++
		}
		width, prec := "", ""
		hasWidth, hasPrec := false, false
		if i < len(f) && f[i] == '*' {
			i++
			hasWidth = true
			if a, ok := next(); ok {
				width = strconv.Itoa(c.widthArg(a, status))
			}
		} else {
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				i++
			}
		}
		if i < len(f) && f[i] == '.' {
			i++
			if i < len(f) && f[i] == '*' {
				i++
				hasPrec = true
				if a, ok := next(); ok {
					prec = strconv.Itoa(c.widthArg(a, status))
				}
			} else {
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					i++
				}
			}
		}
		for i < len(f) && (f[i]|0x20 == 'l' || f[i] == 'h' || f[i] == 'z') {
			i++
		}
		if i >= len(f) || strings.IndexByte("diouxXfeEgGcs", f[i]) < 0 {
			c.errMsg(f[start:] + ": invalid format")
			return used, true, true
		}
		spec := f[start:i]
		spec = strings.TrimRight(spec, "lLhz")
		// Rebuild the spec with * replaced.
		if hasWidth || hasPrec {
			spec = strings.Replace(spec, "*", width, 1)
			if hasPrec {
				spec = strings.Replace(spec, "*", prec, 1)
			}
		}
		conv := f[i]
		a, ok := next()
		if !ok {
			// Missing arguments: empty string or zero.
			a = ""
		}
		b.WriteString(c.formatOne(spec, conv, a, ok, status))
	}
	return used, false, false
}

func (c *ctx) widthArg(a string, status *int) int {
	v, err := strconv.Atoi(a)
	if err != nil {
		c.errMsg("invalid number '" + a + "'")
		*status = 1
		return 0
	}
	return v
}

// oneEscape decodes one backslash sequence of a printf format.
func oneEscape(s string) (string, int) {
	if len(s) < 2 {
		return s, len(s)
	}
	switch s[1] {
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v, n := 0, 1
		for n < 4 && n < len(s) && s[n] >= '0' && s[n] <= '7' {
			v = v*8 + int(s[n]-'0')
			n++
		}
		return string([]byte{byte(v)}), n
	case 'x':
		v, n := 0, 2
		for n < 4 && n < len(s) && isHex(s[n]) {
			v = v*16 + hexVal(s[n])
			n++
		}
		if n == 2 {
			return "\\x", 2
		}
		return string([]byte{byte(v)}), n
	}
	out, _ := processEscapes(s[:2], false)
	return out, 2
}

// formatOne formats one directive as C's printf would.
func (c *ctx) formatOne(spec string, conv byte, a string, present bool, status *int) string {
	flags := spec[1:]
	switch conv {
	case 's':
		return cFormat(flags, 's', a)
	case 'c':
		if a == "" {
			return cFormat(flags, 's', "")
		}
		return cFormat(flags, 's', a[:1])
	case 'd', 'i':
		v := c.intArg(a, present, status, true)
		return cFormat(flags, 'd', v)
	case 'o', 'u', 'x', 'X':
		v := c.intArg(a, present, status, false)
		if conv == 'u' {
			return cFormat(flags, 'd', uint64(v))
		}
		return cFormat(flags, conv, uint64(v))
	default:
		v := 0.0
		if present {
			t := strings.TrimLeft(a, " \t\n")
			if t != "" && (t[0] == '\'' || t[0] == '"') {
				if len(t) > 1 {
					v = float64(t[1])
				}
			} else if f, err := strconv.ParseFloat(strings.TrimPrefix(t, "+"), 64); err == nil {
				v = f
			} else if f, ok := parseCFloat(t); ok {
				v = f
			} else {
				c.errMsg("invalid number '" + a + "'")
				*status = 1
			}
		}
		if conv == 'g' || conv == 'G' {
			if !strings.Contains(flags, ".") {
				flags += ".6"
			}
			s := cFormat(flags, conv, v)
			return s
		}
		return cFormat(flags, conv, v)
	}
}

func parseCFloat(s string) (float64, bool) {
	switch strings.ToLower(s) {
	case "inf", "infinity", "+inf":
		return math.Inf(1), true
	case "-inf", "-infinity":
		return math.Inf(-1), true
	case "nan":
		return math.NaN(), true
	}
	return 0, false
}

// intArg is bb_strtoll / bb_strtoull with base 0; 'c is a character code.
func (c *ctx) intArg(a string, present bool, status *int, signed bool) int64 {
	if !present {
		return 0
	}
	t := strings.TrimLeft(a, " \t\n")
	if t != "" && (t[0] == '\'' || t[0] == '"') {
		if len(t) > 1 {
			return int64(t[1])
		}
		return 0
	}
	t = strings.TrimPrefix(t, "+")
	v, err := strconv.ParseInt(t, 0, 64)
	if err != nil {
		// octal with a leading 0 is base 0's; ParseInt handles "0x"/"0".
		if u, err2 := strconv.ParseUint(t, 0, 64); err2 == nil && !signed {
			return int64(u)
		}
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			if strings.HasPrefix(t, "-") {
				v = math.MinInt64
			} else {
				v = math.MaxInt64
			}
		} else {
			c.errMsg("invalid number '" + a + "'")
			*status = 1
			return 0
		}
	}
	return v
}

// cFormat applies C-style flags/width/precision with Go's fmt (which
// agrees with glibc for these conversions). A width or precision beyond
// what a line's output may hold is over the budget.
func cFormat(flags string, conv byte, v any) string {
	n := 0
	for i := 0; i < len(flags); i++ {
		if c := flags[i]; c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			if n > maxOutput {
				panic(overBudget{"asked printf for a field wider than a megabyte"})
			}
		} else {
			n = 0
		}
	}
	return fmt.Sprintf("%"+flags+string(conv), v)
}

// --- test ---

type testErr struct{ msg string }

func testApplet(c *ctx) int {
	args := c.args[1:]
	switch c.args[0] {
	case "[":
		if len(args) == 0 || args[len(args)-1] != "]" {
			c.errMsg("missing ]")
			return 2
		}
		args = args[:len(args)-1]
	case "[[":
		if len(args) == 0 || args[len(args)-1] != "]]" {
			c.errMsg("missing ]]")
			return 2
		}
		args = args[:len(args)-1]
	}
	t := &tester{c: c, args: args}
	res, err := t.run()
	if err != nil {
		c.errMsg(err.msg)
		return 2
	}
	return res
}

type tester struct {
	c    *ctx
	args []string
	pos  int
}

func (t *tester) run() (res int, err *testErr) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(testErr); ok {
				res, err = 2, &e
				return
			}
			panic(r)
		}
	}()
	args := t.args
	negate := false
	for {
		switch len(args) {
		case 0:
			return b2status(false != negate), nil
		case 1:
			return b2status((args[0] != "") != negate), nil
		case 3:
			if t.isBinary(args[1]) {
				t.args, t.pos = args, 0
				return b2status(t.binop(args[0], args[1], args[2]) != negate), nil
			}
		case 4:
			if args[0] == "(" && args[3] == ")" {
				args = args[1:3]
			}
		}
		if args[0] == "!" {
			args = args[1:]
			negate = !negate
			continue
		}
		break
	}
	t.args, t.pos = args, 0
	v := t.orExpr()
	if t.pos < len(t.args) {
		panic(testErr{t.args[t.pos] + ": unknown operand"})
	}
	return b2status(v != negate), nil
}

func b2status(b bool) int {
	if b {
		return 0
	}
	return 1
}

func (t *tester) peek() (string, bool) {
	if t.pos < len(t.args) {
		return t.args[t.pos], true
	}
	return "", false
}

func (t *tester) orExpr() bool {
	v := t.andExpr()
	for {
		if a, ok := t.peek(); ok && (a == "-o" || a == "||" && t.double()) {
			t.pos++
			r := t.andExpr()
			v = v || r
			continue
		}
		return v
	}
}

func (t *tester) andExpr() bool {
	v := t.notExpr()
	for {
		if a, ok := t.peek(); ok && (a == "-a" || a == "&&" && t.double()) {
			t.pos++
			r := t.notExpr()
			v = v && r
			continue
		}
		return v
	}
}

func (t *tester) notExpr() bool {
	if a, ok := t.peek(); ok && a == "!" {
		t.pos++
		return !t.notExpr()
	}
	return t.primary()
}

func (t *tester) primary() bool {
	a, ok := t.peek()
	if !ok {
		prev := ""
		if t.pos > 0 {
			prev = t.args[t.pos-1]
		}
		panic(testErr{strings.TrimPrefix(prev+": argument expected", ": ")})
	}
	if a == "(" {
		t.pos++
		v := t.orExpr()
		if b, ok := t.peek(); !ok || b != ")" {
			panic(testErr{"closing paren expected"})
		}
		t.pos++
		return v
	}
	// binary? (binop reads its right operand even when there is none)
	if t.pos+2 == len(t.args) && t.isBinary(t.args[t.pos+1]) {
		panic(testErr{t.args[t.pos+1] + ": argument expected"})
	}
	if t.pos+2 < len(t.args) && t.isBinary(t.args[t.pos+1]) {
		l, op, r := t.args[t.pos], t.args[t.pos+1], t.args[t.pos+2]
		t.pos += 3
		return t.binop(l, op, r)
	}
	if isUnary(a) {
		t.pos++
		b, ok := t.peek()
		if !ok {
			// A unary operator with nothing after it is a word (true).
			return true
		}
		t.pos++
		return t.unop(a, b)
	}
	t.pos++
	return a != ""
}

func isUnary(op string) bool {
	switch op {
	case "-e", "-f", "-d", "-r", "-w", "-x", "-s", "-L", "-h", "-b", "-c", "-p", "-S", "-t", "-z", "-n",
		"-g", "-u", "-k", "-O", "-G":
		return true
	}
	return false
}

// double: this is [[ ]] (bash_test2): && and || join, = and != match
// patterns, =~ matches an extended regular expression.
func (t *tester) double() bool { return t.c.args[0] == "[[" }

func (t *tester) isBinary(op string) bool { return isBinary(op) || op == "=~" && t.double() }

func isBinary(op string) bool {
	switch op {
	case "=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef":
		return true
	}
	return false
}

func (t *tester) num(s string) int64 {
	v, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			panic(testErr{s + ": out of range"})
		}
		panic(testErr{s + ": bad number"})
	}
	return v
}

func (t *tester) binop(l, op, r string) bool {
	switch op {
	case "=", "==", "!=":
		eq := l == r
		if t.c.args[0] == "[[" {
			// bash_test2: [[ ]]'s = and != match a pattern (fnmatch).
			eq = fnmatch(r, l)
		}
		return eq == (op != "!=")
	case "=~":
		re, err := compilePOSIX(r, true, false)
		if err != nil {
			return false
		}
		return re.MatchString(l)
	case "<":
		return l < r
	case ">":
		return l > r
	case "-eq":
		return t.num(l) == t.num(r)
	case "-ne":
		return t.num(l) != t.num(r)
	case "-lt":
		return t.num(l) < t.num(r)
	case "-le":
		return t.num(l) <= t.num(r)
	case "-gt":
		return t.num(l) > t.num(r)
	case "-ge":
		return t.num(l) >= t.num(r)
	case "-ef":
		return t.c.sh.abs(l) == t.c.sh.abs(r)
	}
	return false
}

func (t *tester) unop(op, a string) bool {
	sh := t.c.sh
	switch op {
	case "-z":
		return a == ""
	case "-n":
		return a != ""
	case "-t":
		fd, err := strconv.Atoi(a)
		if err != nil {
			panic(testErr{a + ": bad number"})
		}
		s := t.c.fds[fd]
		return s != nil && s.kind == sTerm
	}
	stat := sh.sys.Stat
	if op == "-L" || op == "-h" {
		stat = sh.sys.Lstat
	}
	fi, err := stat(sh.abs(a))
	if err == ErrNotModelled {
		sh.note("test " + op + " " + a + ": what is there is not modelled in this simulated guest (the folder above it is not listed)")
	}
	if a == "" || err != nil {
		return false
	}
	switch op {
	case "-e":
		return true
	case "-f":
		return fi.Type == Regular
	case "-d":
		return fi.Type == Dir
	case "-L", "-h":
		return fi.Type == Symlink
	case "-c":
		return fi.Type == CharDev
	case "-b", "-p", "-S", "-g", "-u", "-k":
		return false
	case "-s":
		return fi.Size > 0
	case "-r", "-w", "-x":
		// root may read and write anything; execute needs an x bit (or a folder).
		if op == "-x" {
			return fi.Type == Dir || fi.Perm&0o111 != 0
		}
		return true
	case "-O", "-G":
		return true
	}
	return false
}
