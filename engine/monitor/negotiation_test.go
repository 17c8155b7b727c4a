package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// TestNegotiationOnce: a connection negotiates capabilities once, whether
// it must (the QMP wire) or may skip it (the page); QEMU's answers.
func TestNegotiationOnce(t *testing.T) {
	const caps = `{"execute": "qmp_capabilities"}`
	const query = `{"execute": "query-status"}`
	for _, tc := range []struct {
		name    string
		require bool
		lines   []string
		want    []string // substring of each reply
	}{
		{"implicit", false, []string{query, caps, caps}, []string{`"return"`, `{"return": {}}`, "Capabilities negotiation is already complete, command ignored"}},
		{"wire", true, []string{query, caps, query, caps}, []string{"Expecting capabilities negotiation with 'qmp_capabilities'", `{"return": {}}`, `"return"`, "Capabilities negotiation is already complete, command ignored"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, rel := range release.All() {
				s := session.Start(rel, "", []string{"-M", "pc"})
				s.Mon.RequireNegotiation = tc.require
				for i, l := range tc.lines {
					out := s.QMP(l)
					got := out[len(out)-1]
					if !strings.Contains(got, tc.want[i]) {
						t.Errorf("%s: %s answered %s, want %s", rel, l, got, tc.want[i])
					}
				}
			}
		})
	}
}
