package board

import (
	"errors"
	"fmt"

	"hotpluglab/engine/qdev"
)

// A virtio-mem-pci proxy aliases its virtio-mem's own QOM properties
// (virtio_mem_pci_instance_init): size, requested-size and block-size,
// which are no qdev properties but getters and setters that still work
// once the device is realized.

// virtioMemOf is the virtio-mem a virtio-mem-pci d holds (nil: none).
func (s *State) virtioMemOf(d *qdev.Device) *DIMM {
	for _, x := range s.dimms {
		if x.Dev == d && x.VirtioMem {
			return x
		}
	}
	return nil
}

// VirtioMemBlockSize is x's block-size: given, or the release's default.
func (s *State) VirtioMemBlockSize(x *DIMM) uint64 {
	if x.BlockSize != 0 {
		return x.BlockSize
	}
	return s.M.Release().VirtioMemBlockSize
}

// virtioMemGet reads those properties and the memdev link: size is what
// the guest plugged (nothing, without a guest driver), the others as set.
func (s *State) virtioMemGet(x *DIMM, prop string) (any, bool) {
	switch prop {
	case "size":
		return uint64(0), true
	case "requested-size":
		return x.RequestedSize, true
	case "block-size":
		return s.VirtioMemBlockSize(x), true
	case "memdev": // a link: its backend's path
		return "/objects/" + x.Memdev, true
	}
	return nil, false
}

// SetVirtioMem is qom-set of those properties on a realized virtio-mem-pci
// d; value reads the value as the property's visitor does (visit_type_size).
// handled is false where d is no virtio-mem-pci or prop none of them.
func (s *State) SetVirtioMem(d *qdev.Device, prop string, value func() (uint64, error)) (handled bool, err error) {
	x := s.virtioMemOf(d)
	if x == nil {
		return false, nil
	}
	switch prop {
	case "size": // the alias's target has a getter only
		return true, errors.New("Property 'virtio-mem.size' is not writable")
	case "block-size": // virtio_mem_set_block_size, before it reads the value
		return true, errors.New("'block-size' cannot be changed")
	case "requested-size":
	default:
		return false, nil
	}
	if d.UnplugPending {
		// virtio_mem_pci_set_requested_size: the guest could plug memory
		// before it handles the unplug.
		return true, errors.New("'requested-size' cannot be changed if the device is in the process of unplug")
	}
	v, err := value()
	if err != nil {
		return true, err
	}
	// virtio_mem_set_requested_size on a realized device
	if block := s.VirtioMemBlockSize(x); block != 0 && v%block != 0 {
		return true, fmt.Errorf("'requested-size' has to be multiples of 'block-size' (0x%x)", block)
	}
	if size, _ := s.memdevSize(x.Memdev); v > size {
		return true, fmt.Errorf("'requested-size' cannot exceed the memory backend size(0x%x)", size)
	}
	x.RequestedSize = v
	return true, nil
}
