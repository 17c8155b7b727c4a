package session

import (
	"testing"

	"hotpluglab/engine/release"
)

// TestGuestTypedWhileStopped: a line typed into a stopped guest waits in
// the serial port; no output and no prompt until cont, then its output
// and the prompt come by themselves (g1-pc-stop-guest).
func TestGuestTypedWhileStopped(t *testing.T) {
	s := Start(release.V7_2, "", []string{"-M", "pc"})
	s.BootGuest()
	s.Settle()
	s.HMP("stop")
	if out := s.GuestShell("echo typed while stopped"); out != "" || s.GuestPrompt() != "" {
		t.Errorf("a stopped guest answered %q, prompt %q", out, s.GuestPrompt())
	}
	if c := s.TakeGuestConsole(); c != "" {
		t.Errorf("console before cont: %q", c)
	}
	s.HMP("cont")
	if c := s.TakeGuestConsole(); c != "typed while stopped\nguest# " {
		t.Errorf("console after cont: %q", c)
	}
	if out := s.GuestShell("echo after cont"); out != "after cont\n" {
		t.Errorf("next line: %q", out)
	}
}
