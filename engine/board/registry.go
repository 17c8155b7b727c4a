package board

import "slices"

// Registry is a plain Backends: the ids the command line created and who
// uses them. The backend packages fill it.
type Registry struct {
	Netdevs, Chardevs, Drives, Objects, Audiodevs map[string]bool
	// FirstAudiodev is the first -audiodev's id: the default a sound card
	// without audiodev= is given.
	FirstAudiodev string
	// Fsdevs are the -fsdev and -virtfs ids.
	Fsdevs map[string]bool
	// DriveNames maps a -drive id or node name to what a device's drive
	// property then prints.
	netdevUsed, chardevUsed map[string]bool
	driveUsed               map[string]string
	driveOrder              []string       // driveUsed's keys as claimed
	driveSeq                map[string]int // each claim's DriveClaim.Seq
	driveSharers            []DriveClaim   // devices sharing a read-only node with its first holder, in order
	driveLeaked             []DriveClaim   // BlockBackends refused devices left behind (LeakDrive)
	// ChardevInUse is the release's text for a chardev already in use.
	ChardevInUse func(id string) string
	// DriveInUse is the block layer's text for a drive a device already
	// holds, given that device's path and the new one's path and type
	// (nil or "": the -drive text).
	DriveInUse func(id, heldBy, devPath, devType string) string
	// SameNode names the other drive property values for the node id is
	// (a -drive's id and its root's node-name); NodeShared is the refusal
	// when a device holds one of them (other, held by heldBy) and another
	// device asks for id.
	SameNode   func(id string) []string
	NodeShared func(id, other, heldBy, devPath, devType string) string
	// Empty says whether a drive has no medium (a -drive with no file).
	Empty func(id string) bool
	// ReadOnly says whether a drive or block node is read-only; Node
	// whether id names a -blockdev node (not a -drive).
	ReadOnly func(id string) bool
	Node     func(id string) bool
	// Seq numbers a new BlockBackend (the block layer's NextSeq).
	Seq func() int
	// DriveSize is a drive's size in bytes (for a disk's geometry).
	DriveSize func(id string) int64
	// CharClaims, when set, decides chardev claims (the chardev package's
	// state: mux chardevs take several frontends, each open one shows).
	CharClaims interface {
		Claim(id, frontend string) string
		Release(id string)
	}
}

// NewRegistry is an empty registry.
func NewRegistry() *Registry {
	return &Registry{Netdevs: map[string]bool{}, Chardevs: map[string]bool{}, Drives: map[string]bool{},
		Objects: map[string]bool{}, Audiodevs: map[string]bool{}, Fsdevs: map[string]bool{}, netdevUsed: map[string]bool{},
		chardevUsed: map[string]bool{}, driveUsed: map[string]string{}, driveSeq: map[string]int{}}
}

func (r *Registry) ClaimNetdev(id string) string {
	if !r.Netdevs[id] {
		return "missing"
	}
	if r.netdevUsed[id] {
		return "in use"
	}
	r.netdevUsed[id] = true
	return ""
}

func (r *Registry) ReleaseNetdev(id string) { delete(r.netdevUsed, id) }

// NetdevUsed says whether a device took the netdev.
func (r *Registry) NetdevUsed(id string) bool { return r.netdevUsed[id] }

func (r *Registry) ClaimChardev(id, devType string) string {
	if r.CharClaims != nil {
		return r.CharClaims.Claim(id, devType)
	}
	if !r.Chardevs[id] {
		return "missing"
	}
	if r.chardevUsed[id] {
		if r.ChardevInUse != nil {
			return r.ChardevInUse(id)
		}
		return "Device '" + id + "' is in use"
	}
	r.chardevUsed[id] = true
	return ""
}

// ChardevOpenedAtOnce says whether a chardev's frontend sees it open as
// soon as it attaches (true when the chardev package does not say).
func (r *Registry) ChardevOpenedAtOnce(id string) bool {
	if o, ok := r.CharClaims.(interface{ OpenedAtOnce(string) bool }); ok {
		return o.OpenedAtOnce(id)
	}
	return true
}

// ChardevFrontend says which device a board made for an already opened
// chardev (the -serial/-parallel ports).
func (r *Registry) ChardevFrontend(id, devType string) {
	if f, ok := r.CharClaims.(interface{ SetFrontend(id, frontend string) }); ok {
		f.SetFrontend(id, devType)
	}
}

func (r *Registry) ReleaseChardev(id string) {
	if r.CharClaims != nil {
		r.CharClaims.Release(id)
	}
	delete(r.chardevUsed, id)
}

// Drive says whether a drive (a -drive id or a node name) exists.
func (r *Registry) Drive(id string) bool { return r.Drives[id] }

func (r *Registry) ClaimDrive(id, devPath, devType string) string {
	if !r.Drives[id] {
		return "missing"
	}
	if r.SameNode != nil && !r.DriveReadOnly(id) {
		// A -drive and its root's node-name are one node: a device on
		// either meets the other's claim on write.
		for _, other := range r.SameNode(id) {
			if held, used := r.driveUsed[other]; used && r.NodeShared != nil {
				if msg := r.NodeShared(id, other, held, devPath, devType); msg != "" {
					return msg
				}
			}
		}
	}
	if held, used := r.driveUsed[id]; used {
		if r.Node != nil && r.Node(id) && r.DriveReadOnly(id) {
			// A read-only node: no device takes write, so none unshares
			// it for the others (the first holder stays the one shown).
			r.driveSharers = append(r.driveSharers, DriveClaim{Drive: id, Path: devPath, Seq: r.nextSeq(id)})
			return ""
		}
		if r.DriveInUse != nil {
			if msg := r.DriveInUse(id, held, devPath, devType); msg != "" {
				return msg
			}
		}
		return "Drive '" + id + "' is already in use by another device"
	}
	r.driveUsed[id] = devPath
	r.driveOrder = append(r.driveOrder, id)
	r.driveSeq[id] = r.nextSeq(id)
	return ""
}

// DriveReadOnly says whether a drive or block node is read-only.
func (r *Registry) DriveReadOnly(id string) bool { return r.ReadOnly != nil && r.ReadOnly(id) }

// DriveIsNode says whether a drive property value names a block node
// (its device gets an anonymous BlockBackend) rather than a drive.
func (r *Registry) DriveIsNode(id string) bool { return r.Node != nil && r.Node(id) }

// DriveEmpty says whether a drive has no medium.
func (r *Registry) DriveEmpty(id string) bool { return r.Empty != nil && r.Empty(id) }

func (r *Registry) ReleaseDrive(id string) {
	for i := len(r.driveSharers) - 1; i >= 0; i-- { // the latest claim first
		if r.driveSharers[i].Drive == id {
			r.driveSharers = slices.Delete(r.driveSharers, i, i+1)
			return
		}
	}
	delete(r.driveUsed, id)
	r.driveOrder = slices.DeleteFunc(r.driveOrder, func(s string) bool { return s == id })
}

// DriveUser is the QOM path of the device attached to a drive ("" none).
func (r *Registry) DriveUser(id string) string { return r.driveUsed[id] }

// DriveClaim is a device holding a drive or node; Seq numbers the
// BlockBackend the device made for a node (0 for a drive's own). A
// leaked one (LeakDrive) belongs to no device: Who is what it shows.
type DriveClaim struct {
	Drive, Path string
	Seq         int
	Leaked      bool
	Who         string
}

// LeakDrive keeps the BlockBackend a refused device made for a node: an
// nvme whose namespace met a permission conflict leaves it behind, still
// naming the device's id (measured on both releases: `info block` lists
// it in its place, "Attached to" the id, or nothing for a device without
// one; a refused virtio-blk, scsi-hd or usb-storage leaves none).
func (r *Registry) LeakDrive(id, who string) {
	seq := 0
	if r.Seq != nil {
		seq = r.Seq()
	}
	r.driveLeaked = append(r.driveLeaked, DriveClaim{Drive: id, Seq: seq, Leaked: true, Who: who})
}

// nextSeq numbers the BlockBackend a device makes to attach a node (a
// -drive has its own already).
func (r *Registry) nextSeq(id string) int {
	if r.Seq == nil || r.Node == nil || !r.Node(id) {
		return 0
	}
	return r.Seq()
}

// DriveClaims are the drives devices hold, in the order they took them:
// a read-only node's first holder, then the devices sharing it.
func (r *Registry) DriveClaims() []DriveClaim {
	var out []DriveClaim
	for _, id := range r.driveOrder {
		out = append(out, DriveClaim{Drive: id, Path: r.driveUsed[id], Seq: r.driveSeq[id]})
		for _, c := range r.driveSharers {
			if c.Drive == id {
				out = append(out, c)
			}
		}
	}
	return append(out, r.driveLeaked...)
}

// DriveSharers are the devices that share a read-only node with its first
// holder.
func (r *Registry) DriveSharers() []DriveClaim { return slices.Clone(r.driveSharers) }

// DriveUserOf is the drive a device holds ("" none).
func (r *Registry) DriveUserOf(devPath string) string {
	for _, id := range r.driveOrder {
		if r.driveUsed[id] == devPath {
			return id
		}
	}
	for _, c := range r.driveSharers {
		if c.Path == devPath {
			return c.Drive
		}
	}
	return ""
}

func (r *Registry) Object(id string) bool   { return r.Objects[id] }
func (r *Registry) Audiodev(id string) bool { return r.Audiodevs[id] }

// Repath follows a board device that moved in /machine/unattached (a
// device the board made before it): the drives it holds stay its.
func (r *Registry) Repath(old, new string) {
	for id, p := range r.driveUsed {
		if p == old {
			r.driveUsed[id] = new
		}
	}
	for i := range r.driveSharers {
		if r.driveSharers[i].Path == old {
			r.driveSharers[i].Path = new
		}
	}
}
