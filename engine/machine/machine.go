// Package machine is the state of a started machine (MachineState): its type,
// final topology, possible CPU slots, the CPUs that exist and the QOM
// bookkeeping (unattached and anonymous device counters, ids) that decides
// their paths. It holds state; the hotplug handler and the monitor act on it.
package machine

import (
	"fmt"
	"strings"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
	"hotpluglab/engine/slots"
	"hotpluglab/engine/smp"
)

// Origin says how a CPU came to exist.
type Origin int

const (
	Boot     Origin = iota // from -smp
	ColdPlug               // from -device
	HotPlug                // from device_add
)

// CPU is one CPU device: an x86 CPU (one thread) or an sPAPR core.
type CPU struct {
	Slot      int    // index into Machine.Slots
	ID        string // device id, "" for anonymous
	QOMPath   string
	Type      string
	Origin    Origin
	Threads   int
	ThreadIDs []int // host thread ids (fake, deterministic), one per thread
	// Unplug bookkeeping, set by the hotplug handler.
	UnplugRequested bool
	// Unrealized: qom-set realized=false unrealized it in place (its
	// threads or APIC gone, the device itself left in the tree).
	Unrealized bool
}

// CPUIndex of thread j of the CPU: x86 = slot index; sPAPR = core-id + j.
func (m *Machine) CPUIndex(c *CPU, j int) int {
	if m.IsSPAPR() {
		return m.Slots[c.Slot].ArchID + j
	}
	return c.Slot
}

// ThreadPath is the QOM path of thread j (sPAPR threads live in the core).
func (m *Machine) ThreadPath(c *CPU, j int) string {
	if m.IsSPAPR() {
		return fmt.Sprintf("%s/thread[%d]", c.QOMPath, j)
	}
	return c.QOMPath
}

// Machine is a started machine.
type Machine struct {
	Type     *machinetype.Type
	Target   machinetype.Target
	Accel    string // "tcg" or "kvm"
	Topology smp.Topology
	Slots    []slots.Slot
	// CPUType is what slots list as "type" and what device_add must name:
	// the x86 CPU type, or the sPAPR core type.
	CPUType string
	// ThreadType is the sPAPR thread CPU type (power9_v2.0-powerpc64-cpu).
	ThreadType string
	// CPUFeaturesOn/Off: x86 features -cpu turned on or off (they change
	// which TCG warnings each CPU prints).
	CPUFeaturesOn, CPUFeaturesOff map[string]bool
	// CPUUnchecked: -cpu check=off (enforce off): TCG's filtering is silent.
	CPUUnchecked bool
	// CPUSettings are the x86 CPU's non-feature properties -global and -cpu
	// gave (level=, model-id=, ...), the last value each, as typed.
	CPUSettings map[string]string
	// CPUGlobals are the global properties every new x86 CPU object of their
	// type takes (-global's, then -cpu's key=value on its model's type), in
	// the order QEMU registered them; CPUPlus/CPUMinus are -cpu's "+f" and
	// "-f", which x86_cpu_expand_features applies to every x86 CPU object
	// (query-cpu-model-expansion's of any model included, measured).
	CPUGlobals        [][3]string
	CPUPlus, CPUMinus []string
	// CPUCompat are the machine type's compat properties on its CPUs
	// (qom-type x86_64-cpu or a model's own, property, value; the last
	// entry wins): below -global's and -cpu's, which QEMU registers later.
	CPUCompat [][3]string
	// Props are the -machine properties given (value as typed), for the
	// board's behaviours that read them (pseries caps, ic-mode, max-cpu-compat).
	Props map[string]string
	// VNC are the -vnc options' values, as given.
	VNC []string
	// Spice is the -spice display's options (keys as given, the last
	// value of each), nil when none was given.
	Spice map[string]string
	// XIVE: the pseries interrupt controller that takes /machine/unattached/device[0].
	XIVE bool
	// NUMA: node count (0 = not configured) and the node of each slot.
	NUMANodes int
	// NUMAMemdevs: the nodes' memory is memory backends (memdev=), so the
	// board makes no RAM backend of its own (!numa_uses_legacy_mem).
	NUMAMemdevs bool
	NodeMem     []int64  // bytes
	NodeMemdev  []string // each node's memdev= ("" for mem=)
	SlotNode    []int
	// Memory (-m size=,slots=,maxmem=).
	RAMBytes    int64
	MaxRAMBytes int64
	RAMSlots    int
	HMAT        bool // -machine hmat=on
	ACPI        bool // x86 -machine acpi=on (default)
	Paused      bool // -S: not running yet
	// Preconfig: -preconfig, until x-exit-preconfig: the machine is not
	// initialised (no CPUs made, NUMA not completed) and QMP runs only
	// the commands that allow it.
	Preconfig bool
	// Incoming: -incoming, the VM waits for a migration (run state
	// inmigrate; cont only asks it to start once that is done).
	Incoming bool
	// IncomingDeferred: -incoming defer, where migrate-incoming starts it.
	IncomingDeferred bool
	// The run state's actions (set-action, -no-reboot, -no-shutdown): a
	// reset request shuts down instead (reboot=shutdown), a shutdown
	// pauses instead of exiting (shutdown=pause).
	RebootShuts, ShutdownPauses bool
	// Memdevs are the -object memory backends (id and size), in command-line
	// order; with none, the board's RAM is one backend (default-ram-id).
	Memdevs []Memdev
	// MemPrealloc is -mem-prealloc: a sugar property, prealloc=on, of every
	// memory backend that does not set its own.
	MemPrealloc bool
	// -name guest= (HasName when given) and -uuid ("" = all zeros).
	GuestName string
	HasName   bool
	UUID      string
	// CPUs in creation order; BySlot indexes them.
	CPUs   []*CPU
	BySlot []*CPU
	// Device ids in use (CPUs and any other device the user created).
	IDs map[string]bool
	// Peripheral and PeripheralAnon are the /machine/peripheral and
	// /machine/peripheral-anon containers' children, CPUs and other devices
	// alike, as QOM's hash table keeps them (qom-list order).
	Peripheral, PeripheralAnon *qom.Table
	// QOM counters.
	unattached int
	anon       int
	nextTID    int
	// Extra holds state other packages attach (ACPI hotplug block, DRCs, guest).
	Extra map[string]any
	// Host receives events and stderr output (set by the monitor).
	Host Host
}

// Memdev is a memory backend object.
type Memdev struct {
	ID    string
	Size  int64
	Share bool
	Type  string // memory-backend-ram, -file, -memfd
}

// Release is the QEMU release the machine's binary is.
func (m *Machine) Release() *release.Release { return m.Type.Release }

// IsSPAPR tells the two families apart.
func (m *Machine) IsSPAPR() bool { return m.Type.Family == machinetype.PSeries }

// New sets up an empty machine of type t with a resolved topology.
func New(t *machinetype.Type, top smp.Topology, accel string) *Machine {
	m := &Machine{Type: t, Target: t.Target, Accel: accel, Topology: top, IDs: map[string]bool{}, Extra: map[string]any{}, ACPI: true, nextTID: 1000,
		Peripheral: qom.NewTable(), PeripheralAnon: qom.NewTable()}
	if t.Family == machinetype.Other {
		// not a CPU-hotplug board ("-M none"): no possible CPUs
	} else if m.IsSPAPR() {
		m.Slots = slots.SPAPR(top, t.HotpluggableCPUs)
	} else {
		m.Slots = slots.X86(top)
	}
	m.BySlot = make([]*CPU, len(m.Slots))
	m.SlotNode = make([]int, len(m.Slots))
	for i := range m.SlotNode {
		m.SlotNode[i] = -1
	}
	return m
}

// NextUnattached takes the next /machine/unattached/device[N] path.
func (m *Machine) NextUnattached() string {
	p := fmt.Sprintf("/machine/unattached/device[%d]", m.unattached)
	m.unattached++
	return p
}

// NextAnon takes the next /machine/peripheral-anon/device[K] path. QEMU takes
// the number before any check runs, so a failed anonymous device_add uses one.
func (m *Machine) NextAnon() string {
	p := fmt.Sprintf("/machine/peripheral-anon/device[%d]", m.anon)
	m.anon++
	return p
}

// SlotProps returns a slot's CpuInstanceProperties with its NUMA node.
func (m *Machine) SlotProps(i int) slots.Props {
	p := m.Slots[i].Props
	if m.IsSPAPR() || m.NUMANodes > 0 {
		n := m.SlotNode[i]
		if n < 0 {
			n = 0
		}
		p.Node = n
	}
	return p
}

// AddCPU puts a CPU into a free slot, in creation order.
func (m *Machine) AddCPU(c *CPU) {
	if c.Threads == 0 {
		c.Threads = 1
	}
	for j := 0; j < c.Threads; j++ {
		c.ThreadIDs = append(c.ThreadIDs, m.nextTID)
		m.nextTID++
	}
	m.CPUs = append(m.CPUs, c)
	m.BySlot[c.Slot] = c
	if c.ID != "" {
		m.IDs[c.ID] = true
	}
	if t, name := m.Container(c.QOMPath); t != nil {
		t.Insert(name)
	}
}

// Container is the peripheral container table a QOM path is a child of,
// and its name there (nil for other paths).
func (m *Machine) Container(path string) (*qom.Table, string) {
	for _, c := range []struct {
		dir string
		t   *qom.Table
	}{{"/machine/peripheral/", m.Peripheral}, {"/machine/peripheral-anon/", m.PeripheralAnon}} {
		if name, ok := strings.CutPrefix(path, c.dir); ok && !strings.Contains(name, "/") {
			return c.t, name
		}
	}
	return nil, ""
}

// RemoveCPU destroys a CPU: its slot is free again and its id can be reused.
func (m *Machine) RemoveCPU(c *CPU) {
	for i, x := range m.CPUs {
		if x == c {
			// In place: a copy per removal made unplugging on a
			// 4096-core machine quadratic in allocations.
			copy(m.CPUs[i:], m.CPUs[i+1:])
			m.CPUs[len(m.CPUs)-1] = nil
			m.CPUs = m.CPUs[:len(m.CPUs)-1]
			break
		}
	}
	m.BySlot[c.Slot] = nil
	if c.ID != "" {
		delete(m.IDs, c.ID)
	}
	if t, name := m.Container(c.QOMPath); t != nil {
		t.Remove(name)
	}
}

// ChildFailed is a device_add that failed after qdev_set_id: the device was
// a child of its container (peripheral or peripheral-anon) until its unparent,
// and the container's table keeps the trace: a resize the insertion made,
// a tombstone where it sat (measured: qom-list's order after a refused
// vCPU).
func (m *Machine) ChildFailed(path string) {
	if t, name := m.Container(path); t != nil && !t.Has(name) {
		t.Insert(name)
		t.Remove(name)
	}
}

// FindCPU finds a CPU by id or QOM path.
func (m *Machine) FindCPU(idOrPath string) *CPU {
	for _, c := range m.CPUs {
		if (c.ID != "" && c.ID == idOrPath) || c.QOMPath == idOrPath {
			return c
		}
	}
	return nil
}

// PresentCPUs counts CPU threads that exist.
func (m *Machine) PresentCPUs() int {
	n := 0
	for _, c := range m.CPUs {
		n += c.Threads
	}
	return n
}

// PropOff says whether a boolean -machine property was given as off.
func (m *Machine) PropOff(k string) bool {
	switch m.Props[k] {
	case "off", "no", "false", "n":
		return true
	}
	return false
}

// VMPort is pc's vmport once the board is made: auto is on, except where
// the release leaves it off without an i8042 (pc_basic_device_init).
func (m *Machine) VMPort() string {
	v := m.Props["vmport"]
	if v == "" || v == "auto" {
		if m.Release().VMPortNeedsI8042 && m.PropOff("i8042") {
			return "off"
		}
		return "on"
	}
	return v
}
