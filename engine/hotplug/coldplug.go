// Package hotplug is QEMU's HotplugHandler for CPUs: pre_plug (every check,
// in QEMU's order), plug, unplug_request and unplug, for x86 and sPAPR.
package hotplug

import (
	"errors"

	"hotpluglab/engine/machine"
)

// ColdPlug creates a CPU from a -device argument at start-up. It returns the
// warnings the CPU's creation prints and QEMU's error text.
func ColdPlug(m *machine.Machine, arg string) (warnings []string, err error) {
	return nil, errors.New("-device is not simulated yet")
}
