package qjson

// QEMU's JSON lexer (qobject/json-lexer.c) as a state table: RFC 8259
// tokens plus single-quoted strings and \' escapes, keywords as [a-z]+
// (the parser rejects unknown ones), any byte from 0x20 to 0xFD inside a
// string (the parser validates UTF-8). A byte no state accepts makes an
// error token of everything lexed so far plus that byte; the lexer then
// skips input until a structural character or a control character other
// than tab, where it starts again.

type tokenType uint8

const (
	tokError tokenType = iota
	tokLCurly
	tokRCurly
	tokLSquare
	tokRSquare
	tokColon
	tokComma
	tokInteger
	tokFloat
	tokKeyword
	tokString
	tokEndOfInput
	tokLimit // a single token over maxTokenSize (the lexer gives up on it)
)

// Lexer states; a table entry below firstState is a finished token.
const (
	inRecovery = iota + 16
	inDQStringEscape
	inDQString
	inSQStringEscape
	inSQString
	inZero
	inExpDigits
	inExpSign
	inExpE
	inMantissa
	inMantissaDigits
	inDigits
	inSign
	inKeyword
	inStart
	stateCount
)

const firstState = inRecovery

// lookahead marks a transition that ends a token without consuming the byte.
const lookahead = 0x80

var lexTable [stateCount][256]uint8

func init() {
	set := func(s int, from, to byte, next uint8) {
		for c := int(from); c <= int(to); c++ {
			lexTable[s][c] = next
		}
	}
	terminal := func(s int, tok tokenType) { set(s, 0, 0xFF, uint8(tok)|lookahead) }
	// Every entry not set is an error (0 = tokError, consumed).
	set(inRecovery, 0, 0x1F, inStart|lookahead)
	set(inRecovery, 0x20, 0xFD, inRecovery)
	set(inRecovery, 0xFE, 0xFF, inStart|lookahead)
	lexTable[inRecovery]['\t'] = inRecovery
	for _, c := range []byte("[]{}:,") {
		lexTable[inRecovery][c] = inStart | lookahead
	}
	for _, q := range []struct {
		escape, str int
		quote       byte
	}{{inDQStringEscape, inDQString, '"'}, {inSQStringEscape, inSQString, '\''}} {
		set(q.escape, 0x20, 0xFD, uint8(q.str))
		set(q.str, 0x20, 0xFD, uint8(q.str))
		lexTable[q.str]['\\'] = uint8(q.escape)
		lexTable[q.str][q.quote] = uint8(tokString)
	}
	terminal(inZero, tokInteger)
	set(inZero, '0', '9', uint8(tokError))
	lexTable[inZero]['.'] = inMantissa
	terminal(inExpDigits, tokFloat)
	set(inExpDigits, '0', '9', inExpDigits)
	set(inExpSign, '0', '9', inExpDigits)
	lexTable[inExpE]['-'] = inExpSign
	lexTable[inExpE]['+'] = inExpSign
	set(inExpE, '0', '9', inExpDigits)
	terminal(inMantissaDigits, tokFloat)
	set(inMantissaDigits, '0', '9', inMantissaDigits)
	lexTable[inMantissaDigits]['e'] = inExpE
	lexTable[inMantissaDigits]['E'] = inExpE
	set(inMantissa, '0', '9', inMantissaDigits)
	terminal(inDigits, tokInteger)
	set(inDigits, '0', '9', inDigits)
	lexTable[inDigits]['e'] = inExpE
	lexTable[inDigits]['E'] = inExpE
	lexTable[inDigits]['.'] = inMantissa
	lexTable[inSign]['0'] = inZero
	set(inSign, '1', '9', inDigits)
	terminal(inKeyword, tokKeyword)
	set(inKeyword, 'a', 'z', inKeyword)
	s := &lexTable[inStart]
	s['"'], s['\''], s['0'], s['-'] = inDQString, inSQString, inZero, inSign
	set(inStart, '1', '9', inDigits)
	set(inStart, 'a', 'z', inKeyword)
	s['{'], s['}'], s['['], s[']'] = uint8(tokLCurly), uint8(tokRCurly), uint8(tokLSquare), uint8(tokRSquare)
	s[','], s[':'] = uint8(tokComma), uint8(tokColon)
	s[' '], s['\t'], s['\r'], s['\n'] = inStart, inStart, inStart, inStart
}

// maxTokenSize bounds one token and all tokens of one message (json-lexer.c,
// json-streamer.c MAX_TOKEN_SIZE).
const maxTokenSize = 64 << 20

// lexer turns bytes into tokens for emit; token text is only valid during
// the call.
type lexer struct {
	state uint8
	token []byte
	emit  func(t tokenType, text []byte)
}

func (l *lexer) reset() { l.state, l.token = inStart, l.token[:0] }

// feed lexes one byte (json_lexer_feed_char).
func (l *lexer) feed(c byte) {
	for consumed := false; !consumed; {
		next := lexTable[l.state][c]
		consumed = next&lookahead == 0
		next &^= lookahead
		if consumed {
			l.token = append(l.token, c)
		}
		switch {
		case next == uint8(tokError):
			l.emit(tokError, l.token)
			l.token = l.token[:0]
			next = inRecovery
		case next < firstState:
			l.emit(tokenType(next), l.token)
			l.token = l.token[:0]
			next = inStart
		case next == inStart, next == inRecovery:
			l.token = l.token[:0]
		}
		l.state = next
	}
	if len(l.token) > maxTokenSize {
		l.emit(tokLimit, l.token)
		l.token = l.token[:0]
		l.state = inStart
	}
}
