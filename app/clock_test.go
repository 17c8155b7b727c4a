package app

import (
	"reflect"
	"testing"

	"hotpluglab/components"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

// TestClockFollowsRealTime: with the page visible, an unplug the guest
// answers finishes as real time passes, with no click; paused or hidden,
// nothing moves; the log holds one advance per guest action reached, and
// replays to the same machine.
func TestClockFollowsRealTime(t *testing.T) {
	const cpu1 = "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"
	start := func() *Page {
		p := &Page{}
		p.Start(DefaultLine)
		p.guestAction(components.GuestRequest{Kind: components.GuestBoot})
		p.guestAction(components.GuestRequest{Kind: components.GuestSettle})
		p.sh.Run(components.HMP, cpu1)
		p.guestAction(components.GuestRequest{Kind: components.GuestSettle})
		p.sh.Run(components.HMP, "device_del cpu1")
		return p
	}
	slot4 := func(p *Page) topoview.State { return components.Slots(p.view)[4].State }
	const tick = 100_000 // µs, as the page's ticker

	for _, tc := range []struct {
		name    string
		paused  bool
		visible bool
		done    bool
	}{
		{"visible", false, true, true},
		{"paused", true, true, false},
		{"hidden", false, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := start()
			if slot4(p) == topoview.Empty {
				t.Fatal("the unplug finished before any time passed")
			}
			p.clock.paused = tc.paused
			logBefore := len(p.sess.Log)
			for i := 0; i < 30; i++ { // 3 s of real time
				p.tick(tick, tc.visible)
			}
			if got := slot4(p) == topoview.Empty; got != tc.done {
				t.Fatalf("after 3 s: slot 4 is %s", slot4(p))
			}
			added := p.sess.Log[logBefore:]
			for _, in := range added {
				if in.Kind != "advance" {
					t.Errorf("the clock logged %+v", in)
				}
			}
			if !tc.done {
				if len(added) != 0 {
					t.Errorf("a stopped clock logged %v", added)
				}
				return
			}
			if len(added) == 0 || len(added) > 3 {
				t.Errorf("%d advance entries for one unplug handshake: %v", len(added), added)
			}
			if p.sess.NextTimer() >= 0 {
				t.Errorf("the guest still has work due")
			}
			r := session.FromLog(p.sess.QEMU, "", p.sess.Args, p.sess.Log)
			if r.Now() != p.sess.Now() || !reflect.DeepEqual(r.Topology(), p.sess.Topology()) {
				t.Error("the log replays to another machine")
			}
			// Idle, the clock stands still and logs nothing.
			n := len(p.sess.Log)
			for i := 0; i < 30; i++ {
				p.tick(tick, true)
			}
			if len(p.sess.Log) != n {
				t.Errorf("an idle guest's clock logged %v", p.sess.Log[n:])
			}
		})
	}
}

// TestClockStep: Step moves the clock straight to the guest's next action.
func TestClockStep(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	p.guestAction(components.GuestRequest{Kind: components.GuestBoot})
	p.guestAction(components.GuestRequest{Kind: components.GuestSettle})
	p.sh.Run(components.HMP, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0")
	due := p.sess.NextTimer()
	if due < 0 {
		t.Fatal("nothing due after device_add with a guest")
	}
	p.guestAction(components.GuestRequest{Kind: components.GuestStep})
	if p.sess.Now() != due {
		t.Errorf("Step moved the clock to %d, want %d", p.sess.Now(), due)
	}
	if v := p.clockView(); v.Now != due || v.Paused {
		t.Errorf("clock view %+v", v)
	}
}
