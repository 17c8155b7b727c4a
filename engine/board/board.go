// Package board is a machine's devices as its QEMU board makes them: the
// board's own devices (recorded from each release's binary), and the
// devices -device and device_add create beside them (qdev_device_add for
// anything that is not a CPU: bus choice, properties, realize with each
// bus's addressing and each device's checks), their unplug, and the QOM
// containers that hold them.
package board

import (
	"fmt"
	"hotpluglab/engine/compat"
	"hotpluglab/engine/hostfs"
	"slices"
	"strings"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/spapr"
)

// State is a machine's device state.
type State struct {
	M    *machine.Machine
	Tree *qdev.Tree
	// Host is the simulated host's files (ROM files by path), nil for none.
	Host *hostfs.FS
	// firmwareRan: the guest's firmware set PCI up (FirmwarePCISetup).
	firmwareRan bool
	// Name is the recorded board ("pc", "q35", "pseries", "" for none).
	Name string
	// Unattached lists the types of /machine/unattached/device[N] the
	// board made (CPUs included), in order.
	Unattached []string
	// LastAddPCI: the last device added sits on a PCI bus (on 7.2 its
	// device_add delivers the pending finalizations).
	LastAddPCI bool
	// unrealized are the devices qom-set realized=false unrealized.
	unrealized map[*qdev.Device]bool
	// unattachedDevs are the devices at those positions the simulator
	// made (nil: a recorded board device), for their paths.
	unattachedDevs []*qdev.Device
	// recordedAt: a recorded board device's index in the recording's
	// /machine/unattached (its QOM composition is recorded there).
	recordedAt map[*qdev.Device]int
	recorded   *qdev.BoardLook
	// dropped: the board device types -machine options took away.
	dropped map[string]bool
	// qomTree is the board's recorded QOM tree, parsed when first asked.
	qomTree *qdev.QOMNode
	made    map[*qdev.Device]bool
	// portChardev: the chardev of each serial or parallel port the board
	// made (isa-serial's is its inner device's, which info qtree omits).
	portChardev map[*qdev.Device]string
	// Backends resolves the backends device properties name.
	Backends Backends
	// pollInterval is each balloon's guest-stats-polling-interval.
	pollInterval map[*qdev.Device]int64
	// macUsed counts the NICs using each 52:54:00:12:34:xx (QEMU's
	// mac_table): default MAC addresses take the first unused.
	// balloonLeaked: a balloon whose realize failed after
	// qemu_add_balloon_handler (free-page-hint without an iothread) left
	// its handler registered: another balloon is refused and the
	// monitor's balloon commands still answer (measured on both releases).
	balloonLeaked bool
	macUsed       [256]int
	nicName       map[string]int
	// usbBuses counts USB buses (their bus numbers); usbBusList holds them.
	usbBuses   int
	usbBusList []*qdev.Bus
	// companionPorts: the ports of each EHCI bus companion controllers
	// took (a bit each, EHCIState.companion_ports).
	companionPorts map[*qdev.Bus]uint
	// serials and parallels count ISA serial and parallel ports.
	serials, parallels int
	// nextCad is each HDA bus's next codec address (HDACodecBus.next_cad).
	nextCad map[*qdev.Bus]int
	// vio is the spapr-vio bus's next automatic reg.
	vioReg uint32
	// chassis: pcie-root-port (chassis, slot) pairs in use.
	chassis map[[2]uint64]bool
	// nicNames: the net client names of NICs without an id.
	nicNames map[*qdev.Device]string
	// warnings raised by the last Add.
	warnings []string
	// stderr are lines the last Add printed as they are (no location).
	stderr []string
	// hostAudio: 7.2's default audio probe of the host ran (release.AudioHostProbe).
	hostAudio bool
	// ideBase: the drive serial number of each IDE bus's unit 0.
	ideBase   map[*qdev.Bus]int
	ideSerial int
	// globals are the machine type's compat properties (engine/compat).
	globals []compat.Global
	// userGlobals are -global's, applied after the machine's.
	userGlobals []compat.Global
	globalErr   error
	// autoHubs: hubs a USB device's port claim made, attached to the bus
	// after it (usb_claim_port).
	autoHubs []*qdev.Device
	// created lists the devices made by -device and device_add, in order.
	created []*qdev.Device
	// dimms are the plugged pc-dimms (dimm.go).
	dimms []*DIMM
	// pmems are the plugged virtio-pmem-pci devices' regions: memory
	// devices beside the DIMMs, which nothing else treats as DIMMs.
	pmems []*DIMM
	// memhp is the x86 ACPI memory hotplug block's state (memhp.go).
	memhp *memhp
	// finalizing: devices unplugged at once that QEMU has not finalized
	// yet (by path); they still hold their drives and chardevs.
	finalizing map[string]*qdev.Device
	// leftRAM: RAMBlocks of unplugged devices QEMU never finalizes
	// (neverFinalized), still registered under their names.
	leftRAM map[string]bool
	// expanders are the PCI expanders' root buses, to their expander.
	expanders map[*qdev.Bus]*qdev.Device
	// inputs are the input handlers devices registered (input.go).
	inputs       []inputHandler
	inputNext    int
	inputStarted bool
	inputFront   []int // handler indices mouse_set activated, the last first
	// GuestConfiguresDRCs: a guest OS runs that configures the pseries
	// PCI DRCs of hot-plugged devices (so that unplugging them asks it).
	GuestConfiguresDRCs bool
	// unpluggedPHBs are the indexes of PHBs hot-unplugged (their TCE
	// tables' LIOBNs stay taken until they are finalized).
	unpluggedPHBs map[uint64]bool
	// resetting: a machine reset is completing pending unplugs.
	resetting bool
	// acpiIndexes are the acpi-index values devices took (QEMU's
	// used_acpi_index_list), given back as a device goes.
	acpiIndexes map[uint64]bool
}

// Backends is what device properties look up: -netdev, -chardev, block
// nodes and drives, -object, -audiodev. Each returns QEMU's error text
// ("" when fine).
type Backends interface {
	// Netdev claims a netdev for a NIC: "" ok, "missing", "in use".
	ClaimNetdev(id string) string
	ReleaseNetdev(id string)
	// Chardev claims a chardev for a frontend of a device type: "" ok,
	// "missing", "in use".
	ClaimChardev(id, devType string) string
	ReleaseChardev(id string)
	// Drive claims a drive (a -drive id or a node name) for a device:
	// "" ok, "missing", "in use".
	ClaimDrive(id, devPath, devType string) string
	// Drive says whether a drive (a -drive id or a node name) exists.
	Drive(id string) bool
	ReleaseDrive(id string)
	// Object says whether a -object of that id exists.
	Object(id string) bool
	// Audiodev says whether an -audiodev of that id exists.
	Audiodev(id string) bool
}

const extraKey = "board"

// Of returns a machine's device state (nil before Build).
func Of(m *machine.Machine) *State {
	s, _ := m.Extra[extraKey].(*State)
	return s
}

// boardName is the recording a machine type's board uses.
func boardName(m *machine.Machine) string {
	switch m.Type.Family {
	case machinetype.PC, machinetype.Q35, machinetype.PSeries:
		return string(m.Type.Family)
	case machinetype.ISAPC:
		return "isapc"
	case machinetype.Microvm:
		// pcie=on adds a PCIe host bridge, on an ACPI machine only
		// (measured: pcie=on,acpi=off has none).
		if on, _ := qemuopts.ParseBool(m.Props["pcie"]); on && !m.PropOff("acpi") {
			return "microvm,pcie=on"
		}
		return "microvm"
	}
	return ""
}

// Build makes the board's own devices for a machine whose boot CPUs
// exist; it removes what -machine options turn off. nil: the release has
// no recording of the board.
func Build(m *machine.Machine, be Backends) *State {
	rec := qdev.Board(m.Release(), m.Target, boardName(m))
	if rec == nil {
		// A board not recorded for this release (none):
		// its machine has CPUs only.
		return nil
	}
	s := &State{M: m, Backends: be,
		nicName: map[string]int{}, nicNames: map[*qdev.Device]string{}, ideBase: map[*qdev.Bus]int{}, ideSerial: 1, chassis: map[[2]uint64]bool{}, vioReg: 0x71000000, finalizing: map[string]*qdev.Device{}, leftRAM: map[string]bool{}, pollInterval: map[*qdev.Device]int64{}}
	m.Extra[extraKey] = s
	s.Name = rec.Name
	s.recorded = rec
	s.Tree = qdev.NewBoardTree(m.Release(), m.Target, rec)
	s.Unattached = rec.Unattached
	s.globals = s.machineGlobals()
	s.Tree.Walk(func(d *qdev.Device) {
		if !d.Internal {
			s.applyGlobals(d)
		}
	})
	s.applyMachineOptions()
	s.matchUnattached()
	s.ramSplit()
	s.xiveEnds()
	s.Tree.Walk(func(d *qdev.Device) {
		if d.Bus != nil && pci.IsPCIBus(d.Bus.Type) {
			s.boardPCI(d, rec.PCI)
		}
	})
	s.Tree.Walk(func(d *qdev.Device) {
		for _, b := range d.Buses {
			s.initBus(b)
		}
	})
	s.initBus(s.Tree.Root)
	for _, d := range s.Tree.Devices() {
		if strings.HasPrefix(d.Type.Name, "spapr-nvram") || d.Type.Name == "spapr-nvram" {
			d.Data = vioReg(s.vioReg) // its reg and IRQ are taken
			s.vioReg++
		}
	}
	return s
}

// ram4G is how an x86 board splits its RAM around the PCI hole: the host
// bridge's type, the RAM below 4 GiB and above it (ok false elsewhere).
func (s *State) ram4G() (host string, below, above uint64, ok bool) {
	if s.M.RAMBytes == 0 {
		return "", 0, 0, false
	}
	var limit, low uint64
	switch s.M.Type.Family {
	case machinetype.Q35:
		host, limit, low = "q35-pcihost", 0xb0000000, 0x80000000
	case machinetype.PC:
		host, limit, low = "i440FX-pcihost", 0xe0000000, 0xc0000000
	default:
		return "", 0, 0, false
	}
	ram := uint64(s.M.RAMBytes)
	if ram < limit {
		low = limit
	}
	// max-ram-below-4g lowers the split (pc_init1: the limit itself once
	// the RAM reaches it, capped at 3 GiB; pc_q35_init: a cap).
	if n, err := numa.ParseSize(s.M.Props["max-ram-below-4g"]); err == nil && n > 0 {
		switch maxBelow := uint64(n); {
		case host == "i440FX-pcihost":
			low = maxBelow
			if ram >= maxBelow && !s.M.Type.VersionAtMost(1, 7) { // gigabyte_align
				low = min(maxBelow, 0xc0000000)
			}
		case host == "q35-pcihost":
			low = min(low, maxBelow)
		}
	}
	below, above = ram, 0
	if ram >= low {
		below, above = low, ram-low
	}
	return host, below, above, true
}

// Created lists the devices -device, -nic and device_add made, in order.
func (s *State) Created() []*qdev.Device {
	if s == nil {
		return nil
	}
	return s.created
}

// RAM4G is the board's RAM below 4 GiB and above it (pc and q35; ok
// false elsewhere).
func (s *State) RAM4G() (below, above uint64, ok bool) {
	if s == nil {
		return 0, 0, false
	}
	_, below, above, ok = s.ram4G()
	return below, above, ok
}

// xiveEnds sizes the pseries XIVE controller for the machine's possible
// vCPU ids (spapr_irq_init: eight priorities per server;
// spapr_max_server_number: max_cpus x VSMT / threads, so pseries-4.1 and
// older, whose VSMT is at least 8, have eight servers per core).
// A machine in XICS mode (ic-mode=xics, or dual on a CPU before POWER9,
// which spapr_irq_check turns into XICS) has no XIVE controller at all.
func (s *State) xiveEnds() {
	var xive *qdev.Device
	s.Tree.Walk(func(d *qdev.Device) {
		if d.Type.Name == "spapr-xive" {
			t := s.M.Topology
			servers := (uint64(max(t.MaxCPUs, 1))*uint64(spapr.VSMT(s.M)) + uint64(max(t.Threads, 1)) - 1) / uint64(max(t.Threads, 1))
			d.SetProp("nr-ends", qtreeNum(servers*8))
			xive = d
		}
	})
	if xive != nil && !s.M.XIVE && xive.Bus != nil {
		xive.Bus.Detach(xive)
	}
}

// ramSplit shows the RAM below and above 4 GiB on the host bridge: q35
// keeps 2816 MiB low unless the RAM reaches it, then 2 GiB (pc_q35_init);
// i440fx 3.5 GiB, then 3 GiB (pc_init1, gigabyte_align), on releases whose
// i440FX host bridge shows them (its recorded look has a value).
func (s *State) ramSplit() {
	host, below, above, ok := s.ram4G()
	if !ok {
		return
	}
	size := func(v uint64) string { return fmt.Sprintf("%d (%s)", v, qdev.SizeString(v)) }
	s.Tree.Walk(func(d *qdev.Device) {
		if v, _ := d.Prop("below-4g-mem-size"); d.Type.Name == host && v != "0 (0 B)" {
			d.SetProp("below-4g-mem-size", size(below))
			d.SetProp("above-4g-mem-size", size(above))
		}
	})
}

// applyMachineOptions drops the board devices -machine options turn off.
func (s *State) applyMachineOptions() {
	off := s.M.PropOff
	drop := map[string]bool{}
	s.dropped = drop
	var dropDev func(d *qdev.Device) bool // devices dropped one by one
	if s.M.Type.Family == machinetype.Microvm {
		dropDev = s.microvmOptions(drop)
	}
	if off("hpet") || s.M.Props["no-hpet"] == "on" {
		drop["hpet"] = true
	}
	if off("vmport") {
		drop["vmport"], drop["vmmouse"] = true, true
	}
	if off("i8042") { // pc_superio_init makes vmport and port92 only beside an i8042
		for _, t := range []string{"i8042", "ps2-kbd", "ps2-mouse", "vmport", "vmmouse", "port92"} {
			drop[t] = true
		}
	}
	if !s.M.ACPI && s.M.Type.Family == machinetype.PC {
		drop["PIIX4_PM"] = true
	}
	if fam := s.M.Type.Family; fam == machinetype.PC || fam == machinetype.Q35 {
		// pc_basic_device_init: the speaker comes with the PIT; pc_i8259_create
		// only with pic on. pc_q35_init: the ICH9 AHCI with sata, its SMBus
		// (and the EEPROMs on it) with smbus.
		for opt, types := range map[string][]string{"pit": {"isa-pit", "isa-pcspk"}, "pic": {"isa-i8259"}} {
			if off(opt) {
				for _, t := range types {
					drop[t] = true
				}
			}
		}
		if fam == machinetype.Q35 && off("sata") {
			drop["ich9-ahci"] = true
		}
		if fam == machinetype.Q35 && off("smbus") {
			drop["ICH9-SMB"] = true
		}
	}
	if len(drop) == 0 && dropDev == nil {
		return
	}
	// What is not made takes no place in /machine/unattached: the devices
	// after it are numbered one lower (measured with hpet=off, vmport=off,
	// acpi=off, which takes PIIX4_PM's SMBus EEPROMs with it).
	gone := map[string]int{}
	var count func(d *qdev.Device)
	count = func(d *qdev.Device) {
		gone[d.Type.Name]++
		for _, b := range d.Buses {
			for _, c := range b.Children {
				count(c)
			}
		}
	}
	keep := func(b *qdev.Bus) {
		kept := b.Children[:0]
		for _, c := range b.Children {
			if drop[c.Type.Name] || dropDev != nil && dropDev(c) {
				count(c)
			} else {
				kept = append(kept, c)
			}
		}
		b.Children = kept
	}
	s.Tree.Walk(func(d *qdev.Device) {
		for _, b := range d.Buses {
			keep(b)
		}
	})
	keep(s.Tree.Root)
	unattached := slices.Clone(s.Unattached)
	for i := len(unattached) - 1; i >= 0; i-- {
		if t := unattached[i]; gone[t] > 0 {
			gone[t]--
			unattached = slices.Delete(unattached, i, i+1)
		}
	}
	s.Unattached = unattached
}

// boardPCI gives a recorded board device its PCI function and identity.
func (s *State) boardPCI(d *qdev.Device, entries []any) {
	addr, _ := d.Prop("addr")
	devfn, ok := pci.ParseDevFn(addr)
	if !ok {
		return
	}
	mf, _ := d.Prop("multifunction")
	f := &pci.Function{DevFn: devfn, Multifunction: mf == "true", Info: pci.RecordedEntry(entries, devfn)}
	d.Data = f
}

// initBus sets up a bus's class state: PCI slots (with the devices
// already on it), USB ports, hotplug.
func (s *State) initBus(b *qdev.Bus) {
	switch {
	case pci.IsPCIBus(b.Type):
		root := b.Parent != nil && b.Parent.Bus == s.Tree.Root
		p := pci.NewBus(b, root)
		// pci_get_function_0: devfn 0 below a root or downstream port only
		// (pcie_has_upstream_port), not on a switch's upstream port's bus.
		p.Function0AtZero = p.Express && !root && b.Parent != nil && isPCIeDownstreamPort(b.Parent.Type.Name)
		p.Function0CheckAuto = s.M.Release().PCIFunction0CheckAuto
		for _, d := range b.Children {
			if f := pci.Of(d); f != nil {
				p.Occupy(f.DevFn, d)
			}
		}
		b.Hotpluggable = s.pciBusHotpluggable(b, root)
	case b.Type == "usb-bus":
		s.newUSBBus(b, b.Parent)
		b.Hotpluggable = true // qbus_set_hotplug_handler(usb bus)
	case b.Type == "SCSI" || b.Type == "virtio-serial-bus":
		// Their buses are their own hotplug handlers, but spapr-vscsi's
		// refuses (measured on both releases: "Bus 'v0.0' does not support
		// hotplugging", where lsi53c895a's bus on the same machine takes one).
		b.Hotpluggable = b.Parent == nil || b.Parent.Type.Name != "spapr-vscsi"
	case b.Type == "IDE":
		s.ideBase[b] = s.ideSerial
		s.ideSerial += 2
	}
	s.setFull(b)
}

// pciBusHotpluggable: pc's root bus has ACPI PCI hotplug (not with
// acpi=off), q35's root complex has none; pseries' PHB and every bridge
// or root port below a board has its own.
func (s *State) pciBusHotpluggable(b *qdev.Bus, root bool) bool {
	if !root {
		return s.bridgeBusHotpluggable(b)
	}
	switch s.M.Type.Family {
	case machinetype.PC:
		// PIIX4_PM's acpi-root-pci-hotplug=off takes it away (measured).
		on, given := s.userGlobalBool("PIIX4_PM", "acpi-root-pci-hotplug")
		return s.M.ACPI && (on || !given)
	case machinetype.PSeries:
		return true
	}
	return false
}

// bridgeBusHotpluggable: a bridge's bus has a hotplug handler. A PCIe
// slot's is its own unless hotplug=off (pcie_cap_slot_init); a
// pci-bridge's is its SHPC's, or ACPI's when the board hot-plugs into
// bridges (PIIX4_PM's or ICH9-LPC's acpi-pci-hotplug-with-bridge-support):
// without either, "Bus 'b' does not support hotplugging" (measured).
func (s *State) bridgeBusHotpluggable(b *qdev.Bus) bool {
	d := b.Parent
	if d == nil {
		return true
	}
	switch d.Type.Name {
	case "pcie-root-port", "ioh3420", "xio3130-downstream":
		v, _ := d.Prop("hotplug")
		return v != "false"
	case "pci-bridge":
		if v, _ := d.Prop("shpc"); v != "false" {
			return true
		}
		return s.acpiBridgeHotplug()
	}
	return true
}

// acpiBridgeHotplug: the board's ACPI hot-plugs into PCI bridges.
func (s *State) acpiBridgeHotplug() bool {
	switch s.M.Type.Family {
	case machinetype.PC:
		on, given := s.userGlobalBool("PIIX4_PM", "acpi-pci-hotplug-with-bridge-support")
		return s.M.ACPI && (on || !given)
	case machinetype.Q35:
		return s.M.ACPI && s.ich9ACPIPCIHotplug()
	}
	return false
}

// NICs lists the NICs (devices with a netdev property) in creation
// order, for their net clients.
func (s *State) NICs() []*qdev.Device {
	if s == nil {
		return nil
	}
	var out []*qdev.Device
	for _, d := range s.created {
		if _, ok := d.Type.Prop("netdev"); ok {
			out = append(out, d)
		}
	}
	return out
}

// VirtioBackends are the virtio devices inside the devices -device and
// device_add made, in creation order: each backend's QOM path and the name
// its virtio_init gave it ("virtio-net").
func (s *State) VirtioBackends() (paths, names []string) {
	if s == nil {
		return nil, nil
	}
	for _, d := range s.created {
		for _, b := range d.Buses {
			for _, c := range b.Children {
				if c.Internal && strings.HasPrefix(b.Type, "virtio-") && b.Type != "virtio-serial-bus" {
					paths, names = append(paths, d.Path+"/virtio-backend"), append(names, virtioName(c.Type.Name))
				}
			}
		}
	}
	return paths, names
}

// virtioName is a virtio device type's vdev->name.
func virtioName(typ string) string {
	switch typ {
	case "virtio-keyboard-device", "virtio-mouse-device", "virtio-tablet-device", "virtio-multitouch-device", "virtio-input-host-device":
		return "virtio-input"
	}
	return strings.TrimSuffix(typ, "-device")
}

// QueryPCI is query-pci: every host bridge's root bus, the newest first.
func (s *State) QueryPCI() []any {
	out := []any{}
	root := s.Tree.Root.Children
	for i := len(root) - 1; i >= 0; i-- {
		for _, b := range root[i].Buses {
			if pci.BusOf(b) != nil {
				out = append(out, pci.Query(b)...)
			}
		}
	}
	return out
}

// RootPCIFunction says whether the first host bridge's root bus (the
// guest's PCI domain 0000, bus 00) has a function at devfn.
func (s *State) RootPCIFunction(devfn int) bool {
	if s == nil {
		return false
	}
	for _, h := range s.Tree.Root.Children {
		for _, b := range h.Buses {
			if pb := pci.BusOf(b); pb != nil {
				return devfn >= 0 && devfn < 256 && pb.At(devfn) != nil
			}
		}
	}
	return false
}

// USBBuses lists the USB buses in creation order.
func (s *State) USBBuses() []*qdev.Bus { return s.usbBusList }

// Has says whether the machine made a device of a type (or of one derived
// from it): a -global for that type was used.
func (s *State) Has(typ string) bool {
	found := false
	if s != nil {
		s.Tree.Walk(func(d *qdev.Device) {
			if d.Type.Name == typ || d.Type.Implements(typ) { // a type outside the catalog implements nothing
				found = true
			}
		})
	}
	return found
}

// VMGenID is the generation id of the machine's vmgenid device as
// vmgenid_find and qemu_uuid_unparse give it (lower case): ok is false
// without one. (guid=auto, the default, is random per run; the simulator
// gives the nil UUID.)
func (s *State) VMGenID() (guid string, ok bool) {
	if s == nil {
		return "", false
	}
	for _, d := range s.created {
		if d.Type.Name == "vmgenid" {
			g, _ := d.Set["guid"].(string)
			if g == "" || g == "auto" {
				g = "00000000-0000-0000-0000-000000000000"
			}
			return strings.ToLower(g), true
		}
	}
	return "", false
}

// consoleTypes are the display devices that make a graphic console.
var consoleTypes = map[string]bool{"VGA": true, "secondary-vga": true, "cirrus-vga": true, "virtio-vga": true, "virtio-gpu-pci": true,
	"bochs-display": true, "ramfb": true, "ati-vga": true, "vmware-svga": true, "isa-vga": true, "isa-cirrus-vga": true}

// FirstConsoleID is the id of the device behind the first graphic console
// (the first display device made): ok is false without one.
func (s *State) FirstConsoleID() (id string, ok bool) {
	if s == nil {
		return "", false
	}
	for _, d := range s.created {
		if consoleTypes[d.Type.Name] {
			return d.ID, true
		}
	}
	return "", false
}
