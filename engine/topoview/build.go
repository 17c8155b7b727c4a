package topoview

import (
	"strconv"

	"hotpluglab/engine/machine"
)

// GuestView is what the guest reports of one slot; nil when there is no guest model.
type GuestView func(slot int) (present, online bool)

// FromMachine computes the view of a machine. guest may be nil. It runs
// after every input, so it builds no strings per slot: commands are made
// when asked for (Command).
func FromMachine(m *machine.Machine, guest GuestView) View {
	v := View{Kind: X86, Machine: m.Type.Name, CPUType: m.CPUType, Possible: len(m.Slots), ShowDies: m.Topology.Dies > 1}
	if m.IsSPAPR() {
		v.Kind = SPAPR
	}
	v.NextID = nextFreeID(m, v.Kind)
	v.Slots = make([]Slot, len(m.Slots))
	for i, s := range m.Slots {
		p := m.SlotProps(i)
		sl := Slot{Index: i, ArchID: s.ArchID, Socket: p.Socket, Die: p.Die, Core: p.Core, Thread: p.Thread, Node: p.Node, State: Empty}
		if sl.Die < 0 {
			sl.Die = 0
		}
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
			v.Plugged++
		}
		if guest != nil {
			sl.GuestPresent, sl.GuestOnline = guest(i)
			if sl.GuestOnline {
				v.GuestOnline++
			}
		}
		v.Slots[i] = sl
	}
	return v
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
