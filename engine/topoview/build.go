package topoview

import (
	"slices"
	"strconv"

	"hotpluglab/engine/machine"
)

// GuestView is what the guest reports of one slot; nil when there is no guest model.
type GuestView func(slot int) (present, online bool)

// FromMachine computes the view of a machine. guest may be nil.
func FromMachine(m *machine.Machine, guest GuestView) View {
	var c Cache
	return c.View(m, guest)
}

// Cache keeps the last view of one machine and patches it: a slot's place
// (ids, node) never changes while the machine runs, so after the first view
// only what a slot's state is read from (its CPU, an unplug request, the
// guest's side) is compared, a few bytes a slot. A view that nothing changed
// shares its slots with the last one; one that changed slots records them,
// so that Changed against the last view does not compare every slot again.
// It runs after every input, on machines of up to 4096 slots.
type Cache struct {
	m    *machine.Machine
	last View
	seen []slotKey // what each slot of last was read from
}

// slotKey is what a slot's drawn state follows from.
type slotKey struct {
	cpu             *machine.CPU
	unplug          bool
	present, online bool
}

func keyOf(m *machine.Machine, i int, guest GuestView) slotKey {
	k := slotKey{cpu: m.BySlot[i]}
	if k.cpu != nil {
		k.unplug = k.cpu.UnplugRequested
	}
	if guest != nil {
		k.present, k.online = guest(i)
	}
	return k
}

// View is the machine's view now. Views it returned earlier stay as they
// were: the slots are copied before the first slot that changed is written.
func (c *Cache) View(m *machine.Machine, guest GuestView) View {
	if c.m != m || len(c.last.Slots) != len(m.Slots) {
		c.m, c.last, c.seen = m, layout(m), make([]slotKey, len(m.Slots))
		for i := range c.last.Slots {
			c.seen[i] = keyOf(m, i, guest)
			readState(&c.last.Slots[i], m, i, guest)
		}
		c.last.Count = countOf(c.last.Slots)
		c.last.Plugged, c.last.GuestOnline = c.last.Possible-c.last.Count.Empty, 0
		for _, sl := range c.last.Slots {
			if sl.GuestOnline {
				c.last.GuestOnline++
			}
		}
		c.last.NextID = nextFreeID(m, c.last.Kind)
		c.last.from, c.last.changed = nil, nil
		return c.last
	}
	v := c.last
	v.from, v.changed = nil, nil
	for i := range v.Slots {
		k := keyOf(m, i, guest)
		if k == c.seen[i] {
			continue
		}
		c.seen[i] = k
		sl := v.Slots[i]
		readState(&sl, m, i, guest)
		if sl == v.Slots[i] {
			continue
		}
		if v.from == nil {
			v.from = &c.last.Slots[0]
			v.Slots = slices.Clone(v.Slots)
		}
		v.changed = append(v.changed, i)
		old := v.Slots[i]
		v.Count.remove(old.State)
		v.Count.add(sl.State)
		if old.GuestOnline {
			v.GuestOnline--
		}
		if sl.GuestOnline {
			v.GuestOnline++
		}
		v.Slots[i] = sl
	}
	v.Plugged = v.Possible - v.Count.Empty
	v.NextID = nextFreeID(m, v.Kind)
	c.last = v
	return v
}

func countOf(slots []Slot) Counts {
	var c Counts
	for _, sl := range slots {
		c.add(sl.State)
	}
	return c
}

// layout is a machine's slots with their places, every slot empty.
func layout(m *machine.Machine) View {
	v := View{Kind: X86, Machine: m.Type.Name, CPUType: m.CPUType, Possible: len(m.Slots), ShowDies: m.Topology.Dies > 1}
	if m.IsSPAPR() {
		v.Kind = SPAPR
	}
	v.Slots = make([]Slot, len(m.Slots))
	for i, s := range m.Slots {
		p := m.SlotProps(i)
		v.Slots[i] = Slot{Index: i, ArchID: s.ArchID, Socket: p.Socket, Die: max(p.Die, 0), Core: p.Core, Thread: p.Thread, Node: p.Node, State: Empty}
	}
	return v
}

// readState fills slot i's state, device and guest side from the machine.
func readState(sl *Slot, m *machine.Machine, i int, guest GuestView) {
	sl.State, sl.QOMPath, sl.ID = Empty, "", ""
	if c := m.BySlot[i]; c != nil {
		sl.QOMPath, sl.ID = c.QOMPath, c.ID
		switch {
		case c.UnplugRequested:
			sl.State = UnplugPending
		case c.Origin == machine.Boot:
			sl.State = Boot
		case c.Origin == machine.ColdPlug:
			sl.State = ColdPlugged
		default:
			sl.State = HotPlugged
		}
	}
	sl.GuestPresent, sl.GuestOnline = false, false
	if guest != nil {
		sl.GuestPresent, sl.GuestOnline = guest(i)
	}
}

// Command is the exact monitor command that teaches the next step for slot
// i: device_add for an empty slot, device_del for a plugged removable one,
// "" for the boot CPU (core), which can never be unplugged.
func (v View) Command(i int) string {
	if i < 0 || i >= len(v.Slots) {
		return ""
	}
	s := v.Slots[i]
	if s.State != Empty {
		if i == 0 {
			return ""
		}
		target := s.ID
		if target == "" {
			target = s.QOMPath
		}
		return "device_del " + target
	}
	b := append([]byte("device_add "), v.CPUType...)
	b = append(b, ",id="...)
	b = append(b, v.NextID...)
	if v.Kind == SPAPR {
		return string(strconv.AppendInt(append(b, ",core-id="...), int64(s.Core), 10))
	}
	b = strconv.AppendInt(append(b, ",socket-id="...), int64(s.Socket), 10)
	if v.ShowDies {
		b = strconv.AppendInt(append(b, ",die-id="...), int64(s.Die), 10)
	}
	b = strconv.AppendInt(append(b, ",core-id="...), int64(s.Core), 10)
	return string(strconv.AppendInt(append(b, ",thread-id="...), int64(s.Thread), 10))
}

// nextFreeID picks the first of cpu1, cpu2, ... (core1, ... on sPAPR) not in use.
func nextFreeID(m *machine.Machine, k Kind) string {
	prefix := "cpu"
	if k == SPAPR {
		prefix = "core"
	}
	for n := 1; ; n++ {
		id := prefix + strconv.Itoa(n)
		if !m.IDs[id] {
			return id
		}
	}
}
