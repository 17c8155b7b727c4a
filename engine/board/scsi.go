package board

import (
	"fmt"
	"strings"

	"hotpluglab/engine/qdev"
)

// scsiAddr is a SCSI device's place on its bus.
type scsiAddr struct{ channel, id, lun uint64 }

// realizeSCSI is scsi_qdev_realize's addressing: a device without a
// scsi-id takes the first target whose LUN (0 unless given) is free on
// its channel; one with a scsi-id and no lun the target's first free LUN.
func (s *State) realizeSCSI(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	a := scsiAddr{}
	if v, ok := vals.get("channel"); ok {
		a.channel = toU64(v)
	}
	if v, ok := vals.get("lun"); ok {
		a.lun = toU64(v)
	}
	limits := scsiLimits["virtio-scsi"]
	if bus.Parent != nil {
		for hba, l := range scsiLimits {
			if strings.HasPrefix(bus.Parent.Type.Name, hba) {
				limits = l
			}
		}
	}
	_, idGiven := vals.get("scsi-id")
	_, lunGiven := vals.get("lun")
	id, _ := vals.get("scsi-id")
	switch {
	case a.channel > limits[0]:
		return fmt.Errorf("bad scsi channel id: %d", a.channel)
	case idGiven && toU64(id) > limits[1]:
		return fmt.Errorf("bad scsi device id: %d", toU64(id))
	case lunGiven && a.lun > limits[2]:
		return fmt.Errorf("bad scsi device lun: %d", a.lun)
	}
	if idGiven && lunGiven {
		for _, c := range bus.Children {
			if o, ok := c.Data.(scsiAddr); ok && c != d && o == (scsiAddr{a.channel, toU64(id), a.lun}) {
				owner := c.ID
				if owner == "" {
					owner = "(null)" // glibc's printf of a NULL id
				}
				return fmt.Errorf("lun already used by '%s'", owner)
			}
		}
	}
	taken := func(id uint64) bool {
		for _, c := range bus.Children {
			if o, ok := c.Data.(scsiAddr); ok && o.channel == a.channel && o.id == id && o.lun == a.lun {
				return true
			}
		}
		return false
	}
	if v, ok := vals.get("scsi-id"); ok {
		a.id = toU64(v)
		if !lunGiven {
			// A target given without a LUN takes its first free LUN.
			lunTaken := func(lun uint64) bool {
				for _, c := range bus.Children {
					if o, ok := c.Data.(scsiAddr); ok && c != d && o == (scsiAddr{a.channel, a.id, lun}) {
						return true
					}
				}
				return false
			}
			for a.lun = 0; lunTaken(a.lun) && a.lun < limits[2]; a.lun++ {
			}
			if lunTaken(a.lun) {
				return fmt.Errorf("no free lun")
			}
			d.SetProp("lun", qtreeNum(a.lun))
		}
	} else {
		for a.id = 0; taken(a.id) && a.id < limits[1]; a.id++ {
		}
		if taken(a.id) {
			return fmt.Errorf("no free target")
		}
		d.SetProp("scsi-id", qtreeNum(a.id))
	}
	d.Data = a
	return nil
}

// scsiLimits are an HBA's bus limits (SCSIBusInfo): max_channel,
// max_target, max_lun.
var scsiLimits = map[string][3]uint64{
	"virtio-scsi": {0, 255, 16383}, "lsi53c8": {0, 7, 0}, "spapr-vscsi": {7, 63, 31},
	"usb-storage": {0, 0, 0}, "usb-bot": {0, 0, 15}, // measured: one target, its own disk at LUN 0
	// measured on both releases (r7m-scsi-): the last id and LUN taken
	"megasas": {0, 64, 255}, "mptsas1068": {0, 8, 1}, "pvscsi": {0, 64, 0}, "am53c974": {0, 7, 7}, "dc390": {0, 7, 7},
}
