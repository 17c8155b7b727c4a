package busybox

import (
	"slices"
	"strings"
)

// The parser of busybox 1.35 ash, for what a person types at an
// interactive prompt: one line is parsed whole before any of it runs
// (so "echo a; ;" prints nothing but the syntax error), and a line that
// ends inside a construct asks for more with the PS2 prompt.

// Tokens, in ash's order (tokname_array): the first four are named
// without quotes in error messages.
type token int

const (
	tEOF token = iota
	tNL
	tRedir
	tWord
	tSemi
	tAmp
	tAnd
	tOr
	tPipe
	tLP
	tRP
	tEndCase
	tBackq
	tNot // the keywords follow
	tCase
	tDo
	tDone
	tElif
	tElse
	tEsac
	tFi
	tFor
	tIf
	tIn
	tThen
	tUntil
	tWhile
	tBegin
	tEnd
)

var tokNames = [...]string{"end of file", "newline", "redirection", "word", ";", "&", "&&", "||", "|", "(", ")",
	";;", "`", "!", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "until",
	"while", "{", "}"}

var keywords = map[string]token{"!": tNot, "case": tCase, "do": tDo, "done": tDone, "elif": tElif,
	"else": tElse, "esac": tEsac, "fi": tFi, "for": tFor, "if": tIf, "in": tIn, "then": tThen,
	"until": tUntil, "while": tWhile, "{": tBegin, "}": tEnd}

func (t token) name() string {
	if t < tSemi {
		return tokNames[t]
	}
	return `"` + tokNames[t] + `"`
}

// syntaxError is ash's "syntax error: ..." (the line is dropped, $? = 2).
// line is where the parser stood (1: the text's first line).
type syntaxError struct {
	msg  string
	line int
}

// errIncomplete: the line ends inside a construct; ash reads another line.
type incomplete struct{}

// maxNesting bounds the parser's recursion (a person types nothing deeper).
const maxNesting = 200

// The syntax tree.
type (
	// list is commands separated by ';', '&' or newlines.
	list struct{ items []andOr }
	// andOr is pipelines joined by && and ||.
	andOr struct {
		first *pipeline
		rest  []andOrPart
		bg    bool
	}
	andOrPart struct {
		and bool
		p   *pipeline
	}
	pipeline struct {
		negate bool
		cmds   []command
	}
	command interface{ isCommand() }

	simpleCmd struct {
		line    int // its first word's line in the parsed text (1: the first)
		assigns []*word
		args    []*word
		redirs  []redir
	}
	forCmd struct {
		name   string
		items  []*word
		hasIn  bool
		body   *list
		redirs []redir
	}
	loopCmd struct { // while / until
		until      bool
		cond, body *list
		redirs     []redir
	}
	ifCmd struct {
		conds, bodies []*list
		elseBody      *list
		redirs        []redir
	}
	caseCmd struct {
		subject *word
		items   []caseItem
		redirs  []redir
	}
	caseItem struct {
		patterns []*word
		body     *list
	}
	groupCmd struct { // { ...; } or ( ... )
		body     *list
		subshell bool
		redirs   []redir
	}
	funcDef struct {
		name string
		body command
	}
)

func (*simpleCmd) isCommand() {}
func (*forCmd) isCommand()    {}
func (*loopCmd) isCommand()   {}
func (*ifCmd) isCommand()     {}
func (*caseCmd) isCommand()   {}
func (*groupCmd) isCommand()  {}
func (*funcDef) isCommand()   {}

// redir is one redirection: [fd]op target.
type redir struct {
	fd     int    // -1: the operator's default
	op     string // ">", ">>", ">|", "<", "<>", ">&", "<&", "&>", "<<", "<<-"
	target *word
	doc    *hereDoc // "<<", "<<-": the body, read after the line's newline
}

// hereDoc is a here-document: its delimiter and, once read, its body
// (expanded as in double quotes unless the delimiter had quotes).
type hereDoc struct {
	delim  string
	quoted bool
	strip  bool // <<-: leading tabs removed from the body and delimiter lines
	body   *word
}

// A word is a sequence of parts; quoted parts are neither split nor globbed.
type word struct {
	parts []wordPart
}

type partKind int

const (
	pLit    partKind = iota
	pParam           // $name, ${...}
	pCmdSub          // $(...) and `...`
	pArith           // $((...))
)

type wordPart struct {
	kind    partKind
	text    string // pLit: the text; pParam: the parameter's name
	quoted  bool   // quoted or escaped: taken literally
	dq      bool   // inside double quotes
	op      string // pParam: "", "-", ":-", "=", ":=", "?", ":?", "+", ":+", "#", "##", "%", "%%", "len", "/", "//", ":", "bad"
	arg     *word  // pParam: the operand; pArith: the expression
	arg2    *word  // pParam: substring length, replacement
	hasArg2 bool
	cmd     *list // pCmdSub
}

// literal is the word's text when it is one unquoted literal.
func (w *word) literal() (string, bool) {
	if len(w.parts) != 1 || w.parts[0].kind != pLit || w.parts[0].quoted {
		return "", false
	}
	return w.parts[0].text, true
}

// parser reads tokens from src; src holds every line typed for this
// command so far, each ending in '\n'.
type parser struct {
	src      string
	pos      int
	depth    int
	pushback bool
	last     token
	wordVal  *word
	redirVal redir
	checkKwd bool // recognise keywords at this point
	checkNL  bool // skip newlines before the next token
	// eofAtEnd: the text is all there is (a `...` substitution re-read as
	// input): its end is an end of file, not a request for another line.
	eofAtEnd bool
	// docs are the here-documents whose bodies follow the next newline.
	docs []*hereDoc
	// aliases are expanded as the line is read (a word in a command's
	// place); wordStart is where the last word began; inAlias are the
	// expansions whose text is still being read (an alias is not expanded
	// inside its own text: alias a='a; a' runs "a" twice).
	aliases   map[string]aliasDef
	wordStart int
	inAlias   []aliasSpan
	// base is the number of lines before the text (a script's command
	// after the first): commands carry their line in the whole file.
	base int
}

// aliasSpan is an alias's text spliced into the source, up to end.
type aliasSpan struct {
	name string
	end  int
}

// parseLine parses what was typed; it panics with syntaxError or
// incomplete, which Parse turns into results.
func parse(src string) (l *list, err *syntaxError, more bool) { return parseWith(src, nil) }

// parseWith reads a line with the shell's aliases.
func parseWith(src string, aliases map[string]aliasDef) (l *list, err *syntaxError, more bool) {
	return parseFrom(src, aliases, 0)
}

// parseFrom parses text that starts after base lines of its file.
func parseFrom(src string, aliases map[string]aliasDef, base int) (l *list, err *syntaxError, more bool) {
	p := &parser{src: src, aliases: aliases, base: base}
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case syntaxError:
				err = &e
			case incomplete:
				more = true
			default:
				panic(r)
			}
		}
	}()
	l = &list{}
	for !p.atEnd() {
		part := p.list(1)
		l.items = append(l.items, part.items...)
	}
	return l, nil, false
}

func (p *parser) fail(msg string) { panic(syntaxError{"syntax error: " + msg, p.lineAt(p.pos)}) }

// lineAt is the line of the text at offset pos (1: the first).
func (p *parser) lineAt(pos int) int {
	return p.base + 1 + strings.Count(p.src[:min(pos, len(p.src))], "\n")
}

func (p *parser) unexpected(want token) {
	msg := "unexpected " + p.last.name()
	if want >= 0 {
		msg += " (expecting " + want.name() + ")"
	}
	p.fail(msg)
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxNesting {
		p.fail("nested too deeply")
	}
}

func (p *parser) leave() { p.depth-- }

// tokenEnds are the tokens that end a list inside a compound command.
func endsList(t token) bool {
	switch t {
	case tEOF, tRP, tEndCase, tBackq, tDo, tDone, tElif, tElse, tEsac, tFi, tThen, tEnd:
		return true
	}
	return false
}

// list parses commands up to a newline (top level, nl=1) or up to a
// token that ends a compound part (nl=0, newlines skipped; nl=2 for a
// case item, which may be empty).
func (p *parser) list(nl int) *list {
	p.enter()
	defer p.leave()
	skipNL := nl&1 == 0
	l := &list{}
	for {
		p.checkKwd, p.checkNL = true, skipNL
		t := p.readToken()
		switch t {
		case tNL:
			return l
		case tEOF:
			p.pushback = true
			return l
		}
		p.pushback = true
		if nl == 2 && endsList(t) {
			return l
		}
		nl |= 2
		ao := p.andOr()
		t = p.readToken()
		if t == tAmp {
			ao.bg = true
		}
		l.items = append(l.items, *ao)
		switch t {
		case tEOF:
			p.pushback = true
			return l
		case tNL:
			p.pushback = true
		case tAmp, tSemi:
		default:
			if !skipNL {
				p.unexpected(-1)
			}
			p.pushback = true
			return l
		}
	}
}

func (p *parser) andOr() *andOr {
	ao := &andOr{first: p.pipeline()}
	for {
		t := p.readToken()
		if t != tAnd && t != tOr {
			p.pushback = true
			return ao
		}
		p.checkKwd, p.checkNL = true, true
		ao.rest = append(ao.rest, andOrPart{and: t == tAnd, p: p.pipeline()})
	}
}

func (p *parser) pipeline() *pipeline {
	pl := &pipeline{}
	if p.readToken() == tNot {
		pl.negate = true
		p.checkKwd = true
	} else {
		p.pushback = true
	}
	pl.cmds = append(pl.cmds, p.command())
	for p.readToken() == tPipe {
		p.checkKwd, p.checkNL = true, true
		pl.cmds = append(pl.cmds, p.command())
	}
	p.pushback = true
	return pl
}

func (p *parser) command() command {
	p.enter()
	defer p.leave()
	var c command
	var end token
	var redirs *[]redir
	switch p.readToken() {
	default:
		p.unexpected(-1)
	case tIf:
		ic := &ifCmd{}
		ic.conds = append(ic.conds, p.list(0))
		if p.readToken() != tThen {
			p.unexpected(tThen)
		}
		ic.bodies = append(ic.bodies, p.list(0))
		for p.readToken() == tElif {
			ic.conds = append(ic.conds, p.list(0))
			if p.readToken() != tThen {
				p.unexpected(tThen)
			}
			ic.bodies = append(ic.bodies, p.list(0))
		}
		if p.last == tElse {
			ic.elseBody = p.list(0)
		} else {
			p.pushback = true
		}
		c, end, redirs = ic, tFi, &ic.redirs
	case tWhile, tUntil:
		lc := &loopCmd{until: p.last == tUntil}
		lc.cond = p.list(0)
		if p.readToken() != tDo {
			p.unexpected(tDo)
		}
		lc.body = p.list(0)
		c, end, redirs = lc, tDone, &lc.redirs
	case tFor:
		p.checkKwd = false
		if p.readToken() != tWord {
			p.fail("bad for loop variable")
		}
		name, ok := p.wordVal.literal()
		if !ok || !goodName(name) {
			p.fail("bad for loop variable")
		}
		fc := &forCmd{name: name}
		p.checkKwd, p.checkNL = true, true
		if p.readToken() == tIn {
			fc.hasIn = true
			for p.readToken() == tWord {
				fc.items = append(fc.items, p.wordVal)
			}
			if p.last != tNL && p.last != tSemi {
				p.unexpected(-1)
			}
		} else if p.last != tSemi {
			p.pushback = true
		}
		p.checkKwd, p.checkNL = true, true
		if p.readToken() != tDo {
			p.unexpected(tDo)
		}
		fc.body = p.list(0)
		c, end, redirs = fc, tDone, &fc.redirs
	case tCase:
		cc := &caseCmd{}
		if p.readToken() != tWord {
			p.unexpected(tWord)
		}
		cc.subject = p.wordVal
		p.checkKwd, p.checkNL = true, true
		if p.readToken() != tIn {
			p.unexpected(tIn)
		}
		for {
			p.checkKwd, p.checkNL = true, true
			t := p.readToken()
			if t == tEsac {
				break
			}
			if t == tLP {
				p.readToken()
			}
			var item caseItem
			for {
				if p.last != tWord {
					// ash takes any token's text as a pattern word here; a
					// person's typo ends in the ")" check below.
					item.patterns = append(item.patterns, &word{parts: []wordPart{{kind: pLit, text: tokNames[p.last]}}})
				} else {
					item.patterns = append(item.patterns, p.wordVal)
				}
				if p.readToken() != tPipe {
					break
				}
				p.readToken()
			}
			if p.last != tRP {
				p.unexpected(tRP)
			}
			item.body = p.list(2)
			cc.items = append(cc.items, item)
			p.checkKwd, p.checkNL = true, true
			t = p.readToken()
			if t == tEsac {
				break
			}
			if t != tEndCase {
				p.unexpected(tEndCase)
			}
		}
		return p.trailingRedirs(cc, &cc.redirs)
	case tLP:
		g := &groupCmd{subshell: true, body: p.list(0)}
		c, end, redirs = g, tRP, &g.redirs
	case tBegin:
		g := &groupCmd{body: p.list(0)}
		c, end, redirs = g, tEnd, &g.redirs
	case tWord, tRedir:
		p.pushback = true
		return p.simpleCommand()
	}
	if p.readToken() != end {
		p.unexpected(end)
	}
	return p.trailingRedirs(c, redirs)
}

func (p *parser) trailingRedirs(c command, redirs *[]redir) command {
	p.checkKwd = true
	for p.readToken() == tRedir {
		*redirs = append(*redirs, p.redirTarget())
	}
	p.pushback = true
	return c
}

// redirTarget reads the file (or fd) word after a redirection operator.
func (p *parser) redirTarget() redir {
	r := p.redirVal
	p.checkKwd = false
	if p.readToken() != tWord {
		p.unexpected(-1)
	}
	r.target = p.wordVal
	if r.op == "<<" || r.op == "<<-" {
		d := &hereDoc{strip: r.op == "<<-"}
		for _, part := range r.target.parts {
			d.quoted = d.quoted || part.quoted
			if part.kind == pLit {
				d.delim += part.text
			}
		}
		r.doc = d
		p.docs = append(p.docs, d)
	}
	return r
}

// readDocs reads the bodies of the line's here-documents, which follow
// its newline (ash's readheredocs); the typed text ending before a
// delimiter line asks for another line (PS2).
func (p *parser) readDocs() {
	docs := p.docs
	p.docs = nil
	for _, d := range docs {
		var body strings.Builder
		for {
			if p.atEnd() {
				if p.eofAtEnd {
					break
				}
				panic(incomplete{})
			}
			end := strings.IndexByte(p.src[p.pos:], '\n')
			if end < 0 {
				end = len(p.src) - p.pos
			}
			line := p.src[p.pos : p.pos+end]
			p.pos += end + 1
			if p.pos > len(p.src) {
				p.pos = len(p.src)
			}
			if d.strip {
				line = strings.TrimLeft(line, "\t")
			}
			if line == d.delim {
				break
			}
			body.WriteString(line + "\n")
		}
		if d.quoted {
			d.body = &word{parts: []wordPart{{kind: pLit, text: body.String(), quoted: true}}}
			continue
		}
		d.body = hereBody(body.String(), p.depth)
	}
}

// hereBody parses an unquoted here-document's body: $ expansions and
// backquotes, a backslash quoting only $ ` \ and a newline.
func hereBody(s string, depth int) *word {
	p := &parser{src: s, eofAtEnd: true, depth: depth}
	var b wordBuilder
	for !p.atEnd() {
		c := p.src[p.pos]
		switch c {
		case '\\':
			p.pos++
			if p.atEnd() {
				b.lit("\\", true, true)
				continue
			}
			e := p.next()
			switch e {
			case '\n':
			case '$', '`', '\\':
				b.lit(string(e), true, true)
			default:
				b.lit("\\"+string(e), true, true)
			}
		case '$':
			p.dollar(&b, true)
		case '`':
			p.pos++
			b.add(p.backquote(true))
		default:
			b.lit(string(c), true, true)
			p.pos++
		}
	}
	if len(b.w.parts) == 0 {
		b.lit("", true, true)
	}
	return &b.w
}

func (p *parser) simpleCommand() command {
	sc := &simpleCmd{line: p.lineAt(p.pos)}
	assignOK := true
	// doubleBrackets: inside [[ ]], && and || are words for test (BASH_TEST2).
	doubleBrackets := false
	for {
		p.checkKwd = false
		t := p.readToken()
		if doubleBrackets && (t == tAnd || t == tOr) {
			p.wordVal = &word{parts: []wordPart{{kind: pLit, text: map[token]string{tAnd: "&&", tOr: "||"}[t]}}}
			t = tWord
		}
		switch t {
		case tWord:
			w := p.wordVal
			if assignOK && isAssignment(w) {
				sc.assigns = append(sc.assigns, w)
				continue
			}
			assignOK = false
			if lit, ok := w.literal(); ok {
				switch {
				case lit == "[[" && len(sc.args) == 0:
					doubleBrackets = true
				case lit == "]]":
					doubleBrackets = false
				case lit == "function" && len(sc.args) == 0 && len(sc.redirs) == 0:
					// BASH_FUNCTION: "function NAME { ...; }" or "function NAME() ...".
					if f := p.functionKeyword(); f != nil {
						return f
					}
					sc.args = append(sc.args, p.wordVal)
					continue
				}
			}
			sc.args = append(sc.args, w)
		case tRedir:
			sc.redirs = append(sc.redirs, p.redirTarget())
		case tLP:
			if len(sc.args) == 1 && len(sc.assigns) == 0 && len(sc.redirs) == 0 {
				// name() { ...; }: a function definition.
				if p.readToken() != tRP {
					p.unexpected(tRP)
				}
				name, ok := sc.args[0].literal()
				if !ok || !goodName(name) || specialBuiltins[name] {
					p.fail("bad function name")
				}
				p.checkKwd, p.checkNL = true, true
				return &funcDef{name: name, body: p.command()}
			}
			p.pushback = true
			return sc
		default:
			p.pushback = true
			return sc
		}
	}
}

// functionKeyword reads what follows "function": a name, then either a
// compound command (the body) or "()" (left for the usual definition,
// with the name as the command's first word, which it returns as wordVal
// and nil).
func (p *parser) functionKeyword() command {
	p.checkKwd = false
	if p.readToken() != tWord {
		p.unexpected(-1)
	}
	nameWord := p.wordVal
	p.checkKwd, p.checkNL = true, true
	t := p.readToken()
	p.pushback = true
	switch t {
	case tBegin, tIf, tCase, tUntil, tWhile, tFor:
	case tLP:
		p.wordVal = nameWord
		return nil
	default:
		if t == tWord {
			if lit, ok := p.wordVal.literal(); ok && lit == "[[" {
				break
			}
		}
		p.unexpected(-1)
	}
	name, ok := nameWord.literal()
	if !ok || !goodName(name) || specialBuiltins[name] {
		p.fail("bad function name")
	}
	return &funcDef{name: name, body: p.command()}
}

// isAssignment: NAME=... with NAME unquoted.
func isAssignment(w *word) bool {
	if len(w.parts) == 0 || w.parts[0].kind != pLit || w.parts[0].quoted {
		return false
	}
	name, _, ok := strings.Cut(w.parts[0].text, "=")
	return ok && goodName(name)
}

func goodName(s string) bool {
	if s == "" || !isNameStart(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isNameChar(s[i]) {
			return false
		}
	}
	return true
}

func isNameStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isNameChar(c byte) bool  { return isNameStart(c) || c >= '0' && c <= '9' }

// --- the lexer ---

// peek returns the next byte; reading past what was typed asks for
// another line.
func (p *parser) peek() byte {
	if p.pos >= len(p.src) {
		if p.eofAtEnd {
			return 0
		}
		panic(incomplete{})
	}
	return p.src[p.pos]
}

func (p *parser) next() byte {
	c := p.peek()
	if c != 0 || p.pos < len(p.src) {
		p.pos++
	}
	return c
}

func (p *parser) atEnd() bool { return p.pos >= len(p.src) }

// needMore is the end of the text inside a construct: another line, or,
// in a `...` substitution, ash's error.
func (p *parser) needMore(msg string) {
	if p.eofAtEnd {
		p.fail(msg)
	}
	panic(incomplete{})
}

// readToken returns the next token, honouring pushback, keyword and
// newline checks.
func (p *parser) readToken() token {
	var t token
	if p.pushback {
		p.pushback = false
		t = p.last
	} else {
		t = p.lex()
	}
	for t == tNL && p.checkNL {
		t = p.lex()
	}
	// An alias in a command's place is replaced by its text, read again
	// (alias ls='ls -1' reads "ls" inside its own text as the command).
	for t == tWord && p.checkKwd && len(p.aliases) > 0 {
		s, ok := p.wordVal.literal()
		a, found := p.aliases[s]
		if !ok || !found || p.src[p.wordStart:p.pos] != s || slices.ContainsFunc(p.inAlias, func(sp aliasSpan) bool {
			return sp.name == s && sp.end > p.wordStart
		}) {
			break
		}
		delta := len(a.value) - (p.pos - p.wordStart)
		for i := range p.inAlias {
			if p.inAlias[i].end > p.wordStart {
				p.inAlias[i].end += delta
			}
		}
		p.inAlias = append(p.inAlias, aliasSpan{s, p.wordStart + len(a.value)})
		p.src = p.src[:p.wordStart] + a.value + p.src[p.pos:]
		p.pos = p.wordStart
		t = p.lex()
	}
	if t == tWord && p.checkKwd {
		if s, ok := p.wordVal.literal(); ok {
			if k, ok := keywords[s]; ok {
				t = k
			}
		}
	}
	p.checkKwd, p.checkNL = false, false
	p.last = t
	return t
}

func (p *parser) lex() token {
	for {
		if p.atEnd() && p.eofAtEnd {
			return tEOF
		}
		c := p.peek()
		switch c {
		case ' ', '\t':
			p.pos++
			continue
		case '#':
			for !p.atEnd() && p.src[p.pos] != '\n' {
				p.pos++
			}
			continue
		case '\\':
			if p.pos+1 < len(p.src) && p.src[p.pos+1] == '\n' {
				p.pos += 2
				continue
			}
		case '\n':
			p.pos++
			if len(p.docs) > 0 {
				p.readDocs()
			}
			return tNL
		case ';':
			p.pos++
			if p.peek() == ';' {
				p.pos++
				return tEndCase
			}
			return tSemi
		case '&':
			p.pos++
			switch p.peek() {
			case '&':
				p.pos++
				return tAnd
			case '>':
				// bash's &>file: stdout and stderr.
				p.pos++
				p.redirVal = redir{fd: -1, op: "&>"}
				return tRedir
			}
			return tAmp
		case '|':
			p.pos++
			if p.peek() == '|' {
				p.pos++
				return tOr
			}
			return tPipe
		case '(':
			p.pos++
			return tLP
		case ')':
			p.pos++
			return tRP
		case '<', '>':
			p.redirVal = p.redirOp(-1)
			return tRedir
		}
		return p.word()
	}
}

// redirOp reads a redirection operator at p.pos.
func (p *parser) redirOp(fd int) redir {
	c := p.next()
	r := redir{fd: fd}
	n := p.peek()
	if c == '>' {
		switch n {
		case '>':
			p.pos++
			r.op = ">>"
		case '|':
			p.pos++
			r.op = ">|"
		case '&':
			p.pos++
			r.op = ">&"
		default:
			r.op = ">"
		}
		return r
	}
	switch n {
	case '<':
		p.pos++
		r.op = "<<"
		if p.peek() == '-' {
			p.pos++
			r.op = "<<-"
		}
	case '>':
		p.pos++
		r.op = "<>"
	case '&':
		p.pos++
		r.op = "<&"
	default:
		r.op = "<"
	}
	return r
}

// isMeta ends an unquoted word.
func isMeta(c byte) bool {
	switch c {
	case ' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')':
		return true
	}
	return false
}

// wordBuilder collects a word's parts, merging adjacent literals.
type wordBuilder struct{ w word }

func (b *wordBuilder) lit(s string, quoted, dq bool) {
	n := len(b.w.parts)
	if n > 0 && b.w.parts[n-1].kind == pLit && b.w.parts[n-1].quoted == quoted && b.w.parts[n-1].dq == dq {
		b.w.parts[n-1].text += s
		return
	}
	b.w.parts = append(b.w.parts, wordPart{kind: pLit, text: s, quoted: quoted, dq: dq})
}

func (b *wordBuilder) add(part wordPart) { b.w.parts = append(b.w.parts, part) }

// word reads one word (or an fd-prefixed redirection such as "2>").
func (p *parser) word() token {
	var b wordBuilder
	start := p.pos
	p.wordStart = start
	for {
		if p.atEnd() && p.eofAtEnd {
			break
		}
		c := p.peek()
		if isMeta(c) {
			if (c == '<' || c == '>') && p.pos > start && allDigits(p.src[start:p.pos]) && len(b.w.parts) == 1 && !b.w.parts[0].quoted {
				fd := 0
				for _, d := range p.src[start:p.pos] {
					fd = fd*10 + int(d-'0')
					if fd > 1<<20 {
						fd = 1 << 20
					}
				}
				p.redirVal = p.redirOp(fd)
				return tRedir
			}
			break
		}
		switch c {
		case '\'':
			p.pos++
			j := strings.IndexByte(p.src[p.pos:], '\'')
			if j < 0 {
				p.pos = len(p.src)
				p.needMore("unterminated quoted string")
			}
			b.lit(p.src[p.pos:p.pos+j], true, false)
			p.pos += j + 1
			if b.w.parts[len(b.w.parts)-1].text == "" {
				// '' still makes a word: keep an empty quoted part.
				b.w.parts[len(b.w.parts)-1].quoted = true
			}
		case '"':
			p.pos++
			p.doubleQuoted(&b)
		case '\\':
			p.pos++
			e := p.next()
			if e == '\n' {
				continue
			}
			if e == 0 {
				b.lit("\\", true, false)
				continue
			}
			b.lit(string(e), true, false)
		case '$':
			p.dollar(&b, false)
		case '`':
			p.pos++
			b.add(p.backquote(false))
		default:
			// $'...' is handled in dollar; a plain character.
			b.lit(string(c), false, false)
			p.pos++
		}
	}
	w := b.w
	p.wordVal = &w
	return tWord
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// doubleQuoted reads up to the closing quote.
func (p *parser) doubleQuoted(b *wordBuilder) {
	empty := true
	for {
		c := p.next()
		switch c {
		case 0:
			p.needMore("unterminated quoted string")
		case '"':
			if empty {
				b.lit("", true, true)
			}
			return
		case '\\':
			e := p.next()
			switch e {
			case '\n':
				continue
			case '$', '`', '"', '\\':
				b.lit(string(e), true, true)
			default:
				b.lit("\\"+string(e), true, true)
			}
		case '$':
			p.pos--
			p.dollar(b, true)
		case '`':
			b.add(p.backquote(true))
		default:
			b.lit(string(c), true, true)
		}
		empty = false
	}
}

// dollar reads $..., at p.pos pointing at the '$'.
func (p *parser) dollar(b *wordBuilder, dq bool) {
	p.pos++
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		if p.peek() == '(' {
			b.add(p.arith(dq))
			return
		}
		b.add(p.cmdSub(dq))
	case c == '{':
		p.pos++
		b.add(p.braceParam(dq))
	case c == '\'' && !dq:
		p.pos++
		b.lit(p.dollarSingle(), true, false)
	case isNameStart(c):
		s := p.pos
		for !p.atEnd() && isNameChar(p.src[p.pos]) {
			p.pos++
		}
		b.add(wordPart{kind: pParam, text: p.src[s:p.pos], dq: dq, quoted: dq})
	case c >= '0' && c <= '9', strings.IndexByte("@*#?-$!", c) >= 0:
		p.pos++
		b.add(wordPart{kind: pParam, text: string(c), dq: dq, quoted: dq})
	default:
		b.lit("$", dq, dq)
	}
}

// dollarSingle reads $'...' (bash's C-style escapes).
func (p *parser) dollarSingle() string {
	var s strings.Builder
	for {
		c := p.next()
		switch c {
		case 0:
			p.needMore("unterminated quoted string")
		case '\'':
			return s.String()
		case '\\':
			e := p.next()
			switch e {
			case 'n':
				s.WriteByte('\n')
			case 't':
				s.WriteByte('\t')
			case 'r':
				s.WriteByte('\r')
			case 'a':
				s.WriteByte(7)
			case 'b':
				s.WriteByte(8)
			case 'e', 'E':
				s.WriteByte(27)
			case 'f':
				s.WriteByte(12)
			case 'v':
				s.WriteByte(11)
			case '\\', '\'', '"':
				s.WriteByte(e)
			default:
				s.WriteByte('\\')
				s.WriteByte(e)
			}
		default:
			s.WriteByte(c)
		}
	}
}

// cmdSub parses $( ... ) after the "(": the commands up to the
// matching ")" (ash parses them in place, so a ")" of a case pattern or a
// subshell inside does not end it).
func (p *parser) cmdSub(dq bool) wordPart {
	p.enter()
	defer p.leave()
	saved := *p
	p.pushback = false
	l := p.list(2)
	if p.readToken() != tRP {
		p.unexpected(tRP)
	}
	pos := p.pos
	*p = saved
	p.pos = pos
	return wordPart{kind: pCmdSub, cmd: l, dq: dq, quoted: dq}
}

// backquote parses `...` after the opening backquote: the text up to the
// closing one, with \` \\ \$ unescaped, is parsed as commands.
func (p *parser) backquote(dq bool) wordPart {
	p.enter()
	defer p.leave()
	var s strings.Builder
	for {
		c := p.next()
		if c == '`' {
			break
		}
		if c == 0 {
			p.fail("EOF in backquote substitution")
		}
		if c == '\\' {
			e := p.next()
			if e == '`' || e == '\\' || e == '$' || (dq && e == '"') {
				s.WriteByte(e)
				continue
			}
			if e == '\n' {
				continue
			}
			s.WriteByte(c)
			c = e
		}
		s.WriteByte(c)
	}
	sub := &parser{src: s.String(), eofAtEnd: true, depth: p.depth}
	// Tokens left after the commands are ignored, as ash does.
	l := sub.list(2)
	return wordPart{kind: pCmdSub, cmd: l, dq: dq, quoted: dq}
}

// arith reads $(( ... )) with p.pos at the second "(": up to the "))"
// that closes it at parenthesis level 0 (an unbalanced ")" is kept).
func (p *parser) arith(dq bool) wordPart {
	start := p.pos + 1
	depth := 0
	for i := start; ; i++ {
		if i >= len(p.src) {
			p.pos = len(p.src)
			p.needMore("missing '))'")
		}
		switch p.src[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
				continue
			}
			if i+1 >= len(p.src) {
				p.pos = len(p.src)
				p.needMore("missing '))'")
			}
			if p.src[i+1] == ')' {
				sub := &parser{src: p.src[start:i], depth: p.depth, eofAtEnd: true}
				p.pos = i + 2
				return wordPart{kind: pArith, arg: sub.arithWord(), dq: dq, quoted: dq}
			}
		}
	}
}

// arithWord reads an arithmetic expression's text with its expansions.
func (p *parser) arithWord() *word {
	var b wordBuilder
	for !p.atEnd() {
		c := p.src[p.pos]
		switch c {
		case '$':
			p.dollar(&b, true)
		case '`':
			p.pos++
			b.add(p.backquote(true))
		default:
			b.lit(string(c), true, true)
			p.pos++
		}
	}
	b.lit("", true, true)
	return &b.w
}

// braceParam parses ${...} after the "{".
func (p *parser) braceParam(dq bool) wordPart {
	part := wordPart{kind: pParam, dq: dq, quoted: dq}
	c := p.peek()
	length := false
	if c == '#' && p.pos+1 < len(p.src) && p.src[p.pos+1] != '}' {
		length = true
		p.pos++
		c = p.peek()
	}
	switch {
	case isNameStart(c):
		s := p.pos
		for isNameChar(p.peek()) {
			p.pos++
		}
		part.text = p.src[s:p.pos]
	case c >= '0' && c <= '9':
		s := p.pos
		for p.peek() >= '0' && p.peek() <= '9' {
			p.pos++
		}
		part.text = p.src[s:p.pos]
	case strings.IndexByte("@*#?-$!", c) >= 0:
		p.pos++
		part.text = string(c)
	default:
		part.op = "bad"
	}
	if length {
		if part.op == "" && p.peek() == '}' {
			p.pos++
			part.op = "len"
			return part
		}
		part.op = "bad"
	}
	if part.op == "bad" {
		p.skipBrace()
		return part
	}
	c = p.next()
	switch c {
	case '}':
		return part
	case ':':
		n := p.peek()
		if strings.IndexByte("-=?+", n) >= 0 {
			p.pos++
			part.op = ":" + string(n)
		} else {
			part.op = ":"
			part.arg = p.braceWord(":}", dq)
			if p.src[p.pos-1] == ':' {
				part.hasArg2 = true
				part.arg2 = p.braceWord("}", dq)
			}
			return part
		}
	case '-', '=', '?', '+':
		part.op = string(c)
	case '#', '%':
		part.op = string(c)
		if p.peek() == c {
			p.pos++
			part.op += string(c)
		}
		part.arg = p.braceWord("}", false)
		return part
	case '/':
		part.op = "/"
		if p.peek() == '/' {
			p.pos++
			part.op = "//"
		}
		part.arg = p.braceWord("/}", false)
		if p.src[p.pos-1] == '/' {
			part.hasArg2 = true
			part.arg2 = p.braceWord("}", dq)
		}
		return part
	default:
		p.pos--
		part.op = "bad"
		p.skipBrace()
		return part
	}
	part.arg = p.braceWord("}", dq)
	return part
}

// skipBrace skips to the closing brace of a bad substitution.
func (p *parser) skipBrace() {
	for {
		switch p.next() {
		case '}':
			return
		case 0:
			p.needMore("missing '}'")
		}
	}
}

// braceWord reads a ${...} operand up to one of the stop characters
// (consumed), with quotes and expansions.
func (p *parser) braceWord(stops string, dq bool) *word {
	var b wordBuilder
	nest := 0
	for {
		c := p.next()
		if c == 0 {
			p.needMore("missing '}'")
		}
		if nest == 0 && strings.IndexByte(stops, c) >= 0 {
			break
		}
		switch c {
		case '{':
			nest++
			b.lit("{", dq, dq)
		case '}':
			nest--
			b.lit("}", dq, dq)
		case '\'':
			if dq {
				b.lit("'", true, true)
				continue
			}
			j := strings.IndexByte(p.src[p.pos:], '\'')
			if j < 0 {
				p.pos = len(p.src)
				p.needMore("unterminated quoted string")
			}
			b.lit(p.src[p.pos:p.pos+j], true, false)
			p.pos += j + 1
		case '"':
			p.doubleQuoted(&b)
		case '\\':
			if e := p.next(); e != 0 {
				b.lit(string(e), true, dq)
			}
		case '$':
			p.pos--
			p.dollar(&b, dq)
		case '`':
			b.add(p.backquote(dq))
		default:
			b.lit(string(c), dq, dq)
		}
	}
	if len(b.w.parts) == 0 {
		b.lit("", true, dq)
	}
	return &b.w
}
