package session

import (
	"fmt"
	"hotpluglab/engine/release"
	"math/rand"
	"strings"
	"testing"

	"hotpluglab/engine/guest"
	"hotpluglab/engine/topoview"
)

func TestGuestLifeCycle(t *testing.T) {
	for _, c := range []struct {
		args       []string
		wantOnline string
		wantSlots  int // slots the topology view shows online in the guest
		wantBootUS int64
	}{
		{[]string{"-S", "-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"}, "0-3\n", 4, guest.BootX86},
		{[]string{"-M", "q35", "-smp", "1,maxcpus=4"}, "0\n", 1, guest.BootX86},
		{[]string{"-S", "-M", "pseries", "-smp", "2,maxcpus=8"}, "0-1\n", 2, guest.BootSPAPR},
	} {
		name := strings.Join(c.args, " ")
		s := Start(release.V7_2, "", c.args)
		if !s.Started() {
			t.Fatalf("%s: did not start: %s", name, s.Stderr())
		}
		if s.GuestState() != guest.NotBooted || s.GuestShell("nproc") != "" {
			t.Errorf("%s: a guest before boot", name)
		}
		if c.wantBootUS == guest.BootX86 && len(c.args) > 0 && c.args[0] == "-S" {
			// Typed ahead while booting: the line runs once the prompt is up.
			s.BootGuest()
			if got := s.GuestShell("cat /sys/devices/system/cpu/online"); got != c.wantOnline || s.GuestState() != guest.Running {
				t.Errorf("%s: typed-ahead line gave %q", name, got)
			}
			continue
		}
		s.BootGuest()
		if s.GuestState() != guest.Booting || s.GuestBootLeft() != c.wantBootUS {
			t.Errorf("%s: state %v, %d µs left after BootGuest", name, s.GuestState(), s.GuestBootLeft())
		}
		start := s.Now()
		s.Settle()
		if s.GuestState() != guest.Running || s.Now()-start != c.wantBootUS {
			t.Errorf("%s: state %v after %d µs", name, s.GuestState(), s.Now()-start)
		}
		if got := s.GuestShell("cat /sys/devices/system/cpu/online"); got != c.wantOnline {
			t.Errorf("%s: online = %q, want %q", name, got, c.wantOnline)
		}
		if s.Mon.RunState != "running" {
			t.Errorf("%s: still paused after the guest booted", name)
		}
		v := s.Topology()
		if v.GuestOnline != c.wantSlots {
			t.Errorf("%s: topology shows %d online in the guest", name, v.GuestOnline)
		}
	}
}

func TestGuestTopologyView(t *testing.T) {
	s := Start(release.V7_2, "", []string{"-M", "pc", "-smp", "2,maxcpus=4"})
	s.BootGuest()
	s.Settle()
	s.GuestShell("echo 0 > /sys/devices/system/cpu/cpu1/online")
	var got []string
	for _, sl := range s.Topology().Slots {
		got = append(got, fmt.Sprintf("%d:%v/%v", sl.Index, sl.GuestPresent, sl.GuestOnline))
	}
	want := "0:true/true 1:true/false 2:false/false 3:false/false"
	if strings.Join(got, " ") != want {
		t.Errorf("guest view %q, want %q", strings.Join(got, " "), want)
	}
}

// TestGuestNeverSeesUnpluggedCPU drives random sessions (plug, unplug,
// shell, time passing) and checks after every input that each CPU the guest
// has present sits in a slot that holds a CPU, with the slot's arch id.
func TestGuestNeverSeesUnpluggedCPU(t *testing.T) {
	machines := [][]string{
		{"-M", "pc", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2"},
		{"-M", "q35", "-smp", "1,maxcpus=4"},
		{"-M", "pseries", "-smp", "1,maxcpus=6"},
	}
	// 2500 runs of 40 operations: 10^5 operations with guest actions and resets.
	for seed := int64(1); seed <= 2500; seed++ {
		rng := rand.New(rand.NewSource(seed))
		args := machines[int(seed)%len(machines)]
		s := Start(release.V7_2, "", args)
		s.SetAutoOnline(rng.Intn(2) == 0)
		if rng.Intn(2) == 0 {
			s.BootGuest()
		} else {
			s.BootGuestAndWait()
		}
		var log []string
		for step := 0; step < 40; step++ {
			op := ""
			switch rng.Intn(7) {
			case 6:
				// a host reset reboots a booted guest
				op = "system_reset"
				s.HMP(op)
			case 0, 1:
				op = randomSlotCommand(rng, s.Topology())
				if op != "" {
					s.HMP(op)
				}
			case 2:
				op = fmt.Sprintf("guest: echo %d > /sys/devices/system/cpu/cpu%d/online", rng.Intn(2), rng.Intn(8))
				s.GuestShell(strings.TrimPrefix(op, "guest: "))
			case 3:
				op = "settle"
				s.Settle()
			default:
				d := rng.Int63n(2_000_000)
				op = fmt.Sprintf("advance %d", d)
				s.Advance(d)
			}
			log = append(log, op)
			if msg := checkGuestView(s); msg != "" {
				t.Fatalf("seed %d, %v: %s\nafter: %s", seed, args, msg, strings.Join(log, "; "))
			}
		}
		// Determinism: the input log rebuilds the same session.
		r := FromLog(release.V7_2, "", args, s.Log)
		if r.Now() != s.Now() || r.Topology().Text() != s.Topology().Text() ||
			fmt.Sprint(r.Guest().CPUs(), r.Guest().Dmesg()) != fmt.Sprint(s.Guest().CPUs(), s.Guest().Dmesg()) {
			t.Fatalf("seed %d: the input log does not rebuild the session\n%s\n%s", seed, s.Topology().Text(), r.Topology().Text())
		}
	}
}

func randomSlotCommand(rng *rand.Rand, v topoview.View) string {
	var cmds []string
	for i := range v.Slots {
		if c := v.Command(i); c != "" {
			cmds = append(cmds, c)
		}
	}
	if len(cmds) == 0 {
		return ""
	}
	return cmds[rng.Intn(len(cmds))]
}

func checkGuestView(s *Session) string {
	g := s.Guest()
	m := s.Mon.M
	for _, c := range g.CPUs() {
		if c.Online && !c.Present {
			return fmt.Sprintf("cpu%d online but not present", c.Num)
		}
		if !c.Present {
			continue
		}
		if c.Slot < 0 || c.Slot >= len(m.Slots) || m.BySlot[c.Slot] == nil {
			return fmt.Sprintf("the guest sees cpu%d in slot %d, which holds no CPU", c.Num, c.Slot)
		}
		arch := m.Slots[c.Slot].ArchID
		if c.ArchID < arch || c.ArchID >= arch+m.BySlot[c.Slot].Threads {
			return fmt.Sprintf("cpu%d has arch id %d, slot %d has %d", c.Num, c.ArchID, c.Slot, arch)
		}
	}
	return ""
}

func TestGuestRebootsOnSystemReset(t *testing.T) {
	s := Start(release.V7_2, "", []string{"-M", "pc", "-smp", "1,maxcpus=4"})
	s.BootGuest()
	s.Settle()
	s.QMP(`{"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": "cpu1", "socket-id": 0, "core-id": 1, "thread-id": 0}}`)
	s.Settle()
	if got := s.GuestShell("cat /sys/devices/system/cpu/online /sys/devices/system/cpu/present"); got != "0\n0-1\n" {
		t.Fatalf("before reset: %q", got)
	}
	out := s.QMP(`{"execute": "system_reset"}`)
	if len(out) != 2 || !strings.Contains(out[0], `"reason": "host-qmp-system-reset"`) {
		t.Fatalf("system_reset wrote %q", out)
	}
	if s.GuestState() != guest.Booting {
		t.Fatalf("guest %v right after the reset", s.GuestState())
	}
	var names []string
	for _, e := range s.Settle() {
		names = append(names, e.Name+" "+e.JSON()[strings.Index(e.JSON(), `"data"`):])
	}
	want := `RESET "data": {"guest": true, "reason": "guest-reset"}}` + "\n" + `RESET "data": {"guest": true, "reason": "guest-reset"}}`
	if strings.Join(names, "\n") != want {
		t.Errorf("events while rebooting:\n%s", strings.Join(names, "\n"))
	}
	// The hot-plugged CPU is an ordinary boot CPU now.
	if got := s.GuestShell("cat /sys/devices/system/cpu/online /sys/devices/system/cpu/present"); got != "0-1\n0-1\n" {
		t.Errorf("after reboot: %q", got)
	}
}

// pc-i440fx-2.6 gives the guest legacy CPU hotplug tables: the guest sees
// a hot-added CPU but sends no _OST, and QEMU still refuses device_del.
func TestGuestLegacyMachine(t *testing.T) {
	s := Start(release.V7_2, "", []string{"-M", "pc-i440fx-2.6", "-smp", "1,maxcpus=2"})
	s.BootGuest()
	s.Settle()
	s.TakeKernelLines()
	out := s.QMP(`{"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": "cpu1", "socket-id": 1, "core-id": 0, "thread-id": 0}}`)
	if len(out) != 1 || out[0] != `{"return": {}}` {
		t.Fatalf("device_add: %q", out)
	}
	if evs := s.Settle(); len(evs) != 0 {
		t.Errorf("events after a legacy hot-add: %v", evs)
	}
	if k := s.TakeKernelLines(); len(k) != 1 || !strings.HasSuffix(k[0], "] CPU1 has been hot-added") {
		t.Errorf("kernel lines %q", k)
	}
	if got := s.GuestShell("cat /sys/devices/system/cpu/present /sys/devices/system/cpu/online"); got != "0-1\n0\n" {
		t.Errorf("present/online %q", got)
	}
	out = s.QMP(`{"execute": "device_del", "arguments": {"id": "cpu1"}}`)
	if len(out) != 1 || !strings.Contains(out[0], "acpi: device unplug request for not supported device type: qemu64-x86_64-cpu") {
		t.Errorf("device_del: %q", out)
	}
}

// The guest's reactions take virtual time: an online CPU is offlined for
// about 1.6 s before the eject; the add's _OST comes within milliseconds.
func TestGuestReactionTimes(t *testing.T) {
	s := Start(release.V7_2, "", []string{"-M", "pc", "-smp", "1,maxcpus=2"})
	s.BootGuestAndWait()
	s.QMP(`{"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": "cpu1", "socket-id": 0, "core-id": 1, "thread-id": 0}}`)
	if evs := s.Advance(10_000); len(evs) != 1 || evs[0].Name != "ACPI_DEVICE_OST" {
		t.Fatalf("10 ms after device_add: %v", evs)
	}
	s.GuestShell("echo 1 > /sys/devices/system/cpu/cpu1/online")
	s.QMP(`{"execute": "device_del", "arguments": {"id": "cpu1"}}`)
	if evs := s.Advance(10_000); len(evs) != 1 {
		t.Fatalf("10 ms after device_del: want the 3/132 _OST, got %v", evs)
	}
	if evs := s.Advance(1_000_000); len(evs) != 0 {
		t.Fatalf("1 s later, still offlining: %v", evs)
	}
	if evs := s.Advance(1_000_000); len(evs) != 2 || evs[0].Name != "DEVICE_DELETED" {
		t.Fatalf("2 s later: %v", evs)
	}
}
