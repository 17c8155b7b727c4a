package regex

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled pattern. Its methods are those of Go's
// *regexp.Regexp the simulator uses, with the same results.
type Regexp struct {
	expr    string
	prog    []inst
	start   int
	ncap    int // capture groups, not counting the whole match
	longest bool
	// matchers keeps searches' state for the next one (a timeline line
	// is matched against several patterns after each command).
	matchers sync.Pool
}

type opcode uint8

const (
	opRune opcode = iota
	opClass
	opAnyNotNL
	opAny
	opAlt // out preferred, then arg
	opSave
	opAssert
	opMatch
)

type inst struct {
	op     opcode
	fold   bool
	assert assertion
	r      rune
	ranges []rune
	out    int
	arg    int // opAlt: the other branch; opSave: the slot
}

// maxProg bounds a program's size (Go refuses such patterns as too large).
const maxProg = 20000

// Compile parses a pattern in Go's syntax (the subset the package documents).
func Compile(expr string) (*Regexp, error) {
	n, ncap, err := parse(expr)
	if err != nil {
		return nil, err
	}
	c := &compiler{}
	match := c.emit(inst{op: opMatch})
	start := c.compile(n, match)
	if len(c.prog) > maxProg {
		return nil, &Error{"expression too large", expr}
	}
	return &Regexp{expr: expr, prog: c.prog, start: start, ncap: ncap}, nil
}

// MustCompile is Compile that panics on a bad pattern (for the program's own).
func MustCompile(expr string) *Regexp {
	re, err := Compile(expr)
	if err != nil {
		panic("regex: Compile(" + strconv.Quote(expr) + "): " + err.Error())
	}
	return re
}

type compiler struct{ prog []inst }

func (c *compiler) emit(i inst) int {
	c.prog = append(c.prog, i)
	return len(c.prog) - 1
}

// compile emits n followed by next and returns n's first instruction; the
// shapes are those of Go's compiler after syntax.Simplify, so that the
// backtracker prefers what Go's does.
func (c *compiler) compile(n *node, next int) int {
	if len(c.prog) > maxProg {
		return next
	}
	switch n.kind {
	case nLiteral:
		return c.emit(inst{op: opRune, r: n.r, fold: n.fold, out: next})
	case nClass:
		return c.emit(inst{op: opClass, ranges: n.ranges, out: next})
	case nAnyNotNL:
		return c.emit(inst{op: opAnyNotNL, out: next})
	case nAny:
		return c.emit(inst{op: opAny, out: next})
	case nEmpty:
		return next
	case nAssert:
		return c.emit(inst{op: opAssert, assert: n.assert, out: next})
	case nConcat:
		for i := len(n.subs) - 1; i >= 0; i-- {
			next = c.compile(n.subs[i], next)
		}
		return next
	case nAlt:
		first := c.compile(n.subs[len(n.subs)-1], next)
		for i := len(n.subs) - 2; i >= 0; i-- {
			first = c.emit(inst{op: opAlt, out: c.compile(n.subs[i], next), arg: first})
		}
		return first
	case nCapture:
		end := c.emit(inst{op: opSave, arg: 2*n.cap + 1, out: next})
		return c.emit(inst{op: opSave, arg: 2 * n.cap, out: c.compile(n.subs[0], end)})
	case nRepeat:
		return c.repeat(n, next)
	}
	panic("regex: unknown node")
}

func (c *compiler) repeat(n *node, next int) int {
	sub := n.subs[0]
	if n.min == 0 && n.max == 0 || sub.kind == nEmpty {
		return next
	}
	// simplify1: x** is x*, x++ is x+, x?? is x? (same greediness)
	if sub.kind == nRepeat && sub.greedy == n.greedy && sub.min == n.min && sub.max == n.max &&
		(n.max == -1 && n.min <= 1 || n.min == 0 && n.max == 1) {
		return c.compile(sub, next)
	}
	switch {
	case n.max == -1 && n.min == 0:
		if nullable(sub) { // (x+)?, golang.org/issue/46123
			return c.quest(n.greedy, next, func(next int) int { return c.plus(sub, n.greedy, next) })
		}
		return c.star(sub, n.greedy, next)
	case n.max == -1:
		// x{4,} is xxxx+
		next = c.plus(sub, n.greedy, next)
		for i := 0; i < n.min-1; i++ {
			next = c.compile(sub, next)
		}
		return next
	case n.min == 1 && n.max == 1:
		return c.compile(sub, next)
	}
	// x{2,5} is xx(x(x(x)?)?)?
	if n.max > n.min {
		suffix := func(next int) int { return c.compile(sub, next) }
		for i := n.min + 1; i < n.max; i++ {
			inner := suffix
			suffix = func(next int) int {
				return c.compile(sub, c.quest(n.greedy, next, inner))
			}
		}
		next = c.quest(n.greedy, next, suffix)
	}
	for i := 0; i < n.min; i++ {
		next = c.compile(sub, next)
	}
	return next
}

// quest is body? : an alternative between the body (greedy: first) and next.
func (c *compiler) quest(greedy bool, next int, body func(next int) int) int {
	b := body(next)
	if greedy {
		return c.emit(inst{op: opAlt, out: b, arg: next})
	}
	return c.emit(inst{op: opAlt, out: next, arg: b})
}

// loop is L: alt(sub -> L, next), sub preferred when greedy: its alt and
// sub's first instruction.
func (c *compiler) loop(sub *node, greedy bool, next int) (l, body int) {
	l = c.emit(inst{op: opAlt})
	body = c.compile(sub, l)
	if greedy {
		c.prog[l].out, c.prog[l].arg = body, next
	} else {
		c.prog[l].out, c.prog[l].arg = next, body
	}
	return l, body
}

// star enters the loop at its alternative (sub may not run).
func (c *compiler) star(sub *node, greedy bool, next int) int {
	l, _ := c.loop(sub, greedy, next)
	return l
}

// plus enters the loop at sub (it runs at least once).
func (c *compiler) plus(sub *node, greedy bool, next int) int {
	_, body := c.loop(sub, greedy, next)
	return body
}

func nullable(n *node) bool {
	switch n.kind {
	case nEmpty, nAssert:
		return true
	case nConcat:
		for _, s := range n.subs {
			if !nullable(s) {
				return false
			}
		}
		return true
	case nAlt:
		for _, s := range n.subs {
			if nullable(s) {
				return true
			}
		}
		return false
	case nCapture:
		return nullable(n.subs[0])
	case nRepeat:
		return n.min == 0 || nullable(n.subs[0])
	}
	return false
}

// String is the pattern as given.
func (re *Regexp) String() string { return re.expr }

// Longest makes future searches leftmost-longest, as POSIX matches.
func (re *Regexp) Longest() { re.longest = true }

// NumSubexp is the number of capture groups.
func (re *Regexp) NumSubexp() int { return re.ncap }

// job is a backtracking step: an instruction at a position, or (arg) the
// second half of an alternative or a capture slot to restore.
type job struct {
	pc, pos int
	arg     bool
}

// matcher is a search's state: Go's bitState. Its visited bits are laid
// out by position, so that successive searches of one text (FindAll,
// Replace) clear only the positions the last one reached.
type matcher struct {
	re       *Regexp
	s        string
	visited  []uint32
	reached  int // the furthest position marked visited
	jobs     []job
	cap      []int
	matchcap []int
}

// newMatcher is a matcher for s, from the pool when one is there (its
// visited bits are all clear: done clears what a search marked).
func newMatcher(re *Regexp, s string) *matcher {
	m, _ := re.matchers.Get().(*matcher)
	if m == nil {
		m = &matcher{re: re}
	}
	need := (len(re.prog)*(len(s)+1) + 31) / 32
	if cap(m.visited) < need {
		m.visited = make([]uint32, need)
	}
	m.visited = m.visited[:need]
	m.s, m.reached = s, -1
	return m
}

// done clears what the matcher's searches marked and gives it back (a
// small one: a long text's bits are left to the collector).
func (m *matcher) done() {
	if len(m.visited) > 1<<14 {
		return
	}
	m.clear(0)
	m.s = ""
	m.re.matchers.Put(m)
}

func (m *matcher) shouldVisit(pc, pos int) bool {
	n := pos*len(m.re.prog) + pc
	if m.visited[n/32]&(1<<(n&31)) != 0 {
		return false
	}
	m.visited[n/32] |= 1 << (n & 31)
	m.reached = max(m.reached, pos)
	return true
}

// clear forgets what was visited from pos on (a search from pos never
// marks an earlier position).
func (m *matcher) clear(pos int) {
	if m.reached < pos {
		return
	}
	lo, hi := pos*len(m.re.prog)/32, ((m.reached+1)*len(m.re.prog)+31)/32
	clear(m.visited[lo:min(hi, len(m.visited))])
	m.reached = pos - 1
}

func (m *matcher) push(pc, pos int, arg bool) {
	if arg || m.shouldVisit(pc, pos) {
		m.jobs = append(m.jobs, job{pc, pos, arg})
	}
}

func (m *matcher) step(pos int) (rune, int) {
	if pos >= len(m.s) {
		return -1, 0
	}
	if c := m.s[pos]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(m.s[pos:])
}

func (m *matcher) runeBefore(pos int) rune {
	if pos <= 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(m.s[:pos])
	return r
}

func isWordChar(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
}

func (m *matcher) holds(a assertion, pos int) bool {
	before, after := m.runeBefore(pos), rune(-1)
	if pos < len(m.s) {
		after, _ = m.step(pos)
	}
	switch a {
	case beginText:
		return pos == 0
	case endText:
		return pos == len(m.s)
	case beginLine:
		return before == -1 || before == '\n'
	case endLine:
		return after == -1 || after == '\n'
	case wordBoundary:
		return isWordChar(before) != isWordChar(after)
	case notWordBoundary:
		return isWordChar(before) == isWordChar(after)
	}
	return false
}

func (in *inst) matchRune(r rune) bool {
	switch in.op {
	case opRune:
		if r == in.r {
			return true
		}
		if in.fold {
			for f := unicode.SimpleFold(in.r); f != in.r; f = unicode.SimpleFold(f) {
				if r == f {
					return true
				}
			}
		}
		return false
	case opClass:
		for i := 0; i < len(in.ranges); i += 2 {
			if r < in.ranges[i] {
				return false
			}
			if r <= in.ranges[i+1] {
				return true
			}
		}
	}
	return false
}

// try backtracks from pc at pos, as Go's tryBacktrack does.
func (m *matcher) try(pos int) bool {
	longest := m.re.longest
	m.push(m.re.start, pos, false)
	for len(m.jobs) > 0 {
		j := m.jobs[len(m.jobs)-1]
		m.jobs = m.jobs[:len(m.jobs)-1]
		pc, pos, arg := j.pc, j.pos, j.arg
		first := true
		for {
			if !first && !m.shouldVisit(pc, pos) {
				break
			}
			first = false
			in := &m.re.prog[pc]
			switch in.op {
			case opAlt:
				if arg {
					arg = false
					pc = in.arg
					continue
				}
				m.push(pc, pos, true)
				pc = in.out
				continue
			case opRune, opClass:
				r, w := m.step(pos)
				if w == 0 || !in.matchRune(r) {
					goto next
				}
				pos += w
				pc = in.out
				continue
			case opAnyNotNL, opAny:
				r, w := m.step(pos)
				if w == 0 || r == '\n' && in.op == opAnyNotNL {
					goto next
				}
				pos += w
				pc = in.out
				continue
			case opSave:
				if arg { // done with what followed: restore the slot
					m.cap[in.arg] = pos
					goto next
				}
				if in.arg < len(m.cap) {
					m.jobs = append(m.jobs, job{pc, m.cap[in.arg], true})
					m.cap[in.arg] = pos
				}
				pc = in.out
				continue
			case opAssert:
				if !m.holds(in.assert, pos) {
					goto next
				}
				pc = in.out
				continue
			case opMatch:
				if len(m.cap) == 0 {
					return true
				}
				if len(m.cap) > 1 {
					m.cap[1] = pos
				}
				if old := m.matchcap[1]; old == -1 || (longest && pos > 0 && pos > old) {
					copy(m.matchcap, m.cap)
				}
				if !longest || pos == len(m.s) {
					return true
				}
				goto next
			}
		}
	next:
	}
	return longest && len(m.matchcap) > 1 && m.matchcap[1] >= 0
}

// execute searches s from pos: the match's slots (2 per group, whole match
// first; -1 where a group took no part), ncap of them, or nil.
func (re *Regexp) execute(s string, pos, ncap int) []int {
	m := newMatcher(re, s)
	defer m.done()
	return re.executeWith(m, pos, ncap)
}

// executeWith is execute with a matcher of s that earlier searches from
// no later than pos may have used.
func (re *Regexp) executeWith(m *matcher, pos, ncap int) []int {
	s := m.s
	m.clear(pos)
	m.jobs = m.jobs[:0]
	if cap(m.cap) < ncap {
		m.cap = make([]int, ncap)
	}
	m.cap = m.cap[:ncap]
	m.matchcap = make([]int, ncap) // the caller keeps it
	for i := range m.cap {
		m.cap[i], m.matchcap[i] = -1, -1
	}
	for ; pos <= len(s); pos++ {
		if len(m.cap) > 0 {
			m.cap[0] = pos
		}
		if m.try(pos) {
			if ncap == 0 {
				return []int{}
			}
			return m.matchcap
		}
		if pos < len(s) && s[pos] >= utf8.RuneSelf {
			_, w := utf8.DecodeRuneInString(s[pos:])
			pos += w - 1
		}
	}
	return nil
}

func (re *Regexp) slots() int { return 2 * (re.ncap + 1) }

// MatchString reports whether s contains a match.
func (re *Regexp) MatchString(s string) bool { return re.execute(s, 0, 0) != nil }

// FindStringIndex is the leftmost match's bounds, or nil.
func (re *Regexp) FindStringIndex(s string) []int {
	a := re.execute(s, 0, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindStringIndexFrom is the leftmost match at or after pos, bounds
// relative to s: "^" still means s's start (regexec's REG_NOTBOL on
// s[pos:]) and assertions see the bytes before pos.
func (re *Regexp) FindStringIndexFrom(s string, pos int) []int {
	a := re.execute(s, pos, 2)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString is the leftmost match's text ("" when none).
func (re *Regexp) FindString(s string) string {
	a := re.execute(s, 0, 2)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringSubmatchIndex is the leftmost match's slots, or nil.
func (re *Regexp) FindStringSubmatchIndex(s string) []int { return re.execute(s, 0, re.slots()) }

// FindStringSubmatch is the leftmost match's text and its groups', or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.execute(s, 0, re.slots())
	if a == nil {
		return nil
	}
	return texts(s, a)
}

func texts(s string, a []int) []string {
	out := make([]string, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return out
}

// all calls deliver for each successive match (at most n when n >= 0):
// Go's allMatches, so that an empty match right after a match is skipped.
func (re *Regexp) all(s string, n, ncap int, deliver func([]int)) {
	if n < 0 {
		n = len(s) + 1
	}
	m := newMatcher(re, s)
	defer m.done()
	for pos, i, prevEnd := 0, 0, -1; i < n && pos <= len(s); {
		a := re.executeWith(m, pos, ncap)
		if a == nil {
			break
		}
		accept := true
		if a[1] == pos {
			if a[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos = len(s) + 1
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		if accept {
			deliver(append([]int(nil), a...))
			i++
		}
	}
}

// FindAllString is every successive match's text (at most n when n >= 0).
func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.all(s, n, 2, func(a []int) { out = append(out, s[a[0]:a[1]]) })
	return out
}

// FindAllStringIndex is every successive match's bounds.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, 2, func(a []int) { out = append(out, a) })
	return out
}

// FindAllStringSubmatch is every successive match's text and groups.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.all(s, n, re.slots(), func(a []int) { out = append(out, texts(s, a)) })
	return out
}

// FindAllStringSubmatchIndex is every successive match's slots.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, re.slots(), func(a []int) { out = append(out, a) })
	return out
}

// Split cuts s around the matches, as regexp's Split does.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}

// replace is Go's replaceAll: repl writes each match's replacement.
func (re *Regexp) replace(src string, ncap int, repl func(b *strings.Builder, a []int)) string {
	var b strings.Builder
	last, search := 0, 0
	m := newMatcher(re, src)
	defer m.done()
	for search <= len(src) {
		a := re.executeWith(m, search, ncap)
		if a == nil {
			break
		}
		b.WriteString(src[last:a[0]])
		if a[1] > last || a[0] == 0 {
			repl(&b, a)
		}
		last = a[1]
		_, w := utf8.DecodeRuneInString(src[search:])
		switch {
		case search+w > a[1]:
			search += w
		case search+1 > a[1]:
			search++
		default:
			search = a[1]
		}
	}
	b.WriteString(src[last:])
	return b.String()
}

// ReplaceAllStringFunc replaces every match with f of its text.
func (re *Regexp) ReplaceAllStringFunc(src string, f func(string) string) string {
	return re.replace(src, 2, func(b *strings.Builder, a []int) { b.WriteString(f(src[a[0]:a[1]])) })
}

// ReplaceAllString replaces every match with repl, where $1 or ${1} is a
// group's text and $$ a dollar (the package has no named groups: $name is
// empty, as an unknown name is in Go).
func (re *Regexp) ReplaceAllString(src, repl string) string {
	ncap := 2
	if strings.IndexByte(repl, '$') >= 0 {
		ncap = re.slots()
	}
	return re.replace(src, ncap, func(b *strings.Builder, a []int) { re.expand(b, repl, src, a) })
}

func (re *Regexp) expand(b *strings.Builder, tmpl, src string, a []int) {
	for len(tmpl) > 0 {
		before, after, ok := strings.Cut(tmpl, "$")
		b.WriteString(before)
		if !ok {
			return
		}
		tmpl = after
		if strings.HasPrefix(tmpl, "$") {
			b.WriteByte('$')
			tmpl = tmpl[1:]
			continue
		}
		name, rest, ok := extractName(tmpl)
		if !ok {
			b.WriteByte('$') // a malformed reference is kept as text
			continue
		}
		tmpl = rest
		if i, err := strconv.Atoi(name); err == nil && 2*i+1 < len(a) && a[2*i] >= 0 {
			b.WriteString(src[a[2*i]:a[2*i+1]])
		}
	}
}

// extractName reads "name" or "{name}" after a "$", as regexp.extract.
func extractName(s string) (name, rest string, ok bool) {
	brace := strings.HasPrefix(s, "{")
	if brace {
		s = s[1:]
	}
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += w
	}
	if i == 0 {
		return "", "", false
	}
	name, s = s[:i], s[i:]
	if brace {
		if !strings.HasPrefix(s, "}") {
			return "", "", false
		}
		s = s[1:]
	}
	return name, s, true
}
