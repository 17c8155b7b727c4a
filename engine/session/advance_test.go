package session

import (
	"reflect"
	"testing"

	"hotpluglab/engine/release"
)

// TestAdvanceInChunks: a clock moved in many small steps (as the page's
// real-time clock moves it) arrives where a single step does: same
// events, same clock, same guest; and its log replays to that session.
func TestAdvanceInChunks(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		plug string
		del  string
	}{
		{"x86", []string{"-M", "pc", "-smp", "1,maxcpus=2"}, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0", "device_del cpu1"},
		{"spapr", []string{"-M", "pseries", "-smp", "1,maxcpus=2"}, "device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=1", "device_del core1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run := func(chunks []int64) *Session {
				s := Start(release.V7_2, "", tc.args)
				s.BootGuestAndWait()
				s.SetAutoOnline(true)
				s.HMP(tc.plug)
				for _, c := range chunks {
					s.Advance(c)
				}
				s.HMP(tc.del)
				for _, c := range chunks {
					s.Advance(c)
				}
				return s
			}
			var small []int64
			for i := 0; i < 300; i++ {
				small = append(small, 10_000)
			}
			a, b := run(small), run([]int64{3_000_000})
			if a.NextTimer() >= 0 {
				t.Fatalf("after 3 s the guest still has work due at %d", a.NextTimer())
			}
			if !reflect.DeepEqual(a.EventLog, b.EventLog) || a.Now() != b.Now() {
				t.Errorf("chunked clock raised %v at %d, one step %v at %d", a.EventLog, a.Now(), b.EventLog, b.Now())
			}
			r := FromLog(release.V7_2, "", tc.args, a.Log)
			if !reflect.DeepEqual(r.EventLog, a.EventLog) || r.Now() != a.Now() || !reflect.DeepEqual(r.Topology(), a.Topology()) {
				t.Errorf("replaying the log gives another session")
			}
		})
	}
}

// TestNextTimer: something is due while the guest answers a request, and
// nothing once it is idle.
func TestNextTimer(t *testing.T) {
	s := Start(release.V7_2, "", []string{"-M", "pc", "-smp", "1,maxcpus=2"})
	if s.NextTimer() != -1 {
		t.Fatalf("a machine with no guest has work due at %d", s.NextTimer())
	}
	s.BootGuestAndWait()
	s.Settle()
	if s.NextTimer() != -1 {
		t.Fatalf("an idle guest has work due at %d", s.NextTimer())
	}
	s.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0")
	if at := s.NextTimer(); at <= s.Now() {
		t.Fatalf("after device_add the guest has nothing due (next %d, now %d)", at, s.Now())
	}
}
