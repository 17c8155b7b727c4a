// Package regex is a small regular-expression engine for the subset of Go's
// regexp syntax the simulator uses: its own patterns and the guest busybox's
// POSIX patterns once translated. It answers as Go's regexp does (the same
// program shape, matched by the same bit-state backtracking, leftmost-first
// or leftmost-longest), at a tenth of regexp's weight in the wasm: Go's
// regexp brings its Unicode class tables and their start-up maps with it.
//
// Syntax: literals and escapes of punctuation, ., [...] with ranges, negation,
// \d \s \w (and their negations) and [:name:] classes, ^ $ \A \z \b \B,
// (...) (?:...) and the flags (?i) (?m) (?s) (?U) alone or on a group,
// alternation, and the repetitions * + ? {n} {n,} {n,m}, lazy with ?.
// Unicode classes (\p), named groups and \Q...\E are not supported: Compile
// says so.
package regex

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is a pattern Compile refuses, worded as Go's regexp/syntax does.
type Error struct {
	Code string // "missing closing )", ...
	Expr string // the part of the pattern at fault
}

func (e *Error) Error() string { return "error parsing regexp: " + e.Code + ": `" + e.Expr + "`" }

type nodeKind uint8

const (
	nLiteral nodeKind = iota // one rune
	nClass                   // a set of ranges
	nAnyNotNL
	nAny
	nEmpty   // matches the empty string
	nAssert  // an empty-width assertion
	nConcat  // subs in order
	nAlt     // subs in preference order
	nCapture // sub, group cap
	nRepeat  // sub{min,max}; max -1: unbounded
)

type assertion uint8

const (
	beginText assertion = iota
	endText
	beginLine
	endLine
	wordBoundary
	notWordBoundary
)

type node struct {
	kind     nodeKind
	r        rune
	fold     bool   // literal or class matches case-insensitively
	ranges   []rune // class: lo, hi pairs, sorted, not overlapping
	assert   assertion
	subs     []*node
	cap      int
	min, max int
	greedy   bool
}

type flags struct{ fold, multiLine, dotNL, ungreedy bool }

type parser struct {
	src   string
	pos   int
	ncap  int
	flags flags
}

// maxRepeat is Go's limit on a counted repetition.
const maxRepeat = 1000

func parse(expr string) (*node, int, error) {
	p := &parser{src: expr}
	n, err := p.alternation(0)
	if err != nil {
		return nil, 0, err
	}
	if p.pos < len(p.src) { // a ")" with no "("
		return nil, 0, &Error{"unexpected )", expr}
	}
	return n, p.ncap, nil
}

func (p *parser) more() bool { return p.pos < len(p.src) }

func (p *parser) peek() byte { return p.src[p.pos] }

// alternation reads alternatives up to the end or a ")" (left unread).
func (p *parser) alternation(depth int) (*node, error) {
	var alts []*node
	for {
		c, err := p.concat(depth)
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		if p.more() && p.peek() == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{kind: nAlt, subs: alts}, nil
}

func (p *parser) concat(depth int) (*node, error) {
	cat := &node{kind: nConcat}
	for p.more() {
		c := p.peek()
		if c == '|' {
			break
		}
		if c == ')' {
			if depth == 0 {
				return nil, &Error{"unexpected )", p.src}
			}
			break
		}
		var atom *node
		switch c {
		case '*', '+', '?', '{':
			if c == '{' {
				if _, _, _, ok := p.repeatCount(); !ok {
					// not a repetition: a literal brace, as Go reads it
					p.pos++
					atom = p.literal('{')
					break
				}
			}
			return nil, p.missingArgument()
		case '(':
			var err error
			if atom, err = p.group(depth); err != nil {
				return nil, err
			}
			if atom == nil { // a flag setting alone: (?i)
				continue
			}
		case '[':
			var err error
			if atom, err = p.class(); err != nil {
				return nil, err
			}
		case '.':
			p.pos++
			atom = &node{kind: nAnyNotNL}
			if p.flags.dotNL {
				atom.kind = nAny
			}
		case '^':
			p.pos++
			atom = &node{kind: nAssert, assert: beginText}
			if p.flags.multiLine {
				atom.assert = beginLine
			}
		case '$':
			p.pos++
			atom = &node{kind: nAssert, assert: endText}
			if p.flags.multiLine {
				atom.assert = endLine
			}
		case '\\':
			var err error
			if atom, err = p.escape(); err != nil {
				return nil, err
			}
		default:
			r, w := utf8.DecodeRuneInString(p.src[p.pos:])
			p.pos += w
			atom = p.literal(r)
		}
		var err error
		if atom, err = p.repetitions(atom); err != nil {
			return nil, err
		}
		cat.subs = append(cat.subs, atom)
	}
	switch len(cat.subs) {
	case 0:
		return &node{kind: nEmpty}, nil
	case 1:
		return cat.subs[0], nil
	}
	return cat, nil
}

func (p *parser) missingArgument() error {
	op := p.src[p.pos : p.pos+1]
	if op == "{" {
		_, _, n, _ := p.repeatCount()
		op = p.src[p.pos : p.pos+n]
	}
	return &Error{"missing argument to repetition operator", op}
}

func (p *parser) literal(r rune) *node {
	return &node{kind: nLiteral, r: r, fold: p.flags.fold && hasFold(r)}
}

// repeatCount reads {n}, {n,} or {n,m} at p.pos: the bounds (max -1 for
// none) and its length; ok false when it is not one (then "{" is literal).
func (p *parser) repeatCount() (lo, hi, n int, ok bool) {
	s := p.src[p.pos:]
	end := strings.IndexByte(s, '}')
	if end < 0 {
		return 0, 0, 0, false
	}
	body := s[1:end]
	a, b, comma := strings.Cut(body, ",")
	if a == "" || !digits(a) || (comma && b != "" && !digits(b)) {
		return 0, 0, 0, false
	}
	lo, hi = atoi(a), atoi(a)
	if comma {
		hi = -1
		if b != "" {
			hi = atoi(b)
		}
	}
	return lo, hi, end + 1, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi reads a run of digits, saturating past maxRepeat (which it refuses).
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n > maxRepeat {
		return maxRepeat + 1
	}
	return n
}

// repetitions applies the operators after an atom; a second operator on a
// repetition is refused, as Go does.
func (p *parser) repetitions(atom *node) (*node, error) {
	repeated := false
	for p.more() {
		c := p.peek()
		lo, hi, n := 0, 0, 1
		switch c {
		case '*':
			lo, hi = 0, -1
		case '+':
			lo, hi = 1, -1
		case '?':
			lo, hi = 0, 1
		case '{':
			var ok bool
			if lo, hi, n, ok = p.repeatCount(); !ok {
				return atom, nil
			}
		default:
			return atom, nil
		}
		opStart := p.pos
		p.pos += n
		greedy := true
		if p.more() && p.peek() == '?' {
			p.pos++
			greedy = false
		}
		if p.flags.ungreedy {
			greedy = !greedy
		}
		if repeated {
			return nil, &Error{"invalid nested repetition operator", p.src[opStart-1 : p.pos]}
		}
		if c == '{' && (lo > maxRepeat || hi > maxRepeat || (hi >= 0 && hi < lo)) {
			return nil, &Error{"invalid repeat count", p.src[opStart:p.pos]}
		}
		repeated = true
		atom = &node{kind: nRepeat, subs: []*node{atom}, min: lo, max: hi, greedy: greedy}
	}
	return atom, nil
}

// group reads "(" ... ")" or a flag group; nil when it only set flags.
func (p *parser) group(depth int) (*node, error) {
	open := p.pos
	p.pos++
	saved := p.flags
	capture := true
	if strings.HasPrefix(p.src[p.pos:], "?") {
		p.pos++
		set := true
		for {
			if !p.more() {
				return nil, &Error{"missing closing )", p.src[open:]}
			}
			c := p.peek()
			p.pos++
			switch c {
			case 'i':
				p.flags.fold = set
			case 'm':
				p.flags.multiLine = set
			case 's':
				p.flags.dotNL = set
			case 'U':
				p.flags.ungreedy = set
			case '-':
				if !set {
					return nil, &Error{"invalid or unsupported Perl syntax", p.src[open:p.pos]}
				}
				set = false
				continue
			case ')':
				return nil, nil // flags for the rest of the enclosing group
			case ':':
				capture = false
			default:
				return nil, &Error{"invalid or unsupported Perl syntax", p.src[open:p.pos]}
			}
			if !capture {
				break
			}
		}
	}
	idx := 0
	if capture {
		p.ncap++
		idx = p.ncap
	}
	sub, err := p.alternation(depth + 1)
	if err != nil {
		return nil, err
	}
	if !p.more() {
		return nil, &Error{"missing closing )", p.src}
	}
	p.pos++ // ")"
	p.flags = saved
	if !capture {
		return sub, nil
	}
	return &node{kind: nCapture, cap: idx, subs: []*node{sub}}, nil
}

// escape reads a backslash escape outside a class.
func (p *parser) escape() (*node, error) {
	if p.pos+1 >= len(p.src) {
		return nil, &Error{"trailing backslash at end of expression", ""}
	}
	c := p.src[p.pos+1]
	p.pos += 2
	switch c {
	case 'A':
		return &node{kind: nAssert, assert: beginText}, nil
	case 'z':
		return &node{kind: nAssert, assert: endText}, nil
	case 'b':
		return &node{kind: nAssert, assert: wordBoundary}, nil
	case 'B':
		return &node{kind: nAssert, assert: notWordBoundary}, nil
	}
	if rs, neg, ok := perlClass(c); ok {
		return &node{kind: nClass, ranges: normalize(p.itemSet(rs, neg))}, nil
	}
	r, err := p.escapedRune(c)
	if err != nil {
		return nil, err
	}
	return p.literal(r), nil
}

// escapedRune is the rune of an escape that stands for one (\. \n \t ...).
func (p *parser) escapedRune(c byte) (rune, error) {
	switch c {
	case 'n':
		return '\n', nil
	case 't':
		return '\t', nil
	case 'r':
		return '\r', nil
	case 'f':
		return '\f', nil
	case 'v':
		return '\v', nil
	case 'a':
		return '\a', nil
	}
	if c < utf8.RuneSelf && !isAlnum(c) {
		return rune(c), nil
	}
	return 0, &Error{"invalid escape sequence", p.src[p.pos-2 : p.pos]}
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// perlClass is \d \s \w and their negations, ASCII as in Go.
func perlClass(c byte) (ranges []rune, negated, ok bool) {
	switch c {
	case 'd', 'D':
		return []rune{'0', '9'}, c == 'D', true
	case 's', 'S':
		return []rune{'\t', '\n', '\f', '\r', ' ', ' '}, c == 'S', true
	case 'w', 'W':
		return []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}, c == 'W', true
	}
	return nil, false, false
}

// posixClasses are the [:name:] classes, ASCII as in Go.
var posixClasses = map[string][]rune{
	"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
	"alpha":  {'A', 'Z', 'a', 'z'},
	"ascii":  {0, 0x7f},
	"blank":  {'\t', '\t', ' ', ' '},
	"cntrl":  {0, 0x1f, 0x7f, 0x7f},
	"digit":  {'0', '9'},
	"graph":  {'!', '~'},
	"lower":  {'a', 'z'},
	"print":  {' ', '~'},
	"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
	"space":  {'\t', '\r', ' ', ' '},
	"upper":  {'A', 'Z'},
	"word":   {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'},
	"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
}

// class reads a bracket expression.
func (p *parser) class() (*node, error) {
	open := p.pos
	p.pos++
	negated := false
	if p.more() && p.peek() == '^' {
		negated = true
		p.pos++
	}
	var rs []rune
	first := true
	for {
		if !p.more() {
			return nil, &Error{"missing closing ]", p.src[open:]}
		}
		c := p.peek()
		if c == ']' && !first {
			p.pos++
			break
		}
		first = false
		if c == '[' && strings.HasPrefix(p.src[p.pos:], "[:") {
			if end := strings.Index(p.src[p.pos+2:], ":]"); end >= 0 {
				name := p.src[p.pos+2 : p.pos+2+end]
				neg := strings.HasPrefix(name, "^")
				cls, ok := posixClasses[strings.TrimPrefix(name, "^")]
				if !ok {
					return nil, &Error{"invalid character class range", p.src[p.pos : p.pos+4+end]}
				}
				p.pos += end + 4
				rs = append(rs, p.itemSet(cls, neg)...)
				continue
			}
		}
		itemStart := p.pos
		lo, set, err := p.classAtom()
		if err != nil {
			return nil, err
		}
		if set != nil {
			rs = append(rs, set...)
			continue
		}
		hi := lo
		if strings.HasPrefix(p.src[p.pos:], "-") && p.pos+1 < len(p.src) && p.src[p.pos+1] != ']' {
			p.pos++
			var set2 []rune
			if hi, set2, err = p.classAtom(); err != nil {
				return nil, err
			}
			if set2 != nil || hi < lo {
				return nil, &Error{"invalid character class range", p.src[itemStart:p.pos]}
			}
		}
		rs = append(rs, p.itemSet([]rune{lo, hi}, false)...)
	}
	if negated {
		return &node{kind: nClass, ranges: negate(rs)}, nil
	}
	return &node{kind: nClass, ranges: normalize(rs)}, nil
}

// classAtom is one rune in a class, or a Perl class (\d) as a set.
func (p *parser) classAtom() (rune, []rune, error) {
	c := p.peek()
	if c != '\\' {
		r, w := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += w
		return r, nil, nil
	}
	if p.pos+1 >= len(p.src) {
		return 0, nil, &Error{"trailing backslash at end of expression", ""}
	}
	e := p.src[p.pos+1]
	p.pos += 2
	if rs, neg, ok := perlClass(e); ok {
		return 0, p.itemSet(rs, neg), nil
	}
	r, err := p.escapedRune(e)
	return r, nil, err
}

// itemSet is a class item's runes (a range, \d, [:alpha:]) or \w and the
// like outside a class: under (?i) with their case folds added, before
// they are negated, as Go does (so (?i)[\W] leaves out k as well as K).
func (p *parser) itemSet(rs []rune, negated bool) []rune {
	if p.flags.fold {
		var folded []rune
		for i := 0; i < len(rs); i += 2 {
			folded = appendFolded(folded, rs[i], rs[i+1])
		}
		rs = normalize(append(append([]rune(nil), rs...), folded...))
	}
	if negated {
		return negate(rs)
	}
	return rs
}

// appendFolded adds the case folds of lo..hi (unicode.SimpleFold's orbits,
// as Go's parser does); of a range wider than 0x3000 runes, only its ASCII
// part's.
func appendFolded(out []rune, lo, hi rune) []rune {
	if hi-lo > 0x3000 { // a large range: fold only its ASCII letters and leave the rest
		hi2 := min(hi, 0x7f)
		if lo <= hi2 {
			out = appendFolded(out, lo, hi2)
		}
		return out
	}
	for r := lo; r <= hi; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			out = append(out, f, f)
		}
	}
	return out
}

func normalize(rs []rune) []rune {
	// insertion sort by lo: classes are short
	for i := 2; i < len(rs); i += 2 {
		for j := i; j >= 2 && rs[j] < rs[j-2]; j -= 2 {
			rs[j], rs[j+1], rs[j-2], rs[j-1] = rs[j-2], rs[j-1], rs[j], rs[j+1]
		}
	}
	var out []rune
	for i := 0; i < len(rs); i += 2 {
		lo, hi := rs[i], rs[i+1]
		if n := len(out); n > 0 && lo <= out[n-1]+1 {
			out[n-1] = max(out[n-1], hi)
			continue
		}
		out = append(out, lo, hi)
	}
	return out
}

func negate(rs []rune) []rune {
	rs = normalize(append([]rune(nil), rs...))
	var out []rune
	next := rune(0)
	for i := 0; i < len(rs); i += 2 {
		if rs[i] > next {
			out = append(out, next, rs[i]-1)
		}
		next = rs[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}

func hasFold(r rune) bool { return unicode.SimpleFold(r) != r }

// QuoteMeta escapes every metacharacter of s, as regexp.QuoteMeta does.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
