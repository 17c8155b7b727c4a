package monitor

import (
	"fmt"
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

// parseArgs is monitor_parse_arguments: it walks cmd.ArgsType over the text
// after the command name. On failure out holds the error lines.
func (mon *Monitor) parseArgs(cmd *HMPCommand, line string, p int) (Args, string, bool) {
	a := Args{}
	name := cmd.Name
	spec := cmd.ArgsType
	fail := func(format string, v ...any) (Args, string, bool) {
		return nil, fmt.Sprintf(format, v...), false
	}
	skip := func() {
		for p < len(line) && isSpace(line[p]) {
			p++
		}
	}
	for spec != "" {
		var item string
		item, spec, _ = strings.Cut(spec, ",")
		key, typ, _ := strings.Cut(item, ":")
		if typ == "" {
			continue
		}
		c, mod := typ[0], typ[1:]
		switch c {
		case 's', 'S':
			skip()
			if strings.HasPrefix(mod, "?") && p == len(line) {
				continue
			}
			if c == 'S' {
				if p == len(line) {
					return fail("%s: string expected\r\n", name)
				}
				a[key] = line[p:]
				p = len(line)
				continue
			}
			s, np, msg, ok := getStr(line, p)
			p = np
			if !ok {
				mon.Stdout.WriteString(msg)
				return fail("%s: string expected\r\n", name)
			}
			a[key] = s
		case 'O':
			skip()
			if p == len(line) {
				continue
			}
			s, np, msg, ok := getStr(line, p)
			p = np
			if !ok {
				mon.Stdout.WriteString(msg)
				return nil, "", false
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
			skip()
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
					return fail("invalid char in format: '%c'\r\n", line[p])
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
		case 'i':
			skip()
			if strings.HasPrefix(mod, ".") {
				if p < len(line) && line[p] == '.' {
					p++
					skip()
				} else {
					continue
				}
			} else if strings.HasPrefix(mod, "?") && p == len(line) {
				continue
			}
			e := exprParser{s: line, p: p}
			v, err := e.parse()
			p = e.p
			if err != "" {
				return fail("%s\r\n", err)
			}
			if (v>>32)&0xffffffff != 0 {
				return fail("'%s' has failed: integer is for 32-bit values\r\n", name)
			}
			a[key] = v
		case 'b':
			// on or off, nothing else (no default even when optional).
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
			flag := mod
			skip()
			if p < len(line) && line[p] == '-' {
				if p+1 < len(line) && flag != "" && line[p+1] == flag[0] {
					p += 2
					a[key] = true
					continue
				}
				opt := byte(0)
				if p+1 < len(line) {
					opt = line[p+1]
				}
				return fail("%s: unsupported option -%c\r\n", name, opt)
			}
			a[key] = false
		}
	}
	skip()
	if p < len(line) {
		return fail("%s: extraneous characters at the end of line\r\n", name)
	}
	return a, "", true
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
		// Registers belong to a vCPU the simulator does not run.
		e.p++
		for e.p < len(e.s) && (isAlnum(e.s[e.p]) || e.s[e.p] == '_' || e.s[e.p] == '.') {
			e.p++
		}
		for e.p < len(e.s) && isSpace(e.s[e.p]) {
			e.p++
		}
		e.fail("unknown register")
	case 0:
		e.fail("unexpected end of expression")
	}
	v, n, rangeErr := strtoull(e.s[e.p:])
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
func strtoull(s string) (uint64, int, bool) {
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
