package guest

import (
	"hotpluglab/engine/machinetype"
)

// PortIO is the guest's I/O port access; the x86 CPU hotplug register block
// (hw/acpi/cpu.c, legacy: hw/acpi/cpu_hotplug.c) answers at its base.
type PortIO interface {
	In(port uint16, size int) uint32
	Out(port uint16, size int, value uint32)
}

// SCICounter is optional: hardware that counts the GPE.2 interrupts it
// raised. Without it the guest scans the block after every monitor input
// (a scan with no pending flag does nothing).
type SCICounter interface{ SCICount() int }

// Register offsets and bits of the modern block (docs/specs/acpi_cpu_hotplug.rst).
const (
	regSelector = 0x0 // write: select a slot; read: command data 2
	regFlags    = 0x4 // read: flags; write: control
	regCommand  = 0x5
	regData     = 0x8

	flagInserting = 1 << 1
	flagRemoving  = 1 << 2
	ctlClearIns   = 1 << 1
	ctlClearRem   = 1 << 2
	ctlEject      = 1 << 3

	cmdNextEvent = 0
	cmdOSTEvent  = 1
	cmdOSTStatus = 2

	// ACPI _OST source events and status codes Linux reports.
	ostDeviceCheck     = 1
	ostEjectRequest    = 3
	ostSuccess         = 0
	ostFailure         = 1    // ACPI_OST_SC_NON_SPECIFIC_FAILURE
	ostEjectNotSupp    = 0x80 // ACPI_OST_SC_EJECT_NOT_SUPPORTED
	ostEjectInProgress = 0x84 // ACPI_OST_SC_EJECT_IN_PROGRESS
)

// hotplugBase is the block's I/O base: PIIX4 0xaf00, ICH9 0x0cd8.
func (g *Guest) hotplugBase() uint16 {
	if g.M.Type != nil && g.M.Type.Family == machinetype.Q35 {
		return 0x0cd8
	}
	return 0xaf00
}

// legacyTables: machine types up to 2.6 give the guest the legacy CPU
// hotplug AML, which never switches the block to modern mode.
func (g *Guest) legacyTables() bool {
	return g.M.Type != nil && g.M.Type.LegacyCPUHotplug
}

func (g *Guest) bootX86() {
	m := g.M
	g.possible = len(m.Slots)
	n := 0
	for s := range m.Slots {
		if !m.ACPI && n > 0 {
			// No MADT, and the firmware's tables name no other CPU: Linux
			// runs on the boot CPU alone (recorded with acpi=off).
			break
		}
		if s < len(m.BySlot) && m.BySlot[s] != nil {
			// The MADT lists slots in order; enabled entries get numbers.
			apic := m.Slots[s].ArchID
			c := &CPU{Num: n, ArchID: apic, Slot: s, Present: true, Online: true, ACPIInstance: g.takeACPIInstance()}
			g.setCPU(c)
			g.apicToNum[apic] = n
			n++
		}
	}
	g.nextNum = n
	if !m.ACPI {
		g.possible = n // nothing is hotpluggable either
	}
	g.uniproc = n == 1
	g.bootLogX86(n)
	if g.HW.Ports == nil {
		return
	}
	g.bootMemoryDevices()
	if sc, ok := g.HW.Ports.(SCICounter); ok {
		g.lastSCI = sc.SCICount() // interrupts before the kernel ran are lost
	}
	base := g.hotplugBase()
	if g.legacyTables() {
		// The legacy AML remembers which CPUs it saw (its CPON package).
		for i := 0; i < 32; i++ {
			b := g.HW.Ports.In(base+uint16(i), 1)
			for j := 0; j < 8; j++ {
				g.legacyPresent[i*8+j] = b&(1<<j) != 0
			}
		}
		return
	}
	// \_SB.PCI0.PRES._INI stores 0 into the selector: modern mode.
	g.HW.Ports.Out(base+regSelector, 4, 0)
	g.modern = true
	// The namespace scan, then the processor driver's probe, evaluate every
	// CPU device's _STA (measured: two rounds over all possible CPUs).
	for round := 0; round < 2; round++ {
		for slot := range m.Slots {
			g.slotPresent(slot)
		}
	}
}

func (g *Guest) takeACPIInstance() int {
	for i := 0; ; i++ {
		if !g.acpiUsed[i] {
			g.acpiUsed[i] = true
			return i
		}
	}
}

// pollX86 is the SCI handler (\_GPE._E02): scan the block for slots with
// events, clear them and queue the notifications to the kernel's ACPI
// hotplug work.
func (g *Guest) pollX86() {
	p := g.HW.Ports
	if p == nil {
		return
	}
	// With an SCI count to look at, scan only after a new interrupt, as
	// the GPE handler runs only then.
	if sc, ok := p.(SCICounter); ok {
		n := sc.SCICount()
		if n == g.lastSCI {
			return
		}
		g.lastSCI = n
	}
	base := g.hotplugBase()
	if !g.modern {
		if g.legacyTables() {
			g.pollLegacy(base)
		}
		return
	}
	for _, n := range g.scanCPUs() {
		slot := n.slot
		if n.eject {
			g.after(acpiReact, func() { g.ejectRequest(slot) })
		} else {
			g.after(acpiReact, func() { g.deviceCheck(slot, true) })
		}
	}
}

// notification is one Notify the scan method sends a CPU device: device
// check (a CPU arrived) or eject request.
type notification struct {
	slot  int
	eject bool
}

// scanCPUs runs QEMU's \_SB.CPUS.CSCN method as the release built it (its
// register accesses are what QEMU traces) and returns the notifications
// in the order it sent them; the kernel's hotplug work handles them in
// that order. The method walks the slots from 0, asking the block for the
// next slot with an event; added CPUs are collected and notified after the
// walk, up to 255 a pass. QEMU 7.2's method notifies an eject request as it
// finds it; 10.0's collects them too and notifies them after the insertions.
func (g *Guest) scanCPUs() []notification {
	p, base := g.HW.Ports, g.hotplugBase()
	deferRemove := g.M.Release().ACPIEjectsAfterInserts
	n := len(g.M.Slots)
	var out []notification
	uid := 0
	for job := true; job; {
		job = false
		var added, removed []int
		for event := true; event && uid < n; uid++ {
			event = false
			p.Out(base+regSelector, 4, uint32(uid))
			p.Out(base+regCommand, 1, cmdNextEvent)
			if int(p.In(base+regData, 4)) < uid {
				break
			}
			if len(added) == 255 || len(removed) == 255 {
				job = true
				break
			}
			uid = int(p.In(base+regData, 4))
			inserting := p.In(base+regFlags, 1)&flagInserting != 0
			switch {
			case inserting:
				added, event = append(added, uid), true
				if deferRemove && p.In(base+regFlags, 1)&flagRemoving != 0 {
					removed = append(removed, uid)
				}
			case deferRemove:
				if p.In(base+regFlags, 1)&flagRemoving != 0 {
					removed, event = append(removed, uid), true
				}
			case p.In(base+regFlags, 1)&flagRemoving != 0:
				out = append(out, notification{slot: uid, eject: true})
				p.Out(base+regFlags, 1, ctlClearRem)
				event = true
			}
		}
		for _, s := range added {
			out = append(out, notification{slot: s})
			p.Out(base+regSelector, 4, uint32(s))
			p.Out(base+regFlags, 1, ctlClearIns)
		}
		for _, s := range removed {
			out = append(out, notification{slot: s, eject: true})
			p.Out(base+regSelector, 4, uint32(s))
			p.Out(base+regFlags, 1, ctlClearRem)
		}
	}
	return out
}

// pollLegacy compares the legacy bitmap with what the AML saw before and
// notifies new CPUs (the legacy AML has no _OST and no eject).
func (g *Guest) pollLegacy(base uint16) {
	for i := 0; i < 32; i++ {
		b := g.HW.Ports.In(base+uint16(i), 1)
		for j := 0; j < 8; j++ {
			apic := i*8 + j
			on := b&(1<<j) != 0
			if on && !g.legacyPresent[apic] {
				if s := g.slotOfAPIC(apic); s >= 0 {
					s := s
					g.after(acpiReact, func() { g.deviceCheck(s, false) })
				}
			}
			g.legacyPresent[apic] = on
		}
	}
}

func (g *Guest) slotOfAPIC(apic int) int {
	for i, s := range g.M.Slots {
		if s.ArchID == apic {
			return i
		}
	}
	return -1
}

func (g *Guest) cpuInSlot(slot int) *CPU {
	for _, c := range g.cpus {
		if c != nil && c.Present && c.Slot == slot {
			return c
		}
	}
	return nil
}

// ost evaluates the slot's _OST method: select, event, status.
func (g *Guest) ost(slot int, event, status uint32) {
	p, base := g.HW.Ports, g.hotplugBase()
	p.Out(base+regSelector, 4, uint32(slot))
	p.Out(base+regCommand, 1, cmdOSTEvent)
	p.Out(base+regData, 4, event)
	p.Out(base+regCommand, 1, cmdOSTStatus)
	p.Out(base+regData, 4, status)
}

// deviceCheck is Linux's answer to a device-check notification: the
// processor driver maps the new CPU (acpi_processor_hotadd_init).
func (g *Guest) deviceCheck(slot int, withOST bool) {
	if g.state != Running || slot < 0 || slot >= len(g.M.Slots) {
		return
	}
	// acpi_scan_device_check: _STA, then for a CPU that just appeared the
	// namespace scan and the driver's attach evaluate it twice more.
	if g.slotPresent(slot) && g.cpuInSlot(slot) == nil {
		g.slotPresent(slot)
		g.slotPresent(slot)
		apic := g.M.Slots[slot].ArchID
		num, ok := g.apicToNum[apic]
		if !ok {
			num = g.nextNum
			g.nextNum++
			g.apicToNum[apic] = num
		}
		if num < g.possible {
			c := &CPU{Num: num, ArchID: apic, Slot: slot, Present: true, NeedHotplugInit: true, HotAdded: true, ACPIInstance: g.takeACPIInstance()}
			g.setCPU(c)
			g.kernel("CPU%d has been hot-added", num)
			if g.AutoOnline {
				// udev sees the cpu "add" uevent and writes online.
				g.after(onlineCPU, func() {
					if c.Present && !c.Online {
						g.onlineX86(c)
					}
				})
			}
		}
	}
	if withOST {
		g.ost(slot, ostDeviceCheck, ostSuccess)
	}
}

// ejectRequest is acpi_generic_hotplug_event for an eject request.
func (g *Guest) ejectRequest(slot int) {
	if g.state != Running {
		return
	}
	c := g.cpuInSlot(slot)
	if c == nil {
		g.ost(slot, ostEjectRequest, ostFailure)
		return
	}
	if !g.ejectEnabled {
		g.kernel("acpi LNXCPU:%02x: Eject disabled", c.ACPIInstance)
		g.ost(slot, ostEjectRequest, ostEjectNotSupp)
		return
	}
	g.ost(slot, ostEjectRequest, ostEjectInProgress)
	eject := func() {
		if !c.Present || g.state != Running {
			return
		}
		if c.Online {
			g.offlineX86(c)
		}
		p, base := g.HW.Ports, g.hotplugBase()
		p.Out(base+regSelector, 4, uint32(slot))
		p.Out(base+regFlags, 1, ctlEject)
		g.slotPresent(slot) // _STA: did the eject work?
		c.Present = false
		delete(g.acpiUsed, c.ACPIInstance)
		c.ACPIInstance = -1
		g.ost(slot, ostEjectRequest, ostSuccess)
	}
	if c.Online {
		g.after(offlineCPU, eject)
	} else {
		g.after(ejectOffline, eject)
	}
}

func (g *Guest) node(slot int) int {
	if slot >= 0 && slot < len(g.M.SlotNode) && g.M.SlotNode[slot] >= 0 {
		return g.M.SlotNode[slot]
	}
	return 0
}

// onlineX86 brings a CPU up (cpu_up, then the ACPI processor driver's
// online callback).
func (g *Guest) onlineX86(c *CPU) {
	if g.uniproc {
		g.kernel("SMP alternatives: switching to SMP code")
		g.uniproc = false
	}
	if c.Num == 1 {
		g.kernel("x86: Booting SMP configuration:")
	}
	g.kernel("smpboot: Booting Node %d Processor %d APIC 0x%x", g.node(c.Slot), c.Num, c.ArchID)
	c.Online = true
	if c.NeedHotplugInit {
		g.kernel("Will online and init hotplugged CPU: %d", c.Num)
		c.NeedHotplugInit = false
	}
}

func (g *Guest) offlineX86(c *CPU) {
	c.Online = false
	g.kernel("smpboot: CPU %d is now offline", c.Num)
}

// slotPresent evaluates the slot's _STA: in modern mode the flags' present
// bit, in legacy mode the slot's bit in the bitmap.
func (g *Guest) slotPresent(slot int) bool {
	p, base := g.HW.Ports, g.hotplugBase()
	if !g.modern {
		apic := g.M.Slots[slot].ArchID
		if apic >= 256 {
			return false
		}
		return p.In(base+uint16(apic/8), 1)&(1<<(apic%8)) != 0
	}
	p.Out(base+regSelector, 4, uint32(slot))
	return p.In(base+regFlags, 1)&1 != 0
}
