package session

import (
	"math/rand"
	"testing"

	"hotpluglab/engine/release"
)

// BenchmarkReplay10k replays a 10,000-command log (random adds, deletes,
// guest port writes, resets, queries) on a fresh x86 session.
func BenchmarkReplay10k(b *testing.B) {
	args := []string{"-S", "-M", "pc", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2"}
	r := rand.New(rand.NewSource(7))
	var log []Input
	for len(log) < 10000 {
		k, text := randomInput(r, false, 7)
		log = append(log, Input{k, text})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		transcript(release.V7_2, args, log)
	}
}
