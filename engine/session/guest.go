package session

import (
	"hotpluglab/engine/release"
	"hotpluglab/engine/timeline"
	"strconv"
	"strings"
	"time"

	"hotpluglab/engine/board"
	"hotpluglab/engine/guest"
	"hotpluglab/engine/monitor"
	"hotpluglab/engine/topoview"
)

// The guest OS: a Linux 6.1 model (engine/guest) that the user boots and
// types into. It reaches the machine only through the x86 ACPI CPU hotplug
// registers and the sPAPR DRCs, so its effects come out as QEMU's events.

// MaxSettle bounds Settle, as the recorder's max_wait (30 s).
const MaxSettle = 30_000_000

// guestHardware connects a guest to the machine model's hotplug hardware.
// It returns an empty Hardware until the machine provides the x86 register
// block and the sPAPR RTAS calls; the guest then boots but never hears of
// a hotplug.
var guestHardware = func(mon *monitor.Monitor) guest.Hardware { return guest.Hardware{} }

func (s *Session) startGuest() {
	s.guest = guest.New(s.Mon.M, guestHardware(s.Mon), func() int64 { return s.clock })
	if t, ok := rtcBase(s.Args); ok {
		s.guest.RTCBase = t
	}
	// A host reset (system_reset) reboots a booted guest; the resets the
	// guest's own firmware makes (reason guest-reset) are part of that boot.
	s.Mon.Observers = append(s.Mon.Observers, func(e monitor.Event) {
		if e.Name == "POWERDOWN" && s.guest.PowerButton() {
			s.Mon.GuestShutdown("guest-shutdown")
		}
		if e.Name == "RESUME" {
			s.readTypedAhead()
		}
		if e.Name != "RESET" {
			return
		}
		if v, ok := e.Data.Get("guest"); ok && v == false {
			s.guest.HostReset()
		}
		if b := board.Of(s.Mon.M); b != nil && s.guest.State() != guest.NotBooted {
			// the firmware sets PCI up again as the machine restarts
			b.ClearPCIConfig()
			b.FirmwarePCISetup()
		}
	})
}

// rtcBase is -rtc base=DATE from the command line: the guest's time of day
// when QEMU starts ("2006-06-17T16:01:21" or "2006-06-17").
func rtcBase(args []string) (int64, bool) {
	for i := 0; i+1 < len(args); i++ {
		if args[i] != "-rtc" {
			continue
		}
		for _, kv := range strings.Split(args[i+1], ",") {
			v, ok := strings.CutPrefix(kv, "base=")
			if !ok {
				continue
			}
			for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02"} {
				if t, err := time.Parse(layout, v); err == nil {
					return t.Unix(), true
				}
			}
		}
	}
	return 0, false
}

// Guest is the guest model (nil when the machine did not start).
func (s *Session) Guest() *guest.Guest { return s.guest }

// GuestState is not booted, booting or running.
func (s *Session) GuestState() guest.State {
	if s.guest == nil {
		return guest.NotBooted
	}
	return s.guest.State()
}

// GuestBootLeft is, while the guest boots, the virtual time until its
// prompt comes (microseconds); 0 otherwise.
func (s *Session) GuestBootLeft() int64 {
	if s.guest == nil || s.guest.ReadyAt() < 0 {
		return 0
	}
	return s.guest.ReadyAt() - s.clock
}

// BootGuest starts booting the guest OS; it is running once the virtual
// clock has passed the boot time (Advance or Settle). A machine started
// with -S is resumed first, as `cont` does (RESUME).
func (s *Session) BootGuest() { s.bootGuest("") }

func (s *Session) bootGuest(how string) {
	if s.guest == nil || s.guest.State() != guest.NotBooted {
		return
	}
	s.Log = append(s.Log, Input{"boot", how})
	s.record(timeline.Action, "boot", "boot the guest")
	s.Mon.Cont()
	s.guest.Boot()
	if b := board.Of(s.Mon.M); b != nil {
		b.GuestConfiguresDRCs = true
		b.FirmwarePCISetup()
	}
}

// BootGuestAndWait boots the guest and lets the virtual clock run until its
// prompt is up (the boot time: 6.6 s x86, 8 s pseries); it returns the
// events raised meanwhile.
func (s *Session) BootGuestAndWait() []monitor.Event {
	if s.guest == nil {
		return nil
	}
	s.bootGuest("wait")
	for s.guest.State() == guest.Booting && s.guest.Busy() && s.vcpusRun() {
		s.advanceTo(s.guest.NextTimer())
	}
	return s.takeEvents()
}

// SetAutoOnline turns the guest's udev rule that onlines every added CPU
// on or off.
func (s *Session) SetAutoOnline(on bool) {
	if s.guest != nil && s.guest.AutoOnline != on {
		s.Log = append(s.Log, Input{"autoonline", strconv.FormatBool(on)})
		s.guest.AutoOnline = on
	}
}

// SetKernelArgs gives the guest's kernel extra parameters (the recorder's
// guest.append, e.g. memhp_default_state=online); replay sets them before
// the boot. They are not part of the session's log.
func (s *Session) SetKernelArgs(a string) {
	if s.guest != nil {
		s.guest.KernelArgs = a
	}
}

// GuestShell types a command line into the guest's shell and returns what
// the terminal shows. The command takes a little virtual time; it has no
// output when the guest is not booted (there is no prompt). While the
// guest boots, the line waits for the prompt as typed-ahead input does.
func (s *Session) GuestShell(line string) string {
	out, _ := s.GuestShellWithEvents(line)
	return out
}

// GuestShellWithEvents is GuestShell that also returns the events raised
// while the command ran (they go to EventLog too).
func (s *Session) GuestShellWithEvents(line string) (string, []monitor.Event) {
	if s.guest == nil || s.guest.State() == guest.NotBooted {
		return "", nil
	}
	for s.guest.State() == guest.Booting && s.guest.Busy() && s.vcpusRun() {
		s.advanceTo(s.guest.NextTimer())
	}
	if s.guest.State() != guest.Running {
		return "", s.takeEvents()
	}
	s.Log = append(s.Log, Input{"guest", line})
	s.record(timeline.Shell, "", line)
	if !s.vcpusRun() || len(s.typedAhead) > 0 {
		// A stopped guest reads nothing: the line waits in the serial
		// port, its output and the next prompt come after cont.
		s.typedAhead = append(s.typedAhead, line)
		return "", s.takeEvents()
	}
	out := s.guest.Shell(line)
	s.printed += int64(len(out))
	if out != "" {
		s.record(timeline.ShellOutput, "", strings.TrimSuffix(out, "\n"))
	}
	s.advanceTo(s.clock + guestCommandTime + s.guest.TakeShellTime())
	return out, s.takeEvents()
}

// guestCommandTime is how long a shell command runs on the virtual clock.
const guestCommandTime = 2_000

// GuestPrompt is the prompt the guest's shell printed last: guest.Prompt,
// the continuation prompt "> ", or "" when there is no shell.
func (s *Session) GuestPrompt() string {
	if s.guest == nil || len(s.typedAhead) > 0 {
		return ""
	}
	return s.guest.ShellPrompt()
}

// readTypedAhead runs the lines typed while the guest was stopped, now
// that it runs: their output and prompts go to the console.
func (s *Session) readTypedAhead() {
	lines := s.typedAhead
	s.typedAhead = nil
	for _, l := range lines {
		if s.guest.State() != guest.Running {
			return
		}
		out := s.guest.Shell(l)
		s.printed += int64(len(out))
		s.console.WriteString(out + s.guest.ShellPrompt())
	}
}

// TakeGuestConsole returns what the guest's shell printed since the last
// call outside a command typed while it ran (the output of lines typed
// while the guest was stopped).
func (s *Session) TakeGuestConsole() string {
	out := s.console.String()
	s.console.Reset()
	return out
}

// TakeGuestNotes returns the simulator's remarks on the guest shell lines
// typed since the last call (what is not modelled, budgets reached): help
// shown beside the guest's output, never in it.
func (s *Session) TakeGuestNotes() []string {
	if s.guest == nil {
		return nil
	}
	return s.guest.TakeNotes()
}

// TakeKernelLines returns the guest's kernel console lines printed since
// the last call.
func (s *Session) TakeKernelLines() []string {
	if s.guest == nil {
		return nil
	}
	return s.guest.TakeKernelLines()
}

// Settle lets the guest finish what it is doing (at most MaxSettle of
// virtual time) and returns the events raised meanwhile.
func (s *Session) Settle() []monitor.Event {
	if s.Mon == nil {
		return nil
	}
	s.Log = append(s.Log, Input{"settle", ""})
	end := s.clock + MaxSettle
	for s.guest != nil && s.guest.Busy() && s.vcpusRun() {
		next := s.guest.NextTimer()
		if next > end {
			break
		}
		s.advanceTo(next)
	}
	if s.vcpusRun() {
		// The recorder's wait for quiet lets QEMU's RCU thread run its
		// callbacks: a finalized device's DEVICE_DELETED comes.
		s.Mon.FlushDeferred()
	}
	return s.takeEvents()
}

// afterInput lets the guest notice what a monitor command did (an SCI, a
// hotplug event) and run anything due.
func (s *Session) afterInput() {
	if s.guest == nil || !s.vcpusRun() {
		return
	}
	s.guest.Poll()
	s.guest.RunDue()
}

// advanceTo moves the clock to t, running the guest's actions at their own
// times so events carry the right timestamps.
func (s *Session) advanceTo(t int64) {
	for s.guest != nil && s.vcpusRun() {
		next := s.guest.NextTimer()
		if next < 0 || next > t {
			break
		}
		if next > s.clock {
			s.clock = next
		}
		s.guest.RunDue()
		s.guest.Poll()
	}
	if t > s.clock {
		s.clock = t
	}
}

// vcpusRun says whether the guest can act: its vCPUs are paused by stop
// (they take their interrupts after cont).
func (s *Session) vcpusRun() bool {
	return s.Mon == nil || s.Mon.RunState == "running" || s.guest.State() == guest.NotBooted
}

// guestView feeds the topology view: per slot, does the guest see a CPU
// there, and is it online.
func (s *Session) guestView() topoview.GuestView {
	if s.guest == nil || s.guest.State() != guest.Running {
		return nil
	}
	v := s.guest.SlotViews()
	return func(slot int) (bool, bool) {
		if slot < 0 || slot >= len(v) {
			return false, false
		}
		return v[slot].Present, v[slot].Online
	}
}

// FromLog rebuilds a session from its command line and input log: the
// same inputs give the same state, outputs and clock.
func FromLog(rel *release.Release, target string, args []string, log []Input) *Session {
	s := StartOnHost(rel, target, args, hostOf(log))
	if s.Mon == nil {
		return s
	}
	for _, in := range log {
		s.Apply(in)
	}
	return s
}

// Apply replays one input log entry, whatever its kind.
func (s *Session) Apply(in Input) {
	switch in.Kind {
	case "hmp":
		s.HMP(in.Text)
	case "qmp":
		s.QMP(in.Text)
	case "boot":
		if in.Text == "wait" {
			s.BootGuestAndWait()
		} else {
			s.BootGuest()
		}
	case "autoonline":
		s.SetAutoOnline(in.Text == "true")
	case "guest":
		s.GuestShell(in.Text)
	case "settle":
		s.Settle()
	case "advance":
		if n, err := strconv.ParseInt(in.Text, 10, 64); err == nil {
			s.Advance(n)
		}
	case "host": // the start's input (StartOnHost), not a command
	}
}
