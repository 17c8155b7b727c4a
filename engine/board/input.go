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

// Mice is query-mice: the mice, last registered first; ok false where
// the board's own handlers were not measured.
func (s *State) Mice() ([]MouseInfo, bool) {
	_, ps2, ok := s.inputBase()
	if !ok {
		return nil, false
	}
	var l []MouseInfo
	if ps2 {
		l = append(l, MouseInfo{Name: "QEMU PS/2 Mouse", Index: 2, Current: true})
	}
	for _, h := range s.inputs {
		if h.kind.mouse {
			l = append(l, MouseInfo{Name: h.kind.name, Index: h.index, Current: len(l) == 0, Absolute: h.kind.absolute})
		}
	}
	for i, j := 0, len(l)-1; i < j; i, j = i+1, j-1 {
		l[i], l[j] = l[j], l[i]
	}
	return l, true
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
