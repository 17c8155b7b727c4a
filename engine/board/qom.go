package board

import (
	"cmp"
	"encoding/json"
	"fmt"
	"hotpluglab/engine/qjson"
	"math"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/object"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
	"hotpluglab/engine/spapr"
)

// The devices as QOM objects: their paths, the buses that are their
// children, what qom-list lists of them and what qom-get reads.

// hostBridgePaths are where boards put their PCI host bridge in QOM.
var hostBridgePaths = map[string]string{"i440FX-pcihost": "/machine/i440fx", "q35-pcihost": "/machine/q35"}

// devicePath is a device's canonical path ("" when the simulator does not
// know it: a board device it has no path for).
func devicePath(d *qdev.Device) string {
	if d.Path != "" {
		return d.Path
	}
	if p, ok := machineChildPaths[d.Type.Name]; ok {
		return p
	}
	return hostBridgePaths[d.Type.Name]
}

// machineChildPaths are board devices the x86 boards make children of
// /machine under their own name (fw_cfg_arch_create's "fw_cfg": measured
// on both releases, the system bus's child link reaching it; also
// isapc, q35 and microvm on 7.2).
var machineChildPaths = map[string]string{"fw_cfg_io": "/machine/fw_cfg"}

// hostBridgeAt is the PCI host bridge hostBridgePaths puts at path.
func (s *State) hostBridgeAt(path string) *qdev.Device {
	var found *qdev.Device
	s.Tree.Walk(func(d *qdev.Device) {
		if found == nil && d.Path == "" && hostBridgePaths[d.Type.Name] == path {
			found = d
		}
	})
	return found
}

// busPath is a bus's canonical path: its device's, then its name.
func busPath(b *qdev.Bus) string {
	if b.Parent == nil {
		return "/machine/unattached/sysbus"
	}
	if p := devicePath(b.Parent); p != "" {
		return p + "/" + b.Name
	}
	// A bus of a proxy's virtio device (virtio-serial's): the device is
	// the proxy's "virtio-backend" child (pm-p-r43-47).
	if up := b.Parent.Bus; up != nil && up.Parent != nil && isVirtioBackend(up, b.Parent) {
		if p := devicePath(up.Parent); p != "" {
			return p + "/virtio-backend/" + b.Name
		}
	}
	return ""
}

// QOMObjects calls f with the canonical path and type of every device
// and bus the simulator knows the path of.
func (s *State) QOMObjects(f func(path, typ string)) {
	seen := map[*qdev.Device]bool{}
	for _, m := range s.dimms {
		if m.Dev.Bus == nil && m.Dev.Path != "" {
			f(m.Dev.Path, m.Dev.Type.Name)
			seen[m.Dev] = true
		}
	}
	for _, d := range s.created {
		if d.Bus == nil && d.Path != "" && !seen[d] {
			f(d.Path, d.Type.Name)
		}
	}
	// pseries' watchdogs (spapr_machine_init's wdt1..wdt4): sysbus-less
	// devices of the machine's own, not user-creatable.
	if s.M.IsSPAPR() && slices.Contains(s.M.Release().SPAPRMachineQOM, "wdt1") {
		for i := 1; i <= spaprWatchdogs; i++ {
			f("/machine/wdt"+strconv.Itoa(i), "spapr-wdt")
		}
	}
	s.Tree.Walk(func(d *qdev.Device) {
		p := devicePath(d)
		if p == "" {
			return
		}
		f(p, d.Type.Name)
		for _, b := range d.Buses {
			f(p+"/"+b.Name, b.Type)
			for _, c := range b.Children {
				if isVirtioBackend(b, c) {
					f(p+"/virtio-backend", c.Type.Name)
				}
			}
		}
	})
}

// QOMType is the type of the device or bus at a canonical path.
func (s *State) QOMType(path string) (string, bool) {
	var typ string
	found := false
	s.QOMObjects(func(p, t string) {
		if !found && p == path {
			typ, found = t, true
		}
	})
	return typ, found
}

// QOMList is qom-list of a device the user created: its properties as
// recorded from its type (buses named as this device names them).
func (s *State) QOMList(path string) ([]qdev.QOMProp, bool) {
	if props, ok := s.recordedQOMList(path); ok {
		return props, true
	}
	if t, _ := s.QOMType(path); t == "spapr-wdt" {
		return slices.Clone(spaprWDTProps), true
	}
	d := s.Tree.FindByPath(path)
	if d == nil {
		d = s.busless(path)
	}
	if d == nil {
		if b := s.virtioBackendAt(path); b != nil {
			props := s.backendQOM(b)
			return props, props != nil
		}
	}
	if s.dimmOf(d) != nil {
		return slices.Clone(pcDIMMProps), true
	}
	if d != nil && d.Bus == nil && d.Type.Name == "spapr-rng" {
		return slices.Clone(spaprRNGProps), true
	}
	if d != nil && d.Bus == nil && d.Type.Name == "vmgenid" {
		return slices.Clone(vmgenidProps), true
	}
	if d == nil || d.Look == nil || len(d.Look.QOM) == 0 {
		return nil, false
	}
	out := make([]qdev.QOMProp, 0, len(d.Look.QOM))
	renamed := false
	rename := s.compositionNames(d) // a VIO device's tce-table, a PHB's DRCs
	for _, p := range d.Look.QOM {
		if n := rename(p.Name); n != p.Name {
			p.Name, renamed = n, true
		}
		// A bus named after the recording's id: "probe.0", or "probe" itself
		// (a bridge's, an NVMe controller's).
		if rest, ok := strings.CutPrefix(p.Name, "probe"); ok && d.ID != "" && (strings.HasPrefix(rest, ".") || rest == "" && strings.HasPrefix(p.Type, "child<")) {
			p.Name = d.ID + rest
			renamed = true
		}
		out = append(out, p)
	}
	if !renamed {
		var backendClass func(string) []qdev.QOMProp
		if s.M.Release().QdevAliasClassWalk {
			backendClass = func(t string) []qdev.QOMProp {
				l := qdev.LookFor(s.M.Release(), s.M.Target, t, "mmio")
				if l == nil || l.Placement != "mmio" {
					l = qdev.LookFor(s.M.Release(), machinetype.X86_64, t, "mmio")
				}
				if l == nil || l.Placement != "mmio" {
					return nil
				}
				return l.QOM
			}
		}
		if props, ok := virtioProxyQOM(d.Look.QOM, d.Hotplugged, msixVectors(d), backendClass); ok {
			return props, true
		}
	}
	// (a hot-plugged PCI device's bus master region comes at once, not at
	// machine-done as in the recording)
	if renamed || d.Hotplugged && pci.Of(d) != nil {
		out = rehashInstance(d.Look.QOM, out, d.Hotplugged)
	}
	return out, true
}

// rehashInstance puts an object's own properties (its table, from the
// first child on: qom-list lists the classes' tables first) back in hash
// order once a name changed (a bus named after the device's id). Where a
// key lands depends on the order the keys went in (collisions, the in-place
// resizes), which the recording does not show; QEMU's order for a PCI
// device is: what instance_init creates, "bus master container" (in
// do_pci_register_device), what realize creates (a bridge's secondary bus
// then its windows, in pci_bridge_initfn's order), and "bus master" at
// machine-done (at once when hot-plugged). Orders of that shape that give
// back the recorded table (under the recorded names) are tried, and the
// table most of them give under the new names is taken; with none, the
// recorded order, last first, stands in for the insertion order.
func rehashInstance(recorded, props []qdev.QOMProp, hotplugged bool) []qdev.QOMProp {
	start := slices.IndexFunc(props, func(p qdev.QOMProp) bool { return strings.HasPrefix(p.Type, "child<") })
	if start < 0 || len(recorded) != len(props) {
		return props
	}
	types := map[string]string{}
	var fallback []string
	for i := len(props) - 1; i >= start; i-- {
		types[props[i].Name] = props[i].Type
		fallback = append(fallback, props[i].Name)
	}
	keys := instanceInsertionOrder(recorded[start:], props[start:], hotplugged)
	if keys == nil && slices.Equal(recorded, props) {
		return props
	}
	if keys == nil {
		t := qom.NewTable()
		for _, k := range fallback {
			t.Insert(k)
		}
		keys = t.Keys()
	}
	out := slices.Clone(props[:start])
	for i := len(keys) - 1; i >= 0; i-- {
		out = append(out, qdev.QOMProp{Name: keys[i], Type: types[keys[i]]})
	}
	return out
}

// phbRealizeOrder is the order spapr_phb_realize adds a PHB's children
// (nil for another device's): its MMIO space and windows, the I/O space
// and window, the root bus, the IOMMU root and MSI window, a DR connector
// per devfn (add_drcs), then a TCE table per DMA window.
func phbRealizeOrder(keys []string) []string {
	rank := func(k string) int {
		for i, suffix := range []string{".mmio[0]", ".mmio32-alias[0]", ".mmio64-alias[0]", ".io[0]", ".io-alias[0]"} {
			if strings.HasPrefix(k, "pci@") && strings.HasSuffix(k, suffix) {
				return i
			}
		}
		switch {
		case strings.HasPrefix(k, "pci@") && strings.HasSuffix(k, ".iommu-root[0]"):
			return 6
		case k == "msi[0]":
			return 7
		case strings.HasPrefix(k, "dr-connector["):
			return 8
		case strings.HasPrefix(k, "tce-table-"):
			return 9
		case busNumber(k) == 0:
			return 5
		}
		return -1
	}
	if !slices.Contains(keys, "msi[0]") {
		return nil
	}
	order := slices.Clone(keys)
	for _, k := range order {
		if rank(k) < 0 {
			return nil
		}
	}
	num := func(k string) uint64 { // a connector's index, a table's LIOBN (hex)
		if rest, ok := strings.CutPrefix(k, "tce-table-"); ok {
			n, _ := strconv.ParseUint(rest, 16, 64)
			return n
		}
		n, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(k, "dr-connector["), "]"), 10, 64)
		return n
	}
	slices.SortStableFunc(order, func(a, b string) int {
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		return cmp.Compare(num(a), num(b))
	})
	return order
}

// pciBridgeWindows are the regions pci_bridge_initfn creates after the
// secondary bus, in its order (pci_bridge_region_init, then the VGA
// aliases).
var pciBridgeWindows = []string{"pci_bridge_pci[0]", "pci_bridge_io[0]", "pci_bridge_pref_mem[0]", "pci_bridge_mem[0]",
	"pci_bridge_io[1]", "pci_bridge_vga_io_lo[0]", "pci_bridge_vga_io_hi[0]", "pci_bridge_vga_mem[0]"}

// busNumber is N of a bus named "ID.N" (-1 for another name).
func busNumber(name string) int {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return -1
	}
	n, err := strconv.Atoi(name[i+1:])
	if err != nil {
		return -1
	}
	return n
}

// instanceInsertionOrder is the table's iteration order under the new
// names (nil when no order of QEMU's shape gives back the recording).
// recorded and renamed are the instance's properties as qom-list prints
// them (the table walked backwards), index for index.
func instanceInsertionOrder(recorded, renamed []qdev.QOMProp, hotplugged bool) []string {
	const container, master = "bus master container[0]", "bus master[0]"
	n := len(recorded)
	want := make([]string, n) // the recorded walk
	newName := map[string]string{}
	for i := range recorded {
		want[i] = recorded[n-1-i].Name
		newName[recorded[i].Name] = renamed[i].Name
	}
	if order := phbRealizeOrder(want); order != nil {
		t := qom.NewTable()
		for _, k := range order {
			t.Insert(k)
		}
		if slices.Equal(t.Keys(), want) {
			t = qom.NewTable()
			for _, k := range order {
				t.Insert(newName[k])
			}
			return t.Keys()
		}
	}
	has := map[string]bool{}
	for _, k := range want {
		has[k] = true
	}
	var moved, bridge, rest []string
	isBridge := has[pciBridgeWindows[0]]
	for _, k := range want {
		switch {
		case newName[k] != k:
			moved = append(moved, k)
		case k == container || k == master:
		case isBridge && slices.Contains(pciBridgeWindows, k):
		default:
			rest = append(rest, k)
		}
	}
	// A device's buses "ID.N" are made in N's order (qbus_init numbers
	// them as they come).
	slices.SortStableFunc(moved, func(a, b string) int { return busNumber(a) - busNumber(b) })
	if isBridge {
		// the secondary bus is created first (qbus_init), then the windows
		bridge = append(bridge, moved...)
		for _, k := range pciBridgeWindows {
			if has[k] {
				bridge = append(bridge, k)
			}
		}
		moved = nil
	}
	var mid, tail []string
	if has[container] {
		mid = append(mid, container)
	}
	if has[master] {
		tail = append(tail, master) // the recordings are of -device
	}
	walk := func(order []string, rename bool) []string {
		t := qom.NewTable()
		for _, k := range order {
			if rename {
				k = newName[k]
			}
			t.Insert(k)
		}
		return t.Keys()
	}
	// device_add's: bus master comes with its container
	hotOrder := func(order []string) []string {
		if !hotplugged || !has[master] || !has[container] {
			return order
		}
		out := make([]string, 0, len(order))
		for _, k := range order {
			if k != master {
				out = append(out, k)
			}
			if k == container {
				out = append(out, master)
			}
		}
		return out
	}
	reversedRest := slices.Clone(rest)
	slices.Reverse(reversedRest)
	// A PCI device's own shape first: what instance_init adds (properties
	// that are no child, a NIC's bootindex), the bus master container, the
	// regions realize makes, the option ROM pci_qdev_realize adds after
	// them, and bus master (recorded: a hot-plugged e1000 on pc).
	if has[container] && len(moved) == 0 && !isBridge {
		isChild := map[string]bool{}
		for _, p := range recorded {
			isChild[p.Name] = strings.HasPrefix(p.Type, "child<")
		}
		var shaped [][]string
		for _, ro := range [][]string{rest, reversedRest} {
			var init, kids, rom []string
			for _, k := range ro {
				switch {
				case !isChild[k]:
					init = append(init, k)
				case strings.HasSuffix(k, ".rom[0]"):
					rom = append(rom, k)
				default:
					kids = append(kids, k)
				}
			}
			order := append(append(append(append(append([]string{}, init...), mid...), kids...), rom...), tail...)
			if slices.Equal(walk(order, false), want) {
				shaped = append(shaped, walk(hotOrder(order), true))
			}
		}
		if len(shaped) > 0 && (len(shaped) == 1 || slices.Equal(shaped[0], shaped[1])) {
			return shaped[0]
		}
	}
	votes := map[string]int{}
	results := map[string][]string{}
	var best string
	for _, ro := range [][]string{rest, reversedRest} {
		for i := 0; i <= len(ro); i++ {
			for j := i; j <= len(ro); j++ {
				if len(moved) == 0 && j > i {
					break // without moved keys every j is the same order
				}
				order := make([]string, 0, n)
				order = append(order, ro[:i]...)
				order = append(order, mid...)
				order = append(order, bridge...)
				order = append(order, ro[i:j]...)
				order = append(order, moved...)
				order = append(order, ro[j:]...)
				order = append(order, tail...)
				if !slices.Equal(walk(order, false), want) {
					continue
				}
				got := walk(hotOrder(order), true)
				k := strings.Join(got, "\x00")
				votes[k]++
				results[k] = got
				if best == "" || votes[k] > votes[best] {
					best = k
				}
			}
		}
	}
	return results[best]
}

// objectLinks are the link properties whose targets live in /objects.
var objectLinks = map[string]bool{"link<rng-backend>": true, "link<iothread>": true}

// QOMGet is qom-get of a device's property: handled is false for a path
// that is no device the simulator built from a recording.
func (s *State) QOMGet(path, prop string) (v any, handled bool, err error) {
	d := s.Tree.FindByPath(path)
	if d == nil {
		d = s.busless(path)
	}
	if d == nil {
		// (one whose list is not modelled reads as any device)
		if d = s.virtioBackendAt(path); d != nil && s.backendQOM(d) != nil {
			return s.backendGet(d, path, prop)
		}
	}
	if d == nil {
		// The PCI host bridge has no path of its own in the tree: its
		// qdev properties read as its qtree lines print them
		// (pci-hole64-size as -global set it, pc-x-r11-pt-hole64-pc); its
		// computed ones are left to the monitor.
		if hb := s.hostBridgeAt(path); hb != nil {
			if text, ok := hb.Prop(prop); ok {
				return printedValue(text), true, nil
			}
		}
		return nil, false, nil
	}
	if x := s.dimmOf(d); x != nil {
		return x.qomGet(d, prop)
	}
	if x := s.virtioMemOf(d); x != nil {
		if v, ok := s.virtioMemGet(x, prop); ok {
			return v, true, nil
		}
	}
	if d.Bus == nil && d.Type.Name == "spapr-rng" {
		return spaprRNGGet(d, prop)
	}
	if d.Type.Name == "vmgenid" && prop == "guid" {
		g, _ := s.VMGenID()
		return g, true, nil
	}
	if v, ok := s.PollInterval(d); ok && prop == "guest-stats-polling-interval" {
		return v, true, nil
	}
	if _, ok := s.PollInterval(d); ok && prop == "guest-stats" {
		// balloon_stats_get_all: no guest has reported (every stat -1,
		// last-update 0).
		stats := qjson.Object{}
		for _, n := range s.M.Release().BalloonStats {
			stats = append(stats, qjson.Member{Key: n, Value: uint64(math.MaxUint64)})
		}
		return qjson.O("stats", stats, "last-update", 0), true, nil
	}
	switch prop {
	case "type":
		return d.Type.Name, true, nil
	case "realized":
		return !s.unrealized[d], true, nil
	case "hotplugged":
		return d.Hotplugged, true, nil
	case "hotpluggable":
		// device_get_hotpluggable: the class's flag and its bus's handler.
		return d.Type.Hotpluggable() && (d.Bus == nil || d.Bus.Hotpluggable), true, nil
	case "parent_bus":
		if d.Bus != nil {
			if p := busPath(d.Bus); p != "" {
				return p, true, nil
			}
		}
	case "addr":
		if f := pci.Of(d); f != nil {
			return int64(f.DevFn), true, nil
		}
	case "chardev":
		if id, ok := s.portChardev[d]; ok {
			return id, true, nil
		}
		// isa-serial's chardev is its serial state's, aliased: no qtree
		// line, but qom-get reads it (measured on both releases).
		if id, ok := d.Set["chardev"].(string); ok && d.Type.Name == "isa-serial" {
			return id, true, nil
		}
	case "host":
		// The xhci-core's link to the controller it serves, aliased.
		if d.Type.Implements("pci-xhci") && devicePath(d) != "" {
			return devicePath(d), true, nil
		}
	case "attached":
		// usb_device_instance_init's: a realized USB device is on a port
		// (usb_device_attach; no free port fails its realize).
		if d.Type.Implements("usb-device") {
			return true, true, nil
		}
	case "bootindex":
		// add_boot_device_property's, not a qdev property: -1 unless given.
		if v, ok := d.Set["bootindex"]; ok {
			return v, true, nil
		}
		if d.Look != nil && slices.ContainsFunc(d.Look.QOM, func(p qdev.QOMProp) bool { return p.Name == "bootindex" }) {
			return int64(-1), true, nil
		}
	}
	if v, ok, err := legacyGet(d, prop); ok {
		return v, true, err
	}
	if text, ok := d.Prop(prop); ok {
		return printedValue(text), true, nil
	}
	if v, ok := aliasedValue(s.M.Release(), d, prop); ok {
		return v, true, nil
	}
	listed := false
	if d.Look != nil {
		for _, p := range d.Look.QOM {
			listed = listed || p.Name == prop
			// A link to an -object (virtio-rng's rng, a device's iothread):
			// the object's path, "" when none was given; a virtio-rng
			// without one made its own (virtio_rng_device_realize).
			if p.Name == prop && objectLinks[p.Type] {
				if id, ok := d.Set[prop].(string); ok && id != "" {
					// object_del takes an rng backend a device links to
					// out of /objects all the same: the link then has no
					// path (measured on both releases). (A new object of
					// that id is not told apart from the old one.)
					if !slices.ContainsFunc(object.Of(s.M), func(o object.Object) bool { return o.ID == id }) {
						return "", true, nil
					}
					return "/objects/" + id, true, nil
				}
				if p.Type == "link<rng-backend>" && backendIs(d, "virtio-rng-device") && devicePath(d) != "" {
					return devicePath(d) + "/virtio-backend/default-backend", true, nil
				}
				if p.Type == "link<rng-backend>" && d.Type.Name == "virtio-rng-device" && devicePath(d) != "" {
					// on a virtio-mmio transport: the device is the backend
					return devicePath(d) + "/default-backend", true, nil
				}
				return "", true, nil
			}
		}
	}
	if v, ok := s.ich9PMGlobal(d, prop); ok {
		return v, true, nil
	}
	if !listed {
		return nil, true, fmt.Errorf("Property '%s.%s' not found", d.Type.Name, prop)
	}
	return nil, false, nil
}

// ich9PMProps are the ICH9-LPC's power-management properties that are
// object properties, not qdev ones (ich9_pm_add_properties), with their
// defaults (measured on q35 and pc-q35-6.0, c18m-ich9-pm-defaults*): -global
// sets them all the same (object_apply_global_props), and qom-get reads
// them. A release without one (10.0: memory-hotplug-support) does not
// list it in the board's recorded QOM list.
var ich9PMProps = map[string]any{"acpi-pci-hotplug-with-bridge-support": true, "enable_tco": true,
	"memory-hotplug-support": true, "x-keep-pci-slot-hpc": true, "disable_s3": int64(0), "disable_s4": int64(0), "s4_val": int64(2)}

// ich9PMGlobal is such a property: as the last -global gave it (a bool, or
// a uint8), else its default (the bridge hotplug's from q35 6.1).
func (s *State) ich9PMGlobal(d *qdev.Device, prop string) (any, bool) {
	def, known := ich9PMProps[prop]
	if d.Type.Name != "ICH9-LPC" || !known {
		return nil, false
	}
	props, _ := qom.Recorded(s.M.Release(), string(s.M.Target), "board:q35:/machine/unattached/device[2]")
	if !slices.ContainsFunc(props, func(p qom.Prop) bool { return p.Name == prop }) {
		return nil, false
	}
	if prop == "acpi-pci-hotplug-with-bridge-support" {
		return s.ich9ACPIPCIHotplug(), true
	}
	if _, isBool := def.(bool); isBool {
		if on, given := s.userGlobalBool("ICH9-LPC", prop); given {
			return on, true
		}
		return def, true
	}
	v := def
	for _, g := range s.userGlobals {
		if g.Type == "ICH9-LPC" && g.Property == prop {
			if n, err := strconv.ParseUint(g.Value, 0, 8); err == nil {
				v = int64(n)
			}
		}
	}
	return v, true
}

// legacyProp says whether prop is a "legacy-" property qdev adds beside a
// static one (qdev_class_add_legacy_property: a PCI address, which it
// prints, or a link, which has no getter) and which type answers for it:
// on a virtio proxy whose look lists a link's (10.0 aliases the backend's
// properties), its backend's.
func legacyProp(d *qdev.Device, prop string) (owner string, pciAddr, ok bool) {
	base, isLegacy := strings.CutPrefix(prop, "legacy-")
	if !isLegacy || d.Look == nil {
		return "", false, false
	}
	typeOf := func(name string) string {
		for _, p := range d.Look.QOM {
			if p.Name == name {
				return p.Type
			}
		}
		return ""
	}
	if typeOf(prop) != "str" {
		return "", false, false
	}
	if base == "addr" && pci.Of(d) != nil {
		return d.Type.Name, true, true
	}
	if !strings.HasPrefix(typeOf(base), "link<") {
		return "", false, false
	}
	owner = d.Type.Name
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if isVirtioBackend(b, c) {
				owner = c.Type.Name
			}
		}
	}
	return owner, false, true
}

// aliasedValue reads a property the device aliases from an internal child
// `info qtree` does not print (qemu-xhci's streams, p2 and p3 live on its
// xhci-core, qdev_alias_all_properties): as the user set it, or the
// property's default. Only scalar properties qom-list shows qualify.
func aliasedValue(rel *release.Release, d *qdev.Device, prop string) (any, bool) {
	if d.Look == nil || !slices.ContainsFunc(d.Look.QOM, func(p qdev.QOMProp) bool {
		return p.Name == prop && scalarQOMTypes[p.Type]
	}) {
		return nil, false
	}
	p, ok := d.Type.Prop(prop)
	if !ok {
		return nil, false
	}
	if v, set := d.Set[prop]; set {
		switch x := v.(type) {
		case bool, string, int64, uint64:
			return x, true
		case json.Number:
			if n, err := x.Int64(); err == nil {
				return n, true
			}
		}
		return printedValue(fmt.Sprint(v)), true
	}
	if d.Type.Name == "nec-usb-xhci" && prop == "streams" && !rel.NECXHCIKeepsStreams {
		// nec_xhci_instance_init copies the NEC's own flags
		// (superspeed-ports-first, force-pcie-endcap) over the core's,
		// streams bit and all.
		return false, true
	}
	switch x := p.Default().(type) {
	case bool, string:
		return x, true
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return n, true
		}
		if n, err := strconv.ParseUint(x.String(), 10, 64); err == nil {
			return n, true
		}
	}
	return nil, false
}

var scalarQOMTypes = map[string]bool{"bool": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"int8": true, "int16": true, "int32": true, "int64": true, "str": true, "string": true}

// legacyGet is qom-get of a "legacy-" property (legacyProp): a PCI
// address printed the way info qtree prints it; a link's is not readable.
func legacyGet(d *qdev.Device, prop string) (v any, ok bool, err error) {
	owner, pciAddr, ok := legacyProp(d, prop)
	switch {
	case !ok:
		return nil, false, nil
	case pciAddr:
		return pci.FormatDevFn(pci.Of(d).DevFn), true, nil
	}
	return nil, true, fmt.Errorf("Property '%s.%s' is not readable", owner, prop)
}

// pcDIMMProps is a pc-dimm's qom-list (measured on pc, q35 and pseries,
// both releases: the same list).
var pcDIMMProps = []qdev.QOMProp{{Name: "type", Type: "string"}, {Name: "parent_bus", Type: "link<bus>"},
	{Name: "realized", Type: "bool"}, {Name: "hotplugged", Type: "bool"}, {Name: "hotpluggable", Type: "bool"},
	{Name: "memdev", Type: "link<memory-backend>"}, {Name: "node", Type: "uint32"}, {Name: "addr", Type: "uint64"},
	{Name: "legacy-memdev", Type: "str"}, {Name: "slot", Type: "int32"}, {Name: "size", Type: "uint64"}}

// vmgenidProps is a vmgenid's qom-list (measured on q35, 7.2 and 10.0).
var vmgenidProps = []qdev.QOMProp{{Name: "type", Type: "string"}, {Name: "parent_bus", Type: "link<bus>"},
	{Name: "realized", Type: "bool"}, {Name: "hotplugged", Type: "bool"}, {Name: "hotpluggable", Type: "bool"},
	{Name: "guid", Type: "str"}}

// spaprRNGProps is a spapr-rng's qom-list (measured on both releases: the
// same list).
var spaprRNGProps = []qdev.QOMProp{{Name: "type", Type: "string"}, {Name: "parent_bus", Type: "link<bus>"},
	{Name: "realized", Type: "bool"}, {Name: "hotplugged", Type: "bool"}, {Name: "hotpluggable", Type: "bool"},
	{Name: "rng", Type: "link<rng-backend>"}, {Name: "use-kvm", Type: "bool"}, {Name: "legacy-rng", Type: "str"}}

// spaprWatchdogs is how many watchdogs pseries has (WDT_MAX_WATCHDOGS).
const spaprWatchdogs = 4

// spaprWDTProps is a spapr-wdt's qom-list (measured on both releases:
// the same list, m16-pseries-spapr-wdt).
var spaprWDTProps = []qdev.QOMProp{{Name: "type", Type: "string"}, {Name: "parent_bus", Type: "link<bus>"},
	{Name: "realized", Type: "bool"}, {Name: "hotplugged", Type: "bool"}, {Name: "hotpluggable", Type: "bool"},
	{Name: "leaveOtherWatchdogsRunningOnTimeout", Type: "uint8"}, {Name: "expire", Type: "uint64"},
	{Name: "action", Type: "uint8"}}

// spaprRNGGet is qom-get of a spapr-rng's property. It is on no bus and
// never hot-plugged (sPAPR refuses it), and its backend is required.
func spaprRNGGet(d *qdev.Device, prop string) (any, bool, error) {
	switch prop {
	case "type":
		return d.Type.Name, true, nil
	case "parent_bus":
		return "", true, nil
	case "realized":
		return true, true, nil
	case "hotplugged", "hotpluggable":
		return false, true, nil
	case "rng":
		return "/objects/" + fmt.Sprint(d.Set["rng"]), true, nil
	case "use-kvm":
		on, _ := d.Set["use-kvm"].(bool)
		return on, true, nil
	case "legacy-rng":
		return nil, true, fmt.Errorf("Property 'spapr-rng.legacy-rng' is not readable")
	}
	return nil, true, fmt.Errorf("Property 'spapr-rng.%s' not found", prop)
}

// dimmOf is the pc-dimm that d is, or nil.
func (s *State) dimmOf(d *qdev.Device) *DIMM {
	if d == nil {
		return nil
	}
	for _, x := range s.dimms {
		if x.Dev == d && !x.VirtioMem {
			return x
		}
	}
	return nil
}

// qomGet is qom-get of a pc-dimm's property, from where the machine placed it.
func (x *DIMM) qomGet(d *qdev.Device, prop string) (any, bool, error) {
	switch prop {
	case "type":
		return d.Type.Name, true, nil
	case "parent_bus":
		return "", true, nil // on no bus
	case "realized", "hotpluggable":
		return true, true, nil
	case "hotplugged":
		return x.Hotplugged, true, nil
	case "memdev":
		return "/objects/" + x.Memdev, true, nil
	case "node":
		return int64(x.Node), true, nil
	case "addr":
		return x.Addr, true, nil
	case "slot":
		return int64(x.Slot), true, nil
	case "size":
		return x.Size, true, nil
	case "legacy-memdev":
		return nil, true, fmt.Errorf("Property 'pc-dimm.legacy-memdev' is not readable")
	}
	return nil, true, fmt.Errorf("Property 'pc-dimm.%s' not found", prop)
}

// printedValue reads a value back from how `info qtree` printed it: a
// quoted string, a number ("16 (0x10)", "4096 (4 KiB)"), a boolean, or
// an enum's name.
func printedValue(text string) any {
	if u, err := strconv.Unquote(text); err == nil && strings.HasPrefix(text, `"`) {
		return u
	}
	switch text {
	case "true":
		return true
	case "false":
		return false
	}
	num, _, _ := strings.Cut(text, " (")
	if n, err := strconv.ParseInt(num, 10, 64); err == nil {
		return n
	}
	if n, err := strconv.ParseUint(num, 10, 64); err == nil {
		return n
	}
	return text
}

// recordedQOMList is qom-list of what the board's recording holds: the
// machine, its host bridge and its own devices, found by the path they
// had when recorded.
func (s *State) recordedQOMList(path string) ([]qdev.QOMProp, bool) {
	key := ""
	switch {
	case path == "/machine":
		key = path
	default:
		s.Tree.Walk(func(d *qdev.Device) {
			if key != "" || devicePath(d) != path {
				return
			}
			if p, ok := hostBridgePaths[d.Type.Name]; ok {
				key = p
			} else if i := slices.Index(s.unattachedDevs, d); i >= 0 && s.recordedBoardDevice(d) {
				key = fmt.Sprintf("/machine/unattached/device[%d]", i-s.madeBefore(i))
			}
		})
	}
	if key == "" {
		return nil, false
	}
	props, ok := qom.Recorded(s.M.Release(), string(s.M.Target), "board:"+s.Name+":"+key)
	if ok && key == "/machine" && s.M.IsSPAPR() {
		if l, fits := s.spaprMachineQOMList(props); fits {
			return l, true
		}
	}
	if ok && key == "/machine" {
		if l, fits := s.x86MachineQOMList(props); fits {
			return l, true
		}
	}
	out := make([]qdev.QOMProp, len(props))
	for i, p := range props {
		out[i] = qdev.QOMProp{Name: p.Name, Type: p.Type}
	}
	return out, ok
}

// spaprMachineQOMList is qom-list /machine on pseries, whose hash table
// holds a DR connector per possible core: the recorded board's list (one
// core), its object properties inserted again in the release's order
// (SPAPRMachineQOM) with this machine's CPU connectors. fits is false
// where the machine holds what that order does not place (another set of
// children). Memory connectors (maxmem above -m) follow the CPUs'.
func (s *State) spaprMachineQOMList(recorded []qom.Prop) (out []qdev.QOMProp, fits bool) {
	order := s.M.Release().SPAPRMachineQOM
	drcs := spapr.Of(s.M)
	if len(order) == 0 || drcs == nil {
		return nil, false
	}
	// The memory connectors follow the CPUs' with the device-memory region
	// spapr_machine_init creates just before them (maxmem above -m).
	var cpus, memory, phbs []string
	types := map[string]string{}
	if s.M.MaxRAMBytes > s.M.RAMBytes {
		memory = append(memory, "device-memory[0]")
		types["device-memory[0]"] = "child<memory-region>"
	}
	for _, index := range drcs.Connectors() {
		name := fmt.Sprintf("dr-connector[%d]", index)
		switch spapr.Type(index) {
		case "spapr-drc-cpu":
			cpus = append(cpus, name)
		case "spapr-drc-lmb", "spapr-drc-pmem":
			memory = append(memory, name)
		case "spapr-drc-phb":
			phbs = append(phbs, name)
		case "spapr-drc-pci": // a PHB's, not the machine's
		default:
			return nil, false
		}
	}
	for _, p := range recorded {
		types[p.Name] = p.Type
	}
	var insert []string
	for _, name := range order {
		switch name {
		case "dr-connector[268435456]":
			insert = append(insert, cpus...)
			insert = append(insert, memory...)
		case "dr-connector[536870912]":
			insert = append(insert, phbs...)
		case "rtc":
			insert = append(insert, "rtc", "rtc-time")
		case "wdt1":
			insert = append(insert, "wdt1", "wdt2", "wdt3", "wdt4")
		case "nvdimm", "nvdimm-persistence":
			// machine_initfn's, where the type supports NVDIMMs (from
			// pseries-5.0, as its PMEM connectors)
			if !s.M.Type.VersionAtMost(4, 2) {
				insert = append(insert, name)
			}
		default:
			insert = append(insert, name)
		}
	}
	object := map[string]bool{}
	table := qom.NewTable()
	for _, name := range insert {
		if _, known := types[name]; !known && !strings.HasPrefix(name, "dr-connector[") {
			return nil, false // the recording has no such property: another machine
		}
		object[name] = true
		table.Insert(name)
	}
	// The class's properties come first (qom-list prepends as it walks the
	// object's table, then its classes'), as recorded.
	for _, p := range recorded {
		// The recorded connectors are the recorded machine's (an older
		// type has no PHB connectors).
		if !object[p.Name] && !strings.HasPrefix(p.Name, "dr-connector[") && !spaprNVDIMMProp[p.Name] {
			out = append(out, qdev.QOMProp{Name: p.Name, Type: p.Type})
		}
	}
	keys := table.Keys()
	for i := len(keys) - 1; i >= 0; i-- {
		t, ok := types[keys[i]]
		if !ok {
			t = "child<" + spaprDRCType(keys[i]) + ">"
		}
		out = append(out, qdev.QOMProp{Name: keys[i], Type: t})
	}
	return out, true
}

// spaprNVDIMMProp are the machine's NVDIMM properties, which an older
// pseries lacks.
var spaprNVDIMMProp = map[string]bool{"nvdimm": true, "nvdimm-persistence": true}

// x86MachineQOMTable is pc's or q35's /machine's own hash table: the
// release's X86MachineQOM replayed with what this machine makes of it. nil
// for another machine.
func (s *State) x86MachineQOMTable() *qom.Table {
	order := s.M.Release().X86MachineQOM
	family := string(s.M.Type.Family)
	if len(order) == 0 || s.M.Type.Family != machinetype.PC && s.M.Type.Family != machinetype.Q35 {
		return nil
	}
	table := qom.NewTable()
	for _, entry := range order {
		name, remove := strings.CutPrefix(entry, "-")
		name, only, limited := strings.Cut(name, "@")
		if limited && only != family || !s.makesMachineProperty(name, remove) {
			continue
		}
		if remove {
			table.Remove(name)
		} else {
			table.Insert(name)
		}
	}
	return table
}

// LacksMachineProperty: the board's class has the property, but this
// machine never added it (acpi-device on pc with acpi=off, measured:
// qom-get and qom-set say it is not found).
func (s *State) LacksMachineProperty(name string) bool {
	f := s.M.Type.Family
	return (f == machinetype.PC || f == machinetype.Q35) && !s.makesMachineProperty(name, false)
}

// makesMachineProperty: this machine adds name to /machine (or, for a
// removal, takes it away again).
func (s *State) makesMachineProperty(name string, remove bool) bool {
	on := func(prop string) bool { v, _ := qemuopts.ParseBool(s.M.Props[prop]); return v }
	switch name {
	case "pc.ram[0]": // numa_complete_configuration's container for the nodes' memdevs
		return s.M.NUMAMemdevs
	case "device-memory[0]":
		return s.HasDeviceMemory()
	case "cxl_host_reg[0]":
		return on("cxl")
	case "nvdimm-acpi-io[0]":
		return on("nvdimm")
	case "acpi-device": // q35 links its LPC whatever acpi= says
		return s.M.Type.Family == machinetype.Q35 || s.M.ACPI
	case "smram": // the MCH has no SMRAM ranges (10.0)
		return !s.q35SMMOff()
	case "pflash0", "pflash1", "system.flash0", "system.flash1":
		// only an unused flash and its alias go away
		unit := name[len(name)-1:]
		return !remove || s.Tree.FindByPath("/machine/system.flash"+unit) == nil
	}
	return true
}

// X86MachineQOMWalk is the order a QOM walk meets pc's or q35's /machine
// children and properties in (object_child_foreach: the hash table's); nil
// for another machine.
func (s *State) X86MachineQOMWalk() []string {
	if t := s.x86MachineQOMTable(); t != nil {
		return t.Keys()
	}
	return nil
}

// x86MachineQOMList is qom-list /machine on pc and q35: the recorded
// board's class properties, then the machine's own table as this machine
// fills it (x86MachineQOMTable). fits is false where the recording holds
// an own property the release's order does not make.
func (s *State) x86MachineQOMList(recorded []qom.Prop) (out []qdev.QOMProp, fits bool) {
	table := s.x86MachineQOMTable()
	if table == nil {
		return nil, false
	}
	own := map[string]bool{}
	for _, entry := range s.M.Release().X86MachineQOM {
		name, _ := strings.CutPrefix(entry, "-")
		name, _, _ = strings.Cut(name, "@")
		own[name] = true
	}
	types := map[string]string{}
	for _, p := range recorded {
		types[p.Name] = p.Type
		if !own[p.Name] {
			// qom-list prepends as it walks the object's table, then its
			// classes': the class properties come first, as recorded
			out = append(out, qdev.QOMProp{Name: p.Name, Type: p.Type})
		}
	}
	keys := table.Keys()
	for i := len(keys) - 1; i >= 0; i-- {
		t, ok := types[keys[i]]
		if !ok {
			t, ok = x86MachineQOMTypes[keys[i]]
		}
		if !ok {
			return nil, false
		}
		out = append(out, qdev.QOMProp{Name: keys[i], Type: t})
	}
	return out, true
}

// x86MachineQOMTypes are the types of /machine's own properties the
// recorded board lacks (measured: the o5-qom- cases).
var x86MachineQOMTypes = map[string]string{"pc.ram[0]": "child<memory-region>", "device-memory[0]": "child<memory-region>",
	"cxl_host_reg[0]": "child<memory-region>", "nvdimm-acpi-io[0]": "child<memory-region>",
	"system.flash0": "child<cfi.pflash01>", "system.flash1": "child<cfi.pflash01>", "pflash0": "str", "pflash1": "str",
	"acpi-device": "link<hotplug-handler>", "smram": "link<memory-region>"}

// spaprDRCType is the type of a "dr-connector[N]" child.
func spaprDRCType(name string) string {
	n, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(name, "dr-connector["), "]"), 10, 32)
	return spapr.Type(uint32(n))
}

// SetAfterRealize is qom-set of a qdev property on a realized device:
// refused (qdev_prop_set_after_realize), naming the device that owns the
// property: a virtio proxy's aliased properties are its backend's, an
// anonymous device (measured on both releases). nil: prop is no qdev
// property of the device's.
func (s *State) SetAfterRealize(d *qdev.Device, prop string) error {
	if owner, _, legacy := legacyProp(d, prop); legacy { // getters only
		return fmt.Errorf("Property '%s.%s' is not writable", owner, prop)
	}
	p, has := d.Type.Prop(prop)
	if !has {
		return nil
	}
	if strings.HasPrefix(p.Type, "link<") {
		// qdev_prop_allow_set_link_before_realize: the id as %s, "(null)"
		// for an anonymous device.
		id := d.ID
		if id == "" {
			id = "(null)"
		}
		return fmt.Errorf("Attempt to set link property '%s' on device '%s' (type '%s') after it was realized", prop, id, d.Type.Name)
	}
	owner := d
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if _, has := c.Type.Prop(prop); has && c.Internal && strings.HasPrefix(b.Type, "virtio-") {
				owner = c
			}
		}
	}
	if owner == d && d.ID != "" {
		return fmt.Errorf("Attempt to set property '%s' on device '%s' (type '%s') after it was realized", prop, d.ID, d.Type.Name)
	}
	return fmt.Errorf("Attempt to set property '%s' on anonymous device (type '%s') after it was realized", prop, owner.Type.Name)
}

// Composition is what `info qom-tree` prints below a device the board
// holds: its type's recorded composition for the look it was made from,
// its buses named as they are here (unsorted: printing sorts). ok is false
// for a path that is no such device, or a type whose composition was not
// recorded.
func (s *State) Composition(path string) (typ string, children []*qdev.QOMNode, ok bool) {
	d := s.DeviceAt(path) // busless ones too (spapr-rng, vmcoreinfo)
	if d == nil {
		if b := s.busAt(path); b != nil {
			return b.Type, nil, true // a bus's devices are its links, not its children
		}
		return "", nil, false
	}
	if children, ok := s.boardComposition(d); ok {
		return d.Type.Name, s.withBusChildren(d, children), true
	}
	placement := ""
	if d.Look != nil {
		placement = d.Look.Placement
	}
	rec, found := qdev.Composition(s.M.Release(), s.M.Target, d.Type.Name, placement)
	if !found {
		return d.Type.Name, nil, false
	}
	names := d.RecordedBusNames()
	rename := s.compositionNames(d)
	out := make([]string, 0, len(rec))
	for _, l := range rec {
		body := strings.TrimLeft(l, " ")
		name, rest, cut := strings.Cut(body[min(1, len(body)):], " (")
		if !cut || !strings.HasPrefix(body, "/") {
			out = append(out, l)
			continue
		}
		if actual, renamed := names[name]; renamed {
			name = actual
		} else if name == "probe" || strings.HasPrefix(name, "probe.") {
			continue // a bus of the recording this device has not (a USB companion uses its EHCI's)
		} else {
			name = rename(name)
		}
		body = "/" + name + " (" + rest
		l = l[:len(l)-len(strings.TrimLeft(l, " "))] + body
		if _, set := d.Set["rng"]; set && strings.HasPrefix(body, "/default-backend (") {
			continue // a virtio-rng given a backend makes no default one
		}
		if vectors, _ := d.Prop("vectors"); strings.HasPrefix(vectors, "0 ") && msixRegion(name) {
			continue // no vectors, no MSI-X table (an older machine's compat value)
		}
		if xhciPort(body) {
			continue // made below from the device's port counts
		}
		if shpc, _ := d.Prop("shpc"); shpc == "false" && strings.HasPrefix(body, "/shpc-") {
			continue // a bridge without its hot-plug controller maps no SHPC BAR
		}
		out = append(out, l)
	}
	out = append(out, xhciPorts(d, rec)...)
	return d.Type.Name, s.withBusChildren(d, qdev.ParseQOM(out)), true
}

// withBusChildren adds to a device's bus nodes the devices that are the
// bus's own QOM children: the disks scsi_bus_legacy_add_drive makes for
// -drive if=scsi, "legacy[UNIT]" (a default CD-ROM on pseries' vscsi).
func (s *State) withBusChildren(d *qdev.Device, children []*qdev.QOMNode) []*qdev.QOMNode {
	for _, b := range d.Buses {
		var bus *qdev.QOMNode
		for _, n := range children {
			if n.Name() == b.Name {
				bus = n
			}
		}
		if bus == nil {
			continue
		}
		prefix := devicePath(d) + "/" + b.Name + "/"
		for _, c := range b.Children {
			name, ok := strings.CutPrefix(c.Path, prefix)
			if !ok || name == "" || strings.Contains(name, "/") || bus.Child(name) != nil {
				continue
			}
			_, grand, _ := s.Composition(c.Path)
			bus.Children = append(bus.Children, &qdev.QOMNode{Line: "/" + name + " (" + c.Type.Name + ")", Children: grand})
		}
	}
	return children
}

// compositionNames renames the objects whose names carry what the
// recording's device had and this one may not: a sPAPR VIO device's reg
// (its tce-table), a PHB's index (its DRCs, BUID and tce-tables).
func (s *State) compositionNames(d *qdev.Device) func(string) string {
	same := func(n string) string { return n }
	switch {
	case d.Type.Name == phbType:
		index := phbIndex(d)
		if index == phbRecordedIndex {
			return same
		}
		r := strings.NewReplacer(
			fmt.Sprintf("pci@%x.", phbBUID(phbRecordedIndex)), fmt.Sprintf("pci@%x.", phbBUID(index)),
			fmt.Sprintf("-%x", phbLIOBN(phbRecordedIndex, 0)), fmt.Sprintf("-%x", phbLIOBN(index, 0)),
			fmt.Sprintf("-%x", phbLIOBN(phbRecordedIndex, 1)), fmt.Sprintf("-%x", phbLIOBN(index, 1)))
		return func(n string) string {
			if num, ok := strings.CutPrefix(n, "dr-connector["); ok {
				if drc, err := strconv.ParseUint(strings.TrimSuffix(num, "]"), 10, 64); err == nil {
					return fmt.Sprintf("dr-connector[%d]", drc-phbDRCIndex(phbRecordedIndex, 0)+phbDRCIndex(index, 0))
				}
			}
			return r.Replace(n)
		}
	case d.Look != nil:
		reg, ok := d.Data.(vioReg)
		printed, recorded := d.Look.Prop("reg")
		_, hex, _ := strings.Cut(printed, "(0x")
		if !ok || !recorded || hex == "" {
			return same
		}
		r := strings.NewReplacer("-"+strings.TrimSuffix(hex, ")"), fmt.Sprintf("-%x", uint32(reg)))
		return r.Replace
	}
	return same
}

// msixRegion: the memory regions a PCI device maps for MSI-X.
func msixRegion(name string) bool {
	return name == "msix-pba[0]" || name == "msix-table[0]" || strings.HasSuffix(name, "-msix[0]")
}

// phbRecordedIndex is the index the PHB's composition was recorded with
// (record_device_looks.py's retry "index=1").
const phbRecordedIndex = 1

// phbBUID is SPAPR_PCI_BASE_BUID plus the index: the PHB's name in its
// memory regions (pci@800000020000001.mmio).
func phbBUID(index uint64) uint64 { return 0x800000020000000 + index }

// xhciPort: a line of an xHCI controller's per-port register regions
// ("/usb2 port #1[0] (memory-region)").
func xhciPort(body string) bool {
	return (strings.HasPrefix(body, "/usb2 port #") || strings.HasPrefix(body, "/usb3 port #")) && strings.HasSuffix(body, "[0] (memory-region)")
}

// xhciPorts are an xHCI controller's port regions, one per USB 2 and USB 3
// port its p2 and p3 properties ask for (the recording had the defaults),
// at the depth the recording put them.
func xhciPorts(d *qdev.Device, rec []string) []string {
	indent := ""
	for _, l := range rec {
		if body := strings.TrimLeft(l, " "); xhciPort(body) {
			indent = l[:len(l)-len(body)]
			break
		}
	}
	if indent == "" {
		return nil
	}
	var out []string
	for _, usb := range []string{"2", "3"} {
		for i := 1; i <= int(d.SetUint("p"+usb, 4)); i++ {
			out = append(out, fmt.Sprintf("%s/usb%s port #%d[0] (memory-region)", indent, usb, i))
		}
	}
	return out
}

// CPUComposition is what `info qom-tree` prints below a CPU (an x86 CPU's
// APIC and address spaces, a sPAPR core's threads), as recorded for its
// model on this board. A sPAPR core was recorded with one thread (7.2's
// TCG allows no more): each further thread repeats thread[0]'s block.
func CPUComposition(m *machine.Machine, c *machine.CPU) ([]*qdev.QOMNode, bool) {
	rec, ok := qdev.Composition(m.Release(), m.Target, c.Type, boardName(m))
	// isapc and microvm have no SMRAM for the CPU to map (measured).
	noSMRAM := m.Type.Family == machinetype.ISAPC || m.Type.Family == machinetype.Microvm
	if s := Of(m); ok && s != nil && (s.q35SMMOff() || noSMRAM) {
		rec = slices.DeleteFunc(slices.Clone(rec), func(l string) bool { return l == "/smram[0] (memory-region)" })
	}
	if !ok || c.Threads <= 1 {
		return qdev.ParseQOM(rec), ok
	}
	var block []string
	in := false
	for _, l := range rec {
		if strings.HasPrefix(l, "/") {
			in = strings.HasPrefix(l, "/thread[0] (")
		}
		if in {
			block = append(block, l)
		}
	}
	out := slices.Clone(rec)
	for j := 1; j < c.Threads && len(block) > 0; j++ {
		out = append(out, "/thread["+strconv.Itoa(j)+"]"+strings.TrimPrefix(block[0], "/thread[0]"))
		out = append(out, block[1:]...)
	}
	return qdev.ParseQOM(out), true
}

// busAt is the bus at a canonical path.
func (s *State) busAt(path string) *qdev.Bus {
	var found *qdev.Bus
	s.Tree.Walk(func(d *qdev.Device) {
		for _, b := range d.Buses {
			if found == nil && busPath(b) == path {
				found = b
			}
		}
	})
	return found
}

// boardTree is the board's recorded `info qom-tree` (-smp 1), parsed: its
// one root, /machine.
func (s *State) boardTree() *qdev.QOMNode {
	if s.qomTree == nil {
		roots := qdev.ParseQOM(qdev.BoardQOMTree(s.M.Release(), s.M.Target, s.Name))
		if len(roots) != 1 {
			return nil
		}
		s.qomTree = roots[0]
	}
	return s.qomTree
}

// recordedNode is a board device's object in the board's recorded tree:
// under /machine/unattached by its recorded index, or at its own path.
func (s *State) recordedNode(d *qdev.Device) *qdev.QOMNode {
	root := s.boardTree()
	if root == nil || s.made[d] {
		return nil
	}
	path := devicePath(d)
	if i, ok := s.recordedAt[d]; ok {
		path = fmt.Sprintf("/machine/unattached/device[%d]", i)
	}
	rest, ok := strings.CutPrefix(path, "/machine/")
	if !ok {
		return nil
	}
	n := root
	for _, name := range strings.Split(rest, "/") {
		if n = n.Child(name); n == nil {
			return nil
		}
	}
	return n
}

// boardComposition is a recorded board device's composition as the
// board's recording has it, with the regions device memory adds (the ACPI
// memory hotplug block exists only when there is device memory).
func (s *State) boardComposition(d *qdev.Device) ([]*qdev.QOMNode, bool) {
	n := s.recordedNode(d)
	if n == nil {
		return nil, false
	}
	node := s.adjustRecorded(&qdev.QOMNode{Line: "/x (" + d.Type.Name + ")", Children: n.Children})
	// What the board made inside it later (10.0's PIIX3 makes its UHCI).
	s.Tree.Walk(func(c *qdev.Device) {
		if name, ok := strings.CutPrefix(c.Path, devicePath(d)+"/"); ok && !strings.Contains(name, "/") && node.Child(name) == nil {
			_, children, _ := s.Composition(c.Path)
			node.Children = append(node.Children, &qdev.QOMNode{Line: "/" + name + " (" + c.Type.Name + ")", Children: children})
		}
	})
	return node.Children, true
}

// adjustRecorded is a recorded board object as this machine has it: the
// ACPI blocks device memory adds and q35 before 6.1 lacks, no child the
// -machine options took away, no SMRAM where smm=off drops it.
func (s *State) adjustRecorded(n *qdev.QOMNode) *qdev.QOMNode {
	_, typ, _ := strings.Cut(strings.TrimSuffix(n.Line, ")"), " (")
	out := &qdev.QOMNode{Line: n.Line}
	for _, c := range n.Children {
		_, ct, _ := strings.Cut(strings.TrimSuffix(c.Line, ")"), " (")
		name := c.Name()
		switch {
		case s.dropped[ct]:
			continue
		case typ == "ICH9-LPC" && name == "acpi-pci-hotplug[0]" && !s.ich9ACPIPCIHotplug():
			continue // native PCIe hotplug
		case typ == "mch" && s.q35SMMOff() && mchSMRAM[name]:
			continue
		}
		out.Children = append(out.Children, s.adjustRecorded(c))
	}
	if (typ == "PIIX4_PM" || typ == "ICH9-LPC") && s.HasDeviceMemory() {
		out.Children = append(out.Children, &qdev.QOMNode{Line: "/acpi-mem-hotplug[0] (memory-region)"})
	}
	return out
}

// mchSMRAM are the MCH's regions smm=off leaves out (measured on 10.0).
var mchSMRAM = map[string]bool{"smbase-blackhole[0]": true, "smbase-window[0]": true, "smram-high[0]": true, "smram-low[0]": true,
	"smram-open-high[0]": true, "smram[0]": true, "tseg-blackhole[0]": true, "tseg-window[0]": true}

// q35SMMOff: a q35 machine with smm=off whose release drops its SMRAM
// regions.
func (s *State) q35SMMOff() bool {
	return s.M.Release().Q35SMMOffRegions && s.M.Type.Family == machinetype.Q35 && s.M.PropOff("smm")
}

// HasDeviceMemory: the machine has a device memory region (maxmem above
// the RAM: pc_memory_init, spapr's hotplug memory).
func (s *State) HasDeviceMemory() bool { return s.M.MaxRAMBytes > s.M.RAMBytes }

// MachineQOM is /machine's QOM tree: the board's recorded tree with its
// devices as this machine has them (CPUs, board devices by their paths
// here, the device containers the caller made), and the regions RAM above
// 4 GiB, device memory and NUMA memory backends add. ok is false for a
// board with no recording.
func (s *State) MachineQOM(peripheral, anon *qdev.QOMNode) (*qdev.QOMNode, bool) {
	root := s.boardTree()
	if root == nil {
		return nil, false
	}
	machine := &qdev.QOMNode{Line: "/machine (" + s.M.Type.QOMType() + ")"}
	var unattached *qdev.QOMNode
	for _, c := range root.Children {
		if strings.HasPrefix(c.Name(), "dr-connector[") {
			continue // this machine's own, below
		}
		switch c.Name() {
		case "peripheral", "peripheral-anon":
			continue
		case "unattached":
			unattached = &qdev.QOMNode{Line: c.Line}
			for _, u := range c.Children {
				if !strings.HasPrefix(u.Name(), "device[") {
					unattached.Children = append(unattached.Children, u)
				}
			}
			machine.Children = append(machine.Children, unattached)
			continue
		}
		if d := s.DeviceAt("/machine/" + c.Name()); d != nil {
			if _, children, ok := s.Composition(devicePath(d)); ok {
				c = &qdev.QOMNode{Line: c.Line, Children: children}
			}
		} else {
			c = s.adjustRecorded(c)
		}
		// microvm builds its ACPI tables unless acpi=off (M.ACPI, which
		// says whether there is CPU hotplug, is false for it)
		microvmACPI := s.M.Type.Family == machinetype.Microvm && s.M.Props["acpi"] != "off"
		if c.Name() == "fw_cfg" && !s.M.ACPI && !microvmACPI {
			// No ACPI tables, no fw_cfg files for them.
			c = &qdev.QOMNode{Line: c.Line, Children: slices.DeleteFunc(slices.Clone(c.Children), func(n *qdev.QOMNode) bool {
				return strings.HasPrefix(n.Name(), `\x2from@etc\x2f`)
			})}
		}
		machine.Children = append(machine.Children, c)
	}
	machine.Children = append(machine.Children, peripheral, anon)
	if s.HasDeviceMemory() {
		machine.Children = append(machine.Children, &qdev.QOMNode{Line: "/device-memory[0] (memory-region)"})
	}
	if drcs := spapr.Of(s.M); drcs != nil {
		// The machine's connectors (cores, memory, PHBs); a PHB holds
		// its PCI slots' own.
		for _, index := range drcs.Connectors() {
			if t := spapr.Type(index); t != "spapr-drc-pci" {
				machine.Children = append(machine.Children, &qdev.QOMNode{Line: fmt.Sprintf("/dr-connector[%d] (%s)", index, t)})
			}
		}
	}
	if s.M.NUMAMemdevs {
		// numa_complete_configuration's container for the nodes' memdevs,
		// named for the machine's RAM (measured on pseries by a node
		// backend's container, /machine/ppc_spapr.ram[0]).
		name := "pc.ram"
		if s.M.IsSPAPR() {
			name = "ppc_spapr.ram"
		}
		machine.Children = append(machine.Children, &qdev.QOMNode{Line: "/" + name + "[0] (memory-region)"})
	}
	if unattached == nil {
		return nil, false
	}
	if fam := s.M.Type.Family; fam == machinetype.PC || fam == machinetype.Q35 || fam == machinetype.Microvm {
		gpio := func(n *qdev.QOMNode) (int, bool) {
			i, ok := strings.CutPrefix(n.Name(), "non-qdev-gpio[")
			k, err := strconv.Atoi(strings.TrimSuffix(i, "]"))
			return k, ok && err == nil
		}
		want := 0
		for _, n := range unattached.Children {
			if k, ok := gpio(n); ok {
				want = max(want, k+1)
			}
		}
		if fam == machinetype.PC {
			want = s.M.Release().PCNonQdevGPIOs[[2]bool{s.Has("hpet"), s.M.ACPI}]
		}
		if fam == machinetype.Microvm {
			want -= s.microvmGPIOsGone()
		}
		if s.M.PropOff("i8042") {
			want -= 2 // pc_superio_init's A20 lines of the i8042 and port92
		}
		if fam != machinetype.Microvm && s.M.PropOff("pic") {
			want-- // pc_i8259_create's CPU IRQ (x86_allocate_cpu_irq)
		}
		unattached.Children = slices.DeleteFunc(unattached.Children, func(n *qdev.QOMNode) bool {
			k, ok := gpio(n)
			return ok && k >= want
		})
	}
	if s.ramAbove4G() {
		unattached.Children = append(unattached.Children, &qdev.QOMNode{Line: "/ram-above-4g[0] (memory-region)"})
	}
	const dir = "/machine/unattached/"
	add := func(path, typ string, children []*qdev.QOMNode) {
		name := strings.TrimPrefix(path, dir)
		unattached.Children = append(unattached.Children, &qdev.QOMNode{Line: "/" + name + " (" + typ + ")", Children: children})
	}
	for _, c := range s.M.CPUs {
		if strings.HasPrefix(c.QOMPath, dir) {
			children, _ := CPUComposition(s.M, c)
			add(c.QOMPath, c.Type, children)
		}
	}
	for _, d := range s.unattachedDevs {
		if d != nil && strings.HasPrefix(d.Path, dir) && !strings.Contains(strings.TrimPrefix(d.Path, dir), "/") {
			_, children, _ := s.Composition(d.Path)
			add(d.Path, d.Type.Name, children)
		}
	}
	return machine, true
}

// ramAbove4G: the board maps RAM above 4 GiB.
func (s *State) ramAbove4G() bool {
	_, _, above, ok := s.ram4G()
	return ok && above > 0
}

// FromRecording is where this machine has what the board's recording
// (-nodefaults -smp 1) has at a /machine/unattached/device[N] path, for a
// recorded link's value: the same device, numbered as here. ok is false
// when this machine has no such device (an option took it away).
func (s *State) FromRecording(path string) (string, bool) {
	rest, found := strings.CutPrefix(path, "/machine/unattached/device[")
	if !found {
		return path, true
	}
	n, tail, _ := strings.Cut(rest, "]")
	i, err := strconv.Atoi(n)
	if err != nil {
		return "", false
	}
	for d, at := range s.recordedAt {
		if at == i && d.Path != "" {
			return d.Path + tail, true
		}
	}
	return "", false
}

// busless is a device -device or device_add made that sits on no bus
// (pc-dimm, spapr-rng, vmcoreinfo) at a canonical path, or nil.
func (s *State) busless(path string) *qdev.Device {
	for _, d := range s.created {
		if d.Bus == nil && d.Path == path {
			return d
		}
	}
	return nil
}

// virtioBackendAt is the virtio device a proxy holds as its
// "virtio-backend" child, by that path (its qdev properties read as its
// qtree lines show them: a virtio-serial-device's max_ports, measured).
func (s *State) virtioBackendAt(path string) *qdev.Device {
	proxy, ok := strings.CutSuffix(path, "/virtio-backend")
	if !ok {
		return nil
	}
	return virtioBackendOf(s.Tree.FindByPath(proxy))
}

// backendQOM is qom-list of a proxy's virtio backend: its type's recorded
// list on a virtio-mmio transport (the same properties, measured for
// virtio-rng and virtio-blk on both releases; pseries, which has no
// virtio-mmio, lists x86's for virtio-rng), a virtio-rng's
// default-backend only where the proxy was given no rng; nil for a type
// whose list holds other children (buses named after the recording).
func (s *State) backendQOM(d *qdev.Device) []qdev.QOMProp {
	l := qdev.LookFor(s.M.Release(), s.M.Target, d.Type.Name, "mmio")
	if l == nil || l.Placement != "mmio" {
		l = qdev.LookFor(s.M.Release(), machinetype.X86_64, d.Type.Name, "mmio")
	}
	if l == nil || l.Placement != "mmio" || len(l.QOM) == 0 || d.Bus == nil || d.Bus.Parent == nil {
		return nil
	}
	_, rngGiven := d.Bus.Parent.Set["rng"].(string)
	var out []qdev.QOMProp
	for _, p := range l.QOM {
		switch {
		case p.Name == "default-backend" && p.Type == "child<rng-builtin>":
			if rngGiven {
				continue
			}
		case strings.HasPrefix(p.Type, "child<"):
			// A bus the backend makes (a virtio-serial-device's) is its one
			// instance property, listed last whatever its name: named as
			// this backend's bus is named (the proxy's id + ".0").
			b := backendBus(d, strings.TrimSuffix(strings.TrimPrefix(p.Type, "child<"), ">"))
			if b == nil || p.Name != l.QOM[len(l.QOM)-1].Name {
				return nil
			}
			p.Name = b.Name
		}
		out = append(out, p)
	}
	return out
}

// backendBus is the one bus of type typ a virtio backend holds, or nil.
func backendBus(d *qdev.Device, typ string) *qdev.Bus {
	if len(d.Buses) != 1 || (d.Buses[0].Type != typ && d.Buses[0].Subtype != typ) {
		return nil
	}
	return d.Buses[0]
}

// backendGet is qom-get of a proxy's virtio backend's property (at
// path): its rng link reads the proxy's, the rest as any device's once
// backendQOM lists them.
func (s *State) backendGet(d *qdev.Device, path, prop string) (any, bool, error) {
	props := s.backendQOM(d)
	if props == nil {
		return nil, true, fmt.Errorf("Property '%s.%s' not found", d.Type.Name, prop)
	}
	i := slices.IndexFunc(props, func(p qdev.QOMProp) bool { return p.Name == prop })
	switch {
	case i < 0:
		return nil, true, fmt.Errorf("Property '%s.%s' not found", d.Type.Name, prop)
	case objectLinks[props[i].Type]: // set on the proxy, which aliases it
		if id, ok := d.Bus.Parent.Set[prop].(string); ok && id != "" {
			return "/objects/" + id, true, nil
		}
		if props[i].Type == "link<rng-backend>" {
			return path + "/default-backend", true, nil
		}
		return "", true, nil
	case strings.HasPrefix(prop, "legacy-") && props[i].Type == "str":
		return nil, true, fmt.Errorf("Property '%s.%s' is not readable", d.Type.Name, prop)
	case prop == "type":
		return d.Type.Name, true, nil
	case prop == "realized":
		return true, true, nil
	case prop == "hotpluggable":
		return false, true, nil // a virtio bus takes no hotplug
	case prop == "hotplugged": // made with its proxy
		return d.Bus.Parent.Hotplugged, true, nil
	case prop == "bootindex": // add_boot_device_property's, set on the proxy
		if v, ok := d.Bus.Parent.Set["bootindex"]; ok {
			return v, true, nil
		}
		return int64(-1), true, nil
	case prop == "parent_bus":
		return busPath(d.Bus), true, nil
	}
	if text, ok := d.Prop(prop); ok {
		return printedValue(text), true, nil
	}
	return nil, false, nil
}

// isVirtioBackend: c is the virtio device a proxy holds on its virtio bus
// b, as its "virtio-backend" child.
func isVirtioBackend(b *qdev.Bus, c *qdev.Device) bool {
	return c.Internal && c.Path == "" && strings.HasPrefix(b.Type, "virtio-")
}

// QOMLinks calls f with each set link property the board's objects have,
// as the path it makes (the object's path and the link's name) and its
// target: a partial path ending there names the target too
// (object_resolve_path_component follows links). Modelled: a virtio-rng
// backend's rng, set to the -object given or its own default-backend
// (measured on both releases: "rng" is ambiguous beside a device of that
// id).
func (s *State) QOMLinks(f func(path, target string)) {
	s.Tree.Walk(func(d *qdev.Device) {
		p := devicePath(d)
		own := d.Type.Name == "virtio-rng-device" // on a virtio-mmio transport
		if p == "" || !own && !backendIs(d, "virtio-rng-device") {
			return
		}
		if !own {
			p += "/virtio-backend"
		}
		target := p + "/default-backend"
		if id, ok := d.Set["rng"].(string); ok && id != "" {
			target = "/objects/" + id
		}
		f(p+"/rng", target)
	})
}

// Unrealize is device_set_realized(false) on a device: it stays where it
// is, unrealized (qom-get realized reads false).
func (s *State) Unrealize(d *qdev.Device) {
	if s.unrealized == nil {
		s.unrealized = map[*qdev.Device]bool{}
	}
	s.unrealized[d] = true
}

// BootIndexOwner is the device whose boot index qom-set of d's
// "bootindex" sets: d when add_boot_device_property gave it one (a QOM
// property, settable once realized); nil for a device without one.
func BootIndexOwner(d *qdev.Device) *qdev.Device {
	if _, set := d.Set["bootindex"]; set || d.Look != nil && slices.ContainsFunc(d.Look.QOM, func(p qdev.QOMProp) bool { return p.Name == "bootindex" }) {
		return d
	}
	return nil
}

// SetBootIndex is device_set_bootindex on a BootIndexOwner: an index >= 0
// must be free, the device's own included (check_boot_index).
func (s *State) SetBootIndex(d *qdev.Device, n int64) error {
	if err := s.bootIndexUsed(n); err != nil {
		return err
	}
	if d.Set == nil {
		d.Set = map[string]any{}
	}
	d.Set["bootindex"] = n
	return nil
}

// FollowBusLinks is object_resolve_path through a bus's "child[N]" links
// (bus_add_child's, one per child as it attaches): an absolute path that
// passes through one becomes the canonical path of the child it names;
// any other path is given back as it is.
func (s *State) FollowBusLinks(path string) string {
	if !strings.Contains(path, "/child[") {
		return path
	}
	parts := strings.Split(strings.TrimPrefix(path, "/"), "/")
	for i := 1; i < len(parts); i++ {
		n, ok := childLinkIndex(parts[i])
		if !ok {
			continue
		}
		prefix := "/" + strings.Join(parts[:i], "/")
		b := s.busAt(prefix)
		if prefix == busPath(s.Tree.Root) {
			b = s.Tree.Root
		}
		if b == nil {
			continue
		}
		d := b.ChildLink(n)
		if d == nil || devicePath(d) == "" {
			return path
		}
		return s.FollowBusLinks(strings.Join(append([]string{devicePath(d)}, parts[i+1:]...), "/"))
	}
	return path
}

// childLinkIndex reads a "child[N]" component.
func childLinkIndex(p string) (int, bool) {
	digits, ok := strings.CutPrefix(p, "child[")
	if digits, ok = strings.CutSuffix(digits, "]"); !ok || digits == "" || digits[0] == '-' || digits[0] == '+' {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	return n, err == nil
}
