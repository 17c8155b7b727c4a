package board

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/spapr"
)

// HintError is an error QEMU follows with a hint line (error_append_hint):
// the command line and HMP print it, QMP drops it.
type HintError struct {
	Msg, Hint string
}

func (e *HintError) Error() string { return e.Msg }

// ErrorHint is the hint HMP prints after the error (QMP leaves it out).
func (e *HintError) ErrorHint() string { return e.Hint + "\n" }

// LinkNotFoundError is a link property naming no object
// (object_resolve_link): QMP's class for it is DeviceNotFound.
type LinkNotFoundError struct{ Path string }

func (e *LinkNotFoundError) Error() string { return fmt.Sprintf("Device '%s' not found", e.Path) }

// ReportError is a device whose creation reported a line (error_report,
// at the option's location) and then failed with Err, or aborted with an
// assertion (Abort: the assertion's line after the program name).
type ReportError struct {
	Report, Abort string
	Err           error
}

// AbortError is an error QEMU raised to error_abort: "Unexpected error
// in" its place, the error at the option, then an abort.
type AbortError struct{ At, Msg string }

func (e *AbortError) Error() string { return e.Msg }

func (e *ReportError) Error() string {
	if e.Err != nil {
		return e.Report + "\n" + e.Err.Error()
	}
	return e.Report
}

// addPS2Devices: an i8042's realize makes its keyboard and mouse as
// devices of the system bus, as the board's own i8042 did (measured: a
// second pair above the board's in `info qtree`).
func (s *State) addPS2Devices() {
	for _, typ := range []string{"ps2-kbd", "ps2-mouse"} {
		for _, c := range s.Tree.Root.Children {
			if c.Type.Name == typ {
				s.Tree.Root.Attach(&qdev.Device{Type: c.Type, GPIO: c.GPIO, Props: slices.Clone(c.Props), BusLines: slices.Clone(c.BusLines), Internal: true})
				break
			}
		}
	}
}

// Add is qdev_device_add for a device that is not a CPU, after its class
// was checked: the bus, the hotplug checks, the id and QOM path, the
// properties, then realize. hotplug: device_add; fromJSON: the properties
// came typed (JSON -device, or QMP on releases that keep types).
func (s *State) Add(t qdev.Type, opts *qdev.Opts, hotplug bool) (added *qdev.Device, err error) {
	driver := t.Name
	var bus *qdev.Bus
	if path, ok := opts.Get("bus"); ok {
		b, err := s.FindBus(path)
		if err != nil {
			return nil, err
		}
		if !s.busIs(b, t.BusType()) {
			return nil, fmt.Errorf("Device '%s' can't go on %s bus", driver, b.Type)
		}
		bus = b
	} else if bt := t.BusType(); bt != "" {
		bus = qdev.FindBusRecursive(s.Tree.Root, "", func(b *qdev.Bus) bool { return s.busIs(b, bt) })
		if bus == nil || bus.IsFull() {
			return nil, fmt.Errorf("No '%s' bus found for device '%s'", bt, driver)
		}
	}
	rel := s.M.Release()
	if hotplug && s.isPHB(t.Name) {
		// spapr_phb_pre_plug: the machine's hotplug handler takes a PHB on
		// the system bus, from pseries-4.0 on (dr_phb_enabled).
		if s.M.Type.VersionAtMost(3, 1) {
			return nil, errors.New("PHB hotplug not supported for this machine")
		}
	} else if hotplug {
		if rel.HotpluggableCheckedLate && !t.Hotpluggable() {
			return nil, fmt.Errorf("Device '%s' does not support hotplugging", driver)
		}
		if bus != nil && !bus.Hotpluggable {
			return nil, fmt.Errorf("Bus '%s' does not support hotplugging", bus.Name)
		}
		if bus != nil && bus.Parent != nil && s.isPHB(bus.Parent.Type.Name) {
			// spapr_pci_pre_plug: a PHB without dynamic reconfiguration
			// takes no hot-plugged device; it names its type.
			if dr, _ := bus.Parent.Prop("dynamic-reconfiguration"); dr == "false" {
				return nil, fmt.Errorf("Bus '%s' does not support hotplugging", phbType)
			}
		}
		// DIMMs plug into the machine, NVDIMMs too (pc_memory_pre_plug
		// then checks nvdimm=on).
		if bus == nil && !((t.Name == "pc-dimm" || isNVDIMM(t)) && s.takesDIMMs()) {
			return nil, fmt.Errorf("Device '%s' can not be hotplugged on this machine", driver)
		}
	}
	// qdev_set_id: the name is taken before any property is set.
	var path string
	if opts.HasID {
		if s.M.IDs[opts.ID] {
			return nil, fmt.Errorf("Duplicate device ID '%s'", opts.ID)
		}
		path = "/machine/peripheral/" + opts.ID
	} else {
		path = s.M.NextAnon()
	}
	defer func() {
		if err != nil {
			s.M.ChildFailed(path)
		}
	}()
	d := s.Tree.Instantiate(t, qdev.LookFor(rel, s.M.Target, t.Name, s.placement(bus)), opts.ID)
	d.Path, d.Hotplugged = path, hotplug
	before := s.globalErr
	s.applyGlobals(d)
	if s.globalErr != nil && s.globalErr != before {
		// -device: object_apply_global_props with error_fatal, before
		// the device's own properties.
		return nil, &GlobalError{s.globalErr}
	}
	vals, err := s.setProperties(d, opts)
	if err != nil {
		s.releaseClaims(vals)
		return nil, err
	}
	s.globalLinks(d, vals)
	d.Set = vals.v
	if err := s.realize(d, bus, vals, hotplug); err != nil {
		s.releaseClaims(vals)
		s.attachAutoHubs(bus)
		if bus != nil {
			// qdev_realize put it on the bus first (measured: a device_add
			// refused for a taken slot moves the next child's link on).
			bus.LinkTaken()
		}
		return nil, err
	}
	if err := s.addPXBHost(d); err != nil {
		return nil, err
	}
	if err := s.addAMDVIPCI(d); err != nil {
		return nil, err
	}
	if bus != nil {
		bus.Attach(d)
		s.setFull(bus)
	}
	s.attachAutoHubs(bus)
	s.initBuses(d)
	if r, ok := s.Backends.(*Registry); ok && hotplug && r.DriveSize != nil {
		// A hot-plugged disk guesses its geometry as it realizes (the
		// command line's are guessed once every drive is attached).
		if id := r.DriveUserOf(d.Path); id != "" {
			SetGeometry(d, r.DriveSize(id))
		}
	}
	s.created = append(s.created, d)
	s.registerInput(d)
	if d.Type.Name == "i8042" {
		s.addPS2Devices()
	}
	if opts.HasID {
		s.M.IDs[opts.ID] = true
	}
	if t, name := s.M.Container(path); t != nil {
		t.Insert(name)
	}
	if hotplug && slices.Contains(rel.SPAPRReleasedCoreAddSIGSEGV, t.Name) {
		if drcs := spapr.Of(s.M); drcs != nil && drcs.ReleasedAtOnce() {
			return d, &machine.Crash{Signal: 11}
		}
	}
	s.LastAddPCI = bus != nil && pci.IsPCIBus(bus.Type)
	return d, nil
}

// isPHB: a sPAPR PCI host bridge on a pseries machine (hot-pluggable
// through the machine, unlike any other system bus device).
func (s *State) isPHB(typ string) bool { return typ == phbType && s.M.IsSPAPR() }

const phbType = "spapr-pci-host-bridge"

// initBuses sets up a new device's buses and those of the devices it made
// inside them (a virtio proxy's backend holds the SCSI or serial bus).
func (s *State) initBuses(d *qdev.Device) {
	for _, b := range d.Buses {
		s.initBus(b)
		for _, c := range b.Children {
			if c.Internal {
				s.initBuses(c)
			}
		}
	}
}

// busIs is object_dynamic_cast of a bus to a bus type.
func (s *State) busIs(b *qdev.Bus, typ string) bool {
	if typ == "" {
		return false
	}
	bt := qdev.LookupType(s.M.Release(), s.M.Target, b.Type)
	return bt.Implements(typ)
}

// placement is the look to use for a device on a bus: how its bus was
// recorded ("pci", "pcie", "xhci", ...).
func (s *State) placement(bus *qdev.Bus) string {
	if bus == nil {
		return ""
	}
	switch bus.Type {
	case "PCI", "PCIE":
		if bus.Type == "PCIE" && !isRootBus(s, bus) {
			return "pcie"
		}
		return "pci"
	case "usb-bus":
		if bus.Parent != nil {
			switch n := bus.Parent.Type.Name; {
			case n == "qemu-xhci" || n == "nec-usb-xhci":
				return "xhci"
			case strings.Contains(n, "ehci"):
				return "ehci"
			case strings.Contains(n, "uhci"):
				return "uhci"
			}
		}
		return "xhci"
	}
	return bus.Type
}

func isRootBus(s *State, b *qdev.Bus) bool {
	return b.Parent != nil && b.Parent.Bus == s.Tree.Root
}

// FindBus is qbus_find: "name", "name/dev/bus..." or "/dev/bus/...".
func (s *State) FindBus(path string) (*qdev.Bus, error) {
	var bus *qdev.Bus
	pos := 0
	if strings.HasPrefix(path, "/") {
		bus = s.Tree.Root
	} else {
		elem := path
		if i := strings.IndexByte(path, '/'); i >= 0 {
			elem = path[:i]
		}
		bus = qdev.FindBusRecursive(s.Tree.Root, elem, nil)
		if bus == nil {
			return nil, fmt.Errorf("Bus '%s' not found", elem)
		}
		pos = len(elem)
	}
	for {
		for pos < len(path) && path[pos] == '/' {
			pos++
		}
		if pos >= len(path) {
			break
		}
		elem := path[pos:]
		if i := strings.IndexByte(elem, '/'); i >= 0 {
			elem = elem[:i]
		}
		pos += len(elem)
		dev := findDev(bus, elem)
		if dev == nil {
			return nil, &HintError{Msg: fmt.Sprintf("Device '%s' not found", elem), Hint: listDevs(bus)}
		}
		for pos < len(path) && path[pos] == '/' {
			pos++
		}
		if pos >= len(path) {
			if len(dev.Buses) == 1 {
				bus = dev.Buses[0]
				break
			}
			if len(dev.Buses) > 0 {
				return nil, &HintError{Msg: fmt.Sprintf("Device '%s' has multiple child buses", elem), Hint: listBuses(dev)}
			}
			return nil, fmt.Errorf("Device '%s' has no child bus", elem)
		}
		elem = path[pos:]
		if i := strings.IndexByte(elem, '/'); i >= 0 {
			elem = elem[:i]
		}
		pos += len(elem)
		var next *qdev.Bus
		for _, b := range dev.Buses {
			if b.Name == elem {
				next = b
			}
		}
		if next == nil {
			return nil, &HintError{Msg: fmt.Sprintf("Bus '%s' not found", elem), Hint: listBuses(dev)}
		}
		bus = next
	}
	if bus.IsFull() {
		return nil, fmt.Errorf("Bus '%s' is full", path)
	}
	return bus, nil
}

// findDev is qbus_find_dev: by id, then by type name, then by alias.
func findDev(bus *qdev.Bus, elem string) *qdev.Device {
	for i := len(bus.Children) - 1; i >= 0; i-- {
		if d := bus.Children[i]; d.ID == elem {
			return d
		}
	}
	for i := len(bus.Children) - 1; i >= 0; i-- {
		if d := bus.Children[i]; d.Type.Name == elem {
			return d
		}
	}
	return nil
}

// listDevs is qbus_list_dev's hint.
func listDevs(bus *qdev.Bus) string {
	var names []string
	for i := len(bus.Children) - 1; i >= 0; i-- {
		d := bus.Children[i]
		n := `"` + d.Type.Name + `"`
		if d.ID != "" {
			n += `/"` + d.ID + `"`
		}
		names = append(names, n)
	}
	return fmt.Sprintf("devices at \"%s\": %s", bus.Name, strings.Join(names, ", "))
}

// listBuses is qbus_list_bus's hint.
func listBuses(d *qdev.Device) string {
	var names []string
	for i := len(d.Buses) - 1; i >= 0; i-- {
		names = append(names, `"`+d.Buses[i].Name+`"`)
	}
	name := d.ID
	if name == "" {
		name = d.Type.Name
	}
	return fmt.Sprintf("child buses at \"%s\": %s", name, strings.Join(names, ", "))
}

// values are the properties a device was given, parsed.
type values struct {
	order []string
	v     map[string]any
	// claims to give back if the device fails later.
	netdev, chardev, drive string
	ports                  []string // chardev1... of a multi-port serial card
	// permConflict: the drive is a node another device writes to; the
	// device's realize meets it when it asks for write permission
	// (blkconf_apply_backend_options), not when the property is set.
	permConflict string
	permDrive    string // the node it names
	// preset: properties the board set itself on a device it makes.
	preset map[string]string
}

func (v *values) set(k string, x any) {
	if _, ok := v.v[k]; !ok {
		v.order = append(v.order, k)
	}
	v.v[k] = x
}

func (v *values) get(k string) (any, bool) { x, ok := v.v[k]; return x, ok }

func (v *values) str(k string) (string, bool) {
	x, ok := v.v[k].(string)
	return x, ok
}

// setProperties is object_set_properties_from_keyval on the device: the
// options other than driver, bus and id, in QDict order, each through its
// property's setter; the first failure stops.
func (s *State) setProperties(d *qdev.Device, opts *qdev.Opts) (*values, error) {
	vals := &values{v: map[string]any{}}
	dict := opts.Dict()
	for _, m := range dict.Ordered() {
		switch m.Key {
		case "driver", "bus", "id":
			continue
		}
		p, ok := d.Type.Prop(m.Key)
		if !ok {
			return vals, fmt.Errorf("Property '%s.%s' not found", d.Type.Name, m.Key)
		}
		x, err := s.setProperty(d, p, m.Value, vals)
		if err != nil {
			return vals, err
		}
		if m.Key == "bootindex" {
			if err := s.bootIndexUsed(x); err != nil {
				return vals, err
			}
		}
		if m.Key == "guest-stats-polling-interval" && isBalloon(d) {
			// balloon_stats_set_poll_interval, as the property is set.
			if n, ok := x.(int64); ok {
				if err := s.SetPollInterval(d, n); err != nil {
					return vals, err
				}
			}
		}
		vals.set(m.Key, x)
	}
	return vals, nil
}

// bootIndexUsed is device_set_bootindex's check_boot_index: one device
// per boot index (-1, none, is shared).
func (s *State) bootIndexUsed(x any) error {
	n, ok := x.(int64)
	if !ok || n < 0 {
		return nil
	}
	used := false
	s.Tree.Walk(func(o *qdev.Device) {
		used = used || o.Set["bootindex"] == n
	})
	if used {
		return fmt.Errorf("The bootindex %d has already been used", n)
	}
	return nil
}

// errNotSet marks a required property that was not given.
var errNotSet = errors.New("not set")

// text is an option's value as text, and its JSON value when typed.
func text(v any) (string, any) {
	if o, ok := v.(qdev.Opt); ok {
		return o.Value, o.JSON
	}
	s, _ := v.(string)
	return s, nil
}

var _ = qjson.Object{}
