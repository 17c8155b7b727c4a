package machine

import "hotpluglab/engine/qjson"

// Host is where a machine reports what QEMU writes outside a command's
// reply: QMP events, lines on QEMU's stderr, and trace events. The monitor
// installs it.
type Host struct {
	Emit func(name string, data qjson.Object)
	// EmitDeferred sends an event after the given number of further
	// monitor requests (QEMU sends it from another thread: an RCU callback).
	EmitDeferred func(name string, data qjson.Object, requests int)
	// Defer runs fn after the given number of further monitor requests
	// (what QEMU does when an unplugged device is finalized).
	Defer  func(fn func(), requests int)
	Stderr func(text string)
	// Trace receives every trace point the device models pass, with QEMU's
	// event name and arguments (as trace-events declares them); whether and
	// how it is printed is the trace backend's business.
	Trace func(event string, args ...any)
	// Tracing says whether a trace point would print: a model asks before
	// it builds costly arguments (thousands of DRCs realize at start).
	Tracing func(event string) bool
}

// Tracing says whether the trace point event would print (false with no
// backend).
func (m *Machine) Tracing(event string) bool { return m.Host.Tracing != nil && m.Host.Tracing(event) }

// Trace passes a trace point (QEMU's trace_<event>(args...)).
func (m *Machine) Trace(event string, args ...any) {
	if m.Host.Trace != nil {
		m.Host.Trace(event, args...)
	}
}

// EmitEvent sends a QMP event (data nil for none).
func (m *Machine) EmitEvent(name string, data qjson.Object) {
	if m.Host.Emit != nil {
		m.Host.Emit(name, data)
	}
}

// EmitDeferredEvent sends a QMP event a number of monitor requests later
// (at once when the monitor cannot defer).
func (m *Machine) EmitDeferredEvent(name string, data qjson.Object, requests int) {
	if m.Host.EmitDeferred != nil {
		m.Host.EmitDeferred(name, data, requests)
		return
	}
	m.EmitEvent(name, data)
}

// WriteStderr writes text (whole lines) to QEMU's stderr.
func (m *Machine) WriteStderr(text string) {
	if m.Host.Stderr != nil {
		m.Host.Stderr(text)
	}
}

// Crash is QEMU dying (an assertion or a signal) instead of answering: what
// it wrote last and how it ended. The simulator reproduces only deterministic
// crashes.
type Crash struct {
	// Reported is what QEMU error_report()ed before it died: stderr's,
	// unless an HMP command was running, whose monitor took it (and never
	// answered).
	Reported       string
	Stderr, Stdout string
	Signal         int // the exit status is minus this
}

func (c *Crash) Error() string { return c.Reported + c.Stderr }

// UnattachedCount is how many /machine/unattached/device[N] numbers are taken.
func (m *Machine) UnattachedCount() int { return m.unattached }

// Deferred runs fn a number of monitor requests later (at once when the
// monitor cannot defer).
func (m *Machine) Deferred(fn func(), requests int) {
	if m.Host.Defer != nil {
		m.Host.Defer(fn, requests)
		return
	}
	fn()
}
