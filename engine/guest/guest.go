// Package guest is a Linux 6.1 guest on the virtual clock: it boots, keeps
// the kernel's view of the CPUs (possible, present, online, logical numbers
// in order of arrival) and answers CPU hotplug the way Linux does, through
// the same interfaces a real kernel uses: the x86 ACPI CPU hotplug
// registers (I/O ports) and the sPAPR RTAS DRC calls. So whatever QEMU
// emits (ACPI_DEVICE_OST, DEVICE_DELETED, DEVICE_UNPLUG_GUEST_ERROR) comes
// out of the machine model, not from here.
//
// What it prints (kernel lines, shell output) is taken from recordings of
// QEMU 7.2 with a Debian 6.1 kernel and a busybox initramfs
// (../shared/oracle/guest, and the project's own in testdata/oracle).
//
// Not modelled: the boot log's lines other than the CPU lines and the
// recorded last lines (the rest depends on the machine and on timing), the
// TCG bugs QEMU shows with a running guest (a CPU above an APIC ID hole
// never woken, heap corruption on an x86 re-plug after an eject), the
// kernel warning NUMA nodes splitting a socket cause, and files whose
// content was never recorded (the shell says so instead of inventing).
package guest

import (
	"fmt"
	"sort"

	"hotpluglab/engine/guest/busybox"
	"hotpluglab/engine/machine"
)

// State is the guest's life cycle.
type State int

const (
	NotBooted State = iota // firmware only, or paused since start (-S)
	Booting                // the kernel is starting; no shell yet
	Running                // the shell prompt is up
)

func (s State) String() string {
	switch s {
	case Booting:
		return "booting"
	case Running:
		return "running"
	case Halted:
		return "halted"
	}
	return "not booted"
}

// Durations on the virtual clock, in microseconds. Boot times are the
// recordings' medians (SeaBIOS or SLOF + kernel + init under TCG); the
// rest are plausible values within what the recordings allow.
const (
	BootX86      = 6_600_000
	BootSPAPR    = 8_000_000
	casAt        = 3_000_000 // pseries: SLOF done, the kernel's prom_init calls CAS (an estimate)
	acpiReact    = 3_000     // SCI to _OST: "right after" the add
	ejectOffline = 15_000    // whole eject sequence of an offline CPU
	offlineCPU   = 1_600_000 // taking an online CPU down before an eject
	onlineCPU    = 20_000    // bringing a CPU up
	drcAdd       = 300_000   // pseries: event to core online
	drcRemove    = 600_000   // pseries: event to DRC released
	shellCommand = 2_000     // a shell command's own run time
)

// CPU is one logical CPU as the kernel knows it.
type CPU struct {
	Num     int // logical CPU number (cpuN)
	ArchID  int // x86 APIC ID; sPAPR hardware thread id (= vCPU id)
	Slot    int // the machine slot it sits in (x86 thread, sPAPR core)
	Present bool
	Online  bool
	// x86: hot-added and never onlined yet ("Will online and init hotplugged CPU").
	NeedHotplugInit bool
	// x86: the ACPI device instance (LNXCPU:NN), -1 if none.
	ACPIInstance int
	// HotAdded: registered after boot (x86), so sysfs gave it no hotplug folder.
	HotAdded bool
}

// Hardware is how the guest reaches the machine: x86 ports for the ACPI
// CPU hotplug block, sPAPR RTAS for the DRCs. Either may be nil (the
// machine model does not provide it yet): the guest then boots and runs
// its shell but never sees a hotplug request.
type Hardware struct {
	Ports PortIO
	RTAS  RTAS
	// Reset is a reset the guest itself asks for (the firmware's write to
	// the reset control register); nil when the machine offers none.
	Reset func()
	// PowerOff is the guest switching the machine off (ACPI S5, RTAS
	// power-off): QEMU's SHUTDOWN (guest-shutdown), then QEMU exits.
	PowerOff func()
	// Panicked is the guest's kernel reporting a panic to the machine with
	// its message (pseries ibm,os-term: "OS panic: ...")
	// (pseries ibm,os-term): GUEST_PANICKED, SHUTDOWN (guest-panic).
	Panicked func(msg string)
	// HotplugMemory is the x86 device memory region the SRAT lists as
	// hotpluggable (Size 0: none).
	HotplugMemory struct{ Base, Size int64 }
	// RootPCIFunction says whether the machine has a PCI function at devfn
	// on its first root bus (nil: not known).
	RootPCIFunction func(devfn int) bool
	// PCIFunctions are the functions on the first root bus now; complete
	// says no PCI function sits anywhere else (nil: not known).
	PCIFunctions func() (fs []PCIFunc, complete bool)
	// PCIEject is _EJ0 on an ACPI PCI hotplug slot: the machine unplugs
	// the function's device.
	PCIEject func(bus, devfn int)
}

// Guest is one Linux guest.
type Guest struct {
	M     *machine.Machine
	HW    Hardware
	state State
	// AutoOnline is the udev rule SUBSYSTEM=="cpu", ACTION=="add", ATTR{online}="1".
	AutoOnline bool

	now      func() int64
	bootedAt int64 // virtual time the kernel started (kernel timestamps count from here)
	readyAt  int64 // while booting: when the prompt comes
	timers   []timer
	seq      int

	cpus     []*CPU // indexed by logical number; nil = number never handed out
	possible int

	log     []logLine // the kernel ring buffer (dmesg)
	pending []string  // kernel console lines not yet taken

	// x86
	modern        bool // the ACPI block was switched to modern mode
	ejectEnabled  bool // /sys/firmware/acpi/hotplug/processor/enabled
	uniproc       bool // booted with one CPU: SMP alternatives not yet switched on
	legacyPresent [256]bool
	lastSCI       int // SCIs already handled (with an SCICounter)
	acpiUsed      map[int]bool
	apicToNum     map[int]int // Linux keeps APIC ID -> number once handed out
	nextNum       int
	// ACPI memory hotplug (memhp.go): the memory devices by slot, the
	// hot-added blocks, the GPE.3 interrupts handled.
	hotMem    map[int]*hotMemory
	memBlocks map[int]*memBlock
	// zones: the x86 zones' managed pages and watermarks (built on first use).
	zones      *zoneState
	lastMemSCI int
	// PCI (pci.go): the functions the guest enumerated by devfn, and
	// whether /sys/bus/pci/devices' listing is known.
	pciDevs   map[int]*pciDev // by bus<<8 | devfn
	pciListed bool

	// sPAPR: device-tree CPU nodes by core-id (present cores), and the
	// hardware id each CPU number last had (physical_id after a removal).
	dtCores map[int]bool
	hwIDs   map[int]int
	// pseries registers every possible CPU at boot: its sysfs nodeN link is
	// the boot-time node and stays (node0 for CPUs absent at boot).
	sysfsNode map[int]int
	// ... and its of_node link is fixed then too: the CPU's own core node,
	// or for CPUs absent at boot the node with reg 0 (their hardware id
	// is still zero when the link is made).
	ofNodeCore map[int]int

	// The shell (a new one each boot) and what it left in the rootfs.
	sh     *busybox.Shell
	prompt string
	notes  []string
	// tainted: a WARN fired (TAINT_WARN; the topology_sane warning at boot).
	tainted    bool
	slept      int64             // virtual time the shell slept, not yet taken
	files      map[string]string // files the shell wrote (rootfs)
	dirs       map[string]bool   // folders it made
	modes      map[string]uint32 // modes chmod gave them
	links      map[string]string // symbolic links ln -s made
	inodeTimes map[string]int64  // when sysfs/procfs made an inode (ls -l)

	// RTCBase is the guest's time of day when QEMU started (seconds since
	// the epoch): -rtc base=, or DefaultRTCBase.
	RTCBase int64
	// KernelArgs are extra kernel parameters (the recorder's guest.append).
	KernelArgs string

	// OnKernel sees each kernel console line as it is printed.
	OnKernel func(line string)
}

type timer struct {
	at  int64
	seq int
	fn  func()
}

type logLine struct {
	at   int64 // micros since the kernel started
	text string
}

// New makes a guest for machine m. now is the virtual clock.
func New(m *machine.Machine, hw Hardware, now func() int64) *Guest {
	if now == nil {
		now = func() int64 { return 0 }
	}
	return &Guest{M: m, HW: hw, now: now, ejectEnabled: true, RTCBase: DefaultRTCBase}
}

// State tells whether the guest is booted.
func (g *Guest) State() State { return g.state }

// ReadyAt is, while booting, the virtual time the prompt comes; else -1.
func (g *Guest) ReadyAt() int64 {
	if g.state != Booting {
		return -1
	}
	return g.readyAt
}

// IsSPAPR is true for a pseries guest.
func (g *Guest) IsSPAPR() bool { return g.M != nil && g.M.IsSPAPR() }

// at schedules fn at virtual time t (ties run in scheduling order).
func (g *Guest) at(t int64, fn func()) {
	g.seq++
	g.timers = append(g.timers, timer{at: t, seq: g.seq, fn: fn})
}

// after schedules fn d microseconds from now.
func (g *Guest) after(d int64, fn func()) { g.at(g.now()+d, fn) }

// NextTimer is the time of the guest's next action, or -1 when it is idle.
func (g *Guest) NextTimer() int64 {
	best := int64(-1)
	for _, t := range g.timers {
		if best < 0 || t.at < best {
			best = t.at
		}
	}
	return best
}

// RunDue runs every action due at or before the clock's current time,
// earliest first. Actions may schedule more.
func (g *Guest) RunDue() {
	for n := 0; n < 100000; n++ {
		i := g.nextDue()
		if i < 0 {
			return
		}
		t := g.timers[i]
		g.timers = append(g.timers[:i:i], g.timers[i+1:]...)
		t.fn()
	}
}

func (g *Guest) nextDue() int {
	now := g.now()
	best := -1
	for i, t := range g.timers {
		if t.at > now {
			continue
		}
		if best < 0 || t.at < g.timers[best].at || (t.at == g.timers[best].at && t.seq < g.timers[best].seq) {
			best = i
		}
	}
	return best
}

// Busy says whether the guest still has work scheduled.
func (g *Guest) Busy() bool { return len(g.timers) > 0 }

// Boot starts the kernel: it will be running after the boot time. A guest
// already booting or running is left alone.
func (g *Guest) Boot() {
	if g.M == nil || g.state != NotBooted {
		return
	}
	g.state = Booting
	g.bootedAt = g.now()
	d := int64(BootX86)
	if g.IsSPAPR() {
		d = BootSPAPR
	}
	g.readyAt = g.now() + d
	if g.IsSPAPR() {
		g.after(casAt, g.cas)
	}
	g.after(d, g.finishBoot)
}

// cas is the kernel's client-architecture-support call early in a pseries
// boot.
func (g *Guest) cas() {
	if g.HW.RTAS != nil {
		g.HW.RTAS.ClientArchitectureSupport()
	}
}

// BootNow boots at once (a session that starts with the guest up).
func (g *Guest) BootNow() {
	if g.M == nil || g.state != NotBooted {
		return
	}
	g.bootedAt = g.now()
	if g.IsSPAPR() {
		g.cas()
	}
	g.finishBoot()
}

// firmwareResets is how many times SeaBIOS resets the machine again while
// rebooting after a host reset (the recordings saw 2 in 3 runs, 1 in one).
const firmwareResets = 2

// HostReset is system_reset from the monitor: a booted guest reboots (the
// firmware loads the same kernel again); firmware alone stays as it is.
func (g *Guest) HostReset() {
	if g.state == NotBooted {
		return
	}
	g.Reset(true)
	if !g.IsSPAPR() && g.HW.Reset != nil {
		for i := 1; i <= firmwareResets; i++ {
			g.after(int64(i)*300_000, g.HW.Reset)
		}
	}
}

// Reset is a machine reset: the kernel is gone; the firmware boots it again
// when reboot is true (a real reset reboots the same kernel).
func (g *Guest) Reset(reboot bool) {
	g.timers = nil
	g.state = NotBooted
	g.cpus = nil
	g.log = nil
	g.pending = nil
	g.acpiUsed = nil
	g.apicToNum = nil
	g.nextNum = 0
	g.hotMem = nil
	g.memBlocks = nil
	g.zones = nil
	g.dtCores = nil
	g.legacyPresent = [256]bool{}
	g.ejectEnabled = true
	g.files = nil
	g.dirs = nil
	g.modes = nil
	g.links = nil
	g.inodeTimes = nil
	g.sh = nil
	// The ACPI block's mode survives a reset (QEMU keeps it); the next
	// kernel writes the switch again anyway.
	if reboot {
		g.Boot()
	}
}

func (g *Guest) finishBoot() {
	g.state = Running
	g.cpus = nil
	g.acpiUsed = map[int]bool{}
	g.apicToNum = map[int]int{}
	g.dtCores = map[int]bool{}
	g.hwIDs = map[int]int{}
	g.sysfsNode = map[int]int{}
	g.ofNodeCore = map[int]int{}
	g.hotMem = map[int]*hotMemory{}
	g.memBlocks = map[int]*memBlock{}
	g.tainted = false
	g.bootPCI()
	if g.IsSPAPR() {
		g.bootSPAPR()
	} else {
		g.bootX86()
	}
	g.files = map[string]string{}
	g.sh = busybox.New(guestFS{g})
	g.prompt = Prompt
}

// kernel logs one line: it goes to the ring buffer and to the console.
func (g *Guest) kernel(format string, a ...any) {
	l := logLine{at: g.now() - g.bootedAt, text: fmt.Sprintf(format, a...)}
	g.log = append(g.log, l)
	g.pending = append(g.pending, l.String())
	if g.OnKernel != nil {
		g.OnKernel(l.String())
	}
}

func (l logLine) String() string {
	at := l.at
	if at < 0 {
		at = 0
	}
	return fmt.Sprintf("[%5d.%06d] %s", at/1e6, at%1e6, l.text)
}

// TakeKernelLines returns the kernel console lines printed since the last
// call ("[    6.123456] text").
func (g *Guest) TakeKernelLines() []string {
	p := g.pending
	g.pending = nil
	return p
}

// Dmesg is the kernel ring buffer as dmesg prints it.
func (g *Guest) Dmesg() []string {
	out := make([]string, len(g.log))
	for i, l := range g.log {
		out[i] = l.String()
	}
	return out
}

// CPUs lists the logical CPUs the kernel knows (present or not), by number.
func (g *Guest) CPUs() []CPU {
	var out []CPU
	for _, c := range g.cpus {
		if c != nil {
			out = append(out, *c)
		}
	}
	return out
}

// Possible is the number of possible CPUs (cpu_possible_mask).
func (g *Guest) Possible() int { return g.possible }

func (g *Guest) cpu(n int) *CPU {
	if n < 0 || n >= len(g.cpus) {
		return nil
	}
	return g.cpus[n]
}

func (g *Guest) setCPU(c *CPU) {
	for len(g.cpus) <= c.Num {
		g.cpus = append(g.cpus, nil)
	}
	g.cpus[c.Num] = c
}

// list returns the CPU numbers for which keep is true.
func (g *Guest) list(keep func(*CPU) bool) []int {
	var l []int
	for _, c := range g.cpus {
		if c != nil && keep(c) {
			l = append(l, c.Num)
		}
	}
	return l
}

func (g *Guest) onlineCount() int { return len(g.list(func(c *CPU) bool { return c.Online })) }

// SlotView is what the topology view shows of one machine slot.
type SlotView struct{ Present, Online bool }

// SlotViews tells, per machine slot, whether the guest sees a CPU there and
// whether it is online (sPAPR: any thread of the core).
func (g *Guest) SlotViews() []SlotView {
	if g.M == nil {
		return nil
	}
	v := make([]SlotView, len(g.M.Slots))
	if g.state != Running {
		return v
	}
	for _, c := range g.cpus {
		if c == nil || !c.Present || c.Slot < 0 || c.Slot >= len(v) {
			continue
		}
		v[c.Slot].Present = true
		if c.Online {
			v[c.Slot].Online = true
		}
	}
	return v
}

// cpulist formats a set of CPU numbers as the kernel does ("0-3,5").
func cpulist(l []int) string {
	sort.Ints(l)
	s := ""
	for i := 0; i < len(l); {
		j := i
		for j+1 < len(l) && l[j+1] == l[j]+1 {
			j++
		}
		if s != "" {
			s += ","
		}
		if j == i {
			s += fmt.Sprint(l[i])
		} else {
			s += fmt.Sprintf("%d-%d", l[i], l[j])
		}
		i = j + 1
	}
	return s
}

// Poll is the guest noticing an interrupt: the x86 SCI (GPE.2) or queued
// pseries hotplug events. The session calls it after every monitor input;
// a scan with nothing pending does nothing.
func (g *Guest) Poll() {
	if g.state != Running || g.M == nil {
		return
	}
	if g.IsSPAPR() {
		g.pollSPAPR()
	} else {
		g.pollX86()
		g.pollMemory()
		g.pollPCI()
	}
}
