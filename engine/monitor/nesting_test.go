package monitor

import (
	"strings"
	"testing"

	"hotpluglab/engine/qjson"
)

// Input nested past QEMU's limit is refused with QEMU's message, without
// recursing that deep; nesting up to the limit still parses.
func TestQMPNestingLimit(t *testing.T) {
	for _, tc := range []struct {
		depth int
		want  string
	}{
		{qjson.MaxNesting, "QMP input must be a JSON object"},
		{qjson.MaxNesting + 1, "JSON nesting depth limit exceeded"},
		{30000, "JSON nesting depth limit exceeded"},
	} {
		in := strings.Repeat("[", tc.depth) + strings.Repeat("]", tc.depth)
		reply := (&Monitor{}).QMPRequest([]byte(in))
		if got := string(qjson.Marshal(reply)); !strings.Contains(got, tc.want) {
			t.Errorf("depth %d: %s, want %q", tc.depth, got, tc.want)
		}
	}
}
