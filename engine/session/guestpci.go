package session

import (
	"hotpluglab/engine/board"
	"hotpluglab/engine/guest"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// The guest's view of PCI (engine/guest/pci.go): the first root bus's
// functions and those in its pcie-root-ports' slots, their IDs and BARs
// from query-pci, and whether no PCI function sits anywhere else.

func guestPCIFunctions(s *board.State) ([]guest.PCIFunc, bool) {
	roots := s.RootBuses()
	if len(roots) == 0 {
		return nil, true
	}
	complete := len(roots) == 1
	root := roots[0]
	pb := pci.BusOf(root)
	acpiSlots := s.M.Type.Family == machinetype.PC && root.Hotpluggable
	var out []guest.PCIFunc
	secondary := 0 // the kernel's numbering: each bridge's bus the next
	for devfn := 0; devfn < 256; devfn++ {
		d := pb.At(devfn)
		if d == nil {
			continue
		}
		f := guestFunc(d, 0, devfn)
		if f.Vendor == 0 {
			complete = false // its identity was not recorded
			continue
		}
		f.ACPIHotplug = acpiSlots
		f.Fixed = !d.Type.Hotpluggable() || hasPCIBus(d)
		for _, c := range d.Buses {
			if pci.BusOf(c) != nil && d.Type.Name == "pcie-root-port" && c.Hotpluggable && !s.NativePCIeSlot(c) {
				f.SlotBelow = true // a root port whose slot ACPI drives
			}
		}
		out = append(out, f)
		for _, c := range d.Buses {
			cb := pci.BusOf(c)
			if cb == nil {
				continue
			}
			secondary++
			// a root port's slot: pciehp's, or ACPI's (q35 from 6.1)
			port := c.Hotpluggable && d.Type.Name == "pcie-root-port"
			acpiPort := !s.NativePCIeSlot(c)
			for fn := 0; fn < 256; fn++ {
				if cd := cb.At(fn); cd != nil {
					if !port || hasPCIBus(cd) {
						complete = false
						continue
					}
					cf := guestFunc(cd, secondary, fn)
					if cf.Vendor == 0 {
						complete = false
						continue
					}
					cf.NativeSlot, cf.ACPIHotplug = true, acpiPort
					cf.Express = board.ExpressOnExpressBus(cd)
					if c := pci.Of(d).Config; c != nil && c.Windows {
						cf.Window, cf.Windows = c.Window, true
					}
					out = append(out, cf)
				}
			}
		}
	}
	return out, complete
}

func guestFunc(d *qdev.Device, bus, devfn int) guest.PCIFunc {
	f := guest.PCIFunc{Bus: bus, DevFn: devfn, UnplugPending: d.UnplugPending}
	info := pci.QueryEntry(d)
	if c := pci.Of(d).Config; c != nil {
		// what the firmware placed: the guest's allocations go around it
		for _, r := range pci.Regions(info) {
			if a, ok := c.BAR[int(pci.Num(r, "bar"))]; ok {
				f.Assigned = append(f.Assigned, [2]uint64{a, a + uint64(pci.Num(r, "size")) - 1})
			}
		}
		if c.Windows {
			for _, w := range c.Window {
				if w[1] >= w[0] {
					f.Assigned = append(f.Assigned, w)
				}
			}
		}
	}
	f.Vendor = int(pci.Num(info, "id", "vendor"))
	f.Device = int(pci.Num(info, "id", "device"))
	f.SubVendor = int(pci.Num(info, "id", "subsystem-vendor"))
	f.SubDevice = int(pci.Num(info, "id", "subsystem"))
	f.Class = int(pci.Num(info, "class_info", "class"))
	f.VirtioModern = f.Vendor == 0x1af4 && f.Device >= 0x1040 && f.Device < 0x1080
	regions, _ := info.Get("regions")
	l, _ := regions.([]any)
	for _, r := range l {
		o, ok := r.(qjson.Object)
		if !ok {
			continue
		}
		t, _ := o.Get("type")
		b := guest.PCIBar{Index: int(pci.Num(o, "bar")), IO: t == "io", Size: uint64(pci.Num(o, "size"))}
		if m, _ := o.Get("mem_type_64"); m == true {
			b.Mem64 = true
		}
		if p, _ := o.Get("prefetch"); p == true {
			b.Prefetch = true
		}
		if b.Index == 6 {
			b.Prefetch = true // the ROM's resource is prefetchable
		}
		f.BARs = append(f.BARs, b)
	}
	return f
}

// guestPCIEject finds the function the guest ejects (on the root bus, or
// the secondary bus numbered as guestPCIFunctions does) and unplugs its
// device.
func guestPCIEject(s *board.State, bus, devfn int) {
	roots := s.RootBuses()
	if len(roots) == 0 {
		return
	}
	pb := pci.BusOf(roots[0])
	if bus == 0 {
		s.GuestPCIEject(pb.At(devfn))
		return
	}
	secondary := 0
	for fn := 0; fn < 256; fn++ {
		d := pb.At(fn)
		if d == nil {
			continue
		}
		for _, c := range d.Buses {
			if cb := pci.BusOf(c); cb != nil {
				if secondary++; secondary == bus {
					s.GuestPCIEject(cb.At(devfn))
					return
				}
			}
		}
	}
}

// hasPCIBus: a bridge (its own buses include a PCI one).
func hasPCIBus(d *qdev.Device) bool {
	for _, c := range d.Buses {
		if pci.BusOf(c) != nil {
			return true
		}
	}
	return false
}
