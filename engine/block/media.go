package block

import (
	"slices"
	"strings"
)

// Removable media (blockdev.c's tray commands): a BlockBackend found by
// its name or by its device's qdev id, the device that holds it, and a
// medium opened from a file name as change and blockdev-change-medium
// open it.

// Holder is the device holding a backend, if any.
func (l *Layer) Holder(b *Backend) (Use, bool) {
	for _, u := range l.uses() {
		if b.Name != "" && u.Drive == b.Name || b.deletedName != "" && u.Drive == b.deletedName || b.path != "" && u.Path == b.path {
			return u, true
		}
	}
	return Use{}, false
}

// deviceBackend is the anonymous backend of a device that names a node
// or no drive (nil for a -drive's): made with the node as its medium the
// first time it is asked for, kept while the device holds it.
func (l *Layer) deviceBackend(u Use) *Backend {
	n := l.Attachable(u.Drive)
	if n == nil && u.Drive != "" {
		return nil
	}
	if b := l.anon[u.Path]; b != nil && b.drive == u.Drive {
		return b
	}
	if l.anon == nil {
		l.anon = map[string]*Backend{}
	}
	b := &Backend{Root: n, path: u.Path, drive: u.Drive}
	l.anon[u.Path] = b
	return b
}

// pruneAnon forgets the anonymous backends of devices gone.
func (l *Layer) pruneAnon(uses []Use) {
	for p := range l.anon {
		if !slices.ContainsFunc(uses, func(u Use) bool { return u.Path == p }) {
			delete(l.anon, p)
		}
	}
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
	uses := l.uses()
	l.pruneAnon(uses)
	for _, u := range uses {
		if u.Who == id || strings.HasPrefix(id, "/") && l.heldBy(u, id) {
			if b := l.deviceBackend(u); b != nil {
				return b
			}
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
		if b := l.deviceBackend(u); b != nil && b.Root == n {
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
