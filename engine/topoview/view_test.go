package topoview_test

import (
	"slices"
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

func start(t *testing.T, args ...string) *session.Session {
	t.Helper()
	s := session.Start(release.V7_2, "", args)
	if !s.Started() {
		t.Fatalf("%v did not start: %s", args, s.Stderr())
	}
	return s
}

func TestX86View(t *testing.T) {
	v := start(t, "-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2").Topology()
	if v.Kind != topoview.X86 || v.Possible != 8 || v.Plugged != 4 || len(v.Slots) != 8 {
		t.Fatalf("view %+v", v)
	}
	for i, s := range v.Slots {
		if s.Index != i {
			t.Fatalf("slot %d has index %d", i, s.Index)
		}
	}
	slot4 := v.Slots[4]
	if slot4.State != topoview.Empty || slot4.Socket != 1 || slot4.Core != 0 || slot4.Thread != 0 {
		t.Errorf("slot 4: %+v", slot4)
	}
	txt := v.Text()
	for _, want := range []string{"pc-i440fx-7.2: 4 of 8 possible CPUs plugged (qemu64-x86_64-cpu)\n", "socket 1\n  core 0\n", "  core 1\n    thread 0: empty, APIC ID 6\n    thread 1: empty, APIC ID 7\n", "thread 0: boot, APIC ID 0, /machine/unattached/device[0]\n"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q:\n%s", want, txt)
		}
	}
}

func TestCommands(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		slot int
		want string
	}{
		{"x86 empty slot", []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"}, 4, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"},
		{"x86 boot CPU 1", []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"}, 1, "device_del /machine/unattached/device[2]"},
		{"the first boot CPU cannot go", []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"}, 0, ""},
		{"x86 dies", []string{"-M", "pc", "-smp", "4,dies=2,cores=2,maxcpus=8"}, 6, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,die-id=1,core-id=0,thread-id=0"},
		{"sPAPR core", []string{"-M", "pseries", "-smp", "1,maxcpus=4"}, 3, "device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=3"},
		{"out of range", []string{"-M", "pseries", "-smp", "1,maxcpus=4"}, 4, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := start(t, tc.args...).Topology().Command(tc.slot); got != tc.want {
				t.Errorf("Command(%d) = %q, want %q", tc.slot, got, tc.want)
			}
		})
	}
}

// The commands follow the machine: after cpu1 is taken the next device_add
// names cpu2, and a plugged CPU's command removes it by its id.
func TestCommandsFollowTheMachine(t *testing.T) {
	s := start(t, "-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2")
	v := s.Topology()
	if out := s.HMP(v.Command(4)); out != "" {
		t.Fatalf("%s: %q", v.Command(4), out)
	}
	v = s.Topology()
	if got := v.Command(4); got != "device_del cpu1" {
		t.Errorf("plugged slot's command %q", got)
	}
	if got := v.Command(5); !strings.Contains(got, ",id=cpu2,") {
		t.Errorf("next empty slot's command %q, want id=cpu2", got)
	}
}

func TestSPAPRView(t *testing.T) {
	v := start(t, "-M", "pseries", "-smp", "1,maxcpus=4").Topology()
	if v.Kind != topoview.SPAPR || v.Possible != 4 || len(v.Slots) != 4 {
		t.Fatalf("view %+v", v)
	}
	if c3 := v.Slots[3]; c3.Core != 3 || c3.Node != 0 || c3.State != topoview.Empty {
		t.Errorf("core 3: %+v", c3)
	}
	if !strings.Contains(v.Text(), "core 0: boot, core-id 0, node 0, /machine/unattached/device[1]\n") {
		t.Errorf("text:\n%s", v.Text())
	}
}

func TestDiesShown(t *testing.T) {
	v := start(t, "-M", "pc", "-smp", "4,dies=2,cores=2,maxcpus=8").Topology()
	if !v.ShowDies || !strings.Contains(v.Text(), "  die 1\n") {
		t.Fatalf("dies not shown:\n%s", v.Text())
	}
}

func TestChanged(t *testing.T) {
	s := start(t, "-M", "pseries", "-smp", "1,maxcpus=8")
	before := s.Topology()
	if got := topoview.Changed(before, s.Topology()); got != nil {
		t.Errorf("nothing ran, yet %v changed", got)
	}
	s.HMP("device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=5")
	after := s.Topology()
	if got := topoview.Changed(before, after); len(got) != 1 || got[0] != 5 {
		t.Errorf("device_add at core-id 5 changed %v, want [5]", got)
	}
	s.HMP("info cpus")
	if got := topoview.Changed(after, s.Topology()); got != nil {
		t.Errorf("info cpus changed %v", got)
	}
	other := start(t, "-M", "pseries", "-smp", "1,maxcpus=4").Topology()
	if got := topoview.Changed(after, other); got != nil {
		t.Errorf("views of different machines: %v changed, want nil (no slot-by-slot comparison)", got)
	}
}

// The session patches its view: an input that changed no slot shares the
// last view's slots, one that did copies them first, so an earlier view
// still shows the machine as it was; the counts follow the states.
func TestViewsArePatchedNotShared(t *testing.T) {
	s := start(t, "-M", "pseries", "-smp", "2,maxcpus=8")
	before := s.Topology()
	if again := s.Topology(); &again.Slots[0] != &before.Slots[0] {
		t.Errorf("a view with nothing changed copied the slots")
	}
	s.HMP("device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=5")
	after := s.Topology()
	if before.Slots[5].State != topoview.Empty || after.Slots[5].State != topoview.HotPlugged || after.Slots[5].ID != "core1" {
		t.Errorf("slot 5 before %+v, after %+v", before.Slots[5], after.Slots[5])
	}
	if before.Count != (topoview.Counts{Empty: 6, Boot: 2}) || after.Count != (topoview.Counts{Empty: 5, Boot: 2, HotPlugged: 1}) {
		t.Errorf("counts before %+v, after %+v", before.Count, after.Count)
	}
	if after.Plugged != 3 || after.Count.Of(topoview.HotPlugged) != 1 || after.NextID != "core2" {
		t.Errorf("after: plugged %d, next id %q", after.Plugged, after.NextID)
	}
	fresh := topoview.FromMachine(s.Mon.M, nil)
	fresh.Input = after.Input
	if fresh.Count != after.Count || len(topoview.Changed(fresh, after)) != 0 {
		t.Errorf("the patched view differs from one built afresh: %v", topoview.Changed(fresh, after))
	}
}

// The view of the largest machine is read after every input.
func BenchmarkTopology4096(b *testing.B) {
	s := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4096"})
	b.ReportAllocs()
	for b.Loop() {
		s.Topology()
	}
}

// Through a guest's whole hotplug handshake, the session's patched view
// stays the view built afresh, its counts follow its slots, and what it says
// changed is what comparing every slot finds.
func TestPatchedViewFollowsEveryStep(t *testing.T) {
	s := start(t, "-M", "pc", "-smp", "2,maxcpus=8")
	steps := []func(){
		func() { s.BootGuestAndWait() },
		func() { s.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=3,thread-id=0") },
		func() { s.Settle() },
		func() { s.GuestShell("echo 1 > /sys/devices/system/cpu/cpu2/online") },
		func() { s.GuestShell("echo 0 > /sys/devices/system/cpu/cpu2/online") },
		func() { s.HMP("device_del cpu1") },
		func() { s.Settle() },
		func() { s.HMP("info cpus") },
	}
	prev := s.Topology()
	// Every step but the last (info cpus) changes a slot.
	for n, step := range steps {
		step()
		v := s.Topology()
		// A copy of prev's slots: Changed compares them one by one.
		slow := prev
		slow.Slots = append([]topoview.Slot(nil), prev.Slots...)
		fast, all := topoview.Changed(prev, v), topoview.Changed(slow, v)
		if !slices.Equal(fast, all) || len(all) == 0 && n != len(steps)-1 {
			t.Errorf("step %d: the view says %v changed, comparing every slot finds %v", n, fast, all)
		}
		fresh := topoview.FromMachine(s.Mon.M, nil)
		var count topoview.Counts
		online := 0
		for i, sl := range v.Slots {
			f := fresh.Slots[i]
			if sl.State != f.State || sl.ID != f.ID || sl.QOMPath != f.QOMPath {
				t.Errorf("step %d: slot %d patched %+v, afresh %+v", n, i, sl, f)
			}
			count = addState(count, sl.State)
			if sl.GuestOnline {
				online++
			}
		}
		if v.Count != count || v.Plugged != len(v.Slots)-count.Empty || v.GuestOnline != online {
			t.Errorf("step %d: counts %+v plugged %d online %d; the slots say %+v, %d online", n, v.Count, v.Plugged, v.GuestOnline, count, online)
		}
		prev = v
	}
	if prev.GuestOnline == 0 {
		t.Errorf("the guest never showed a CPU online: %+v", prev.Slots)
	}
}

func addState(c topoview.Counts, s topoview.State) topoview.Counts {
	switch s {
	case topoview.Boot:
		c.Boot++
	case topoview.ColdPlugged:
		c.ColdPlugged++
	case topoview.HotPlugged:
		c.HotPlugged++
	case topoview.UnplugPending:
		c.UnplugPending++
	default:
		c.Empty++
	}
	return c
}

// An input that changes one slot of the largest machine (here its boot
// core's unplug request, set and cleared in turn).
func BenchmarkTopology4096OneSlotChanged(b *testing.B) {
	s := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4096"})
	c := s.Mon.M.BySlot[0]
	b.ReportAllocs()
	for b.Loop() {
		c.UnplugRequested = !c.UnplugRequested
		s.Topology()
	}
}
