// Package block is QEMU's block layer as a command line reaches it: the
// node graph -blockdev builds (file, raw, qcow2, null-co ...), the
// BlockBackends -drive, -hda, -cdrom and positional images make, format
// probing and its warning, the open errors a missing or mistyped host file
// gives, and what `info block` and `query-block` print. Files come from the
// simulated host (engine/hostfs).
package block

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Node is a block driver state: one node of the graph.
type Node struct {
	Name   string // node-name, or an automatic "#blockNNN"
	Driver string
	// Host is the file a "file" node opened.
	Host hostfs.File
	// Child is the node a format driver sits on ("file").
	Child *Node
	// Backing is the backing node a "backing" option named or defined
	// (nil: none, or null).
	Backing *Node
	// Options are the node's own options as given (filenames of nodes
	// without a file are made from them: "json:{...}").
	Options  qjson.Object
	ReadOnly bool
	// Size is the virtual size in bytes.
	Size int64
	// WriteThreshold is block-set-write-threshold's offset (0: none).
	WriteThreshold int64
	// Bitmaps are its dirty bitmaps, in the order added.
	Bitmaps []*Bitmap
}

// Filename is what QEMU shows as the node's file (bdrv_refresh_filename).
func (n *Node) Filename() string {
	switch n.Driver {
	case "file", "host_device", "host_cdrom":
		return n.Host.Path
	case "null-co", "null-aio":
		if len(n.plainOptions()) == 1 {
			return n.Driver + "://"
		}
	}
	// A format node with no options of its own shows its child's exact
	// filename (a host file, "null-co://").
	if n.Child != nil && len(n.plainOptions()) == 1 {
		if f := n.Child.Filename(); !strings.HasPrefix(f, "json:") {
			return f
		}
	}
	return "json:" + qjson.Marshal(n.fullOptions())
}

// plainOptions are the options that shape the data (what
// bdrv_refresh_filename keeps): not the node name, caching or permissions.
func (n *Node) plainOptions() qjson.Object {
	var o qjson.Object
	for _, m := range n.Options {
		switch m.Key {
		case "node-name", "read-only", "auto-read-only", "discard", "cache", "force-share", "detect-zeroes", "file":
			continue
		case "latency-ns":
			// not among null's strong runtime options (size, read-zeroes)
			if n.Driver == "null-co" || n.Driver == "null-aio" {
				continue
			}
		case "backing":
			// bdrv_backing_overridden: no backing node where the image
			// names none (the simulated images never do) overrides nothing;
			// a backing node does, and stands as its full options.
			if n.Backing != nil {
				o = append(o, qjson.Member{Key: m.Key, Value: n.Backing.fullOptions()})
			}
			if m.Value == nil || n.Backing != nil {
				continue
			}
		}
		o = append(o, qjson.Member{Key: m.Key, Value: typed(m.Value)})
	}
	return o
}

// typed is a keyval option's value as the visitor typed it: numbers and
// booleans are no longer strings once the options are a QDict again.
func typed(v any) any {
	s, ok := v.(string)
	if !ok {
		return v
	}
	if _, err := strconv.ParseInt(s, 10, 64); err == nil {
		return json.Number(s)
	}
	switch s {
	case "on", "true":
		return true
	case "off", "false":
		return false
	}
	return v
}

func (n *Node) fullOptions() qjson.Object {
	o := n.plainOptions()
	if n.Child != nil {
		o = append(o, qjson.Member{Key: "file", Value: n.Child.fullOptions()})
	}
	return o
}

// Leaf is the node at the bottom of the chain.
func (n *Node) Leaf() *Node {
	for n.Child != nil {
		n = n.Child
	}
	return n
}

// Backend is a BlockBackend: what a device's drive property attaches.
type Backend struct {
	// Name is the -drive id (or its automatic name: "ide0-hd0"); "" for
	// the anonymous backend a device makes for a node.
	Name string
	Root *Node // nil: no medium
	// Interface, Media, Bus and Unit are -drive's placement.
	Interface string
	Media     string
	Bus, Unit int
	// Removable: a CD-ROM or floppy drive (locked, tray).
	Removable bool
	// Attached is the device using it: its id, else its QOM path ("" for
	// a device without an id that was unparented but not finalized yet).
	Attached string
	// Held: a device holds it (blk_get_attached_dev), named or not.
	Held bool
	// NoErrorPolicy: the device has no rerror/werror (nvme), so the
	// backend reports no io-status.
	NoErrorPolicy bool
	// NoTray: removable media without a tray (the floppy drive), so
	// query-block has no tray_open.
	NoTray bool
	// Option is the -drive option as typed (its location in messages).
	Option string
	// TrayOpen: the device's tray is open (eject, blockdev-open-tray).
	TrayOpen bool
	// Throttle is its I/O limits (block_set_io_throttle); nil: none.
	Throttle *Throttle
	// deletedName: drive_del took the name; the device that held the
	// drive by it still holds the backend, empty.
	deletedName string
	// seq is when it was made, among the BlockBackends (NextSeq).
	seq int
	// path and drive: an anonymous backend's device (its QOM path) and
	// what its drive property named when it was made ("" for none).
	path, drive string
}

// Layer is the block layer of one QEMU process.
type Layer struct {
	Rel *release.Release
	// Snapshot is -snapshot: every drive's image under a temporary overlay.
	Snapshot bool
	Host     *hostfs.FS
	// Nodes are the nodes -blockdev and blockdev-add made, in order.
	Nodes []*Node
	// Histograms are the latency histograms block-latency-histogram-set
	// gave a device's BlockBackend (by the device's id), each
	// query-blockstats' members.
	Histograms map[string]qjson.Object
	// graph is every node, automatic names too, in the order they were
	// named (query-named-block-nodes).
	graph []*Node
	// Uses lists the devices holding drives now (set by the start-up,
	// which knows the devices); nil: none.
	Uses func() []Use
	// ThrottleGroup says whether a throttle-group object of that id
	// exists (throttle_group_exists; set by the start-up, which knows the
	// objects); nil: any group is taken.
	ThrottleGroup func(id string) bool
	// Backends are the BlockBackends in creation order (query-block's).
	Backends []*Backend
	// anon are the anonymous BlockBackends devices made for a node or
	// for no drive (a CD-ROM's own), by device path: their medium and tray
	// change (blockdev-open-tray, blockdev-insert-medium).
	anon      map[string]*Backend
	autoNames int
	seq       int
}

// NextSeq numbers a new BlockBackend: a -drive's when it is made, and
// (through the board's registry) a device's own for a node it attaches.
// query-block and `info block` list them in this order (blk_all_next).
func (l *Layer) NextSeq() int {
	l.seq++
	return l.seq
}

// New is an empty block layer over a host's files.
func New(rel *release.Release, host *hostfs.FS) *Layer {
	return &Layer{Rel: rel, Host: host}
}

// Node finds a node by name.
func (l *Layer) Node(name string) *Node {
	for _, n := range l.Nodes {
		if n.Name == name {
			return n
		}
	}
	return nil
}

// named is any node of the graph by name (a -drive's too, which Node
// does not list).
func (l *Layer) named(name string) *Node {
	for _, n := range l.graph {
		if n.Name == name {
			return n
		}
	}
	return nil
}

// Backend finds a named BlockBackend.
func (l *Layer) Backend(name string) *Backend {
	for _, b := range l.Backends {
		if b.Name != "" && b.Name == name {
			return b
		}
	}
	return nil
}

// ParseBlockdev is -blockdev's parsing (vl.c, at the option): JSON or
// keyval text visited as BlockdevOptions; the error is the visitor's.
func ParseBlockdev(rel *release.Release, target, arg string) (qjson.Object, error) {
	return parseQAPI(rel, target, "blockdev-add", arg, "driver")
}

// parseQAPI reads an option as a QAPI command's arguments: JSON when it
// starts with '{', else keyval with an implied first key.
func parseQAPI(rel *release.Release, target, cmd, arg, implied string) (qjson.Object, error) {
	schema := qapi.For(rel, target)
	if strings.HasPrefix(arg, "{") {
		v, err := qjson.Parse([]byte(arg))
		if err != nil {
			return nil, err
		}
		o, ok := v.(qjson.Object)
		if !ok {
			return nil, fmt.Errorf("JSON parse error, expecting value")
		}
		return o, schema.CheckJSON(cmd, o)
	}
	d, _, err := keyval.Parse(arg, implied)
	if err != nil {
		return nil, err
	}
	o := FromKeyval(d)
	return o, schema.CheckKeyval(cmd, o)
}

// FromKeyval is a keyval dictionary as a QObject of strings.
func FromKeyval(d *keyval.Dict) qjson.Object {
	var o qjson.Object
	for _, k := range d.Keys {
		switch v := d.Values[k].(type) {
		case *keyval.Dict:
			o = append(o, qjson.Member{Key: k, Value: FromKeyval(v)})
		default:
			o = append(o, qjson.Member{Key: k, Value: v})
		}
	}
	return o
}

func str(o qjson.Object, k string) (string, bool) {
	v, ok := o.Get(k)
	s, isStr := v.(string)
	return s, ok && isStr
}

func integer(o qjson.Object, k string) (int64, bool) {
	v, ok := o.Get(k)
	if !ok {
		return 0, false
	}
	switch x := v.(type) {
	case int:
		return int64(x), true
	case json.Number:
		n, err := x.Int64()
		return n, err == nil
	case string:
		n, err := strconv.ParseInt(x, 0, 64)
		return n, err == nil
	}
	return 0, false
}

func boolean(o qjson.Object, k string) bool {
	v, _ := o.Get(k)
	switch x := v.(type) {
	case bool:
		return x
	case string:
		return x == "on" || x == "yes" || x == "true" || x == "y"
	}
	return false
}

// Add is qmp_blockdev_add for a parsed -blockdev: the root needs a name,
// names are unique, then the nodes open from the bottom up.
func (l *Layer) Add(o qjson.Object) error {
	name, ok := str(o, "node-name")
	if !ok {
		return fmt.Errorf("'node-name' must be specified for the root node")
	}
	n, err := l.open(o, name, true)
	if err != nil {
		return err
	}
	l.Nodes = append(l.Nodes, n)
	return nil
}

// autoName is a node name QEMU makes up (id_generate: "#block", a
// counter from 1, then two random digits; these two are fixed here, so
// the names differ from any one run of QEMU's).
func (l *Layer) autoName() string {
	l.autoNames++
	return fmt.Sprintf("#block%d%02d", l.autoNames, l.autoNames*37%100)
}

// open opens one node (bdrv_open): its name, then its children, then the
// driver's own open. A name given empty is refused (bdrv_assign_node_name
// makes one up only when none is given).
func (l *Layer) open(o qjson.Object, name string, named bool) (*Node, error) {
	drv, _ := str(o, "driver")
	if !named {
		name = l.autoName()
	} else {
		if err := checkNodeName(name); err != nil {
			return nil, err
		}
		if l.named(name) != nil {
			return nil, fmt.Errorf("Duplicate nodes with node-name='%s'", name)
		}
		if l.Backend(name) != nil {
			return nil, fmt.Errorf("node-name=%s is conflicting with a device id", name)
		}
	}
	n := &Node{Name: name, Driver: drv, Options: o, ReadOnly: boolean(o, "read-only")}
	mark := len(l.graph)
	fail := func(err error) (*Node, error) {
		l.graph = l.graph[:mark]
		return nil, err
	}
	if ref, ok := o.Get("file"); ok && drv != "file" {
		switch r := ref.(type) {
		case string:
			c := l.Node(r)
			if c == nil {
				return fail(fmt.Errorf("Cannot find device='%s' nor node-name='%s'", r, r))
			}
			n.Child = c
		case qjson.Object:
			name, named := str(r, "node-name")
			c, err := l.open(r, name, named)
			if err != nil {
				return fail(err)
			}
			n.Child = c
		}
	}
	// bdrv_open names a node once its children are open: the graph lists
	// a child before its parent (measured with `info block -n`).
	l.graph = append(l.graph, n)
	if n.DetectZeroes() == "unmap" {
		// bdrv_parse_detect_zeroes, in bdrv_open_common before the driver opens
		if d, _ := str(o, "discard"); d != "unmap" && d != "on" {
			return fail(fmt.Errorf("setting detect-zeroes to unmap is not allowed without setting discard operation to unmap"))
		}
	}
	switch drv {
	case "file", "host_device", "host_cdrom":
		path, _ := str(o, "filename")
		f, ok := l.Host.Lookup(path)
		if !ok {
			return fail(fmt.Errorf("Could not open '%s': No such file or directory", path))
		}
		if f.Format == hostfs.Dir {
			return fail(fmt.Errorf("'file' driver requires '%s' to be a regular file", path))
		}
		n.Host, n.Size = f, (f.Length()+511)/512*512
	case "null-co", "null-aio":
		n.Size = 1 << 30
		if v, ok := o.Get("size"); ok && strings.HasPrefix(fmt.Sprint(v), "-") && l.Rel.SizeAbortAt != "" {
			// null_file_open absorbs its options with &error_abort.
			return fail(&SizeAbort{At: l.Rel.SizeAbortAt, Msg: sizeAbortMsg(l.Rel, fmt.Sprint(v))})
		}
		if s, ok := integer(o, "size"); ok {
			n.Size = s
		} else if v, ok := str(o, "size"); ok {
			if s, err := hostfs.ParseSize(v); err == nil { // a size's suffix ("1M"), as QemuOpts reads it
				n.Size = s
			}
		}
	case "throttle":
		// throttle_configure_tgm: the group must exist before the node opens.
		if g, _ := str(o, "throttle-group"); l.ThrottleGroup != nil && !l.ThrottleGroup(g) {
			return fail(fmt.Errorf("Throttle group '%s' does not exist", g))
		}
		if n.Child != nil {
			n.Size = n.Child.Size
		}
	case "vvfat":
		n.Size = vvfatSize(o)
	case "nbd":
		// No simulated host runs an NBD server (measured with none listening).
		if srv, ok := o.Get("server"); ok {
			if s, ok := srv.(qjson.Object); ok {
				path, _ := str(s, "path")
				host, _ := str(s, "host")
				port, ok := str(s, "port")
				if !ok {
					port = "10809"
				}
				return fail(connectRefused(path, host+":"+port))
			}
		}
	case "qcow2":
		if n.Child == nil || n.Child.Host.Format != hostfs.QCOW2 {
			return fail(fmt.Errorf("Image is not in qcow2 format"))
		}
		n.Size = n.Child.Host.Size
		// bdrv_open_backing_file, once the image is open.
		b, err := l.openBacking(o)
		if err != nil {
			return fail(fmt.Errorf("Could not open backing file: %v", err))
		}
		n.Backing = b
	case "vmdk": // no simulated host file is a VMDK image
		return fail(fmt.Errorf("invalid VMDK image descriptor"))
	case "raw":
		if n.Child != nil {
			n.Size = n.Child.Size
		}
		if err := rawOffsetSize(n, o); err != nil {
			return fail(err)
		}
	default:
		if n.Child != nil {
			n.Size = n.Child.Size
		}
	}
	return n, nil
}

// rawOffsetSize is raw_apply_options: an offset within the child, a size
// that fits after it and is a whole number of sectors; the node's size is
// what is left past the offset unless one is given.
func rawOffsetSize(n *Node, o qjson.Object) error {
	offset, hasOffset := integer(o, "offset")
	size, hasSize := integer(o, "size")
	if n.Child == nil || !hasOffset && !hasSize {
		if hasSize {
			n.Size = size
		}
		return nil
	}
	real := n.Child.Size
	switch {
	case uint64(offset) > uint64(real):
		return fmt.Errorf("Offset (%d) cannot be greater than size of the containing file (%d)", uint64(offset), real)
	case hasSize && uint64(real-offset) < uint64(size):
		return fmt.Errorf("The sum of offset (%d) and size (%d) has to be smaller or equal to the  actual size of the containing file (%d)",
			uint64(offset), uint64(size), real)
	case hasSize && size%512 != 0:
		return fmt.Errorf("Specified size is not multiple of 512")
	case hasSize:
		n.Size = size
	default:
		n.Size = real - offset
	}
	return nil
}

// openBacking is a "backing" option's node: a reference to one, or one
// defined in place; nil for none (null, or no option).
func (l *Layer) openBacking(o qjson.Object) (*Node, error) {
	v, _ := o.Get("backing")
	switch r := v.(type) {
	case string:
		b := l.Node(r)
		if b == nil {
			return nil, fmt.Errorf("Cannot find device='%s' nor node-name='%s'", r, r)
		}
		return b, nil
	case qjson.Object:
		name, named := str(r, "node-name")
		return l.open(r, name, named)
	}
	return nil, nil
}

// DetectZeroes is the node's detect-zeroes choice ("off" unless given).
func (n *Node) DetectZeroes() string {
	if v, ok := str(n.Options, "detect-zeroes"); ok && v != "" {
		return v
	}
	return "off"
}

// BackingDepth is the length of the node's chain of filtered or backing
// children (query-block's backing_file_depth, info block's chain depth):
// bdrv_block_device_info follows bdrv_filter_or_cow_child, so a filter
// (throttle, copy-on-read) counts its file child (measured: copy-on-read
// over raw is 1; raw is no filter and ends the chain).
func (n *Node) BackingDepth() int {
	d := 0
	for b := n.FilterOrCOW(); b != nil; b = b.FilterOrCOW() {
		d++
	}
	return d
}

// filterDrivers are the block drivers that are filters (is_filter): their
// file child is the node they filter.
var filterDrivers = map[string]bool{"throttle": true, "copy-on-read": true, "preallocate": true, "compress": true,
	"blkdebug": true, "blklogwrites": true, "blkreplay": true, "copy-before-write": true}

// FilterOrCOW is bdrv_filter_or_cow_bs: the backing node, or a filter's
// file child.
func (n *Node) FilterOrCOW() *Node {
	if n.Backing != nil {
		return n.Backing
	}
	if filterDrivers[n.Driver] {
		return n.Child
	}
	return nil
}

// SizeAbort is a null driver's negative size: parse_option_size reports
// it through error_abort, and QEMU aborts.
type SizeAbort struct{ At, Msg string }

func (e *SizeAbort) Error() string { return "Unexpected error in " + e.At + ":\n" + e.Msg + "\n" }

func sizeAbortMsg(rel *release.Release, size string) string {
	if strings.Contains(rel.SizeAbortError, "%s") {
		return fmt.Sprintf(rel.SizeAbortError, size)
	}
	return rel.SizeAbortError
}

// checkNodeName is id_wellformed: a letter, then letters, digits, '-',
// '.' and '_'.
func checkNodeName(name string) error {
	if name == "" {
		return fmt.Errorf("Invalid node-name: ''")
	}
	for i, c := range name {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_')) {
			return fmt.Errorf("Invalid node-name: '%s'", name)
		}
	}
	return nil
}

// Use is a device holding a drive: Drive is what its drive property
// names (a -drive id or a node; "" for a CD-ROM device's own empty
// drive), Who how the block layer names the device (its id, else its QOM
// path).
type Use struct {
	Drive, Path, Who string
	// NoErrorPolicy: the device has no rerror/werror (nvme), so its
	// backend reports no io-status.
	NoErrorPolicy bool
	// NoTray: removable without a tray (the floppy drive).
	NoTray bool
	// Removable: the device has a tray (a CD-ROM or floppy drive), which
	// makes its backend removable.
	Removable bool
	// Seq: when the device's BlockBackend for a node was made (NextSeq;
	// 0 when not numbered).
	Seq int
}

func (l *Layer) uses() []Use {
	if l.Uses == nil {
		return nil
	}
	return l.Uses()
}

// Has says whether a drive property can name it: a -drive id or a node.
func (l *Layer) Has(name string) bool { return l.Backend(name) != nil || l.Attachable(name) != nil }

// Attachable is the node a drive property names by node-name: a
// -blockdev's, or a -drive's root given node-name= (set_drive_helper's
// bdrv_lookup_bs; the device then makes a BlockBackend of its own).
func (l *Layer) Attachable(name string) *Node {
	if n := l.Node(name); n != nil {
		return n
	}
	if b := l.DriveOfNode(name); b != nil {
		return b.Root
	}
	if n := l.named(name); n != nil && n.Name != "" && !strings.HasPrefix(n.Name, "#") {
		return n // a node a drive_del left to the device holding it
	}
	return nil
}

// DriveOfNode is the named drive whose root node has that node-name.
func (l *Layer) DriveOfNode(name string) *Backend {
	for _, b := range l.Backends {
		if b.Name != "" && b.Root != nil && b.Root.Name == name {
			return b
		}
	}
	return nil
}

const extraKey = "block"

// Set attaches a block layer to its machine (for the monitor).
func Set(m *machine.Machine, l *Layer) { m.Extra[extraKey] = l }

// Of is a machine's block layer: an empty one when none was attached.
func Of(m *machine.Machine) *Layer {
	if l, ok := m.Extra[extraKey].(*Layer); ok {
		return l
	}
	l := New(m.Release(), nil)
	m.Extra[extraKey] = l
	return l
}

// Size is the virtual size of what a drive property names (0: no medium).
func (l *Layer) Size(drive string) int64 {
	if b := l.Backend(drive); b != nil {
		if b.Root == nil {
			return 0
		}
		return b.Root.Size
	}
	if n := l.Attachable(drive); n != nil {
		return n.Size
	}
	return 0
}
