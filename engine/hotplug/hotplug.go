// Package hotplug is QEMU's HotplugHandler for CPUs: pre_plug (every check,
// in QEMU's order), plug, unplug_request and unplug, for x86 and sPAPR, and
// the generic device_add / device_del / -device steps around them
// (softmmu/qdev-monitor.c).
package hotplug

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/acpi"
	"hotpluglab/engine/board"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/slots"
	"hotpluglab/engine/spapr"
)

// NotFoundError is device_del's error for a name that resolves to nothing
// (QMP class DeviceNotFound).
type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string { return fmt.Sprintf("Device '%s' not found", e.Name) }

// Attach connects the handler to a machine: the ACPI block's eject and the
// DRCs' release complete unplugs through Unplug. Every entry point calls it;
// the first call must come before any hot-plug (boot cores' DRCs start
// configured).
func Attach(m *machine.Machine) {
	if m.Extra["hotplug.attached"] != nil {
		return
	}
	m.Extra["hotplug.attached"] = true
	if b := acpi.Of(m); b != nil {
		b.Eject = func(c *machine.CPU) { Unplug(m, c) }
	}
	if s := spapr.Of(m); s != nil {
		s.Release = func(c *machine.CPU) { Unplug(m, c) }
	}
}

// CPUProps are the topology properties a new CPU was given (-1 = unset).
type CPUProps struct {
	APICID                                  uint64 // x86; unassignedAPICID when unset
	Socket, Die, Module, Core, Thread, Node int64
	NrThreads                               int64 // sPAPR
}

const unassignedAPICID = 0xFFFFFFFF

// ColdPlug creates a CPU from a -device argument at start-up (after the
// option was parsed; the duplicate-id check ran then). It returns the
// warnings the CPU's creation prints and QEMU's error text.
func ColdPlug(m *machine.Machine, arg string) (warnings []string, err error) {
	Attach(m)
	if strings.HasPrefix(arg, "{") {
		// Parsed (and refused when malformed) with the option.
		v, _ := qjson.Parse([]byte(arg))
		dict, _ := v.(qjson.Object)
		return DeviceAdd(m, qdev.FromJSON(dict), false)
	}
	opts, _, err := qdev.Parse(arg)
	if err != nil {
		return nil, err
	}
	return DeviceAdd(m, opts, false)
}

// DeviceAdd is qdev_device_add for CPU devices: the generic checks, then the
// device's properties, then realize (pre_plug, create, plug). hotplugged is
// true for device_add, false for -device.
func DeviceAdd(m *machine.Machine, opts *qdev.Opts, hotplugged bool) (warnings []string, err error) {
	Attach(m)
	dict := opts.Dict()
	driver, ok := opts.Get("driver")
	if !ok {
		return nil, errors.New("Parameter 'driver' is missing")
	}
	t, err := qdev.DeviceClassFor(m.Release(), m.Target, string(m.Type.Family), driver, hotplugged)
	if err != nil {
		return nil, err
	}
	if t.Kind == qdev.OtherDevice {
		b := board.Of(m)
		if b == nil {
			return nil, boardlessDeviceError(m, t, opts, hotplugged)
		}
		_, err := b.Add(t, opts, hotplugged)
		if hotplugged {
			// What realize printed as it is goes to QEMU's stderr, not
			// the monitor (the command line prints the cold-plugged).
			for _, l := range b.TakeStderr() {
				m.WriteStderr(l + "\n")
			}
		}
		return b.TakeWarnings(), err
	}
	if bus, ok := opts.Get("bus"); ok {
		// CPUs sit on no bus: any bus named is the wrong kind, if it exists.
		if b := board.Of(m); b != nil {
			found, err := b.FindBus(bus)
			if err != nil {
				return nil, err
			}
			return nil, fmt.Errorf("Device '%s' can't go on %s bus", driver, found.Type)
		}
		kind := map[string]string{"pci.0": "PCI", "main-system-bus": "System"}[bus]
		if m.Type.Family == "q35" && bus == "pcie.0" {
			kind = "PCIE"
		}
		if kind == "" {
			return nil, fmt.Errorf("Bus '%s' not found", bus)
		}
		return nil, fmt.Errorf("Device '%s' can't go on %s bus", driver, kind)
	}
	if hotplugged && len(m.Slots) == 0 {
		// "-M none": no bus and no machine hotplug handler for CPUs.
		return nil, fmt.Errorf("Device '%s' can not be hotplugged on this machine", driver)
	}
	// qdev_set_id: the name is taken before any property is set, so a
	// failed anonymous add still uses up a peripheral-anon number.
	var path string
	if opts.HasID {
		if m.IDs[opts.ID] {
			return nil, fmt.Errorf("Duplicate device ID '%s'", opts.ID)
		}
		path = "/machine/peripheral/" + opts.ID
	} else {
		path = m.NextAnon()
	}
	defer func() {
		if err != nil {
			m.ChildFailed(path)
		}
	}()
	vals, err := qdev.SetProperties(t, dict)
	if err != nil {
		return nil, err
	}
	c := &machine.CPU{ID: opts.ID, QOMPath: path, Type: t.Name, Origin: machine.ColdPlug}
	if hotplugged {
		c.Origin = machine.HotPlug
	}
	p := CPUProps{
		APICID: vals.Uint("apic-id", unassignedAPICID),
		Socket: vals.Int("socket-id", -1), Die: vals.Int("die-id", -1), Module: vals.Int("module-id", -1), Core: vals.Int("core-id", -1),
		Thread: vals.Int("thread-id", -1), Node: vals.Int("node-id", -1),
	}
	if m.Type.Empty() {
		// The CPU is made (or refused) with no board to plug it into:
		// nothing lists it (info hotpluggable-cpus has no slots).
		return nil, emptyBoardRealize(m, p)
	}
	if m.IsSPAPR() {
		// CPUCore keeps core-id in an int32 and nr-threads in an int.
		p.Core = int64(int32(vals.Int("core-id", 0)))
		p.NrThreads = int64(int32(vals.Int("nr-threads", int64(m.Topology.Threads))))
	}
	if err := PrePlug(m, c, p, hotplugged); err != nil {
		return nil, err
	}
	if m.IsSPAPR() && opts.HasID && opts.ID == "" {
		// A QMP device_add that takes an empty id (10.0) names the core
		// "/machine/peripheral/": its threads' link to it does not
		// resolve, and QEMU aborts (error_abort, in the monitor's context).
		return nil, &machine.Crash{Signal: 6, Stderr: "Unexpected error in " + m.Release().ResolveLinkAbortAt + ":\n" +
			"Device '" + path + "/thread[0]' not found\n"}
	}
	warnings = m.CPUCreateWarningsWith(c.Type, vals)
	if m.Type.Family == machinetype.Microvm && !m.Release().MicrovmCPUPlug {
		// microvm's plug handler knows no CPUs: the CPU, created, goes away.
		m.EmitEvent("DEVICE_DELETED", qjson.O("path", c.QOMPath+"/lapic"))
		return warnings, fmt.Errorf("virt: device plug request for unsupported device type: %s", c.Type)
	}
	if err := m.X2APICError(c.Type, c.Slot, vals); err != nil {
		// At start-up QEMU aborts here (error_abort), and a hot-plug
		// aborts too (a QEMU crash): the simulator answers as a clean
		// run would, with the error.
		return warnings, err
	}
	Plug(m, c, hotplugged)
	return warnings, nil
}

// PrePlug is the machine's pre_plug handler: every check, in QEMU's order.
// On success it has chosen c.Slot.
func PrePlug(m *machine.Machine, c *machine.CPU, p CPUProps, hotplugged bool) error {
	if m.IsSPAPR() {
		return spaprPrePlug(m, c, p, hotplugged)
	}
	return x86PrePlug(m, c, p)
}

// x86PrePlug is x86_cpu_pre_plug (hw/i386/x86.c).
func x86PrePlug(m *machine.Machine, c *machine.CPU, p CPUProps) error {
	if c.Type != m.CPUType {
		return fmt.Errorf("Invalid CPU type, expected cpu type: '%s'", m.CPUType)
	}
	top := m.Topology
	layout := slots.NewAPICLayout(top)
	apic := p.APICID
	if apic == unassignedAPICID {
		maxSocket := int64((top.MaxCPUs - 1) / top.Threads / top.Cores / top.Modules / top.Dies)
		if p.Die < 0 && top.Dies == 1 {
			p.Die = 0
		}
		if p.Module < 0 && top.Modules == 1 {
			p.Module = 0 // module-id is optional with one module per die (and unknown to 7.2)
		}
		switch {
		case p.Socket < 0:
			return errors.New("CPU socket-id is not set")
		case p.Socket > maxSocket:
			return fmt.Errorf("Invalid CPU socket-id: %d must be in range 0:%d", p.Socket, maxSocket)
		case p.Die < 0:
			return errors.New("CPU die-id is not set")
		case p.Die > int64(top.Dies)-1:
			return fmt.Errorf("Invalid CPU die-id: %d must be in range 0:%d", p.Die, top.Dies-1)
		case p.Module < 0:
			return errors.New("CPU module-id is not set")
		case p.Module > int64(top.Modules)-1:
			return fmt.Errorf("Invalid CPU module-id: %d must be in range 0:%d", p.Module, top.Modules-1)
		case p.Core < 0:
			return errors.New("CPU core-id is not set")
		case p.Core > int64(top.Cores)-1:
			return fmt.Errorf("Invalid CPU core-id: %d must be in range 0:%d", p.Core, top.Cores-1)
		case p.Thread < 0:
			return errors.New("CPU thread-id is not set")
		case p.Thread > int64(top.Threads)-1:
			return fmt.Errorf("Invalid CPU thread-id: %d must be in range 0:%d", p.Thread, top.Threads-1)
		}
		apic = uint64(uint32(layout.APICID(int(p.Socket), int(p.Die), int(p.Module), int(p.Core), int(p.Thread))))
	}
	idx := -1
	for i, s := range m.Slots {
		if uint64(s.ArchID) == apic {
			idx = i
			break
		}
	}
	sk, di, mo, co, th := layout.Decode(apic)
	if idx < 0 {
		if m.Release().X86HasModules() {
			return fmt.Errorf("Invalid CPU [socket: %d, die: %d, module: %d, core: %d, thread: %d] with APIC ID %d, valid index range 0:%d",
				uint32(sk), uint32(di), uint32(mo), uint32(co), uint32(th), apic, len(m.Slots)-1)
		}
		return fmt.Errorf("Invalid CPU [socket: %d, die: %d, core: %d, thread: %d] with APIC ID %d, valid index range 0:%d",
			uint32(sk), uint32(di), uint32(co), uint32(th), apic, len(m.Slots)-1)
	}
	if m.BySlot[idx] != nil {
		return fmt.Errorf("CPU[%d] with APIC ID %d exists", idx, apic)
	}
	for _, f := range []struct {
		name  string
		given int64
		want  uint64
	}{{"socket-id", p.Socket, sk}, {"die-id", p.Die, di}, {"module-id", p.Module, mo}, {"core-id", p.Core, co}, {"thread-id", p.Thread, th}} {
		if f.given != -1 && uint64(uint32(f.given)) != f.want {
			return fmt.Errorf("property %s: %d doesn't match set apic-id: 0x%x (%s: %d)", f.name, uint32(f.given), apic, f.name, f.want)
		}
	}
	c.Slot = idx
	return numaPrePlug(m, idx, p.Node)
}

// numaPrePlug is numa_cpu_pre_plug: a given node-id must be the slot's.
func numaPrePlug(m *machine.Machine, slot int, node int64) error {
	if node == -1 {
		return nil
	}
	want := m.SlotProps(slot).Node
	if want < 0 {
		want = 0
	}
	if node != int64(want) {
		return fmt.Errorf("invalid node-id, must be %d", want)
	}
	return nil
}

// spaprPrePlug is spapr_core_pre_plug (hw/ppc/spapr.c).
func spaprPrePlug(m *machine.Machine, c *machine.CPU, p CPUProps, hotplugged bool) error {
	if hotplugged && !m.Type.HotpluggableCPUs {
		return errors.New("CPU hotplug not supported for this machine")
	}
	if c.Type != m.CPUType {
		return fmt.Errorf("CPU core type should be %s", m.CPUType)
	}
	threads := int64(m.Topology.Threads)
	core := p.Core // truncated to CPUCore's int32 by the caller
	if core%threads != 0 {
		return fmt.Errorf("invalid core id %d", core)
	}
	if m.Type.HotpluggableCPUs && p.NrThreads != threads {
		return fmt.Errorf("invalid nr-threads %d, must be %d", p.NrThreads, threads)
	}
	idx := core / threads
	if idx < 0 {
		// spapr_find_cpu_slot checks only the upper bound: the slot it
		// returns lies before possible_cpus, and reading it faults
		// (recorded on both releases: core-id 2147483648).
		return &machine.Crash{Signal: 11}
	}
	if idx >= int64(len(m.Slots)) {
		return fmt.Errorf("core id %d out of range", core)
	}
	if m.BySlot[idx] != nil {
		return fmt.Errorf("core %d already populated", core)
	}
	c.Slot = int(idx)
	c.Threads = int(p.NrThreads)
	return numaPrePlug(m, int(idx), p.Node)
}

// Plug is the machine's plug handler: the CPU takes its slot and joins the
// CPU list; x86 tells the ACPI block, sPAPR attaches the core to its DRC.
func Plug(m *machine.Machine, c *machine.CPU, hotplugged bool) {
	m.AddCPU(c)
	if b := acpi.Of(m); b != nil {
		b.Plug(c, hotplugged)
	}
	if s := spapr.Of(m); s != nil {
		s.Attach(c, hotplugged)
	}
}

// DeviceDel is qmp_device_del for a name or QOM path: lookup, the generic
// qdev_unplug checks, then the machine's unplug request.
func DeviceDel(m *machine.Machine, name string) error {
	Attach(m)
	parts := strings.Split(name, "/")
	if !strings.HasPrefix(name, "/") {
		parts = append([]string{"machine", "peripheral"}, parts...)
	}
	var clean []string
	for _, p := range parts {
		if p != "" {
			clean = append(clean, p)
		}
	}
	path := "/" + strings.Join(clean, "/")
	switch path {
	case "/", "/machine", "/machine/peripheral", "/machine/peripheral-anon", "/machine/unattached":
		return fmt.Errorf(m.Release().DeviceDelNotDevice, name)
	case "/machine/fw_cfg", "/machine/i440fx/ioapic", "/machine/q35/ioapic":
		// The x86 boards' named sysbus devices (measured on both releases).
		if m.Type.Family == machinetype.PC && path != "/machine/q35/ioapic" || m.Type.Family == machinetype.Q35 && path != "/machine/i440fx/ioapic" {
			return errors.New("Bus 'main-system-bus' does not support hotplugging")
		}
	case "/machine/acpi-device":
		if acpi.Of(m) != nil {
			// PIIX4 PM sits on a hotpluggable PCI bus but cannot be
			// unplugged; ICH9's LPC bridge is on the root PCIe bus.
			if m.Type.Family == "q35" {
				return errors.New("Bus 'pcie.0' does not support hotplugging")
			}
			return errors.New("Device 'PIIX4_PM' does not support hotplugging")
		}
	}
	if b := board.Of(m); b != nil {
		if handled, err := b.UnplugRequest(name, path); handled {
			return err
		}
	}
	for _, c := range m.CPUs {
		n := len(c.QOMPath)
		switch {
		case path == c.QOMPath:
			return UnplugRequest(m, c)
		case len(path) > n+1 && path[n] == '/' && path[:n] == c.QOMPath:
			if typ := cpuChildDevice(m, c, path[n+1:]); typ != "" {
				if !m.Release().UnplugBuslessAsserts {
					return fmt.Errorf("Device '%s' can not be hotplugged on this machine", typ)
				}
				// A device with no bus and no hotplug handler: QEMU 7.2
				// asserts in qdev_unplug.
				const msg = "ERROR:../../softmmu/qdev-monitor.c:926:qdev_unplug: assertion failed: (hotplug_ctrl)"
				return &machine.Crash{Stderr: "**\n" + msg + "\n", Stdout: "Bail out! " + msg + "\n", Signal: 6}
			}
		}
	}
	if n, ok := unattachedIndex(path); ok {
		if found, err := otherDeviceDel(m, n); found {
			return err
		}
	}
	return &NotFoundError{name}
}

// unattachedDevices are the devices each board of a release creates without
// a parent after its boot CPU, as device_del answers for them (the
// release's unattached-devices.json, testdata/oracle/record_unattached.py):
// "D:<type>" a device that cannot be unplugged, "B:<bus>" one on a bus
// without hotplug, "E:<text>" another refusal, "" one the machine's unplug
// request silently ignores.
func unattachedDevices(m *machine.Machine) []string {
	var boards map[string][]string
	if err := json.Unmarshal([]byte(m.Release().Text("unattached-devices.json")), &boards); err != nil {
		panic("hotplug: unattached-devices.json: " + err.Error()) // a build-time fact, checked by the tests
	}
	switch {
	case m.IsSPAPR():
		return boards["pseries"]
	case m.Type.Family == "q35":
		return boards["q35"]
	case !m.ACPI:
		return boards["pc,acpi=off"]
	}
	return boards["pc"]
}

// otherDeviceDel is device_del of /machine/unattached/device[n] when that is
// not a CPU: the kvmvapic next to x86 CPU 0, pseries' XIVE, or the board's
// devices after the boot CPUs.
func otherDeviceDel(m *machine.Machine, n int) (found bool, err error) {
	var layout []string
	switch {
	case m.IsSPAPR():
		if m.XIVE && n == 0 {
			return true, nil
		}
		layout = unattachedDevices(m)
		if m.Type.VersionAtMost(3, 1) {
			// PHB hot-unplug (dr_phb_enabled) came with pseries-4.0.
			layout = []string{"", "B:spapr-vio", "E:PHB hot unplug not supported on this machine"}
		}
	case n == 1:
		return true, errors.New("Bus 'main-system-bus' does not support hotplugging")
	default:
		layout = unattachedDevices(m)
	}
	i := n - m.UnattachedCount()
	if b := board.Of(m); b != nil {
		i -= b.MadeBelow(n) // the display, ports and drives' devices made for the command line
	}
	if i < 0 || i >= len(layout) {
		return false, nil
	}
	switch e := layout[i]; {
	case e == "":
		return true, nil
	case strings.HasPrefix(e, "E:"):
		return true, errors.New(e[2:])
	case strings.HasPrefix(e, "D:"):
		return true, fmt.Errorf("Device '%s' does not support hotplugging", e[2:])
	default:
		return true, fmt.Errorf("Bus '%s' does not support hotplugging", e[2:])
	}
}

// cpuChildDevice is the type of the device at sub inside CPU c (a bus-less
// device with no hotplug handler, which device_del refuses), or "".
func cpuChildDevice(m *machine.Machine, c *machine.CPU, sub string) string {
	if !m.IsSPAPR() {
		if sub != "lapic" {
			return ""
		}
		if m.Accel == "kvm" {
			return "kvm-apic"
		}
		return "apic" // the local APIC under TCG
	}
	thread, child, _ := strings.Cut(sub, "/")
	for j := 0; j < c.Threads; j++ {
		if thread != fmt.Sprintf("thread[%d]", j) {
			continue
		}
		switch {
		case child == "":
			return m.ThreadType
		case child == "icp" && spaprHasICP(m), child == "xive-tctx" && m.XIVE:
			return child // a thread's interrupt presenters, named by their types
		}
	}
	return ""
}

// spaprHasICP says whether the pseries vCPUs have a XICS presenter: every
// ic-mode but xive (dual has both, XICS alone has no xive-tctx).
func spaprHasICP(m *machine.Machine) bool {
	mode, _ := m.Extra["spapr.ic-mode"].(string)
	return mode != "xive"
}

// SPAPRHasICP is spaprHasICP for the monitor (a core unrealized in place).
func SPAPRHasICP(m *machine.Machine) bool { return spaprHasICP(m) }

func unattachedIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "/machine/unattached/device[")
	digits, ok2 := strings.CutSuffix(rest, "]")
	n, err := strconv.Atoi(digits)
	if !ok || !ok2 || err != nil || strconv.Itoa(n) != digits {
		return 0, false
	}
	return n, true
}

// UnplugRequest is the machine's unplug_request handler for a CPU.
func UnplugRequest(m *machine.Machine, c *machine.CPU) error {
	Attach(m)
	if m.Type.Family == machinetype.Microvm {
		return errors.New("unplug not supported by microvm")
	}
	if m.IsSPAPR() {
		if !m.Type.HotpluggableCPUs {
			return errors.New("CPU hot unplug not supported on this machine")
		}
		if c.Slot == 0 {
			return errors.New("Boot CPU core may not be unplugged")
		}
		c.UnplugRequested = true
		spapr.Of(m).UnplugRequest(c)
		return nil
	}
	b := acpi.Of(m)
	if b == nil {
		return errors.New("CPU hot unplug not supported without ACPI")
	}
	if c.Slot == 0 {
		return errors.New("Boot CPU is unpluggable")
	}
	if err := b.UnplugRequest(c); err != nil {
		return err
	}
	c.UnplugRequested = true
	return nil
}

// Unplug is the machine's unplug handler: the guest (x86 eject, sPAPR DRC
// release) or a reset completed the removal. The CPU leaves its slot and the
// CPU list, its id is free, and the DEVICE_DELETED events are emitted.
func Unplug(m *machine.Machine, c *machine.CPU) {
	if m.BySlot[c.Slot] != c {
		return
	}
	m.RemoveCPU(c)
	if m.IsSPAPR() {
		for j := 0; j < c.Threads; j++ {
			t := m.ThreadPath(c, j)
			if spaprHasICP(m) {
				m.EmitEvent("DEVICE_DELETED", qjson.O("path", t+"/icp"))
			}
			if m.XIVE {
				m.EmitEvent("DEVICE_DELETED", qjson.O("path", t+"/xive-tctx"))
			}
			m.EmitEvent("DEVICE_DELETED", qjson.O("path", t))
		}
		m.EmitEvent("DEVICE_DELETED", deletedData(c))
		return
	}
	m.EmitEvent("DEVICE_DELETED", qjson.O("path", c.QOMPath+"/lapic"))
	if m.Accel == "kvm" {
		// Under TCG the CPU object is never finalized, so its own event
		// never comes; under KVM it does.
		m.EmitEvent("DEVICE_DELETED", deletedData(c))
	}
}

func deletedData(c *machine.CPU) qjson.Object {
	o := qjson.Object{}
	if c.ID != "" {
		o = append(o, qjson.Member{Key: "device", Value: c.ID})
	}
	return append(o, qjson.Member{Key: "path", Value: c.QOMPath})
}

// Reset is the CPU hotplug part of a machine reset: pending sPAPR unplugs
// complete and cores become configured; x86 keeps its ACPI state.
func Reset(m *machine.Machine) {
	Attach(m)
	if s := spapr.Of(m); s != nil {
		s.Reset()
	}
}

// boardlessDeviceError is qdev_device_add on a machine without a board
// (none: the system bus alone): a device that needs a bus of another kind
// finds none; then (10.0) device_add refuses a type that cannot be
// hot-plugged; vmcoreinfo, which needs no bus, finds no fw_cfg to publish
// through (vmcoreinfo_realize). The rest is not simulated.
func boardlessDeviceError(m *machine.Machine, t qdev.Type, opts *qdev.Opts, hotplugged bool) error {
	_, busGiven := opts.Get("bus")
	if bt := t.BusType(); bt != "" && bt != "System" && !busGiven {
		return fmt.Errorf("No '%s' bus found for device '%s'", bt, t.Name)
	}
	if hotplugged && m.Release().HotpluggableCheckedLate && !t.Hotpluggable() {
		return fmt.Errorf("Device '%s' does not support hotplugging", t.Name)
	}
	if t.Name == "vmcoreinfo" && !busGiven && len(opts.Dict()) <= 2 { // driver, id: it has no properties
		return errors.New("vmcoreinfo device requires fw_cfg with DMA")
	}
	return fmt.Errorf("hotpluglab: device type '%s' is not simulated on this machine (CPU devices only)", t.Name)
}

// emptyBoardRealize is a CPU device's realize on a board with no hotplug
// handler ("-M none", x-remote): no pre_plug gives an x86 CPU its APIC ID,
// and a sPAPR core finds no pseries machine.
func emptyBoardRealize(m *machine.Machine, p CPUProps) error {
	if m.Target == machinetype.PPC64 {
		return errors.New("spapr-cpu-core needs a pseries machine")
	}
	if p.APICID == unassignedAPICID {
		return ErrAPICIDUnset
	}
	return nil
}

// ErrAPICIDUnset is x86_cpu_realizefn's refusal of a CPU no board numbered.
var ErrAPICIDUnset = errors.New("apic-id property was not initialized properly")
