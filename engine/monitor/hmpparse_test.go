package monitor

import (
	"testing"
)

func TestExpressions(t *testing.T) {
	for _, c := range []struct {
		in  string
		v   int64
		err string
	}{
		{"0xaf00", 0xaf00, ""}, {"010", 8, ""}, {"(1+2)*3", 9, ""}, {"1+2*3", 7, ""}, {"7&3|8", 11, ""},
		{"-1", -1, ""}, {"~0", -1, ""}, {"'a'", 97, ""}, {"10/3", 3, ""}, {"10%3", 1, ""},
		{"", 0, "unexpected end of expression"}, {"1/0", 0, "division by zero"}, {"(1", 0, "')' expected"},
		{"x", 0, "invalid char 'x' in expression"}, {"99999999999999999999", 0, "number too large"}, {"$pc", 0, "unknown register"},
	} {
		e := exprParser{s: c.in}
		v, err := e.parse()
		if v != c.v && c.err == "" || err != c.err {
			t.Errorf("%q: %d %q, want %d %q", c.in, v, err, c.v, c.err)
		}
	}
}

func TestGetStr(t *testing.T) {
	for _, c := range []struct{ in, want, stdout string }{
		{"  abc def", "abc", ""}, {`"a b\"c"`, `a b"c`, ""}, {`"abc`, "", "unterminated string\n"}, {`"a\x"`, "", "unsupported escape code: '\\x'\n"},
	} {
		v, _, out, _ := getStr(c.in, 0)
		if v != c.want || out != c.stdout {
			t.Errorf("%q: %q %q", c.in, v, out)
		}
	}
}
