package machine

import "hotpluglab/engine/qjson"

// Host is where a machine reports what QEMU writes outside a command's
// reply: QMP events and lines on QEMU's stderr. The monitor installs it.
type Host struct {
	Emit   func(name string, data qjson.Object)
	Stderr func(text string)
}

// EmitEvent sends a QMP event (data nil for none).
func (m *Machine) EmitEvent(name string, data qjson.Object) {
	if m.Host.Emit != nil {
		m.Host.Emit(name, data)
	}
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
	Stderr, Stdout string
	Signal         int // the exit status is minus this
}

func (c *Crash) Error() string { return c.Stderr }

// UnattachedCount is how many /machine/unattached/device[N] numbers are taken.
func (m *Machine) UnattachedCount() int { return m.unattached }
