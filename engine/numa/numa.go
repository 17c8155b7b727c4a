// Package numa applies -numa node / -numa cpu (and the memory backends they
// name) to a machine: node ids, node memory, and the node of every CPU slot.
package numa

import (
	"errors"

	"hotpluglab/engine/machine"
)

// Configure applies the -numa and -object options; it returns the warnings
// QEMU prints and its error.
func Configure(m *machine.Machine, numaOpts, objects []string) (warnings []string, err error) {
	if len(numaOpts) == 0 {
		return nil, nil
	}
	return nil, errors.New("-numa is not simulated yet")
}
