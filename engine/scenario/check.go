package scenario

import (
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/session"
	"hotpluglab/engine/slots"
	"hotpluglab/engine/topoview"
)

// Check is one condition on the state. Forms:
//
//	slot socket-id=1,core-id=0,thread-id=0 is hot-plugged   (states: empty, plugged, boot, hot-plugged, cold-plugged, unplug-pending)
//	id cpu1 is present | id cpu1 is absent
//	guest online 3                                          (CPUs online in the guest)
//	event DEVICE_DELETED                                    (seen during this step)
//	error "core 2 already populated"                        (an error shown during this step, monitor or start-up)
//	output "Hotpluggable CPUs:"                             (text printed during this step)
//	started | not started
type Check struct {
	Kind  string
	Props slots.Props
	State string
	ID    string
	N     int
	Text  string
	Line  int
	Src   string
}

var slotStates = map[string]bool{"empty": true, "plugged": true, "boot": true, "hot-plugged": true, "cold-plugged": true, "unplug-pending": true}

// ParseCheck reads one check.
func ParseCheck(s string) (Check, error) {
	c := Check{Src: s}
	f := strings.Fields(s)
	if len(f) == 0 {
		return c, fmt.Errorf("empty check")
	}
	c.Kind = f[0]
	switch f[0] {
	case "slot":
		if len(f) != 4 || f[2] != "is" || !slotStates[f[3]] {
			return c, fmt.Errorf("check %q: write \"slot socket-id=1,core-id=0,thread-id=0 is hot-plugged\" (states: empty, plugged, boot, hot-plugged, cold-plugged, unplug-pending)", s)
		}
		c.Props = slots.NoProps
		for _, kv := range strings.Split(f[1], ",") {
			k, v, ok := strings.Cut(kv, "=")
			n, err := strconv.Atoi(v)
			if !ok || err != nil || n < 0 {
				return c, fmt.Errorf("check %q: %q is not prop=number", s, kv)
			}
			switch k {
			case "socket-id":
				c.Props.Socket = n
			case "die-id":
				c.Props.Die = n
			case "core-id":
				c.Props.Core = n
			case "thread-id":
				c.Props.Thread = n
			case "node-id":
				c.Props.Node = n
			default:
				return c, fmt.Errorf("check %q: unknown property %q (socket-id, die-id, core-id, thread-id, node-id)", s, k)
			}
		}
		c.State = f[3]
	case "id":
		if len(f) != 4 || f[2] != "is" || (f[3] != "present" && f[3] != "absent") {
			return c, fmt.Errorf("check %q: write \"id cpu1 is present\" or \"id cpu1 is absent\"", s)
		}
		c.ID, c.State = f[1], f[3]
	case "guest":
		n := -1
		if len(f) == 3 && f[1] == "online" {
			n, _ = strconv.Atoi(f[2])
		}
		if n < 0 {
			return c, fmt.Errorf("check %q: write \"guest online 3\"", s)
		}
		c.N = n
	case "event":
		if len(f) != 2 || strings.ToUpper(f[1]) != f[1] {
			return c, fmt.Errorf("check %q: write \"event DEVICE_DELETED\"", s)
		}
		c.Text = f[1]
	case "error", "output":
		rest := strings.TrimSpace(s[len(f[0]):])
		t, err := strconv.Unquote(rest)
		if err != nil || t == "" {
			return c, fmt.Errorf("check %q: the text must be in double quotes", s)
		}
		c.Text = t
	case "started":
		if len(f) != 1 {
			return c, fmt.Errorf("check %q: write \"started\" or \"not started\"", s)
		}
	case "not":
		if len(f) != 2 || f[1] != "started" {
			return c, fmt.Errorf("check %q: write \"started\" or \"not started\"", s)
		}
		c.Kind = "not started"
	default:
		return c, fmt.Errorf("unknown check %q (slot, id, guest online, event, error, output, started, not started)", f[0])
	}
	return c, nil
}

// StepLog is what happened during the current step: outputs and errors shown.
type StepLog struct {
	Output string   // the last MaxStepOutput bytes printed (Add)
	Events []string // event names, each once (AddEvent)
	seen   map[string]bool
}

// Holds evaluates the check.
func (c Check) Holds(s *session.Session, log StepLog) bool {
	switch c.Kind {
	case "started":
		return s.Started()
	case "not started":
		return !s.Started()
	case "output", "error":
		for _, n := range c.needles() {
			if log.contains(n) {
				return true
			}
		}
		return false
	case "event":
		for _, e := range log.Events {
			if e == c.Text {
				return true
			}
		}
		return false
	}
	if !s.Started() {
		return false
	}
	v := s.Topology()
	switch c.Kind {
	case "guest":
		return v.GuestOnline == c.N
	case "id":
		found := false
		eachSlot(v, func(sl topoview.Slot) {
			if sl.ID == c.ID {
				found = true
			}
		})
		return found == (c.State == "present")
	case "slot":
		ok := false
		eachSlot(v, func(sl topoview.Slot) {
			if !matches(c.Props, sl) {
				return
			}
			switch c.State {
			case "plugged":
				ok = sl.State != topoview.Empty
			default:
				ok = string(sl.State) == c.State
			}
		})
		return ok
	}
	return false
}

func matches(p slots.Props, s topoview.Slot) bool {
	return (p.Socket < 0 || p.Socket == s.Socket) && (p.Die < 0 || p.Die == s.Die) &&
		(p.Core < 0 || p.Core == s.Core) && (p.Thread < 0 || p.Thread == s.Thread) && (p.Node < 0 || p.Node == s.Node)
}

func eachSlot(v topoview.View, f func(topoview.Slot)) {
	for _, s := range v.Slots {
		f(s)
	}
}
