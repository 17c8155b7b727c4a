package topoview

import (
	"fmt"
	"strings"

	"hotpluglab/engine/machine"
)

// GuestView is what the guest reports of one slot; nil when there is no guest model.
type GuestView func(slot int) (present, online bool)

// FromMachine computes the view of a machine. guest may be nil.
func FromMachine(m *machine.Machine, guest GuestView) View {
	v := View{Kind: X86, Machine: m.Type.Name, CPUType: m.CPUType, Possible: len(m.Slots), ShowDies: m.Topology.Dies > 1}
	if m.IsSPAPR() {
		v.Kind = SPAPR
	}
	next := nextFreeID(m, v.Kind)
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
			if i != 0 { // the boot CPU (core) can never be unplugged
				target := c.ID
				if target == "" {
					target = c.QOMPath
				}
				sl.Command = "device_del " + target
			}
		} else {
			sl.Command = addCommand(m, v.Kind, sl, next)
		}
		if guest != nil {
			sl.GuestPresent, sl.GuestOnline = guest(i)
			if sl.GuestOnline {
				v.GuestOnline++
			}
		}
		v.place(sl)
	}
	return v
}

// addCommand is the exact device_add that fills an empty slot.
func addCommand(m *machine.Machine, k Kind, s Slot, id string) string {
	if k == SPAPR {
		return fmt.Sprintf("device_add %s,id=%s,core-id=%d", m.CPUType, id, s.Core)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "device_add %s,id=%s,socket-id=%d", m.CPUType, id, s.Socket)
	if m.Topology.Dies > 1 {
		fmt.Fprintf(&b, ",die-id=%d", s.Die)
	}
	fmt.Fprintf(&b, ",core-id=%d,thread-id=%d", s.Core, s.Thread)
	return b.String()
}

// nextFreeID picks the first of cpu1, cpu2, ... (core1, ... on sPAPR) not in use.
func nextFreeID(m *machine.Machine, k Kind) string {
	prefix := "cpu"
	if k == SPAPR {
		prefix = "core"
	}
	for n := 1; ; n++ {
		id := fmt.Sprintf("%s%d", prefix, n)
		if !m.IDs[id] {
			return id
		}
	}
}

// place files a slot under its socket/die/core (sPAPR: one core per slot,
// all in socket 0).
func (v *View) place(s Slot) {
	sock, die := s.Socket, s.Die
	if v.Kind == SPAPR {
		sock, die = 0, 0
	}
	if n := len(v.Sockets); n == 0 || v.Sockets[n-1].ID != sock {
		v.Sockets = append(v.Sockets, Socket{ID: sock})
	}
	so := &v.Sockets[len(v.Sockets)-1]
	if n := len(so.Dies); n == 0 || so.Dies[n-1].ID != die {
		so.Dies = append(so.Dies, Die{ID: die})
	}
	d := &so.Dies[len(so.Dies)-1]
	if n := len(d.Cores); n == 0 || d.Cores[n-1].ID != s.Core || v.Kind == SPAPR {
		d.Cores = append(d.Cores, Core{ID: s.Core})
	}
	c := &d.Cores[len(d.Cores)-1]
	c.Slots = append(c.Slots, s)
}
