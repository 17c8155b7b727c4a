// Package monitor is QEMU's monitor: HMP (the human monitor) and QMP (the
// JSON protocol) over one machine, and the QMP events it emits. Commands
// register themselves in tables, one file per concern.
package monitor

import (
	"strings"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
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
	M      *machine.Machine
	Target machinetype.Target
	// Now returns the virtual clock, for event timestamps.
	Now func() int64
	// Stderr collects what QEMU would write to its stderr while a command
	// runs (a few HMP errors go there, not to the monitor).
	Stderr strings.Builder
	events []Event
}

// New makes a monitor for a started machine.
func New(m *machine.Machine) *Monitor {
	return &Monitor{M: m, Target: m.Target, Now: func() int64 { return 0 }}
}

// Emit queues an event.
func (mon *Monitor) Emit(name string, data qjson.Object) {
	mon.events = append(mon.events, Event{Name: name, Data: data, Micros: mon.Now()})
}

// TakeEvents returns and clears the queued events.
func (mon *Monitor) TakeEvents() []Event {
	e := mon.events
	mon.events = nil
	return e
}

// Error is a QMP error; HMP prints it as "Error: <Desc>".
type Error struct {
	Class string
	Desc  string
}

func (e *Error) Error() string { return e.Desc }

// GenericError is the class of almost every error.
func GenericError(desc string) *Error { return &Error{Class: "GenericError", Desc: desc} }
