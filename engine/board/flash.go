package board

import (
	"fmt"
	"slices"
	"strings"

	"hotpluglab/engine/qdev"
)

// pc's system flash (pc_system_flash_map): the machine made two
// cfi.pflash01 at instance init, /machine/system.flash0 and
// system.flash1 (its pflash0 and pflash1 properties are their drives);
// those a drive or block node backs are realized on the system bus as its
// memory is set up, right before its fw_cfg, the first at the top of
// 4 GiB, the next below it.

// Flash is what backs one flash: Drive as its drive property prints it
// (a -drive's id, or the -blockdev node the machine's pflashN names), Name
// its block backend's name (the -drive's; "" for a node's anonymous one),
// and its size; Seq numbers a node's BlockBackend, made when the
// machine's property was set (0: the claim's own).
type Flash struct {
	Drive, Name string
	Size        int64
	Seq         int
}

// flashSector is the flash's sector size (FLASH_SECTOR_SIZE).
const flashSector = 4096

// flashProps are a pc flash's properties in `info qtree`'s order, with
// the values pc_pflash_create leaves (drive, num-blocks and name are
// each flash's own).
var flashProps = []string{"drive", "num-blocks", "sector-length=4096 (0x1000)", "width=1 (0x1)", "device-width=0 (0x0)",
	"max-device-width=0 (0x0)", "big-endian=false", "secure=false", "id0=0 (0x0)", "id1=0 (0x0)", "id2=0 (0x0)",
	"id3=0 (0x0)", "name", "old-multiple-chip-handling=false"}

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
			return &HintError{Msg: fmt.Sprintf("system firmware block device %s has invalid size %d", f.Name, f.Size),
				Hint: fmt.Sprintf("info: its size must be a non-zero multiple of 0x%x", flashSector)}
		}
		total += f.Size
		if total > maxSize {
			return fmt.Errorf("combined size of system firmware exceeds %d bytes", maxSize)
		}
		d := s.Tree.Instantiate(t, nil, "")
		d.Path = fmt.Sprintf("/machine/system.flash%d", i)
		if r, ok := s.Backends.(*Registry); ok {
			if r.ClaimDrive(f.Drive, d.Path, d.Type.Name) == "" && f.Seq != 0 {
				r.driveSeq[f.Drive] = f.Seq
			}
		}
		for _, p := range flashProps {
			name, v, _ := strings.Cut(p, "=")
			switch name {
			case "drive":
				v = `"` + f.Drive + `"`
			case "num-blocks":
				v = qtreeNum(uint64(f.Size / flashSector))
			case "name":
				v = fmt.Sprintf(`"system.flash%d"`, i)
			}
			d.Props = append(d.Props, qdev.PropLine{Name: name, Value: v})
		}
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
