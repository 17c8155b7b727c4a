// Package spapr holds the pseries CPU core dynamic reconfiguration
// connectors (DRCs, hw/ppc/spapr_drc.c): one logical DRC per core slot, the
// state machine the guest drives through RTAS, and the release that completes
// a core's unplug.
package spapr

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/smp"
)

// State of a logical DRC (SpaprDrcState).
type State int

const (
	Unusable   State = 1 // empty state: no device, or not given to the guest
	Available  State = 2 // guest allocated it
	Unisolate  State = 3 // guest unisolated it, configuring
	Configured State = 4 // ready state: the guest uses the core
)

func (s State) String() string {
	switch s {
	case Unusable:
		return "unusable"
	case Available:
		return "available"
	case Unisolate:
		return "unisolate"
	case Configured:
		return "configured"
	}
	return "invalid"
}

// RTAS return codes of the DRC calls.
const (
	RTASSuccess         = 0
	RTASHardwareError   = -1
	RTASParamError      = -3
	RTASNoSuchIndicator = -3
)

// DRC is the connector of one core slot.
type DRC struct {
	Slot            int
	State           State
	Dev             *machine.CPU // attached core, nil when empty
	UnplugRequested bool
	// ReleasedAtOnce: the last core was released on its unplug request
	// (the DRC never left its empty state); a core attached again clears it.
	ReleasedAtOnce bool
	// Notifications counts the hotplug add/remove notifications (RTAS
	// event + interrupt) QEMU queued for the guest.
	AddNotifications, RemoveNotifications int
}

// Index is the DRC index the guest sees: type CPU (1) << 28 | vCPU id of the
// core's first thread, the core's number times the VSMT mode (spapr_vcpu_id).
func (d *DRC) Index(m *machine.Machine) uint32 {
	return typeCPU | uint32(d.Slot*VSMT(m))
}

// VSMT is the machine's virtual SMT mode: -M vsmt= if given, else the
// threads per core, or 8 on pseries-4.1 and older (spapr_set_vsmt_mode).
func VSMT(m *machine.Machine) int {
	if v, ok := m.Props["vsmt"]; ok {
		if n, err := smp.ParseInt64(v); err == nil && uint32(n) != 0 {
			return int(uint32(n))
		}
	}
	switch {
	case m.Type.VersionAtMost(4, 1):
		return max(8, int(m.Topology.Threads))
	}
	return int(m.Topology.Threads)
}

// Machine is the machine the DRCs belong to.
func (s *Set) Machine() *machine.Machine { return s.m }

// DRC index types: the index is type << 28 | id (hw/ppc/spapr_drc.h).
const (
	typeCPU  = 0x10000000
	typePHB  = 0x20000000
	typePCI  = 0x40000000
	typeLMB  = 0x80000000
	typePMEM = 0x90000000
)

// Set is a machine's DRCs with the release hook the hotplug handler installs.
type Set struct {
	m    *machine.Machine
	DRCs []*DRC
	// connectors: the index of every DRC of the machine (CPU, memory,
	// PHB, PCI), in realize order; resetOrder: the order a machine reset
	// walks them, that of the DRC container's hash table.
	connectors []uint32
	resetOrder []uint32
	// Release completes the unplug of a core (spapr_core_release →
	// hotplug_handler_unplug); installed by the hotplug handler.
	Release func(c *machine.CPU)
	// queue holds the hotplug notifications not yet taken by the guest.
	queue []HotplugEvent
	// LMB answers the RTAS calls on LMB DRCs (installed by the board).
	LMB LMBHandler
}

// HotplugEvent is one hotplug notification (RTAS event + interrupt) for
// the guest: add or remove of the DRC with this index.
type HotplugEvent struct {
	Remove bool
	Index  uint32
	// Count: an event for Count DRCs from Index on (QEMU's count-indexed
	// LMB events); 0 for one DRC.
	Count int
}

// LMBHandler answers the RTAS calls on memory (LMB) DRCs: the board,
// which holds the DIMMs their LMBs belong to.
type LMBHandler interface {
	SetLMBIsolation(index uint32, isolated bool) int
	SetLMBAllocation(index uint32, usable bool) int
}

// TypeLMB is the DRC index type of a memory block (LMB).
const TypeLMB = typeLMB

// QueueLMBEvent queues spapr_hotplug_req_{add,remove}_by_count_indexed
// for count LMBs from first on.
func (s *Set) QueueLMBEvent(remove bool, count int, first uint32) {
	s.queue = append(s.queue, HotplugEvent{Remove: remove, Index: first, Count: count})
}

const extraKey = "spapr.drcs"

// Of returns the machine's DRCs, creating them on first use (boot cores are
// attached and, after the first reset, configured); nil on x86.
func Of(m *machine.Machine) *Set {
	if m == nil || !m.IsSPAPR() {
		return nil
	}
	if s, ok := m.Extra[extraKey].(*Set); ok {
		return s
	}
	s := &Set{m: m, DRCs: make([]*DRC, len(m.Slots))}
	for i := range s.DRCs {
		d := &DRC{Slot: i, State: Unusable, Dev: m.BySlot[i]}
		if d.Dev != nil {
			d.State = Configured
		}
		s.DRCs[i] = d
		if m.Type.HotpluggableCPUs {
			s.connectors = append(s.connectors, d.Index(m))
		}
	}
	m.Extra[extraKey] = s
	return s
}

// Realize creates a pseries machine's DRCs the way spapr_machine_init
// does, tracing each realize: per possible core its DRC, then the boot core
// bootCore returns for that slot (nil for none), attached and reset as a
// cold-plugged core is; then the memory connectors (LMBs, and from
// pseries-5.0 one per NVDIMM slot), the PHB connectors (from pseries-4.0),
// the default PHB's 256 PCI connectors and the PHB's own attach.
func Realize(m *machine.Machine, bootCore func(slot int) *machine.CPU) *Set {
	s := &Set{m: m, DRCs: make([]*DRC, len(m.Slots))}
	m.Extra[extraKey] = s
	for i := range s.DRCs {
		s.DRCs[i] = &DRC{Slot: i, State: Unusable}
		if m.Type.HotpluggableCPUs {
			s.realize(s.DRCs[i].Index(m))
		}
		if c := bootCore(i); c != nil {
			s.Attach(c, false)
		}
	}
	const lmbSize, deviceMemAlign = 256 << 20, 1 << 30
	if m.MaxRAMBytes > m.RAMBytes {
		base := (m.RAMBytes + deviceMemAlign - 1) / deviceMemAlign * deviceMemAlign
		for i := int64(0); i < (m.MaxRAMBytes-m.RAMBytes)/lmbSize; i++ {
			s.realize(typeLMB | uint32(base/lmbSize+i))
		}
		if !m.Type.VersionAtMost(4, 2) {
			for i := 0; i < m.RAMSlots; i++ {
				s.realize(typePMEM | uint32(i))
			}
		}
	}
	phbs := !m.Type.VersionAtMost(3, 1)
	if phbs {
		for i := uint32(0); i < 31; i++ {
			s.realize(typePHB | i)
		}
	}
	for i := uint32(0); i < 256; i++ {
		s.realize(typePCI | i)
	}
	if phbs {
		m.Trace("spapr_drc_attach", uint32(typePHB))
		m.Trace("spapr_drc_reset", uint32(typePHB))
	}
	return s
}

// Connectors are the indexes of the machine's DRCs in realize order; Type
// is a DRC's QOM type ("spapr-drc-cpu", ...) by its index.
func (s *Set) Connectors() []uint32 { return slices.Clone(s.connectors) }

// Type is the QOM type of the DRC with this index.
func Type(index uint32) string {
	switch index & 0xf0000000 {
	case typeCPU:
		return "spapr-drc-cpu"
	case typePHB:
		return "spapr-drc-phb"
	case typePCI:
		return "spapr-drc-pci"
	case typeLMB:
		return "spapr-drc-lmb"
	case typePMEM:
		return "spapr-drc-pmem"
	}
	return "spapr-drc"
}

// realize is drc_realize: the DRC joins the container under its index.
func (s *Set) realize(index uint32) {
	if s.m.Tracing("spapr_drc_realize") {
		s.m.Trace("spapr_drc_realize", index)
	}
	if s.m.Tracing("spapr_drc_realize_child") {
		s.m.Trace("spapr_drc_realize_child", index, fmt.Sprintf("dr-connector[%d]", index))
	}
	if s.m.Tracing("spapr_drc_realize_complete") {
		s.m.Trace("spapr_drc_realize_complete", index)
	}
	s.connectors = append(s.connectors, index)
	s.resetOrder = nil
}

// order is the DRC container's iteration order (its properties are a
// GHashTable keyed by the index in hex).
func (s *Set) order() []uint32 {
	if s.resetOrder == nil {
		s.resetOrder = hashOrder(s.connectors)
	}
	return s.resetOrder
}

// hashOrders keeps the last machines' orders: a 4096-core pseries has
// thousands of connectors, and every start and reset of the same machine
// would put the same table together again.
var hashOrders struct {
	sync.Mutex
	byConnectors map[string][]uint32
}

// hashOrder is the order a GHashTable keyed by the indexes in hex, inserted
// in the given order, iterates them.
func hashOrder(connectors []uint32) []uint32 {
	keys := make([]string, len(connectors))
	for i, idx := range connectors {
		keys[i] = strconv.FormatUint(uint64(idx), 16)
	}
	kept := strings.Join(keys, ",")
	hashOrders.Lock()
	defer hashOrders.Unlock()
	if o, ok := hashOrders.byConnectors[kept]; ok {
		return o
	}
	t := qom.NewTable()
	byKey := make(map[string]uint32, len(keys))
	for i, k := range keys {
		t.Insert(k)
		byKey[k] = connectors[i]
	}
	order := make([]uint32, 0, len(connectors))
	for _, k := range t.Keys() {
		order = append(order, byKey[k])
	}
	if hashOrders.byConnectors == nil || len(hashOrders.byConnectors) >= 8 {
		hashOrders.byConnectors = map[string][]uint32{}
	}
	hashOrders.byConnectors[kept] = order
	return order
}

// Attach connects a plugged core to its slot's DRC (spapr_drc_attach). A
// hot-plugged core stays unusable until the guest configures it; QEMU
// queues an add notification for the guest.
func (s *Set) Attach(c *machine.CPU, hotplugged bool) {
	if !s.m.Type.HotpluggableCPUs {
		return // no CPU DRCs (pseries-2.6 and older)
	}
	d := s.DRCs[c.Slot]
	s.m.Trace("spapr_drc_attach", d.Index(s.m))
	d.Dev = c
	d.ReleasedAtOnce = false
	if hotplugged {
		d.AddNotifications++
		s.queue = append(s.queue, HotplugEvent{Index: d.Index(s.m)})
	} else {
		// A cold-plugged core's DRC is reset at once: ready, as if the
		// guest had configured it.
		s.resetDRC(d)
	}
}

// UnplugRequest is spapr_drc_unplug_request: a DRC still in its empty state
// (a core the guest never configured) is released at once; otherwise the
// request waits for the guest or the next reset. Either way QEMU notifies
// the guest again.
func (s *Set) UnplugRequest(c *machine.CPU) {
	d := s.DRCs[c.Slot]
	if !d.UnplugRequested {
		s.m.Trace("spapr_drc_unplug_request", d.Index(s.m))
		d.UnplugRequested = true
		if d.State == Unusable {
			s.release(d)
			d.ReleasedAtOnce = true
		} else {
			s.m.Trace("spapr_drc_awaiting_quiesce", d.Index(s.m))
		}
	}
	// Sent on every request, also after an immediate release, so that a
	// guest that refused once is asked again.
	d.RemoveNotifications++
	s.queue = append(s.queue, HotplugEvent{Remove: true, Index: d.Index(s.m)})
}

func (s *Set) release(d *DRC) {
	c := d.Dev
	d.UnplugRequested = false
	d.Dev = nil
	d.State = Unusable
	if s.Release != nil && c != nil {
		s.Release(c)
	}
}

// ReleasedAtOnce says whether a DRC's core was released on its unplug
// request and its slot is still empty (see release.SPAPRReleasedCoreResetSIGSEGV).
func (s *Set) ReleasedAtOnce() bool {
	for _, d := range s.DRCs {
		if d != nil && d.ReleasedAtOnce && d.Dev == nil {
			return true
		}
	}
	return false
}

// Reset is the DRC part of a machine reset (spapr_drc_reset_all): every
// DRC in the container's order; pending unplugs complete, attached cores
// become configured, empty DRCs unusable. A completed unplug restarts the
// walk from the first DRC, as QEMU does.
func (s *Set) Reset() {
	byIndex := map[uint32]*DRC{}
	for _, d := range s.DRCs {
		byIndex[d.Index(s.m)] = d
	}
restart:
	for _, idx := range s.order() {
		d := byIndex[idx]
		if d == nil {
			s.m.Trace("spapr_drc_reset", idx) // a memory, PHB or PCI connector
			continue
		}
		if s.resetDRC(d) {
			goto restart
		}
	}
}

// ClientArchitectureSupport is the DRC part of the CAS hcall: every DRC is
// reset, so pending plugs and unplugs complete before the kernel reads the
// device tree, and the undelivered hotplug events are dropped.
func (s *Set) ClientArchitectureSupport() {
	s.Reset()
	s.queue = nil
}

// resetDRC is spapr_drc_reset; it says whether an unplug completed.
func (s *Set) resetDRC(d *DRC) bool {
	s.m.Trace("spapr_drc_reset", d.Index(s.m))
	completed := false
	if d.UnplugRequested {
		s.release(d)
		completed = true
	}
	if d.Dev != nil {
		d.State = Configured
	} else {
		d.State = Unusable
	}
	return completed
}

// SetUsableSlot is the guest's allocation-state USABLE (rtas set-indicator).
func (s *Set) SetUsableSlot(slot int) int {
	d := s.DRCs[slot]
	if d.State != Unusable {
		return RTASSuccess
	}
	if d.Dev == nil || d.UnplugRequested {
		return RTASNoSuchIndicator
	}
	d.State = Available
	return RTASSuccess
}

// UnisolateSlot is the guest's isolation-state UNISOLATE. Unisolating a
// configured core whose unplug was requested is the guest refusing the
// unplug: the request is dropped, QEMU reports it on stderr (cores with an
// id) and emits DEVICE_UNPLUG_GUEST_ERROR.
func (s *Set) UnisolateSlot(slot int) int {
	d := s.DRCs[slot]
	switch d.State {
	case Unisolate, Configured:
		if d.UnplugRequested && d.Dev != nil {
			d.UnplugRequested = false
			d.Dev.UnplugRequested = false
			data := qjson.Object{}
			if d.Dev.ID != "" {
				s.m.WriteStderr(s.m.Target.Binary() + ": Device hotunplug rejected by the guest for device " + d.Dev.ID + "\n")
				data = append(data, qjson.Member{Key: "device", Value: d.Dev.ID})
			}
			data = append(data, qjson.Member{Key: "path", Value: d.Dev.QOMPath})
			s.m.EmitEvent("DEVICE_UNPLUG_GUEST_ERROR", data)
		}
		return RTASSuccess
	case Unusable:
		return RTASNoSuchIndicator
	}
	d.State = Unisolate
	return RTASSuccess
}

// ConfigureSlot is the guest's ibm,configure-connector walk, done in
// one step: an unisolated (or already configured) DRC hands over its
// device tree and is configured.
func (s *Set) ConfigureSlot(slot int) int {
	d := s.DRCs[slot]
	if d.State != Unisolate && d.State != Configured {
		return ccNotConfigurable
	}
	s.m.Trace("spapr_drc_set_configured", d.Index(s.m))
	d.State = Configured
	return RTASSuccess
}

// ccNotConfigurable is configure-connector's answer for a DRC not unisolated.
const ccNotConfigurable = -9003

// IsolateSlot is the guest's isolation-state ISOLATE (it stopped using the core).
func (s *Set) IsolateSlot(slot int) int {
	d := s.DRCs[slot]
	switch d.State {
	case Available, Unusable:
		return RTASSuccess
	case Unisolate:
		return RTASParamError
	}
	d.State = Available
	return RTASSuccess
}

// SetUnusableSlot is the guest's allocation-state UNUSABLE: it gives the core
// back, which completes a requested unplug.
func (s *Set) SetUnusableSlot(slot int) int {
	d := s.DRCs[slot]
	switch d.State {
	case Unusable:
		return RTASSuccess
	case Unisolate, Configured:
		return RTASNoSuchIndicator
	}
	d.State = Unusable
	if d.UnplugRequested {
		s.m.Trace("spapr_drc_set_allocation_state_finalizing", d.Index(s.m))
		s.release(d)
	}
	return RTASSuccess
}

// The RTAS calls a guest model makes, by DRC index (hw/ppc/spapr_rtas.c,
// spapr_drc.c).

// TakeHotplugEvents returns and clears the queued notifications.
func (s *Set) TakeHotplugEvents() []HotplugEvent {
	q := s.queue
	s.queue = nil
	return q
}

// ByIndex finds the DRC with a DRC index.
func (s *Set) ByIndex(index uint32) *DRC {
	for _, d := range s.DRCs {
		if d.Index(s.m) == index {
			return d
		}
	}
	return nil
}

// SetIsolationState is rtas set-indicator 9001 (isolation state).
func (s *Set) SetIsolationState(index uint32, isolated bool) int {
	if index&0xf0000000 == typeLMB && s.LMB != nil {
		return s.LMB.SetLMBIsolation(index, isolated)
	}
	d := s.ByIndex(index)
	if d == nil {
		return RTASNoSuchIndicator
	}
	s.m.Trace("spapr_drc_set_isolation_state", index, boolState(!isolated))
	if isolated {
		return s.IsolateSlot(d.Slot)
	}
	return s.UnisolateSlot(d.Slot)
}

// SetAllocationState is rtas set-indicator 9003 (allocation state).
func (s *Set) SetAllocationState(index uint32, usable bool) int {
	if index&0xf0000000 == typeLMB && s.LMB != nil {
		return s.LMB.SetLMBAllocation(index, usable)
	}
	d := s.ByIndex(index)
	if d == nil {
		return RTASNoSuchIndicator
	}
	s.m.Trace("spapr_drc_set_allocation_state", index, boolState(usable))
	if usable {
		return s.SetUsableSlot(d.Slot)
	}
	return s.SetUnusableSlot(d.Slot)
}

// ConfigureConnector is ibm,configure-connector on a DRC index.
func (s *Set) ConfigureConnector(index uint32) int {
	d := s.ByIndex(index)
	if d == nil {
		s.m.Trace("spapr_rtas_ibm_configure_connector_invalid", index)
		return RTASParamError
	}
	return s.ConfigureSlot(d.Slot)
}

// boolState is an RTAS indicator value: 1 for unisolated / usable.
func boolState(on bool) uint32 {
	if on {
		return 1
	}
	return 0
}

// Configured says whether the DRC with this index is configured: its core
// is in the device tree the firmware hands to a booting kernel.
func (s *Set) Configured(index uint32) bool {
	d := s.ByIndex(index)
	return d != nil && d.State == Configured
}
