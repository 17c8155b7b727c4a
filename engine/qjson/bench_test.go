package qjson

import (
	"fmt"
	"strings"
	"testing"
)

// objectText is a QMP request whose arguments have n members.
func objectText(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"execute": "qom-get", "arguments": {`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `"key%d": %d`, i, i)
	}
	b.WriteString("}}\n")
	return []byte(b.String())
}

// prettyText is about size bytes of pretty-printed JSON (nested objects and
// lists, one member a line), as a user might paste.
func prettyText(size int) []byte {
	var b strings.Builder
	b.WriteString("{\n  \"execute\": \"qom-set\",\n  \"arguments\": {\n    \"value\": [\n")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, "      {\n        \"index\": %d,\n        \"name\": \"entry %d\",\n        \"flags\": [true, false, null]\n      }", i, i)
	}
	b.WriteString("\n    ]\n  }\n}\n")
	return []byte(b.String())
}

// Linear time (issue 10): the 50,000-member object and the 1 MB text cost
// in proportion to their size; compare each ns/op with keys=1000's (50x the
// members should be about 50x the time).
func BenchmarkStream(b *testing.B) {
	for _, c := range []struct {
		name string
		in   []byte
	}{
		{"keys=1000", objectText(1000)},
		{"keys=50000", objectText(50000)},
		{"pretty=1MB", prettyText(1 << 20)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			for i := 0; i < b.N; i++ {
				ms := NewStream().Feed(c.in)
				if len(ms) != 1 || ms[0].Err != nil {
					b.Fatalf("%d messages: %v", len(ms), ms)
				}
				_ = Marshal(ms[0].Value) // and printed back in QDict order
			}
		})
	}
}
