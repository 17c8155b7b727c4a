package spapr_test

import (
	"hotpluglab/engine/release"
	"hotpluglab/engine/spapr"
	"strings"
	"testing"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qjson"
)

func newSet(t *testing.T) (*machine.Machine, *spapr.Set, *[]string, *strings.Builder) {
	r := cmdline.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "2,maxcpus=4"})
	if !r.Started {
		t.Fatal(r.Stderr)
	}
	m := r.Machine
	var events []string
	var stderr strings.Builder
	m.Host.Emit = func(name string, data qjson.Object) { events = append(events, name+" "+qjson.Marshal(data)) }
	m.Host.Stderr = func(s string) { stderr.WriteString(s) }
	s := spapr.Of(m)
	s.Release = func(c *machine.CPU) { m.RemoveCPU(c); events = append(events, "released "+c.ID) }
	return m, s, &events, &stderr
}

func plug(m *machine.Machine, s *spapr.Set, slot int, id string) *machine.CPU {
	c := &machine.CPU{Slot: slot, ID: id, QOMPath: "/machine/peripheral/" + id, Type: m.CPUType}
	m.AddCPU(c)
	s.Attach(c, true)
	return c
}

func TestStates(t *testing.T) {
	m, s, events, stderr := newSet(t)
	if s.DRCs[1].State != spapr.Configured || s.DRCs[2].State != spapr.Unusable {
		t.Fatal("boot cores start configured, empty slots unusable")
	}
	// A hot-plugged core the guest never configured goes at once.
	c := plug(m, s, 2, "c2")
	if q := s.TakeHotplugEvents(); len(q) != 1 || q[0].Remove || q[0].Index != 0x10000002 {
		t.Fatalf("add notification %+v", q)
	}
	s.UnplugRequest(c)
	if len(*events) != 1 || m.BySlot[2] != nil {
		t.Fatalf("immediate release: %v", *events)
	}
	// The guest configures a new core, then gives it back.
	c = plug(m, s, 3, "c3")
	idx := s.DRCs[3].Index(m)
	for _, call := range []func() int{
		func() int { return s.SetAllocationState(idx, true) },
		func() int { return s.SetIsolationState(idx, false) },
		func() int { return s.ConfigureConnector(idx) },
	} {
		if rc := call(); rc != spapr.RTASSuccess {
			t.Fatalf("configure sequence rc %d", rc)
		}
	}
	if s.DRCs[3].State != spapr.Configured {
		t.Fatalf("state %v", s.DRCs[3].State)
	}
	s.UnplugRequest(c)
	if m.BySlot[3] == nil || !s.DRCs[3].UnplugRequested {
		t.Fatal("a configured core waits for the guest")
	}
	// The guest refuses: request dropped, stderr line, error event.
	s.SetIsolationState(idx, false)
	if s.DRCs[3].UnplugRequested || !strings.Contains(stderr.String(), "Device hotunplug rejected by the guest for device c3") ||
		(*events)[len(*events)-1] != `DEVICE_UNPLUG_GUEST_ERROR {"device": "c3", "path": "/machine/peripheral/c3"}` {
		t.Fatalf("refusal: %q %v", stderr.String(), *events)
	}
	// Asked again, it releases.
	s.UnplugRequest(c)
	if s.SetIsolationState(idx, true) != spapr.RTASSuccess || s.SetAllocationState(idx, false) != spapr.RTASSuccess || m.BySlot[3] != nil {
		t.Fatal("guest release did not complete the unplug")
	}
	if s.SetAllocationState(0x10000099, true) != spapr.RTASNoSuchIndicator {
		t.Error("unknown DRC index")
	}
}

func TestResetCompletesPending(t *testing.T) {
	m, s, events, _ := newSet(t)
	boot := m.BySlot[1]
	s.UnplugRequest(boot)
	if m.BySlot[1] == nil {
		t.Fatal("a boot core waits for the guest")
	}
	c := plug(m, s, 2, "c2")
	s.Reset()
	if m.BySlot[1] != nil || len(*events) != 1 {
		t.Fatalf("reset: %v", *events)
	}
	if s.DRCs[2].State != spapr.Configured || m.BySlot[2] != c {
		t.Fatal("reset configures attached cores")
	}
}

// A core released at once leaves its DRC marked until a core takes the slot
// again (7.2 dies of SIGSEGV at the next system_reset meanwhile); a core
// whose unplug waits for the reset does not mark it.
func TestReleasedAtOnce(t *testing.T) {
	for _, tc := range []struct {
		name   string
		steps  func(m *machine.Machine, s *spapr.Set)
		marked bool
	}{
		{"plugged", func(m *machine.Machine, s *spapr.Set) { plug(m, s, 2, "c2") }, false},
		{"released at once", func(m *machine.Machine, s *spapr.Set) { s.UnplugRequest(plug(m, s, 2, "c2")) }, true},
		{"other core stays", func(m *machine.Machine, s *spapr.Set) {
			c := plug(m, s, 2, "c2")
			plug(m, s, 3, "c3")
			s.UnplugRequest(c)
		}, true},
		{"slot plugged again", func(m *machine.Machine, s *spapr.Set) {
			s.UnplugRequest(plug(m, s, 2, "c2"))
			plug(m, s, 2, "c2")
		}, false},
		{"unplug at reset", func(m *machine.Machine, s *spapr.Set) {
			c := plug(m, s, 2, "c2")
			s.Reset()
			s.UnplugRequest(c)
			s.Reset()
		}, false},
	} {
		m, s, _, _ := newSet(t)
		tc.steps(m, s)
		if got := s.ReleasedAtOnce(); got != tc.marked {
			t.Errorf("%s: ReleasedAtOnce %v, want %v", tc.name, got, tc.marked)
		}
	}
}
