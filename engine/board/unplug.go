package board

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/object"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/usb"
)

// UnplugRequest is qdev_unplug for a device of the tree at a QOM path:
// handled is false when no such device exists. A PCI device on a
// hotpluggable bus gets the request (the guest answers it; until then a
// second request is refused); a device whose bus has no handshake (USB,
// SCSI, virtio-serial), or a pseries PCI device the guest never configured,
// goes at once; other devices and buses refuse as QEMU does.
func (s *State) UnplugRequest(name, path string) (handled bool, err error) {
	d := s.findQOM(path)
	if d == nil {
		return false, nil
	}
	if s.isPHB(d.Type.Name) {
		return true, s.phbUnplugRequest(d)
	}
	busErr := d.Bus != nil && !d.Bus.Hotpluggable
	devErr := !d.Type.Hotpluggable()
	// A user-creatable type that refuses hotplug says so in its class
	// (dc->hotpluggable = false): on 10.0 that comes before the bus on any
	// bus (measured: intel-iommu on main-system-bus).
	classRefuses := d.Type.UserCreatable() && devErr
	// The board's own PCI devices (mch, ICH9-LPC) still meet the bus
	// first (measured on 10.0).
	deviceFirst := s.M.Release().UnplugChecksDeviceFirst && d.Bus != nil && (pci.IsPCIBus(d.Bus.Type) && d.Type.UserCreatable() || classRefuses)
	if busErr && !(devErr && deviceFirst) {
		return true, fmt.Errorf("Bus '%s' does not support hotplugging", d.Bus.Name)
	}
	if devErr {
		return true, fmt.Errorf("Device '%s' does not support hotplugging", d.Type.Name)
	}
	for _, x := range s.pmems {
		if x.Dev == d { // the machine's unplug_request of a virtio-pmem
			return true, errors.New(s.M.Release().VirtioPMEMUnplugRefusal)
		}
	}
	for i, x := range s.dimms {
		if x.Dev != d {
			continue
		}
		if x.VirtioMem {
			// The PCI function is unplugged as any other, if the
			// release lets a virtio-mem go at all.
			if !s.M.Release().VirtioMemUnplug {
				return true, errors.New("virtio based memory devices cannot be unplugged.")
			}
			// virtio_mem_unplug_request_check: unplugged memory must be
			// inaccessible to the guest first.
			if v, _ := d.Prop("unplugged-inaccessible"); v == `"off"` {
				return true, errors.New("virtio-mem device cannot get unplugged while 'unplugged-inaccessible' != 'on'")
			}
			if x.RequestedSize != 0 {
				return true, errors.New("virtio-mem device cannot get unplugged while 'requested-size' != '0'")
			}
			break
		}
		if x.NVDIMM {
			// spapr_memory_unplug_request, pc_memory_unplug_request.
			return true, errors.New("nvdimm device hot unplug is not supported yet.")
		}
		if s.M.IsSPAPR() && !s.GuestConfiguresDRCs && d.Hotplugged {
			// spapr_memory_unplug_request: LMB DRCs no guest configured
			// detach at once, and the DIMM goes with its event.
			s.dimms = append(s.dimms[:i:i], s.dimms[i+1:]...)
			object.Release(s.M, x.Memdev)
			s.removeBusless(d)
			return true, nil
		}
		if s.M.IsSPAPR() && x.UnplugRequested {
			return true, fmt.Errorf("Memory unplug already in progress for device %s", name)
		}
		// A cold-plugged DIMM's LMBs were configured at reset: the guest
		// must release them (spapr) or is asked to (ACPI).
		// acpi_memory_unplug_request_cb: the guest is asked (again
		// each time: no pending state refuses a second request).
		x.UnplugRequested = true
		s.memhpUnplugRequest(x)
		return true, nil
	}
	spaprPCI := s.M.IsSPAPR() && d.Bus != nil && pci.IsPCIBus(d.Bus.Type)
	if spaprPCI && !d.UnplugPending && len(d.Buses) > 0 && pci.IsPCIBus(d.Buses[0].Type) {
		// spapr_pci_unplug_request refuses a bridge (pc->is_bridge)
		// before it asks the guest (measured on both releases).
		return true, errors.New("PCI: Hot unplug of PCI bridges not supported")
	}
	if d.UnplugPending {
		if spaprPCI {
			// spapr_pci_unplug_request refuses a second request itself
			// (its DRC's, naming the device's id): qdev_unplug's
			// pending_deleted_event is ACPI's and pciehp's, not set here.
			id := d.ID
			if id == "" {
				id = "(null)" // the C library's printf of a NULL id
			}
			return true, fmt.Errorf("PCI device unplug already in progress for device %s", id)
		}
		return true, fmt.Errorf("Device %s is already in the process of unplug", name)
	}
	if s.unplugsAtOnce(d) {
		s.remove(d)
		return true, nil
	}
	if d.Bus == nil || !pci.IsPCIBus(d.Bus.Type) {
		return true, fmt.Errorf("hotpluglab: device_del of '%s' is not simulated", d.Type.Name)
	}
	if s.shpcHotplug(d.Bus) {
		// shpc_device_unplug_request_cb asks the guest and marks nothing
		// pending: a repeat asks again (measured on both releases).
		return true, nil
	}
	d.UnplugPending = true
	return true, nil
}

// DeviceAt is the device at a QOM path: in the tree, a memory device (on
// no bus), or unplugged but not finalized yet (the block layer still names
// it as holding its drive).
func (s *State) DeviceAt(path string) *qdev.Device {
	if d := s.Tree.FindByPath(path); d != nil {
		return d
	}
	for _, m := range s.dimms { // a memory device sits on no bus
		if m.Dev.Path == path {
			return m.Dev
		}
	}
	if d := s.busless(path); d != nil { // spapr-rng, vmcoreinfo
		return d
	}
	return s.finalizing[path]
}

// Unparented says whether the device at a QOM path was unplugged but is
// not finalized yet: it has left the tree (object_unparent), so it has no
// canonical path any more, while the block layer still holds it.
func (s *State) Unparented(path string) bool {
	return s.finalizing[path] != nil && s.Tree.FindByPath(path) == nil
}

// VirtioBackendAt is a virtio proxy's backend by its path (the proxy's,
// then "/virtio-backend"); nil for none.
func (s *State) VirtioBackendAt(path string) *qdev.Device {
	proxy, ok := strings.CutSuffix(path, "/virtio-backend")
	if !ok {
		return nil
	}
	return virtioBackendOf(s.DeviceAt(proxy))
}

// virtioBackendOf is a virtio proxy's backend child (nil for none).
func virtioBackendOf(d *qdev.Device) *qdev.Device {
	if d == nil {
		return nil
	}
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if isVirtioBackend(b, c) {
				return c
			}
		}
	}
	return nil
}

// findQOM is the device at a canonical path.
func (s *State) findQOM(path string) *qdev.Device {
	var found *qdev.Device
	s.Tree.Walk(func(d *qdev.Device) {
		// The recorded board devices answer from their recording
		// (hotplug's otherDeviceDel).
		if found == nil && !d.Internal && devicePath(d) == path && !s.recordedBoardDevice(d) {
			found = d
		}
	})
	if found == nil { // bus-less devices (pc-dimm) sit outside the tree
		found = s.busless(path)
	}
	return found
}

// unplugsAtOnce: the bus's hotplug handler unplugs without asking anyone
// (qdev_simple_device_unplug_cb), or the device sits behind a pseries DRC
// still in its empty state: hot-plugged and never configured by a guest.
func (s *State) unplugsAtOnce(d *qdev.Device) bool {
	if d.Bus == nil {
		return false
	}
	switch d.Bus.Type {
	case "usb-bus", "SCSI", "virtio-serial-bus":
		return true
	}
	if s.nativePCIeHotplug(d.Bus) && d.Hotplugged && !s.GuestConfiguresDRCs {
		// pcie_cap_slot_unplug_request_cb: a slot no guest powered on
		// (the device came after reset) is emptied at once.
		return true
	}
	if s.shpcHotplug(d.Bus) && d.Hotplugged && !s.GuestConfiguresDRCs {
		// shpc_device_unplug_request_cb: a slot no guest enabled (the
		// device came after reset) is emptied at once.
		return true
	}
	// pseries: the Linux guest configures no hot-plugged PCI DRC either
	// (no drmgr in it; measured: g3-ps-e1000-del).
	return pci.IsPCIBus(d.Bus.Type) && s.M.IsSPAPR() && isRootBus(s, d.Bus) && d.Hotplugged
}

// shpcHotplug: the bus is a pci-bridge's whose hotplug is its SHPC's, not
// the board's ACPI.
func (s *State) shpcHotplug(b *qdev.Bus) bool {
	if b == nil || b.Parent == nil || s.acpiBridgeHotplug() {
		return false
	}
	if s.M.IsSPAPR() {
		// spapr_pci_bridge_plug makes the PHB its bridges' buses' hotplug
		// handler: their devices unplug through DRCs (measured: a second
		// request is refused as on the root bus).
		return false
	}
	if b.Parent.Type.Name == "pcie-pci-bridge" {
		return true // its SHPC is always there (measured: pc-q35-6.0)
	}
	if b.Parent.Type.Name != "pci-bridge" {
		return false
	}
	v, _ := b.Parent.Prop("shpc")
	return v != "false"
}

// nativePCIeHotplug: the bus is a PCI Express port's slot whose hotplug is
// the port's own (pciehp), not ACPI's: q35 before 6.1, or with ICH9-LPC's
// acpi-pci-hotplug-with-bridge-support turned off (measured on both
// releases).
func (s *State) nativePCIeHotplug(b *qdev.Bus) bool {
	if b == nil || s.M.Type.Family != machinetype.Q35 || b.Type != "PCIE" || b.Parent == nil || isRootBus(s, b) {
		return false
	}
	switch b.Parent.Type.Name {
	case "pcie-root-port", "ioh3420", "xio3130-downstream":
	default:
		return false
	}
	return !s.ich9ACPIPCIHotplug()
}

// ich9ACPIPCIHotplug: q35's ICH9-LPC does ACPI PCI hotplug (from q35 6.1,
// unless a -global turns it off).
func (s *State) ich9ACPIPCIHotplug() bool {
	acpi, given := s.userGlobalBool("ICH9-LPC", "acpi-pci-hotplug-with-bridge-support")
	if !given {
		acpi = !s.M.Type.VersionAtMost(6, 0)
	}
	return acpi
}

// rcuDelay is how many further monitor requests pass before an unplugged
// device's DEVICE_DELETED events arrive. QEMU sends them as the device is
// finalized, from an RCU callback, and its RCU thread lets callbacks pile
// up for some 50 ms first: with the recorder's quick requests they show
// after its last step (within 20 ms they never come: r42m-dd-*-s02),
// unless a request waits for the callbacks before that (a device_add that
// fails, system_reset, on 7.2 a PCI device's device_add: the monitor
// drains them). Measured: r41m-dd- cases; r42m re-recorded every probe_mix
// case with a device_del three more times per release: on both releases
// the cases whose event came at a light request vary from recording to
// recording (left out of the corpus), those that hold follow this. A USB
// device's, a virtio serial port's, a PHB's and one in a native PCIe or
// SHPC slot wait on both releases.
func (s *State) rcuDelay(d *qdev.Device) int {
	if s.resetting {
		return untilDrained
	}
	drive, _ := d.Prop("drive")
	slow := d.Bus != nil && (d.Bus.Type == "usb-bus" || d.Bus.Type == "virtio-serial-bus")
	if slow || d.Type.Name == phbType || s.nativePCIeHotplug(d.Bus) || s.shpcHotplug(d.Bus) {
		return untilDrained
	}
	hasDrive := strings.Trim(drive, `"`) != ""
	if s.M.Release().FinalizeAtDrain && (hasDrive || s.M.IsSPAPR()) {
		return untilDrained
	}
	if hasDrive {
		return 3
	}
	return 1
}

// BalloonUnplugPending says whether a virtio-balloon-pci (any of its
// transitional variants) waits for the guest to complete its unplug.
func (s *State) BalloonUnplugPending() bool {
	found := false
	s.Tree.Walk(func(d *qdev.Device) {
		found = found || d.UnplugPending && strings.HasPrefix(d.Type.Name, "virtio-balloon-pci")
	})
	return found
}

// untilDrained is a delay no session reaches: the event waits for a
// request that drains the RCU callbacks, or for the end.
const untilDrained = 1 << 30

// remove takes a device out of the tree at once (object_unparent): its
// place on its bus, its id and QOM name, the backends it held; then its
// DEVICE_DELETED events, its internal children's first.
func (s *State) remove(d *qdev.Device) {
	delay := s.rcuDelay(d)
	kept := neverFinalized(d)
	if f := pci.Of(d); kept && f != nil {
		s.leftRAM[vramBlock(d.Bus, f)] = true
	}
	if u := usb.Of(d); u != nil && u.Port != nil {
		// A hub takes the devices behind it along, theirs first.
		ub := usb.BusOf(d.Bus)
		for _, c := range ub.DevicesBelow(u.Port.Path) {
			s.remove(c)
		}
		ub.RemovePorts(u.Port.Path)
	}
	if f := pci.Of(d); f != nil {
		pci.BusOf(d.Bus).Free(f.DevFn)
	}
	if u := usb.Of(d); u != nil && u.Port != nil {
		usb.BusOf(d.Bus).Release(u.Port)
	}
	for i, x := range s.dimms { // a virtio-mem's region
		if x.Dev == d {
			s.dimms = slices.Delete(s.dimms, i, i+1)
			object.Release(s.M, x.Memdev)
			break
		}
	}
	type backendProp struct {
		name    string
		release func(string)
	}
	props := []backendProp{{"netdev", s.Backends.ReleaseNetdev}, {"chardev", s.Backends.ReleaseChardev}, {"drive", s.Backends.ReleaseDrive}}
	for _, name := range portChardevs {
		props = append(props, backendProp{name, s.Backends.ReleaseChardev})
	}
	for _, p := range props {
		v, ok := d.Prop(p.name)
		if p.name == "drive" && d.Type.Name == "usb-storage" {
			v, ok = usbStorageHeldDrive(d)
		}
		if ok {
			if id := strings.Trim(v, `"`); id != "" && s.Backends != nil {
				if p.name != "netdev" {
					// A chardev or drive property lets go when the device
					// is finalized: after the request its DEVICE_DELETED
					// comes with (measured on both releases; `info block`
					// right after device_del still shows the drive
					// attached).
					release := p.release
					autoDel := p.name == "drive" && marksAutoDel(d)
					s.M.Deferred(func() {
						release(id)
						if autoDel {
							block.Of(s.M).AutoDel(id)
						}
					}, delay+1)
					s.finalizing[d.Path] = d
					s.M.Deferred(func() { delete(s.finalizing, d.Path) }, delay+1)
					continue
				}
				p.release(id)
			}
		}
	}
	d.Bus.Detach(d)
	s.setFull(d.Bus)
	s.unregister(d)
	s.macFree(d)
	delete(s.nicNames, d)
	s.unregisterInput(d)
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal && strings.HasPrefix(b.Type, "virtio-") && b.Type != "virtio-serial-bus" {
				s.M.EmitDeferredEvent("DEVICE_DELETED", qjson.O("path", d.Path+"/virtio-backend"), delay)
			}
			// usb-storage's own SCSI disk (scsi_bus_legacy_add_drive's
			// legacy[0]) goes first (measured on both releases).
			if c.Internal && d.Type.Name == "usb-storage" && b.Type == "SCSI" {
				s.M.EmitDeferredEvent("DEVICE_DELETED", qjson.O("path", fmt.Sprintf("%s/%s/legacy[0]", d.Path, b.Name)), delay)
			}
		}
	}
	if d.Type.Name == phbType {
		// Its two IOMMU tables go with it, finalized first.
		for n := 0; n < 2; n++ {
			s.M.EmitDeferredEvent("DEVICE_DELETED", qjson.O("path", fmt.Sprintf("%s/tce-table-%x", d.Path, phbLIOBN(phbIndex(d), n))), delay)
		}
	}
	if !kept {
		s.M.EmitDeferredEvent("DEVICE_DELETED", deletedData(d), delay)
	}
}

// neverFinalized: something keeps a reference to the unplugged device for
// good, so it is unparented (its id and slot are free) but never
// finalized: no DEVICE_DELETED, and its RAMBlock stays registered.
// Measured on both releases (r50m-display-*): bochs-display, ejected at
// reset, unplugged at once on pseries and in a pc-q35-5.2 root port; a
// secondary-vga and an e1000 beside it are finalized.
func neverFinalized(d *qdev.Device) bool { return d.Type.Name == "bochs-display" }

// vramBlock is the idstr of a bochs-display's video RAM at function f on
// bus (qemu_ram_alloc names it by the device's path).
func vramBlock(bus *qdev.Bus, f *pci.Function) string {
	return pci.DevPath(bus, f) + "/bochs-display-vram"
}

// marksAutoDel: the device's unrealize marks its drive for deletion with
// it (blockdev_mark_auto_del: virtio_blk_device_unrealize,
// scsi_qdev_unrealize; usb-storage's drive is its SCSI disk's).
func marksAutoDel(d *qdev.Device) bool {
	switch strings.TrimSuffix(strings.TrimSuffix(d.Type.Name, "-non-transitional"), "-transitional") {
	case "virtio-blk-pci", "virtio-blk-device", "scsi-hd", "scsi-cd", "scsi-block", "scsi-generic", "usb-storage":
		return true
	}
	return false
}

// usbStorageHeldDrive is the drive a usb-storage handed to its own SCSI
// disk (usbStorageDrive): it goes when the usb-storage is finalized.
func usbStorageHeldDrive(d *qdev.Device) (string, bool) {
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal {
				if v, ok := c.Prop("drive"); ok {
					return v, true
				}
			}
		}
	}
	return "", false
}

// unregister takes a device's id and QOM name back, and forgets it among
// the devices made outside the tree.
func (s *State) unregister(d *qdev.Device) {
	for i, c := range s.created {
		if c == d {
			s.created = append(s.created[:i:i], s.created[i+1:]...)
			break
		}
	}
	if d.ID != "" {
		delete(s.M.IDs, d.ID)
	}
	if v, ok := d.Set["acpi-index"]; ok {
		delete(s.acpiIndexes, toU64(v))
	}
	if t, name := s.M.Container(d.Path); t != nil {
		t.Remove(name)
	}
}

// deletedData is a DEVICE_DELETED event's data: the id when the device has
// one, and its QOM path.
func deletedData(d *qdev.Device) qjson.Object {
	data := qjson.Object{}
	if d.ID != "" {
		data = append(data, qjson.Member{Key: "device", Value: d.ID})
	}
	return append(data, qjson.Member{Key: "path", Value: d.Path})
}

// removeBusless takes a device that sits on no bus (a pc-dimm) out at
// once: its id, its QOM name, its DEVICE_DELETED event now.
func (s *State) removeBusless(d *qdev.Device) {
	s.unregister(d)
	s.M.EmitEvent("DEVICE_DELETED", deletedData(d))
}

// ResetPendingUnplugs completes, during a machine reset, the PCI unplugs
// a guest was asked for and never answered: spapr_drc_reset releases a
// DRC whose device has a request pending, and the ACPI PCI hotplug block
// ejects its pending slots (acpi_pcihp_update_hotplug_bus: "Execute any
// pending removes during reset"), a bridge present from the start
// excepted (acpi_pcihp_pc_no_hotplug). Native PCIe slots (and PHBs, not
// measured) keep their device, pending still. Measured: r43m-reset-*
// (pseries, pc, pc-i440fx-7.2, q35 and pc-q35-5.2, both releases). It
// says whether any device went.
func (s *State) ResetPendingUnplugs() bool {
	var pending []*qdev.Device
	s.Tree.Walk(func(d *qdev.Device) {
		if !d.UnplugPending || s.isPHB(d.Type.Name) || d.Bus == nil || !pci.IsPCIBus(d.Bus.Type) {
			return
		}
		bridge := len(d.Buses) > 0 && pci.IsPCIBus(d.Buses[0].Type)
		if !s.M.IsSPAPR() && (s.nativePCIeHotplug(d.Bus) || s.shpcHotplug(d.Bus) || bridge && !d.Hotplugged) {
			return
		}
		pending = append(pending, d)
	})
	// Finalized from the RCU thread after the reset: an ejected x86
	// device's DEVICE_DELETED waits for a drain (r43m-reset-pc, -q35;
	// pseries' comes with the reset, which the monitor delivers).
	s.resetting = true
	for _, d := range pending {
		d.UnplugPending = false
		s.remove(d)
	}
	s.resetting = false
	return len(pending) > 0
}
