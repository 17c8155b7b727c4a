package block

import (
	"errors"
	"fmt"
	"slices"
)

// DriveDel is HMP drive_del (hmp_drive_del). A node's name deletes that
// node as blockdev-del would. A drive's BlockBackend loses its medium and
// its name: a device holding it keeps it, empty and anonymous (info block
// then lists it by the device); one no device holds is gone. gone says
// the drive's name is free again.
func (l *Layer) DriveDel(id string) (gone bool, err error) {
	for _, n := range l.graph {
		if n.Name == id {
			return false, l.deleteNode(n)
		}
	}
	b := l.Backend(id)
	if b == nil {
		return false, fmt.Errorf("Device '%s' not found", id)
	}
	if !l.nodeUsed(b.Root) { // a device that named the node keeps it
		l.forget(b.Root)
	}
	b.Root = nil
	for _, u := range l.uses() {
		if u.Drive == id {
			b.Name, b.deletedName = "", id
			return true, nil
		}
	}
	l.Backends = slices.DeleteFunc(l.Backends, func(x *Backend) bool { return x == b })
	return true, nil
}

// heldAfterDel: drive_del took the drive of that id from a device that
// still holds its BlockBackend, whose DriveInfo keeps the id's QemuOpts
// (freed with the BlockBackend), so a new drive of that id is a duplicate.
func (l *Layer) heldAfterDel(id string) bool {
	for _, b := range l.Backends {
		if b.Name == "" && b.deletedName == id {
			return true
		}
	}
	return false
}

// AutoDel is blockdev_auto_del, as a device that marked its drive for it
// (blockdev_mark_auto_del: virtio-blk's and the SCSI disks' unrealize) is
// finalized: a drive -drive or drive_add made goes with it, name and node,
// once no device holds it. A node name (blockdev-add, or a -drive's
// node-name=) stays: the device's own BlockBackend had no DriveInfo.
// Measured: an unplugged scsi-hd's, virtio-blk's or usb-storage's drive is
// "not found" by drive_del and gone from `info block` after its
// DEVICE_DELETED (probe_mix r43v-, both releases).
func (l *Layer) AutoDel(id string) {
	b := l.Backend(id)
	if b == nil {
		return
	}
	for _, u := range l.uses() {
		if u.Drive == id {
			return
		}
	}
	if !l.nodeUsed(b.Root) {
		l.forget(b.Root)
	}
	l.Backends = slices.DeleteFunc(l.Backends, func(x *Backend) bool { return x == b })
}

// nodeUsed: a device holds the node through a BlockBackend of its own.
func (l *Layer) nodeUsed(n *Node) bool {
	for _, u := range l.uses() {
		if n != nil && n.Name != "" && u.Drive == n.Name {
			return true
		}
	}
	return false
}

// deleteNode is qmp_blockdev_del's checks, in its order.
func (l *Layer) deleteNode(n *Node) error {
	for _, b := range l.Backends {
		if b.Root == n {
			return fmt.Errorf("Node %s is in use", n.Name)
		}
	}
	for _, u := range l.uses() {
		if b := l.deviceBackend(u); b != nil && b.Root == n {
			return fmt.Errorf("Node %s is in use", n.Name)
		}
	}
	// bdrv_op_is_blocked: a backing node carries its overlay's blocker,
	// named by the overlay's device (a -drive's) or node name.
	for _, p := range l.graph {
		if p.Backing == n {
			over := p.Name
			for _, b := range l.Backends {
				if b.Root == p && b.Name != "" {
					over = b.Name
				}
			}
			return fmt.Errorf("Node '%s' is busy: node is used as backing hd of '%s'", n.Name, over)
		}
	}
	if !slices.Contains(l.Nodes, n) {
		return fmt.Errorf("Node %s is not owned by the monitor", n.Name)
	}
	for _, p := range l.graph {
		if p.Child == n {
			return fmt.Errorf("Block device %s is in use", n.Name)
		}
	}
	l.Nodes = slices.DeleteFunc(l.Nodes, func(x *Node) bool { return x == n })
	l.forget(n)
	return nil
}

// forget takes a node and the children only it held out of the graph.
func (l *Layer) forget(n *Node) {
	for ; n != nil; n = n.Child {
		if slices.Contains(l.Nodes, n) {
			return // a -blockdev node: the monitor still holds it
		}
		l.graph = slices.DeleteFunc(l.graph, func(x *Node) bool { return x == n })
	}
}

// BlockdevDel is QMP blockdev-del: a node by its name, with the checks
// deleteNode makes.
func (l *Layer) BlockdevDel(name string) error {
	for _, n := range l.graph {
		if n.Name == name {
			return l.deleteNode(n)
		}
	}
	return fmt.Errorf("Failed to find node with node-name='%s'", name)
}

// Resize is qmp_block_resize's lookup and the driver's answer: a drive by
// name or a node by node name; the null drivers cannot grow. A drive
// that can is left as it is (the guest sees no disk here).
func (l *Layer) Resize(device, node string, size int64) error {
	var n *Node
	if b := l.Backend(device); device != "" && b != nil {
		n = b.Root
	} else if node != "" {
		for _, g := range l.graph {
			if g.Name == node {
				n = g
			}
		}
	}
	if n == nil {
		return fmt.Errorf("Cannot find device='%s' nor node-name='%s'", device, node)
	}
	if size < 0 {
		return fmt.Errorf("Parameter 'size' expects a >0 size")
	}
	// qmp_block_resize's BlockBackend asks for RESIZE, which a raw parent
	// with an offset or a size of its own does not share (raw_child_perm).
	for _, p := range l.graph {
		if p.Child == n && p.Driver == "raw" && p.rawWindow() {
			return fmt.Errorf("Permission conflict on node '%s': permissions 'resize' are both required by an unnamed block device (uses node '%s' as 'root' child) and unshared by node '%s' (uses node '%s' as 'file' child).", n.Name, n.Name, p.Name, n.Name)
		}
	}
	// raw_co_truncate passes the request to its file (a raw node with a
	// size of its own refuses it).
	for n.Driver == "raw" && n.Child != nil {
		if _, fixed := n.Options.Get("size"); fixed {
			return fmt.Errorf("Cannot resize fixed-size raw disks")
		}
		n = n.Child
	}
	if n.Driver == "null-co" || n.Driver == "null-aio" {
		return fmt.Errorf("Image format driver does not support resize")
	}
	return nil
}

// Roots are the nodes bdrv_next walks: each BlockBackend's root (in
// creation order), then the monitor's nodes no BlockBackend holds.
func (l *Layer) Roots() (names []string, roots []*Node) {
	held := map[*Node]bool{}
	for _, b := range l.listed() {
		if b.Root != nil {
			held[b.Root] = true
			name := b.Name
			if name == "" {
				name = b.Root.Name
			}
			names, roots = append(names, name), append(roots, b.Root)
		}
	}
	child := map[*Node]bool{}
	for _, n := range l.graph {
		if n.Child != nil {
			child[n.Child] = true
		}
	}
	for _, n := range l.Nodes {
		if !held[n] && !child[n] {
			names, roots = append(names, n.Name), append(roots, n)
		}
	}
	return names, roots
}

// Lookup is bdrv_lookup_bs(name, name): a BlockBackend's root, else a
// node by its name.
func (l *Layer) Lookup(name string) *Node {
	if b := l.Backend(name); b != nil && b.Root != nil {
		return b.Root
	}
	for _, n := range l.graph {
		if n.Name == name {
			return n
		}
	}
	return nil
}

// Bitmap is a dirty bitmap on a node (block-dirty-bitmap-add).
type Bitmap struct {
	Name        string
	Granularity int64
	Disabled    bool
}

// ThrottleGroupUsed says whether a throttle node holds the throttle group
// (throttle_group_can_be_deleted: the group has members).
func (l *Layer) ThrottleGroupUsed(id string) bool {
	for _, n := range l.graph {
		if g, _ := n.Options.Get("throttle-group"); n.Driver == "throttle" && g == id {
			return true
		}
	}
	return false
}

// CanSnapshot is bdrv_can_snapshot: qcow2 has snapshots; a driver
// without them answers for its file (raw over a file has none either).
func CanSnapshot(n *Node) bool {
	return n.Driver == "qcow2"
}

// LoadSnapshotError is load_snapshot's refusal of a snapshot name: a
// writable root whose driver takes no snapshots (bdrv_all_can_snapshot),
// then a writable root without the snapshot (the simulated images hold
// none), then no root to hold the VM state.
func (l *Layer) LoadSnapshotError(name string) error {
	names, roots := l.Roots()
	writable := false
	for i, n := range roots {
		if n.ReadOnly {
			continue // bdrv_all_snapshots_includes_bs leaves it out
		}
		writable = true
		if !CanSnapshot(n) {
			return fmt.Errorf("Device '%s' is writable but does not support snapshots", names[i])
		}
	}
	if writable {
		return fmt.Errorf("Snapshot '%s' does not exist in one or more devices", name)
	}
	return errors.New("no block device can store vmstate for snapshot")
}

// rawWindow: a raw node shows a window of its file (an offset or a size
// of its own).
func (n *Node) rawWindow() bool {
	_, sized := n.Options.Get("size")
	off, _ := n.Options.Get("offset")
	return sized || off != nil && fmt.Sprint(off) != "0"
}

// Named is a node by its node name alone (bdrv_lookup_bs(NULL, name)).
func (l *Layer) Named(name string) *Node { return l.named(name) }

// AttachedUser names the device whose BlockBackend has n as its root, as
// a permission conflict names it ("" when no device holds n).
func (l *Layer) AttachedUser(n *Node) string {
	for _, b := range l.listed() {
		if b.Root == n && b.Attached != "" {
			return b.Attached
		}
	}
	return ""
}

// AllNodes is every node of the graph, oldest first.
func (l *Layer) AllNodes() []*Node { return l.graph }

// RootOfDevice is the node a device's BlockBackend holds (blk_by_qdev_id).
func (l *Layer) RootOfDevice(id string) *Node {
	for _, b := range l.listed() {
		if b.Attached == id && b.Root != nil {
			return b.Root
		}
	}
	return nil
}
