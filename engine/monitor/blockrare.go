package monitor

import (
	"fmt"
	"slices"

	"hotpluglab/engine/block"
	"hotpluglab/engine/object"
	"hotpluglab/engine/qjson"
)

// The block layer's rarer QMP commands (blockdev.c, block/*.c) on nodes
// that have no backing chain and drivers that cannot create, amend or
// take children: their lookups and refusals in QEMU's order, and the two
// settings a listing shows (a node's write threshold, a BlockBackend's
// latency histograms). Measured on both releases (m15-*-block-rare).

// createDrivers have .bdrv_co_create (blockdev-create); amendDrivers
// .bdrv_co_amend (x-blockdev-amend); backingDrivers .supports_backing.
var (
	createDrivers  = []string{"file", "qcow2", "qcow", "qed", "vdi", "vhdx", "vmdk", "vpc", "parallels", "luks"}
	amendDrivers   = []string{"qcow2", "luks"}
	backingDrivers = []string{"qcow2", "qcow", "qed", "vmdk", "vpc", "parallels", "vhdx"}
)

// histogram is one BlockLatencyHistogramInfo with no request counted.
func histogram(bounds []any) qjson.Object {
	bins := make([]any, len(bounds)+1)
	for i := range bins {
		bins[i] = 0
	}
	return qjson.O("boundaries", bounds, "bins", bins)
}

func (mon *Monitor) namedNode(name string) *block.Node {
	if l := block.Of(mon.M); l != nil {
		return l.Named(name)
	}
	return nil
}

func init() {
	registerLater(func() {
		RegisterQMP("block-set-write-threshold", func(mon *Monitor, a qjson.Object) (any, *Error) {
			name := orEmpty(arg(a, "node-name"))
			n := mon.namedNode(name)
			if n == nil {
				return nil, GenericError(fmt.Sprintf("Device '%s' not found", name))
			}
			n.WriteThreshold = toInt64(arg(a, "write-threshold"))
			return qjson.Object{}, nil
		})
		// qmp_block_latency_histogram_set: each request type takes its own
		// boundaries, else the common ones; none given clears it.
		RegisterQMP("block-latency-histogram-set", func(mon *Monitor, a qjson.Object) (any, *Error) {
			l := block.Of(mon.M)
			id := orEmpty(arg(a, "id"))
			if err := mon.blkByQdevID(l, id); err != nil {
				return nil, err
			}
			var h qjson.Object
			ops := []string{"rd", "wr", "flush"}
			if mon.M.Release().BlockStatsZoneAppend {
				ops = []string{"rd", "wr", "zone_append", "flush"}
			}
			for _, op := range ops {
				long := map[string]string{"rd": "read", "wr": "write", "zone_append": "zap", "flush": "flush"}[op]
				b, ok := arg(a, "boundaries-"+long).([]any)
				if !ok {
					b, ok = arg(a, "boundaries").([]any)
				}
				if ok {
					h = append(h, qjson.Member{Key: op + "_latency_histogram", Value: histogram(b)})
				}
			}
			if l.Histograms == nil {
				l.Histograms = map[string]qjson.Object{}
			}
			l.Histograms[id] = h
			return qjson.Object{}, nil
		})
		RegisterQMP("x-blockdev-set-iothread", func(mon *Monitor, a qjson.Object) (any, *Error) {
			name := orEmpty(arg(a, "node-name"))
			n := mon.namedNode(name)
			if n == nil {
				return nil, GenericError(fmt.Sprintf("Cannot find node %s", name))
			}
			if arg(a, "force") != true && block.Of(mon.M).AttachedUser(n) != "" {
				return nil, GenericError(fmt.Sprintf("Node %s is associated with a BlockBackend and could be in use (use force=true to override this check)", name))
			}
			if io, ok := arg(a, "iothread").(string); ok && !mon.hasObject(io, "iothread") {
				return nil, GenericError(fmt.Sprintf("Cannot find iothread %s", io))
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("blockdev-reopen", func(mon *Monitor, a qjson.Object) (any, *Error) {
			opts, _ := arg(a, "options").([]any)
			for _, o := range opts {
				obj, _ := o.(qjson.Object)
				name := orEmpty(arg(obj, "node-name"))
				n := mon.namedNode(name)
				if n == nil {
					return nil, GenericError(fmt.Sprintf("Failed to find node with node-name='%s'", name))
				}
				// A null node's options are all fixed at open (no bdrv_reopen_prepare).
				for _, m := range obj {
					if m.Key != "driver" && m.Key != "node-name" && (n.Driver == "null-co" || n.Driver == "null-aio") {
						return nil, GenericError(fmt.Sprintf("Cannot change the option '%s'", m.Key))
					}
				}
			}
			return mon.unmodelled("blockdev-reopen", a)
		})
		RegisterQMP("change-backing-file", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if _, err := mon.lookupNode(orEmpty(arg(a, "device"))); err != nil {
				return nil, err
			}
			image := orEmpty(arg(a, "image-node-name"))
			if mon.namedNode(image) == nil {
				return nil, GenericError("image file not found")
			}
			return nil, GenericError("not allowing backing file change on an image without a backing file")
		})
		RegisterQMP("blockdev-create", func(mon *Monitor, a qjson.Object) (any, *Error) {
			opts, _ := arg(a, "options").(qjson.Object)
			if !slices.Contains(createDrivers, orEmpty(arg(opts, "driver"))) {
				return nil, GenericError("Driver does not support blockdev-create")
			}
			return mon.unmodelled("blockdev-create", a)
		})
		RegisterQMP("x-blockdev-amend", func(mon *Monitor, a qjson.Object) (any, *Error) {
			name := orEmpty(arg(a, "node-name"))
			n := mon.namedNode(name)
			if n == nil {
				return nil, GenericError(fmt.Sprintf("Cannot find node %s", name))
			}
			if !slices.Contains(amendDrivers, n.Driver) {
				return nil, GenericError("Driver does not support x-blockdev-amend")
			}
			return mon.unmodelled("x-blockdev-amend", a)
		})
		RegisterQMP("x-blockdev-change", func(mon *Monitor, a qjson.Object) (any, *Error) {
			parent := orEmpty(arg(a, "parent"))
			p, err := mon.lookupNode(parent)
			if err != nil {
				return nil, err
			}
			child, hasChild := arg(a, "child").(string)
			_, hasNode := arg(a, "node").(string)
			switch {
			case hasChild && hasNode:
				return nil, GenericError("The parameters child and node are in conflict")
			case hasChild:
				if p.Child == nil || p.Child.Name != child {
					return nil, GenericError(fmt.Sprintf("Node '%s' does not have child '%s'", parent, child))
				}
			case !hasNode:
				return nil, GenericError("Either child or node must be specified")
			}
			return nil, GenericError(fmt.Sprintf("The node %s does not support adding a child", parent))
		})
		RegisterQMP("blockdev-snapshot", func(mon *Monitor, a qjson.Object) (any, *Error) {
			node, overlay := orEmpty(arg(a, "node")), orEmpty(arg(a, "overlay"))
			if _, err := mon.lookupNode(node); err != nil {
				return nil, err
			}
			o := mon.namedNode(overlay)
			if o == nil {
				return nil, GenericError(fmt.Sprintf("Cannot find device='%s' nor node-name='%s'", overlay, overlay))
			}
			if !slices.Contains(backingDrivers, o.Driver) {
				return nil, GenericError("The overlay does not support backing images")
			}
			return mon.unmodelled("blockdev-snapshot", a)
		})
		// blockdev-snapshot-sync names its node by device (a BlockBackend)
		// or node-name, not both ways at once as other commands do.
		RegisterQMP("blockdev-snapshot-sync", func(mon *Monitor, a qjson.Object) (any, *Error) {
			device, node := orEmpty(arg(a, "device")), orEmpty(arg(a, "node-name"))
			l := block.Of(mon.M)
			found := l != nil && (device != "" && l.Backend(device) != nil || node != "" && l.Named(node) != nil)
			if !found {
				return nil, GenericError(fmt.Sprintf("Cannot find device='%s' nor node-name='%s'", device, node))
			}
			return mon.unmodelled("blockdev-snapshot-sync", a)
		})
		// block-commit of a node without a backing file: top is base.
		RegisterQMP("block-commit", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if _, err := mon.lookupNode(orEmpty(arg(a, "device"))); err != nil {
				return nil, err
			}
			return nil, GenericError("cannot commit an image into itself")
		})
	})
}

// hasObject: a user-created object of this id and type (iothread_by_id
// and the like).
func (mon *Monitor) hasObject(id, typ string) bool {
	for _, o := range object.Of(mon.M) {
		if o.ID == id && o.Type == typ {
			return true
		}
	}
	return false
}
