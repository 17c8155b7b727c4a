package qjson

import "testing"

// FuzzStream: any bytes, split anywhere, parse without a panic into the
// same messages as when fed whole, and every value prints.
func FuzzStream(f *testing.F) {
	for _, s := range []string{
		`{"execute": "qmp_capabilities"}`, `{'execute': 'query-status', "id": [1, 2.5, -0, "\u00e9"]}`,
		"query-status\n", `[}]`, `{"a":1, "a":2}`, "\"\xff\"", "\"a\x00b\"", `"\uD83D\uDE00\u12"`,
		`[[[[[[[[[[]]]]]]]]]]`, `1e400 18446744073709551616 -9223372036854775809`, "{\"a\":\n1}\n{",
	} {
		f.Add([]byte(s), uint(len(s)/2))
	}
	f.Fuzz(func(t *testing.T, in []byte, cut uint) {
		whole := NewStream().Feed(in)
		s := NewStream()
		c := int(cut % uint(len(in)+1))
		split := append(s.Feed(in[:c]), s.Feed(in[c:])...)
		if len(whole) != len(split) {
			t.Fatalf("%d messages whole, %d split at %d", len(whole), len(split), c)
		}
		for i := range whole {
			a, b := render(whole[i]), render(split[i])
			if a != b {
				t.Fatalf("message %d: %q whole, %q split", i, a, b)
			}
		}
		_, _ = Parse(in)
	})
}

func render(m Message) string {
	if m.Err != nil {
		return "error: " + m.Err.Error()
	}
	return Marshal(m.Value)
}
