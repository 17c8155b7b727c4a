package board

import (
	"fmt"

	"hotpluglab/engine/pci"
)

// UnplugRequest is qdev_unplug for a device of the tree at a QOM path:
// handled is false when no such device exists. A PCI device on a
// hotpluggable bus gets the request (the guest answers it; until then a
// second request is refused); other devices and buses refuse as QEMU does.
func (s *State) UnplugRequest(path string) (handled bool, err error) {
	d := s.Tree.FindByPath(path)
	if d == nil {
		return false, nil
	}
	if d.Bus != nil && !d.Bus.Hotpluggable {
		return true, fmt.Errorf("Bus '%s' does not support hotplugging", d.Bus.Name)
	}
	if !d.Type.Hotpluggable() {
		return true, fmt.Errorf("Device '%s' does not support hotplugging", d.Type.Name)
	}
	if d.Bus == nil || !pci.IsPCIBus(d.Bus.Type) {
		// Buses whose unplug is immediate (USB, SCSI, virtio-serial) are
		// not modelled yet: say so rather than pretend.
		return true, fmt.Errorf("hotpluglab: device_del of '%s' is not simulated", d.Type.Name)
	}
	if d.UnplugPending {
		return true, fmt.Errorf("Device %s is already in the process of unplug", d.ID)
	}
	d.UnplugPending = true
	return true, nil
}
