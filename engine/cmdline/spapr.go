package cmdline

import (
	"fmt"

	"hotpluglab/engine/machine"
)

// spaprMemoryBlock is SPAPR_MEMORY_BLOCK_SIZE: pseries RAM, maxmem and each
// NUMA node's memory come in 256 MiB blocks.
const spaprMemoryBlock = 256 << 20

// spaprMemoryChecks is spapr_validate_node_memory.
func spaprMemoryChecks(m *machine.Machine) error {
	ram, maxram, nodes := m.RAMBytes, m.MaxRAMBytes, m.NodeMem
	if ram%spaprMemoryBlock != 0 {
		return fmt.Errorf("Memory size 0x%x is not aligned to %d MiB", ram, spaprMemoryBlock>>20)
	}
	if maxram%spaprMemoryBlock != 0 {
		// QEMU 7.2 prints the RAM size here, not maxmem (measured)
		return fmt.Errorf("Maximum memory size 0x%x is not aligned to %d MiB", ram, spaprMemoryBlock>>20)
	}
	for i, n := range nodes {
		if n%spaprMemoryBlock != 0 && n != 0 { // a node with no memory is fine
			return fmt.Errorf("Node %d memory size 0x%x is not aligned to %d MiB", i, n, spaprMemoryBlock>>20)
		}
	}
	return nil
}
