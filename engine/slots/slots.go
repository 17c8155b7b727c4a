// Package slots computes a machine's possible CPU slots (possible_cpus): for
// x86 one per thread with its APIC ID (hw/i386/x86.c, topology.h), for sPAPR
// one per core (hw/ppc/spapr.c).
package slots

import (
	"math/bits"

	"hotpluglab/engine/smp"
)

// Props are CpuInstanceProperties; -1 means absent.
type Props struct {
	Node, Socket, Die, Cluster, Module, Core, Thread int
}

// NoProps has every property absent.
var NoProps = Props{-1, -1, -1, -1, -1, -1, -1}

// Slot is one possible CPU.
type Slot struct {
	Index  int
	ArchID int // x86 APIC ID, sPAPR core-id
	VCPUs  int
	Props  Props
}

// width is apicid_bitwidth_for_count: bits needed to hold n-1.
func width(n uint32) uint {
	if n <= 1 {
		return 0
	}
	return uint(bits.Len32(n - 1))
}

// APICLayout packs topology ids into an x86 APIC ID: socket, die, module,
// core, thread from the high bits down (modules are 1, no bits, where a
// release has none).
type APICLayout struct {
	ThreadBits, CoreBits, ModuleBits, DieBits uint
}

func NewAPICLayout(t smp.Topology) APICLayout {
	return APICLayout{width(t.Threads), width(t.Cores), width(t.Modules), width(t.Dies)}
}

// APICID packs socket/die/module/core/thread.
func (l APICLayout) APICID(socket, die, module, core, thread int) uint64 {
	return uint64(socket)<<(l.ThreadBits+l.CoreBits+l.ModuleBits+l.DieBits) |
		uint64(die)<<(l.ThreadBits+l.CoreBits+l.ModuleBits) |
		uint64(module)<<(l.ThreadBits+l.CoreBits) |
		uint64(core)<<l.ThreadBits | uint64(thread)
}

// Decode splits an APIC ID into socket/die/module/core/thread (the socket
// takes the high bits).
func (l APICLayout) Decode(apic uint64) (socket, die, module, core, thread uint64) {
	mask := func(b uint) uint64 { return (1 << b) - 1 }
	thread = apic & mask(l.ThreadBits)
	core = (apic >> l.ThreadBits) & mask(l.CoreBits)
	module = (apic >> (l.ThreadBits + l.CoreBits)) & mask(l.ModuleBits)
	die = (apic >> (l.ThreadBits + l.CoreBits + l.ModuleBits)) & mask(l.DieBits)
	socket = apic >> (l.ThreadBits + l.CoreBits + l.ModuleBits + l.DieBits)
	return
}

// X86 lists maxcpus slots in ascending APIC ID order.
func X86(t smp.Topology) []Slot {
	l := NewAPICLayout(t)
	n := int(t.MaxCPUs)
	out := make([]Slot, n)
	th, co, mo, di := int(t.Threads), int(t.Cores), max(int(t.Modules), 1), int(t.Dies)
	for i := 0; i < n; i++ {
		p := NoProps
		p.Thread = i % th
		p.Core = (i / th) % co
		p.Module = (i / (th * co)) % mo
		p.Die = (i / (th * co * mo)) % di
		p.Socket = i / (th * co * mo * di)
		out[i] = Slot{Index: i, ArchID: int(l.APICID(p.Socket, p.Die, p.Module, p.Core, p.Thread)), VCPUs: 1, Props: p}
		if di == 1 {
			out[i].Props.Die = -1 // die-id is listed only when dies > 1
		}
		if mo == 1 {
			out[i].Props.Module = -1 // module-id only when modules > 1
		}
	}
	return out
}

// SPAPR lists one slot per core: maxcpus/threads with CPU hotplug, or
// ceil(cpus/threads) without.
func SPAPR(t smp.Topology, hotplug bool) []Slot {
	th := int(t.Threads)
	n := int(t.MaxCPUs) / th
	if !hotplug {
		n = (int(t.CPUs) + th - 1) / th
	}
	out := make([]Slot, n)
	for i := range out {
		p := NoProps
		p.Core = i * th
		out[i] = Slot{Index: i, ArchID: i * th, VCPUs: th, Props: p}
	}
	return out
}
