package board

import (
	"fmt"
	"slices"
	"strings"

	"hotpluglab/engine/qdev"
)

// The devices a board makes for its drives (pc_init's IDE disks and
// CD-ROMs, ide_drive_get / ide_create_drive): on the controller's bus,
// numbered in /machine/unattached right after the controller (or, where
// the controller is its south bridge's child, after the bridge).

// ideAnchors are the unattached types an IDE controller's drives follow.
var ideAnchors = []string{"piix3-ide", "ich9-ahci", "PIIX3"}

// AddDriveDevice makes the device for one -drive of the board's default
// interface: typ ("ide-hd", "ide-cd") on the controller's bus busIndex,
// at unit, holding drive. k is how many such devices the board made
// before it.
func (s *State) AddDriveDevice(typ string, busIndex, unit int, drive string, k int) (*qdev.Device, error) {
	busName := fmt.Sprintf("ide.%d", busIndex)
	// isapc: an isa-ide controller per bus (isa_ide_init), each followed
	// by its own drives.
	if n := s.nthUnattached("isa-ide", busIndex); n >= 0 {
		if bus, err := s.FindBus(busName); err == nil {
			k = len(bus.Children)
		}
		return s.addDriveDeviceAt(typ, busName, n, unit, drive, k)
	}
	return s.addDriveDevice(typ, busName, ideAnchors, unit, drive, k)
}

// nthUnattached is the index in /machine/unattached of the n-th device of
// type typ (-1 if none).
func (s *State) nthUnattached(typ string, n int) int {
	for i, t := range s.Unattached {
		if t == typ {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return -1
}

// AddFloppy makes the floppy device for a floppy drive (isa_fdc_init_drives,
// right after the controller).
func (s *State) AddFloppy(unit int, drive string) (*qdev.Device, error) {
	return s.addDriveDevice("floppy", "floppy-bus.0", []string{"isa-fdc"}, unit, drive, unit)
}

func (s *State) addDriveDevice(typ, busName string, anchors []string, unit int, drive string, k int) (*qdev.Device, error) {
	anchor := -1
	for _, a := range anchors {
		if i := slices.Index(s.Unattached, a); i >= 0 {
			anchor = i
			break
		}
	}
	if anchor < 0 {
		return nil, fmt.Errorf("machine type does not support %s", busName)
	}
	return s.addDriveDeviceAt(typ, busName, anchor, unit, drive, k)
}

func (s *State) addDriveDeviceAt(typ, busName string, anchor, unit int, drive string, k int) (*qdev.Device, error) {
	bus, err := s.FindBus(busName)
	if err != nil {
		return nil, err
	}
	t, err := qdev.DeviceClassFor(s.M.Release(), s.M.Target, string(s.M.Type.Family), typ, false)
	if err != nil {
		return nil, err
	}
	d := s.Tree.Instantiate(t, qdev.LookFor(s.M.Release(), s.M.Target, typ, s.placement(bus)), "")
	// -global ide-hd.physical_block_size=... reaches them too; the board
	// realizes them with error_fatal, outside any option's location.
	before := s.globalErr
	s.applyGlobals(d)
	if s.globalErr != nil && s.globalErr != before {
		return nil, &GlobalError{s.globalErr}
	}
	s.insertUnattached(anchor+1+k, d)
	if err := s.realizeSpec(d, bus, fmt.Sprintf("%s,drive=%s,unit=%d", typ, drive, unit)); err != nil {
		return nil, &UnlocatedError{err}
	}
	s.attachInOrder(bus, d, anchor+1+k)
	s.setFull(bus)
	return d, nil
}

// UnlocatedError is a device the board made for a drive failing to
// realize (error_fatal in machine init: no option's location).
type UnlocatedError struct{ Err error }

func (e *UnlocatedError) Error() string { return e.Err.Error() }

// SCSIDrive is one if=scsi drive: its place, its name and its option (the
// location its disk's errors are reported at).
type SCSIDrive struct {
	Bus, Unit int
	Name      string
	CDROM     bool
	Option    string
}

// AddSPAPRSCSI makes pseries' controllers for its if=scsi drives: an
// spapr-vscsi per SCSI bus the drives name, last of the board's devices
// (spapr_vscsi_create), each holding a disk per drive as the bus's
// child legacy[UNIT] (scsi_bus_legacy_add_drive).
func (s *State) AddSPAPRSCSI(drives []SCSIDrive) error {
	buses := -1
	for _, d := range drives {
		buses = max(buses, d.Bus)
	}
	for b := 0; b <= buses; b++ {
		ctl, err := s.addUnattached("spapr-vscsi", "", s.position("vscsi"), nil)
		if err != nil {
			return err
		}
		bus := ctl.Buses[0]
		for _, d := range drives {
			if d.Bus != b {
				continue
			}
			typ := "scsi-hd"
			if d.CDROM {
				typ = "scsi-cd"
			}
			t, err := qdev.DeviceClassFor(s.M.Release(), s.M.Target, string(s.M.Type.Family), typ, false)
			if err != nil {
				return err
			}
			dev := s.Tree.Instantiate(t, qdev.LookFor(s.M.Release(), s.M.Target, typ, s.placement(bus)), "")
			// scsi_bus_legacy_handle_cmdline restores the drive's location
			conf := map[string]string{}
			for _, k := range s.M.Release().SCSILegacyDiskProps {
				conf[k], _ = dev.Prop(k)
			}
			before := s.globalErr
			s.applyGlobals(dev)
			if s.globalErr != nil && s.globalErr != before {
				return fmt.Errorf("%s: %s", d.Option, s.globalErr)
			}
			for _, k := range s.M.Release().SCSILegacyDiskProps {
				if v := conf[k]; v != "" {
					dev.SetProp(k, v)
				}
			}
			dev.Path = fmt.Sprintf("%s/%s/legacy[%d]", ctl.Path, bus.Name, d.Unit)
			if err := s.realizeSpec(dev, bus, fmt.Sprintf("%s,drive=%s,scsi-id=%d", typ, d.Name, d.Unit)); err != nil {
				return fmt.Errorf("%s: %s", d.Option, err)
			}
			// A -drive's backend has a name: the disk's device_id, unless
			// a -global gave it a serial (scsi_realize).
			if serial, _ := dev.Prop("serial"); serial != `""` && serial != "" {
				dev.SetProp("device_id", serial)
			} else {
				dev.SetProp("device_id", `"`+d.Name+`"`)
			}
			bus.Attach(dev)
		}
	}
	return nil
}

// SetGeometry prints a disk's guessed CHS geometry (hd_geometry_guess
// with no partition table: 16 heads, 63 sectors, the cylinders the size
// gives, 2 to 16383) in the device holding it and the devices inside.
func SetGeometry(d *qdev.Device, size int64) {
	if d.Type.Name == "floppy" {
		setFloppyType(d, size)
		return
	}
	cyls := min(max(size/512/(16*63), 2), 16383)
	d.SetProp("cyls", fmt.Sprintf("%d (0x%x)", cyls, cyls))
	if cyls > 1024 { // hd_bios_chs_auto_trans
		d.SetProp("bios-chs-trans", `"lba"`)
	}
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal {
				SetGeometry(c, size)
			}
		}
	}
}

// DriveNameGone is drive_del of a drive a device still holds: the
// backend loses its name, so the device's drive property prints ""
// (measured on both releases: `info qtree` after drive_del).
func (s *State) DriveNameGone(id string) {
	r, ok := s.Backends.(*Registry)
	if !ok {
		return
	}
	path := r.DriveUser(id)
	if path == "" {
		return
	}
	// The property shows on the device, or on a virtio proxy's backend.
	for _, d := range []*qdev.Device{s.DeviceAt(path), s.virtioBackendAt(path + "/virtio-backend")} {
		if d == nil {
			continue
		}
		if v, has := d.Prop("drive"); has && strings.Trim(v, `"`) == id {
			d.SetProp("drive", `""`)
		}
	}
}

// floppyFormats are fd_formats' drive types and sizes in sectors
// (hw/block/fdc.c), in its order: pick_geometry takes the first format of
// the drive's size, whatever its type, for a drive-type=auto drive.
var floppyFormats = []struct {
	typ     string
	sectors int64
}{
	{"144", 18 * 80 * 2}, {"144", 20 * 80 * 2}, {"144", 21 * 80 * 2}, {"144", 21 * 82 * 2}, {"144", 21 * 83 * 2},
	{"144", 22 * 80 * 2}, {"144", 23 * 80 * 2}, {"144", 24 * 80 * 2},
	{"288", 36 * 80 * 2}, {"288", 39 * 80 * 2}, {"288", 40 * 80 * 2}, {"288", 44 * 80 * 2}, {"288", 48 * 80 * 2},
	{"144", 9 * 80 * 2}, {"144", 10 * 80 * 2}, {"144", 10 * 82 * 2}, {"144", 10 * 83 * 2}, {"144", 13 * 80 * 2},
	{"144", 14 * 80 * 2},
	{"120", 15 * 80 * 2}, {"120", 18 * 80 * 2}, {"120", 18 * 82 * 2}, {"120", 18 * 83 * 2}, {"120", 20 * 80 * 2},
	{"120", 9 * 80 * 2}, {"120", 11 * 80 * 2},
	{"120", 9 * 40 * 2}, {"120", 9 * 40}, {"120", 10 * 41 * 2}, {"120", 10 * 42 * 2},
	{"120", 8 * 40 * 2}, {"120", 8 * 40},
	{"144", 9 * 80},
}

// setFloppyType is pick_geometry for a floppy given a drive with drive-type
// auto: the type of the first format of its size, else the controller's
// fallback (measured: a 1.44 MB null-co node makes a "144" drive, 1 GiB the 288
// fallback).
func setFloppyType(d *qdev.Device, size int64) {
	if v, given := d.Set["drive-type"]; given && fmt.Sprint(v) != "auto" {
		return
	}
	for _, f := range floppyFormats {
		if f.sectors*512 == size {
			d.SetProp("drive-type", `"`+f.typ+`"`)
			return
		}
	}
	// none of its size: the controller's fallback, as recorded
}
