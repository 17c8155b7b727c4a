package stdio

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// The terminal QMP monitor reads its input as it comes (issue 10: it used
// to re-parse its whole pending buffer on every line). Linear time: compare
// ns/op of keys=50000 and pretty=1MB with keys=1000's in the same run.
func BenchmarkMonitorQMP(b *testing.B) {
	object := func(n int) string {
		var s strings.Builder
		s.WriteString(`{"execute": "query-status", "arguments": {`)
		for i := 0; i < n; i++ {
			if i > 0 {
				s.WriteString(",\n  ")
			}
			fmt.Fprintf(&s, `"key%d": %d`, i, i)
		}
		s.WriteString("}}\n")
		return s.String()
	}
	pretty := func(size int) string {
		var s strings.Builder
		s.WriteString("{\n  \"execute\": \"query-status\",\n  \"id\": [\n")
		for i := 0; s.Len() < size; i++ {
			if i > 0 {
				s.WriteString(",\n")
			}
			fmt.Fprintf(&s, "    {\n      \"index\": %d,\n      \"name\": \"entry %d\"\n    }", i, i)
		}
		s.WriteString("\n  ]\n}\n")
		return s.String()
	}
	head := `{"execute": "qmp_capabilities"}` + "\n"
	for _, c := range []struct{ name, in string }{
		{"keys=1000", object(1000)}, {"keys=50000", object(50000)}, {"pretty=1MB", pretty(1 << 20)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			for i := 0; i < b.N; i++ {
				var out bytes.Buffer
				if code := Run([]string{"-qmp", "-S", "-M", "pc"}, strings.NewReader(head+c.in), &out, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
				if n := strings.Count(out.String(), "\n"); n != 3 {
					b.Fatalf("%d lines: %.300s", n, out.String())
				}
			}
		})
	}
}
