// Package numa applies -numa node / -numa cpu (and the memory backends they
// name) to a machine: node ids, node memory, and the node of every CPU slot,
// the way QEMU 7.2's hw/core/numa.c and machine.c do (parse_numa_opts,
// numa_complete_configuration, machine_numa_finish_cpu_init).
package numa

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/object"
	"hotpluglab/engine/slots"
)

// MaxNodes is QEMU's MAX_NODES.
const MaxNodes = 128

// Backend is one -object memory-backend-*.
type Backend struct {
	ID   string
	Type string
	Size int64
	// HugeSize is a RAM backend's size of 2^63 or more, which Size cannot
	// hold (Size is then 0): Create refuses it.
	HugeSize uint64
	// Share is the backend's "share" (memfd's default is on).
	Share bool
	used  bool
}

// node is one NodeInfo.
type node struct {
	present bool
	mem     int64
	memdev  string
	// initiator is the node's initiator (hasInitiator: given with
	// -numa node,initiator=, or the node itself once it has a CPU on an
	// HMAT machine).
	initiator    int
	hasInitiator bool
}

// state is the machine's NumaState while the options are applied.
type state struct {
	m          *machine.Machine
	backends   map[string]*Backend
	nodes      [MaxNodes]node
	numNodes   int // nodes declared (a count, not the highest id)
	maxNodeID  int // highest declared id + 1
	warnings   []string
	slotsReady bool
	distances  map[[2]int]int
	// haveMem, haveMemdevs: some node gave mem=, memdev= (parse_numa_node's
	// statics).
	haveMem, haveMemdevs bool
	hmatState            hmatState
}

// Configure applies the -numa options, in order, and completes the NUMA
// configuration. It returns what QEMU prints on the way, as the text after
// "<binary>: " (warnings carry their own "warning: ", and their option
// location when QEMU gives one), and the error that stops the machine.
func Configure(m *machine.Machine, numaOpts []string, backends map[string]*Backend) (printed []string, err error) {
	s := &state{m: m, backends: backends}
	for _, arg := range numaOpts {
		if err := s.apply(arg); err != nil {
			return s.warnings, fmt.Errorf("-numa %s: %s", arg, err)
		}
	}
	if err := s.complete(); err != nil {
		return s.warnings, err
	}
	return s.warnings, nil
}

// possibleCPUs is the board's possible_cpu_arch_ids: on sPAPR it is where a
// CPU model with no core type is first noticed.
func (s *state) possibleCPUs() error {
	if s.slotsReady {
		return nil
	}
	if s.m.IsSPAPR() && !cpumodel.For(s.m.Release()).HasSPAPRCore(strings.TrimSuffix(s.m.ThreadType, "-powerpc64-cpu")) {
		return errors.New("Unable to find sPAPR CPU Core definition")
	}
	s.slotsReady = true
	return nil
}

func (s *state) apply(arg string) error {
	o, err := parseOpts(arg, "type")
	if err != nil {
		return err
	}
	typ, ok := o.get("type")
	if !ok {
		return errors.New("Parameter 'type' is missing")
	}
	switch typ {
	case "node":
		return s.node(o)
	case "cpu":
		return s.cpu(o)
	case "dist":
		return s.dist(o)
	case "hmat-lb", "hmat-cache":
		return s.hmat(typ, o)
	}
	return fmt.Errorf("Parameter 'type' does not accept value '%s'", typ)
}

var nodeKeys = map[string]bool{"type": true, "nodeid": true, "cpus": true, "mem": true, "memdev": true, "initiator": true}

// node is parse_numa_node.
func (s *state) node(o opts) error {
	if err := o.only(nodeKeys); err != nil {
		return err
	}
	nodeID := s.numNodes
	if v, ok := o.get("nodeid"); ok {
		n, err := parseUint16(v, "nodeid")
		if err != nil {
			return err
		}
		nodeID = n
	}
	var cpus []int
	for _, v := range o.all("cpus") {
		r, err := parseRange(v)
		if err != nil {
			return err
		}
		cpus = append(cpus, r...)
	}
	var mem int64
	memStr, hasMem := o.get("mem")
	if hasMem {
		b, err := ParseSize(memStr)
		if err != nil {
			return errors.New("Parameter 'mem' expects a size value")
		}
		mem = b
	}
	memdev, hasMemdev := o.get("memdev")

	if nodeID >= MaxNodes {
		return fmt.Errorf("Max number of NUMA nodes reached: %d", nodeID)
	}
	if s.nodes[nodeID].present {
		return fmt.Errorf("Duplicate NUMA nodeid: %d", nodeID)
	}
	if len(s.m.Slots) == 0 {
		return errors.New("NUMA is not supported by this machine-type")
	}
	maxCPUs := int(s.m.Topology.MaxCPUs)
	for _, c := range cpus {
		if c >= maxCPUs {
			return fmt.Errorf("CPU index (%d) should be smaller than maxcpus (%d)", c, maxCPUs)
		}
		if err := s.possibleCPUs(); err != nil {
			return err
		}
		p := s.m.Slots[s.slotOfCPUIndex(c)].Props
		p.Node = nodeID
		if err := s.setCPUNode(p); err != nil {
			return err
		}
	}
	// Across nodes too: one node's mem= and another's memdev= do not mix.
	s.haveMem = s.haveMem || hasMem
	s.haveMemdevs = s.haveMemdevs || hasMemdev
	if hasMem && s.haveMemdevs || hasMemdev && s.haveMem {
		return errors.New("numa configuration should use either mem= or memdev=,mixing both is not allowed")
	}
	if hasMem {
		if !s.m.Type.NumaMemSupported {
			return errors.New("Parameter -numa node,mem is not supported by this machine type\nUse -numa node,memdev instead")
		}
		s.warnings = append(s.warnings, fmt.Sprintf("-numa %s: warning: Parameter -numa node,mem is deprecated, use -numa node,memdev instead", o.arg))
		s.nodes[nodeID].mem = mem
	}
	if hasMemdev {
		b := s.backends[memdev]
		if b == nil {
			return fmt.Errorf("memdev=%s is ambiguous", memdev)
		}
		s.nodes[nodeID].mem = b.Size
		s.nodes[nodeID].memdev = memdev
	}
	s.addNode(nodeID)
	if v, ok := o.get("initiator"); ok {
		if !s.m.HMAT {
			return errHMATOff
		}
		if n, err := strconv.ParseUint(strings.TrimSpace(v), 0, 16); err == nil && n < MaxNodes {
			s.nodes[nodeID].initiator, s.nodes[nodeID].hasInitiator = int(n), true
		}
	}
	return nil
}

func (s *state) addNode(id int) {
	s.nodes[id].present = true
	if id+1 > s.maxNodeID {
		s.maxNodeID = id + 1
	}
	s.numNodes++
}

// slotOfCPUIndex is cpu_index_to_instance_props: an x86 cpu-index is the slot
// index; an sPAPR one names a thread of core cpu-index / threads.
func (s *state) slotOfCPUIndex(c int) int {
	if s.m.IsSPAPR() {
		return c / int(s.m.Topology.Threads)
	}
	return c
}

var cpuKeys = map[string]bool{"type": true, "node-id": true, "socket-id": true, "die-id": true, "cluster-id": true, "core-id": true, "thread-id": true}

// cpu is -numa cpu (set_numa_options, NUMA_OPTIONS_TYPE_CPU).
func (s *state) cpu(o opts) error {
	if err := o.only(cpuKeys); err != nil {
		return err
	}
	p := slots.NoProps
	_, ok := o.get("node-id")
	for _, f := range []struct {
		key string
		v   *int
	}{{"node-id", &p.Node}, {"socket-id", &p.Socket}, {"die-id", &p.Die}, {"cluster-id", &p.Cluster}, {"core-id", &p.Core}, {"thread-id", &p.Thread}} {
		if v, ok := o.get(f.key); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 0, 64)
			if err != nil {
				return fmt.Errorf("Parameter '%s' expects an int64 value", f.key)
			}
			*f.v = clampID(n)
		}
	}
	if !ok {
		return errors.New("Missing mandatory node-id property")
	}
	if p.Node >= MaxNodes || (p.Node >= 0 && !s.nodes[p.Node].present) {
		return fmt.Errorf("Invalid node-id=%d, NUMA node must be defined with -numa node,nodeid=ID before it's used with -numa cpu,node-id=ID", p.Node)
	}
	if err := s.possibleCPUs(); err != nil {
		return err
	}
	return s.setCPUNode(p)
}

// absent marks an id the option did not give (slots.Props uses -1 for that);
// a given negative id is kept distinct so that it matches no slot.
const absent = -1

func clampID(n int64) int {
	if n < 0 {
		return -2 // given but negative: matches nothing, as in QEMU
	}
	if n > 1<<31 {
		return 1 << 31
	}
	return int(n)
}

// setCPUNode is machine_set_cpu_numa_node: props.Node goes to every slot the
// given ids match.
func (s *state) setCPUNode(p slots.Props) error {
	match := false
	for i := range s.m.Slots {
		sp := s.m.Slots[i].Props
		for _, f := range []struct {
			name      string
			given, in int
		}{{"thread-id", p.Thread, sp.Thread}, {"core-id", p.Core, sp.Core}, {"cluster-id", p.Cluster, sp.Cluster}, {"socket-id", p.Socket, sp.Socket}, {"die-id", p.Die, sp.Die}} {
			if f.given != absent && f.in == absent {
				return fmt.Errorf("%s is not supported", f.name)
			}
		}
		if (p.Thread != absent && p.Thread != sp.Thread) || (p.Cluster != absent && p.Cluster != sp.Cluster) ||
			(p.Core != absent && p.Core != sp.Core) || (p.Die != absent && p.Die != sp.Die) ||
			(p.Socket != absent && p.Socket != sp.Socket) {
			continue
		}
		if n := s.m.SlotNode[i]; n >= 0 && n != p.Node {
			return fmt.Errorf("CPU is already assigned to node-id: %d", n)
		}
		match = true
		s.m.SlotNode[i] = p.Node
		if s.m.HMAT && p.Node >= 0 && p.Node < MaxNodes { // a node with a CPU is its own initiator
			n := &s.nodes[p.Node]
			if n.hasInitiator && n.initiator != p.Node {
				return fmt.Errorf("The initiator of CPU NUMA node %d should be itself (got %d)", p.Node, n.initiator)
			}
			n.initiator, n.hasInitiator = p.Node, true
		}
	}
	if !match {
		return errors.New("no match found")
	}
	return nil
}

// autoEnable says whether a machine with no -numa gets one node anyway
// (auto_enable_numa*): pseries always; x86 with memory hotplug slots, or
// (5.1 and later) with maxmem above the RAM size.
func autoEnable(m *machine.Machine) bool {
	switch m.Type.Family {
	case machinetype.PSeries:
		return true
	case machinetype.PC, machinetype.Q35:
		return m.RAMSlots > 0 || (m.MaxRAMBytes > m.RAMBytes && !m.Type.VersionAtMost(5, 0))
	}
	return false
}

// complete is numa_complete_configuration and machine_numa_finish_cpu_init.
func (s *state) complete() error {
	m := s.m
	if s.numNodes == 0 && autoEnable(m) {
		s.addNode(0)
		s.nodes[0].mem = m.RAMBytes
	}
	if s.numNodes == 0 {
		return nil
	}
	for i := s.maxNodeID - 1; i >= 0; i-- {
		if !s.nodes[i].present {
			return fmt.Errorf("numa: Node ID missing: %d", i)
		}
	}
	var total int64
	for i := 0; i < s.numNodes; i++ {
		total += s.nodes[i].mem
	}
	if total != m.RAMBytes {
		return fmt.Errorf("total memory for NUMA nodes (0x%x) should equal RAM size (0x%x)", total, m.RAMBytes)
	}
	if _, given := m.Props["memory-backend"]; given && s.haveMemdevs && m.Type.DefaultRAMID != "" {
		// The nodes' backends make the RAM: the machine's own cannot.
		return errors.New("'-machine memory-backend' and '-numa memdev' properties are mutually exclusive")
	}
	if err := s.useBackends(); err != nil {
		return err
	}
	if err := s.validateDistances(); err != nil {
		return err
	}
	m.NUMANodes = s.numNodes
	m.NodeMem = make([]int64, s.numNodes)
	m.NodeMemdev = make([]string, s.numNodes)
	for i := range m.NodeMem {
		m.NodeMem[i] = s.nodes[i].mem
		m.NodeMemdev[i] = s.nodes[i].memdev
		m.NUMAMemdevs = m.NUMAMemdevs || s.nodes[i].memdev != ""
		if d := s.nodes[i].memdev; d != "" {
			// The node maps its backend (host_memory_backend_set_mapped):
			// a DIMM can no longer take it, object-del refuses it.
			object.Claim(m, d)
		}
	}
	if err := s.possibleCPUs(); err != nil {
		return err
	}
	defaultMapping := true
	for _, n := range m.SlotNode {
		if n >= 0 {
			defaultMapping = false
			break
		}
	}
	var unmapped []string
	for i := range m.Slots {
		if m.SlotNode[i] >= 0 {
			continue
		}
		if defaultMapping {
			m.SlotNode[i] = s.defaultNode(i)
		} else {
			unmapped = append(unmapped, fmt.Sprintf("CPU %d [%s]", i, slotString(m.Slots[i].Props)))
			m.SlotNode[i] = 0 // unmapped CPUs fall back to node 0
		}
	}
	if len(unmapped) > 0 {
		s.warnings = append(s.warnings,
			"warning: CPU(s) not present in any NUMA nodes: "+strings.Join(unmapped, ", "),
			"warning: All CPU(s) up to maxcpus should be described in NUMA config, ability to start up with partial NUMA mappings is obsoleted and will be removed in future")
	}
	if m.HMAT {
		return s.validateInitiators()
	}
	return nil
}

// validateInitiators is numa_validate_initiator: a node's initiator must
// be a declared node with a CPU.
func (s *state) validateInitiators() error {
	for i := 0; i < s.numNodes; i++ {
		n := s.nodes[i]
		switch {
		case !n.hasInitiator:
		case !s.nodes[n.initiator].present:
			return fmt.Errorf("NUMA node %d is missing, use '-numa node' option to declare it first", n.initiator)
		case !s.nodeHasCPU(uint64(n.initiator)):
			return fmt.Errorf("The initiator of NUMA node %d is invalid", i)
		}
	}
	return nil
}

// useBackends claims each node's memdev: a backend serves one node only.
func (s *state) useBackends() error {
	used := map[string]bool{}
	for i := 0; i < s.numNodes; i++ {
		if d := s.nodes[i].memdev; d != "" {
			if used[d] {
				return fmt.Errorf("memory backend %s can't be used multiple times.", d)
			}
			used[d] = true
		}
	}
	return nil
}

// defaultNode is the board's get_default_cpu_node_id.
func (s *state) defaultNode(i int) int {
	if s.m.IsSPAPR() {
		return i / int(s.m.Topology.Cores) % s.numNodes
	}
	return s.m.Slots[i].Props.Socket % s.numNodes
}

// slotString is cpu_slot_to_string.
func slotString(p slots.Props) string {
	var parts []string
	for _, f := range []struct {
		name string
		v    int
	}{{"socket-id", p.Socket}, {"die-id", p.Die}, {"cluster-id", p.Cluster}, {"core-id", p.Core}, {"thread-id", p.Thread}} {
		if f.v >= 0 {
			parts = append(parts, fmt.Sprintf("%s: %d", f.name, f.v))
		}
	}
	return strings.Join(parts, ", ")
}

var distKeys = map[string]bool{"type": true, "src": true, "dst": true, "val": true}

// dist is parse_numa_distance: the distance itself is not simulated, its
// checks are.
func (s *state) dist(o opts) error {
	if err := o.only(distKeys); err != nil {
		return err
	}
	var v [3]int
	for i, k := range []string{"src", "dst", "val"} {
		str, ok := o.get(k)
		if !ok {
			return fmt.Errorf("Parameter '%s' is missing", k)
		}
		n, ok := parseU64(str)
		if !ok {
			return fmt.Errorf("Parameter '%s' expects a uint64 value", k)
		}
		limit := uint64(0xffff)
		if k == "val" {
			limit = 0xff
		}
		if n > limit {
			return fmt.Errorf("Parameter '%s' expects uint%d_t", k, map[bool]int{true: 8, false: 16}[k == "val"])
		}
		v[i] = int(n)
	}
	src, dst, val := v[0], v[1], v[2]
	if src >= MaxNodes || dst >= MaxNodes {
		return fmt.Errorf("Parameter '%s' expects an integer between 0 and %d", map[bool]string{true: "src", false: "dst"}[src >= MaxNodes], MaxNodes-1)
	}
	if !s.nodes[src].present || !s.nodes[dst].present {
		return errors.New("Source/Destination NUMA node is missing. Please use '-numa node' option to declare it first.")
	}
	if src == dst && val != 10 {
		return fmt.Errorf("Local distance of node %d should be 10.", src)
	}
	if val < 10 {
		return fmt.Errorf("NUMA distance (%d) is invalid, it shouldn't be less than 10.", val)
	}
	if s.distances == nil {
		s.distances = map[[2]int]int{}
	}
	s.distances[[2]int{src, dst}] = val
	return nil
}

// validateDistances is validate_numa_distance: once any distance is given,
// every pair of nodes needs one; once a pair differs by direction (an
// asymmetric table), every direction of every pair needs its own.
func (s *state) validateDistances() error {
	if s.distances == nil {
		return nil
	}
	asymmetric := false
	for src := 0; src < s.numNodes; src++ {
		for dst := src; dst < s.numNodes; dst++ {
			a, b := s.distances[[2]int{src, dst}], s.distances[[2]int{dst, src}]
			if a == 0 && b == 0 && src != dst {
				return fmt.Errorf("The distance between node %d and %d is missing, at least one distance value between each nodes should be provided.", src, dst)
			}
			if a != 0 && b != 0 && a != b {
				asymmetric = true
			}
		}
	}
	for src := 0; asymmetric && src < s.numNodes; src++ {
		for dst := 0; dst < s.numNodes; dst++ {
			if src != dst && s.distances[[2]int{src, dst}] == 0 {
				return errors.New("At least one asymmetrical pair of distances is given, please provide distances for both directions of all node pairs.")
			}
		}
	}
	return nil
}

// PreconfigKey holds, in Machine.Extra, the NUMA configuration -preconfig
// leaves open when the command line gave no -numa: set-numa-node applies
// to it, x-exit-preconfig completes it.
const PreconfigKey = "numa.preconfig"

// Preconfig is the NUMA configuration of a machine waiting in -preconfig.
type Preconfig struct {
	s       *state
	applied bool
}

// NewPreconfig starts an empty configuration for the machine.
func NewPreconfig(m *machine.Machine, backends map[string]*Backend) *Preconfig {
	return &Preconfig{s: &state{m: m, backends: backends}}
}

// Apply is set-numa-node: one NumaOptions, as -numa's text, applied now.
func (p *Preconfig) Apply(arg string) error {
	if !p.applied {
		// The start-up completed NUMA already (pseries' automatic node
		// put every CPU on node 0); before x-exit-preconfig QEMU has not:
		// no slot has a node yet (recorded: pe-p-e20-numa-ps).
		for i := range p.s.m.SlotNode {
			p.s.m.SlotNode[i] = absent
		}
	}
	p.applied = true
	return p.s.apply(arg)
}

// Complete is numa_complete_configuration at x-exit-preconfig, for a
// configuration set-numa-node touched (otherwise the start-up's stands).
func (p *Preconfig) Complete() (printed []string, err error) {
	if !p.applied {
		return nil, nil
	}
	err = p.s.complete()
	return p.s.warnings, err
}
