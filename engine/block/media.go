package block

import "strings"

// Removable media (blockdev.c's tray commands): a BlockBackend found by
// its name or by its device's qdev id, the device that holds it, and a
// medium opened from a file name as change and blockdev-change-medium
// open it.

// Holder is the device holding a backend, if any.
func (l *Layer) Holder(b *Backend) (Use, bool) {
	for _, u := range l.uses() {
		if b.Name != "" && u.Drive == b.Name || b.deletedName != "" && u.Drive == b.deletedName {
			return u, true
		}
	}
	return Use{}, false
}

// DeviceHoldsBackend says whether the device with this id is itself a
// BlockBackend's device (blk_by_dev): a virtio-blk proxy is not, its
// virtio-backend child is.
func (l *Layer) DeviceHoldsBackend(id string) bool {
	for _, u := range l.uses() {
		if l.heldBy(u, id) {
			return true
		}
	}
	return false
}

// heldBy says whether a use is the device's a qdev id or an absolute QOM
// path names (a virtio proxy's id is not its backend's).
func (l *Layer) heldBy(u Use, id string) bool {
	if strings.HasPrefix(id, "/") {
		// Who is the holder's path where it is no id (a proxy's backend)
		if strings.HasPrefix(u.Who, "/") {
			return u.Who == id
		}
		return u.Path == id
	}
	return u.Who == id && !strings.HasSuffix(u.Path, "/virtio-backend")
}

// ByQdevID is blk_by_qdev_id: the named backend whose device has this id
// (or this QOM path).
func (l *Layer) ByQdevID(id string) *Backend {
	for _, b := range l.Backends {
		if u, ok := l.Holder(b); ok && l.heldBy(u, id) {
			return b
		}
	}
	return nil
}

// DeviceBackend is blk_by_qdev_id for block_set_io_throttle: a named
// backend, or the one the device made for a node (lv-x-r2m-throttle-scsi-hd-node).
func (l *Layer) DeviceBackend(id string) *Backend {
	if b := l.ByQdevID(id); b != nil {
		return b
	}
	for _, u := range l.uses() {
		if n := l.Attachable(u.Drive); n != nil && l.heldBy(u, id) {
			return &Backend{Root: n, Attached: u.Who, anonPath: u.Path, Throttle: l.anonThrottle[u.Path]}
		}
	}
	return nil
}

// OpenMedium is bdrv_open of a medium named by its file name (change,
// blockdev-change-medium): as -drive opens its file, under the format
// given or probed.
func (l *Layer) OpenMedium(file, format string, readOnly bool) (*Node, []string, error) {
	d := &Drive{Loc: file, strictReadOnly: true}
	if format != "" {
		d.Keys, d.Vals = []string{"format"}, []string{format}
	}
	return l.openDrive(d, file, "", readOnly)
}

// Insert puts a node in a backend as its medium.
func (l *Layer) Insert(b *Backend, n *Node) { b.Root = n }

// Remove takes the medium out (the node goes unless the monitor holds it).
func (l *Layer) Remove(b *Backend) {
	if b.Root != nil {
		l.forget(b.Root)
		b.Root = nil
	}
}

// InUse is bdrv_has_blk: a backend holds the node.
func (l *Layer) InUse(n *Node) bool {
	for _, b := range l.Backends {
		if b.Root == n {
			return true
		}
	}
	for _, u := range l.uses() {
		if l.Attachable(u.Drive) == n {
			return true
		}
	}
	return false
}

// DeviceUse is the use a device (by its qdev id) makes of a drive.
func (l *Layer) DeviceUse(id string) (Use, bool) {
	for _, u := range l.uses() {
		if u.Who == id && u.Drive != "" {
			return u, true
		}
	}
	return Use{}, false
}
