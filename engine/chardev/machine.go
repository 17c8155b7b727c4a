package chardev

import "hotpluglab/engine/machine"

const extraKey = "chardev"

// Attach keeps the character devices with their machine (the monitor's
// info chardev and query-chardev read them).
// The machine's first reset follows: a virtconsole's guest has not opened
// it, so the port turns its handlers off (virtconsole_enable_backend), its
// chr_be_change with them; one hot-plugged later keeps it.
func (s *State) Attach(m *machine.Machine) {
	m.Extra[extraKey] = s
	for _, c := range s.list {
		if c.frontend == "virtconsole" {
			c.frontend = "virtconsole (closed by its guest)"
		}
	}
}

// Of is a machine's character devices (nil when none were attached).
func Of(m *machine.Machine) *State {
	s, _ := m.Extra[extraKey].(*State)
	return s
}
