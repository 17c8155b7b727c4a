package board

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
)

// The devices a board makes beside the ones it always has (those were
// recorded with -nodefaults): the display card, the serial and parallel
// ports for the -serial/-parallel character devices (vl.c's serial_hds,
// which exist without -nodefaults too), numbered in /machine/unattached
// where the board's init creates them.

// Extras are what the command line asks the board to make.
type Extras struct {
	// VGA is the display card's type (pc_vga_init / spapr_vga_init); ""
	// for none.
	VGA string
	// Serials and Parallels are the chardev ids of the ports, in order.
	Serials, Parallels []string
	// USB: the board's USB controller, with a keyboard and mouse when it
	// has Graphics: a display card, its own or a -device's (pseries).
	USB, Graphics bool
	// USBOn: -usb or -machine usb=on (x86 boards make USB for it only).
	USBOn bool
}

// anchor is where a board creates a kind of device: right after the last
// of the first listed type that exists in /machine/unattached.
type anchor []string

// boardAnchors are, per board, where its init creates each kind (measured
// with `info qom-tree /machine/unattached` on pc, q35 and pseries).
var boardAnchors = map[machinetype.Family]map[string]anchor{
	// pc_init1: the VGA after the interrupt controllers, the ports in
	// pc_superio_init after the speaker, the NICs after port92.
	machinetype.PC: {
		"vga":      {"isa-i8259"},
		"serial":   {"isa-serial", "isa-pcspk"},
		"parallel": {"isa-parallel", "isa-serial", "isa-pcspk"},
		"nic":      {"e1000", "port92"},
		"usb":      {"piix3-usb-uhci", "piix3-ide"},
	},
	// spapr_machine_init: a vty per serial port before the NVRAM, the
	// NICs after the PHB (-nic models recorded: spapr-vlan, virtio-net-pci,
	// e1000), then the VSCSI controllers, the VGA and USB.
	machinetype.PSeries: {
		"serial":    {"spapr-vty", "spapr-vio-bridge"},
		"nic":       {"spapr-vlan", "virtio-net-pci", "e1000", "spapr-pci-host-bridge"},
		"vscsi":     {"spapr-vscsi", "spapr-vlan", "virtio-net-pci", "e1000", "spapr-pci-host-bridge"},
		"vga":       {"spapr-vscsi", "spapr-vlan", "virtio-net-pci", "e1000", "spapr-pci-host-bridge"},
		"usb":       {"VGA", "spapr-vscsi", "spapr-vlan", "virtio-net-pci", "e1000", "spapr-pci-host-bridge"},
		"usb-kbd":   {"nec-usb-xhci"},
		"usb-mouse": {"usb-kbd"},
	},
	// isapc is pc_init1 without PCI: the same places, its NICs ne2k_isa
	// (measured: `info qom-tree /machine/unattached` with -vga, -serial,
	// -parallel and -nic).
	machinetype.ISAPC: {
		"vga":      {"isa-i8259"},
		"serial":   {"isa-serial", "isa-pcspk"},
		"parallel": {"isa-parallel", "isa-serial", "isa-pcspk"},
		"nic":      {"ne2k_isa", "port92"},
	},
	// microvm_devices_init: its one ISA serial port after the ISA devices
	// (measured with -serial null twice: one isa-serial, after the RTC).
	machinetype.Microvm: {
		"serial": {"isa-serial", "mc146818rtc", "isa-pit", "isa-i8259", "acpi-ged-x86", "acpi-ged", "virtio-mmio"},
	},
	// pc_q35_init: the VGA and the NICs after the SMBus's EEPROMs.
	machinetype.Q35: {
		"vga":      {"smbus-eeprom", "ICH9-SMB", "ich9-ahci"},
		"serial":   {"isa-serial", "isa-pcspk"},
		"parallel": {"isa-parallel", "isa-serial", "isa-pcspk"},
		"nic":      {"e1000e", "VGA", "smbus-eeprom", "ICH9-SMB"},
		"usb":      {"ich9-usb-uhci3", "ich9-usb-uhci2", "ich9-usb-uhci1", "ich9-usb-ehci1", "ich9-ahci"},
	},
}

// position is where a device of a kind goes in /machine/unattached (-1:
// the board does not make that kind).
func (s *State) position(kind string) int {
	for _, t := range boardAnchors[s.M.Type.Family][kind] {
		for i := len(s.Unattached) - 1; i >= 0; i-- {
			if s.Unattached[i] == t {
				return i + 1
			}
		}
	}
	return -1
}

// VGATypes are -vga's card models and the device each makes.
var VGATypes = map[string]string{"std": "VGA", "cirrus": "cirrus-vga", "vmware": "vmware-svga",
	"qxl": "qxl-vga", "virtio": "virtio-vga"}

// AddExtras makes the display card and the serial and parallel ports.
func (s *State) AddExtras(e Extras) error {
	if s.M.IsSPAPR() {
		return s.addSPAPRExtras(e)
	}
	if s.M.Type.Family == machinetype.ISAPC {
		// isa_vga_init: the ISA cards; the PCI ones are not made (QEMU
		// says so on stderr, not modelled).
		e.VGA = map[string]string{"VGA": "isa-vga", "cirrus-vga": "isa-cirrus-vga"}[e.VGA]
	}
	if e.VGA != "" {
		if pos := s.position("vga"); pos >= 0 {
			if _, err := s.addUnattached(e.VGA, "", pos, nil); err != nil {
				return err
			}
		}
	}
	serials := 4
	if s.M.Type.Family == machinetype.Microvm {
		serials = 1 // serial_hds_isa_init(isa_bus, 0, 1), unless isa-serial=off
		if s.M.PropOff("isa-serial") {
			serials = 0
		}
	}
	if err := s.addPorts("serial", e.Serials, serials); err != nil {
		return err
	}
	if err := s.addPorts("parallel", e.Parallels, 3); err != nil {
		return err
	}
	if e.USBOn {
		return s.addX86USB()
	}
	return nil
}

// x86USB are the USB controllers an x86 board makes for -usb
// (-machine usb=on): pc_init1's PIIX3 UHCI at 01.2 after the IDE
// controller; pc_q35_init's ehci_create_ich9_with_companions at 1d after
// the AHCI controller (measured: info pci, info qom-tree).
var x86USB = map[machinetype.Family][]string{
	machinetype.PC: {"piix3-usb-uhci,addr=01.2"},
	machinetype.Q35: {"ich9-usb-ehci1,addr=1d.7,multifunction=on",
		"ich9-usb-uhci1,addr=1d.0,multifunction=on,masterbus=usb-bus.0,firstport=0",
		"ich9-usb-uhci2,addr=1d.1,multifunction=on,masterbus=usb-bus.0,firstport=2",
		"ich9-usb-uhci3,addr=1d.2,multifunction=on,masterbus=usb-bus.0,firstport=4"},
}

func (s *State) addX86USB() error {
	for _, arg := range x86USB[s.M.Type.Family] {
		pos := s.position("usb")
		if pos < 0 {
			// 10.0: the PIIX3 makes its UHCI itself (has-usb).
			d, err := s.addBoardChild(arg, "PIIX3", "uhci")
			if p := s.findType("PIIX3"); p != nil {
				if _, ok := p.Prop("has-usb"); ok {
					p.SetProp("has-usb", "true")
				}
			}
			if d != nil && d.Bus != nil {
				// made after the IDE function, before the PM one
				moveAfter(d.Bus, d, "piix3-ide")
			}
			return err
		}
		if _, err := s.addUnattached(arg, "", pos, nil); err != nil {
			return err
		}
	}
	return nil
}

// addPorts makes the ISA ports for the chardevs (serial_hds_isa_init,
// parallel_hds_isa_init: at most max). The chardevs are the ports' from
// their creation (-serial opens them), so the ports claim nothing.
func (s *State) addPorts(kind string, chardevs []string, max int) error {
	for i, id := range chardevs {
		pos := s.position(kind)
		if pos < 0 || i >= max {
			break
		}
		if id == "" {
			continue
		}
		d, err := s.addUnattached(fmt.Sprintf("isa-%s,index=%d", kind, i), "", pos, map[string]string{"chardev": `"` + id + `"`})
		if err != nil {
			return err
		}
		if s.portChardev == nil {
			s.portChardev = map[*qdev.Device]string{}
		}
		s.portChardev[d] = id
		if f, ok := s.Backends.(interface{ ChardevFrontend(id, devType string) }); ok {
			f.ChardevFrontend(id, d.Type.Name)
		}
	}
	return nil
}

// PortChardev is the chardev the board gave one of its serial or
// parallel ports (serial_hds_isa_init sets the port's chardev alias,
// which info qtree does not list).
func (s *State) PortChardev(d *qdev.Device) (string, bool) {
	id, ok := s.portChardev[d]
	return id, ok
}

// PortMade says whether a serial or parallel port of the board took the
// chardev.
func (s *State) PortMade(id string) bool {
	for _, c := range s.portChardev {
		if c == id {
			return true
		}
	}
	return false
}

// AddNIC makes an on-board NIC (pci_nic_init_nofail): in
// /machine/unattached where the board has them, else as -device would.
func (s *State) AddNIC(arg string) error {
	if pos := s.position("nic"); pos >= 0 {
		_, err := s.addUnattached(arg, "", pos, nil)
		return err
	}
	opts, _, err := qdev.Parse(arg)
	if err != nil {
		return err
	}
	typ, _, _ := strings.Cut(arg, ",")
	_, err = s.Add(qdev.Lookup(s.M.Release(), s.M.Target, typ), opts, false)
	return err
}

// addUnattached makes a board device from a -device style argument at
// position pos of /machine/unattached, on busName (or the bus its type
// goes on); preset are property lines set before realize (what the board
// gives it directly).
func (s *State) addUnattached(arg, busName string, pos int, preset map[string]string) (*qdev.Device, error) {
	return s.addBoardDevice(arg, busName, pos, preset, "")
}

// moveAfter puts d on its bus right after the first device of type typ
// (a bus's devices are in creation order).
func moveAfter(b *qdev.Bus, d *qdev.Device, typ string) {
	i := slices.Index(b.Children, d)
	if i < 0 {
		return
	}
	l := slices.Delete(slices.Clone(b.Children), i, i+1)
	for j, c := range l {
		if c.Type.Name == typ {
			b.Children = slices.Insert(l, j+1, d)
			return
		}
	}
}

// addBoardChild makes a board device its parent device makes in its own
// realize, at QOM path <parent's>/name (10.0's PIIX3 makes its "uhci").
func (s *State) addBoardChild(arg, parentType, name string) (*qdev.Device, error) {
	parent := s.findType(parentType)
	pos := slices.Index(s.unattachedDevs, parent)
	if parent == nil || pos < 0 {
		return nil, nil
	}
	return s.addBoardDevice(arg, "", pos+1, nil, parent.Path+"/"+name)
}

func (s *State) addBoardDevice(arg, busName string, pos int, preset map[string]string, childPath string) (*qdev.Device, error) {
	opts, _, err := qdev.Parse(arg)
	if err != nil {
		return nil, err
	}
	typ, _, _ := strings.Cut(arg, ",")
	t, err := qdev.DeviceClassFor(s.M.Release(), s.M.Target, string(s.M.Type.Family), typ, false)
	if err != nil {
		return nil, err
	}
	var bus *qdev.Bus
	if busName != "" {
		if bus, err = s.FindBus(busName); err != nil {
			return nil, err
		}
	} else if bt := t.BusType(); bt != "" {
		bus = qdev.FindBusRecursive(s.Tree.Root, "", func(b *qdev.Bus) bool { return s.busIs(b, bt) })
		if bus == nil || bus.IsFull() {
			return nil, fmt.Errorf("No '%s' bus found for device '%s'", bt, typ)
		}
	}
	d := s.Tree.Instantiate(t, qdev.LookFor(s.M.Release(), s.M.Target, typ, s.placement(bus)), "")
	s.applyGlobals(d) // compat and -global, as for any qdev device
	if childPath != "" {
		d.Path = childPath
	} else {
		s.insertUnattached(pos, d)
	}
	for k, v := range preset {
		d.SetProp(k, v)
	}
	vals, err := s.setProperties(d, opts)
	if err == nil {
		vals.preset = preset
		err = s.realize(d, bus, vals, false)
	}
	if err != nil {
		s.releaseClaims(vals)
		return nil, err
	}
	if bus != nil {
		s.attachInOrder(bus, d, pos)
		s.setFull(bus)
	}
	s.initBuses(d)
	s.registerInput(d)
	if _, ok := d.Type.Prop("netdev"); ok {
		s.created = append(s.created, d)
	}
	return d, nil
}

// matchUnattached finds the recorded board devices' places in
// /machine/unattached (the n-th device of a type is the n-th of its
// type there), so that devices made later go in between in order.
func (s *State) matchUnattached() {
	s.unattachedDevs = make([]*qdev.Device, len(s.Unattached))
	s.recordedAt = map[*qdev.Device]int{}
	recordedTaken := map[int]bool{}
	s.Tree.Walk(func(d *qdev.Device) {
		if d.Internal {
			return
		}
		for i, t := range s.Unattached {
			if t == d.Type.Name && s.unattachedDevs[i] == nil {
				s.unattachedDevs[i] = d
				break
			}
		}
		// Its place in the recording (before -machine options took
		// devices away), where its composition was recorded.
		for i, t := range s.recorded.Unattached {
			if t == d.Type.Name && !recordedTaken[i] {
				recordedTaken[i] = true
				s.recordedAt[d] = i
				return
			}
		}
	})
	s.renumber()
}

// attachInOrder puts a board device made at position pos of
// /machine/unattached on its bus after the devices made before it (a
// bus lists its devices in creation order).
func (s *State) attachInOrder(bus *qdev.Bus, d *qdev.Device, pos int) {
	// A device not in /machine/unattached (a child of another device,
	// made in its realize) counts as made with the one before it.
	at, j := 0, -1
	for i, c := range bus.Children {
		if k := slices.Index(s.unattachedDevs, c); k >= 0 {
			j = k
		}
		if j < pos {
			at = i + 1
		}
	}
	bus.Attach(d)
	bus.Children = slices.Insert(bus.Children[:len(bus.Children)-1], at, d)
}

// insertUnattached puts a board device at position pos of
// /machine/unattached and renumbers the devices after it.
func (s *State) insertUnattached(pos int, d *qdev.Device) {
	s.Unattached = slices.Insert(slices.Clone(s.Unattached), pos, d.Type.Name)
	s.unattachedDevs = slices.Insert(s.unattachedDevs, pos, d)
	if s.made == nil {
		s.made = map[*qdev.Device]bool{}
	}
	s.made[d] = true
	s.renumber()
}

// renumber gives every board device its /machine/unattached path. The
// recording has one boot CPU: the others come right after the first (and
// x86's kvmvapic), before every board device.
func (s *State) renumber() {
	cpus, cpu0 := 0, -1
	for _, c := range s.M.CPUs {
		if n, ok := strings.CutPrefix(c.QOMPath, "/machine/unattached/device["); ok {
			if cpus == 0 {
				cpu0, _ = strconv.Atoi(strings.TrimSuffix(n, "]"))
			}
			cpus++
		}
	}
	first, rec0 := 0, -1
	for i, t := range s.Unattached {
		cpu := strings.HasSuffix(t, "-x86_64-cpu") || strings.HasSuffix(t, "-spapr-cpu-core")
		if cpu || t == "kvmvapic" {
			first = i + 1
		}
		if cpu && rec0 < 0 {
			rec0 = i
		}
	}
	// A board without what came before its first CPU in the recording
	// (pseries' XIVE controller with ic-mode=xics) numbers from there.
	shift := 0
	if rec0 >= 0 && cpu0 >= 0 {
		shift = cpu0 - rec0
	}
	// From the last, so that a path taken is given up first.
	for i := len(s.unattachedDevs) - 1; i >= 0; i-- {
		x := s.unattachedDevs[i]
		if x == nil {
			continue
		}
		n := i + shift
		if i >= first {
			n += max(cpus-1, 0)
		}
		if n < 0 {
			x.Path = "" // not made on this configuration
			continue
		}
		p := fmt.Sprintf("/machine/unattached/device[%d]", n)
		if r, ok := s.Backends.(interface{ Repath(old, new string) }); ok && s.made[x] && x.Path != "" && x.Path != p {
			r.Repath(x.Path, p)
		}
		x.Path = p
	}
	// The board devices that are another's child in QOM (q35's MCH is its
	// host bridge's "mch"), not /machine/unattached's.
	s.Tree.Walk(func(d *qdev.Device) {
		if p, ok := childPaths[d.Type.Name]; ok && d.Path == "" && !s.made[d] {
			d.Path = p
		}
	})
}

// childPaths are the canonical paths of board devices a board device holds.
var childPaths = map[string]string{"mch": "/machine/q35/mch"}

// recordedBoardDevice: a device of the board's recording (not one the
// simulator made for the command line).
func (s *State) recordedBoardDevice(d *qdev.Device) bool {
	return !s.made[d] && slices.Contains(s.unattachedDevs, d)
}

// madeBefore counts the devices the simulator made before position i of
// /machine/unattached (the recording's position is i less them).
func (s *State) madeBefore(i int) int {
	n := 0
	for _, d := range s.unattachedDevs[:i] {
		if s.made[d] {
			n++
		}
	}
	return n
}

// MadeBelow counts the devices the simulator made for the command line
// numbered below /machine/unattached/device[n]: the recorded board's
// device numbers move up by as many.
func (s *State) MadeBelow(n int) int {
	k := 0
	for d := range s.made {
		if num, ok := strings.CutPrefix(d.Path, "/machine/unattached/device["); ok {
			if i, err := strconv.Atoi(strings.TrimSuffix(num, "]")); err == nil && i < n {
				k++
			}
		}
	}
	return k
}
