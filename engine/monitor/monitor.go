// Package monitor is QEMU's monitor: HMP (the human monitor) and QMP (the
// JSON protocol) over one machine, and the QMP events it emits. Commands
// register themselves in tables, one file per concern.
package monitor

import (
	"strings"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/trace"
)

// Event is a QMP event. Data is nil for events without a data member.
type Event struct {
	Name string
	Data qjson.Object
	// Virtual time of emission, microseconds since the session started.
	Micros int64
}

// JSON renders the event as QEMU writes it.
func (e Event) JSON() string {
	o := qjson.O("timestamp", qjson.O("seconds", e.Micros/1e6, "microseconds", e.Micros%1e6), "event", e.Name)
	if e.Data != nil {
		o = append(o, qjson.Member{Key: "data", Value: e.Data})
	}
	return qjson.Marshal(o)
}

// Monitor serves HMP and QMP for one machine.
type Monitor struct {
	M *machine.Machine
	// deferred events wait for further requests (EmitDeferred).
	deferred []deferredEvent
	Target   machinetype.Target
	// Now returns the virtual clock, for event timestamps.
	Now func() int64
	// Stderr and Stdout collect what QEMU writes to its stderr and stdout
	// (outside QMP) while commands run: a few HMP errors, warnings, events
	// of the guest's refusals, the machine's reset warnings.
	Stderr strings.Builder
	Stdout strings.Builder
	events []Event
	// RunState is QEMU's run state: "prelaunch" (-S, never run), "running",
	// "paused".
	RunState string
	// fmt: the `/fmt` defaults of the monitor's i/o commands.
	fmt fmtDefaults
	// Crashed is set when QEMU would have died; nothing answers after it.
	Crashed *machine.Crash
	// RequireNegotiation: the QMP connection starts in capabilities
	// negotiation mode, where only qmp_capabilities is known (a -qmp
	// connection on the wire). The page negotiates implicitly: commands
	// work before it, and it still negotiates once.
	RequireNegotiation bool
	// negotiated: qmp_capabilities succeeded on this connection.
	negotiated bool
	// oob: qmp_capabilities enabled out-of-band execution (exec-oob).
	oob bool
	// qmpIn is the QMP input stream: a text may span inputs.
	qmpIn *qjson.Stream
	// Quitting: QEMU exits (quit, or the guest powered off) once the
	// current request has its reply; nothing answers after.
	Quitting bool
	// ShutdownReason is the SHUTDOWN event's reason once Quitting
	// (host-qmp-quit, guest-shutdown, guest-panic).
	ShutdownReason string
	// mig: the migration capabilities and parameters set (nil: defaults).
	mig *migrationState
	// captures are wavcapture's audio captures, the newest first.
	captures []wavCapture
	// nbd: the NBD server and its exports.
	nbd nbdServer
	// dirty: the dirty-rate measurement started (calc-dirty-rate).
	dirty dirtyRate
	// singleStep: `singlestep` / `one-insn-per-tb` turned TCG's one
	// instruction per block on.
	singleStep bool
	// incomingStarted: migrate-incoming started the deferred migration.
	incomingStarted bool
	// legacy: what `o` wrote to the x86 boards' CMOS and fw_cfg ports.
	legacy legacyPorts
	// ramBlocks: ram_list as the last info ramblock left it.
	ramBlocks []ramBlock
	// dump: the last dump-guest-memory (query-dump).
	dump dumpState
	// syncProfile: `sync-profile on` was given.
	syncProfile bool
	// notes are said to the learner beside QEMU's text (never in it): what
	// the simulator could not make meaningful about the last command.
	notes []string
	// currentCPU is the monitor's current CPU (cpu-index), -1 = the first.
	currentCPU int
	// spaprNMI is what an nmi left in each pseries vCPU (by host thread
	// id), until the machine resets.
	spaprNMI map[int]spaprInterrupted
	// Observers see every event as it is emitted (the guest model watches
	// for a host RESET to reboot).
	Observers []func(Event)
	// Trace is the process's trace backend (-trace, trace-event).
	Trace *trace.Backend
	// OnStderr sees what QEMU writes to stderr other than trace lines.
	OnStderr func(text string)
	// qomWarnings are what a qom-set's setter warned of (warn_report):
	// the HMP command prints them, QMP's go to stderr.
	qomWarnings []string
}

// WriteStderr writes to QEMU's stderr (whole lines).
func (mon *Monitor) WriteStderr(text string) {
	mon.Stderr.WriteString(text)
	if mon.OnStderr != nil {
		mon.OnStderr(text)
	}
}

// New makes a monitor for a started machine and connects the machine's
// events, stderr and hotplug handler to it.
func New(m *machine.Machine) *Monitor {
	mon := &Monitor{M: m, Target: m.Target, Now: func() int64 { return 0 }, RunState: "running", currentCPU: -1,
		fmt: fmtDefaults{format: 'x', size: 4}, qmpIn: qjson.NewStream()}
	if m.Paused {
		mon.RunState = "prelaunch"
	}
	if m.Incoming {
		mon.RunState = "inmigrate"
	}
	mon.singleStep, _ = m.Extra[cmdline.SingleStepKey].(bool)
	m.Host.Emit = mon.Emit
	m.Host.EmitDeferred = mon.EmitDeferred
	m.Host.Defer = func(fn func(), requests int) {
		mon.deferred = append(mon.deferred, deferredEvent{requests: requests, run: fn})
	}
	m.Host.Stderr = mon.WriteStderr
	b := trace.NewBackend(trace.Lazy(m.Release(), string(m.Target)))
	if m.Host.Trace == nil {
		m.Host.Trace, m.Host.Tracing = b.Trace, b.Enabled
	}
	mon.AttachTrace(b)
	hotplug.Attach(m)
	return mon
}

// Emit queues an event.
func (mon *Monitor) Emit(name string, data qjson.Object) {
	e := Event{Name: name, Data: data, Micros: mon.Now()}
	mon.events = append(mon.events, e)
	for _, f := range mon.Observers {
		f(e)
	}
}

// EmitDeferred queues an event that arrives after the given number of
// further requests (see RequestStarts), or when time passes (FlushDeferred).
func (mon *Monitor) EmitDeferred(name string, data qjson.Object, requests int) {
	mon.deferred = append(mon.deferred, deferredEvent{name: name, data: data, requests: requests})
}

type deferredEvent struct {
	name     string
	data     qjson.Object
	requests int
	run      func() // instead of an event: work done then
}

func (mon *Monitor) fire(d deferredEvent) {
	if d.run != nil {
		d.run()
		return
	}
	mon.Emit(d.name, d.data)
}

// RequestStarts counts a request: deferred events now due are sent before
// its reply.
func (mon *Monitor) RequestStarts() {
	var later []deferredEvent
	for _, d := range mon.deferred {
		if d.requests--; d.requests <= 0 {
			mon.fire(d)
		} else {
			later = append(later, d)
		}
	}
	mon.deferred = later
}

// FlushDeferred sends every deferred event: time passed.
func (mon *Monitor) FlushDeferred() {
	pending := mon.deferred
	mon.deferred = nil
	mon.fireAll(pending)
}

func (mon *Monitor) fireAll(pending []deferredEvent) {
	for _, d := range pending {
		mon.fire(d)
	}
}

// TakeEvents returns and clears the queued events.
func (mon *Monitor) TakeEvents() []Event {
	e := mon.events
	mon.events = nil
	return e
}

// Note adds a note for the learner about the command running now.
func (mon *Monitor) Note(text string) { mon.notes = append(mon.notes, text) }

// TakeNotes returns and clears the notes of the commands run so far.
func (mon *Monitor) TakeNotes() []string {
	n := mon.notes
	mon.notes = nil
	return n
}

// Error is a QMP error; HMP prints it as "Error: <Desc>".
type Error struct {
	Class string
	Desc  string
}

func (e *Error) Error() string { return e.Desc }

// GenericError is the class of almost every error.
func GenericError(desc string) *Error { return &Error{Class: "GenericError", Desc: desc} }
