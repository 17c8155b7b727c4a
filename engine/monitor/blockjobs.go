package monitor

import (
	"fmt"
	"hotpluglab/engine/board"

	"hotpluglab/engine/block"
	"hotpluglab/engine/qjson"
)

// The block layer's commands beyond adding and listing (blockdev.c,
// block/monitor/*.c, job-qmp.c), on a simulation that keeps no disk
// contents: dirty bitmaps kept and listed, internal snapshots and
// savevm/loadvm/delvm refused by the nodes that cannot take them, block
// jobs refused for a node or job that is not there, and the tray
// commands' lookups. Measured on both releases (m10-).

// lookupNode is bdrv_lookup_bs(name, name) with its message.
func (mon *Monitor) lookupNode(name string) (*block.Node, *Error) {
	if l := block.Of(mon.M); l != nil {
		if n := l.Lookup(name); n != nil {
			return n, nil
		}
	}
	return nil, GenericError(fmt.Sprintf("Cannot find device='%s' nor node-name='%s'", name, name))
}

// snapshotRefusal is bdrv_all_can_snapshot: a writable node at the top of
// the graph whose driver takes no snapshots refuses savevm, loadvm and
// delvm alike ("" when every one can).
func (mon *Monitor) snapshotRefusal() string {
	l := block.Of(mon.M)
	if l == nil {
		return ""
	}
	names, roots := l.Roots()
	for i, n := range roots {
		if !n.ReadOnly && !canSnapshot(n) {
			return fmt.Sprintf("Device '%s' is writable but does not support snapshots", names[i])
		}
	}
	return ""
}

// canSnapshot is bdrv_can_snapshot: qcow2 has snapshots; a driver
// without them answers for its file (raw over a file has none either).
func canSnapshot(n *block.Node) bool { return block.CanSnapshot(n) }

func bitmapOf(n *block.Node, name string) *block.Bitmap {
	for _, b := range n.Bitmaps {
		if b.Name == name {
			return b
		}
	}
	return nil
}

// bitmapCommand is block_dirty_bitmap_lookup then the command's own step.
func bitmapCommand(do func(n *block.Node, b *block.Bitmap) *Error) QMPCommand {
	return func(mon *Monitor, a qjson.Object) (any, *Error) {
		node, name := orEmpty(arg(a, "node")), orEmpty(arg(a, "name"))
		n, err := mon.lookupNode(node)
		if err != nil {
			return nil, GenericError("Node '" + node + "' not found")
		}
		b := bitmapOf(n, name)
		if b == nil {
			return nil, GenericError("Dirty bitmap '" + name + "' not found")
		}
		if err := do(n, b); err != nil {
			return nil, err
		}
		return qjson.Object{}, nil
	}
}

func jobNotFound(kind string) QMPCommand {
	return func(_ *Monitor, a qjson.Object) (any, *Error) {
		if kind == "job" {
			return nil, GenericError("Job not found")
		}
		id := arg(a, "device")
		if id == nil { // block-job-dismiss and -finalize name the job by id
			id = arg(a, "id")
		}
		return nil, &Error{Class: "DeviceNotActive", Desc: fmt.Sprintf("Block job '%s' not found", orEmpty(id))}
	}
}

// lookupAll checks each named node in turn, as the job's start does.
func lookupAll(keys ...string) QMPCommand {
	return func(mon *Monitor, a qjson.Object) (any, *Error) {
		for _, k := range keys {
			if v, ok := a.Get(k); ok {
				if _, err := mon.lookupNode(orEmpty(v)); err != nil {
					return nil, err
				}
			}
		}
		mon.Note("Block jobs are not simulated: the job would start and copy the node's data.")
		return qjson.Object{}, nil
	}
}

func hmpErr(e *Error) string {
	if e == nil {
		return ""
	}
	return "Error: " + e.Desc + "\r\n"
}

func init() {
	registerLater(func() {
		RegisterQMP("block-dirty-bitmap-add", func(mon *Monitor, a qjson.Object) (any, *Error) {
			node, name := orEmpty(arg(a, "node")), orEmpty(arg(a, "name"))
			n, err := mon.lookupNode(node)
			if err != nil {
				return nil, err
			}
			g := int64(65536) // bdrv_get_default_bitmap_granularity: no cluster size on these drivers
			if v, ok := a.Get("granularity"); ok {
				g = toInt64(v)
				if g < 512 || g&(g-1) != 0 {
					return nil, GenericError("Granularity must be power of 2 and at least 512")
				}
			}
			if arg(a, "persistent") == true && !canSnapshot(n) {
				return nil, GenericError(fmt.Sprintf("Can't store persistent bitmaps to %s: Operation not supported", node))
			}
			if bitmapOf(n, name) != nil {
				return nil, GenericError("Bitmap already exists: " + name)
			}
			n.Bitmaps = append(n.Bitmaps, &block.Bitmap{Name: name, Granularity: g, Disabled: arg(a, "disabled") == true})
			return qjson.Object{}, nil
		})
		RegisterQMP("block-dirty-bitmap-remove", bitmapCommand(func(n *block.Node, b *block.Bitmap) *Error {
			for i, x := range n.Bitmaps {
				if x == b {
					n.Bitmaps = append(n.Bitmaps[:i:i], n.Bitmaps[i+1:]...)
				}
			}
			return nil
		}))
		RegisterQMP("block-dirty-bitmap-clear", bitmapCommand(func(*block.Node, *block.Bitmap) *Error { return nil }))
		RegisterQMP("block-dirty-bitmap-enable", bitmapCommand(func(_ *block.Node, b *block.Bitmap) *Error { b.Disabled = false; return nil }))
		RegisterQMP("block-dirty-bitmap-disable", bitmapCommand(func(_ *block.Node, b *block.Bitmap) *Error { b.Disabled = true; return nil }))
		RegisterQMP("block-dirty-bitmap-merge", func(mon *Monitor, a qjson.Object) (any, *Error) {
			node, target := orEmpty(arg(a, "node")), orEmpty(arg(a, "target"))
			n, err := mon.lookupNode(node)
			if err != nil {
				return nil, GenericError("Node '" + node + "' not found")
			}
			if bitmapOf(n, target) == nil {
				return nil, GenericError("Dirty bitmap '" + target + "' not found")
			}
			srcs, _ := arg(a, "bitmaps").([]any)
			for _, s := range srcs {
				if name, ok := s.(string); ok && bitmapOf(n, name) == nil {
					return nil, GenericError("Dirty bitmap '" + name + "' not found")
				}
			}
			return qjson.Object{}, nil
		})

		for _, c := range []string{"block-stream", "block-commit", "drive-mirror", "drive-backup"} {
			RegisterQMP(c, lookupAll("device"))
		}
		for _, c := range []string{"blockdev-mirror", "blockdev-backup"} {
			RegisterQMP(c, lookupAll("device", "target"))
		}
		for _, c := range []string{"block-job-cancel", "block-job-pause", "block-job-resume", "block-job-complete",
			"block-job-set-speed", "block-job-finalize", "block-job-dismiss"} {
			RegisterQMP(c, jobNotFound("block"))
		}
		for _, c := range []string{"job-cancel", "job-pause", "job-resume", "job-complete", "job-finalize", "job-dismiss"} {
			RegisterQMP(c, jobNotFound("job"))
		}
		for _, c := range []string{"block_job_cancel", "block_job_pause", "block_job_resume", "block_job_complete",
			"block_job_set_speed"} {
			RegisterHMP(&HMPCommand{Name: c, Run: func(mon *Monitor, a Args) string {
				return "Error: Block job '" + str(a, "device") + "' not found\r\n"
			}})
		}
		for _, c := range []string{"block_stream", "drive_mirror", "drive_backup"} {
			RegisterHMP(&HMPCommand{Name: c, Run: func(mon *Monitor, a Args) string {
				if _, err := mon.lookupNode(str(a, "device")); err != nil {
					return hmpErr(err)
				}
				// -n (mode existing) opens the target as it is (measured m15-*-block-hmp-rare).
				if t := str(a, "target"); a.Bool("reuse") && !mon.hostFileExists(t) {
					return line("Error: Could not open '%s': No such file or directory", t)
				}
				return ""
			}})
		}

		// Internal snapshots of one node (blockdev-snapshot-internal-sync).
		snapInternal := func(mon *Monitor, device, name string) *Error {
			n, err := mon.lookupNode(device)
			if err != nil {
				return err
			}
			if !canSnapshot(n) {
				return GenericError(fmt.Sprintf("Block format '%s' used by device '%s' does not support internal snapshots", n.Driver, device))
			}
			mon.Note("Internal snapshots are not simulated: qcow2 would store one in the image.")
			return nil
		}
		snapDelete := func(mon *Monitor, device string, hasName bool) *Error {
			n, err := mon.lookupNode(device)
			if err != nil {
				return err
			}
			if !hasName {
				return GenericError("Name or id must be provided")
			}
			if !canSnapshot(n) {
				return GenericError("Failed to get a snapshot list: Operation not supported")
			}
			return nil
		}
		RegisterQMP("blockdev-snapshot-internal-sync", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if err := snapInternal(mon, orEmpty(arg(a, "device")), orEmpty(arg(a, "name"))); err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("blockdev-snapshot-delete-internal-sync", func(mon *Monitor, a qjson.Object) (any, *Error) {
			_, hasName := a.Get("name")
			_, hasID := a.Get("id")
			if err := snapDelete(mon, orEmpty(arg(a, "device")), hasName || hasID); err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		RegisterHMP(&HMPCommand{Name: "snapshot_blkdev_internal", Run: func(mon *Monitor, a Args) string {
			return hmpErr(snapInternal(mon, str(a, "device"), str(a, "name")))
		}})
		RegisterHMP(&HMPCommand{Name: "snapshot_delete_blkdev_internal", Run: func(mon *Monitor, a Args) string {
			_, hasName := a.Str("name")
			return hmpErr(snapDelete(mon, str(a, "device"), hasName))
		}})

		// savevm, loadvm, delvm: every writable node must take snapshots
		// first; loadvm stops the VM before it tries (restore-vm) and
		// starts it again only when the load worked.
		RegisterHMP(&HMPCommand{Name: "savevm", Run: func(mon *Monitor, a Args) string {
			if r := mon.snapshotRefusal(); r != "" {
				return "Error: " + r + "\r\n"
			}
			return mon.said("savevm ARG", str(a, "name"))
		}})
		RegisterHMP(&HMPCommand{Name: "loadvm", Run: func(mon *Monitor, a Args) string {
			if mon.RunState == "running" {
				mon.RunState = "restore-vm"
				mon.Emit("STOP", nil)
			}
			if r := mon.snapshotRefusal(); r != "" {
				return "Error: " + r + "\r\n"
			}
			return mon.said("loadvm ARG", str(a, "name"))
		}})
		RegisterHMP(&HMPCommand{Name: "delvm", Run: func(mon *Monitor, a Args) string {
			if r := mon.snapshotRefusal(); r != "" {
				return "Error: " + r + "\r\n"
			}
			return ""
		}})

		// input-send-event needs a running VM; set_password and
		// expire_password need a display that takes one.
		RegisterQMP("input-send-event", func(mon *Monitor, args qjson.Object) (any, *Error) {
			// qemu_console_lookup_by_device_name comes first: the device by
			// its id, then a console bound to it (none without a display).
			if dev, named := args.Get("device"); named {
				id, _ := dev.(string)
				if !mon.hasDeviceID(id) {
					return nil, &Error{Class: "DeviceNotFound", Desc: "Device '" + id + "' not found"}
				}
				if b := board.Of(mon.M); b != nil && !hasDisplay(b.Tree) {
					head := "0"
					if n, ok := args.Get("head"); ok {
						head = fmt.Sprint(n)
					}
					return nil, GenericError(fmt.Sprintf("Device %s (head %s) is not bound to a QemuConsole", id, head))
				}
			}
			if mon.RunState != "running" {
				return nil, GenericError("VM not running")
			}
			return qjson.Object{}, nil
		})
		for c, desc := range map[string]string{"set_password": "Could not set password",
			"expire_password": "Could not set password expire time"} {
			desc := desc
			RegisterQMP(c, func(mon *Monitor, a qjson.Object) (any, *Error) {
				switch arg(a, "protocol") {
				case "vnc":
					if mon.vncPasswordAuth() {
						return qjson.Object{}, nil
					}
				case "spice":
					return nil, GenericError("SPICE is not in use")
				}
				return nil, GenericError(desc)
			})
		}
		// qmp_migrate_incoming: only for -incoming defer, once; 7.2 enters
		// the setup state before it reads the URI.
		RegisterQMP("migrate-incoming", func(mon *Monitor, a qjson.Object) (any, *Error) {
			if !mon.M.IncomingDeferred {
				return nil, GenericError("'-incoming' was not specified on the command line")
			}
			if mon.incomingStarted {
				return nil, GenericError("The incoming migration has already been started")
			}
			rel := mon.M.Release()
			uri := orEmpty(arg(a, "uri"))
			if rel.MigrationSetupEventFirst {
				mon.Emit("MIGRATION", qjson.O("status", "setup"))
			}
			if !rel.MigrationProtocol(uri) {
				return nil, GenericError("unknown migration protocol: " + uri)
			}
			mon.incomingStarted = true
			mon.Note("migrate-incoming would listen on the host for the migration stream.")
			return qjson.Object{}, nil
		})
		// hmp_migrate_incoming is qmp_migrate_incoming with the URI.
		RegisterHMP(&HMPCommand{Name: "migrate_incoming", Run: func(mon *Monitor, a Args) string {
			_, err := qmpCommands["migrate-incoming"].f(mon, qjson.O("uri", str(a, "uri")))
			return hmpErr(err)
		}})
	})
}

// arg is a member's value (nil when absent).
func arg(a qjson.Object, k string) any { v, _ := a.Get(k); return v }

// throttleKeys are BlockIOThrottle's limits.
var throttleKeys = []string{"bps", "bps_rd", "bps_wr", "iops", "iops_rd", "iops_wr", "bps_max", "bps_rd_max",
	"bps_wr_max", "iops_max", "iops_rd_max", "iops_wr_max", "bps_max_length", "bps_rd_max_length",
	"bps_wr_max_length", "iops_max_length", "iops_rd_max_length", "iops_wr_max_length", "iops_size"}

func init() {
	registerLater(func() {
		RegisterQMP("block_set_io_throttle", func(mon *Monitor, a qjson.Object) (any, *Error) {
			// qmp_get_blk: by name or by the device's id; no removable check.
			id, hasID := a.Get("id")
			dev, hasDev := a.Get("device")
			if hasID == hasDev {
				return nil, GenericError("Need exactly one of 'device' and 'id'")
			}
			l := block.Of(mon.M)
			var b *block.Backend
			name := orEmpty(dev)
			if hasID {
				name = orEmpty(id)
			}
			if l != nil && hasDev {
				b = l.Backend(name)
			} else if l != nil {
				if e := mon.blkByQdevID(l, name); e != nil {
					return nil, e
				}
				b = l.ByQdevID(qdevKey(name))
			}
			if b == nil {
				return nil, &Error{Class: "DeviceNotFound", Desc: fmt.Sprintf("Device '%s' not found", name)}
			}
			limits := map[string]int64{}
			for _, k := range throttleKeys {
				if v, ok := a.Get(k); ok {
					limits[k] = toInt64(v)
				}
			}
			if e := l.SetThrottle(b, limits, orEmpty(arg(a, "group")), name); e != nil {
				return nil, GenericError(e.Error())
			}
			return qjson.Object{}, nil
		})
		RegisterHMP(&HMPCommand{Name: "block_set_io_throttle", Run: func(mon *Monitor, a Args) string {
			l := block.Of(mon.M)
			dev := str(a, "device")
			var b *block.Backend
			if l != nil {
				b = l.Backend(dev)
			}
			if b == nil {
				return "Error: Device '" + dev + "' not found\r\n"
			}
			limits := map[string]int64{}
			for _, k := range throttleKeys[:6] {
				limits[k], _ = a.Int(k)
			}
			if e := l.SetThrottle(b, limits, "", dev); e != nil {
				return "Error: " + e.Error() + "\r\n"
			}
			return ""
		}})
	})
}
