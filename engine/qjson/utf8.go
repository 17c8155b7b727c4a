package qjson

import (
	"strings"
	"unicode/utf8"
)

// Modified UTF-8 as QEMU reads and writes it (util/unicode.c): U+0000 is
// the two bytes C0 80, and surrogates, noncharacters, overlong forms and
// code points beyond U+10FFFF are invalid.

// modUTF8Codepoint decodes the sequence at the start of s (what C sees: a
// NUL ends the string): the code point or -1, and the bytes it spans.
func modUTF8Codepoint(s string) (cp, n int) {
	if len(s) == 0 || s[0] == 0 {
		return -1, 0
	}
	b := int(s[0])
	switch {
	case b < 0x80:
		return b, 1
	case b >= 0xFE, b&0x40 == 0:
		return -1, 1 // impossible byte, or a continuation byte alone
	}
	length := 0
	mask := 0x80
	for ; b&mask != 0; mask >>= 1 {
		length++
	}
	cp = b & (mask - 1)
	n = 1
	for i := 1; i < length; i++ {
		c := 0
		if i < len(s) {
			c = int(s[i])
		}
		if c&0xC0 != 0x80 {
			return -1, n
		}
		n++
		cp = cp<<6 | c&0x3F
	}
	minimum := [...]int{0x80, 0x800, 0x10000, 0x200000, 0x4000000}[length-2]
	if !validCodepoint(cp) || cp < minimum && !(cp == 0 && length == 2) {
		return -1, n
	}
	return cp, n
}

// validCodepoint: within Unicode, not a noncharacter, not a surrogate.
func validCodepoint(cp int) bool {
	switch {
	case cp < 0 || cp > 0x10FFFF:
		return false
	case cp >= 0xFDD0 && cp <= 0xFDEF, cp&0xFFFE == 0xFFFE:
		return false
	case cp >= 0xD800 && cp <= 0xDFFF:
		return false
	}
	return true
}

// appendModUTF8 encodes a valid code point (mod_utf8_encode).
func appendModUTF8(b []byte, cp int) []byte {
	switch {
	case cp > 0 && cp <= 0x7F:
		return append(b, byte(cp))
	case cp <= 0x7FF:
		return append(b, byte(0xC0|cp>>6), byte(0x80|cp&0x3F))
	case cp <= 0xFFFF:
		return append(b, byte(0xE0|cp>>12), byte(0x80|(cp>>6)&0x3F), byte(0x80|cp&0x3F))
	}
	return append(b, byte(0xF0|cp>>18), byte(0x80|(cp>>12)&0x3F), byte(0x80|(cp>>6)&0x3F), byte(0x80|cp&0x3F))
}

// WireText is the string a client reads from QEMU's JSON output of s
// (to_json): modified UTF-8 decoded (C0 80 is U+0000), what does not
// decode U+FFFD, a NUL byte the end.
func WireText(s string) string {
	if utf8.ValidString(s) && !strings.ContainsRune(s, 0) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 && s[0] != 0 {
		r, n := modUTF8Codepoint(s)
		s = s[n:]
		if r < 0 {
			r = 0xFFFD
		}
		b.WriteRune(rune(r))
	}
	return b.String()
}
