// Package topoview is the layout model of a machine's possible CPUs: one model,
// computed by the engine, rendered by the browser (components/) and as text
// (tests, screen readers). It holds no QEMU logic of its own; the machine fills it.
package topoview

import "slices"

// Kind says how slots nest.
type Kind string

const (
	X86   Kind = "x86"   // socket > die > core > thread, one slot per thread
	SPAPR Kind = "spapr" // core > thread, one slot per core
)

// State of one possible CPU slot, as the topology view shows it.
type State string

const (
	Empty         State = "empty"          // no CPU in the slot
	Boot          State = "boot"           // created from -smp at start-up
	ColdPlugged   State = "cold-plugged"   // created from -device at start-up
	HotPlugged    State = "hot-plugged"    // added with device_add
	UnplugPending State = "unplug-pending" // device_del asked, the guest has not ejected yet
)

// Slot is one possible CPU (x86 thread or sPAPR core).
type Slot struct {
	Index   int    // position in the possible-CPU list (= cpu-index on x86)
	ArchID  int    // x86 APIC ID or sPAPR core-id
	Socket  int    // x86 only
	Die     int    // x86 only
	Core    int    // x86 core-id, or sPAPR core-id
	Thread  int    // x86 only
	Node    int    // NUMA node, -1 when the machine has no NUMA
	State   State  // see above
	QOMPath string // empty when the slot is empty
	ID      string // the device id, when it has one
	// Guest side: whether the guest sees the CPU(s) in this slot, and online.
	GuestPresent bool
	GuestOnline  bool
}

// View is the whole model. Slots are flat, in possible-CPU order, which on
// x86 is also socket > die > core > thread order: a drawing groups
// neighbours with the same socket, die and core.
type View struct {
	// Input is how many inputs the session had taken when the view was
	// made. It comes first so that comparing views of two moments (go-app
	// compares a component's fields with reflect.DeepEqual) stops here
	// instead of walking thousands of slots.
	Input    int
	Kind     Kind
	Machine  string // versioned machine type name
	CPUType  string // the hotplug type (x86 CPU type or sPAPR core type)
	Slots    []Slot // Slots[i].Index == i
	ShowDies bool   // dies > 1
	// NextID is the id the view's device_add commands give: the first of
	// cpu1, cpu2, ... (core1, ... on sPAPR) not in use.
	NextID      string
	Plugged     int
	Possible    int
	GuestOnline int
	Count       Counts // slots per state

	// from and changed: a Cache made this view from the one whose slots
	// start at from, changing these slots (nil: not known).
	from    *Slot
	changed []int
}

// Counts is how many slots are in each state.
type Counts struct{ Empty, Boot, ColdPlugged, HotPlugged, UnplugPending int }

func (c *Counts) add(s State) { *c.of(s)++ }

func (c *Counts) remove(s State) { *c.of(s)-- }

func (c *Counts) of(s State) *int {
	switch s {
	case Boot:
		return &c.Boot
	case ColdPlugged:
		return &c.ColdPlugged
	case HotPlugged:
		return &c.HotPlugged
	case UnplugPending:
		return &c.UnplugPending
	}
	return &c.Empty
}

// Of is the number of slots in state s.
func (c Counts) Of(s State) int { return *c.of(s) }

// SameMachine tells whether two views are of one machine's layout, so that
// slot i of one is slot i of the other.
func SameMachine(a, b View) bool {
	return a.Kind == b.Kind && a.Machine == b.Machine && a.CPUType == b.CPUType && len(a.Slots) == len(b.Slots) && a.ShowDies == b.ShowDies
}

// Changed lists the slots whose drawn state (state, ids, guest side)
// differs between two views of one machine; nil when the machines differ,
// or when b shares a's slots (a Cache's view after an input that changed
// no slot). When a Cache made b from a, b knows its changes already.
func Changed(a, b View) []int {
	if !SameMachine(a, b) || len(b.Slots) == 0 || &a.Slots[0] == &b.Slots[0] {
		return nil
	}
	if b.from == &a.Slots[0] {
		return slices.Clone(b.changed)
	}
	var out []int
	for i := range b.Slots {
		if a.Slots[i] != b.Slots[i] {
			out = append(out, i)
		}
	}
	return out
}
