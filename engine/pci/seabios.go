package pci

import (
	"slices"
	"strings"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// SeaBIOS's PCI setup on pc and q35 (src/fw/pciinit.c, 1.16.2 and 1.16.3,
// the same for what is modelled here): it numbers the buses behind
// bridges, sizes every BAR (memory at least 4 KiB; a bridge's windows sum
// what is behind it, at least 2 MiB of memory and 4 KiB of I/O, and a
// hotplug bridge's empty window that much too, but a PCIe slot's I/O
// window stays empty), places each region's entries largest alignment
// first (then largest size; ties in bus, devfn and BAR order) one after
// the other from the region's base: I/O from 0xc000 (0x1000 when that is
// too small), memory downwards from 0xfec00000, the region with the larger
// alignment on top. Then each function's interrupt line (the PIRQ the slot
// rotation gives: 10, 10, 11, 11), the chipset's own setup (PIIX4 PM's SCI
// on IRQ 9, ICH9 SMBus's I/O at 0x700) and I/O and memory decoding on:
// every BAR decodes but the ROM, whose enable bit stays off.

// Firmware is the platform the firmware sets up.
type Firmware struct {
	Q35 bool
	// MemStart is where the 32-bit PCI hole starts (pcimem_start).
	MemStart uint64
}

const (
	regIO = iota
	regMem
	regPref
)

type fwEntry struct {
	dev         *qdev.Device
	bar         int // -1: a bridge's window
	size, align uint64
	kind        int
}

type fwBus struct {
	dev     *qdev.Device // the bridge whose secondary bus it is (nil: a root)
	regions [3][]*fwEntry
	base    [3]uint64
}

func (b *fwBus) add(e *fwEntry) {
	l := b.regions[e.kind]
	i := 0
	for i < len(l) && !(l[i].align < e.align || (l[i].align == e.align && l[i].size < e.size)) {
		i++
	}
	b.regions[e.kind] = append(l[:i], append([]*fwEntry{e}, l[i:]...)...)
}

func regionSum(l []*fwEntry) uint64 {
	var s uint64
	for _, e := range l {
		s += e.size
	}
	return s
}

func regionAlign(l []*fwEntry) uint64 {
	if len(l) == 0 {
		return 1
	}
	return l[0].align
}

// bridgeHotplug says whether SeaBIOS reserves windows for hotplug behind a
// bridge (pci_bus_hotplug_support), and whether it is a PCIe slot (whose
// I/O window is optional); ok false: a bridge not modelled.
func bridgeHotplug(d *qdev.Device) (hotplug, pcieSlot, ok bool) {
	for _, p := range []string{"io-reserve", "mem-reserve", "pref32-reserve", "pref64-reserve", "bus-reserve"} {
		if v, ok := d.Prop(p); ok && !strings.HasPrefix(v, "18446744073709551615 ") && !strings.HasPrefix(v, "4294967295 ") {
			return false, false, false // QEMU's resource reserve capability: not modelled
		}
	}
	switch d.Type.Name {
	case "pcie-root-port", "ioh3420", "xio3130-downstream":
		return true, true, true
	case "pci-bridge", "pci-bridge-seat":
		v, _ := d.Prop("shpc")
		return v != "false", false, true
	}
	return false, false, false
}

// SeaBIOS runs the firmware's PCI setup on a root bus; false (nothing
// changed) when the layout holds what is not modelled: a function whose
// identity was not recorded, a bridge other than QEMU's PCI bridge and
// PCIe ports, or more than the 32-bit hole holds (the 64-bit window).
func SeaBIOS(root *qdev.Bus, fw Firmware) bool {
	ok := true
	walkFunctions(root, func(d *qdev.Device, _ *qdev.Bus) {
		if Of(d).Info == nil {
			ok = false
		}
		if secondary(d) != nil {
			if _, _, known := bridgeHotplug(d); !known {
				ok = false
			}
		}
	})
	if !ok {
		return false
	}
	next := 0
	BusOf(root).Number = 0
	Enumerate(root, &next)
	// the buses by number, each function in probe order (bus, devfn)
	buses := make([]*fwBus, next+1)
	for i := range buses {
		buses[i] = &fwBus{}
	}
	var funcs []*qdev.Device
	walkFunctions(root, func(d *qdev.Device, _ *qdev.Bus) { funcs = append(funcs, d) })
	busOf := func(d *qdev.Device) int { return BusNumber(d) }
	slices.SortStableFunc(funcs, func(a, b *qdev.Device) int {
		return (busOf(a)<<8 | Of(a).DevFn) - (busOf(b)<<8 | Of(b).DevFn)
	})
	for _, d := range funcs {
		if sec := secondary(d); sec != nil {
			buses[BusOf(sec).Number].dev = d
		}
	}
	// pci_bios_check_devices: the functions' BARs
	for _, d := range funcs {
		bus := buses[busOf(d)]
		if bus.dev == nil {
			bus = buses[0]
		}
		isBridge := secondary(d) != nil
		for _, r := range Regions(Of(d).Info) {
			bar := int(Num(r, "bar"))
			if isBridge && bar >= 2 && bar < 6 {
				continue
			}
			size := uint64(Num(r, "size"))
			if size == 0 {
				continue
			}
			kind := regMem
			if t, _ := str(r, "type"); t == "io" {
				kind = regIO
			} else if p, _ := r.Get("prefetch"); p == true && bar != 6 {
				kind = regPref
			}
			if kind != regIO && size < 1<<12 {
				size = 1 << 12
			}
			bus.add(&fwEntry{dev: d, bar: bar, size: size, align: size, kind: kind})
		}
	}
	// the bridges' windows, deepest bus first
	for n := next; n > 0; n-- {
		s := buses[n]
		if s.dev == nil {
			continue
		}
		parent := buses[busOf(s.dev)]
		if parent.dev == nil {
			parent = buses[0]
		}
		hotplug, pcieSlot, _ := bridgeHotplug(s.dev)
		for kind := regIO; kind <= regPref; kind++ {
			align := uint64(1 << 21)
			if kind == regIO {
				align = 0x1000
			}
			if a := regionAlign(s.regions[kind]); a > align {
				align = a
			}
			sum := regionSum(s.regions[kind])
			optional := pcieSlot && kind == regIO
			if sum == 0 && hotplug && !optional {
				sum = align
			}
			parent.add(&fwEntry{dev: s.dev, bar: -1, size: alignUp(sum, align), align: align, kind: kind})
		}
	}
	// pci_bios_map_devices: the root regions' bases
	root0 := buses[0]
	ioSum := regionSum(root0.regions[regIO])
	ioLowEnd := uint64(0xa000)
	if fw.Q35 {
		ioLowEnd = 0x10000
	}
	switch {
	case ioSum < 0x4000:
		root0.base[regIO] = 0xc000
	case ioSum < ioLowEnd-0x1000:
		root0.base[regIO] = 0x1000
	default:
		return false
	}
	const memEnd = 0xfec00000
	top, bottom := regPref, regMem
	if regionAlign(root0.regions[regMem]) < regionAlign(root0.regions[regPref]) {
		top, bottom = regMem, regPref
	}
	topSum := regionSum(root0.regions[top])
	if topSum > memEnd {
		return false
	}
	root0.base[top] = alignDown(memEnd-topSum, regionAlign(root0.regions[top]))
	botSum := regionSum(root0.regions[bottom])
	if botSum > root0.base[top] {
		return false
	}
	root0.base[bottom] = alignDown(root0.base[top]-botSum, regionAlign(root0.regions[bottom]))
	if root0.base[bottom] < fw.MemStart {
		return false // the 64-bit window: not modelled
	}
	configs := map[*qdev.Device]*Config{}
	cfg := func(d *qdev.Device) *Config {
		c := configs[d]
		if c == nil {
			c = &Config{BAR: map[int]uint64{}}
			configs[d] = c
		}
		return c
	}
	for n := 0; n <= next; n++ {
		b := buses[n]
		for kind := regIO; kind <= regPref; kind++ {
			addr := b.base[kind]
			for _, e := range b.regions[kind] {
				at := addr
				addr += e.size
				if e.bar >= 0 {
					if e.bar != 6 && at != 0 {
						cfg(e.dev).BAR[e.bar] = at
					}
					continue
				}
				sec := buses[BusOf(secondary(e.dev)).Number]
				sec.base[kind] = at
				c := cfg(e.dev)
				c.Windows = true
				c.Window[kind] = windowRange(kind, at, e.size)
			}
		}
	}
	// pci_bios_init_devices: interrupt lines, the chipset's setup
	for _, d := range funcs {
		c := cfg(d)
		if pin := Num(Of(d).Info, "irq_pin"); pin != 0 {
			c.IRQ = slotIRQ(d, int(pin), fw.Q35)
		}
		vendor, device := Num(Of(d).Info, "id", "vendor"), Num(Of(d).Info, "id", "device")
		switch {
		case vendor == 0x8086 && device == 0x7113: // PIIX4 PM: the SCI
			c.IRQ = 9
		case vendor == 0x8086 && device == 0x2930: // ICH9 SMBus: acpi_pm_base + 0x100
			c.BAR[4] = 0x700
		}
		Of(d).Config = c
	}
	return true
}

// windowRange is a bridge window as its base and limit registers give it
// back (I/O in 4 KiB, memory in 1 MiB granules): an empty window's limit
// is below its base.
func windowRange(kind int, at, size uint64) [2]uint64 {
	gran := uint64(1 << 20)
	if kind == regIO {
		gran = 0x1000
	}
	limit := at + size - 1
	if size == 0 {
		limit = at - 1
	}
	return [2]uint64{at &^ (gran - 1), limit&^(gran-1) | (gran - 1)}
}

// slotIRQ is pci_slot_get_irq: the PIRQ line a function's pin reaches,
// rotated by the slots on the way to the root bus.
func slotIRQ(d *qdev.Device, pin int, q35 bool) int {
	irqs := [4]int{10, 10, 11, 11}
	addend := 0
	for {
		bus := d.Bus
		if bus == nil || BusOf(bus) == nil || BusOf(bus).Root || bus.Parent == nil || Of(bus.Parent) == nil {
			break
		}
		addend += Of(d).DevFn >> 3
		d = bus.Parent
	}
	slot := Of(d).DevFn >> 3
	if !q35 {
		return irqs[(pin-1+addend+slot-1)&3]
	}
	if slot <= 24 {
		return irqs[(pin-1+addend+slot)&3]
	}
	return irqs[(pin-1+addend)&3]
}

// LinuxBridgeIO is what the Linux guest's boot gives a PCIe slot's bridge
// whose I/O window the firmware left empty (pci_assign_unassigned_root_bus_resources
// with pciehp's reservation): 4 KiB at the lowest free address from 0x1000.
func LinuxBridgeIO(root *qdev.Bus) {
	var used [][2]uint64
	var empty []*Config
	walkFunctions(root, func(d *qdev.Device, _ *qdev.Bus) {
		c := Of(d).Config
		if c == nil {
			return
		}
		for _, r := range Regions(Of(d).Info) {
			if t, _ := str(r, "type"); t == "io" {
				if a, ok := c.BAR[int(Num(r, "bar"))]; ok {
					used = append(used, [2]uint64{a, a + uint64(Num(r, "size")) - 1})
				}
			}
		}
		if !c.Windows {
			return
		}
		if w := c.Window[WinIO]; w[1] >= w[0] {
			used = append(used, w)
		} else if _, pcieSlot, _ := bridgeHotplug(d); pcieSlot {
			empty = append(empty, c)
		}
	})
	for _, c := range empty {
		for start := uint64(0x1000); start+0xfff <= 0xffff; start += 0x1000 {
			clash := false
			for _, u := range used {
				if start <= u[1] && u[0] <= start+0xfff {
					clash = true
					break
				}
			}
			if !clash {
				c.Window[WinIO] = [2]uint64{start, start + 0xfff}
				used = append(used, c.Window[WinIO])
				break
			}
		}
	}
}

// Regions are a query-pci entry's regions.
func Regions(info qjson.Object) []qjson.Object {
	v, _ := info.Get("regions")
	l, _ := v.([]any)
	var out []qjson.Object
	for _, r := range l {
		if o, ok := r.(qjson.Object); ok {
			out = append(out, o)
		}
	}
	return out
}

func alignUp(v, a uint64) uint64   { return (v + a - 1) &^ (a - 1) }
func alignDown(v, a uint64) uint64 { return v &^ (a - 1) }
