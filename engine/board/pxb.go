package board

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// PCI expander bridges (pxb_dev_realize_common): the expander, a device on
// the root bus, makes a host bridge of its own, pxb-host, on the system
// bus (the newest host bridge: query-pci lists its bus first), whose root
// bus has the expander's bus_nr. pxb-pcie's root bus is named after the
// expander's id and takes the devices; pxb's is "pxb-internal" and holds a
// pci-bridge, with that id, chassis bus_nr and no SHPC, whose bus takes them.

// pxbTypes are the expanders: their root bus's type, as `info qtree` prints it.
var pxbTypes = map[string]struct{ bus, subtype string }{
	"pxb":      {"PCI", "pxb-bus"},
	"pxb-pcie": {"PCIE", "pxb-pcie-bus"},
}

// addPXBHost makes an expander's host bridge once the expander realized.
func (s *State) addPXBHost(d *qdev.Device) error {
	kind, ok := pxbTypes[d.Type.Name]
	if !ok {
		return nil
	}
	rel, target := s.M.Release(), s.M.Target
	host := s.Tree.Instantiate(qdev.Resolve(rel, target, "pxb-host"), nil, "")
	bypass := "false"
	if on, _ := d.Set["bypass_iommu"].(bool); on {
		bypass = "true"
	}
	host.Props = []qdev.PropLine{{Name: "x-config-reg-migration-enabled", Value: "true"}, {Name: "bypass-iommu", Value: bypass}}
	name := d.ID
	switch {
	case d.Type.Name == "pxb":
		name = "pxb-internal"
	case name == "":
		// An automatic name: the bus type's, numbered.
		n := 0
		for b := range s.expanders {
			if b.Subtype == kind.subtype && strings.HasPrefix(b.Name, kind.subtype+".") {
				n++
			}
		}
		name = fmt.Sprintf("%s.%d", kind.subtype, n)
	}
	root := &qdev.Bus{Name: name, Type: kind.bus, Subtype: kind.subtype, Parent: host}
	if s.expanders == nil {
		s.expanders = map[*qdev.Bus]*qdev.Device{}
	}
	s.expanders[root] = d
	host.Buses = []*qdev.Bus{root}
	s.Tree.Root.Attach(host)
	s.initBus(root)
	busNr := toU64(d.Set["bus_nr"])
	pci.BusOf(root).Number = int(busNr)
	s.takeUnattached(host)
	if d.Type.Name != "pxb" {
		return nil
	}
	// The bridge behind it: made as a board device is, on the internal bus.
	t := qdev.Resolve(rel, target, "pci-bridge")
	br := s.Tree.Instantiate(t, qdev.LookFor(rel, target, "pci-bridge", "pci"), d.ID)
	s.applyGlobals(br)
	if err := s.realizeSpec(br, root, fmt.Sprintf("pci-bridge,chassis_nr=%d,shpc=off", busNr)); err != nil {
		return err
	}
	root.Attach(br)
	s.setFull(root)
	s.initBuses(br)
	s.takeUnattached(br)
	return nil
}

// takeUnattached gives a device another's realize made the next
// /machine/unattached/device[N], after every board device, CPU and such
// device made before it.
func (s *State) takeUnattached(d *qdev.Device) {
	next := 0
	paths := []string{}
	for _, x := range s.unattachedDevs {
		if x != nil {
			paths = append(paths, x.Path)
		}
	}
	for _, c := range s.M.CPUs {
		paths = append(paths, c.QOMPath)
	}
	for _, p := range paths {
		if n, ok := strings.CutPrefix(p, "/machine/unattached/device["); ok {
			if k, err := strconv.Atoi(strings.TrimSuffix(n, "]")); err == nil {
				next = max(next, k+1)
			}
		}
	}
	d.Path = fmt.Sprintf("/machine/unattached/device[%d]", next)
	s.unattachedDevs = append(s.unattachedDevs, d)
}

// addAMDVIPCI is amdvi_sysbus_realize's PCI function: amd-iommu realizes an
// AMDVI-PCI on the machine's root bus (the first free slot), in
// /machine/unattached, then gives it AMD's ids and the IOMMU class (the
// device id per release, measured).
func (s *State) addAMDVIPCI(d *qdev.Device) error {
	if d.Type.Name != "amd-iommu" {
		return nil
	}
	rel, target := s.M.Release(), s.M.Target
	bus, err := s.FindBus("pcie.0")
	if err != nil {
		if bus, err = s.FindBus("pci.0"); err != nil {
			return err
		}
	}
	dev := s.Tree.Instantiate(qdev.Resolve(rel, target, "AMDVI-PCI"), qdev.LookFor(rel, target, "AMDVI-PCI", s.placement(bus)), "")
	s.applyGlobals(dev)
	if err := s.realizeSpec(dev, bus, "AMDVI-PCI"); err != nil {
		return err
	}
	if f := pci.Of(dev); f != nil {
		info := slices.Clone(f.Info)
		info.Set("class_info", qjson.O("class", json.Number("2054"))) // PCI_CLASS_SYSTEM_IOMMU
		id, _ := info.Get("id")
		ids, _ := id.(qjson.Object)
		ids = slices.Clone(ids)
		ids.Set("vendor", json.Number("4130")) // PCI_VENDOR_ID_AMD
		devID := rel.AMDVIPCIDeviceID
		if devID == 0 {
			devID = f.DevFn
		}
		ids.Set("device", json.Number(strconv.Itoa(devID)))
		info.Set("id", ids)
		f.Info = info
	}
	bus.Attach(dev)
	s.setFull(bus)
	s.takeUnattached(dev)
	return nil
}
