package busybox

import (
	"errors"
	"strings"

	"hotpluglab/engine/regex"
)

// Regular expressions as the guest's busybox compiles them (glibc's GNU
// regex: basic syntax with \( \) \{ \} \| \+ \?, or extended), translated
// to Go's syntax and matched leftmost-longest as POSIX does (engine/regex).
// What that syntax cannot express (back-references, \< \>) is reported as
// not modelled.

// reError is a pattern glibc refuses, with regerror()'s text.
type reError struct{ msg string }

func (e *reError) Error() string { return e.msg }

// glibc's regerror() texts.
var (
	errEBrack   = &reError{"Unmatched [, [^, [:, [., or [="}
	errEParen   = &reError{"Unmatched ( or \\("}
	errEBrace   = &reError{"Unmatched \\{"}
	errBadBr    = &reError{"Invalid content of \\{\\}"}
	errBadRpt   = &reError{"Invalid preceding regular expression"}
	errEEscape  = &reError{"Trailing backslash"}
	errESubreg  = &reError{"Invalid back reference"}
	errECtype   = &reError{"Invalid character class name"}
	errBadRegex = &reError{"Invalid regular expression"}
)

var errRegexUnknown = errors.New("not modelled")

// compileRegex compiles a GNU basic (extended=false) or extended regex
// as grep does (glibc's re_compile_pattern).
func compileRegex(pat string, extended, icase bool) (*regex.Regexp, error) {
	return compileRegexFlavor(pat, extended, icase, false)
}

// compilePOSIX compiles as regcomp(3) does (sed, awk, cut -F).
func compilePOSIX(pat string, extended, icase bool) (*regex.Regexp, error) {
	return compileRegexFlavor(pat, extended, icase, true)
}

func compileRegexFlavor(pat string, extended, icase, posix bool) (*regex.Regexp, error) {
	t := &reTranslator{src: pat, ere: extended, posix: posix}
	out, err := t.translate()
	if err != nil {
		return nil, err
	}
	if icase {
		out = "(?i)" + out
	}
	re, err := regex.Compile(out)
	if err != nil {
		return nil, errBadRegex
	}
	re.Longest()
	return re, nil
}

type reTranslator struct {
	src    string
	pos    int
	ere    bool
	groups int
	out    strings.Builder
	quant  byte // the last thing written is this quantifier (0: none)
	posix  bool // regcomp: a leading ERE quantifier is an error
}

// translate writes the Go form of the whole pattern.
func (t *reTranslator) translate() (string, error) {
	if err := t.alternation(0); err != nil {
		return "", err
	}
	if t.pos < len(t.src) {
		// an unmatched close paren ended the alternation early
		return "", errEParen
	}
	return t.out.String(), nil
}

// atStart: where "*" is literal and "^" an anchor (start of the regex, of
// a group, of an alternative).
func (t *reTranslator) alternation(depth int) error {
	start := true
	lastAtom := false // something a quantifier can apply to was written
	for t.pos < len(t.src) {
		c := t.src[t.pos]
		isQuant := c == '*' || (t.ere && (c == '+' || c == '?' || c == '{')) ||
			(!t.ere && c == '\\' && (t.peekIs(1, '+') || t.peekIs(1, '?') || t.peekIs(1, '{')))
		if !isQuant {
			t.quant = 0
		}
		// closing group
		if t.ere && c == ')' && depth > 0 {
			return nil
		}
		if !t.ere && c == '\\' && t.pos+1 < len(t.src) && t.src[t.pos+1] == ')' && depth > 0 {
			return nil
		}
		switch {
		case t.ere && c == '|', !t.ere && c == '\\' && t.peekIs(1, '|'):
			if t.ere {
				t.pos++
			} else {
				t.pos += 2
			}
			t.out.WriteByte('|')
			start, lastAtom = true, false
			continue
		case t.ere && c == '(', !t.ere && c == '\\' && t.peekIs(1, '('):
			if t.ere {
				t.pos++
			} else {
				t.pos += 2
			}
			t.groups++
			t.out.WriteByte('(')
			if err := t.alternation(depth + 1); err != nil {
				return err
			}
			if t.pos >= len(t.src) {
				return errEParen
			}
			if t.ere {
				t.pos++
			} else {
				t.pos += 2
			}
			t.out.WriteByte(')')
			start, lastAtom = false, true
			continue
		case t.ere && c == ')':
			// unmatched ")" in ERE is an ordinary character (GNU)
			t.pos++
			t.out.WriteString(`\)`)
			start, lastAtom = false, true
			continue
		case !t.ere && c == '\\' && t.peekIs(1, ')'):
			return errEParen
		case c == '*' || (t.ere && (c == '+' || c == '?')) || (!t.ere && c == '\\' && (t.peekIs(1, '+') || t.peekIs(1, '?'))):
			q := c
			n := 1
			if c == '\\' {
				q, n = t.src[t.pos+1], 2
			}
			if start || !lastAtom {
				if t.ere && t.posix {
					return errBadRpt
				}
				if t.ere {
					// GNU ERE ignores a leading quantifier.
					t.pos += n
					continue
				}
				if c == '*' {
					t.pos++
					t.out.WriteString(`\*`)
					start, lastAtom, t.quant = false, true, 0
					continue
				}
			}
			t.pos += n
			// Repeated quantifiers ("a**", "a+?") are one in GNU regex.
			if t.quant != 0 {
				o := t.out.String()
				if t.quant == '}' {
					return errRegexUnknown
				}
				merged := byte('*')
				if t.quant == q && q != '*' {
					merged = q
				}
				t.out.Reset()
				t.out.WriteString(o[:len(o)-1])
				t.out.WriteByte(merged)
				t.quant = merged
				continue
			}
			t.out.WriteByte(q)
			t.quant = q
			continue
		case t.ere && c == '{', !t.ere && c == '\\' && t.peekIs(1, '{'):
			n := 1
			if !t.ere {
				n = 2
			}
			if t.ere && !t.posix && (start || !lastAtom) {
				// GNU ERE (RE_CONTEXT_INDEP_OPS) drops a leading "{"
				// token alone: "{1}a" is the literal "1}a".
				t.pos++
				continue
			}
			iv, ln, err := t.interval(t.pos + n)
			if err != nil {
				if t.ere && !t.posix && err != errBadBr {
					// not an interval: a literal brace
					// (RE_INVALID_INTERVAL_ORD); "{}" and "{2,1}" are refused
					t.pos++
					t.out.WriteString(`\{`)
					start, lastAtom, t.quant = false, true, 0
					continue
				}
				return err
			}
			if start || !lastAtom {
				return errBadRpt
			}
			if t.quant != 0 {
				return errRegexUnknown
			}
			t.pos += n + ln
			t.out.WriteString(iv)
			t.quant = '}'
			continue
		case c == '^':
			t.pos++
			if start || t.ere {
				t.out.WriteByte('^')
			} else {
				t.out.WriteString(`\^`)
			}
			lastAtom = !t.ere && !start
			continue
		case c == '$':
			t.pos++
			if t.ere || t.atAltEnd() {
				t.out.WriteByte('$')
				lastAtom = false
			} else {
				t.out.WriteString(`\$`)
				lastAtom = true
			}
			start = false
			continue
		case c == '[':
			if err := t.bracket(); err != nil {
				return err
			}
		case c == '.':
			t.pos++
			t.out.WriteByte('.')
		case c == '\\':
			if t.pos+1 >= len(t.src) {
				return errEEscape
			}
			e := t.src[t.pos+1]
			t.pos += 2
			switch {
			case e >= '1' && e <= '9':
				if int(e-'0') > t.groups {
					return errESubreg
				}
				return errRegexUnknown
			case e == '<' || e == '>' || e == '`' || e == '\'':
				return errRegexUnknown
			case e == 'w' || e == 'W' || e == 's' || e == 'S' || e == 'b' || e == 'B':
				t.out.WriteByte('\\')
				t.out.WriteByte(e)
			default:
				t.out.WriteString(regex.QuoteMeta(string(e)))
			}
		default:
			t.pos++
			t.out.WriteString(regex.QuoteMeta(string(c)))
		}
		start, lastAtom = false, true
	}
	if depth > 0 {
		return errEParen
	}
	return nil
}

func (t *reTranslator) peekIs(off int, c byte) bool {
	return t.pos+off < len(t.src) && t.src[t.pos+off] == c
}

// atAltEnd: a BRE "$" is an anchor at the end of the regex, a group or an
// alternative.
func (t *reTranslator) atAltEnd() bool {
	r := t.src[t.pos:]
	return r == "" || strings.HasPrefix(r, `\)`) || strings.HasPrefix(r, `\|`)
}

// interval reads "m}", "m,}", "m,n}" (ERE) or with "\}" (BRE) at i.
func (t *reTranslator) interval(i int) (string, int, error) {
	j := i
	num := func() (string, bool) {
		s := j
		for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
			j++
		}
		return t.src[s:j], j > s
	}
	lo, okLo := num()
	hi, comma, okHi := "", false, false
	if j < len(t.src) && t.src[j] == ',' {
		comma = true
		j++
		hi, okHi = num()
	}
	if !okLo {
		if t.ere && !t.posix && !comma && (j >= len(t.src) || t.src[j] != '}') {
			// fetch_number met no number: not an interval ("a{", "a{x}")
			return "", 0, errEBrace
		}
		if !t.ere || !comma {
			return "", 0, errBadBr
		}
		lo = "0"
	}
	if t.ere {
		if j >= len(t.src) || t.src[j] != '}' {
			return "", 0, errEBrace
		}
		j++
	} else {
		if j+1 >= len(t.src) || t.src[j] != '\\' || t.src[j+1] != '}' {
			if j >= len(t.src) || j+1 >= len(t.src) && t.src[j] == '\\' {
				return "", 0, errEBrace
			}
			return "", 0, errBadBr
		}
		j += 2
	}
	iv := "{" + lo
	if comma {
		iv += ","
		if okHi {
			iv += hi
		}
	}
	iv += "}"
	if okHi && len(hi) < 6 && len(lo) < 6 {
		var l, h int
		for _, d := range lo {
			l = l*10 + int(d-'0')
		}
		for _, d := range hi {
			h = h*10 + int(d-'0')
		}
		if h < l {
			return "", 0, errBadBr
		}
	}
	return iv, j - i, nil
}

// bracket copies a bracket expression, where backslash is literal.
func (t *reTranslator) bracket() error {
	i := t.pos + 1
	var b strings.Builder
	b.WriteByte('[')
	if i < len(t.src) && t.src[i] == '^' {
		b.WriteByte('^')
		i++
	}
	first := true
	for {
		if i >= len(t.src) {
			return errEBrack
		}
		c := t.src[i]
		if c == ']' && !first {
			i++
			break
		}
		first = false
		if c == '[' && i+1 < len(t.src) && (t.src[i+1] == ':' || t.src[i+1] == '=' || t.src[i+1] == '.') {
			kind := t.src[i+1]
			end := strings.Index(t.src[i+2:], string(kind)+"]")
			if end < 0 {
				return errEBrack
			}
			name := t.src[i+2 : i+2+end]
			if kind != ':' {
				return errRegexUnknown
			}
			switch name {
			case "alpha", "digit", "alnum", "upper", "lower", "space", "blank", "punct", "print", "graph",
				"cntrl", "xdigit":
			default:
				return errECtype
			}
			b.WriteString("[:" + name + ":]")
			i += end + 4
			continue
		}
		switch c {
		case '\\', '[', ']', '^', '-':
			if c == '-' && (i+1 < len(t.src) && t.src[i+1] != ']') && b.Len() > 1 {
				b.WriteByte('-')
			} else {
				b.WriteByte('\\')
				b.WriteByte(c)
			}
		default:
			b.WriteByte(c)
		}
		i++
	}
	b.WriteByte(']')
	t.out.WriteString(b.String())
	t.pos = i
	return nil
}
