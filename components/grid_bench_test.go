package components

import (
	"hotpluglab/engine/release"
	"strings"
	"testing"

	"hotpluglab/engine/session"
)

// A large grid draws the rows in view: about 40 rows of 25 slots.
func BenchmarkGridRows4096(b *testing.B) {
	v := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4096"}).Topology()
	l := newGridLayout(v, 25)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var s strings.Builder
		for r := 0; r < 40; r++ {
			l.rowHTML(&s, v, r, 28, 0, nil)
		}
	}
}
