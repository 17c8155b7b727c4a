package qjson

import (
	"encoding/json"
	"strconv"
)

// ParseRecorded reads a recorded table (the release's own JSON files): the
// same values as Parse, by a plain recursive descent over the text rather
// than QEMU's streaming lexer, which costs several times more and runs on a
// page's first start. Anything it does not read plainly (escapes, bytes past
// ASCII, a number or a layout it does not expect, an error) is left to Parse.
func ParseRecorded(text string) (any, error) {
	if v, ok := readPlainly(text); ok {
		return v, nil
	}
	return Parse([]byte(text))
}

// readPlainly is ParseRecorded's own reading: false when it leaves the text
// to Parse.
func readPlainly(text string) (any, bool) {
	r := &recordedReader{s: text}
	r.space()
	if r.i == len(r.s) {
		return nil, false
	}
	v, ok := r.value()
	r.space()
	return v, ok && r.i == len(r.s)
}

type recordedReader struct {
	s string
	i int
}

func (r *recordedReader) space() {
	for r.i < len(r.s) {
		switch r.s[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

func (r *recordedReader) value() (any, bool) {
	if r.i >= len(r.s) {
		return nil, false
	}
	switch c := r.s[r.i]; {
	case c == '{':
		return r.object()
	case c == '[':
		return r.array()
	case c == '"':
		s, ok := r.str()
		return s, ok
	case c == '-' || c >= '0' && c <= '9':
		return r.number()
	}
	for _, kw := range []struct {
		text string
		v    any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if len(r.s)-r.i >= len(kw.text) && r.s[r.i:r.i+len(kw.text)] == kw.text {
			r.i += len(kw.text)
			return kw.v, true
		}
	}
	return nil, false
}

func (r *recordedReader) object() (any, bool) {
	r.i++ // {
	o := Object{}
	r.space()
	if r.i < len(r.s) && r.s[r.i] == '}' {
		r.i++
		return o, true
	}
	for {
		r.space()
		if r.i >= len(r.s) || r.s[r.i] != '"' {
			return nil, false
		}
		k, ok := r.str()
		if !ok {
			return nil, false
		}
		r.space()
		if r.i >= len(r.s) || r.s[r.i] != ':' {
			return nil, false
		}
		r.i++
		r.space()
		v, ok := r.value()
		if !ok {
			return nil, false
		}
		if _, dup := o.Get(k); dup { // Parse's error to give
			return nil, false
		}
		o = append(o, Member{k, v})
		r.space()
		if r.i >= len(r.s) {
			return nil, false
		}
		switch r.s[r.i] {
		case ',':
			r.i++
		case '}':
			r.i++
			return o, true
		default:
			return nil, false
		}
	}
}

func (r *recordedReader) array() (any, bool) {
	r.i++ // [
	l := []any{}
	r.space()
	if r.i < len(r.s) && r.s[r.i] == ']' {
		r.i++
		return l, true
	}
	for {
		r.space()
		v, ok := r.value()
		if !ok {
			return nil, false
		}
		l = append(l, v)
		r.space()
		if r.i >= len(r.s) {
			return nil, false
		}
		switch r.s[r.i] {
		case ',':
			r.i++
		case ']':
			r.i++
			return l, true
		default:
			return nil, false
		}
	}
}

// str reads a string of ASCII with the one-letter escapes (\n, \", ...).
func (r *recordedReader) str() (string, bool) {
	start := r.i + 1
	var out []byte // nil until an escape
	for j := start; j < len(r.s); j++ {
		c := r.s[j]
		switch {
		case c == '"':
			r.i = j + 1
			if out == nil {
				return r.s[start:j], true
			}
			return string(out), true
		case c < 0x20 || c >= 0x80:
			return "", false
		case c == '\\':
			if j+1 >= len(r.s) {
				return "", false
			}
			e := unescape(r.s[j+1])
			if e == 0 {
				return "", false
			}
			if out == nil {
				out = append([]byte(nil), r.s[start:j]...)
			}
			out = append(out, e)
			j++
		case out != nil:
			out = append(out, c)
		}
	}
	return "", false
}

// unescape is the byte a one-letter escape stands for (0: not one).
func unescape(c byte) byte {
	switch c {
	case '"', '\\', '/':
		return c
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return 0
}

// number reads an integer that fits int64 (Parse's json.Number); anything
// else goes to Parse.
func (r *recordedReader) number() (any, bool) {
	j := r.i
	if r.s[j] == '-' {
		j++
	}
	digits := j
	for j < len(r.s) && r.s[j] >= '0' && r.s[j] <= '9' {
		j++
	}
	if j == digits || j-digits > 1 && r.s[digits] == '0' || j < len(r.s) && (r.s[j] == '.' || r.s[j] == 'e' || r.s[j] == 'E') {
		return nil, false
	}
	text := r.s[r.i:j]
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return nil, false
	}
	r.i = j
	return json.Number(strconv.FormatInt(n, 10)), true
}
