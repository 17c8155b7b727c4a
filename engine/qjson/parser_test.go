package qjson

import (
	"strings"
	"testing"
)

// messages runs input through a fresh stream and renders each message as
// QMP would answer a non-object value (the value, or the error text).
func messages(in string) []string {
	var out []string
	for _, m := range NewStream().Feed([]byte(in)) {
		if m.Err != nil {
			out = append(out, "error: "+m.Err.Error())
		} else {
			out = append(out, Marshal(m.Value))
		}
	}
	return out
}

// The stream's answers to the inputs recorded on the wire (the full
// recordings are engine/stdio/testdata/wire_json*): lexical errors and the
// recovery after them, syntax errors, QEMU's string and number extensions.
func TestStream(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{`{'execute': 'x'}`, []string{`{"execute": "x"}`}},
		{"query-status\n", []string{"error: JSON parse error, invalid keyword 'query'", "error: JSON parse error, stray '-s'"}},
		{`{"a":1}{"b":2}`, []string{`{"a": 1}`, `{"b": 2}`}},
		{"{\"a\":\n1}", []string{`{"a": 1}`}},
		{`[}]`, []string{"error: JSON parse error, expecting value", "error: JSON parse error, expecting value"}},
		{`1.0 18446744073709551616 -0 1e400 9223372036854775808 -9223372036854775809 1.5e3 0.1 `,
			[]string{"1", "1.8446744073709552e+19", "0", "inf", "9223372036854775808", "-9.2233720368547758e+18", "1500", "0.10000000000000001"}},
		{`"\u00e9\ud83d\ude00\u0000x"`, []string{`"\u00E9\uD83D\uDE00\u0000x"`}},
		{`"\uDC00"`, []string{`error: JSON parse error, \uDC00 is not a valid Unicode character`}},
		{`"\uFFFF"`, []string{`error: JSON parse error, \uFFFF is not a valid Unicode character`}},
		{`"\u12"`, []string{`error: JSON parse error, \u12" is not a valid Unicode character`}},
		{`"\x"`, []string{"error: JSON parse error, invalid escape sequence in string"}},
		{`{"a":1, "a":2}`, []string{"error: JSON parse error, duplicate key"}},
		{`{"a": 1,}`, []string{"error: JSON parse error, expecting value"}},
		{`{"a" 1}`, []string{"error: JSON parse error, missing : in object pair"}},
		{`{"a": 1 "b": 1}`, []string{"error: JSON parse error, expected separator in dict"}},
		{`[1 2]`, []string{"error: JSON parse error, expected separator in list"}},
		{`{1: 2}`, []string{"error: JSON parse error, key is not a string in object"}},
		{"nul\n", []string{"error: JSON parse error, invalid keyword 'nul'"}},
		// An error swallows the rest of its line (recovery ends at a
		// control character or a structural one).
		{"-\n01\n1.\n1e\n.5\n\"z\"\n", []string{"error: JSON parse error, stray '-\n'", "error: JSON parse error, stray '1.\n'", "error: JSON parse error, stray '.'", `"z"`}},
		{"{\"e\": \"\xff\"}", []string{"error: JSON parse error, stray '\"\xff'", "error: JSON parse error, expecting value"}},
		{"{\"e\": \"a\x00b\"}", []string{"error: JSON parse error, stray '\"a'", "error: JSON parse error, expecting value"}},
		{"\"\xc0\x80\" \"\xed\xa0\x80\" \"\xe0\x80\x80\" ", []string{`"\u0000"`, "error: JSON parse error, invalid UTF-8 sequence in string", "error: JSON parse error, invalid UTF-8 sequence in string"}},
		{`"a/b\/c\b\f\n\r\t\"\\'"`, []string{`"a/b/c\b\f\n\r\t\"\\'"`}},
		{`{"b": 1, "a": 2, "execute": 3}`, []string{`{"a": 2, "execute": 3, "b": 1}`}},
		{"@ 7 ", []string{"error: JSON parse error, stray '@'"}},
		{"FALSE tRue\n", []string{"error: JSON parse error, stray 'F'"}},
	} {
		got := messages(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got  %q\n want %q", tc.in, got, tc.want)
		}
	}
}

// Nesting deeper than 1024 is refused with QEMU's error; the counts start
// again from zero, so each surplus closer is a message of its own.
func TestStreamNestingLimit(t *testing.T) {
	ok := messages(strings.Repeat("[", 1024) + strings.Repeat("]", 1024))
	if len(ok) != 1 || strings.HasPrefix(ok[0], "error") {
		t.Fatalf("1024 deep: %.80q", ok)
	}
	deep := messages(`{"id": ` + strings.Repeat("[", 1024) + strings.Repeat("]", 1024) + `}`)
	if len(deep) != 1026 || deep[0] != "error: JSON nesting depth limit exceeded" || deep[1025] != "error: JSON parse error, expecting value" {
		t.Fatalf("1025 deep: %d messages, first %q", len(deep), deep[0])
	}
	// 30,000 deep (issue 10): no stack overflow, one error per 1025 levels.
	n := 0
	for _, m := range messages(strings.Repeat("[", 30000)) {
		if m != "error: JSON nesting depth limit exceeded" {
			t.Fatalf("unexpected %q", m)
		}
		n++
	}
	if n != 30000/1025 {
		t.Fatalf("%d nesting errors, want %d", n, 30000/1025)
	}
}

// A message that has begun is pending until it ends; input split anywhere
// parses as the whole does.
func TestStreamSplitInput(t *testing.T) {
	in := `{"execute": "qom-get", "arguments": {"path": "/machine", 'property': "smp"}, "id": [1.5, -2, "\u00e9"]}`
	want := messages(in)
	for cut := 0; cut <= len(in); cut++ {
		s := NewStream()
		got := s.Feed([]byte(in[:cut]))
		if cut < len(in) && (len(got) != 0 || !s.Pending() && cut > 0) {
			t.Fatalf("cut %d: %d messages early, pending %v", cut, len(got), s.Pending())
		}
		got = append(got, s.Feed([]byte(in[cut:]))...)
		if len(got) != 1 || Marshal(got[0].Value) != want[0] {
			t.Fatalf("cut %d: %v", cut, got)
		}
	}
}
