package board

import (
	"errors"
	"fmt"
	"hotpluglab/engine/pci"
	"strconv"
	"strings"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// A sPAPR PHB (spapr-pci-host-bridge) beyond the board's own: placed by its
// index, hot-plugged through the machine (spapr_phb_pre_plug), unplugged
// through its DRC (spapr_phb_unplug_request).

// phbIndex is a PHB's "index" property.
func phbIndex(d *qdev.Device) uint64 {
	v, _ := d.Prop("index")
	n, _ := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 64)
	return n
}

// phbLIOBN is SPAPR_PCI_LIOBN: the logical bus number of the PHB's n-th DMA
// window (its tce-table).
func phbLIOBN(index uint64, n int) uint64 { return 0x80000000 | index<<8 | uint64(n) }

// phbDRCIndex is the DRC index of the PCI function devfn on a PHB's root
// bus, as `info qom-tree` names its dr-connector: the PCI DRC type's
// 0x40000000, the PHB's index in bits 16-23, devfn in the low byte.
func phbDRCIndex(index uint64, devfn int) uint64 { return 0x40000000 | index<<16 | uint64(devfn) }

// phbWindows sets the NVLink2 windows spapr_phb_placement derives from the
// index, where the release shows them (its recorded look has them).
func phbWindows(d *qdev.Device, index uint64) {
	if _, ok := d.Prop("gpa"); ok {
		d.SetProp("gpa", qtreeNum(0x400000000000+index*0x20000000000))
	}
	if _, ok := d.Prop("atsd"); ok {
		d.SetProp("atsd", qtreeNum(0x800000000000+index*18*0x10000))
	}
}

// phbUnplugRequest: a PHB the guest never configured goes at once, its
// slots' DRCs with it; otherwise the guest is asked, once.
func (s *State) phbUnplugRequest(d *qdev.Device) error {
	if s.M.Type.VersionAtMost(3, 1) {
		return errors.New("PHB hot unplug not supported on this machine")
	}
	if d.UnplugPending {
		return fmt.Errorf("PCI Host Bridge unplug already in progress for device %s", d.ID)
	}
	if !d.Hotplugged || s.GuestConfiguresDRCs {
		d.UnplugPending = true
		return nil
	}
	for _, b := range d.Buses {
		for _, c := range append([]*qdev.Device(nil), b.Children...) {
			if !c.Internal {
				s.remove(c)
			}
		}
	}
	// The DRCs are unparented with the PHB's realize undone, last first.
	for devfn := 255; devfn >= 0; devfn-- {
		s.M.EmitEvent("DEVICE_DELETED", qjson.O("path", fmt.Sprintf("%s/dr-connector[%d]", d.Path, phbDRCIndex(phbIndex(d), devfn))))
	}
	s.remove(d)
	if s.unpluggedPHBs == nil {
		s.unpluggedPHBs = map[uint64]bool{}
	}
	// Its TCE tables hold their LIOBNs until they are finalized with it
	// (a PHB added at the index after a drain is fine: r43v-r26-c11).
	index := phbIndex(d)
	s.unpluggedPHBs[index] = true
	s.M.Deferred(func() { delete(s.unpluggedPHBs, index) }, s.rcuDelay(d)+1)
	return nil
}

// NumberSPAPRBuses is spapr_phb_pci_enumerate at a machine reset: each
// PHB numbers the buses behind its bridges (from 1, per PHB), so that
// query-pci and info qtree show them and the devices behind them.
func (s *State) NumberSPAPRBuses() {
	if !s.M.IsSPAPR() {
		return
	}
	for _, host := range s.Tree.Root.Children {
		if !s.isPHB(host.Type.Name) {
			continue
		}
		for _, b := range host.Buses {
			if pci.BusOf(b) != nil {
				next := 0
				pci.Enumerate(b, &next)
			}
		}
	}
	// 10.0's busnr reads the bus's number as it is now (pci_bus_num)
	s.Tree.Walk(func(d *qdev.Device) {
		if _, ok := d.Prop("busnr"); ok && pci.Of(d) != nil {
			d.SetProp("busnr", qtreeNum(uint64(pci.BusNumber(d))))
		}
	})
}
