package board

import (
	"fmt"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
)

// The input handlers (ui/input.c): every keyboard and mouse a device
// registers gets the next index, never reused. Measured (info mice):
// x86 boards register three before any -device (their PS/2 mouse is #2
// and stays the current mouse), pseries one (no mouse); the current mouse
// is otherwise the first registered.

type inputKind struct {
	name            string
	mouse, absolute bool
}

var inputTypes = map[string]inputKind{
	"usb-kbd": {name: "QEMU HID Keyboard"}, "usb-mouse": {"QEMU HID Mouse", true, false},
	"usb-tablet":          {"QEMU HID Tablet", true, true},
	"virtio-keyboard-pci": {name: "QEMU Virtio Keyboard"}, "virtio-keyboard-device": {name: "QEMU Virtio Keyboard"},
	"virtio-mouse-pci": {"QEMU Virtio Mouse", true, false}, "virtio-mouse-device": {"QEMU Virtio Mouse", true, false},
	"virtio-tablet-pci": {"QEMU Virtio Tablet", true, true}, "virtio-tablet-device": {"QEMU Virtio Tablet", true, true},
}

type inputHandler struct {
	dev   *qdev.Device
	index int
	kind  inputKind
}

// inputBase is the next handler index before any device, and the board's
// own mouse (index -1: none); ok false where it was not measured.
func (s *State) inputBase() (next int, ps2 bool, ok bool) {
	switch s.M.Type.Family {
	case machinetype.PC, machinetype.Q35, machinetype.ISAPC:
		if s.M.PropOff("i8042") { // no PS/2 keyboard and mouse
			return 1, false, true
		}
		return 3, true, true
	case machinetype.PSeries, machinetype.Microvm: // microvm has no i8042 (measured: a virtio tablet is #1)
		return 1, false, true
	}
	return 0, false, false
}

func (s *State) registerInput(d *qdev.Device) {
	k, ok := inputTypes[d.Type.Name]
	if !ok {
		return
	}
	if !s.inputStarted {
		s.inputNext, _, _ = s.inputBase()
		s.inputStarted = true
	}
	s.inputs = append(s.inputs, inputHandler{d, s.inputNext, k})
	s.inputNext++
}

func (s *State) unregisterInput(d *qdev.Device) {
	for i, h := range s.inputs {
		if h.dev == d {
			s.inputs = append(s.inputs[:i:i], s.inputs[i+1:]...)
			return
		}
	}
}

// MouseInfo is query-mice's MouseInfo.
type MouseInfo struct {
	Name     string
	Index    int
	Current  bool
	Absolute bool
}

// ps2MouseIndex is the x86 boards' own PS/2 mouse's handler index.
const ps2MouseIndex = 2

// mouseList is the mouse handlers in ui/input.c's list order: registered
// at the tail, moved to the head when mouse_set activates one.
func (s *State) mouseList(ps2 bool) []MouseInfo {
	var all []MouseInfo
	if ps2 {
		all = append(all, MouseInfo{Name: "QEMU PS/2 Mouse", Index: ps2MouseIndex})
	}
	for _, h := range s.inputs {
		if h.kind.mouse {
			all = append(all, MouseInfo{Name: h.kind.name, Index: h.index, Absolute: h.kind.absolute})
		}
	}
	var l []MouseInfo
	for _, i := range s.inputFront {
		for _, m := range all {
			if m.Index == i {
				l = append(l, m)
			}
		}
	}
	for _, m := range all {
		if !containsInt(s.inputFront, m.Index) {
			l = append(l, m)
		}
	}
	return l
}

func containsInt(l []int, v int) bool {
	for _, x := range l {
		if x == v {
			return true
		}
	}
	return false
}

// Mice is query-mice: the first mouse of the list is the current one, and
// the reply lists them in reverse (QAPI_LIST_PREPEND); ok false where the
// board's own handlers were not measured.
func (s *State) Mice() ([]MouseInfo, bool) {
	_, ps2, ok := s.inputBase()
	if !ok {
		return nil, false
	}
	l := s.mouseList(ps2)
	if len(l) > 0 {
		l[0].Current = true
	}
	for i, j := 0, len(l)-1; i < j; i, j = i+1, j-1 {
		l[i], l[j] = l[j], l[i]
	}
	return l, true
}

// MouseSet is qemu_mouse_set: found is false when no handler has index;
// notMouse names a handler that takes no pointer events. A mouse is
// activated: moved to the head of the list, so it becomes the current one.
func (s *State) MouseSet(index int) (found bool, notMouse string, ok bool) {
	_, ps2, ok := s.inputBase()
	if !ok {
		return false, "", false
	}
	isMouse := ps2 && index == ps2MouseIndex
	found = isMouse
	if ps2 && index == ps2MouseIndex-1 {
		found, notMouse = true, "QEMU PS/2 Keyboard"
	}
	for _, h := range s.inputs {
		if h.index == index {
			found, isMouse = true, h.kind.mouse
			if !isMouse {
				notMouse = h.kind.name
			}
		}
	}
	if !found || !isMouse {
		return found, notMouse, true
	}
	front := []int{index}
	for _, i := range s.inputFront {
		if i != index {
			front = append(front, i)
		}
	}
	s.inputFront = front
	return true, "", true
}

// InfoMice is hmp_info_mice.
func InfoMice(l []MouseInfo) string {
	if len(l) == 0 {
		return "No mouse devices connected\n"
	}
	out := ""
	for _, m := range l {
		c, abs := ' ', ""
		if m.Current {
			c = '*'
		}
		if m.Absolute {
			abs = " (absolute)"
		}
		out += fmt.Sprintf("%c Mouse #%d: %s%s\n", c, m.Index, m.Name, abs)
	}
	return out
}
