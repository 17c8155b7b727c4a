package monitor

import (
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/usb"
)

// The device tree as the monitor shows it: info qtree, info pci,
// query-pci, info usb.

func init() {
	registerLater(func() {
		RegisterInfo(&HMPCommand{Name: "qtree", Run: func(mon *Monitor, a Args) string {
			tree := qdev.NewTree().QTree() // -M none: the empty main-system-bus
			if b := board.Of(mon.M); b != nil {
				tree = b.Tree.QTree()
			}
			if a.Bool("brief") { // 10.0's -b: buses and devices, no details
				tree = briefQTree(tree)
			}
			return CRLF(tree)
		}})
		RegisterInfo(&HMPCommand{Name: "pci", Run: func(mon *Monitor, _ Args) string {
			b := board.Of(mon.M)
			if b == nil {
				return ""
			}
			return CRLF(pci.Info(b.QueryPCI(), mon.M.Release().PCIUnmappedBARText))
		}})
		RegisterQMP("query-pci", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			b := board.Of(mon.M)
			if b == nil {
				return []any{}, nil
			}
			return b.QueryPCI(), nil
		})
		RegisterInfo(&HMPCommand{Name: "mice", Run: func(mon *Monitor, _ Args) string {
			if b := board.Of(mon.M); b != nil {
				if l, ok := b.Mice(); ok {
					return CRLF(board.InfoMice(l))
				}
			}
			return mon.fixed().hmp["info mice"]
		}})
		RegisterQMP("query-mice", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if b := board.Of(mon.M); b != nil {
				if l, ok := b.Mice(); ok {
					out := []any{}
					for _, m := range l {
						out = append(out, qjson.Object{{Key: "name", Value: m.Name}, {Key: "index", Value: m.Index},
							{Key: "current", Value: m.Current}, {Key: "absolute", Value: m.Absolute}})
					}
					return out, nil
				}
			}
			return mon.unmodelled("query-mice", args)
		})
		RegisterInfo(&HMPCommand{Name: "usb", Run: func(mon *Monitor, _ Args) string {
			b := board.Of(mon.M)
			if b == nil {
				return CRLF(usb.Info(nil))
			}
			return CRLF(usb.Info(b.USBBuses()))
		}})
		// x-query-usb is what `info usb` prints, as human-readable-text (its
		// refusal without a USB bus as an error).
		RegisterQMP("x-query-usb", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			var buses []*qdev.Bus
			if b := board.Of(mon.M); b != nil {
				buses = b.USBBuses()
			}
			text := usb.Info(buses)
			if e, ok := strings.CutPrefix(text, "Error: "); ok {
				return nil, GenericError(strings.TrimSuffix(e, "\n"))
			}
			return qjson.Object{{Key: "human-readable-text", Value: text}}, nil
		})
	})
}

// hasBalloon: a virtio-balloon device is plugged (qemu_add_balloon_handler
// takes the first one).
func (mon *Monitor) hasBalloon() bool {
	b := board.Of(mon.M)
	if b == nil {
		return false
	}
	found := b.BalloonHandlerLeaked()
	b.Tree.Walk(func(d *qdev.Device) {
		// a proxy's own virtio-balloon-device is internal; one on a
		// virtio-mmio transport (microvm) is the balloon itself
		if strings.HasPrefix(d.Type.Name, "virtio-balloon-") && (d.Type.Name != "virtio-balloon-device" || !d.Internal) {
			found = true
		}
	})
	return found
}

func init() {
	registerLater(func() {
		// The vmgenid device's generation id (qmp_query_vm_generation_id).
		RegisterInfo(&HMPCommand{Name: "vm-generation-id", Run: func(mon *Monitor, _ Args) string {
			if g, ok := board.Of(mon.M).VMGenID(); ok {
				return g + "\r\n"
			}
			return mon.fixed().hmp["info vm-generation-id"]
		}})
		RegisterQMP("query-vm-generation-id", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			if g, ok := board.Of(mon.M).VMGenID(); ok {
				return qjson.O("guid", g), nil
			}
			return replyOf(mon.fixed().qmp["query-vm-generation-id"])
		})
		// With no guest driver the balloon never moves: actual is the RAM.
		RegisterInfo(&HMPCommand{Name: "balloon", Run: func(mon *Monitor, _ Args) string {
			if !mon.hasBalloon() {
				return mon.fixed().hmp["info balloon"]
			}
			return fmt.Sprintf("balloon: actual=%d\r\n", mon.currentRAM()>>20)
		}})
		// info virtio (x-query-virtio): each virtio device's backend and name.
		RegisterInfo(&HMPCommand{Name: "virtio", Run: func(mon *Monitor, _ Args) string {
			paths, names := mon.virtioListed()
			if len(paths) == 0 {
				return mon.fixed().hmp["info virtio"] // recorded: each release words it its own way
			}
			var b strings.Builder
			for i, p := range paths {
				b.WriteString(p + " [" + names[i] + "]\r\n")
			}
			return b.String()
		}})
		RegisterQMP("x-query-virtio", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			paths, names := mon.virtioListed()
			if len(paths) == 0 {
				return mon.unmodelled("x-query-virtio", nil) // recorded: 10.0 refuses an empty list
			}
			out := []any{}
			for i, p := range paths {
				out = append(out, qjson.O("path", p, "name", names[i]))
			}
			return out, nil
		})
		// balloon (qmp_balloon): with no guest driver the target is taken and
		// nothing moves; without a balloon device, the recorded refusal.
		RegisterHMP(&HMPCommand{Name: "balloon", Run: func(mon *Monitor, a Args) string {
			if !mon.hasBalloon() {
				return mon.said("balloon 1", "")
			}
			if v, _ := a.Int("value"); v <= 0 {
				return line("Error: Parameter '%s' expects a size", mon.M.Release().BalloonTarget)
			}
			return ""
		}})
		RegisterQMP("balloon", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if !mon.hasBalloon() {
				return nil, &Error{Class: "DeviceNotActive", Desc: "No balloon device has been activated"}
			}
			if v, _ := args.Get("value"); fmt.Sprint(v) == "0" || strings.HasPrefix(fmt.Sprint(v), "-") {
				return nil, GenericError(fmt.Sprintf("Parameter '%s' expects a size", mon.M.Release().BalloonTarget))
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("query-balloon", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if !mon.hasBalloon() {
				return mon.unmodelled("query-balloon", args)
			}
			return qjson.O("actual", mon.currentRAM()), nil
		})
	})
}

// currentRAM is get_current_ram_size: the RAM and the memory devices'
// plugged memory (a DIMM counts in the balloon's actual).
func (mon *Monitor) currentRAM() int64 {
	if b := board.Of(mon.M); b != nil {
		return mon.M.RAMBytes + int64(b.PluggedMemory())
	}
	return mon.M.RAMBytes
}

// briefQTree keeps what qdev_print prints without details: each bus with
// its type line, each device's first line.
func briefQTree(tree string) string {
	var b strings.Builder
	afterBus := false
	for _, l := range strings.SplitAfter(tree, "\n") {
		t := strings.TrimLeft(l, " ")
		if strings.HasPrefix(t, "bus: ") || strings.HasPrefix(t, "dev: ") || afterBus && strings.HasPrefix(t, "type ") {
			b.WriteString(l)
		}
		afterBus = strings.HasPrefix(t, "bus: ")
	}
	return b.String()
}

// query-audiodevs (10.0): each -audiodev of the none and wav drivers with
// its defaults filled in, the last given first.
func init() {
	registerLater(func() {
		RegisterQMP("query-audiodevs", func(mon *Monitor, args qjson.Object) (any, *Error) {
			specs, _ := mon.M.Extra[cmdline.AudiodevsKey].([]string)
			l := []any{}
			for i := len(specs) - 1; i >= 0; i-- {
				d, _, _ := keyval.Parse(specs[i], "driver")
				drv, _ := d.String("driver")
				id, _ := d.String("id")
				if drv != "none" && drv != "wav" {
					return mon.unmodelled("query-audiodevs", args)
				}
				period := int64(10000)
				if v, ok := d.String("timer-period"); ok {
					period, _ = strconv.ParseInt(v, 0, 64)
				}
				o := qjson.O("id", id, "driver", drv, "timer-period", period)
				if p, ok := d.String("path"); ok {
					o = append(o, qjson.Member{Key: "path", Value: p})
				}
				for _, dir := range []string{"in", "out"} {
					pdo, _ := cmdline.AudiodevDirection(d.Sub(dir))
					o = append(o, qjson.Member{Key: dir, Value: pdo})
				}
				l = append(l, o)
			}
			return l, nil
		})
	})
}

// virtioListed are the virtio devices' backends as x-query-virtio lists
// them, with their names: the newest realized first, or (VirtioListByQOM)
// peripheral-anon's then peripheral's in qom-list's order.
func (mon *Monitor) virtioListed() (paths, names []string) {
	all, allNames := board.Of(mon.M).VirtioBackends()
	name := map[string]string{}
	for i, p := range all {
		name[p] = allNames[i]
		paths = append([]string{p}, paths...)
	}
	if mon.M.Release().VirtioListByQOM {
		paths = paths[:0]
		for _, t := range []struct {
			dir   string
			table *qom.Table
		}{{"/machine/peripheral-anon/", mon.M.PeripheralAnon}, {"/machine/peripheral/", mon.M.Peripheral}} {
			keys := t.table.Keys()
			for i := len(keys) - 1; i >= 0; i-- {
				if p := t.dir + keys[i] + "/virtio-backend"; name[p] != "" {
					paths = append(paths, p)
				}
			}
		}
	}
	for _, p := range paths {
		names = append(names, name[p])
	}
	return paths, names
}
