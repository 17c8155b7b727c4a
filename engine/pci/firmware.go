package pci

import (
	"slices"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// What a guest's firmware and kernel write into a function's config space
// that query-pci, `info pci` and `info qtree` show once the machine ran:
// BAR addresses that decode, the interrupt line, a bridge's windows.

// Config is a function's registers as the guest left them (nil: as QEMU
// made them, before any firmware ran).
type Config struct {
	// BAR holds the address of each BAR that decodes (its command bit set
	// and, for the ROM, its enable bit), by BAR index.
	BAR map[int]uint64
	// IRQ is the interrupt line register.
	IRQ int
	// Window is a bridge's I/O, memory and prefetchable window as
	// query-pci gives them (base, limit); Windows says they are set.
	Window  [3][2]uint64
	Windows bool
}

// Window kinds, Config.Window's index.
const (
	WinIO = iota
	WinMem
	WinPref
)

// withConfig is a query-pci entry with the registers the guest wrote.
func withConfig(o qjson.Object, c *Config) qjson.Object {
	if c == nil {
		return o
	}
	if _, ok := o.Get("irq"); ok {
		o.Set("irq", int64(c.IRQ))
	}
	if regions, ok := o.Get("regions"); ok {
		l, _ := regions.([]any)
		out := make([]any, 0, len(l))
		for _, r := range l {
			ro, ok := r.(qjson.Object)
			if !ok {
				out = append(out, r)
				continue
			}
			if a, ok := c.BAR[int(Num(ro, "bar"))]; ok {
				ro = slices.Clone(ro)
				ro.Set("address", int64(a))
			}
			out = append(out, ro)
		}
		o.Set("regions", out)
	}
	return o
}

// bridgeWindows puts a bridge's windows as the guest set them into its
// pci_bridge bus member.
func bridgeWindows(bus qjson.Object, c *Config) {
	if c == nil || !c.Windows {
		return
	}
	for i, k := range []string{"io_range", "memory_range", "prefetchable_range"} {
		bus.Set(k, qjson.O("base", int64(c.Window[i][0]), "limit", int64(c.Window[i][1])))
	}
}

// ClearConfig forgets what the guest wrote below a bus (a machine reset:
// every function's registers go back to QEMU's).
func ClearConfig(root *qdev.Bus) {
	walkFunctions(root, func(d *qdev.Device, _ *qdev.Bus) { Of(d).Config = nil })
}

// walkFunctions visits every function below bus, a bridge before the
// functions behind it.
func walkFunctions(bus *qdev.Bus, fn func(d *qdev.Device, on *qdev.Bus)) {
	b := BusOf(bus)
	if b == nil {
		return
	}
	for devfn := 0; devfn < 256; devfn++ {
		d := b.devices[devfn]
		if d == nil || Of(d) == nil {
			continue
		}
		fn(d, bus)
		if sec := secondary(d); sec != nil {
			walkFunctions(sec, fn)
		}
	}
}
