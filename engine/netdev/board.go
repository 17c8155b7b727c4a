package netdev

import (
	"strconv"

	"hotpluglab/engine/board"
	"hotpluglab/engine/machine"
)

const extraKey = "netdev"

// Attach keeps a process's network with its machine (the monitor's
// `info network` reads it).
func (s *State) Attach(m *machine.Machine) { m.Extra[extraKey] = s }

// Of is a machine's network (nil when it has none).
func Of(m *machine.Machine) *State {
	s, _ := m.Extra[extraKey].(*State)
	return s
}

// NICsOf are the board's NIC devices as net clients.
func NICsOf(b *board.State) []NIC {
	var out []NIC
	for _, d := range b.NICs() {
		out = append(out, NIC{Name: b.NICName(d), Model: d.Type.Name, MAC: unquote(d, "mac"), Netdev: unquote(d, "netdev")})
	}
	return out
}

func unquote(d interface{ Prop(string) (string, bool) }, k string) string {
	v, _ := d.Prop(k)
	if u, err := strconv.Unquote(v); err == nil {
		return u
	}
	return v
}
