package block

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qjson"
)

// Drive is one -drive option (or what -hda, -cdrom and a positional image
// stand for), read as drive_new reads it.
type Drive struct {
	// Loc is the option as QEMU names it in messages ("-drive file=x",
	// "-hda x", or a positional image's path).
	Loc  string
	Keys []string
	Vals []string
	// strictReadOnly: the medium opens without auto-read-only, as change
	// and blockdev-change-medium open theirs (-drive's may fall back to
	// read-only where its driver cannot write).
	strictReadOnly bool
}

// ParseDrive splits a -drive argument (QemuOpts, implied key "file").
func ParseDrive(loc, arg string) *Drive {
	d := &Drive{Loc: loc}
	// drive_def: QemuOpts without an implied key; a bare word is a flag
	// ("noX" is X=off).
	for _, p := range qemuopts.Split(arg) {
		k, v, ok := strings.Cut(p, "=")
		if !ok {
			k, v = qemuopts.ShortForm(p)
		}
		d.Keys, d.Vals = append(d.Keys, k), append(d.Vals, v)
	}
	return d
}

// Legacy is drive_add for -hda, -cdrom ... and positional images: a
// -drive with the file, an index and the option's media.
func Legacy(loc, file string, index int, media string) *Drive {
	d := &Drive{Loc: loc}
	d.Keys = []string{"file", "index", "media"}
	d.Vals = []string{file, strconv.Itoa(index), media}
	if media == "floppy" {
		d.Keys, d.Vals = []string{"if", "index", "file"}, []string{"floppy", strconv.Itoa(index), file}
	}
	return d
}

// Get is the last value of a key.
func (d *Drive) Get(k string) (string, bool) {
	for i := len(d.Keys) - 1; i >= 0; i-- {
		if d.Keys[i] == k {
			return d.Vals[i], true
		}
	}
	return "", false
}

// Machine is what drive_new asks of the machine: its default interface
// and how many units a bus of each interface has.
type Machine struct {
	DefaultIF string // "ide" (pc, q35), "scsi" (pseries)
	// IDEUnits is units per IDE bus (2; q35's default bus has 1).
	IDEUnits int
	// NoneUnits: units_per_default_bus when the default interface is
	// if=none (microvm: 1, so its default CD-ROM, index 2, is "none20").
	NoneUnits int
}

func (m Machine) maxDevs(iface string) int {
	switch iface {
	case "none":
		return m.NoneUnits
	case "ide":
		if m.IDEUnits > 0 {
			return m.IDEUnits
		}
		return 2
	case "scsi":
		return 7
	}
	return 0
}

// MachineOf is what drive_new needs of a machine type.
func MachineOf(mt *machinetype.Type) Machine {
	switch mt.Family {
	case machinetype.PSeries:
		return Machine{DefaultIF: "scsi"}
	case machinetype.Q35:
		return Machine{DefaultIF: "ide", IDEUnits: 1}
	case machinetype.Microvm: // sets no block_default_type: IF_NONE
		return Machine{DefaultIF: "none", NoneUnits: 1}
	}
	return Machine{DefaultIF: "ide"}
}

// AddDrive is drive_new and blockdev_init: the placement, the name, then
// the medium opened. printed are the warnings QEMU writes while opening.
func (l *Layer) AddDrive(d *Drive, m Machine) (b *Backend, printed []string, err error) {
	if err := d.checkTypedOptions(); err != nil {
		return nil, nil, err
	}
	iface, ok := d.Get("if")
	if !ok {
		iface = m.DefaultIF
	}
	media := "disk"
	if v, ok := d.Get("media"); ok {
		if v != "disk" && v != "cdrom" {
			return nil, nil, fmt.Errorf("'%s' invalid media", v)
		}
		media = v
	}
	maxDevs := m.maxDevs(iface)
	bus, unit, index := -1, -1, -1
	if v, ok := d.Get("index"); ok {
		index = atoi(v)
	}
	if v, ok := d.Get("bus"); ok {
		bus = atoi(v)
	}
	if v, ok := d.Get("unit"); ok {
		unit = atoi(v)
	}
	if index >= 0 {
		if bus >= 0 || unit >= 0 {
			return nil, nil, fmt.Errorf("index cannot be used with bus and unit")
		}
		if maxDevs > 0 {
			bus, unit = index/maxDevs, index%maxDevs
		} else {
			bus, unit = 0, index
		}
	}
	if bus < 0 {
		bus = 0
	}
	if unit < 0 {
		unit = 0
		for l.driveAt(iface, bus, unit) != nil {
			unit++
			if maxDevs > 0 && unit >= maxDevs {
				unit, bus = 0, bus+1
			}
		}
	}
	if maxDevs > 0 && unit >= maxDevs {
		return nil, nil, fmt.Errorf("unit %d too big (max is %d)", unit, maxDevs-1)
	}
	if l.driveAt(iface, bus, unit) != nil {
		return nil, nil, fmt.Errorf("drive with bus=%d, unit=%d (index=%d) exists", bus, unit, index)
	}
	name, ok := d.Get("id")
	if ok && name == "" {
		return nil, nil, fmt.Errorf("Parameter 'id' expects an identifier")
	}
	if !ok {
		switch {
		case iface == "ide" || iface == "scsi":
			md := "-hd"
			if media == "cdrom" {
				md = "-cd"
			}
			name = fmt.Sprintf("%s%d%s%d", iface, bus, md, unit)
		case maxDevs > 0:
			name = fmt.Sprintf("%s%d%d", iface, bus, unit)
		default:
			name = fmt.Sprintf("%s%d", iface, unit)
		}
	}
	if l.Backend(name) != nil || l.heldAfterDel(name) {
		return nil, nil, fmt.Errorf("Duplicate ID '%s' for drive", name)
	}
	if l.Node(name) != nil {
		return nil, nil, fmt.Errorf("Device name '%s' conflicts with an existing node name", name)
	}
	if err := d.checkCommonOptions(); err != nil {
		return nil, nil, err
	}
	if _, ok := d.Get("format"); ok {
		if _, ok := d.Get("driver"); ok { // blockdev_init
			return nil, nil, errors.New("Cannot specify both 'driver' and 'format'")
		}
	}
	b = &Backend{Name: name, Interface: iface, Media: media, Bus: bus, Unit: unit, Option: d.Loc,
		Removable: media == "cdrom" || iface == "floppy" || iface == "sd"}
	file, hasFile := d.Get("file")
	drv, hasDriver := d.Get("driver")
	_, hasFileDriver := d.Get("file.driver")
	if f, ok := d.Get("format"); ok && !(hasFile && file != "") && !hasDriver && !hasFileDriver {
		// blockdev_init puts format= in the options as driver=: without a
		// file it opens alone (measured on both releases: "Unknown
		// driver", raw's "A block device must be specified", a cdrom's too).
		drv, hasDriver = f, true
	}
	if !(hasFile && file != "") && !hasDriver && unsupportedKey(d) != "" {
		// blockdev_init: options for a driver, and no driver to take them.
		return nil, nil, fmt.Errorf("Must specify either driver or file")
	}
	if hasFile && file != "" && d.nativeAIOWithoutDirect() {
		// raw_open_common, as the file opens: Linux AIO needs O_DIRECT.
		return nil, nil, errors.New("aio=native was specified, but it requires cache.direct=on, which was not specified.")
	}
	if hasFile && file != "" || hasDriver || hasFileDriver {
		root, warnings, err := l.openDrive(d, file, drv, media == "cdrom" || isOn(d, "readonly") || isOn(d, "read-only"))
		if err != nil {
			return nil, nil, err
		}
		b.Root, printed = root, warnings
		if nn, ok := d.Get("node-name"); ok && nn == name { // monitor_add_blk
			return nil, printed, fmt.Errorf("Device name '%s' conflicts with an existing node name", name)
		}
		if err := rawWindow(d, root); err != nil {
			return nil, printed, err
		}
		if k := unsupportedKey(d); k != "" {
			if root.Child == nil && root.Driver != "raw" { // a protocol node alone
				return nil, printed, fmt.Errorf("Block protocol '%s' doesn't support the option '%s'", root.Driver, k)
			}
			return nil, printed, fmt.Errorf("Block format '%s' does not support the option '%s'", root.Driver, k)
		}
	}
	b.seq = l.NextSeq()
	l.Backends = append(l.Backends, b)
	return b, printed, nil
}

// driveOptions are the keys drive_new and the block layer take from a
// -drive; any other is handed to the format driver, which refuses it (the
// old tutorials' boot=, cyls=, heads=, secs=, trans=, addr= and serial= too:
// measured on both releases).
var driveOptions = map[string]bool{"if": true, "bus": true, "unit": true, "index": true, "media": true,
	"copy-on-read": true, "werror": true,
	"rerror": true, "file": true, "format": true, "driver": true, "id": true, "cache": true,
	"aio": true, "snapshot": true, "readonly": true, "read-only": true, "discard": true, "detect-zeroes": true,
	"cache.direct": true, "cache.no-flush": true, "auto-read-only": true, "node-name": true, "force-share": true,
	"throttling.iops-total": true, "throttling.bps-total": true, "throttling.iops-read": true, "throttling.iops-write": true,
	"throttling.bps-read": true, "throttling.bps-write": true, "throttling.group": true, "stats-account-invalid": true,
	"stats-account-failed": true, "stats-intervals": true, "bps": true, "iops": true, "bps_rd": true, "bps_wr": true,
	"iops_rd": true, "iops_wr": true, "media-type": true, "locking": true}

// DriveOption says whether drive_new or the block layer takes a -drive key.
func DriveOption(k string) bool { return driveOptions[k] || strings.HasPrefix(k, "file.") }

// rawWindow is raw_apply_options for a -drive's raw format: its offset and
// size keys are a window into the file, which must hold it, checked in
// raw_apply_options' order.
func rawWindow(d *Drive, root *Node) error {
	if root.Driver != "raw" || root.Child == nil {
		return nil
	}
	size, hasSize := d.Get("size")
	off, hasOff := d.Get("offset")
	if !hasSize && !hasOff {
		return nil
	}
	o, _ := strconv.ParseInt(off, 0, 64)
	n, _ := strconv.ParseInt(size, 0, 64)
	if !hasSize {
		n = root.Child.Size - o
	}
	if o > root.Child.Size {
		return fmt.Errorf("Offset (%d) cannot be greater than size of the containing file (%d)", o, root.Child.Size)
	}
	if o+n > root.Child.Size {
		return fmt.Errorf("The sum of offset (%d) and size (%d) has to be smaller or equal to the  actual size of the containing file (%d)",
			o, n, root.Child.Size)
	}
	if hasSize && n%512 != 0 { // not to leak out of the window when rounded up
		return errors.New("Specified size is not multiple of 512")
	}
	root.Size = n
	return nil
}

func unsupportedKey(d *Drive) string {
	raw := false
	if f, ok := d.Get("format"); ok && f == "raw" {
		raw = true
	}
	for _, k := range d.Keys {
		if raw && (k == "size" || k == "offset") {
			continue
		}
		if !DriveOption(k) && !(nullOptions[k] && nullDriver(d)) {
			return k
		}
	}
	return ""
}

// isOn reads a boolean drive option as qemu_opt_get_bool does (y and n
// too).
func isOn(d *Drive, k string) bool {
	v, _ := d.Get(k)
	on, _ := qemuopts.ParseBool(v)
	return on
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// HasIndex says whether a drive of an interface takes index (drive_get_by_index).
func (l *Layer) HasIndex(iface string, index int, m Machine) bool {
	bus, unit := 0, index
	if n := m.maxDevs(iface); n > 0 {
		bus, unit = index/n, index%n
	}
	return l.driveAt(iface, bus, unit) != nil
}

// driveAt is the -drive at a place of an interface.
func (l *Layer) driveAt(iface string, bus, unit int) *Backend {
	for _, b := range l.Backends {
		if b.Name != "" && b.Interface == iface && b.Bus == bus && b.Unit == unit {
			return b
		}
	}
	return nil
}

// openDrive opens a -drive's medium: a protocol node for the file (or
// the driver named), and a format node over it, the format probed when
// not given.
func (l *Layer) openDrive(d *Drive, file, drv string, readOnly bool) (_ *Node, _ []string, err error) {
	format, hasFormat := d.Get("format")
	var printed []string
	nodeName, named := d.Get("node-name") // the root node's name (bdrv_open's "node-name")
	if fdrv, ok := d.Get("file.driver"); ok && drv == "" && file == "" {
		// The protocol node given by its options (file.driver=null-co,
		// file.size=...): the format opens over it, as -blockdev's would;
		// without format= it is probed (raw, with the warning naming the
		// node by its options: measured with one option beside driver).
		child := qjson.O("driver", fdrv)
		jsonName := fmt.Sprintf(`json:{"driver": %q`, fdrv)
		for i, k := range d.Keys {
			if c, ok := strings.CutPrefix(k, "file."); ok && c != "driver" {
				child.Set(c, d.Vals[i])
				jsonName += fmt.Sprintf(", %q: %q", c, d.Vals[i])
			}
		}
		if !hasFormat {
			format = "raw"
			if !readOnly {
				printed = append(printed, probedRawWarning(jsonName+"}"))
			}
		}
		n, err := l.open(qjson.O("driver", format, "file", child), nodeName, named)
		return n, printed, err
	}
	if drv != "" && file == "" {
		if err := l.checkDriverAlone(drv); err != nil {
			return nil, nil, err
		}
		o := qjson.O("driver", drv)
		for i, k := range d.Keys {
			if nullOptions[k] && (drv == "null-co" || drv == "null-aio") {
				o.Set(k, d.Vals[i]) // the driver's own, as typed (its filename shows them so)
			}
		}
		n, err := l.open(o, nodeName, named)
		if n != nil {
			n.ReadOnly = readOnly // -drive's read-only=on is the node's
			if v, ok := d.Get("size"); ok && nullOptions["size"] && (drv == "null-co" || drv == "null-aio") {
				if sz, err := hostfs.ParseSize(v); err == nil {
					n.Size = sz
				}
			}
		}
		return n, nil, err
	}
	if err := protocolError(file); err != nil {
		return nil, nil, err
	}
	if n, printed, opened, err := l.openProtocol(d, file, drv, readOnly); opened || err != nil {
		return n, printed, err
	}
	file = hostPath(file)
	switch drv { // -drive's driver= beside file= is the root's driver, as format= is
	case "":
	case "file", "host_device", "host_cdrom": // the protocol node alone, nothing probed
		n, err := l.openRoot(qjson.O("driver", drv, "filename", file), nodeName, named, readOnly)
		return n, nil, err
	case "null-co", "null-aio":
		return nil, nil, fmt.Errorf("The only allowed filename for this driver is '%s://'", drv)
	default:
		format, hasFormat = drv, true
	}
	f, ok := l.Host.Lookup(file)
	if !ok {
		return nil, nil, fmt.Errorf("Could not open '%s': No such file or directory", file)
	}
	if f.Format == hostfs.Dir {
		return nil, nil, fmt.Errorf("'file' driver requires '%s' to be a regular file", file)
	}
	formatName := nodeName // bdrv_open names the format node before its file
	// bdrv_assign_node_name: id_wellformed first
	if named {
		if err := checkNodeName(nodeName); err != nil {
			return nil, nil, err
		}
	}
	if nodeName != "" && l.named(nodeName) != nil {
		return nil, nil, fmt.Errorf("Duplicate nodes with node-name='%s'", nodeName)
	}
	protoName, protoNamed := d.Get("file.node-name")
	if protoNamed {
		if err := checkNodeName(protoName); err != nil {
			return nil, nil, err
		}
	} else {
		protoName = l.autoName() // the child is named first
	}
	if formatName == "" {
		formatName = l.autoName()
	}
	proto := &Node{Name: protoName, Driver: "file", Host: f, Size: (f.Length() + 511) / 512 * 512,
		Options: qjson.O("driver", "file", "filename", file), ReadOnly: readOnly}
	if !hasFormat {
		if f.Format == hostfs.QCOW2 {
			format = "qcow2"
		} else {
			format = "raw"
			// With snapshot the image is the read-only backing file of a
			// temporary overlay: no warning about writes to block 0.
			if !readOnly && !l.Snapshot && !isOn(d, "snapshot") {
				printed = append(printed, probedRawWarning(file))
			}
		}
	}
	n := &Node{Name: formatName, Driver: format, Child: proto, ReadOnly: readOnly, Options: qjson.O("driver", format)}
	mark := len(l.graph)
	l.graph = append(l.graph, proto, n) // the child is named first
	defer func() {
		if err != nil {
			l.graph = l.graph[:mark]
		}
	}()
	switch format {
	case "qcow2":
		if f.Format != hostfs.QCOW2 {
			return nil, nil, fmt.Errorf("Image is not in qcow2 format")
		}
		n.Size = f.Size
	case "raw":
		n.Size = proto.Size
	case "vmdk":
		return nil, nil, fmt.Errorf("invalid VMDK image descriptor")
	default:
		return nil, nil, fmt.Errorf("Unknown driver '%s'", format)
	}
	return n, printed, nil
}

// moduleDrivers are block drivers Debian builds as modules of
// qemu-block-extra, which the recording hosts lack: bdrv_find_format
// cannot load them (the module loader's complaint goes to stderr).
var moduleDrivers = map[string]bool{"gluster": true, "iscsi": true, "nfs": true, "rbd": true, "ssh": true,
	"http": true, "https": true, "ftp": true, "ftps": true}

// knownDriver is bdrv_find_format's answer: a BlockdevDriver of the
// release, its module present.
func (l *Layer) knownDriver(drv string) bool {
	return (l.Rel == nil || qapi.For(l.Rel, "x86_64").EnumHas("null-co", drv)) && !moduleDrivers[drv]
}

// checkDriverAlone is bdrv_open on a -drive that names a driver and no
// file (measured on both releases): the protocols that open a host file
// want its name, nbd its server, the filters and formats a child node;
// the null drivers need nothing.
func (l *Layer) checkDriverAlone(drv string) error {
	switch {
	case !l.knownDriver(drv):
		return fmt.Errorf("Unknown driver '%s'", drv)
	case drv == "file" || drv == "host_device" || drv == "host_cdrom":
		return fmt.Errorf("The '%s' block driver requires a file name", drv)
	case drv == "nbd":
		return fmt.Errorf("NBD server address missing")
	case drv == "blkdebug":
		return fmt.Errorf(`A block device must be specified for "image"`)
	case drv == "null-co" || drv == "null-aio":
		return nil
	}
	return fmt.Errorf(`A block device must be specified for "file"`)
}

// driveAliases are drive_new's legacy names and the options they stand for.
var driveAliases = [][2]string{{"iops", "throttling.iops-total"}, {"iops_rd", "throttling.iops-read"},
	{"iops_wr", "throttling.iops-write"}, {"bps", "throttling.bps-total"}, {"bps_rd", "throttling.bps-read"},
	{"bps_wr", "throttling.bps-write"}, {"iops_max", "throttling.iops-total-max"}, {"bps_max", "throttling.bps-total-max"},
	{"iops_size", "throttling.iops-size"}, {"readonly", "read-only"}}

var driveBools = []string{"read-only", "snapshot", "copy-on-read", "cache.direct", "cache.no-flush", "auto-read-only",
	"force-share", "stats-account-invalid", "stats-account-failed"}

// checkTypedOptions is drive_new's reading of the option: a legacy name
// beside the one it stands for, then the typed QemuOpts values (numbers
// and booleans), under the new names.
func (d *Drive) checkTypedOptions() error {
	for _, a := range driveAliases {
		_, old := d.Get(a[0])
		if _, now := d.Get(a[1]); old && now {
			return fmt.Errorf("'%s' and its alias '%s' can't be used at the same time", a[1], a[0])
		}
	}
	for i, k := range d.Keys {
		for _, a := range driveAliases {
			if k == a[0] {
				k = a[1]
			}
		}
		switch {
		case strings.HasPrefix(k, "throttling.") && k != "throttling.group":
			if err := qemuopts.NumberError(k, d.Vals[i]); err != nil {
				return err
			}
		case slices.Contains(driveBools, k):
			switch d.Vals[i] {
			case "on", "off", "yes", "no", "true", "false", "y", "n":
			default:
				return fmt.Errorf("Parameter '%s' expects 'on' or 'off'", k)
			}
		}
	}
	return nil
}

// nativeAIOWithoutDirect: aio=native without O_DIRECT (cache=none and
// directsync set it, as cache.direct=on does).
func (d *Drive) nativeAIOWithoutDirect() bool {
	if v, _ := d.Get("aio"); v != "native" {
		return false
	}
	direct := false
	if c, ok := d.Get("cache"); ok {
		direct = c == "none" || c == "directsync"
	}
	if v, ok := d.Get("cache.direct"); ok {
		direct = v == "on" || v == "yes" || v == "true" || v == "y"
	}
	return !direct
}

// checkCommonOptions is blockdev_init's extract_common_blockdev_options
// and error actions, once the drive has its place and name.
func (d *Drive) checkCommonOptions() error {
	if v, ok := d.Get("cache"); ok && !cacheModes[v] {
		return fmt.Errorf("invalid cache option")
	}
	if v, ok := d.Get("aio"); ok && v != "threads" && v != "native" && v != "io_uring" {
		return fmt.Errorf("invalid aio option")
	}
	for i, k := range d.Keys {
		for _, a := range driveAliases {
			if k == a[0] {
				k = a[1]
			}
		}
		if strings.HasPrefix(k, "throttling.") && k != "throttling.group" {
			if n, err := strconv.ParseInt(d.Vals[i], 0, 64); err == nil && (n < 0 || n > 1e15) || strings.HasPrefix(d.Vals[i], "-") {
				return fmt.Errorf("bps/iops/max values must be within [0, 1000000000000000]")
			}
		}
	}
	if v, ok := d.Get("detect-zeroes"); ok && v != "off" && v != "on" && v != "unmap" {
		return fmt.Errorf("invalid parameter value: %s", v)
	}
	if v, ok := d.Get("werror"); ok && !slices.Contains([]string{"ignore", "report", "stop", "enospc"}, v) {
		return fmt.Errorf("'%s' invalid write error action", v)
	}
	if v, ok := d.Get("rerror"); ok && !slices.Contains([]string{"ignore", "report", "stop"}, v) {
		return fmt.Errorf("'%s' invalid read error action", v)
	}
	if v, ok := d.Get("discard"); ok && !slices.Contains([]string{"ignore", "off", "unmap", "on"}, v) {
		return fmt.Errorf("Invalid discard option")
	}
	return nil
}

// nullOptions are the null drivers' own options (null_runtime_opts).
var nullOptions = map[string]bool{"size": true, "latency-ns": true, "read-zeroes": true}

func nullDriver(d *Drive) bool {
	drv, ok := d.Get("driver")
	if file, _ := d.Get("file"); !ok && file == "" {
		drv, _ = d.Get("format") // a format alone opens as the driver
	}
	return drv == "null-co" || drv == "null-aio"
}

// cacheModes are bdrv_parse_cache_mode's words.
var cacheModes = map[string]bool{"off": true, "none": true, "directsync": true, "writeback": true,
	"unsafe": true, "writethrough": true}
