package board

import (
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
)

// NativePCIeSlot: a device on bus b sits in a PCIe slot the guest's
// pciehp drives.
func (s *State) NativePCIeSlot(b *qdev.Bus) bool { return s.nativePCIeHotplug(b) }

// RootBuses are the host bridges' PCI buses, the first host bridge's first.
func (s *State) RootBuses() []*qdev.Bus {
	var out []*qdev.Bus
	for _, h := range s.Tree.Root.Children {
		for _, b := range h.Buses {
			if pci.BusOf(b) != nil {
				out = append(out, b)
			}
		}
	}
	return out
}

// GuestPCIEject is the guest's _EJ0 on an ACPI PCI hotplug slot, or
// pciehp powering a slot off: the device asked for goes
// (acpi_pcihp_eject_slot, pcie_cap_slot_write_config).
func (s *State) GuestPCIEject(d *qdev.Device) {
	if s == nil || d == nil || !d.UnplugPending {
		return
	}
	d.UnplugPending = false
	s.remove(d)
}
