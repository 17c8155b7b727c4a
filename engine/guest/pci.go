package guest

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// PCI functions as the Linux 6.1 guest sees them: the ones on the first
// root bus at boot, and on pc (ACPI PCI hotplug on the i440fx root bus)
// the ones plugged later, which acpiphp enumerates (its "pci BDF: [v:d]
// type 00 class ..." lines, each BAR as read and as assigned) and ejects
// on request. No driver binds: the initramfs has no NIC, disk or USB
// modules, so a function's irq and enable stay 0. pseries: the kernel
// configures no hot-plugged DRC (no drmgr in the guest).

// PCIBar is one of a function's BARs (Index 6: its expansion ROM).
type PCIBar struct {
	Index           int
	IO              bool
	Size            uint64
	Mem64, Prefetch bool
}

// PCIFunc is a function on the root bus, from the machine's query-pci.
type PCIFunc struct {
	Bus, DevFn           int
	Vendor, Device       int
	SubVendor, SubDevice int
	Class                int // base class and subclass (query-pci's class)
	BARs                 []PCIBar
	// ACPIHotplug: its slot is an ACPI PCI hotplug slot; UnplugPending:
	// device_del asked the guest to eject it.
	ACPIHotplug, UnplugPending bool
	// NativeSlot: it sits in a pcie-root-port's slot (pciehp's, or
	// ACPI's when ACPIHotplug);
	// VirtioModern: a modern-only virtio function there; Express: a PCI
	// Express function (its express capability on a PCIe bus).
	NativeSlot, VirtioModern, Express bool
	// Fixed: its slot is no hotplug slot (a device that cannot be
	// unplugged, or a bridge plugged at start); SlotBelow: a root port
	// whose slot ACPI drives.
	Fixed, SlotBelow bool
	// Window: the I/O, memory and prefetchable windows of the bridge
	// it sits behind, as the firmware and the kernel set them (Windows:
	// known).
	Window  [3][2]uint64
	Windows bool
	// Assigned are the ranges its BARs and windows hold from the
	// firmware's setup.
	Assigned [][2]uint64
}

// pciDev is a function the guest enumerated.
type pciDev struct {
	f        PCIFunc
	hot      bool        // hot-added: its attributes are the kernel's
	ejecting bool        // an eject is on its way
	assigned [][2]uint64 // ranges it holds (mem and I/O)
}

// bootPCI: every function on the root bus at boot; the listing is known
// when no function sits elsewhere.
func (g *Guest) bootPCI() {
	g.pciDevs = map[int]*pciDev{}
	g.pciListed = false
	if g.HW.PCIFunctions == nil {
		return
	}
	fs, complete := g.HW.PCIFunctions()
	// pseries names its PHB's functions by the device tree: known only
	// when there are none.
	g.pciListed = complete && (!g.IsSPAPR() || len(fs) == 0)
	for _, f := range fs {
		g.pciDevs[f.Bus<<8|f.DevFn] = &pciDev{f: f, assigned: f.Assigned}
	}
}

// pollPCI is acpiphp's handling of the PCI hotplug GPE (pc): a new
// function on a hotplug slot is enumerated, one asked for is ejected.
func (g *Guest) pollPCI() {
	if g.HW.PCIFunctions == nil || g.IsSPAPR() || g.pciDevs == nil {
		return
	}
	fs, complete := g.HW.PCIFunctions()
	if !complete {
		g.pciListed = false
	}
	for _, f := range fs {
		key := f.Bus<<8 | f.DevFn
		d := g.pciDevs[key]
		react, eject := int64(acpiReact), int64(acpiReact)
		switch {
		case f.NativeSlot && !f.Windows:
			continue // windows not known
		case f.NativeSlot && !f.ACPIHotplug:
			// pciehp: presence detect, then the 5 s the attention
			// button gives before the slot powers off.
			react, eject = pciehpReact, pciehpEject
		case !f.ACPIHotplug:
			continue
		}
		switch {
		case d == nil && !f.UnplugPending:
			g.pciDevs[key] = &pciDev{f: f, hot: true}
			g.after(react, func() { g.pciEnumerate(key) })
		case d != nil && f.UnplugPending && !d.ejecting && g.HW.PCIEject != nil:
			d.ejecting = true
			g.after(eject, func() { g.pciEject(key) })
		}
	}
}

// pciName is a function's sysfs name from its bus<<8|devfn.
func pciName(key int) string {
	return fmt.Sprintf("0000:%02x:%02x.%d", key>>8, key>>3&31, key&7)
}

const (
	pciehpReact = 100_000   // presence detect to the scan
	pciehpEject = 5_000_000 // the attention button's wait
)

// pciResource is the kernel's %pR of a BAR: [io  0x1000-0x103f],
// [mem 0x08000000-0x0803ffff pref].
func pciResource(b PCIBar, start uint64) string {
	end := start + b.Size - 1
	if b.IO {
		return fmt.Sprintf("[io  0x%04x-0x%04x]", start, end)
	}
	s := fmt.Sprintf("[mem 0x%08x-0x%08x", start, end)
	if b.Mem64 {
		s += " 64bit"
	}
	if b.Prefetch {
		s += " pref"
	}
	return s + "]"
}

func barName(b PCIBar) string {
	if b.Index == 6 {
		return "ROM"
	}
	return fmt.Sprintf("BAR %d", b.Index)
}

// PCI windows of pc's root bus as its _CRS gives them: I/O above the
// legacy ports, 32-bit memory from the end of low RAM, 64-bit above 4 GiB.
const (
	pciIOStart    = 0x1000
	pciIOEnd      = 0xffff
	pciMem32End   = 0xfebfffff
	pciMem64Start = 1 << 32
	pciMem64End   = 1<<40 - 1
)

// pciEnumerate is pci_scan_slot and the resource assignment that follows:
// the BARs largest first, each at the lowest free aligned address of its
// window (x86 skips I/O addresses that alias ISA ports: bits 8-9 set).
func (g *Guest) pciEnumerate(key int) {
	d := g.pciDevs[key]
	if g.state != Running || d == nil {
		return
	}
	f := d.f
	name := pciName(key)
	g.kernel("pci %s: [%04x:%04x] type 00 class 0x%06x", name, f.Vendor, f.Device, f.Class<<8|pciProgIF(f))
	for _, b := range f.BARs {
		g.kernel("pci %s: %s %s", name, barName(b), pciResource(b, 0))
	}
	if f.Express && f.NativeSlot && g.M.Release().PCIeExtendedTags {
		g.kernel("pci %s: enabling Extended Tags", name)
	}
	bars := slices.Clone(f.BARs)
	sort.SliceStable(bars, func(i, j int) bool { return bars[i].Size > bars[j].Size })
	for _, b := range bars {
		lo, hi := uint64(g.pciMem32Start()), uint64(pciMem32End)
		switch {
		case b.IO && f.Bus != 0:
			lo, hi = f.Window[0][0], f.Window[0][1]
		case b.IO:
			lo, hi = pciIOStart, pciIOEnd
		case b.Mem64 && b.Prefetch && f.Bus != 0:
			lo, hi = f.Window[2][0], f.Window[2][1]
		case b.Mem64 && b.Prefetch:
			lo, hi = pciMem64Start, pciMem64End
		case f.Bus != 0:
			lo, hi = f.Window[1][0], f.Window[1][1]
		}
		start, ok := g.pciAlloc(lo, hi, b)
		if !ok {
			continue
		}
		d.assigned = append(d.assigned, [2]uint64{start, start + b.Size - 1})
		g.kernel("pci %s: %s %s: assigned", name, barName(b), pciResource(b, start))
	}
}

// pciMem32Start: the 32-bit window begins where RAM below 4 GiB ends.
func (g *Guest) pciMem32Start() uint64 {
	low := uint64(g.M.RAMBytes)
	if low > 0xc0000000 { // pc's split: the rest goes above 4 GiB
		low = 0xc0000000
	}
	return low
}

func (g *Guest) pciAlloc(lo, hi uint64, b PCIBar) (uint64, bool) {
	if b.Size == 0 {
		return 0, false
	}
	var used [][2]uint64
	for _, d := range g.pciDevs {
		for _, u := range d.assigned {
			if !(u[0] <= lo && hi <= u[1]) { // not the bridge window allocated from
				used = append(used, u)
			}
		}
	}
	for start := alignUp(lo, b.Size); start+b.Size-1 <= hi; {
		if b.IO && start&0x300 != 0 {
			start = alignUp((start+0x3ff)&^0x3ff, b.Size)
			continue
		}
		clash := false
		for _, u := range used {
			if start <= u[1] && u[0] <= start+b.Size-1 {
				start = alignUp(u[1]+1, b.Size)
				clash = true
				break
			}
		}
		if !clash {
			return start, true
		}
	}
	return 0, false
}

func alignUp(v, a uint64) uint64 { return (v + a - 1) &^ (a - 1) }

// pciEject is acpiphp's eject: the function goes from the guest, then
// _EJ0 tells the machine, which unplugs the device.
func (g *Guest) pciEject(key int) {
	if g.state != Running || g.pciDevs[key] == nil {
		return
	}
	delete(g.pciDevs, key)
	g.HW.PCIEject(key>>8, key&0xff)
}

// pciProgIF is the programming interface the class register holds below
// query-pci's class (-1: not known).
func pciProgIF(f PCIFunc) int {
	switch {
	case f.Class == 0x0c03 && f.Vendor == 0x8086 && f.Device == 0x24cd: // usb-ehci
		return 0x20
	case f.Class>>8 == 0x0c || f.Class == 0x0101: // USB, IDE: by device
		return -1
	}
	return 0
}

// pciRevision is a device's revision ID where measured (-1: not known).
func pciRevision(f PCIFunc) int {
	switch {
	case f.Vendor == 0x8086 && f.Device == 0x100e: // e1000
		return 0x03
	case f.Vendor == 0x1af4 && f.Device >= 0x1000 && f.Device < 0x1040: // transitional virtio
		return 0x00
	case f.Vendor == 0x1af4 && f.Device >= 0x1040 && f.Device < 0x1080: // modern virtio
		return 0x01
	}
	return -1
}

// pciListing is /sys/bus/pci/devices when known.
func (g *Guest) pciListing() ([]string, bool) {
	if !g.pciListed || g.pciDevs == nil {
		return nil, false
	}
	var names []string
	for key := range g.pciDevs {
		names = append(names, pciName(key))
	}
	sort.Strings(names)
	return names, true
}

// pciDeviceNode answers below /sys/devices/pci0000:00/BDF (rest: the
// attribute, or "" for the folder): nil when the guest has no such
// function; an attribute not modelled reads as not known.
func (g *Guest) pciDeviceNode(devfn int, rest string) (*node, bool) {
	d := g.pciDevs[devfn]
	if d == nil {
		if g.pciListed {
			return nil, true
		}
		return nil, false
	}
	f := d.f
	hex4 := func(v int) *node { return attr(fmt.Sprintf("0x%04x\n", v)) }
	switch rest {
	case "":
		return opaqueDir(sysFS), true
	case "vendor":
		return hex4(f.Vendor), true
	case "device":
		return hex4(f.Device), true
	case "subsystem_vendor":
		return hex4(f.SubVendor), true
	case "subsystem_device":
		return hex4(f.SubDevice), true
	case "class":
		if p := pciProgIF(f); p >= 0 {
			return attr(fmt.Sprintf("0x%06x\n", f.Class<<8|p)), true
		}
	case "revision":
		if r := pciRevision(f); r >= 0 {
			return attr(fmt.Sprintf("0x%02x\n", r)), true
		}
	case "irq":
		if d.hot {
			return attr("0\n"), true
		}
	case "enable":
		if d.hot {
			return rwAttr("0\n"), true
		}
	}
	return unknownAttr(0o444), true
}

// pciNode answers for a function's entry under /sys/bus/pci/devices (a
// link) and its folder under /sys/devices/pci0000:00 when the guest's
// view is known (ok false: ask elsewhere).
func (g *Guest) pciNode(p string) (*node, bool) {
	if g.pciDevs == nil {
		return nil, false
	}
	if name, ok := strings.CutPrefix(p, "/sys/bus/pci/devices/"); ok && !strings.Contains(name, "/") {
		bus, devfn, isBDF := parseBDF(name)
		if !isBDF {
			return nil, false
		}
		if d := g.pciDevs[bus<<8|devfn]; d != nil {
			return link(sysFS, "../../../devices/"+g.pciDevicePath(d.f)), true
		}
		return nil, g.pciListed
	}
	rest, ok := strings.CutPrefix(p, "/sys/devices/pci0000:00/")
	if !ok {
		return nil, false
	}
	name, attrName, _ := strings.Cut(rest, "/")
	if b, _, isBDF := parseBDF(attrName); isBDF && b != 0 {
		name, attrName = attrName, "" // a bridge's secondary bus's function's folder
	} else if bdf, tail, ok := strings.Cut(attrName, "/"); ok {
		// below a bridge's folder: its secondary bus's functions
		b, _, isBDF := parseBDF(bdf)
		if !isBDF || b == 0 || strings.Contains(tail, "/") {
			return nil, false
		}
		name, attrName = bdf, tail
	}
	bus, devfn, isBDF := parseBDF(name)
	if !isBDF {
		return nil, false
	}
	if g.pciDevs[bus<<8|devfn] == nil && attrName != "" {
		return nil, false
	}
	return g.pciDeviceNode(bus<<8|devfn, attrName)
}

// pciDevicePath is a function's folder below /sys/devices: behind its
// root port's on a secondary bus.
func (g *Guest) pciDevicePath(f PCIFunc) string {
	name := pciName(f.Bus<<8 | f.DevFn)
	if f.Bus == 0 {
		return "pci0000:00/" + name
	}
	for key, d := range g.pciDevs {
		if key>>8 == 0 && d.f.Vendor == 0x1b36 && d.f.Device == 0x000c {
			return "pci0000:00/" + pciName(key) + "/" + name
		}
	}
	return "pci0000:00/" + name
}

// shpcLines are shpchp's probe of each pci-bridge with its SHPC on pc's
// root bus (an ACPI hotplug slot): the firmware keeps control (QEMU's
// DSDT has no OSHP), so the bridge's slot and the host bridge are asked
// in turn (shpchp's acpi_get_hp_hw_control_from_firmware).
func (g *Guest) shpcLines() []string {
	var out []string
	for key := 0; key < 256; key++ {
		d := g.pciDevs[key]
		if d == nil || !d.f.ACPIHotplug || d.f.Vendor != 0x1b36 || d.f.Device != 0x0001 || len(d.f.BARs) == 0 {
			continue
		}
		name := pciName(key)
		out = append(out,
			fmt.Sprintf("shpchp %s: Requesting control of SHPC hotplug via OSHP (\\_SB_.PCI0.S%02X_)", name, key),
			fmt.Sprintf("shpchp %s: Requesting control of SHPC hotplug via OSHP (\\_SB_.PCI0)", name),
			fmt.Sprintf("shpchp %s: Cannot get control of SHPC hotplug", name))
	}
	return out
}

// pciSlot is a hotplug slot under /sys/bus/pci/slots: its bus and device.
type pciSlot struct{ bus, dev int }

// pciSlots are acpiphp's slots by name when known: on pc every slot of the
// root bus but those of devices that cannot be unplugged and of bridges
// plugged at start, named by number; on q35 a root port's slot that ACPI
// drives, named 0 (one such port measured).
func (g *Guest) pciSlots() (map[string]pciSlot, bool) {
	if !g.pciListed || g.pciDevs == nil || g.IsSPAPR() {
		return nil, false
	}
	slots := map[string]pciSlot{}
	fixed := map[int]bool{}
	acpiRoot, ports := false, 0
	for key, d := range g.pciDevs {
		if key>>8 != 0 {
			continue
		}
		if d.f.ACPIHotplug {
			acpiRoot = true
		}
		if d.f.Fixed {
			fixed[key>>3&31] = true
		}
		if d.f.SlotBelow {
			ports++
		}
	}
	switch {
	case acpiRoot:
		for dev := 0; dev < 32; dev++ {
			if !fixed[dev] {
				slots[fmt.Sprint(dev)] = pciSlot{0, dev}
			}
		}
	case ports == 1:
		bus := 0 // the kernel numbers each bridge's bus the next
		for key := 0; key < 256; key++ {
			if d := g.pciDevs[key]; d != nil && hasBridgeBus(d.f) {
				bus++
				if d.f.SlotBelow {
					slots["0"] = pciSlot{bus, 0}
				}
			}
		}
	case ports > 1:
		return nil, false
	}
	return slots, true
}

// hasBridgeBus: a PCI-to-PCI bridge (its class), which has a bus behind.
func hasBridgeBus(f PCIFunc) bool { return f.Class == 0x0604 }

// pciSlotNode answers below /sys/bus/pci/slots.
func (g *Guest) pciSlotNode(p string) (*node, bool) {
	rest, ok := strings.CutPrefix(p, "/sys/bus/pci/slots")
	if !ok || (rest != "" && rest[0] != '/') {
		return nil, false
	}
	slots, known := g.pciSlots()
	if rest == "" {
		if !known {
			return opaqueDir(sysFS), true
		}
		var names []string
		for n := range slots {
			names = append(names, n)
		}
		sort.Strings(names)
		return dir(sysFS, names...), true
	}
	if !known {
		return nil, false
	}
	name, file, _ := strings.Cut(rest[1:], "/")
	s, ok := slots[name]
	if !ok || strings.Contains(file, "/") {
		return nil, true
	}
	switch file {
	case "":
		return opaqueDir(sysFS), true
	case "address":
		return attr(fmt.Sprintf("0000:%02x:%02x\n", s.bus, s.dev)), true
	case "power":
		// acpiphp's power status: a function there is enabled (writing
		// it, which enables or ejects the slot, is not modelled)
		on := "0\n"
		for key := range g.pciDevs {
			if key>>8 == s.bus && key>>3&31 == s.dev {
				on = "1\n"
			}
		}
		return rwAttr(on), true
	}
	return unknownAttr(0o444), true
}
