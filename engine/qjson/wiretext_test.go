package qjson

import "testing"

// QEMU keeps "\u0000" as C0 80; its JSON output gives U+0000 back, and a
// byte that does not decode becomes U+FFFD.
func TestWireText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":       "plain",
		"a\xc0\x80b":  "a\x00b",
		"a\xffb":      "a\uFFFDb",
		"é":           "é",
		"cut\x00here": "cut",
	} {
		if got := WireText(in); got != want {
			t.Errorf("WireText(%q) = %q, want %q", in, got, want)
		}
	}
}
