package board

import (
	"fmt"

	"hotpluglab/engine/qdev"
)

// pseries' own devices beyond its recording (spapr_machine_init): a
// spapr-vty per serial port, made before the NVRAM (whose VIO address
// follows theirs), a VSCSI controller per SCSI bus its drives use, the
// VGA and, with a display, USB with a keyboard and a mouse.

// vioBase is the first automatic spapr-vio address.
const vioBase = 0x71000000

func (s *State) addSPAPRExtras(e Extras) error {
	nvram := s.findType("spapr-nvram")
	reseat := nvram != nil && len(nonEmpty(e.Serials)) > 0
	if reseat {
		s.vioReg = vioBase
	}
	for _, id := range e.Serials {
		if id == "" {
			continue
		}
		if _, err := s.addUnattached("spapr-vty", "", s.position("serial"), map[string]string{"chardev": `"` + id + `"`}); err != nil {
			return err
		}
	}
	if reseat {
		reg := s.vioReg
		s.vioReg++
		nvram.Data, nvram.ID = vioReg(reg), fmt.Sprintf("nvram@%x", reg)
		nvram.SetProp("reg", qtreeNum(uint64(reg)))
	}
	if e.VGA != "" {
		if _, err := s.addUnattached(e.VGA, "", s.position("vga"), nil); err != nil {
			return err
		}
	}
	if !e.USB {
		return nil
	}
	if _, err := s.addUnattached("nec-usb-xhci", "", s.position("usb"), nil); err != nil {
		return err
	}
	if !e.Graphics {
		return nil
	}
	for _, t := range []string{"usb-kbd", "usb-mouse"} {
		if _, err := s.addUnattached(t, "", s.position(t), nil); err != nil {
			return err
		}
	}
	return nil
}

// AddSCSIDrive makes pseries' device for a drive on SCSI bus busIndex
// (scsi_bus_legacy_handle_cmdline): the bus's VSCSI controller first if
// it has none, then typ ("scsi-cd", "scsi-hd") at unit, named legacy[unit]
// under the bus.
func (s *State) AddSCSIDrive(typ string, busIndex, unit int, drive string) error {
	for len(s.vscsi) <= busIndex {
		d, err := s.addUnattached("spapr-vscsi", "", s.position("vscsi"), nil)
		if err != nil {
			return err
		}
		s.vscsi = append(s.vscsi, d)
	}
	ctl := s.vscsi[busIndex]
	if len(ctl.Buses) == 0 {
		return fmt.Errorf("machine type does not support if=scsi,bus=%d,unit=%d", busIndex, unit)
	}
	bus := ctl.Buses[0]
	t, err := qdev.DeviceClassFor(s.M.Release(), s.M.Target, string(s.M.Type.Family), typ, false)
	if err != nil {
		return err
	}
	d := s.Tree.Instantiate(t, qdev.LookFor(s.M.Release(), s.M.Target, typ, s.placement(bus)), "")
	d.Path = fmt.Sprintf("%s/%s/legacy[%d]", ctl.Path, bus.Name, unit)
	opts, _, err := qdev.Parse(fmt.Sprintf("%s,drive=%s,scsi-id=%d", typ, drive, unit))
	if err != nil {
		return err
	}
	vals, err := s.setProperties(d, opts)
	if err == nil {
		err = s.realize(d, bus, vals, false)
	}
	if err != nil {
		s.releaseClaims(vals)
		return err
	}
	bus.Attach(d)
	s.setFull(bus)
	return nil
}

// findType is the first board device of a type.
func (s *State) findType(typ string) *qdev.Device {
	var found *qdev.Device
	s.Tree.Walk(func(d *qdev.Device) {
		if found == nil && d.Type.Name == typ {
			found = d
		}
	})
	return found
}

func nonEmpty(l []string) []string {
	var out []string
	for _, x := range l {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}
