package cmdline

import (
	"fmt"
	"math/bits"

	"hotpluglab/engine/machine"
)

// spaprMemoryBlock is SPAPR_MEMORY_BLOCK_SIZE: pseries RAM, maxmem and each
// NUMA node's memory come in 256 MiB blocks.
const spaprMemoryBlock = 256 << 20

// spaprRMAError is spapr_rma_size's refusal, the first of the board's
// checks (measured: before the threads, the interrupt controller's and
// the memory alignment's): the real mode area is the RAM, capped by the
// first NUMA node with memory (its size rounded down to a power of 2),
// and SLOF needs 128 MiB of it. QEMU's format prints the size in hex
// followed by a stray "ld".
func spaprRMAError(m *machine.Machine) error {
	rma := m.RAMBytes
	for _, n := range m.NodeMem {
		if n > 0 {
			rma = min(rma, int64(1)<<(63-bits.LeadingZeros64(uint64(n))))
			break
		}
	}
	if rma < spaprMinRMA {
		return fmt.Errorf("pSeries SLOF firmware requires >= %xldMiB guest RMA (Real Mode Area memory)", spaprMinRMA>>20)
	}
	return nil
}

// maxSimulatedLMBs bounds the memory connectors a pseries start builds:
// 32 TiB beyond -m. QEMU makes one DRC per 256 MiB of it, in time that
// grows with their square (measured on 7.2: 2 TiB 2.8 s, 4 TiB 14 s,
// 6 TiB 35 s, 8 TiB over a minute): past this it would not start within
// a lesson, and the page would hold millions of connectors.
const maxSimulatedLMBs = 32 << 40 / spaprMemoryBlock

// spaprLMBLimit is the simulator's own refusal of a maxmem QEMU would take
// many minutes to start with; it says so as the simulator, not as QEMU.
func spaprLMBLimit(m *machine.Machine) error {
	if n := (m.MaxRAMBytes - m.RAMBytes) / spaprMemoryBlock; n > maxSimulatedLMBs {
		return &exit{code: 1, raw: true, msg: fmt.Sprintf("hotpluglab: maxmem leaves %d GiB for hotplug: QEMU would build %d memory connectors (LMB DRCs), "+
			"one per 256 MiB, in time that grows with their square (8 TiB took QEMU 7.2 over a minute); "+
			"the simulator starts pseries with at most 32 TiB beyond -m\n", (m.MaxRAMBytes-m.RAMBytes)>>30, n)}
	}
	return nil
}

// spaprMinRMA is MIN_RMA_SLOF.
const spaprMinRMA = 128 << 20

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
