package board

import "hotpluglab/engine/qdev"

// scsiAddr is a SCSI device's place on its bus.
type scsiAddr struct{ channel, id, lun uint64 }

// realizeSCSI is scsi_qdev_realize's addressing: a device without a
// scsi-id takes the first target whose LUN (0 unless given) is free on
// its channel.
func (s *State) realizeSCSI(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	a := scsiAddr{}
	if v, ok := vals.get("channel"); ok {
		a.channel = toU64(v)
	}
	if v, ok := vals.get("lun"); ok {
		a.lun = toU64(v)
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
	} else {
		for a.id = 0; taken(a.id) && a.id < 255; a.id++ {
		}
		d.SetProp("scsi-id", qtreeNum(a.id))
	}
	d.Data = a
	return nil
}
