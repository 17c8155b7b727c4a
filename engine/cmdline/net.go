package cmdline

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/netdev"
)

// nicBoard is the board whose recorded `-nic model=help` list applies,
// and its default NIC model (pc_nic_init, spapr's ibmveth).
func nicBoard(m *machine.Machine) (list, model string) {
	switch m.Type.Family {
	case machinetype.Q35:
		return "pc", "e1000e"
	case machinetype.PSeries:
		return "pseries", "spapr-vlan"
	}
	return "pc", "e1000"
}

// onBoardNICs makes the NICs -nic and -net nic asked for (the board's
// nd_table, after its own devices): the model's check and help, then the
// device on the board's bus, peered with its backend.
func onBoardNICs(m *machine.Machine, st *board.State, net *netdev.State, reg *board.Registry) error {
	for _, name := range net.Names() {
		reg.Netdevs[name] = true
	}
	if net.Help == "nic" {
		list, _ := nicBoard(m)
		return &exit{code: 0, stdout: m.Release().Text("nic-models-" + list + ".txt")}
	}
	if st == nil {
		return nil
	}
	list, def := nicBoard(m)
	known := map[string]string{}
	for _, l := range strings.Split(m.Release().Text("nic-models-"+list+".txt"), "\n")[1:] {
		if f := strings.Fields(l); len(f) > 0 {
			known[f[0]] = f[0]
			if len(f) == 3 { // "virtio-net-pci (aka virtio)"
				known[strings.TrimSuffix(f[2], ")")] = f[0]
			}
		}
	}
	known["virtio"] = "virtio-net-pci"
	if m.Release().NICModelsProbed {
		var models []string
		for _, l := range strings.Split(m.Release().Text("nic-models-"+list+".txt"), "\n")[1:] {
			if f := strings.Fields(l); len(f) > 0 {
				models = append(models, f[0])
			}
		}
		if err := st.ProbeNICModels(models); err != nil {
			return err
		}
	}
	if m.Type.Family == machinetype.ISAPC {
		return isapcNICs(m, st, net, known)
	}
	if m.Type.Family == machinetype.Microvm {
		// microvm makes no NIC of nd_table: a model asked for is not
		// created, with the warning; the default network's NIC is left
		// quietly (measured on both releases).
		for _, nd := range net.OnBoard {
			if nd.Model != "" {
				net.NotCreated(nd)
			}
		}
		return nil
	}
	if m.Type.Family == machinetype.PSeries { // spapr makes these itself, on its VIO bus
		known["spapr-vlan"], known["ibmveth"] = "spapr-vlan", "spapr-vlan"
	}
	onBoard := slices.Clone(net.OnBoard)
	if m.Type.Family == machinetype.PSeries && m.Release().SPAPRVIONICsFirst {
		slices.SortStableFunc(onBoard, func(a, b netdev.OnBoardNIC) int {
			vio := func(nd netdev.OnBoardNIC) int {
				if t := known[cmp.Or(nd.Model, def)]; t == "spapr-vlan" {
					return 0
				}
				return 1
			}
			return vio(a) - vio(b)
		})
	}
	for _, nd := range onBoard {
		model := nd.Model
		if model == "" {
			model = def
		}
		typ, ok := known[model]
		if !ok {
			if m.Release().NICUnknownModelWarns {
				net.NotCreated(nd)
				continue
			}
			return fmt.Errorf("Unsupported NIC model: %s", model)
		}
		arg := typ + ",netdev=" + nd.Netdev
		if nd.MAC != "" {
			arg += ",mac=" + nd.MAC
		}
		if typ == "virtio-net-pci" && nd.Vectors != "" {
			// qdev_set_nic_properties: -nic's NIC has no MSI-X vectors
			// (no MSI-X BAR), -net nic's those given (measured).
			arg += ",vectors=" + nd.Vectors
		}
		if err := st.AddNIC(arg); err != nil {
			return err
		}
	}
	return nil
}

// ne2kISAPorts are pc_init_ne2k_isa's iobase and IRQ for each ne2k_isa NIC
// in turn (ne2000_io, ne2000_irq).
var ne2kISAPorts = [][2]int{{0x300, 9}, {0x320, 10}, {0x340, 11}, {0x360, 3}, {0x280, 4}, {0x380, 5}}

// isapcNICs is pc_nic_init without PCI (measured on both releases): the
// default and ne2k_isa models become ne2k_isa cards; 7.2 refuses any other
// model (an unknown one first), 10.0 leaves it uncreated with a warning.
func isapcNICs(m *machine.Machine, st *board.State, net *netdev.State, known map[string]string) error {
	n := 0
	for _, nd := range net.OnBoard {
		model := nd.Model
		if model == "" {
			model = "ne2k_isa"
		}
		if model != "ne2k_isa" {
			switch {
			case m.Release().NICUnknownModelWarns:
				net.NotCreated(nd)
				continue
			case known[model] == "":
				return fmt.Errorf("Unsupported NIC model: %s", model)
			}
			return errors.New("No primary PCI bus")
		}
		if n >= len(ne2kISAPorts) {
			continue
		}
		arg := fmt.Sprintf("ne2k_isa,netdev=%s,iobase=0x%x,irq=%d", nd.Netdev, ne2kISAPorts[n][0], ne2kISAPorts[n][1])
		n++
		if nd.MAC != "" {
			arg += ",mac=" + nd.MAC
		}
		if err := st.AddNIC(arg); err != nil {
			return err
		}
	}
	return nil
}
