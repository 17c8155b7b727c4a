package session

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

// quit ends the session as QEMU exits: SHUTDOWN before the reply, status 0,
// and nothing answers after, on either monitor.
func TestQuitEndsTheSession(t *testing.T) {
	for _, quit := range []func(s *Session) []string{
		func(s *Session) []string { return s.QMP(`{"execute": "quit"}`) },
		func(s *Session) []string { out, _ := s.HMPWithEvents("quit"); return []string{out} },
	} {
		s := Start(release.V7_2, "", []string{"-S", "-M", "pc"})
		lines := quit(s)
		if !s.Exited() || s.Alive() || s.ExitCode() != 0 {
			t.Fatalf("after quit: exited %v alive %v status %d", s.Exited(), s.Alive(), s.ExitCode())
		}
		if len(lines) == 2 && (!strings.Contains(lines[0], `"SHUTDOWN"`) || lines[1] != `{"return": {}}`) {
			t.Fatalf("quit wrote %q", lines)
		}
		if got := s.QMP(`{"execute": "query-status"}`); got != nil {
			t.Fatalf("answered after quit: %q", got)
		}
		if got := s.HMP("info status"); got != "" {
			t.Fatalf("HMP answered after quit: %q", got)
		}
	}
}

// A pseries guest powers off when the power button is pressed; the x86
// guest (no acpid) does not (recorded: own_monitor_guest).
func TestPowerdownWithGuest(t *testing.T) {
	for _, c := range []struct {
		machine string
		exits   bool
	}{{"pc", false}, {"pseries", true}} {
		s := Start(release.V7_2, "", []string{"-M", c.machine})
		s.BootGuestAndWait()
		out := s.QMP(`{"execute": "system_powerdown"}`)
		if s.Exited() != c.exits || !strings.Contains(out[0], "POWERDOWN") {
			t.Fatalf("%s: exited %v, wrote %q", c.machine, s.Exited(), out)
		}
		if c.exits && !strings.Contains(strings.Join(out, "\n"), `"reason": "guest-shutdown"`) {
			t.Fatalf("%s: no guest shutdown in %q", c.machine, out)
		}
	}
}

// A JSON text may span inputs; a note says QEMU waits for the rest.
func TestQMPTextOverTwoLines(t *testing.T) {
	s := Start(release.V7_2, "", []string{"-S", "-M", "pc"})
	if got := s.QMP(`{"execute":`); got != nil {
		t.Fatalf("half a text answered: %q", got)
	}
	if n := s.TakeNotes(); len(n) != 1 || !strings.Contains(n[0], "waiting") {
		t.Fatalf("notes %q", n)
	}
	if got := s.QMP(`"query-name"}`); len(got) != 1 || got[0] != `{"return": {}}` {
		t.Fatalf("second half: %q", got)
	}
}

// A pseries PHB added again at the index of one hot-unplugged before
// (without a guest) kills QEMU: the old TCE table still holds its LIOBN
// (recorded: pm-p-r26-c11, whose events stay open).
func TestPHBReaddAborts(t *testing.T) {
	for _, rel := range release.All() {
		s := Start(rel, "", []string{"-M", "pseries", "-smp", "1"})
		add := `{"execute": "device_add", "arguments": {"driver": "spapr-pci-host-bridge", "index": 3, "id": "hphb0"}}`
		if got := s.QMP(add); len(got) == 0 || got[len(got)-1] != `{"return": {}}` {
			t.Fatalf("%s: first add: %q", rel.Name, got)
		}
		s.QMP(`{"execute": "device_del", "arguments": {"id": "hphb0"}}`)
		if got := s.QMP(add); len(got) != 0 && strings.Contains(got[len(got)-1], `"return"`) {
			t.Fatalf("%s: the second add answered %q", rel.Name, got)
		}
		want := "Attempted to create TCE table with duplicate LIOBN 0x80000300\nqemu-system-ppc64: " + rel.MemoryRegionDelSubregionAssert
		if s.ExitCode() != -6 || !strings.Contains(s.Stderr(), want) {
			t.Fatalf("%s: status %d, stderr ends %q", rel.Name, s.ExitCode(), s.Stderr()[max(0, len(s.Stderr())-200):])
		}

		// From HMP, the complaint goes to that monitor, which never
		// answers: stderr has the assertion alone (pm-p-r38-b2).
		s = Start(rel, "", []string{"-M", "pseries", "-smp", "1"})
		s.HMP("device_add spapr-pci-host-bridge,index=3,id=hphb0")
		s.HMP("device_del hphb0")
		if out := s.HMP("device_add spapr-pci-host-bridge,index=3,id=hphb0"); out != "" {
			t.Fatalf("%s: HMP's second add answered %q", rel.Name, out)
		}
		if s.ExitCode() != -6 || strings.Contains(s.Stderr(), "LIOBN") || !strings.HasSuffix(s.Stderr(), "ppc64: "+rel.MemoryRegionDelSubregionAssert+": memory_region_del_subregion: Assertion `subregion->container == mr' failed.\n") {
			t.Fatalf("%s: HMP: status %d, stderr ends %q", rel.Name, s.ExitCode(), s.Stderr()[max(0, len(s.Stderr())-200):])
		}
	}
}
