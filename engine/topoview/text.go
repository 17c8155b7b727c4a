package topoview

import (
	"fmt"
	"strings"
)

// Text renders the view as plain text, for tests and screen readers: one
// line per container and per slot, indented by nesting, e.g.
//
//	socket 1
//	  core 0
//	    thread 0: hot-plugged, APIC ID 4, /machine/peripheral/cpu1
func (v View) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d of %d possible CPUs plugged (%s)", v.Machine, v.Plugged, v.Possible, v.CPUType)
	if v.GuestOnline > 0 {
		fmt.Fprintf(&b, ", %d online in the guest", v.GuestOnline)
	}
	b.WriteString("\n")
	if v.Kind == SPAPR {
		for _, s := range v.Slots {
			b.WriteString("core " + SlotText(v.Kind, s) + "\n")
		}
		return b.String()
	}
	for i, s := range v.Slots {
		newSocket := i == 0 || s.Socket != v.Slots[i-1].Socket
		newDie := newSocket || s.Die != v.Slots[i-1].Die
		newCore := newDie || s.Core != v.Slots[i-1].Core
		ind := "  "
		if newSocket {
			fmt.Fprintf(&b, "socket %d\n", s.Socket)
		}
		if v.ShowDies {
			if newDie {
				fmt.Fprintf(&b, "%sdie %d\n", ind, s.Die)
			}
			ind += "  "
		}
		if newCore {
			fmt.Fprintf(&b, "%score %d\n", ind, s.Core)
		}
		fmt.Fprintf(&b, "%s  thread %d: %s\n", ind, s.Thread, SlotText(v.Kind, s))
	}
	return b.String()
}

// SlotText describes one slot in a line (also the hover/focus text).
func SlotText(k Kind, s Slot) string {
	var b strings.Builder
	if k == SPAPR {
		fmt.Fprintf(&b, "%d: %s, core-id %d", s.Core, s.State, s.ArchID)
	} else {
		fmt.Fprintf(&b, "%s, APIC ID %d", s.State, s.ArchID)
	}
	if s.Node >= 0 {
		fmt.Fprintf(&b, ", node %d", s.Node)
	}
	if s.QOMPath != "" {
		b.WriteString(", " + s.QOMPath)
	}
	if s.GuestPresent {
		if s.GuestOnline {
			b.WriteString(", online in the guest")
		} else {
			b.WriteString(", offline in the guest")
		}
	}
	return b.String()
}
