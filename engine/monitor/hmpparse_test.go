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

// Numbers as C's strtoull reads them in base 0: octal and hex, a sign,
// leading blanks; 0b only where the release's C library reads it; never
// Go's 0o or digit separators.
func TestCIntegers(t *testing.T) {
	for _, c := range []struct {
		in     string
		binary bool
		u      uint64
		ok     bool
	}{
		{"0x20", false, 32, true}, {"010", false, 8, true}, {" 7", false, 7, true}, {"-1", false, 1<<64 - 1, true},
		{"0b11", false, 0, false}, {"0b11", true, 3, true}, {"0o17", true, 0, false}, {"1_000", true, 0, false},
		{"1k", false, 0, false}, {"18446744073709551616", false, 0, false}, {"", false, 0, false},
	} {
		if u, ok := cStrtou64(c.in, c.binary); ok != c.ok || ok && u != c.u {
			t.Errorf("cStrtou64(%q, %v) = %d %v, want %d %v", c.in, c.binary, u, ok, c.u, c.ok)
		}
	}
	for _, c := range []struct {
		in string
		v  int64
		ok bool
	}{{"0x20", 32, true}, {"-9223372036854775808", -1 << 63, true}, {"9223372036854775808", 0, false}, {"1 2", 0, false}} {
		if v, ok := cStrtoi64(c.in, false); ok != c.ok || ok && v != c.v {
			t.Errorf("cStrtoi64(%q) = %d %v, want %d %v", c.in, v, ok, c.v, c.ok)
		}
	}
}
