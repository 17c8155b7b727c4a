package board

import (
	"fmt"
	"slices"

	"hotpluglab/engine/qdev"
)

// pc's system flash (pc_system_flash_map): the machine made two
// cfi.pflash01 at instance init, /machine/pflash0 and pflash1; those an
// if=pflash drive backs are realized on the system bus as its memory is
// set up, right before its fw_cfg, the first at the top of 4 GiB, the
// next below it.

// Flash is one if=pflash drive: its backend's name and size.
type Flash struct {
	Drive string
	Size  int64
}

// flashSector is the flash's sector size (FLASH_SECTOR_SIZE).
const flashSector = 4096

// MapSystemFlash realizes a flash per drive (unit 0 and 1; Drive "" for
// a unit no drive backs: a gap before a drive is refused). maxSize is the
// machine's max-fw-size.
func (s *State) MapSystemFlash(flash []Flash, maxSize int64) error {
	t := qdev.Resolve(s.M.Release(), s.M.Target, "cfi.pflash01")
	total := int64(0)
	next := s.findType("fw_cfg_io")
	for i, f := range flash {
		if f.Drive == "" {
			if i+1 < len(flash) && flash[i+1].Drive != "" {
				return fmt.Errorf("pflash%d requires pflash%d", i+1, i)
			}
			continue
		}
		if f.Size == 0 || f.Size%flashSector != 0 {
			return &HintError{Msg: fmt.Sprintf("system firmware block device %s has invalid size %d", f.Drive, f.Size),
				Hint: fmt.Sprintf("info: its size must be a non-zero multiple of 0x%x", flashSector)}
		}
		total += f.Size
		if total > maxSize {
			return fmt.Errorf("combined size of system firmware exceeds %d bytes", maxSize)
		}
		d := s.Tree.Instantiate(t, nil, "")
		d.Path = fmt.Sprintf("/machine/pflash%d", i)
		d.Props = []qdev.PropLine{{Name: "drive", Value: `"` + f.Drive + `"`},
			{Name: "num-blocks", Value: qtreeNum(uint64(f.Size / flashSector))},
			{Name: "sector-length", Value: qtreeNum(flashSector)}, {Name: "width", Value: qtreeNum(1)},
			{Name: "device-width", Value: qtreeNum(0)}, {Name: "max-device-width", Value: qtreeNum(0)},
			{Name: "big-endian", Value: "false"}, {Name: "secure", Value: "false"},
			{Name: "id0", Value: qtreeNum(0)}, {Name: "id1", Value: qtreeNum(0)}, {Name: "id2", Value: qtreeNum(0)},
			{Name: "id3", Value: qtreeNum(0)}, {Name: "name", Value: fmt.Sprintf(`"system.flash%d"`, i)},
			{Name: "old-multiple-chip-handling", Value: "false"}}
		s.applyGlobals(d)
		d.BusLines = []string{fmt.Sprintf("mmio %016x/%016x", (1<<32)-total, f.Size)}
		bus := s.Tree.Root
		bus.Attach(d)
		if at := slices.Index(bus.Children, next); at >= 0 {
			bus.Children = slices.Insert(bus.Children[:len(bus.Children)-1], at, d)
		}
	}
	return nil
}
