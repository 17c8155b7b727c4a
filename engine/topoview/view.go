// Package topoview is the layout model of a machine's possible CPUs: one model,
// computed by the engine, rendered by the browser (components/) and as text
// (tests, screen readers). It holds no QEMU logic of its own; the machine fills it.
package topoview

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
	// The exact monitor command that teaches the next step for this slot:
	// device_add for an empty slot, device_del for a plugged removable one.
	Command string
}

// Thread groups slots of one core (x86) — for sPAPR each Core is one slot.
type Core struct {
	ID    int
	Slots []Slot
}

type Die struct {
	ID    int
	Cores []Core
}

type Socket struct {
	ID   int
	Dies []Die
}

// View is the whole model.
type View struct {
	Kind        Kind
	Machine     string // versioned machine type name
	CPUType     string // the hotplug type (x86 CPU type or sPAPR core type)
	Sockets     []Socket
	ShowDies    bool // dies > 1
	Plugged     int
	Possible    int
	GuestOnline int
}
