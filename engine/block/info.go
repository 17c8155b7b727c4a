package block

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// listed are the backends query-block and `info block` show: the named
// ones, and anonymous ones a device holds.
func (l *Layer) listed() []*Backend {
	type made struct {
		seq int
		b   *Backend
	}
	var out []made
	uses := l.uses()
	for _, b := range l.Backends {
		c := *b
		// A drive no device holds counts as removable media
		// (blk_dev_has_removable_media: no device, nothing to refuse it).
		c.Removable = true
		for _, u := range uses {
			if u.Drive == b.Name && b.Name != "" || b.deletedName != "" && u.Drive == b.deletedName {
				c.Attached, c.Held, c.NoErrorPolicy, c.NoTray = u.Who, true, u.NoErrorPolicy, u.NoTray
				c.Removable = b.Removable || u.Removable
			}
		}
		out = append(out, made{b.seq, &c})
	}
	var empty []*Backend
	l.pruneAnon(uses)
	for _, u := range uses {
		own := l.deviceBackend(u)
		if own == nil {
			continue
		}
		c := *own
		c.Attached, c.Held, c.NoErrorPolicy, c.NoTray = u.Who, true, u.NoErrorPolicy, u.NoTray
		if u.Drive == "" {
			c.Removable = true
			empty = append(empty, &c)
			continue
		}
		c.Removable = u.Removable
		seq := u.Seq
		if seq == 0 { // not numbered: after the drives, as claimed
			seq = math.MaxInt
		}
		out = append(out, made{seq, &c})
	}
	// In creation order: a device's backend for a node made before a
	// drive_add's drive comes first (measured on both releases).
	slices.SortStableFunc(out, func(a, b made) int { return cmp.Compare(a.seq, b.seq) })
	var list []*Backend
	for _, m := range out {
		list = append(list, m.b)
	}
	return append(list, empty...)
}

// InfoBlockOf is `info block [-n] [device]`: one backend, else the node
// of that name (printed without its device), or with -n every named node.
func (l *Layer) InfoBlockOf(device string, nodes bool) string {
	return l.InfoBlockVerbose(device, nodes, false)
}

// InfoBlockVerbose is `info block [-n] [-v] [device]`: with -v each
// inserted medium's image follows (print_block_info's "Images:").
func (l *Layer) InfoBlockVerbose(device string, nodes, verbose bool) string {
	var list []*Backend
	// hmp_info_block separates entries by their place in the whole list:
	// one named after the first starts with a blank line.
	lead := ""
	for i, b := range l.listed() {
		if device == "" && !nodes || b.Name != "" && b.Name == device {
			if i > 0 && device != "" {
				lead = "\r\n"
			}
			list = append(list, b)
		}
	}
	if nodes || device != "" && len(list) == 0 {
		list, lead = nil, ""
		// query-named-block-nodes: every node, a -drive's named root too.
		for i, n := range l.newestFirst() {
			if nodes && device == "" || n.Name == device {
				if i > 0 && device != "" {
					lead = "\r\n"
				}
				list = append(list, &Backend{Root: n})
			}
		}
	}
	if len(list) == 0 {
		return ""
	}
	return lead + printBlock(list, verbose)
}

// InfoBlock is HMP `info block` (hmp_info_block, print_block_info).
func (l *Layer) InfoBlock() string { return l.InfoBlockOf("", false) }

func printBlock(list []*Backend, verbose bool) string {
	var w strings.Builder
	for i, b := range list {
		if i > 0 {
			w.WriteString("\n")
		}
		n := b.Root
		switch {
		case b.Name != "" && n != nil:
			fmt.Fprintf(&w, "%s (%s)", b.Name, n.Name)
		case b.Name != "":
			w.WriteString(b.Name)
		case n != nil:
			w.WriteString(n.Name)
		case b.Attached != "":
			w.WriteString(b.Attached) // a device's own empty drive: its qdev
		default:
			w.WriteString("<anonymous>") // held by a device being finalized
		}
		if n == nil {
			w.WriteString(": [not inserted]\n")
		} else {
			ro := ""
			if n.ReadOnly {
				ro = ", read-only"
			}
			fmt.Fprintf(&w, ": %s (%s%s)\n", n.Filename(), n.Driver, ro)
		}
		if b.Attached != "" {
			fmt.Fprintf(&w, "    Attached to:      %s\n", b.Attached)
		}
		if b.Removable {
			tray := "closed"
			if b.TrayOpen {
				tray = "open"
			}
			fmt.Fprintf(&w, "    Removable device: not locked, tray %s\n", tray)
		}
		if n != nil {
			w.WriteString("    Cache mode:       writeback\n")
			if n.Backing != nil {
				fmt.Fprintf(&w, "    Backing file:     %s (chain depth: %d)\n", n.Backing.Filename(), n.BackingDepth())
			}
			if dz := n.DetectZeroes(); dz != "off" {
				fmt.Fprintf(&w, "    Detect zeroes:    %s\n", dz)
			}
			if b.Throttle != nil {
				w.WriteString(b.Throttle.line())
			}
			if verbose {
				w.WriteString(imageInfo(n))
			}
		}
	}
	return strings.ReplaceAll(w.String(), "\n", "\r\n")
}

// QueryBlock is QMP query-block.
func (l *Layer) QueryBlock() []any {
	out := []any{}
	for _, b := range l.listed() {
		e := qjson.O("device", b.Name, "locked", false, "removable", b.Removable)
		// A drive no device has taken has no I/O status and no tray
		// (measured: -drive if=none, drive_add).
		// drive_del sets a held backend's error policy to report, which
		// disables its I/O status (blk_iostatus_is_enabled).
		if !b.NoErrorPolicy && b.Held && b.deletedName == "" {
			e = append(e, qjson.Member{Key: "io-status", Value: "ok"})
		}
		if b.Root != nil {
			in := l.inserted(b.Root, false)
			if b.Throttle != nil {
				in = b.Throttle.throttled(in)
			}
			if l.Rel.BlockNodeActive {
				in = append(in, qjson.Member{Key: "active", Value: true})
			}
			e = append(e, qjson.Member{Key: "inserted", Value: in})
		}
		if b.Attached != "" {
			e = append(e, qjson.Member{Key: "qdev", Value: b.Attached})
		}
		if b.Removable && b.Held && !b.NoTray {
			e = append(e, qjson.Member{Key: "tray_open", Value: b.TrayOpen})
		}
		e = append(e, qjson.Member{Key: "type", Value: "unknown"})
		out = append(out, e)
	}
	return out
}

// NamedNodes is QMP query-named-block-nodes: every node, in the order
// they were named; flat leaves out backing chains.
func (l *Layer) NamedNodes(flat bool) []any {
	out := []any{}
	for _, n := range l.newestFirst() {
		in := l.inserted(n, flat)
		if l.Rel != nil && l.Rel.BlockNodeActive {
			in = append(in, qjson.Member{Key: "active", Value: true})
		}
		out = append(out, in)
	}
	return out
}

// newestFirst is every node, the last named first (QEMU's node list).
func (l *Layer) newestFirst() []*Node {
	out := make([]*Node, 0, len(l.graph))
	for i := len(l.graph) - 1; i >= 0; i-- {
		out = append(out, l.graph[i])
	}
	return out
}

// inserted is BlockDeviceInfo for a backend's root node
// (bdrv_block_device_info): flat stops at the node, without its backing
// chain's images and depth (query-named-block-nodes' flat).
func (l *Layer) inserted(n *Node, flat bool) qjson.Object {
	file := n.Filename()
	image := l.imageOf(n, flat)
	depth := n.BackingDepth()
	if flat {
		depth = 0
	}
	o := qjson.O("iops_rd", 0, "detect_zeroes", n.DetectZeroes(), "image", image, "iops_wr", 0, "ro", n.ReadOnly,
		"node-name", n.Name, "backing_file_depth", depth, "drv", n.Driver, "iops", 0, "bps_wr", 0)
	if n.Backing != nil {
		// before write_threshold, as BlockDeviceInfo's members are visited
		// (the two share a QDict bucket: measured)
		o = append(o, qjson.Member{Key: "backing_file", Value: n.Backing.Filename()})
	}
	o = append(o, qjson.Member{Key: "write_threshold", Value: n.WriteThreshold})
	if len(n.Bitmaps) > 0 {
		// bdrv_query_dirty_bitmaps: the newest first.
		var bms []any
		for i := len(n.Bitmaps) - 1; i >= 0; i-- {
			b := n.Bitmaps[i]
			bms = append(bms, qjson.O("name", b.Name, "recording", !b.Disabled, "persistent", false, "busy", false,
				"granularity", b.Granularity, "count", 0))
		}
		o = append(o, qjson.Member{Key: "dirty-bitmaps", Value: bms})
	}
	return append(o, qjson.O("encrypted", false, "bps", 0, "bps_rd", 0,
		"cache", qjson.O("no-flush", false, "direct", false, "writeback", true), "file", file)...)
}

// imageOf is a node's ImageInfo (bdrv_query_image_info), its backing
// node's first when it has one (the backing chain's, as "backing-image").
func (l *Layer) imageOf(n *Node, flat bool) qjson.Object {
	leaf := n.Leaf()
	var image qjson.Object
	if b := n.FilterOrCOW(); b != nil && !flat {
		image = qjson.O("backing-image", l.imageOf(b, false))
	}
	image = append(image, qjson.O("virtual-size", n.Size, "filename", n.Filename())...)
	if n.Driver == "qcow2" {
		image = append(image, qjson.Member{Key: "cluster-size", Value: 65536})
	}
	image = append(image, qjson.Member{Key: "format", Value: n.Driver})
	if leaf.Host.Path != "" {
		image = append(image, qjson.Member{Key: "actual-size", Value: leaf.Host.Allocated()})
	} else if leaf.Driver != "vvfat" { // a folder has no allocation to report
		image = append(image, qjson.Member{Key: "actual-size", Value: 0})
	}
	if n.Driver == "qcow2" {
		image = append(image, qjson.Member{Key: "format-specific", Value: qjson.O("type", "qcow2", "data",
			qjson.O("compat", "1.1", "compression-type", "zlib", "lazy-refcounts", false, "refcount-bits", 16, "corrupt", false, "extended-l2", false))})
	}
	if n.Driver == "file" && l.Rel != nil && l.Rel.FileNodeFormatSpecific {
		image = append(image, qjson.Member{Key: "format-specific", Value: qjson.O("type", "file", "data", qjson.Object{})})
	}
	if leaf.Host.Format != "" && leaf.Host.Format != hostfs.Dir {
		image = append(image, qjson.Member{Key: "dirty-flag", Value: false})
	}
	return image
}

// imageInfo is -v's "Images:" and bdrv_image_info_dump of the node, for
// the null drivers (measured on 7.2 and 10.0: no allocation, "0 B"); other
// drivers' dumps (disk size from the host, format-specific lines) are not
// modelled and print nothing.
func imageInfo(n *Node) string {
	// A null leaf has no allocation to show (disk size 0 B), whether
	// it is the root or under raw; host files' images are not modelled.
	if leaf := n.Leaf(); leaf.Driver != "null-co" && leaf.Driver != "null-aio" || n.Driver != leaf.Driver && n.Driver != "raw" {
		return ""
	}
	return fmt.Sprintf("\nImages:\nimage: %s\nfile format: %s\nvirtual size: %s (%d bytes)\ndisk size: 0 B\n",
		n.Filename(), n.Driver, qdev.SizeString(uint64(n.Size)), n.Size)
}
