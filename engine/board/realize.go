package board

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/usb"
)

// realizeSpec sets a device the board makes from spec (as -device would
// give it) and realizes it on bus, releasing what it claimed if it fails.
func (s *State) realizeSpec(d *qdev.Device, bus *qdev.Bus, spec string) error {
	opts, _, err := qdev.Parse(spec)
	if err != nil {
		return err
	}
	vals, err := s.setProperties(d, opts)
	if err == nil {
		err = s.realize(d, bus, vals, false)
	}
	if err != nil {
		s.releaseClaims(vals)
	}
	return err
}

// realize is device_set_realized for a new device: its bus's placement
// (PCI function, USB port, IDE unit, ...), then the device's own checks,
// in QEMU's order. On success the device's qtree lines show its values.
func (s *State) realize(d *qdev.Device, bus *qdev.Bus, vals *values, hotplug bool) error {
	if d.Type.Name == "virtio-mem-pci" && s.takesDIMMs() {
		if err := s.virtioMemPrePlug(vals); err != nil {
			return err
		}
	}
	if bus != nil && pci.IsPCIBus(bus.Type) {
		if err := s.realizePCI(d, bus, vals, hotplug); err != nil {
			return err
		}
	}
	if err := s.deviceChecksError(d, bus, vals); err != nil {
		s.unrealizePCI(d, bus)
		return err
	}
	// pci_qdev_realize warns once the device realized (measured: a second
	// balloon's refusal comes alone), below a root or downstream port only
	// (pcie_has_upstream_port: a switch's upstream port takes any slot),
	// for a PCI Express device (pci_is_express: a conventional e1000 or
	// ich9-intel-hda at slot 1 is not warned of, measured).
	if f := pci.Of(d); f != nil && s.M.Release().PCIeSlotZeroWarning && pci.BusOf(bus).Express && bus.Parent != nil &&
		isPCIeDownstreamPort(bus.Parent.Type.Name) && f.DevFn>>3 != 0 && expressOnExpressBus(d) {
		s.warn(fmt.Sprintf("PCI: slot %d is not valid for %s, parent device only allows plugging into slot 0.", f.DevFn>>3, d.Type.Name))
	}
	if d.Type.Name == "virtio-mem-pci" && s.takesDIMMs() {
		s.virtioMemPlug(d, vals)
	}
	s.looklessProps(d)
	s.showProps(d, vals)
	s.autoQueues(d, vals)
	s.virtioMSIXFits(d)
	s.adjustBARs(d)
	if f := pci.Of(d); f != nil && f.Info == nil && s.firmwareRan {
		f.Info = identityBehindBridge(s, d)
	}
	s.usbStorageDrive(d)
	if f := pci.Of(d); f != nil {
		d.SetProp("addr", pci.FormatDevFn(f.DevFn))
		if b := pci.BusOf(bus); b != nil {
			d.SetProp("busnr", qtreeNum(uint64(b.Number))) // 10.0's read-only property
		}
		if _, given := vals.get("sas_address"); sasFromPlace[d.Type.Name] && !given {
			// mptsas_scsi_realize and megasas_scsi_realize: a locally
			// assigned NAA address from the device's place (its bus's
			// number is 0 until firmware numbers bridges).
			d.SetProp("sas_address", qtreeNum(0x3525400<<36|uint64(f.DevFn>>3)<<8|uint64(f.DevFn&7)))
		}
	}
	if _, ok := d.Type.Prop("netdev"); ok {
		s.realizeNIC(d, vals)
	}
	s.Tree.NameBuses(d)
	return nil
}

// sasFromPlace are the SAS HBAs whose sas_address defaults to one made
// from their PCI address.
var sasFromPlace = map[string]bool{"mptsas1068": true, "megasas": true, "megasas-gen2": true}

// looklessOrder is how `info qtree` orders the properties of types no
// look was recorded for (they sit on a bus the recorder did not make),
// measured.
var looklessOrder = map[string][]string{"sd-card": {"spec_version", "drive", "spi"}}

// looklessProps gives such a device its properties' defaults, from the
// release's catalog (sd-card's spec_version is 2 on 7.2, 3 on 10.0).
func (s *State) looklessProps(d *qdev.Device) {
	if d.Look != nil || len(d.Props) > 0 {
		return
	}
	for _, name := range looklessOrder[d.Type.Name] {
		p, ok := d.Type.Prop(name)
		if !ok {
			continue
		}
		v := ""
		switch x := p.Default().(type) {
		case nil:
			v = `""`
		case json.Number:
			n, _ := x.Int64()
			v = qtreeNum(uint64(n))
		default:
			v = fmt.Sprint(x)
		}
		d.Props = append(d.Props, qdev.PropLine{Name: name, Value: v})
	}
}

// deviceChecksError is the device's own realize after its bus placed it:
// the generic property checks, the type's, a PCI device's ROM, then the
// placement on a non-PCI bus.
func (s *State) deviceChecksError(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	if err := s.blockSizeError(d, vals); err != nil {
		return err
	}
	if err := s.virtioModernLegacyError(d, bus, vals); err != nil {
		return err
	}
	// A SCSI device is addressed on its bus (scsi_qdev_realize) before
	// its class's realize asks for the drive (measured: "no free target"
	// before a permission conflict).
	scsi := bus != nil && bus.Type == "SCSI"
	if scsi {
		if err := s.realizeSCSI(d, bus, vals); err != nil {
			return err
		}
	}
	// A USB device claims its port (usb_qdev_realize: usb_claim_port,
	// which chains a hub onto a bus's last free port) before its class's
	// realize checks; a refusal then gives the port back, the hub stays
	// (measured on both releases: usb-storage without a drive).
	// spapr_vio_busdev_realize places the device (reg, IRQ) before its
	// class's realize (measured: a reg conflict before spapr-vty's
	// missing chardev).
	if bus != nil && bus.Type == "spapr-vio-bus" {
		if err := s.realizeVIO(d, bus, vals); err != nil {
			return err
		}
	}
	if bus != nil && bus.Type == "usb-bus" {
		if err := s.realizeUSB(d, bus, vals); err != nil {
			return err
		}
		if err := s.deviceOwnChecks(d, bus, vals); err != nil {
			if u := usb.Of(d); u != nil && u.Port != nil {
				usb.BusOf(bus).Release(u.Port)
			}
			d.Data = nil
			return err
		}
		return nil
	}
	return s.deviceOwnChecks(d, bus, vals)
}

// deviceOwnChecks are a device's class realize checks, after its bus
// placed it (SCSI, USB) or before (the others' placement comes last).
func (s *State) deviceOwnChecks(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	scsi := bus != nil && bus.Type == "SCSI"
	// nvme checks its own properties (serial) before its namespace asks
	// for the drive; the other devices ask first (measured).
	ownFirst := d.Type.Name == "nvme"
	if vals.permConflict != "" && !ownFirst {
		return errors.New(vals.permConflict)
	}
	if err := s.spaprBridgeChassis(d, bus, vals); err != nil {
		return err
	}
	if check := deviceChecks[d.Type.Name]; check != nil {
		if err := check(s, d, bus, vals); err != nil {
			return err
		}
	}
	if vals.permConflict != "" {
		if r, ok := s.Backends.(*Registry); ok && ownFirst {
			r.LeakDrive(vals.permDrive, d.ID)
		}
		return errors.New(vals.permConflict)
	}
	if bus != nil && pci.IsPCIBus(bus.Type) {
		if err := s.romfileError(d, vals); err != nil {
			return err
		}
	}
	if !scsi && (bus == nil || bus.Type != "usb-bus" && bus.Type != "spapr-vio-bus") {
		if err := s.realizeOnBus(d, bus, vals); err != nil {
			return err
		}
	}
	// ide_dev_initfn, after ide_qdev_realize placed the unit: a disk must
	// be writable (blkconf_apply_backend_options allows read-only to a
	// CD-ROM only; virtio, SCSI and NVMe follow the node).
	if d.Type.Name == "ide-hd" {
		id, ok := vals.get("drive")
		if r, isReg := s.Backends.(interface{ DriveReadOnly(string) bool }); ok && isReg && r.DriveReadOnly(fmt.Sprint(id)) {
			return errors.New("Block node is read-only")
		}
	}
	return nil
}

// spaprBridgeChassis is spapr_pci_pre_plug's bridge_has_valid_chassis_nr,
// before the bridge's own realize: a bridge under a PHB needs a chassis_nr
// (types without one, such as pcie-root-port, read 0) that no other device
// in the machine has.
func (s *State) spaprBridgeChassis(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	if !s.M.IsSPAPR() || bus == nil || !pci.IsPCIBus(bus.Type) || !d.Type.Implements("base-pci-bridge") {
		return nil
	}
	nr := toU64(vals.v["chassis_nr"]) & 0xff
	if nr == 0 {
		return &HintError{Msg: `PCI Bridge lacks a "chassis_nr" property`, Hint: "Try -device pci-bridge instead."}
	}
	var inUse bool
	s.Tree.Walk(func(c *qdev.Device) {
		if v, ok := c.Prop("chassis_nr"); ok && c != d {
			n, _ := strconv.ParseUint(strings.Fields(v + " ")[0], 0, 8)
			inUse = inUse || n == nr
		}
	})
	if inUse {
		return fmt.Errorf("Bridge chassis %d already in use", nr)
	}
	return nil
}

// queueProps: virtio devices whose queue count defaults to one per vCPU
// (virtio_pci_optimal_num_queues) and whose MSI-X vectors default to the
// queues plus their fixed ones.
var queueProps = map[string]struct {
	prop  string
	fixed uint64
}{
	"virtio-blk-pci": {"num-queues", 1}, "virtio-blk-pci-transitional": {"num-queues", 1}, "virtio-blk-pci-non-transitional": {"num-queues", 1},
	"virtio-scsi-pci": {"num_queues", 3}, "virtio-scsi-pci-transitional": {"num_queues", 3}, "virtio-scsi-pci-non-transitional": {"num_queues", 3},
}

// autoQueues sets the queue count and vectors a virtio block or SCSI
// proxy computes when they are not given (the recorded look had one vCPU).
func (s *State) autoQueues(d *qdev.Device, vals *values) {
	q, ok := queueProps[d.Type.Name]
	if !ok {
		return
	}
	n := uint64(max(s.M.Topology.CPUs, 1))
	if v, given := vals.get(q.prop); given {
		n = toU64(v)
	} else if s.globalSets(d, q.prop) {
		v, _ := d.Prop(q.prop)
		n, _ = strconv.ParseUint(strings.Fields(v + " ")[0], 10, 32)
	} else if s.userGlobalSetsOrBackend(d, q.prop) {
		n = s.backendQueues(d, q.prop, n)
	} else {
		d.SetProp(q.prop, qtreeNum(n))
	}
	if _, given := vals.get("vectors"); !given && !s.globalSets(d, "vectors") && !s.userGlobalSets(d, "vectors") {
		d.SetProp("vectors", qtreeNum(n+q.fixed))
	}
}

// backendQueues reads the queue count a -global gave a proxy (shown on
// the proxy or on its backend), or def.
func (s *State) backendQueues(d *qdev.Device, prop string, def uint64) uint64 {
	read := func(x *qdev.Device) (uint64, bool) {
		v, ok := x.Prop(prop)
		if !ok {
			return 0, false
		}
		n, err := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 32)
		return n, err == nil
	}
	if n, ok := read(d); ok {
		return n
	}
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if n, ok := read(c); ok && c.Internal {
				return n
			}
		}
	}
	return def
}

// realizePCI is do_pci_register_device and pci_init_multifunction.
func (s *State) realizePCI(d *qdev.Device, bus *qdev.Bus, vals *values, hotplug bool) error {
	b := pci.BusOf(bus)
	if x := s.expanders[bus]; x != nil && !d.Type.Implements("base-pci-bridge") {
		// do_pci_register_device: a root bus another device made.
		return fmt.Errorf("PCI: Only PCI/PCIe bridges can be plugged into %s", x.Type.Name)
	}
	if err := s.acpiIndex(bus, vals); err != nil {
		return err
	}
	devfn := -1
	if v, ok := vals.get("addr"); ok {
		devfn = v.(int)
	}
	if o := b.At(max(devfn, 0)); devfn >= 0 && o != nil && s.M.IsSPAPR() && isRootBus(s, bus) {
		// spapr_pci_pre_plug: the function's DRC already has a device.
		return fmt.Errorf("PCI: slot %d already occupied by %s", devfn>>3, o.Type.Name)
	}
	if hotplug && devfn > 0 && devfn&7 != 0 && s.M.IsSPAPR() && isRootBus(s, bus) && b.At(devfn&^7) != nil {
		// spapr_pci_pre_plug: no function hot-plugged beside a function 0.
		f0 := b.At(devfn &^ 7)
		return fmt.Errorf("PCI: slot %d function 0 already occupied by %s, additional functions can no longer be exposed to guest.", devfn>>3, f0.Type.Name)
	}
	devfn, err := b.Register(d, devfn, hotplug)
	if err != nil {
		return err
	}
	mf, _ := vals.get("multifunction")
	f := &pci.Function{DevFn: devfn, Multifunction: mf == true}
	if d.Look != nil {
		f.Info = d.Look.PCI
	}
	if err := b.CheckMultifunction(devfn, f.Multifunction); err != nil {
		return err
	}
	d.Data = f
	b.Occupy(devfn, d)
	return nil
}

func (s *State) unrealizePCI(d *qdev.Device, bus *qdev.Bus) {
	if f := pci.Of(d); f != nil && bus != nil {
		pci.BusOf(bus).Free(f.DevFn)
		d.Data = nil
	}
}

// realizeOnBus is the non-PCI buses' placement.
func (s *State) realizeOnBus(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	if bus == nil {
		return nil
	}
	switch bus.Type {
	case "usb-bus":
		return s.realizeUSB(d, bus, vals)
	case "IDE":
		return s.realizeIDE(d, bus, vals)
	case "spapr-vio-bus":
		return s.realizeVIO(d, bus, vals)
	case "virtio-serial-bus":
		return s.realizeVirtioSerialPort(d, bus, vals)
	case "SCSI":
		return s.realizeSCSI(d, bus, vals)
	}
	return nil
}

// deviceChecks are devices' own realize checks, by type.
var deviceChecks = map[string]func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error{}

func init() {
	needsDrive := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		id, ok := vals.get("drive")
		if !ok {
			return errors.New("drive property not set")
		}
		if r, ok := s.Backends.(interface{ DriveEmpty(string) bool }); ok && r.DriveEmpty(fmt.Sprint(id)) {
			return errors.New("Device needs media, but drive is empty")
		}
		return nil
	}
	for _, t := range []string{"virtio-blk-pci", "virtio-blk-pci-transitional", "virtio-blk-pci-non-transitional", "scsi-hd", "virtio-blk-device"} {
		// before the checks of its realize that follow (virtio-blk's
		// queue-size, from devicechecks.go's init, which runs first)
		later := deviceChecks[t]
		deviceChecks[t] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
			if err := needsDrive(s, d, bus, vals); err != nil || later == nil {
				return err
			}
			return later(s, d, bus, vals)
		}
	}

	// virtio_serial_device_realize: each port takes two queues and the
	// control queue one pair, of VIRTIO_QUEUE_MAX (1024).
	maxPorts := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		n := uint64(31)
		if v, ok := vals.get("max_ports"); ok {
			n = toU64(v)
		}
		switch {
		case n == 0:
			return errors.New("Maximum number of serial ports not specified")
		case n > 1024/2-1:
			return fmt.Errorf("maximum ports supported: %d", 1024/2-1)
		}
		return nil
	}
	for _, t := range []string{"virtio-serial-pci", "virtio-serial-pci-transitional", "virtio-serial-pci-non-transitional", "virtio-serial-device"} {
		deviceChecks[t] = maxPorts
	}
	// qemu_add_balloon_handler: one balloon per machine (measured on both
	// releases, -device and device_add).
	oneBalloon := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		other := false
		s.Tree.Walk(func(c *qdev.Device) {
			if c != d && strings.HasPrefix(c.Type.Name, "virtio-balloon-") && c.Type.Name != "virtio-balloon-device" {
				other = true
			}
		})
		if other || s.balloonLeaked {
			return errors.New("Only one balloon device is supported")
		}
		// virtio_balloon_device_realize, after the handler is taken.
		if v, ok := vals.get("free-page-hint"); ok && fmt.Sprint(v) == "true" {
			if io, ok := vals.get("iothread"); !ok || fmt.Sprint(io) == "" {
				s.balloonLeaked = true
				return errors.New("'free-page-hint' requires 'iothread' to be set")
			}
		}
		return nil
	}
	for _, t := range []string{"virtio-balloon-pci", "virtio-balloon-pci-transitional", "virtio-balloon-pci-non-transitional"} {
		deviceChecks[t] = oneBalloon
	}
	deviceChecks["pc-dimm"] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if !s.takesDIMMs() {
			return s.dimmUnhandled(d, vals)
		}
		if err := s.x86MemoryHotplugOff(); err != nil {
			return err
		}
		return s.dimmPrePlug(d, vals)
	}
	// vga_common_init: a VGA whose video memory is global (its RAM block
	// named plain "vga.vram" and one vmstate) refuses to be the second
	// such. The ISA ones always are; the PCI ones when global-vmstate is
	// on, as hw_compat_2_12 and older set it (measured: VGA then
	// cirrus-vga on pc-i440fx-2.12; isa-vga then isa-vga or isa-cirrus-vga).
	globalVGA := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if !vramIsGlobal(d) {
			return nil
		}
		other := false
		s.Tree.Walk(func(c *qdev.Device) {
			other = other || (c != d && vramIsGlobal(c))
		})
		if other {
			return errors.New("Only one global VGA device can be used at a time")
		}
		return nil
	}
	// After cirrus_init_common's RAM size check (addCheck keeps it first).
	addCheck(globalVGA, "isa-vga", "isa-cirrus-vga", "VGA", "cirrus-vga", "vmware-svga", "qxl-vga")
	slot := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		chassis, _ := vals.get("chassis")
		sl, _ := vals.get("slot")
		k := [2]uint64{toU64(chassis), toU64(sl)}
		if s.chassis[k] {
			return errors.New("Can't add chassis slot, error -16")
		}
		// gen_rp_realize: the resource reserve capability after the
		// port's own realize (whose exit then gives the slot back).
		if d.Type.Name == "pcie-root-port" {
			if err := reserveCapError(vals); err != nil {
				return err
			}
		}
		s.chassis[k] = true
		return nil
	}
	for _, t := range pcieDownstreamPorts {
		deviceChecks[t] = slot
	}
	deviceChecks["isa-serial"] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		idx := s.serials
		if v, ok := vals.get("index"); ok {
			idx = int(toU64(v))
		}
		if idx >= 4 {
			return errors.New("Max. supported number of ISA serial ports is 4.")
		}
		if err := s.isaIRQAssert(vals); err != nil {
			return err
		}
		// The index picks the port and IRQ only where neither the line
		// nor a -global gave them (serial_isa_realizefn: iobase -1).
		if _, ok := vals.get("iobase"); !ok && !s.userGlobalSets(d, "iobase") {
			d.SetProp("iobase", qtreeNum([]uint64{0x3f8, 0x2f8, 0x3e8, 0x2e8}[idx]))
		}
		if _, ok := vals.get("irq"); !ok && !s.userGlobalSets(d, "irq") {
			d.SetProp("irq", qtreeNum([]uint64{4, 3, 4, 3}[idx]))
		}
		d.SetProp("index", qtreeNum(uint64(idx)))
		s.serials = idx + 1
		return nil
	}
	// ne2k_isa_realizefn takes its IRQ first.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error { return s.isaIRQAssert(vals) }, "ne2k_isa")
	// hda_codec_dev_realize: a codec with no cad takes its bus's next one.
	hdaCodec := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		cad := s.nextCad[bus]
		if v, ok := vals.get("cad"); ok && int32(toU64(v)) != -1 {
			cad = int(int32(toU64(v)))
		}
		if cad >= 15 {
			return errors.New("HDA audio codec address is full")
		}
		d.SetProp("cad", qtreeNum(uint64(cad)))
		if s.nextCad == nil {
			s.nextCad = map[*qdev.Bus]int{}
		}
		s.nextCad[bus] = cad + 1
		return nil
	}
	addCheck(hdaCodec, "hda-duplex", "hda-output", "hda-micro")
	deviceChecks["isa-parallel"] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if vals.chardev == "" && !s.made[d] { // the board gives its own ports theirs
			return errors.New("Can't create parallel device, empty char device")
		}
		idx := s.parallels
		if v, ok := vals.get("index"); ok {
			idx = int(toU64(v))
		}
		if idx >= 3 {
			return errors.New("Max. supported number of parallel ports is 3.")
		}
		if _, ok := vals.get("iobase"); !ok && !s.userGlobalSets(d, "iobase") {
			d.SetProp("iobase", qtreeNum([]uint64{0x378, 0x278, 0x3bc}[idx]))
		}
		d.SetProp("index", qtreeNum(uint64(idx)))
		s.parallels = idx + 1
		return nil
	}
	// A UHCI/OHCI controller given a masterbus is the companion of an EHCI
	// bus (usb_register_companion): its ports serve that bus's, and it
	// makes no bus of its own.
	companion := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		master, ok := vals.str("masterbus")
		if !ok || master == "" {
			return nil
		}
		i := slices.IndexFunc(s.usbBusList, func(b *qdev.Bus) bool { return b.Name == master })
		if i < 0 {
			return fmt.Errorf("USB bus '%s' not found", master)
		}
		mb := s.usbBusList[i]
		if mb.Parent == nil || !strings.Contains(mb.Parent.Type.Name, "ehci") {
			return fmt.Errorf("Can't use USB bus '%s' as masterbus, it doesn't support companion controllers", master)
		}
		// ehci_register_companion: the ports asked for must exist and be
		// free (UHCI brings 2, OHCI its num-ports).
		count := uint64(2)
		if strings.Contains(d.Type.Name, "ohci") {
			count = 3
			if v, ok := vals.get("num-ports"); ok {
				count = toU64(v)
			}
		}
		first := toU64(vals.v["firstport"])
		if first+count > ehciPorts {
			return fmt.Errorf("firstport must be between 0 and %d", ehciPorts-count)
		}
		if s.companionPorts == nil {
			s.companionPorts = map[*qdev.Bus]uint{}
		}
		for p := first; p < first+count; p++ {
			if s.companionPorts[mb]&(1<<p) != 0 {
				return fmt.Errorf("firstport %d asks for ports %d-%d, but port %d has a companion assigned already", first, first, first+count-1, p)
			}
		}
		for p := first; p < first+count; p++ {
			s.companionPorts[mb] |= 1 << p
		}
		d.Buses = nil
		return nil
	}
	for _, t := range []string{"piix3-usb-uhci", "piix4-usb-uhci", "vt82c686b-usb-uhci", "pci-ohci", "ich9-usb-uhci1",
		"ich9-usb-uhci2", "ich9-usb-uhci3", "ich9-usb-uhci4", "ich9-usb-uhci5", "ich9-usb-uhci6"} {
		deviceChecks[t] = companion
	}
	// pci_bridge_dev_realize: shpc_bus_init needs a chassis number.
	bridge := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if toU64(vals.v["chassis_nr"]) == 0 {
			return errors.New("Bridge chassis not specified. Each bridge is required to be assigned a unique chassis id > 0.")
		}
		return nil
	}
	deviceChecks["pci-bridge"] = bridge
	deviceChecks["sga"] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		s.warn("-device sga is deprecated, use -machine graphics=off") // sga_realize (7.2; 10.0 has no sga)
		return nil
	}
	deviceChecks["vmcoreinfo"] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		// vmcoreinfo_realize: object_resolve_path_type finds two.
		if slices.ContainsFunc(s.created, func(c *qdev.Device) bool { return c != d && c.Type.Name == "vmcoreinfo" }) {
			return errors.New("at most one vmcoreinfo device is permitted")
		}
		// Then the firmware config interface it publishes through: none
		// (-M none), or one without DMA (pc_compat_2_4 and older turn
		// fw_cfg's dma_enabled off).
		fw := s.findType("fw_cfg_io")
		if fw == nil {
			fw = s.findType("fw_cfg_mem")
		}
		if fw == nil {
			return errors.New("vmcoreinfo device requires fw_cfg with DMA")
		}
		if dma, _ := fw.Prop("dma_enabled"); dma == "false" {
			return errors.New("vmcoreinfo device requires fw_cfg with DMA")
		}
		return nil
	}
	deviceChecks["vmgenid"] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		// The guid property's parser (a UUID or "auto"), then
		// vmgenid_realize's search for a second one.
		if g, ok := d.Set["guid"].(string); ok && g != "auto" && !isUUID(g) {
			return fmt.Errorf("Property 'vmgenid.guid' doesn't take value '%s'", g)
		}
		if slices.ContainsFunc(s.created, func(c *qdev.Device) bool { return c != d && c.Type.Name == "vmgenid" }) {
			return errors.New("at most one vmgenid device is permitted")
		}
		return nil
	}
	deviceChecks["spapr-rng"] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		// A second one: its instance_init reports it and goes on; its
		// realize then registers H_RANDOM again, which QEMU asserts
		// against (measured on both releases: an abort).
		twice := slices.ContainsFunc(s.created, func(c *qdev.Device) bool { return c != d && c.Type.Name == "spapr-rng" })
		_, backend := vals.get("rng")
		// spapr_rng_realize asks KVM for the in-kernel H_RANDOM first,
		// which TCG has not: it falls back to a backend given, else fails
		// (measured on both releases).
		kvm, _ := vals.get("use-kvm")
		const noKVM = "Could not initialize in-kernel H_RANDOM call!"
		switch {
		case twice && !backend && fmt.Sprint(kvm) == "true":
			return &ReportError{Report: "spapr-rng can not be instantiated twice!", Err: errors.New(noKVM)}
		case !backend && fmt.Sprint(kvm) == "true":
			return errors.New(noKVM)
		case twice && backend:
			return &ReportError{Report: "spapr-rng can not be instantiated twice!", Abort: s.M.Release().SPAPRHcallAssertion}
		case twice:
			return &ReportError{Report: "spapr-rng can not be instantiated twice!", Err: errors.New("spapr-rng needs an RNG backend!")}
		case !backend:
			return errors.New("spapr-rng needs an RNG backend!")
		}
		return nil
	}
	vsock := func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if v, _ := vals.get("guest-cid"); toU64(v) <= 2 {
			return errors.New("guest-cid property must be greater than 2")
		}
		// The simulated host has no /dev/vhost-vsock.
		return errors.New("vhost-vsock: failed to open vhost device: No such file or directory")
	}
	for _, t := range []string{"vhost-vsock-pci", "vhost-vsock-pci-non-transitional", "vhost-vsock-device"} {
		deviceChecks[t] = vsock
	}
}

// vramIsGlobal: the device's VGA memory is the one global "vga.vram"
// (vga_common_init's global_vmstate: ISA VGAs always, PCI ones by their
// global-vmstate property).
func vramIsGlobal(d *qdev.Device) bool {
	switch d.Type.Name {
	case "isa-vga", "isa-cirrus-vga":
		return true
	case "VGA", "cirrus-vga", "vmware-svga", "qxl-vga":
		v, _ := d.Prop("global-vmstate")
		return v == "true"
	}
	return false
}

func toU64(v any) uint64 {
	switch x := v.(type) {
	case uint64:
		return x
	case int64:
		return uint64(x)
	case int:
		return uint64(x)
	}
	return 0
}

func qtreeNum(n uint64) string { return fmt.Sprintf("%d (0x%x)", n, n) }

// realizeNIC gives a NIC its default MAC address and its net client name
// (id, or model.N). The MAC is qemu_macaddr_default_if_unset's: a given
// one in 52:54:00:12:34:xx marks its last byte used; a NIC without one
// takes the first unused from 0x56 (an explicit 52:54:00:12:34:56 makes the
// next NIC's 57, measured on both releases).
func (s *State) realizeNIC(d *qdev.Device, vals *values) {
	model := d.Type.Name
	if d.ID == "" {
		s.nicNames[d] = fmt.Sprintf("%s.%d", model, s.nicName[model])
	}
	s.nicName[model]++
	if v, ok := vals.get("mac"); ok || s.userGlobalSets(d, "mac") {
		mac, isMAC := v.([6]byte)
		if !isMAC {
			p, _ := d.Prop("mac")
			mac, isMAC = parseMAC(strings.Trim(p, `"`))
		}
		if isMAC {
			s.macSetUsed(mac)
		}
		return
	}
	mac := [6]byte{0x52, 0x54, 0x00, 0x12, 0x34, s.macGetFree()}
	s.macSetUsed(mac)
	d.SetProp("mac", `"`+macText(mac)+`"`)
}

// macSetUsed is qemu_macaddr_set_used for a MAC in QEMU's default range.
func (s *State) macSetUsed(mac [6]byte) {
	if mac[0] == 0x52 && mac[1] == 0x54 && mac[2] == 0 && mac[3] == 0x12 && mac[4] == 0x34 && mac[5] >= 0x56 && mac[5] < 0xff {
		s.macUsed[mac[5]]++
	}
}

// macFree is qemu_del_nic's qemu_macaddr_set_free as a NIC unrealizes:
// its MAC in QEMU's default range is free for the next NIC (measured on
// both releases: a usb-net deleted, the next NIC takes its 52:54:00:12:34:56).
func (s *State) macFree(d *qdev.Device) {
	if _, nic := d.Type.Prop("netdev"); !nic {
		return
	}
	p, _ := d.Prop("mac")
	if mac, ok := parseMAC(strings.Trim(p, `"`)); ok && mac[0] == 0x52 && mac[1] == 0x54 && mac[2] == 0 && mac[3] == 0x12 && mac[4] == 0x34 &&
		mac[5] >= 0x56 && mac[5] < 0xff && s.macUsed[mac[5]] > 0 {
		s.macUsed[mac[5]]--
	}
}

// macGetFree is qemu_macaddr_get_free: the first unused last byte from
// 0x56 (0xff, QEMU's -1, when every one is taken).
func (s *State) macGetFree() byte {
	for i := 0x56; i < 0xff; i++ {
		if s.macUsed[i] == 0 {
			return byte(i)
		}
	}
	return 0xff
}

// NICName is the net client name of a NIC: its id, or its model and how
// many NICs of that model came before.
func (s *State) NICName(d *qdev.Device) string {
	if d.ID != "" {
		return d.ID
	}
	if n, ok := s.nicNames[d]; ok {
		return n
	}
	return d.Type.Name
}

// realizeUSB is usb_qdev_realize's port claim.
func (s *State) realizeUSB(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	ub := usb.BusOf(bus)
	port, _ := vals.str("port")
	speed, product := "12", d.Type.Name
	if d.Look != nil {
		speed, product = usb.RecordedLine(d.Look.Lines)
		// A look recorded on a faster controller: the device runs at the
		// fastest speed this one has.
		if top := usbTopSpeed(bus); top != "" {
			if sp, _ := strconv.ParseFloat(speed, 64); sp > 0 {
				if t, _ := strconv.ParseFloat(top, 64); sp > t {
					speed = top
				}
			}
		}
	}
	if port == "" && d.Type.Name != "usb-hub" && ub.Free() == 1 {
		s.autoHub(bus, d.Hotplugged)
	}
	x := &usb.Device{Speed: speed, Product: product}
	d.Data = x
	p, err := ub.Claim(d, port, bus.Name)
	if err != nil {
		d.Data = nil
		return err
	}
	if err := s.usbSpeedError(d, bus, p); err != nil {
		ub.Release(p)
		d.Data = nil
		return err
	}
	x.Port = p
	if strings.Contains(p.Path, ".") && x.Speed != "1.5" {
		x.Speed = "12" // a hub's ports are full speed
	}
	if d.Type.Name == "usb-hub" {
		for i := 1; i <= 8; i++ {
			ub.AddPort(fmt.Sprintf("%s.%d", p.Path, i))
		}
	}
	return nil
}

// autoHub is usb_claim_port's hub: a device that would take a bus's last
// free port without naming one makes a usb-hub there first (a board
// device, in /machine/unattached), and takes one of the hub's ports.
func (s *State) autoHub(bus *qdev.Bus, hotplug bool) {
	rel := s.M.Release()
	t := qdev.LookupType(rel, s.M.Target, "usb-hub")
	hub := s.Tree.Instantiate(t, qdev.LookFor(rel, s.M.Target, t.Name, s.placement(bus)), "")
	hub.Hotplugged = hotplug
	if err := s.realizeUSB(hub, bus, &values{v: map[string]any{}}); err != nil {
		return // not reached: the bus had a free port
	}
	s.takeUnattached(hub)
	s.autoHubs = append(s.autoHubs, hub)
}

// attachAutoHubs attaches the hubs the last device's realize made: QEMU
// put that device on its bus before realizing it.
func (s *State) attachAutoHubs(bus *qdev.Bus) {
	for _, h := range s.autoHubs {
		bus.Attach(h)
	}
	s.autoHubs = nil
}

// usbSpeedNames are USB speeds as `info qtree` prints them (Mb/s) and as
// usb_mask_to_str names them, slowest first.
var usbSpeedNames = []struct{ mbps, name string }{{"1.5", "low"}, {"12", "full"}, {"480", "high"}, {"5000", "super"}}

// usbSpeedError is usb_device_attach's check that the port has a speed
// the device has. A device's speeds are those its looks were recorded at
// (a look per controller; x86_64's, which has all three, for any target).
// Measured: "Warning:" is part of QEMU's error.
func (s *State) usbSpeedError(d *qdev.Device, bus *qdev.Bus, p *usb.Port) error {
	top := usbTopSpeed(bus)
	if top == "" || strings.Contains(p.Path, ".") {
		return nil
	}
	looks := qdev.LooksOf(s.M.Release(), machinetype.X86_64, d.Type.Name)
	has := map[string]bool{}
	product := ""
	for _, l := range looks {
		sp, prod := usb.RecordedLine(l.Lines)
		has[sp], product = true, prod
	}
	if len(looks) == 0 || has[top] {
		return nil
	}
	var dev []string
	for _, n := range usbSpeedNames {
		if has[n.mbps] {
			dev = append(dev, n.name)
		}
	}
	port := "full"
	if top == "480" {
		port = "high"
	}
	return fmt.Errorf("Warning: speed mismatch trying to attach usb device \"%s\" (%s speed) to bus \"%s\", port \"%s\" (%s speed)",
		product, strings.Join(dev, "+"), bus.Name, p.Path, port)
}

// usbTopSpeed is the fastest speed a controller's ports have ("" for
// xHCI, whose super-speed ports take any device).
func usbTopSpeed(bus *qdev.Bus) string {
	if bus.Parent == nil {
		return ""
	}
	switch n := bus.Parent.Type.Name; {
	case strings.Contains(n, "ehci"):
		return "480"
	case strings.Contains(n, "uhci"), strings.Contains(n, "ohci"):
		return "12"
	}
	return ""
}

// newUSBBus makes a controller's bus a USB bus with its ports.
func (s *State) newUSBBus(b *qdev.Bus, hc *qdev.Device) {
	ports := 2
	if hc != nil {
		switch n := hc.Type.Name; {
		case n == "qemu-xhci" || n == "nec-usb-xhci":
			ports = int(max(hc.SetUint("p2", 4), hc.SetUint("p3", 4)))
		case strings.Contains(n, "ehci"):
			ports = ehciPorts
		case strings.Contains(n, "ohci"):
			ports = 3
		}
	}
	usb.NewBus(b, s.usbBuses, ports)
	s.usbBuses++
	s.usbBusList = append(s.usbBusList, b)
}

// ehciPorts is an EHCI controller's port count (hcd-ehci.h's NB_PORTS).
const ehciPorts = 6

// realizeIDE is ide_qdev_realize's unit choice.
func (s *State) realizeIDE(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	max := 2
	if bus.Parent != nil && bus.Parent.Type.Implements("ich9-ahci") || bus.Parent != nil && strings.Contains(bus.Parent.Type.Name, "ahci") {
		max = 1
	}
	used := map[int]bool{}
	for _, c := range bus.Children {
		if u, ok := c.Data.(ideUnit); ok {
			used[int(u)] = true
		}
	}
	unit := 0
	if used[0] {
		unit = 1
	}
	if v, ok := vals.get("unit"); ok {
		unit = int(toU64(v))
	}
	if unit >= max {
		return fmt.Errorf("Can't create IDE unit %d, bus supports only %d units", unit, max)
	}
	if used[unit] {
		return fmt.Errorf("IDE unit %d is in use", unit)
	}
	d.Data = ideUnit(unit)
	d.SetProp("unit", qtreeNum(uint64(unit)))
	if _, ok := vals.get("serial"); !ok {
		// ide_init1 numbers every unit of every IDE bus as it is made.
		d.SetProp("serial", fmt.Sprintf(`"QM%05d"`, s.ideBase[bus]+unit))
	}
	return nil
}

type ideUnit int

// vioNames are the device-tree names spapr-vio devices take their ids from.
var vioNames = map[string]string{"spapr-vscsi": "v-scsi", "spapr-vlan": "l-lan", "spapr-vty": "vty",
	"spapr-nvram": "nvram", "spapr-vtpm": "vtpm"}

type vioReg uint32

// realizeVIO is spapr_vio_busdev_realize: a free reg (given, or the bus's
// next), a conflict check, and an id from the device-tree name.
func (s *State) realizeVIO(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	var reg uint32
	v, ok := vals.get("reg")
	if !ok && s.userGlobalSets(d, "reg") {
		// A -global's reg, applied as the device was made.
		shown, _ := d.Prop("reg")
		n, err := strconv.ParseUint(strings.Fields(shown + " ")[0], 0, 32)
		v, ok = n, err == nil
	}
	if ok && toU64(v) != 0xffffffff {
		reg = uint32(toU64(v))
		for _, c := range bus.Children {
			if r, ok := c.Data.(vioReg); ok && uint32(r) == reg {
				return fmt.Errorf("%s and %s devices conflict at address %#x", d.Type.Name, c.Type.Name, reg)
			}
		}
	} else {
		for {
			reg = s.vioReg
			s.vioReg++
			taken := false
			for _, c := range bus.Children {
				if r, ok := c.Data.(vioReg); ok && uint32(r) == reg {
					taken = true
				}
			}
			if !taken {
				break
			}
		}
	}
	for _, c := range bus.Children {
		if r, ok := c.Data.(vioReg); ok && vioIRQ(uint32(r)) == vioIRQ(reg) {
			return fmt.Errorf("IRQ %d is not free", vioIRQ(reg))
		}
	}
	d.Data = vioReg(reg)
	if _, given := vals.get("reg"); given {
		// reg=0xffffffff is the unset value: the bus's address replaces it.
		vals.set("reg", uint64(reg))
	}
	d.SetProp("reg", qtreeNum(uint64(reg)))
	if d.ID == "" {
		d.ID = fmt.Sprintf("%s@%x", vioNames[d.Type.Name], reg)
	}
	return nil
}

// vioIRQ is spapr_vio_reg_to_irq: QEMU's own regs (from 0x71000000) by
// their low byte, libvirt's vty regs (0x30000000, 0x30001000, ...) in
// 0xf0-0xff, its other regs (0x1000, 0x2000, ...) by reg>>12; two devices
// whose regs map to one IRQ cannot both exist (measured with info pic).
func vioIRQ(reg uint32) uint32 {
	const vio = 0x1100
	switch {
	case reg >= vioBase:
		return vio | reg&0xff
	case reg >= 0x30000000:
		return vio | 0xf0 | (reg>>12)&0xf
	}
	return vio | (reg>>12)&0xff
}

type serialPort int

// realizeVirtioSerialPort picks a port number as virtser_port_device_realize
// does: a console takes 0 when it is free, anything else the lowest free
// bit of the bus's port map, whose words (32 ports each) cover max_ports
// and whose bit 0 stays reserved; a number picked past max_ports is out of
// range like one given.
func (s *State) realizeVirtioSerialPort(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	used := map[int]bool{}
	for _, c := range bus.Children {
		if n, ok := c.Data.(serialPort); ok {
			used[int(n)] = true
		}
	}
	nr := -1
	if v, ok := vals.get("nr"); ok {
		nr = int(toU64(v))
		if used[nr] {
			return fmt.Errorf("virtio-serial-bus: A port already exists at id %d", nr)
		}
	}
	if name, ok := vals.str("name"); ok {
		for _, c := range bus.Children {
			if other, _ := c.Prop("name"); c != d && strings.Trim(other, `"`) == name {
				return fmt.Errorf("virtio-serial-bus: A port already exists by name %s", name)
			}
		}
	}
	maxPorts := 31
	if bus.Parent != nil {
		if m, ok := bus.Parent.Prop("max_ports"); ok {
			maxPorts, _ = strconv.Atoi(strings.Fields(m + " ")[0])
		}
	}
	if nr < 0 {
		if d.Type.Name == "virtconsole" && !used[0] {
			nr = 0
		} else {
			mapBits := (maxPorts + 31) / 32 * 32
			for nr = 1; nr < mapBits && used[nr]; nr++ {
			}
			if nr == mapBits {
				return errors.New("virtio-serial-bus: Maximum port limit for this device reached")
			}
		}
	}
	switch {
	case nr >= maxPorts:
		return fmt.Errorf("virtio-serial-bus: Out-of-range port id specified, max. allowed: %d", maxPorts-1)
	case nr == 0 && d.Type.Name != "virtconsole":
		return errors.New("Port number 0 on virtio-serial devices reserved for virtconsole devices for backward compatibility.")
	}
	d.Data = serialPort(nr)
	d.SetProp("nr", qtreeNum(uint64(nr)))
	// A console opens its side itself (virtconsole_realize); a port waits
	// for its chardev's open event, which null, pty and the like never send.
	host := "off"
	if id, ok := vals.get("chardev"); ok {
		opened, isReg := s.Backends.(interface{ ChardevOpenedAtOnce(string) bool })
		if d.Type.Name == "virtconsole" || !isReg || opened.ChardevOpenedAtOnce(fmt.Sprint(id)) {
			host = "on"
		}
	}
	for i, l := range d.BusLines {
		if strings.HasPrefix(l, "port ") {
			d.BusLines[i] = fmt.Sprintf("port %d, guest off, host %s, throttle off", nr, host)
		}
	}
	return nil
}

// setFull sets a bus's fullness rule: a virtio bus holds one device.
func (s *State) setFull(b *qdev.Bus) {
	if b.Type == "virtio-pci-bus" || b.Type == "virtio-bus" || b.Type == "virtio-mmio-bus" {
		b.Full = func(b *qdev.Bus) bool { return len(b.Children) >= 1 }
	}
}

// warn queues a warning for the caller of Add.
func (s *State) warn(w string) { s.warnings = append(s.warnings, w) }

// Unterminated ends a warning whose last line QEMU prints with no newline
// (an error_printf after warn_report).
const Unterminated = "\x00"

// WarningEnd is a warning's text and what ends it: a newline, or nothing
// for an Unterminated one.
func WarningEnd(w string) (text, end string) {
	if t, ok := strings.CutSuffix(w, Unterminated); ok {
		return t, ""
	}
	return w, "\n"
}

// TakeStderr returns and clears the lines the last Add printed as they
// are, with no program name or location.
func (s *State) TakeStderr() []string {
	l := s.stderr
	s.stderr = nil
	return l
}

// TakeWarnings returns and clears the warnings the last Add raised.
func (s *State) TakeWarnings() []string {
	w := s.warnings
	s.warnings = nil
	return w
}

// usbStorageDrive: usb-storage hands its drive to the SCSI disk it makes
// on its own bus and keeps none itself (usb_msd_storage_realize).
func (s *State) usbStorageDrive(d *qdev.Device) {
	if d.Type.Name != "usb-storage" {
		return
	}
	drive, ok := d.Prop("drive")
	if !ok {
		return
	}
	removable, _ := d.Prop("removable")
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal {
				c.Data = scsiAddr{} // its disk holds the bus's one target
				c.SetProp("drive", drive)
				if removable != "" {
					c.SetProp("removable", removable) // usb_msd_storage_realize passes it on
				}
			}
		}
	}
	for i := range d.Props {
		if d.Props[i].Name == "drive" {
			d.Props[i].Value = `""`
		}
	}
}

// pcieDownstreamPorts are the PCIe ports whose link leads to one device
// (pcie_cap type root port or downstream port): a chassis and a slot each.
var pcieDownstreamPorts = []string{"pcie-root-port", "ioh3420", "xio3130-downstream"}

func isPCIeDownstreamPort(typ string) bool { return slices.Contains(pcieDownstreamPorts, typ) }

// isUUID is qemu_uuid_is_valid: 8-4-4-4-12 hexadecimal digits.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i, c := range s {
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
				return false
			}
		}
	}
	return true
}

// BalloonHandlerLeaked says a failed balloon left its handler registered.
func (s *State) BalloonHandlerLeaked() bool { return s.balloonLeaked }

// expressOnExpressBus is pci_is_express for a device realized on a PCI
// Express bus: a PCIe device's type says so; a virtio PCI proxy becomes
// one when modern and not x-disable-pcie (virtio_pci_dc_realize), its
// transitional types too (measured on 10.0).
func expressOnExpressBus(d *qdev.Device) bool {
	if d.Type.Implements("pci-express-device") {
		return true
	}
	if !d.Type.Implements("virtio-pci") {
		return false
	}
	modernOff, _ := d.Prop("disable-modern")
	pcieOff, _ := d.Prop("x-disable-pcie")
	return modernOff != "true" && pcieOff != "true"
}

// ExpressOnExpressBus: a PCI Express function, once on a PCIe bus.
func ExpressOnExpressBus(d *qdev.Device) bool { return expressOnExpressBus(d) }

// reserveCapError is pci_bridge_qemu_reserve_cap_init's checks of the
// window sizes a generic root port reserves (unset: -1).
func reserveCapError(vals *values) error {
	set := func(name string) (uint64, bool) {
		v, ok := vals.get(name)
		if !ok || toU64(v) == math.MaxUint64 {
			return 0, false
		}
		return toU64(v), true
	}
	_, pref32 := set("pref32-reserve")
	_, pref64 := set("pref64-reserve")
	switch mem, memSet := set("mem-reserve"); {
	case pref32 && pref64:
		return errors.New("PCI resource reserve cap: PREF32 and PREF64 conflict")
	case memSet && mem >= math.MaxUint32:
		return errors.New("PCI resource reserve cap: mem-reserve must be less than 4G")
	}
	if n, ok := set("pref32-reserve"); ok && n >= math.MaxUint32 {
		return errors.New("PCI resource reserve cap: pref32-reserve  must be less than 4G")
	}
	return nil
}

// msixMaxEntries is the most entries an MSI-X table has (the Table Size
// field, PCI_MSIX_FLAGS_QSIZE, plus one).
const msixMaxEntries = 2048

// virtioMSIXFits is virtio_pci_device_plugged's msix_init_exclusive_bar:
// more vectors than a table holds fail it, which it warns of and goes on
// without MSI-X (nvectors 0: no MSI-X BAR, qtree's vectors 0).
func (s *State) virtioMSIXFits(d *qdev.Device) {
	if pci.Of(d) == nil || !d.Type.Implements("virtio-pci") {
		return
	}
	v, ok := d.Prop("vectors")
	if !ok {
		return
	}
	n, err := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 32)
	if err != nil || n <= msixMaxEntries {
		return
	}
	s.warn(fmt.Sprintf("unable to init msix vectors to %d", n))
	d.SetProp("vectors", qtreeNum(0))
}

// onboardIndexMax is ONBOARD_INDEX_MAX: systemd's cap on acpi-index.
const onboardIndexMax = 16*1024 - 1

// acpiIndex is the acpi-index check, before the device takes its slot: at
// most onboardIndexMax, and unique among the devices that took one (a
// device that then fails to realize keeps its index taken, as QEMU's
// list does). 7.2 checks in acpi_pcihp's pre_plug only (a bus ACPI
// hot-plugs), later releases in every PCI device's realize.
func (s *State) acpiIndex(bus *qdev.Bus, vals *values) error {
	v, ok := vals.get("acpi-index")
	if !ok || !s.M.Release().ACPIIndexEveryPCI && !s.acpiHotplugBus(bus) {
		return nil
	}
	idx := toU64(v)
	if idx > onboardIndexMax {
		return fmt.Errorf("acpi-index should be less or equal to %d", onboardIndexMax)
	}
	if idx == 0 {
		return nil
	}
	if s.acpiIndexes[idx] {
		return fmt.Errorf("a PCI device with acpi-index = %d already exist", idx)
	}
	if s.acpiIndexes == nil {
		s.acpiIndexes = map[uint64]bool{}
	}
	s.acpiIndexes[idx] = true
	return nil
}

// acpiHotplugBus: the board's ACPI PCI hotplug is the bus's hotplug
// handler: a PC or Q35 root bus, a PCIe port's slot unless its hotplug is
// native, a pci-bridge's when ACPI hot-plugs into bridges.
func (s *State) acpiHotplugBus(bus *qdev.Bus) bool {
	if f := s.M.Type.Family; f != machinetype.PC && f != machinetype.Q35 || !s.M.ACPI {
		return false
	}
	if isRootBus(s, bus) || bus.Parent == nil {
		return true
	}
	switch bus.Parent.Type.Name {
	case "pcie-root-port", "ioh3420", "xio3130-downstream":
		return !s.nativePCIeHotplug(bus)
	case "pci-bridge":
		return s.acpiBridgeHotplug()
	}
	return false
}
