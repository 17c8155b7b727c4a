package cmdline

import (
	"errors"
	"fmt"
	"hotpluglab/engine/qapi"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/board"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// The block options: -blockdev is visited as the option is read; -drive,
// -hda ..., -cdrom and positional images are queued and, with the
// -blockdev nodes, opened by configure_blockdev once the machine type is
// known.

type blockdevOption struct {
	loc  string
	opts qjson.Object
}

// legacyDrives are the options drive_add turns into a -drive: the index
// and media each stands for.
var legacyDrives = map[string]struct {
	index int
	media string
}{"hda": {0, "disk"}, "hdb": {1, "disk"}, "hdc": {2, "disk"}, "hdd": {3, "disk"}, "cdrom": {2, "cdrom"},
	"fda": {0, "floppy"}, "fdb": {1, "floppy"}}

// blockdev reads one -blockdev.
func (o *Options) blockdev(a, v string) error {
	if d, help, _ := keyval.Parse(v, "driver"); help && d != nil {
		return fmt.Errorf("%s %s: Help is not available for this option", a, v)
	}
	opts, err := block.ParseBlockdev(o.rel, string(o.Target), v)
	if err != nil {
		return fmt.Errorf("%s %s: %s", a, v, err)
	}
	if id, ok := opts.Get("node-name"); ok {
		if s, ok := id.(string); ok {
			o.Registry.Drives[s] = true
		}
	}
	o.blockdevs = append(o.blockdevs, blockdevOption{a + " " + v, opts})
	return nil
}

// configureBlock is configure_blockdev: the -blockdev nodes, then the
// drives in order. The first error ends the start-up; the devices
// if=virtio asks for join the -device list.
func (o *Options) configureBlock(mt *machinetype.Type) (printed []string, err error) {
	l := o.Block
	if l.ThrottleGroup == nil {
		// The early objects (throttle groups among them) are made before
		// any -blockdev opens, wherever they stand on the command line.
		l.ThrottleGroup = func(id string) bool {
			return slices.ContainsFunc(o.objects, func(x object.Object) bool { return x.ID == id && x.Type == "throttle-group" })
		}
	}
	for _, b := range o.blockdevs {
		if err := o.negativeSize(b); err != nil {
			return printed, err
		}
		if err := l.Add(b.opts); err != nil {
			return printed, fmt.Errorf("%s: %s", b.loc, err)
		}
	}
	for _, d := range o.drives {
		if err := checkDrive(strings.TrimPrefix(d.Loc, "-drive "), func(f string) bool {
			return qapi.For(o.rel, string(o.Target)).EnumHas("null-co", f)
		}); err != nil && strings.HasPrefix(d.Loc, "-drive ") {
			return printed, fmt.Errorf("%s: %s", d.Loc, err)
		}
		if err := o.driveNullSize(d); err != nil {
			return printed, err
		}
		b, warnings, err := l.AddDrive(d, block.MachineOf(mt))
		printed = append(printed, warnings...)
		if err != nil {
			return printed, fmt.Errorf("%s: %s", d.Loc, err)
		}
		o.Registry.Drives[b.Name] = true
		if b.Root != nil && l.DriveOfNode(b.Root.Name) == b {
			o.Registry.Drives[b.Root.Name] = true // a drive property may name the node
		}
		if b.Interface == "virtio" {
			dev := "virtio-blk-pci,drive=" + b.Name
			if addr, ok := d.Get("addr"); ok {
				dev += ",addr=" + addr
			}
			o.driveDevices = append(o.driveDevices, driveDevice{d.Loc, dev, b})
		}
	}
	// default_drive: the empty CD-ROM, floppy and SD card drives a machine
	// has without -nodefaults.
	if o.defaults && mt.Family != machinetype.Other {
		bm := block.MachineOf(mt)
		var defaults []*block.Drive
		if o.defaultOn("cdrom") {
			defaults = append(defaults, block.Legacy("", "", 2, "cdrom"))
		}
		if mt.Family != machinetype.Q35 && mt.Family != machinetype.Microvm && o.defaultOn("floppy") { // both have no_floppy
			defaults = append(defaults, block.Legacy("", "", 0, "floppy"))
		}
		if o.rel.DefaultSDCardDrive {
			defaults = append(defaults, block.ParseDrive("", "if=sd,index=0"))
		}
		for _, d := range defaults {
			iface, ok := d.Get("if")
			if !ok {
				iface = bm.DefaultIF
			}
			index, _ := d.Get("index")
			if o.Block.HasIndex(iface, atoi(index), bm) {
				continue
			}
			b, _, err := o.Block.AddDrive(d, bm)
			if err != nil {
				return printed, err
			}
			o.Registry.Drives[b.Name] = true
		}
	}
	return printed, nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// boardDrives is the board's devices for its drives (pc_init's IDE disks
// and CD-ROMs), then drive_check_orphaned: a drive of an interface the
// board makes no device for.
func (o *Options) boardDrives(m *machine.Machine, st *board.State) error {
	o.Registry.DriveSize = o.Block.Size
	o.Registry.Empty = func(id string) bool {
		b := o.Block.Backend(id)
		return b != nil && b.Root == nil
	}
	o.Registry.ReadOnly = func(id string) bool {
		if n := o.Block.Attachable(id); n != nil {
			return n.ReadOnly
		}
		b := o.Block.Backend(id)
		return b != nil && b.Root != nil && b.Root.ReadOnly
	}
	o.Registry.Node = func(id string) bool { return o.Block.Attachable(id) != nil }
	o.Registry.SameNode = func(id string) []string {
		if b := o.Block.DriveOfNode(id); b != nil {
			return []string{b.Name}
		}
		if b := o.Block.Backend(id); b != nil && b.Root != nil && o.Block.DriveOfNode(b.Root.Name) == b {
			return []string{b.Root.Name}
		}
		return nil
	}
	// The drive's own BlockBackend, named, requires write; the device's
	// for the node unshares it, whichever came first (measured on both
	// releases, r7m-node-).
	o.Registry.NodeShared = func(id, other, heldBy, devPath, devType string) string {
		if held := board.Of(m).Tree.FindByPath(heldBy); held != nil && isCDROM(held.Type.Name) && isCDROM(devType) {
			return "" // neither takes write
		}
		drive, node, anon := id, other, heldBy
		if o.Block.Backend(id) == nil { // the new device names the node
			drive, node, anon = other, id, ""
		}
		who := o.newBlockWho(board.Of(m).Tree, devType, devPath)
		if anon != "" {
			who = blockWho(board.Of(m).Tree.FindByPath(anon), anon)
		}
		return fmt.Sprintf("Permission conflict on node '%s': permissions 'write' are both required by block device '%s' (uses node '%s' as 'root' child) "+
			"and unshared by block device '%s' (uses node '%s' as 'root' child).", node, drive, node, who, node)
	}
	o.Registry.Seq = o.Block.NextSeq
	o.Registry.DriveInUse = func(id, heldBy, devPath, devType string) string {
		if b := o.Block.Backend(id); b != nil && b.Interface != "none" {
			// set_drive_helper: the drive's own interface took it.
			return "Drive '" + id + "' is already in use because it has been automatically connected to another device " +
				"(did you need 'if=none' in the drive options?)"
		}
		if o.Block.Attachable(id) == nil {
			return ""
		}
		held := board.Of(m).Tree.FindByPath(heldBy)
		requires, unshares := blockWho(held, heldBy), o.newBlockWho(board.Of(m).Tree, devType, devPath)
		if held != nil && (held.Type.Name == "ide-cd" || held.Type.Name == "scsi-cd") {
			// A CD-ROM takes no write but unshares it: the new device is
			// the one requiring it.
			requires, unshares = unshares, requires
		}
		return fmt.Sprintf("Permission conflict on node '%s': permissions 'write' are both required by block device '%s' (uses node '%s' as 'root' child) "+
			"and unshared by block device '%s' (uses node '%s' as 'root' child).", id, requires, id, unshares, id)
	}
	k := 0
	// The board makes its floppies, then its IDE devices in index order
	// (pci_ide_create_devs, ahci_ide_create_devs), not in the options'
	// order: -hdd before -cdrom still puts ide1-cd0 first (measured:
	// r17-hda-hdd-cdrom's info qtree, a bus listing its newest first).
	byIndex := slices.Clone(o.Block.Backends)
	slices.SortStableFunc(byIndex, func(a, b *block.Backend) int { return boardDriveOrder(a) - boardDriveOrder(b) })
	for _, b := range byIndex {
		if b.Interface == "floppy" && st != nil && (m.Type.Family == machinetype.PC || m.Type.Family == machinetype.ISAPC) {
			if b.Bus != 0 || b.Unit >= 2 {
				// pc_basic_device_init asks drive_get for bus 0 units 0 and 1
				// (MAX_FD) only: the rest stay orphans.
				return fmt.Errorf("%s: machine type does not support if=%s,bus=%d,unit=%d", b.Option, b.Interface, b.Bus, b.Unit)
			}
			if _, err := st.AddFloppy(b.Unit, b.Name); err != nil {
				return locateDriveError(b.Option, err)
			}
			continue
		}
		if b.Interface != "ide" || m.IsSPAPR() || st == nil {
			continue
		}
		typ := "ide-hd"
		if b.Media == "cdrom" {
			typ = "ide-cd"
		}
		if b.Root == nil && typ == "ide-hd" {
			continue // pc_init's "Device needs media" (emptyIDEDisks)
		}
		if _, err := st.FindBus(fmt.Sprintf("ide.%d", b.Bus)); err != nil {
			return fmt.Errorf("%s: machine type does not support if=%s,bus=%d,unit=%d", b.Option, b.Interface, b.Bus, b.Unit)
		}
		if _, err := st.AddDriveDevice(typ, b.Bus, b.Unit, b.Name, k); err != nil {
			return locateDriveError(b.Option, err)
		}
		k++
	}
	var scsi []board.SCSIDrive
	for _, b := range o.Block.Backends {
		// pc's flash takes units 0 and 1 (pc_system_firmware_init),
		// pseries' NVRAM unit 0.
		nvram := b.Interface == "pflash" && m.IsSPAPR() && b.Bus == 0 && b.Unit == 0 && st != nil
		if nvram {
			size := int64(64 << 10) // an empty drive: not measured, taken as the default size
			if b.Root != nil {
				size = b.Root.Size
			}
			if err := st.SPAPRNVRAMDrive(b.Name, size); err != nil {
				return err
			}
		}
		orphanFlash := b.Interface == "pflash" && !nvram && (m.IsSPAPR() || b.Bus != 0 || b.Unit >= 2)
		if b.Interface == "scsi" && !m.IsSPAPR() || b.Interface == "ide" && (m.IsSPAPR() || st == nil) || orphanFlash {
			return fmt.Errorf("%s: machine type does not support if=%s,bus=%d,unit=%d", b.Option, b.Interface, b.Bus, b.Unit)
		}
		if b.Interface == "scsi" && (b.Root != nil || b.Media == "cdrom") { // an empty CD-ROM too
			scsi = append(scsi, board.SCSIDrive{Bus: b.Bus, Unit: b.Unit, Name: b.Name, CDROM: b.Media == "cdrom", Option: b.Option})
		}
	}
	if len(scsi) > 0 && st != nil {
		return st.AddSPAPRSCSI(scsi)
	}
	return nil
}

// attachDrives shows the block layer which device holds each drive, now
// and after any device_add or device_del (block.Use), and prints the
// start-up devices' disk geometry and SCSI device ids.
func (o *Options) attachDrives(m *machine.Machine) {
	o.Block.Uses = func() []block.Use { return driveUses(m, o.Registry) }
	o.Block.ThrottleGroup = func(id string) bool {
		t, ok := object.TypeOf(m, id)
		return ok && t == "throttle-group"
	}
	for _, u := range o.Block.Uses() {
		d := board.Of(m).Tree.FindByPath(u.Path)
		if d == nil || u.Drive == "" {
			continue
		}
		board.SetGeometry(d, o.Block.Size(u.Drive))
		// scsi_realize: a device_id not given is the serial, else the
		// drive's name
		if _, given := d.Set["device_id"]; o.Block.Backend(u.Drive) != nil && !given {
			if serial, _ := d.Prop("serial"); serial != "" && serial != `""` {
				d.SetProp("device_id", serial)
			} else {
				d.SetProp("device_id", `"`+u.Drive+`"`)
			}
		}
	}
	for _, c := range o.Registry.DriveSharers() {
		if d := board.Of(m).Tree.FindByPath(c.Path); d != nil {
			board.SetGeometry(d, o.Block.Size(c.Drive))
		}
	}
	block.Set(m, o.Block)
}

// driveUses are the devices holding drives, in the order they took them,
// then the CD-ROM and floppy devices given no drive (each makes its own
// empty one).
func driveUses(m *machine.Machine, r *board.Registry) []block.Use {
	st := board.Of(m)
	if st == nil {
		return nil
	}
	var uses []block.Use
	who := blockWho
	for _, c := range r.DriveClaims() {
		name, path := c.Drive, c.Path
		if c.Leaked {
			uses = append(uses, block.Use{Drive: name, Who: c.Who, NoErrorPolicy: true, Seq: c.Seq})
			continue
		}
		d := st.DeviceAt(path)
		removable := d != nil && (d.Type.Name == "ide-cd" || d.Type.Name == "scsi-cd" || d.Type.Name == "floppy")
		if d != nil {
			if v, _ := d.Prop("removable"); v == "true" { // scsi-hd, usb-storage removable=on
				removable = true
			}
		}
		w := who(d, path)
		if st.Unparented(path) && strings.HasPrefix(w, "/") {
			// blk_get_attached_dev_id: a holder without an id is named by
			// its canonical path, which an unparented device no longer
			// has (measured on both releases: a virtio-blk proxy's
			// backend, usb-storage's SCSI disk, a scsi-hd without an id
			// show no "Attached to" between device_del and finalize).
			w = ""
		}
		uses = append(uses, block.Use{Drive: name, Path: path, Who: w, NoErrorPolicy: d != nil && noIOStatus(d.Type.Name), NoTray: d != nil && d.Type.Name == "floppy", Removable: removable, Seq: c.Seq})
	}
	st.Tree.Walk(func(d *qdev.Device) {
		if (d.Type.Name == "ide-cd" || d.Type.Name == "scsi-cd" || d.Type.Name == "floppy") && d.Path != "" && r.DriveUserOf(d.Path) == "" {
			uses = append(uses, block.Use{Path: d.Path, Who: who(d, d.Path), NoErrorPolicy: noIOStatus(d.Type.Name), NoTray: d.Type.Name == "floppy", Removable: true})
		}
	})
	return uses
}

// noIOStatus: the device never enables its backend's I/O status (it
// has no rerror/werror: nvme; the floppy drive refuses werror instead),
// so query-block shows none (measured: pc's default floppy0, and the
// system flash a machine's pflash0/pflash1 back).
func noIOStatus(typ string) bool { return typ == "nvme" || typ == "floppy" || typ == "cfi.pflash01" }

// driveDevice is a device a -drive asks for (if=virtio): made after the
// -device ones, its errors located at the -drive.
type driveDevice struct {
	loc, dev string
	b        *block.Backend
}

// plugDriveDevices makes the devices the drives asked for.
func (o *Options) plugDriveDevices(m *machine.Machine) error {
	for _, d := range o.driveDevices {
		if d.b.Root == nil {
			return fmt.Errorf("%s: Device needs media, but drive is empty", d.loc)
		}
		if _, err := hotplug.ColdPlug(m, d.dev); err != nil {
			return fmt.Errorf("%s: %s", d.loc, err)
		}
	}
	return nil
}

// checkVirtfs is fsdev_init_func for -virtfs local: the shared directory
// must exist on the host.
func (o *Options) checkVirtfs() error {
	for _, loc := range o.virtfs {
		keys, vals := qemuOpts(strings.SplitN(loc, " ", 2)[1], "fsdriver")
		opt := lastValues(keys, vals)
		if opt["fsdriver"] != "local" {
			continue
		}
		const hint = "Valid options are: security_model=[passthrough|mapped-xattr|mapped-file|none]"
		switch sm, ok := opt["security_model"]; { // local_parse_opts
		case !ok:
			return fmt.Errorf("%s: security_model property not set\n%s", loc, hint)
		case !slices.Contains([]string{"passthrough", "mapped", "mapped-xattr", "mapped-file", "none"}, sm):
			return fmt.Errorf("%s: invalid security_model property '%s'\n%s", loc, sm, hint)
		}
		path, id := opt["path"], opt["id"]
		if id == "" {
			id = opt["mount_tag"]
		}
		if commonHostDirs[path] {
			continue
		}
		if f, ok := o.Block.Host.Lookup(path); !ok {
			return fmt.Errorf("%s: cannot initialize fsdev '%s': failed to open '%s': No such file or directory", loc, id, path)
		} else if f.Format != hostfs.Dir {
			return fmt.Errorf("%s: cannot initialize fsdev '%s': failed to open '%s': Not a directory", loc, id, path)
		}
	}
	return nil
}

// blockWho is how the block layer names a device holding a drive: its
// id, else its QOM path; a virtio-blk proxy's is the virtio-blk-device
// inside it.
// isCDROM: a drive's device that takes no write permission.
// boardDriveOrder sorts the drives the board makes devices for: floppies
// first, then IDE by index (bus*2+unit); the others (skipped there) last.
func boardDriveOrder(b *block.Backend) int {
	switch b.Interface {
	case "floppy":
		return -1
	case "ide":
		return b.Bus*2 + b.Unit
	}
	return 1 << 20
}

func isCDROM(typ string) bool { return typ == "ide-cd" || typ == "scsi-cd" }

func blockWho(d *qdev.Device, path string) string {
	if d == nil {
		return path
	}
	if d.Type.Name == "usb-storage" && len(d.Buses) == 1 {
		// Its drive is its own SCSI disk's, a child without an id.
		return path + "/" + d.Buses[0].Name + "/legacy[0]"
	}
	return blockWhoOfType(d.Type.Name, d.ID, path)
}

// newBlockWho names the device whose drive property met the conflict:
// by its id when it has one (measured), and on releases where a
// usb-storage hands its drive to its SCSI disk, by that disk's path.
func (o *Options) newBlockWho(tree *qdev.Tree, typ, path string) string {
	id, hasID := strings.CutPrefix(path, "/machine/peripheral/")
	if !hasID {
		id = ""
	}
	if typ == "usb-storage" && o.rel.USBStorageDriveOnDisk {
		bus := id + ".0" // the SCSI bus it is about to make
		if id == "" {
			bus = tree.NextAutoBusName("SCSI")
		}
		return path + "/" + bus + "/legacy[0]"
	}
	return blockWhoOfType(typ, id, path)
}

func blockWhoOfType(typ, id, path string) string {
	switch {
	case strings.HasPrefix(typ, "virtio-blk") && typ != "virtio-blk-device":
		// a proxy's backend; virtio-blk-device (on a virtio-mmio
		// transport) is the device itself
		return path + "/virtio-backend"
	case id != "":
		return id
	}
	return path
}

// negativeSize: a -blockdev giving a null driver a size its QemuOpts
// cannot take (null_file_open absorbs them with error_abort): a negative
// JSON number, or a string parse_option_size refuses; QEMU reports it
// through error_abort and aborts (measured on both releases).
func (o *Options) negativeSize(b blockdevOption) error {
	drv, _ := b.opts.Get("driver")
	size, ok := b.opts.Get("size")
	if !ok || drv != "null-co" && drv != "null-aio" {
		return nil
	}
	if str, isStr := size.(string); isStr {
		return o.nullSizeAbort(b.loc, str)
	}
	n, isNum := size.(fmt.Stringer)
	if !isNum || !strings.HasPrefix(n.String(), "-") || o.rel.SizeAbortAt == "" {
		return nil
	}
	msg := o.rel.SizeAbortError
	if strings.Contains(msg, "%s") {
		msg = fmt.Sprintf(msg, n.String())
	}
	return &exit{code: -6, raw: true, msg: fmt.Sprintf("Unexpected error in %s:\n%s: %s: %s\n", o.rel.SizeAbortAt, o.Target.Binary(), b.loc, msg)}
}

// nullSizeAbort is parse_option_size's refusal of a null driver's size
// given as text (a -drive's, a dotted -blockdev's) through error_abort:
// a negative one as the release's qemu_strtosz refuses it, anything else
// it cannot read as "a non-negative number below 2^64".
func (o *Options) nullSizeAbort(loc, size string) error {
	if o.rel.SizeAbortAt == "" || o.rel.SizeInvalidAbortAt == "" {
		return nil
	}
	at, msg := o.rel.SizeInvalidAbortAt, "Parameter 'size' expects a non-negative number below 2^64"
	if strings.HasPrefix(strings.TrimLeft(size, " \t\n"), "-") {
		at, msg = o.rel.SizeAbortAt, o.rel.SizeAbortError
		if strings.Contains(msg, "%s") {
			msg = fmt.Sprintf(msg, size)
		}
	} else if _, err := numa.ParseSize(size); err == nil {
		return nil
	}
	return &exit{code: -6, raw: true, msg: fmt.Sprintf("Unexpected error in %s:\n%s: %s: %s\n", at, o.Target.Binary(), loc, msg)}
}

// driveNullSize is nullSizeAbort for a -drive whose driver is a null one.
func (o *Options) driveNullSize(d *block.Drive) error {
	var drv, size string
	hasSize := false
	for i, k := range d.Keys {
		switch k {
		case "driver":
			drv = d.Vals[i]
		case "size":
			size, hasSize = d.Vals[i], true
		}
	}
	if !hasSize || drv != "null-co" && drv != "null-aio" || !strings.HasPrefix(d.Loc, "-drive ") {
		return nil
	}
	return o.nullSizeAbort(d.Loc, size)
}

// locateDriveError puts a board drive's error at its -drive, unless the
// board met it realizing the drive's device (no location).
func locateDriveError(option string, err error) error {
	var ue *board.UnlocatedError
	var ge *board.GlobalError
	if errors.As(err, &ue) || errors.As(err, &ge) {
		return err
	}
	return fmt.Errorf("%s: %s", option, err)
}
