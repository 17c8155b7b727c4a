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
	for _, so := range v.Sockets {
		ind := ""
		if v.Kind == X86 {
			fmt.Fprintf(&b, "socket %d\n", so.ID)
			ind = "  "
		}
		for _, d := range so.Dies {
			dind := ind
			if v.ShowDies {
				fmt.Fprintf(&b, "%sdie %d\n", ind, d.ID)
				dind += "  "
			}
			for _, c := range d.Cores {
				if v.Kind == SPAPR {
					b.WriteString(dind + "core " + SlotText(v.Kind, c.Slots[0]) + "\n")
					continue
				}
				fmt.Fprintf(&b, "%score %d\n", dind, c.ID)
				for _, s := range c.Slots {
					fmt.Fprintf(&b, "%s  thread %d: %s\n", dind, s.Thread, SlotText(v.Kind, s))
				}
			}
		}
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
