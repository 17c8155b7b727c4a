package board

import (
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/qdev"
)

// pseries' own devices beyond its recording (spapr_machine_init): a
// spapr-vty per serial port, made before the NVRAM (whose VIO address
// follows theirs), the VGA and, with a display, USB with a keyboard and a
// mouse. (Its VSCSI controllers for its SCSI drives: AddSPAPRSCSI.)

// vioBase is the first automatic spapr-vio address.
const vioBase = 0x71000000

func (s *State) addSPAPRExtras(e Extras) error {
	nvram := s.findType("spapr-nvram")
	reseat := nvram != nil && len(nonEmpty(e.Serials)) > 0 && !s.userGlobalSets(nvram, "reg")
	if reseat {
		s.vioReg = vioBase
		nvram.Data = nil // the serial ports come first; it takes the next reg
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
		for _, c := range s.Tree.Devices() {
			// a vty a -global seated: the NVRAM's realize finds its IRQ taken
			if r, ok := c.Data.(vioReg); ok && c != nvram && vioIRQ(uint32(r)) == vioIRQ(reg) {
				return fmt.Errorf("IRQ %d is not free", vioIRQ(reg))
			}
		}
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

// SPAPRNVRAMDrive gives pseries' NVRAM the -drive if=pflash,unit=0 of the
// line (spapr_create_nvram's drive_get(IF_PFLASH, 0, 0)), whose size
// spapr_nvram_realize bounds (measured: 8 KiB and 1 MiB pass, 4 KiB and
// 2 MiB fail, at machine init with no option named).
func (s *State) SPAPRNVRAMDrive(drive string, size int64) error {
	nvram := s.findType("spapr-nvram")
	if nvram == nil {
		return nil
	}
	if size < 8<<10 || size > 1<<20 {
		return fmt.Errorf("spapr-nvram must be between %d and %d bytes in size", 8<<10, 1<<20)
	}
	nvram.SetProp("drive", `"`+drive+`"`)
	if r, ok := s.Backends.(*Registry); ok {
		r.ClaimDrive(drive, nvram.Path, nvram.Type.Name)
	}
	return nil
}

// SPAPRSourceIRQs are the interrupt numbers the board's devices claim as
// they realize (a guest claims its MSIs later): each VIO device's
// (vioIRQ of its reg) and a PHB's four LSIs (SPAPR_IRQ_PCI_LSI + index *
// PCI_NUM_PINS), unsorted.
func (s *State) SPAPRSourceIRQs() []uint32 {
	var irqs []uint32
	s.Tree.Walk(func(d *qdev.Device) {
		if r, ok := d.Data.(vioReg); ok {
			irqs = append(irqs, vioIRQ(uint32(r)))
		}
		if d.Type.Name == "spapr-pci-host-bridge" {
			v, _ := d.Prop("index")
			index, _ := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 32)
			for pin := uint32(0); pin < 4; pin++ {
				irqs = append(irqs, 0x1200+uint32(index)*4+pin)
			}
		}
	})
	return irqs
}
