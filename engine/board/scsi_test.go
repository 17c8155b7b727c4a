package board

import (
	"testing"

	"hotpluglab/engine/qdev"
)

// scsi_qdev_realize: a device given a scsi-id and no lun takes the
// target's first free LUN, up to the HBA's max_lun (spapr-vscsi: 31);
// past it, "no free lun" (measured: pe-p-r13-vio-11, two scsi-cd with
// scsi-id=1 on a spapr-vscsi, the second at LUN 1).
func TestSCSIFirstFreeLUN(t *testing.T) {
	s := &State{}
	bus := &qdev.Bus{Name: "v.0", Type: "SCSI", Parent: &qdev.Device{Type: qdev.Type{Name: "spapr-vscsi"}}}
	add := func() (*qdev.Device, error) {
		d := &qdev.Device{Props: []qdev.PropLine{{Name: "scsi-id"}, {Name: "lun"}}}
		vals := &values{v: map[string]any{}}
		vals.set("scsi-id", uint64(1))
		err := s.realizeSCSI(d, bus, vals)
		if err == nil {
			bus.Children = append(bus.Children, d)
		}
		return d, err
	}
	for want := 0; want <= 31; want++ {
		d, err := add()
		if err != nil {
			t.Fatalf("device %d: %v", want, err)
		}
		if a := d.Data.(scsiAddr); a.lun != uint64(want) || a.id != 1 {
			t.Fatalf("device %d at %+v, want target 1 LUN %d", want, a, want)
		}
		if lun, _ := d.Prop("lun"); lun != qtreeNum(uint64(want)) {
			t.Fatalf("device %d shows lun = %q", want, lun)
		}
	}
	if _, err := add(); err == nil || err.Error() != "no free lun" {
		t.Fatalf("a 33rd LUN on target 1: %v, want no free lun", err)
	}
}
