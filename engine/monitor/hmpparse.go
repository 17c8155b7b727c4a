package monitor

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"

	"hotpluglab/engine/qdev"
)

// Args are a command's parsed arguments (QEMU's qdict): string, int64,
// bool, or *qdev.Opts for device options.
type Args map[string]any

// Str returns a string argument.
func (a Args) Str(k string) (string, bool) { s, ok := a[k].(string); return s, ok }

// Int returns an integer argument.
func (a Args) Int(k string) (int64, bool) { n, ok := a[k].(int64); return n, ok }

// Bool returns a flag.
func (a Args) Bool(k string) bool { b, _ := a[k].(bool); return b }

// maxArg is the C parser's buffer: longer words are cut to 1023 bytes.
const maxArg = 1023

// The `/fmt` defaults live in the monitor process (monitor/hmp.c
// default_fmt_format, default_fmt_size) and change with every /fmt typed.
type fmtDefaults struct {
	format byte
	size   int
}

// parseArgs is monitor_parse_arguments: it walks the command's args_type
// over the text after the command name. On failure out holds the error
// lines the monitor prints (some errors go to QEMU's stdout or stderr).
func (mon *Monitor) parseArgs(e *hmpEntry, line string, p int) (Args, string, bool) {
	a := Args{}
	name := e.Name
	fail := func(format string, v ...any) (Args, string, bool) {
		// monitor_printf prints a C string: a NUL from %c ends it, its
		// line end included (recorded: "info registers -").
		msg, _, _ := strings.Cut(fmt.Sprintf(format, v...), "\x00")
		return nil, msg, false
	}
	skip := func() {
		for p < len(line) && isSpace(line[p]) {
			p++
		}
	}
	spec := e.ArgsType
	for {
		spec = strings.TrimPrefix(spec, ",")
		colon := strings.IndexByte(spec, ':')
		if colon < 0 || colon+1 >= len(spec) {
			break
		}
		key := spec[:colon]
		c := spec[colon+1]
		spec = spec[colon+2:]
		optional := func() bool { // a '?' modifier: true when the argument is absent
			if strings.HasPrefix(spec, "?") {
				spec = spec[1:]
				return p == len(line)
			}
			return false
		}
		switch c {
		case 'F', 'B', 's':
			skip()
			if optional() {
				continue
			}
			s, np, stdout, ok := getStr(line, p)
			p = np
			if !ok {
				mon.Stdout.WriteString(stdout)
				what := map[byte]string{'F': "filename", 'B': "block device name", 's': "string"}[c]
				return fail("%s: %s expected\r\n", name, what)
			}
			a[key] = s
		case 'O':
			skip()
			if p == len(line) {
				continue
			}
			s, np, stdout, ok := getStr(line, p)
			p = np
			if !ok {
				mon.Stdout.WriteString(stdout)
				return nil, "", false
			}
			if key != "device" {
				// Parsed by the command (netdev_add); the QemuOpts parse
				// here warns of short-form booleans as device_add's does.
				_, warnings, err := qdev.Parse(s)
				if err == nil {
					for _, w := range warnings {
						mon.WriteStderr("warning: " + w + "\n")
					}
				} else if _, ok := err.(qdev.IDError); ok {
					// qemu_opts_parse_noisily refuses the id before the
					// command runs (recorded: netdev_add user,id="n 4").
					mon.WriteStderr(err.Error() + "\n" + qdev.IDHint + "\n")
					return nil, "", false
				}
				a[key] = s
				continue
			}
			opts, warnings, err := qdev.Parse(s)
			for _, w := range warnings {
				mon.WriteStderr("warning: " + w + "\n")
			}
			if err != nil {
				// qemu_opts_parse_noisily reports to stderr, not the monitor.
				mon.WriteStderr(err.Error() + "\n")
				if _, ok := err.(qdev.IDError); ok {
					mon.WriteStderr(qdev.IDHint + "\n")
				}
				return nil, "", false
			}
			a[key] = opts
		case '/':
			if msg, ok := mon.parseFormat(line, &p, a); !ok {
				return fail("%s", msg)
			}
		case 'i', 'l', 'M':
			skip()
			if strings.HasPrefix(spec, "?") || strings.HasPrefix(spec, ".") {
				mod := spec[0]
				spec = spec[1:]
				if mod == '?' && p == len(line) {
					continue
				}
				if mod == '.' {
					if p == len(line) || line[p] != '.' {
						continue
					}
					p++
					skip()
				}
			}
			ex := exprParser{s: line, p: p, reg: mon.register, binary: mon.M.Release().StrtoullBinary}
			v, err := ex.parse()
			p = ex.p
			if err != "" {
				return fail("%s\r\n", err)
			}
			if c == 'i' && (v>>32)&0xffffffff != 0 {
				return fail("'%s' has failed: integer is for 32-bit values\r\n", name)
			}
			if c == 'M' {
				if v < 0 {
					return fail("enter a positive value\r\n")
				}
				v *= 1 << 20
			}
			a[key] = v
		case 'o':
			skip()
			if optional() {
				continue
			}
			v, n, ok, hexSuffix := sizeMiB(line[p:], mon.M.Release().SizeHexSuffixError)
			if hexSuffix {
				// warn_report while the arguments are read: no monitor is
				// current yet, so on QEMU's stderr (7.2; 10.0 refuses it)
				mon.WriteStderr("warning: Using a multiplier suffix on hex numbers is deprecated: " + line[p:] + "\n")
			}
			if !ok {
				return fail("invalid size\r\n")
			}
			a[key] = v
			p += n
		case 'T':
			skip()
			if optional() {
				continue
			}
			v, n, msg := double(line[p:])
			if msg != "" {
				return fail("%s\r\n", msg)
			}
			p += n
			if p+1 < len(line) && line[p+1] == 's' {
				switch line[p] {
				case 'm':
					v, p = v/1e3, p+2
				case 'u':
					v, p = v/1e6, p+2
				case 'n':
					v, p = v/1e9, p+2
				}
			}
			if p < len(line) && !isSpace(line[p]) {
				return fail("Unknown unit suffix\r\n")
			}
			a[key] = v
		case 'b':
			skip()
			beg := p
			for p < len(line) && line[p] > ' ' && line[p] < 0x7f {
				p++
			}
			switch line[beg:p] {
			case "on":
				a[key] = true
			case "off":
				a[key] = false
			default:
				return fail("Expected 'on' or 'off'\r\n")
			}
		case '-':
			if spec == "" {
				return fail("%s: unknown type '%c'\r\n", name, 0)
			}
			flag := spec[0]
			spec = spec[1:]
			tmp := p
			skip()
			if p < len(line) && line[p] == '-' {
				p++
				opt := byte(0)
				if p < len(line) {
					opt = line[p]
				}
				if opt != flag {
					// Another flag of the command may come first.
					if opt == 0 || !strings.Contains(spec, "-"+string(opt)) {
						return fail("%s: unsupported option -%c\r\n", name, opt)
					}
					p = tmp
					continue
				}
				if strings.HasPrefix(spec, "s") {
					spec = spec[1:]
					at := p
					p++
					skip()
					s, np, stdout, ok := getStr(line, p)
					p = np
					if !ok {
						mon.Stdout.WriteString(stdout)
						return fail("%s: value expected for -%c\r\n", name, line[at])
					}
					a[key] = s
				} else {
					p++
					a[key] = true
				}
			} else if strings.HasPrefix(spec, "s") {
				spec = spec[1:]
			}
		case 'S':
			skip()
			if optional() {
				continue
			}
			if p == len(line) {
				return fail("%s: string expected\r\n", name)
			}
			a[key] = line[p:]
			p = len(line)
		default:
			return fail("%s: unknown type '%c'\r\n", name, c)
		}
	}
	skip()
	if p < len(line) {
		return fail("%s: extraneous characters at the end of line\r\n", name)
	}
	return a, "", true
}

// parseFormat reads a `/fmt` argument (count, format letter, size letter)
// into count/format/size; the defaults live in the monitor process.
func (mon *Monitor) parseFormat(line string, pp *int, a Args) (string, bool) {
	p := *pp
	defer func() { *pp = p }()
	for p < len(line) && isSpace(line[p]) {
		p++
	}
	count, format, size := int64(1), mon.fmt.format, mon.fmt.size
	if p < len(line) && line[p] == '/' {
		p++
		if p < len(line) && line[p] >= '0' && line[p] <= '9' {
			count = 0
			for p < len(line) && line[p] >= '0' && line[p] <= '9' {
				count = count*10 + int64(line[p]-'0')
				p++
			}
		}
		size = -1
		fmtc := byte(0)
	letters:
		for p < len(line) {
			switch line[p] {
			case 'o', 'd', 'u', 'x', 'i', 'c':
				fmtc = line[p]
			case 'b':
				size = 1
			case 'h':
				size = 2
			case 'w':
				size = 4
			case 'g', 'L':
				size = 8
			default:
				break letters
			}
			p++
		}
		if p < len(line) && !isSpace(line[p]) {
			return fmt.Sprintf("invalid char in format: '%c'\r\n", line[p]), false
		}
		if fmtc != 0 {
			format = fmtc
		}
		if format != 'i' {
			if size < 0 {
				size = mon.fmt.size
			}
			mon.fmt.size = size
		}
		mon.fmt.format = format
	} else if format == 'i' {
		size = -1
	}
	a["count"], a["format"], a["size"] = count, int64(format), int64(size)
	return "", true
}

// sizeMiB is qemu_strtosz_MiB as HMP's 'o' arguments read it: decimal
// with an optional fraction and suffix (a bare number in MiB), or hex
// without a fraction; a hex number with a suffix warns (hexSuffix: 7.2) or
// is refused (hexSuffixError: 10.0). Measured: block_resize's size.
func sizeMiB(s string, hexSuffixError bool) (v int64, n int, ok, hexSuffix bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, 0, false, false
	}
	whole, err := strconv.ParseUint(s[:i], 10, 64)
	if err != nil {
		return 0, 0, false, false
	}
	suffix := func(c byte) (uint64, bool) {
		if shift := strings.IndexByte("bkmgtpe", c|0x20); shift >= 0 {
			return 1 << (10 * shift), true
		}
		return 0, false
	}
	if whole == 0 && i == 1 && i+1 < len(s) && s[i]|0x20 == 'x' && isHexDigit(s[i+1]) {
		j := i + 1
		for j < len(s) && isHexDigit(s[j]) {
			j++
		}
		h, err := strconv.ParseUint(s[i+1:j], 16, 64)
		if err != nil || j < len(s) && s[j] == '.' {
			return 0, 0, false, false
		}
		unit, has := uint64(1<<20), false
		if j < len(s) {
			if u, ok := suffix(s[j]); ok {
				if hexSuffixError {
					return 0, 0, false, false
				}
				unit, has = u, true
				j++
			}
		}
		hi, lo := bits.Mul64(h, unit)
		if hi != 0 || lo > math.MaxInt64 {
			return 0, 0, false, has
		}
		return int64(lo), j, true, has
	}
	frac := 0.0
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		frac, _ = strconv.ParseFloat("0"+s[i:j], 64)
		i = j
	}
	unit := uint64(1 << 20)
	if i < len(s) {
		if u, ok := suffix(s[i]); ok {
			unit = u
			i++
		}
	}
	if frac != 0 && unit == 1 {
		return 0, 0, false, false
	}
	f := float64(whole)*float64(unit) + frac*float64(unit)
	if f >= 1<<63 {
		return 0, 0, false, false
	}
	return int64(f), i, true, false
}

// double is get_double: strtod's longest prefix; QEMU's messages for no
// number and for NaN or infinity.
func double(s string) (float64, int, string) {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	start := i
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	word := strings.ToLower(s[i:min(len(s), i+8)])
	if strings.HasPrefix(word, "inf") || strings.HasPrefix(word, "nan") {
		return 0, 0, "Bad number"
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return 0, 0, "Number expected"
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	v, _ := strconv.ParseFloat(strings.TrimPrefix(s[start:i], "+"), 64)
	if math.IsInf(v, 0) {
		return 0, 0, "Bad number"
	}
	return v, i, ""
}

// getStr is get_str: a word, or a double-quoted string with \n \r \\ \' \"
// escapes. The C code reports quoting errors with printf, on QEMU's stdout.
func getStr(s string, p int) (val string, np int, stdout string, ok bool) {
	for p < len(s) && isSpace(s[p]) {
		p++
	}
	if p == len(s) {
		return "", p, "", false
	}
	var b strings.Builder
	add := func(c byte) {
		if b.Len() < maxArg {
			b.WriteByte(c)
		}
	}
	if s[p] == '"' {
		p++
		for p < len(s) && s[p] != '"' {
			if s[p] == '\\' {
				p++
				var c byte
				if p < len(s) {
					c = s[p]
					p++
				}
				switch c {
				case 'n':
					c = '\n'
				case 'r':
					c = '\r'
				case '\\', '\'', '"':
				default:
					return "", p, fmt.Sprintf("unsupported escape code: '\\%c'\n", c), false
				}
				add(c)
			} else {
				add(s[p])
				p++
			}
		}
		if p == len(s) {
			return "", p, "unterminated string\n", false
		}
		p++
	} else {
		for p < len(s) && !isSpace(s[p]) {
			add(s[p])
			p++
		}
	}
	return b.String(), p, "", true
}

// exprParser is the monitor's integer expression evaluator (hmp.c
// expr_sum and below): + - * / % & | ^ ~, parentheses, 'c' constants and
// C numbers (0x hex, 0 octal).
type exprParser struct {
	s   string
	p   int
	err string
	// reg reads a register of the current CPU ($name); nil: none.
	reg func(name string) (int64, bool)
	// binary: numbers may be written 0b101 (the release's strtoull).
	binary bool
}

func (e *exprParser) cur() byte {
	if e.p < len(e.s) {
		return e.s[e.p]
	}
	return 0
}

func (e *exprParser) next() {
	if e.p < len(e.s) {
		e.p++
		for e.p < len(e.s) && isSpace(e.s[e.p]) {
			e.p++
		}
	}
}

type exprError string

func (e *exprParser) fail(msg string) { panic(exprError(msg)) }

func (e *exprParser) parse() (v int64, err string) {
	defer func() {
		if r := recover(); r != nil {
			msg, ok := r.(exprError)
			if !ok {
				panic(r)
			}
			err = string(msg)
		}
	}()
	for e.p < len(e.s) && isSpace(e.s[e.p]) {
		e.p++
	}
	return e.sum(), ""
}

func (e *exprParser) sum() int64 {
	v := e.logic()
	for {
		op := e.cur()
		if op != '+' && op != '-' {
			return v
		}
		e.next()
		w := e.logic()
		if op == '+' {
			v += w
		} else {
			v -= w
		}
	}
}

func (e *exprParser) logic() int64 {
	v := e.prod()
	for {
		op := e.cur()
		if op != '&' && op != '|' && op != '^' {
			return v
		}
		e.next()
		w := e.prod()
		switch op {
		case '&':
			v &= w
		case '|':
			v |= w
		default:
			v ^= w
		}
	}
}

func (e *exprParser) prod() int64 {
	v := e.unary()
	for {
		op := e.cur()
		if op != '*' && op != '/' && op != '%' {
			return v
		}
		e.next()
		w := e.unary()
		switch op {
		case '*':
			v *= w
		default:
			if w == 0 {
				e.fail("division by zero")
			}
			if w == -1 {
				// C would trap on MinInt64 / -1; negation is the result.
				if op == '/' {
					v = -v
				} else {
					v = 0
				}
			} else if op == '/' {
				v /= w
			} else {
				v %= w
			}
		}
	}
}

func (e *exprParser) unary() int64 {
	switch c := e.cur(); c {
	case '+':
		e.next()
		return e.unary()
	case '-':
		e.next()
		return -e.unary()
	case '~':
		e.next()
		return ^e.unary()
	case '(':
		e.next()
		v := e.sum()
		if e.cur() != ')' {
			e.fail("')' expected")
		}
		e.next()
		return v
	case '\'':
		e.p++
		if e.p >= len(e.s) {
			e.fail("character constant expected")
		}
		v := int64(e.s[e.p])
		e.p++
		if e.cur() != '\'' {
			e.fail("missing terminating ' character")
		}
		e.next()
		return v
	case '$':
		e.p++
		start := e.p
		for e.p < len(e.s) && (isAlnum(e.s[e.p]) || e.s[e.p] == '_' || e.s[e.p] == '.') {
			e.p++
		}
		name := e.s[start:e.p]
		if len(name) > 127 {
			name = name[:127]
		}
		for e.p < len(e.s) && isSpace(e.s[e.p]) {
			e.p++
		}
		if e.reg != nil {
			if v, ok := e.reg(name); ok {
				return v
			}
		}
		e.fail("unknown register")
	case 0:
		e.fail("unexpected end of expression")
	}
	v, n, rangeErr := strtoull(e.s[e.p:], e.binary)
	if rangeErr {
		e.fail("number too large")
	}
	if n == 0 {
		e.fail(fmt.Sprintf("invalid char '%c' in expression", e.cur()))
	}
	e.p += n
	for e.p < len(e.s) && isSpace(e.s[e.p]) {
		e.p++
	}
	return int64(v)
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// strtoull parses the longest C integer prefix (base 0) of s: its value,
// the bytes used (0 if none), and whether it overflowed.
func strtoull(s string, binary bool) (uint64, int, bool) {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := 10
	if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') && i+2 < len(s) && isHex(s[i+2]) {
		base, i = 16, i+2
	} else if binary && i+2 < len(s) && s[i] == '0' && (s[i+1] == 'b' || s[i+1] == 'B') && digitIn(s[i+2], 2) {
		base, i = 2, i+2
	} else if i < len(s) && s[i] == '0' {
		base = 8
	}
	start := i
	for i < len(s) && digitIn(s[i], base) {
		i++
	}
	if i == start {
		return 0, 0, false
	}
	v, err := strconv.ParseUint(s[start:i], base, 64)
	if err != nil {
		return 0, i, true
	}
	if neg {
		v = -v
	}
	return v, i, false
}

func isHex(c byte) bool { return digitIn(c, 16) }

func digitIn(c byte, base int) bool {
	var d int
	switch {
	case c >= '0' && c <= '9':
		d = int(c - '0')
	case c >= 'a' && c <= 'z':
		d = int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		d = int(c-'A') + 10
	default:
		return false
	}
	return d < base
}

// cStrtoi64 is qemu_strtoi64 in base 0 with no end pointer: the whole of s
// (leading blanks aside) a C integer in int64's range.
func cStrtoi64(s string, binary bool) (int64, bool) {
	t := strings.TrimLeft(s, " \t\n\v\f\r")
	neg := strings.HasPrefix(t, "-")
	v, n, overflow := strtoull(t, binary)
	if n == 0 || n != len(t) || overflow {
		return 0, false
	}
	if neg {
		v = -v // the magnitude
		if v > 1<<63 {
			return 0, false
		}
		return -int64(v), true
	}
	if v > math.MaxInt64 {
		return 0, false
	}
	return int64(v), true
}

// cStrtou64 is qemu_strtou64 in base 0 with no end pointer.
func cStrtou64(s string, binary bool) (uint64, bool) {
	t := strings.TrimLeft(s, " \t\n\v\f\r")
	v, n, overflow := strtoull(t, binary)
	return v, n > 0 && n == len(t) && !overflow
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}
