// Package pci is QEMU's PCI bus as the monitor sees it: devfn parsing and
// allocation with QEMU's errors, multifunction rules, and what query-pci,
// `info pci` and `info qtree` show of a PCI device (its recorded identity:
// class, ids, BARs, bridge windows), before firmware runs and, with an x86
// guest booted, after SeaBIOS set it up (seabios.go, firmware.go).
package pci

import (
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// Bus is a PCI bus's state: which devfn holds which device.
type Bus struct {
	// Number is the bus number the guest would see (0 until firmware
	// numbers bridges: every bus reads 0 here).
	Number int
	// Primary and Subordinate are a bridge's registers for its secondary
	// bus (this one): the number of the bus the bridge is on, and the
	// highest number below it, as firmware wrote them (0 until then).
	Primary, Subordinate int
	Root                 bool // a host bridge's root bus
	Express              bool
	// Function0AtZero: every function's function 0 is devfn 0
	// (pci_get_function_0 on a bus below a PCIe port, where only slot 0
	// exists).
	Function0AtZero bool
	// Function0CheckAuto: a hot-plugged device given no addr is refused
	// behind an existing function 0 too (newer releases check every
	// placement; older ones only an explicit addr).
	Function0CheckAuto bool
	devices            [256]*qdev.Device
	// reserved devfns (none on the boards modelled).
}

// Function is a PCI device's place and identity.
type Function struct {
	DevFn         int
	Multifunction bool
	// Info is the recorded query-pci entry (class_info, id, irq_pin,
	// regions, pci_bridge).
	Info qjson.Object
	// Config is what the guest's firmware and kernel wrote (nil before).
	Config *Config
}

// Of returns a device's PCI function, or nil.
func Of(d *qdev.Device) *Function {
	f, _ := d.Data.(*Function)
	return f
}

// BusOf returns a bus's PCI state, or nil.
func BusOf(b *qdev.Bus) *Bus {
	p, _ := b.Data.(*Bus)
	return p
}

// IsPCIBus says whether a qdev bus type is a PCI bus.
func IsPCIBus(t string) bool { return t == "PCI" || t == "PCIE" }

func init() {
	qdev.BusPrinter["PCI"] = printDev
	qdev.BusPrinter["PCIE"] = printDev
}

// NewBus makes a qdev bus a PCI bus.
func NewBus(b *qdev.Bus, root bool) *Bus {
	p := &Bus{Root: root, Express: b.Type == "PCIE"}
	b.Data = p
	return p
}

// ParseDevFn is the "addr" property's parser (set_pci_devfn): "SS.F" or
// "SS" in hex (0x allowed), slot at most 31, function at most 7; an
// integer is a devfn from -1 to 255. ok false: the value is invalid.
func ParseDevFn(v any) (devfn int, ok bool) {
	switch x := v.(type) {
	case int64:
		if x < -1 || x > 255 {
			return 0, false
		}
		return int(x), true
	case string:
		slot, fn, n, ok := scanHexDot(x)
		if !ok || n != len(x) || fn > 7 || slot > 31 {
			return 0, false
		}
		return slot<<3 | fn, true
	}
	return 0, false
}

// scanHexDot is sscanf("%x.%x%n"), falling back to sscanf("%x%n").
func scanHexDot(s string) (slot, fn, n int, ok bool) {
	a, i, ok := scanHex(s, 0)
	if !ok {
		return 0, 0, 0, false
	}
	if i < len(s) && s[i] == '.' {
		if b, j, ok2 := scanHex(s, i+1); ok2 {
			return a, b, j, true
		}
	}
	return a, 0, i, true
}

// scanHex is %x: blanks, a sign, an optional 0x, hex digits (at least one).
func scanHex(s string, i int) (int, int, bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') && i+2 < len(s) && hexVal(s[i+2]) >= 0 {
		i += 2
	}
	start := i
	v := uint32(0)
	for i < len(s) && hexVal(s[i]) >= 0 {
		v = v*16 + uint32(hexVal(s[i]))
		i++
	}
	if i == start {
		return 0, i, false
	}
	if neg {
		v = -v
	}
	return int(v), i, true // unsigned: a large value fails the range checks
}

func hexVal(c byte) int {
	if d := qdev.DigitValue(c); d < 16 {
		return int(d)
	}
	return -1
}

// FormatDevFn is how `info qtree` prints addr: "02.0" ("ff.7" for -1).
func FormatDevFn(devfn int) string {
	if devfn < 0 {
		return "<unset>"
	}
	return fmt.Sprintf("%02x.%x", devfn>>3, devfn&7)
}

// idText is a device id as QEMU's "%s" prints a possibly NULL one.
func idText(d *qdev.Device) string {
	if d.ID == "" {
		return "(null)"
	}
	return d.ID
}

// Register is do_pci_register_device's placement: devfn -1 takes the first
// free slot; a taken function, or a new function behind an existing
// function 0 when hot-plugging, is refused with QEMU's text.
func (b *Bus) Register(d *qdev.Device, devfn int, hotplugged bool) (int, error) {
	name := d.Type.Name
	auto := devfn < 0
	if auto {
		for devfn = 0; devfn < 256; devfn += 8 {
			if b.devices[devfn] == nil {
				goto found
			}
		}
		return 0, fmt.Errorf("PCI: no slot/function available for %s, all in use or reserved", name)
	found:
	} else if o := b.devices[devfn]; o != nil {
		return 0, fmt.Errorf("PCI: slot %d function %d not available for %s, in use by %s,id=%s", devfn>>3, devfn&7, name, o.Type.Name, idText(o))
	}
	f0devfn := devfn &^ 7
	if b.Function0AtZero {
		f0devfn = 0
	}
	if f0 := b.devices[f0devfn]; hotplugged && f0 != nil && f0devfn != devfn && (!auto || b.Function0CheckAuto) {
		return 0, fmt.Errorf("PCI: slot %d function 0 already occupied by %s, new func %s cannot be exposed to guest.", f0devfn>>3, f0.Type.Name, name)
	}
	return devfn, nil
}

// Occupy takes a devfn for a realized device.
func (b *Bus) Occupy(devfn int, d *qdev.Device) { b.devices[devfn] = d }

// Free gives a devfn back.
func (b *Bus) Free(devfn int) { b.devices[devfn] = nil }

// At is the device at a devfn.
func (b *Bus) At(devfn int) *qdev.Device { return b.devices[devfn] }

// CheckMultifunction is pci_init_multifunction: functions other than 0
// need function 0 multifunction and the other way round.
func (b *Bus) CheckMultifunction(devfn int, multifunction bool) error {
	slot := devfn &^ 7
	if devfn&7 != 0 {
		if f0 := b.devices[slot]; f0 != nil && !Of(f0).Multifunction {
			return fmt.Errorf("PCI: single function device can't be populated in function %x.%x", devfn>>3, devfn&7)
		}
		return nil
	}
	if multifunction {
		return nil
	}
	for fn := 1; fn < 8; fn++ {
		if b.devices[slot+fn] != nil {
			return fmt.Errorf("PCI: %x.0 indicates single function, but %x.%x is already populated.", devfn>>3, devfn>>3, fn)
		}
	}
	return nil
}

// Num is the number at path in a query-pci style object (0 when absent).
func Num(o qjson.Object, path ...string) int64 {
	var v any = o
	for _, k := range path {
		ob, ok := v.(qjson.Object)
		if !ok {
			return 0
		}
		v, _ = ob.Get(k)
	}
	switch x := v.(type) {
	case fmt.Stringer:
		n, err := strconv.ParseInt(x.String(), 10, 64)
		if err != nil {
			f, _ := strconv.ParseFloat(x.String(), 64)
			n = int64(f)
		}
		return n
	case int64:
		return x
	case int:
		return int64(x)
	case uint64:
		return int64(x)
	case float64:
		return int64(x)
	}
	return 0
}

func str(o qjson.Object, path ...string) (string, bool) {
	var v any = o
	for _, k := range path {
		ob, ok := v.(qjson.Object)
		if !ok {
			return "", false
		}
		v, ok = ob.Get(k)
		if !ok {
			return "", false
		}
	}
	s, ok := v.(string)
	return s, ok
}

// printDev is pcibus_dev_print: the class line and the BARs.
func printDev(d *qdev.Device) []string {
	f := Of(d)
	if f == nil {
		return d.BusLines
	}
	if f.Info == nil {
		// Recorded behind a bridge, where query-pci does not look: the
		// recorded lines, at this device's address.
		out := append([]string(nil), d.BusLines...)
		for i, l := range out {
			if strings.HasPrefix(l, "class ") {
				if a := strings.Index(l, ", addr "); a >= 0 && len(l) > a+14 {
					out[i] = l[:a] + fmt.Sprintf(", addr %02x:%02x.%x", 0, f.DevFn>>3, f.DevFn&7) + l[a+14:]
				}
			}
		}
		return out
	}
	var out []string
	class, ok := str(f.Info, "class_info", "desc")
	if !ok {
		class = fmt.Sprintf("Class %04x", Num(f.Info, "class_info", "class"))
	}
	out = append(out, fmt.Sprintf("class %s, addr %02x:%02x.%x, pci id %04x:%04x (sub %04x:%04x)", class, BusNumber(d), f.DevFn>>3, f.DevFn&7,
		Num(f.Info, "id", "vendor"), Num(f.Info, "id", "device"), Num(f.Info, "id", "subsystem-vendor"), Num(f.Info, "id", "subsystem")))
	regions, _ := withConfig(append(qjson.Object(nil), f.Info...), f.Config).Get("regions")
	l, _ := regions.([]any)
	for _, r := range l {
		ro, _ := r.(qjson.Object)
		kind := "mem"
		if t, _ := str(ro, "type"); t == "io" {
			kind = "i/o"
		}
		out = append(out, fmt.Sprintf("bar %d: %s at 0x%x [0x%x]", Num(ro, "bar"), kind, uint64(Num(ro, "address")), uint64(Num(ro, "address"))+uint64(Num(ro, "size"))-1))
	}
	return out
}

// BusNumber is the number of the device's bus: 0 until firmware numbers
// bridges' buses, a PCI expander's own root bus its bus_nr.
func BusNumber(d *qdev.Device) int {
	if d.Bus != nil {
		if b := BusOf(d.Bus); b != nil {
			return b.Number
		}
	}
	return 0
}

// QueryEntry is the device's query-pci entry.
func QueryEntry(d *qdev.Device) qjson.Object {
	f := Of(d)
	o := qjson.Object{}
	o.Set("bus", BusNumber(d))
	o.Set("slot", f.DevFn>>3)
	o.Set("function", f.DevFn&7)
	for _, m := range f.Info {
		o.Set(m.Key, m.Value)
	}
	if _, ok := f.Info.Get("pci_bridge"); ok {
		if sec := secondary(d); sec != nil {
			o.Set("pci_bridge", bridgeEntry(d, sec))
		}
	}
	o.Set("qdev_id", d.ID)
	return withConfig(o, f.Config)
}

// secondary is a bridge's own PCI bus (nil for other devices).
func secondary(d *qdev.Device) *qdev.Bus {
	for _, b := range d.Buses {
		if BusOf(b) != nil {
			return b
		}
	}
	return nil
}

// bridgeEntry is a bridge's pci_bridge member (qmp_query_pci_bridge): its
// recorded windows with the bus numbers its registers hold, and, once its
// secondary bus has a number, the devices behind it.
func bridgeEntry(d *qdev.Device, sec *qdev.Bus) qjson.Object {
	sb := BusOf(sec)
	recorded, _ := Of(d).Info.Get("pci_bridge")
	rb, _ := recorded.(qjson.Object)
	window, _ := rb.Get("bus")
	bus := append(qjson.Object{}, window.(qjson.Object)...)
	bus.Set("number", sb.Primary)
	bus.Set("secondary", sb.Number)
	bus.Set("subordinate", sb.Subordinate)
	bridgeWindows(bus, Of(d).Config)
	if sb.Number == 0 {
		return qjson.O("bus", bus)
	}
	return qjson.O("bus", bus, "devices", devicesOf(sec))
}

// devicesOf are a bus's query-pci entries in devfn order.
func devicesOf(bus *qdev.Bus) []any {
	b := BusOf(bus)
	list := []any{}
	for devfn := 0; devfn < 256; devfn++ {
		if d := b.devices[devfn]; d != nil {
			list = append(list, QueryEntry(d))
		}
	}
	return list
}

// Enumerate numbers the buses behind a bus's bridges as sPAPR does at
// reset (spapr_phb_pci_enumerate): depth first in devfn order, each
// bridge's secondary bus the next number, its subordinate the highest
// number below it. next is the last number given.
func Enumerate(bus *qdev.Bus, next *int) {
	b := BusOf(bus)
	for devfn := 0; devfn < 256; devfn++ {
		d := b.devices[devfn]
		if d == nil {
			continue
		}
		if sec := secondary(d); sec != nil {
			*next++
			sb := BusOf(sec)
			sb.Number, sb.Primary = *next, b.Number
			Enumerate(sec, next)
			sb.Subordinate = *next
		}
	}
}

// Query is query-pci for a root bus (what firmware has not numbered is not
// listed: devices behind unnumbered bridges stay hidden).
func Query(root *qdev.Bus) []any {
	return []any{qjson.O("bus", BusOf(root).Number, "devices", devicesOf(root))}
}

// unmapped is PCI_BAR_UNMAPPED, a BAR's address before the guest maps it.
const unmapped = ^uint64(0)

// Info is `info pci` (hmp_info_pci) for query-pci's answer; notMapped:
// the release prints an unmapped BAR as "(not mapped)" and a mapped one
// without the full stop after its range.
func Info(buses []any, notMapped bool) string {
	var b strings.Builder
	for _, bus := range buses {
		infoDevices(&b, bus, notMapped)
	}
	return b.String()
}

// infoDevices prints a bus's devices, each bridge followed by the devices
// behind it (hmp_info_pci_bus).
func infoDevices(b *strings.Builder, bus any, notMapped bool) {
	bo, _ := bus.(qjson.Object)
	devs, _ := bo.Get("devices")
	l, _ := devs.([]any)
	for _, d := range l {
		infoDevice(b, d.(qjson.Object), notMapped)
		if br, ok := d.(qjson.Object).Get("pci_bridge"); ok {
			infoDevices(b, br, notMapped)
		}
	}
}

func infoDevice(b *strings.Builder, d qjson.Object, notMapped bool) {
	fmt.Fprintf(b, "  Bus %2d, device %3d, function %d:\n    ", Num(d, "bus"), Num(d, "slot"), Num(d, "function"))
	if desc, ok := str(d, "class_info", "desc"); ok {
		b.WriteString(desc)
	} else {
		fmt.Fprintf(b, "Class %04d", Num(d, "class_info", "class"))
	}
	fmt.Fprintf(b, ": PCI device %04x:%04x\n", Num(d, "id", "vendor"), Num(d, "id", "device"))
	id, _ := d.Get("id")
	if io, ok := id.(qjson.Object); ok {
		_, hv := io.Get("subsystem-vendor")
		_, hs := io.Get("subsystem")
		if hv && hs {
			fmt.Fprintf(b, "      PCI subsystem %04x:%04x\n", Num(io, "subsystem-vendor"), Num(io, "subsystem"))
		}
	}
	if _, ok := d.Get("irq"); ok {
		fmt.Fprintf(b, "      IRQ %d, pin %c\n", Num(d, "irq"), rune('A'+Num(d, "irq_pin")-1))
	}
	if _, ok := d.Get("pci_bridge"); ok {
		fmt.Fprintf(b, "      BUS %d.\n", Num(d, "pci_bridge", "bus", "number"))
		fmt.Fprintf(b, "      secondary bus %d.\n", Num(d, "pci_bridge", "bus", "secondary"))
		fmt.Fprintf(b, "      subordinate bus %d.\n", Num(d, "pci_bridge", "bus", "subordinate"))
		fmt.Fprintf(b, "      IO range [0x%04x, 0x%04x]\n", Num(d, "pci_bridge", "bus", "io_range", "base"), Num(d, "pci_bridge", "bus", "io_range", "limit"))
		fmt.Fprintf(b, "      memory range [0x%08x, 0x%08x]\n", Num(d, "pci_bridge", "bus", "memory_range", "base"), Num(d, "pci_bridge", "bus", "memory_range", "limit"))
		fmt.Fprintf(b, "      prefetchable memory range [0x%08x, 0x%08x]\n", Num(d, "pci_bridge", "bus", "prefetchable_range", "base"), Num(d, "pci_bridge", "bus", "prefetchable_range", "limit"))
	}
	regions, _ := d.Get("regions")
	l, _ := regions.([]any)
	for _, r := range l {
		ro, _ := r.(qjson.Object)
		addr := uint64(Num(ro, "address"))
		end := addr + uint64(Num(ro, "size")) - 1
		fmt.Fprintf(b, "      BAR%d: ", Num(ro, "bar"))
		io, _ := str(ro, "type")
		width := 8
		if io == "io" {
			width = 4
		}
		at := fmt.Sprintf(" at 0x%0*x [0x%0*x].", width, addr, width, end)
		switch {
		case notMapped && addr == unmapped:
			at = " (not mapped)"
		case notMapped: // the same release dropped the full stop
			at = fmt.Sprintf(" at 0x%0*x [0x%0*x]", width, addr, width, end)
		}
		if io == "io" {
			fmt.Fprintf(b, "I/O%s\n", at)
		} else {
			bits := 32
			if v, _ := ro.Get("mem_type_64"); v == true {
				bits = 64
			}
			pf := ""
			if v, _ := ro.Get("prefetch"); v == true {
				pf = " prefetchable"
			}
			fmt.Fprintf(b, "%d bit%s memory%s\n", bits, pf, at)
		}
	}
	qid, _ := str(d, "qdev_id")
	fmt.Fprintf(b, "      id \"%s\"\n", qid)
}

// RecordedEntry finds a board's recorded query-pci entry at a devfn, with
// its place and id left out.
func RecordedEntry(buses []any, devfn int) qjson.Object {
	for _, bus := range buses {
		bo, _ := bus.(qjson.Object)
		devs, _ := bo.Get("devices")
		l, _ := devs.([]any)
		for _, d := range l {
			o := d.(qjson.Object)
			if int(Num(o, "slot")) == devfn>>3 && int(Num(o, "function")) == devfn&7 {
				out := qjson.Object{}
				for _, m := range o {
					switch m.Key {
					case "bus", "slot", "function", "qdev_id":
						continue
					}
					out = append(out, m)
				}
				return out
			}
		}
	}
	return qjson.Object{}
}

// DevPath is pcibus_get_dev_path (qdev_get_dev_path of a PCI device, which
// names its RAMBlocks) for function f on bus: the root bus's path, then the
// slot and function of each device from the root down to this one. The bus
// is given because a device being realized is not on it yet.
func DevPath(bus *qdev.Bus, f *Function) string {
	slots := []string{fmt.Sprintf("%02x.%x", f.DevFn>>3, f.DevFn&7)}
	for b := bus; b != nil; b = b.Parent.Bus {
		p := b.Parent
		if p == nil || Of(p) == nil {
			// the host bridge: i440FX's and q35's root bus path is "0000" and
			// a ":00" bus follows; a pseries PHB's is its device tree node
			root := "0000:00"
			if p != nil && p.Type.Name == "spapr-pci-host-bridge" {
				idx, _ := p.Prop("index")
				n, _ := strconv.ParseUint(strings.TrimSpace(idx), 10, 64)
				root = fmt.Sprintf("pci@%x", 0x800000020000000+n)
			}
			return root + ":" + strings.Join(slots, ":")
		}
		fn := Of(p)
		slots = append([]string{fmt.Sprintf("%02x.%x", fn.DevFn>>3, fn.DevFn&7)}, slots...)
	}
	return strings.Join(slots, ":")
}
