package board

import (
	"strconv"
	"strings"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// NativePCIeSlot: a device on bus b sits in a PCIe slot the guest's
// pciehp drives.
func (s *State) NativePCIeSlot(b *qdev.Bus) bool { return s.nativePCIeHotplug(b) }

// RootBuses are the host bridges' PCI buses, the first host bridge's first.
func (s *State) RootBuses() []*qdev.Bus {
	var out []*qdev.Bus
	for _, h := range s.Tree.Root.Children {
		for _, b := range h.Buses {
			if pci.BusOf(b) != nil {
				out = append(out, b)
			}
		}
	}
	return out
}

// GuestPCIEject is the guest's _EJ0 on an ACPI PCI hotplug slot, or
// pciehp powering a slot off: the device asked for goes
// (acpi_pcihp_eject_slot, pcie_cap_slot_write_config).
func (s *State) GuestPCIEject(d *qdev.Device) {
	if s == nil || d == nil || !d.UnplugPending {
		return
	}
	d.UnplugPending = false
	s.remove(d)
}

// FirmwarePCISetup is SeaBIOS's PCI setup as an x86 guest boots (engine/pci
// seabios.go), then the Linux guest's own: the I/O window it gives each PCIe
// slot the firmware left without one. It changes nothing where the layout
// is not modelled (more than one root bus, pseries, isapc, microvm).
func (s *State) FirmwarePCISetup() {
	fam := s.M.Type.Family
	if fam != machinetype.PC && fam != machinetype.Q35 {
		return
	}
	roots := s.RootBuses()
	if len(roots) != 1 {
		return
	}
	s.firmwareRan = true
	for _, root := range roots {
		s.identifyBehindBridges(root)
	}
	fw := pci.Firmware{Q35: fam == machinetype.Q35, MemStart: pciMemStart(fam, uint64(s.M.RAMBytes))}
	if pci.SeaBIOS(roots[0], fw) {
		pci.LinuxBridgeIO(roots[0])
		// 10.0's busnr reads the bus's number as it is now
		s.Tree.Walk(func(d *qdev.Device) {
			if _, ok := d.Prop("busnr"); ok && pci.Of(d) != nil {
				d.SetProp("busnr", qtreeNum(uint64(pci.BusNumber(d))))
			}
		})
	}
}

// pciMemStart is where SeaBIOS starts the 32-bit PCI hole: q35's above its
// MMCONFIG window (0xb0000000, 256 MiB); pc's at 2 GiB or 3 GiB, or where
// the RAM below 4 GiB ends.
func pciMemStart(fam machinetype.Family, ram uint64) uint64 {
	switch {
	case fam == machinetype.Q35:
		return 0xc0000000
	case ram <= 0x80000000:
		return 0x80000000
	case ram <= 0xc0000000 || ram >= 0xe0000000:
		return 0xc0000000
	}
	return ram
}

// ClearPCIConfig is a machine reset: the functions' registers go back to
// QEMU's until the firmware runs again.
func (s *State) ClearPCIConfig() {
	for _, r := range s.RootBuses() {
		pci.ClearConfig(r)
	}
}

// identifyBehindBridges gives the functions behind bridges, whose looks
// were recorded where query-pci did not reach, their identity.
func (s *State) identifyBehindBridges(bus *qdev.Bus) {
	pb := pci.BusOf(bus)
	for devfn := 0; devfn < 256; devfn++ {
		d := pb.At(devfn)
		if d == nil || pci.Of(d) == nil {
			continue
		}
		if f := pci.Of(d); f.Info == nil {
			f.Info = identityBehindBridge(s, d)
		}
		for _, c := range d.Buses {
			if pci.BusOf(c) != nil {
				s.identifyBehindBridges(c)
			}
		}
	}
}

// identityBehindBridge is the query-pci entry of a function behind a
// bridge: its type's entry on a root bus with the ids and BARs its own
// qtree lines show (a virtio proxy there is modern only); nil when a BAR
// is not in the root bus's entry or the type was not recorded there.
func identityBehindBridge(s *State, d *qdev.Device) qjson.Object {
	conv := qdev.LookFor(s.M.Release(), s.M.Target, d.Type.Name, "pci")
	if conv == nil || conv.PCI == nil {
		return nil
	}
	byBar := map[int64]qjson.Object{}
	for _, r := range pci.Regions(conv.PCI) {
		b, _ := r.Get("bar")
		byBar[jsonInt(b)] = r
	}
	info := append(qjson.Object(nil), conv.PCI...)
	var regions []any
	for _, l := range d.BusLines {
		t := strings.TrimSpace(l)
		if i := strings.Index(t, "pci id "); strings.HasPrefix(t, "class ") && i >= 0 {
			var ids [4]int64
			rest := t[i+len("pci id "):]
			for k, sep := range []string{":", " (sub ", ":", ")"} {
				v, r, ok := strings.Cut(rest, sep)
				n, err := strconv.ParseInt(v, 16, 64)
				if !ok || err != nil {
					return nil
				}
				ids[k], rest = n, r
			}
			id := qjson.O("device", ids[1], "subsystem-vendor", ids[2], "vendor", ids[0], "subsystem", ids[3])
			info.Set("id", id)
			continue
		}
		bar, rest, ok := strings.Cut(strings.TrimPrefix(t, "bar "), ": ")
		if !ok || !strings.HasPrefix(t, "bar ") {
			continue
		}
		n, err := strconv.ParseInt(bar, 10, 64)
		r := byBar[n]
		_, end, ok2 := strings.Cut(rest, "[0x")
		last, err2 := strconv.ParseUint(strings.TrimSuffix(end, "]"), 16, 64)
		if err != nil || r == nil || !ok2 || err2 != nil {
			return nil
		}
		r = append(qjson.Object(nil), r...)
		r.Set("size", int64(last+2)) // printed from the unmapped address, all ones
		regions = append(regions, r)
	}
	if regions == nil {
		regions = []any{}
	}
	info.Set("regions", regions)
	return info
}
