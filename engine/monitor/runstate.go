package monitor

import (
	"hotpluglab/engine/board"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/spapr"
	"slices"
)

// cont, stop, system_reset and the run state (softmmu/runstate.c).

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "cont|c", Run: func(mon *Monitor, _ Args) string {
			if err := mon.Cont(); err != nil {
				return "Error: " + err.Desc + "\r\n"
			}
			return ""
		}})
		RegisterHMP(&HMPCommand{Name: "stop|s", Run: func(mon *Monitor, _ Args) string { mon.Stop(); return "" }})
		RegisterHMP(&HMPCommand{Name: "system_reset", Run: func(mon *Monitor, _ Args) string { mon.SystemReset(); return "" }})
		RegisterInfo(&HMPCommand{Name: "status", Run: func(mon *Monitor, _ Args) string {
			s := "VM status: paused"
			if mon.RunState == "running" {
				s = "VM status: running"
			}
			if mon.singleStep && mon.M.Release().QueryStatusSinglestep {
				s += " (single step mode)"
			}
			if mon.RunState != "running" && mon.RunState != "paused" {
				s += " (" + mon.RunState + ")"
			}
			return s + "\r\n"
		}})
		// singlestep (7.2) and its successor one-insn-per-tb (8.1): "on" when
		// no option is given; only StatusInfo's singlestep (7.2) shows it.
		RegisterHMP(&HMPCommand{Name: "singlestep|one-insn-per-tb", Run: func(mon *Monitor, a Args) string {
			switch o, _ := a.Str("option"); o {
			case "", "on":
				mon.singleStep = true
			case "off":
				mon.singleStep = false
			default:
				return "unexpected option " + o + "\r\n"
			}
			return ""
		}})
		RegisterQMP("cont", func(mon *Monitor, _ qjson.Object) (any, *Error) { return nil, mon.Cont() })
		RegisterQMP("stop", func(mon *Monitor, _ qjson.Object) (any, *Error) { mon.Stop(); return nil, nil })
		RegisterQMP("system_reset", func(mon *Monitor, _ qjson.Object) (any, *Error) { mon.SystemReset(); return nil, nil })
		RegisterQMP("query-status", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			// StatusInfo members in schema order: status and singlestep share a
			// hash bucket, so the order of insertion decides how they print.
			if !mon.M.Release().QueryStatusSinglestep {
				return qjson.O("running", mon.RunState == "running", "status", mon.RunState), nil
			}
			return qjson.O("running", mon.RunState == "running", "singlestep", mon.singleStep, "status", mon.RunState), nil
		})
	})
}

// Cont starts the vCPUs (RESUME) unless they run already; a VM stopped
// by its shutdown (shutdown=pause) needs a reset first.
func (mon *Monitor) Cont() *Error {
	switch mon.RunState {
	case "running":
		return nil
	case "inmigrate": // qmp_cont only sets autostart, for a migration that never comes in here
		return nil
	case "shutdown":
		return GenericError("Resetting the Virtual Machine is required")
	}
	mon.RunState = "running"
	mon.Emit("RESUME", nil)
	return nil
}

// Stop pauses running vCPUs (STOP); a VM that never ran stays in prelaunch.
func (mon *Monitor) Stop() {
	if mon.RunState == "inmigrate" { // qmp_stop only clears autostart
		return
	}
	if mon.RunState != "running" {
		return
	}
	mon.RunState = "paused"
	mon.Emit("STOP", nil)
}

// SystemReset is qemu_system_reset for a host request: the machine resets
// (pseries re-applies its capabilities and warns again, pending sPAPR
// unplugs complete), then RESET; a VM that was not running goes to prelaunch.
func (mon *Monitor) SystemReset() {
	if mon.M.RebootShuts {
		mon.RequestShutdown(false, "host-qmp-system-reset")
		return
	}
	if abort := mon.M.Release().BalloonUnplugResetAssertion; abort != "" && !mon.M.IsSPAPR() {
		if st := board.Of(mon.M); st != nil && st.BalloonUnplugPending() {
			mon.crash(&machine.Crash{Stderr: mon.Target.Binary() + ": " + abort + "\n", Signal: 6})
			return
		}
	}
	// spapr_machine_reset applies the capabilities (warnings) first and
	// resets the DRCs last.
	if mon.M.IsSPAPR() {
		for _, w := range cmdline.SPAPRResetWarnings(mon.M) {
			mon.WriteStderr(mon.Target.Binary() + ": warning: " + w + "\n")
		}
		if s := spapr.Of(mon.M); s != nil && mon.M.Release().SPAPRReleasedCoreResetSIGSEGV && s.ReleasedAtOnce() {
			mon.crash(&machine.Crash{Signal: 11})
			return
		}
	}
	// The reset waits for the pending RCU callbacks: devices unplugged
	// before it are finalized (their DEVICE_DELETED), before RESET on
	// 7.2 and after it on 10.0 (measured, r41m-dd-rng-reset).
	drainFirst := mon.M.Release().ResetDrainsBeforeEvent
	pending := mon.deferred
	mon.deferred = nil
	if drainFirst {
		mon.fireAll(pending)
	}
	hotplug.Reset(mon.M)
	mon.legacy.resetCMOS()
	released := false
	if st := board.Of(mon.M); st != nil {
		released = st.ResetPendingUnplugs()
		st.NumberSPAPRBuses()
	}
	mon.spaprNMI = nil
	mon.Emit("RESET", qjson.O("guest", false, "reason", "host-qmp-system-reset"))
	if !drainFirst {
		mon.fireAll(pending)
	}
	if released && mon.M.IsSPAPR() {
		// A PCI device the reset released is finalized before the
		// reply, after RESET, in most recordings (r43m-reset-pseries:
		// on 10.0 one came at the next request; -drain on 7.2 once at
		// the drain).
		late := mon.deferred
		mon.deferred = nil
		mon.fireAll(late)
	}
	if mon.RunState != "running" && mon.RunState != "inmigrate" {
		mon.RunState = "prelaunch"
	}
}

func init() {
	registerLater(func() {
		RegisterHMP(&HMPCommand{Name: "quit|q", Run: func(mon *Monitor, _ Args) string { mon.Quit(); return "" }})
		RegisterQMP("quit", func(mon *Monitor, _ qjson.Object) (any, *Error) { mon.Quit(); return nil, nil })
		RegisterHMP(&HMPCommand{Name: "system_powerdown", Run: func(mon *Monitor, _ Args) string { mon.SystemPowerdown(); return "" }})
		RegisterQMP("system_powerdown", func(mon *Monitor, _ qjson.Object) (any, *Error) { mon.SystemPowerdown(); return nil, nil })
		RegisterQMP("set-action", func(mon *Monitor, args qjson.Object) (any, *Error) {
			// The schema checked the values; panic and watchdog have no
			// effect without a guest that panics or a watchdog.
			if v, ok := args.Get("reboot"); ok {
				mon.M.RebootShuts = v == "shutdown"
			}
			if v, ok := args.Get("shutdown"); ok {
				mon.M.ShutdownPauses = v == "pause"
			}
			return nil, nil
		})
	})
}

// Quit is QEMU shutting down at the host's request: SHUTDOWN, then exit.
func (mon *Monitor) Quit() {
	mon.traceShutdownRequest("host-qmp-quit")
	mon.shutdown(false, "host-qmp-quit")
}

// shutdownCauses is QAPI's ShutdownCause in its order: the number
// qemu_system_shutdown_request's trace point prints.
var shutdownCauses = []string{"none", "host-error", "host-qmp-quit", "host-qmp-system-reset", "host-signal",
	"host-ui", "guest-shutdown", "guest-reset", "guest-panic", "subsystem-reset", "snapshot-load"}

// traceShutdownRequest is qemu_system_shutdown_request's trace point
// (a reset turned shutdown by reboot=shutdown does not pass there).
func (mon *Monitor) traceShutdownRequest(reason string) {
	if mon.Quitting {
		return
	}
	if i := slices.Index(shutdownCauses, reason); i >= 0 {
		mon.M.Trace("qemu_system_shutdown_request", i)
	}
}

// SystemPowerdown presses the machine's power button (the ACPI button on
// x86, an EPOW event on pseries): POWERDOWN, and the rest is the guest's
// business. A guest model sees the event through Observers and, if it
// powers off, calls GuestShutdown.
func (mon *Monitor) SystemPowerdown() {
	mon.M.Trace("qemu_system_powerdown_request")
	mon.Emit("POWERDOWN", nil)
}

// GuestShutdown is QEMU shutting down because of the guest (reason
// guest-shutdown when it powers off, guest-panic): SHUTDOWN, then QEMU
// exits (it runs without -no-shutdown).
func (mon *Monitor) GuestShutdown(reason string) {
	mon.traceShutdownRequest(reason)
	mon.RequestShutdown(true, reason)
}

// RequestShutdown is a shutdown QEMU's shutdown action decides (a guest
// power-off, a reset turned shutdown by reboot=shutdown): SHUTDOWN, then
// exit, or with shutdown=pause a stop in the shutdown state (a VM not
// running stays as it is).
func (mon *Monitor) RequestShutdown(guest bool, reason string) {
	if !mon.M.ShutdownPauses {
		mon.shutdown(guest, reason)
		return
	}
	mon.Emit("SHUTDOWN", qjson.O("guest", guest, "reason", reason))
	if mon.RunState == "running" {
		mon.RunState = "shutdown"
		mon.Emit("STOP", nil)
	}
}

func (mon *Monitor) shutdown(guest bool, reason string) {
	if mon.Quitting {
		return
	}
	mon.Quitting, mon.ShutdownReason = true, reason
	mon.Emit("SHUTDOWN", qjson.O("guest", guest, "reason", reason))
}
