package board

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/compat"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
)

// applyGlobals is object_apply_compat_props for a device just made: the
// machine type's compat properties on it and on the devices it made
// inside its buses (a virtio proxy's backend), before any property the
// user gives.
func (s *State) applyGlobals(d *qdev.Device) {
	for _, g := range s.globals {
		if g.Matches(d.Type.Name) {
			for i := range d.Props {
				if d.Props[i].Name == g.Property {
					d.Props[i].Value = g.Value
				}
			}
		}
	}
	// Then -global and the options that register globals (-rtc
	// driftfix=), on the type or a type it implements, typed as the
	// property prints; an error is fatal at start-up (error_fatal) and
	// ignored for device_add.
	for _, g := range s.userGlobals {
		if err := s.applyUserGlobal(d, g); err != nil && s.globalErr == nil && !d.Hotplugged {
			s.globalErr = err
		}
	}
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal {
				s.applyGlobals(c)
			}
		}
	}
	s.forwardToBackend(d)
}

// machineGlobals are the compat properties of the machine's type.
func (s *State) machineGlobals() []compat.Global {
	var out []compat.Global
	if s.M.Type.Family == machinetype.Q35 {
		for _, g := range s.M.Release().Q35DeviceDefaults {
			out = append(out, compat.Global{Type: g[0], Property: g[1], Value: g[2]})
		}
	}
	return append(out, compat.For(s.M.Release(), s.M.Target, s.M.Type.Name)...)
}

// globalSets says whether the machine type's compat properties set a
// property of the device or of its backend (which then is no default to
// compute).
func (s *State) globalSets(d *qdev.Device, prop string) bool {
	for _, g := range s.globals {
		if g.Property == prop && (g.Matches(d.Type.Name) || g.Type != "" && backendIs(d, g.Type)) {
			return true
		}
	}
	return false
}

func backendIs(d *qdev.Device, typ string) bool {
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal && c.Type.Name == typ {
				return true
			}
		}
	}
	return false
}

// SetGlobals takes the command line's -global DRIVER.PROP=VALUE options
// (and what -rtc driftfix= registers) and applies them to the board's
// devices; devices made later get them as they are made.
func (s *State) SetGlobals(globals []compat.Global) {
	s.userGlobals = append(s.userGlobals, globals...)
	if len(s.userGlobals) == 0 {
		return
	}
	s.flashTakesGlobals()
	s.Tree.Walk(func(d *qdev.Device) {
		if !d.Internal {
			s.applyGlobals(d)
		}
		// A board PCI root bus's hotplug may follow a -global
		// (PIIX4_PM.acpi-root-pci-hotplug).
		for _, b := range d.Buses {
			if pci.IsPCIBus(b.Type) && isRootBus(s, b) {
				b.Hotpluggable = s.pciBusHotpluggable(b, true)
			}
		}
	})
	s.seatNVRAMByGlobal()
}

// flashTakesGlobals: pc_system_flash_create made pc's and q35's two
// cfi.pflash01 at the machine's instance init, before any other device,
// so a -global they cannot take ends QEMU even when no drive backs them
// and the flash is never realized (measured: lv-x-r4-secure-global-bad).
func (s *State) flashTakesGlobals() {
	if fam := s.M.Type.Family; s.globalErr != nil || fam != machinetype.PC && fam != machinetype.Q35 || s.M.Type.Name == "isapc" {
		return
	}
	flash := s.Tree.Instantiate(qdev.Resolve(s.M.Release(), s.M.Target, "cfi.pflash01"), nil, "")
	for _, g := range s.userGlobals {
		if err := s.applyUserGlobal(flash, g); err != nil {
			s.globalErr = err
			return
		}
	}
}

// seatNVRAMByGlobal: a -global spapr-nvram.reg= gives pseries' NVRAM its
// VIO address (spapr_vio_busdev_realize takes a reg set, and the bus's
// next address stays for the next device); its id follows.
func (s *State) seatNVRAMByGlobal() {
	nvram := s.findType("spapr-nvram")
	if nvram == nil || !s.userGlobalSets(nvram, "reg") {
		return
	}
	v, _ := nvram.Prop("reg")
	reg, err := strconv.ParseUint(strings.Fields(v + " ")[0], 0, 32)
	if err != nil || reg == 0xffffffff {
		return
	}
	if r, ok := nvram.Data.(vioReg); ok && uint32(r)+1 == s.vioReg {
		s.vioReg--
	}
	nvram.Data, nvram.ID = vioReg(reg), fmt.Sprintf("nvram@%x", reg)
}

// applyUserGlobal is object_apply_global_props for one -global.
func (s *State) applyUserGlobal(d *qdev.Device, g compat.Global) error {
	if !d.Type.Implements(g.Type) {
		return nil
	}
	fail := func(err error) error {
		return fmt.Errorf("can't apply global %s.%s=%s: %s", g.Type, g.Property, g.Value, err)
	}
	if g.Property == "addr" && d.Type.Implements("pci-device") {
		// set_pci_devfn visits an alternate, which the string input
		// visitor of globals cannot start: QEMU aborts, whatever the value.
		return &machine.Crash{Signal: 6, Stderr: fmt.Sprintf("%s: %s: visit_start_alternate: Assertion `!(v->type & VISITOR_INPUT)' failed.\n",
			s.M.Target.Binary(), s.M.Release().VisitStartAlternateAssert)}
	}
	p, ok := d.Type.Prop(g.Property)
	_, shown := d.Prop(g.Property)
	if !ok {
		if !shown {
			return fail(fmt.Errorf("Property '%s.%s' not found", d.Type.Name, g.Property))
		}
		return nil // a property the catalog does not type: left as shown
	}
	if g.Property == "mac" && p.Type == "str" {
		if _, ok := parseMAC(g.Value); !ok {
			return fail(fmt.Errorf("Property '%s.mac' doesn't take value '%s'", owner(d, "mac"), g.Value))
		}
	}
	if strings.HasPrefix(p.Type, "link<") {
		// object_set_link_property: resolved as the device's own option
		// is; an empty path sets no target
		if g.Value == "" {
			return nil
		}
		if _, err := s.resolveLink(p, g.Value); err != nil {
			return fail(err)
		}
		return nil
	}
	if p.Name == "drive" && p.Type == "str" && g.Value != "" && !s.Backends.Drive(g.Value) {
		// set_drive looks the BlockBackend up as the global applies
		// (pe-p-r11-three-glob-7: spapr-nvram, made by the board).
		return fail(fmt.Errorf("Property '%s.drive' can't find value '%s'", owner(d, "drive"), g.Value))
	}
	v, err := qdev.ParseValue(p, g.Value)
	if err != nil {
		// The string input visitor's words for a number it cannot read.
		msg := err.Error()
		if strings.HasSuffix(msg, "expects integer") {
			kind := "int64"
			if strings.HasPrefix(p.Type, "uint") {
				kind = "uint64"
			}
			msg = strings.TrimSuffix(msg, "integer") + kind
		}
		return fail(errors.New(msg))
	}
	if n := toU64(v); (g.Property == "logical_block_size" || g.Property == "physical_block_size") && n&(n-1) != 0 {
		return fail(fmt.Errorf(s.M.Release().BlockSizeNotPowerOf2, g.Property, n)) // the setter's own check
	}
	if boardSets(d, g.Property) {
		return nil // checked as the global applies, then set again by the board
	}
	for i := range d.Props {
		if d.Props[i].Name == g.Property {
			d.Props[i].Value = qtreeValue(p, v)
		}
	}
	return nil
}

// forwardToBackend: a -global on a virtio proxy's alias is its backend's
// value too (the backend shows it in info qtree).
func (s *State) forwardToBackend(d *qdev.Device) {
	for _, g := range s.userGlobals {
		if !d.Type.Implements(g.Type) {
			continue
		}
		p, ok := d.Type.Prop(g.Property)
		if !ok {
			continue
		}
		v, err := qdev.ParseValue(p, g.Value)
		if err != nil {
			continue
		}
		for _, b := range d.Buses {
			for _, c := range b.Children {
				if _, has := c.Prop(g.Property); has && c.Internal {
					c.SetProp(g.Property, qtreeValue(p, v))
				}
			}
		}
	}
}

// GlobalError is a -global a device could not take (QEMU exits). Both
// releases report it at the -device (measured, probe_cmdline r16m-); for a
// device the board makes for a -drive it has no location.
type GlobalError struct{ Err error }

func (e *GlobalError) Error() string { return e.Err.Error() }

// Unwrap lets a global that aborts QEMU (machine.Crash) be seen.
func (e *GlobalError) Unwrap() error { return e.Err }

// GlobalError is the first -global that could not be applied to a device
// made at start-up, or nil.
func (s *State) GlobalError() error { return s.globalErr }

// userGlobalSets says whether a -global gives the device's property.
// userGlobalSetsOrBackend is userGlobalSets of a device or of the
// backend a virtio proxy holds (the proxy aliases its properties).
func (s *State) userGlobalSetsOrBackend(d *qdev.Device, prop string) bool {
	if s.userGlobalSets(d, prop) {
		return true
	}
	for _, b := range d.Buses {
		for _, c := range b.Children {
			if c.Internal && s.userGlobalSets(c, prop) {
				return true
			}
		}
	}
	return false
}

func (s *State) userGlobalSets(d *qdev.Device, prop string) bool {
	for _, g := range s.userGlobals {
		if g.Property == prop && d.Type.Implements(g.Type) {
			return true
		}
	}
	return false
}

// ProbeNICModels is what makes 10.0's PCI NIC init (pci_init_nic_devices)
// apply -global to every PCI NIC model the board lists: each is made once,
// never realized, so a global one of them cannot take ends QEMU even when
// no such NIC is on the line (measured: -global e1000.mac=x on pc, q35 and
// pseries; ISA and USB NICs are not made).
func (s *State) ProbeNICModels(models []string) error {
	if len(s.userGlobals) == 0 {
		return nil // only a -global can fail: skip the looks (most starts)
	}
	rel := s.M.Release()
	for _, name := range models {
		t := qdev.LookupType(rel, s.M.Target, name)
		if !t.Implements("pci-device") {
			continue
		}
		// Made as any device is made: its globals, its internal children's.
		s.applyGlobals(s.Tree.Instantiate(t, qdev.LookFor(rel, s.M.Target, name, "pci"), ""))
		if s.globalErr != nil {
			return s.globalErr
		}
	}
	return nil
}

// userGlobalBool is the boolean the last -global for a device's property
// gives it (given false when none does).
func (s *State) userGlobalBool(driver, prop string) (on, given bool) {
	for _, g := range s.userGlobals {
		if g.Type == driver && g.Property == prop {
			if v, ok := qemuopts.ParseBool(g.Value); ok {
				on, given = v, true
			}
		}
	}
	return on, given
}

// boardSets says whether the board sets a property of a device it makes
// after the device's globals applied (qdev_prop_set_*), whatever -global
// said: the RTC's base_year (mc146818_rtc_init), the PIT's iobase
// (i8254_pit_init).
func boardSets(d *qdev.Device, prop string) bool {
	if d.Hotplugged || d.ID != "" {
		return false
	}
	return boardSetProps[d.Type.Name] == prop
}

var boardSetProps = map[string]string{"mc146818rtc": "base_year", "isa-pit": "iobase", "kvm-pit": "iobase"}

// userGlobalValue is the value the last -global for a device's property
// gives it, typed as the property (ok false when none does or it does not
// parse): what realize reads when the device's own options leave it.
func (s *State) userGlobalValue(d *qdev.Device, prop string) (v any, ok bool) {
	p, typed := d.Type.Prop(prop)
	if !typed {
		return nil, false
	}
	for _, g := range s.userGlobals {
		if g.Property == prop && d.Type.Implements(g.Type) {
			if x, err := qdev.ParseValue(p, g.Value); err == nil {
				v, ok = x, true
			}
		}
	}
	return v, ok
}

// globalLinks gives the device the link properties a -global set and its
// own options did not (what realize then finds in it: a pc-dimm's memdev).
func (s *State) globalLinks(d *qdev.Device, vals *values) {
	for _, g := range s.userGlobals {
		p, ok := d.Type.Prop(g.Property)
		if !ok || !strings.HasPrefix(p.Type, "link<") || g.Value == "" || !d.Type.Implements(g.Type) {
			continue
		}
		if _, given := vals.get(g.Property); given {
			continue
		}
		if id, err := s.resolveLink(p, g.Value); err == nil {
			vals.set(g.Property, id)
		}
	}
}
