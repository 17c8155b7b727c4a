package chardev

import "hotpluglab/engine/machine"

const extraKey = "chardev"

// Attach keeps the character devices with their machine (the monitor's
// info chardev and query-chardev read them).
func (s *State) Attach(m *machine.Machine) { m.Extra[extraKey] = s }

// Of is a machine's character devices (nil when none were attached).
func Of(m *machine.Machine) *State {
	s, _ := m.Extra[extraKey].(*State)
	return s
}
