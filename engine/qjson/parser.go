package qjson

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// QEMU's JSON message parser (qobject/json-streamer.c, json-parser.c): the
// lexer's tokens are collected until the braces and brackets balance, then
// parsed as one value. A lexical error, a syntax error or a limit ends the
// message with an error, and whatever follows starts a new one. Objects
// keep their members in insertion order (Object), integers are json.Number
// in canonical decimal (int64, or uint64 above it), other numbers float64,
// and strings are modified UTF-8 as QEMU holds them ("\u0000" is "\xC0\x80").

// The streamer's limits (json-streamer.c).
const (
	maxTokenCount = 2 << 20
	maxNesting    = 1 << 10
)

// Message is one parsed JSON text, or the error that ended it.
type Message struct {
	Value any
	Err   error
}

// ParseError is QEMU's JSON error; Error() is the text QMP replies with.
type ParseError struct{ Desc string }

func (e *ParseError) Error() string { return e.Desc }

type token struct {
	typ  tokenType
	text string
}

// Stream parses a stream of JSON texts as QEMU's QMP monitor reads its
// input. Its work is linear in the input, and what it holds is bounded by
// QEMU's own limits (64 MiB of tokens, 2 Mi tokens, nesting 1024).
type Stream struct {
	lex              lexer
	braces, brackets int
	tokens           []token
	tokenSize        int
	out              []Message
}

// NewStream makes a parser with no pending input.
func NewStream() *Stream {
	s := &Stream{}
	s.lex.reset()
	s.lex.emit = s.token
	return s
}

// Feed parses more input and returns the messages it completed.
func (s *Stream) Feed(p []byte) []Message {
	s.out = nil
	for _, c := range p {
		s.lex.feed(c)
	}
	return s.out
}

// Pending says whether a message has begun but not ended: QEMU waits for
// more input.
func (s *Stream) Pending() bool { return len(s.tokens) > 0 || s.lex.state != inStart }

func (s *Stream) fail(desc string) {
	s.braces, s.brackets = 0, 0
	s.tokens, s.tokenSize = s.tokens[:0], 0
	s.out = append(s.out, Message{Err: &ParseError{desc}})
}

// token is json_message_process_token.
func (s *Stream) token(t tokenType, text []byte) {
	switch t {
	case tokLCurly:
		s.braces++
	case tokRCurly:
		s.braces--
	case tokLSquare:
		s.brackets++
	case tokRSquare:
		s.brackets--
	case tokError:
		s.fail(fmt.Sprintf("JSON parse error, stray '%s'", cString(text)))
		return
	case tokLimit:
		s.fail("JSON token size limit exceeded")
		return
	}
	switch {
	case s.tokenSize+len(text)+1 > maxTokenSize:
		s.fail("JSON token size limit exceeded")
		return
	case len(s.tokens)+1 > maxTokenCount:
		s.fail("JSON token count limit exceeded")
		return
	case s.brackets+s.braces > maxNesting:
		s.fail("JSON nesting depth limit exceeded")
		return
	}
	s.tokens = append(s.tokens, token{t, string(text)})
	s.tokenSize += len(text)
	// A message ends when its braces and brackets balance, or when either
	// count goes negative (a stray closer is a message of its own).
	if (s.braces > 0 || s.brackets > 0) && s.braces >= 0 && s.brackets >= 0 {
		return
	}
	p := parser{tokens: s.tokens}
	v := p.value()
	s.braces, s.brackets = 0, 0
	s.tokens, s.tokenSize = s.tokens[:0], 0
	if p.err != "" {
		s.out = append(s.out, Message{Err: &ParseError{p.err}})
		return
	}
	s.out = append(s.out, Message{Value: v})
}

// cString is what C's "%s" prints of a byte string: up to the first NUL.
func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// parser is the recursive-descent json-parser.c over one message's tokens
// (nesting is bounded by the stream's limit).
type parser struct {
	tokens []token
	pos    int
	err    string
}

// errorf keeps the first error, cut as QEMU's 1024-byte message buffer cuts it.
func (p *parser) errorf(format string, a ...any) {
	if p.err != "" {
		return
	}
	msg := fmt.Sprintf(format, a...)
	if len(msg) > 1023 {
		msg = msg[:1023]
	}
	p.err = "JSON parse error, " + msg
}

func (p *parser) peek() *token {
	if p.pos < len(p.tokens) {
		return &p.tokens[p.pos]
	}
	return nil
}

func (p *parser) pop() *token {
	t := p.peek()
	if t != nil {
		p.pos++
	}
	return t
}

func (p *parser) value() any {
	t := p.peek()
	if t == nil {
		p.errorf("premature EOI")
		return nil
	}
	switch t.typ {
	case tokLCurly:
		return p.object()
	case tokLSquare:
		return p.array()
	case tokInteger, tokFloat, tokString:
		return p.literal()
	case tokKeyword:
		return p.keyword()
	}
	p.errorf("expecting value")
	return nil
}

// noValue marks a failed parse where nil would be JSON null.
type noValue struct{}

func (p *parser) ok(v any) bool { _, bad := v.(noValue); return !bad && p.err == "" }

func (p *parser) object() any {
	p.pop()
	o := Object{}
	seen := map[string]bool{}
	t := p.peek()
	if t == nil {
		p.errorf("premature EOI")
		return noValue{}
	}
	if t.typ == tokRCurly {
		p.pop()
		return o
	}
	for {
		if !p.pair(&o, seen) {
			return noValue{}
		}
		t = p.pop()
		if t == nil {
			p.errorf("premature EOI")
			return noValue{}
		}
		if t.typ == tokRCurly {
			return o
		}
		if t.typ != tokComma {
			p.errorf("expected separator in dict")
			return noValue{}
		}
	}
}

func (p *parser) pair(o *Object, seen map[string]bool) bool {
	if p.peek() == nil {
		p.errorf("premature EOI")
		return false
	}
	k := p.value()
	key, isString := k.(string)
	if !isString {
		p.errorf("key is not a string in object")
		return false
	}
	t := p.pop()
	if t == nil {
		p.errorf("premature EOI")
		return false
	}
	if t.typ != tokColon {
		p.errorf("missing : in object pair")
		return false
	}
	v := p.value()
	if !p.ok(v) {
		p.errorf("Missing value in dict")
		return false
	}
	if seen[key] {
		p.errorf("duplicate key")
		return false
	}
	seen[key] = true
	*o = append(*o, Member{key, v})
	return true
}

func (p *parser) array() any {
	p.pop()
	l := []any{}
	t := p.peek()
	if t == nil {
		p.errorf("premature EOI")
		return noValue{}
	}
	if t.typ == tokRSquare {
		p.pop()
		return l
	}
	for {
		v := p.value()
		if !p.ok(v) {
			p.errorf("expecting value")
			return noValue{}
		}
		l = append(l, v)
		t = p.pop()
		if t == nil {
			p.errorf("premature EOI")
			return noValue{}
		}
		if t.typ == tokRSquare {
			return l
		}
		if t.typ != tokComma {
			p.errorf("expected separator in list")
			return noValue{}
		}
	}
}

func (p *parser) keyword() any {
	t := p.pop()
	switch t.text {
	case "true":
		return true
	case "false":
		return false
	case "null":
		return nil
	}
	p.errorf("invalid keyword '%s'", t.text)
	return noValue{}
}

// literal: integers as int64, else uint64, else (like every other number)
// a double.
func (p *parser) literal() any {
	t := p.pop()
	switch t.typ {
	case tokString:
		s, ok := p.str(t.text)
		if !ok {
			return noValue{}
		}
		return s
	case tokInteger:
		if i, err := strconv.ParseInt(t.text, 10, 64); err == nil {
			return json.Number(strconv.FormatInt(i, 10))
		}
		if t.text[0] != '-' {
			if u, err := strconv.ParseUint(t.text, 10, 64); err == nil {
				return json.Number(strconv.FormatUint(u, 10))
			}
		}
	}
	f, _ := strconv.ParseFloat(t.text, 64) // out of range: ±Inf, as strtod
	return f
}

// str decodes a string token (parse_string) into modified UTF-8.
func (p *parser) str(tok string) (string, bool) {
	quote := tok[0]
	out := make([]byte, 0, len(tok))
	for i := 1; i < len(tok) && tok[i] != quote; {
		c := tok[i]
		if c != '\\' {
			cp, n := modUTF8Codepoint(tok[i:])
			if cp < 0 {
				p.errorf("invalid UTF-8 sequence in string")
				return "", false
			}
			out = appendModUTF8(out, cp)
			i += n
			continue
		}
		beg := i
		i++
		e := tok[i]
		i++
		switch e {
		case '"', '\'', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			cp := hex4(tok, i)
			i += 4
			if cp >= 0xD800 && cp <= 0xDBFF && i+1 < len(tok) && tok[i] == '\\' && tok[i+1] == 'u' {
				cp = 0x10000 + (cp&0x3FF)<<10
				if tr := hex4(tok, i+2); tr >= 0xDC00 && tr <= 0xDFFF {
					cp |= tr & 0x3FF
					i += 6
				} else {
					cp = -1
				}
			}
			if !validCodepoint(cp) {
				// QEMU prints the escape as it reads it, which may run past
				// the closing quote; the token ends there.
				end := i
				if end > len(tok) {
					end = len(tok)
				}
				p.errorf("%s is not a valid Unicode character", tok[beg:end])
				return "", false
			}
			out = appendModUTF8(out, cp)
		default:
			p.errorf("invalid escape sequence in string")
			return "", false
		}
	}
	return string(out), true
}

// hex4 reads four hex digits at tok[i:], -1 if they are not all there.
func hex4(tok string, i int) int {
	v := 0
	for k := i; k < i+4; k++ {
		if k >= len(tok) {
			return -1
		}
		c := tok[k]
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | int(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 | int(c-'a'+10)
		case c >= 'A' && c <= 'F':
			v = v<<4 | int(c-'A'+10)
		default:
			return -1
		}
	}
	return v
}

// Parse reads exactly one JSON value the way QEMU's qobject_from_json does
// (HMP `qom-set -j`, option values): "" is no value and no error.
func Parse(text []byte) (any, error) {
	s := NewStream()
	var v any
	var err error
	have := false
	take := func(ms []Message) {
		for _, m := range ms {
			switch {
			case err != nil:
			case have:
				v, err = nil, &ParseError{"Expecting at most one JSON value"}
			case m.Err != nil:
				err = m.Err
			default:
				v, have = m.Value, true
			}
		}
	}
	take(s.Feed(text))
	take(s.flush())
	return v, err
}

// flush is json_lexer_flush: the end of the input ends the pending token
// and message.
func (s *Stream) flush() []Message {
	s.out = nil
	for s.lex.state != inStart {
		next := lexTable[s.lex.state][0]
		next &^= lookahead
		switch {
		case next == uint8(tokError):
			s.token(tokError, s.lex.token)
			next = inStart // recovery ends at a control character
		case next < firstState:
			s.token(tokenType(next), s.lex.token)
			next = inStart
		}
		s.lex.token = s.lex.token[:0]
		s.lex.state = next
	}
	if len(s.tokens) > 0 {
		p := parser{tokens: s.tokens}
		v := p.value()
		if p.err == "" && p.pos < len(s.tokens) {
			p.errorf("premature EOI")
		}
		if p.err != "" {
			s.out = append(s.out, Message{Err: &ParseError{p.err}})
		} else {
			s.out = append(s.out, Message{Value: v})
		}
		s.braces, s.brackets = 0, 0
		s.tokens, s.tokenSize = s.tokens[:0], 0
	}
	return s.out
}
