package components

import (
	"hotpluglab/engine/release"
	"testing"

	"hotpluglab/engine/session"
)

// The grid is rebuilt on every change of the view: keep it cheap at 4096.
func BenchmarkGridHTML4096(b *testing.B) {
	v := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4096"}).Topology()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		GridHTML(v)
	}
}
