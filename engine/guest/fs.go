package guest

import (
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"hotpluglab/engine/guest/busybox"
)

// The guest's files as the shell sees them: the initramfs (rootfs: /bin,
// /init, /tmp, ...), devtmpfs (/dev), procfs and sysfs. Contents are the
// recordings'; a file or folder that exists but whose content was never
// recorded reads as busybox.ErrNotModelled rather than an invented text.

var (
	errNoEnt       = busybox.ENOENT
	errAccess      = busybox.EACCES
	errInval       = busybox.EINVAL
	errBusy        = busybox.EBUSY
	errIsDir       = busybox.EISDIR
	errNotDir      = busybox.ENOTDIR
	errNoSpace     = busybox.ENOSPC
	errNotModelled = busybox.ErrNotModelled
)

const cpuDir = "/sys/devices/system/cpu"

// node is one entry of the tree.
type node struct {
	kind   busybox.FileType
	names  []string // folders: entries
	listed bool     // folders: names are known
	text   string   // files: content
	known  bool     // files: content is known
	write  func(data string) error
	perm   uint32
	size   int64
	target string // symbolic links
	major  int    // devices
	minor  int
	// fs says where it lives: timestamps and sizes follow the file system.
	fs fsKind
}

type fsKind int

// unknownKind is a path below a folder whose entries the simulator does
// not know (walk); notADir a file on the way to a path.
const (
	unknownKind busybox.FileType = -2
	notADir     busybox.FileType = -1
)

const (
	rootFS fsKind = iota
	procFS
	sysFS
	devFS
)

// dir is a folder whose listing is known.
func dir(fs fsKind, names ...string) *node {
	return &node{kind: busybox.Dir, names: names, listed: true, perm: 0o755, fs: fs}
}

// opaqueDir is a folder that exists but whose listing was not recorded.
func opaqueDir(fs fsKind) *node { return &node{kind: busybox.Dir, perm: 0o755, fs: fs} }

// attr is a read-only sysfs attribute.
func attr(text string) *node {
	return &node{kind: busybox.Regular, text: text, known: true, perm: 0o444, fs: sysFS}
}

// cpulistAttr is a CPU list file made as a binary attribute (topology,
// node cpulist): its size is CPULIST_FILE_MAX_BYTES, NR_CPUS*7/2 or a page.
func (g *Guest) cpulistAttr(l []int) *node {
	n := attr(cpulist(l) + "\n")
	nr := int64(nrCPUsX86)
	if g.IsSPAPR() {
		nr = nrCPUsPPC
	}
	n.size = max(nr*7/2, g.pageSize())
	return n
}

// rwAttr is a writable sysfs attribute without a modelled effect.
func rwAttr(text string) *node {
	return &node{kind: busybox.Regular, text: text, known: true, perm: 0o644, fs: sysFS}
}

// unknownAttr is a sysfs attribute whose content was not recorded.
func unknownAttr(perm uint32) *node { return &node{kind: busybox.Regular, perm: perm, fs: sysFS} }

func procFile(text string) *node {
	return &node{kind: busybox.Regular, text: text, known: true, perm: 0o444, fs: procFS}
}

func link(fs fsKind, target string) *node {
	return &node{kind: busybox.Symlink, target: target, perm: 0o777, fs: fs}
}

// pageSize is the guest kernel's page size (sysfs attributes report it as
// their size): 4 KiB on x86, 64 KiB on Debian's ppc64el kernel.
func (g *Guest) pageSize() int64 {
	if g.IsSPAPR() {
		return 65536
	}
	return 4096
}

// --- path resolution ---

// walk resolves p (absolute, cleaned) through symbolic links in its
// folders, and in its last element too when follow is set. It returns the
// resolved path and node, or nil.
func (g *Guest) walk(p string, follow bool) (string, *node) {
	for hops := 0; hops < 40; hops++ {
		parts := strings.Split(strings.Trim(p, "/"), "/")
		cur := ""
		parent := g.lookupPath("/")
		restarted := false
		for i, part := range parts {
			if part == "" {
				continue
			}
			next := cur + "/" + part
			n := g.lookupPath(next)
			if n == nil {
				if parent != nil && parent.kind == busybox.Dir && !parent.listed && parent.fs == sysFS && !g.knownAbsent(next) {
					// below a folder whose entries are not known: it may
					// be there (ErrNotModelled), not absent
					return next, &node{kind: unknownKind}
				}
				return next, nil
			}
			last := i == len(parts)-1
			if n.kind == busybox.Symlink && (!last || follow) {
				t := n.target
				if !strings.HasPrefix(t, "/") {
					t = cur + "/" + t
				}
				rest := strings.Join(parts[i+1:], "/")
				p = path.Clean(t + "/" + rest)
				restarted = true
				break
			}
			if !last && n.kind != busybox.Dir {
				return next, &node{kind: notADir} // not a folder on the way
			}
			cur, parent = next, n
		}
		if !restarted {
			if cur == "" {
				return "/", g.lookupPath("/")
			}
			return cur, g.lookupPath(cur)
		}
	}
	return p, nil
}

// lookupPath returns the node at exactly this path (no link following).
// An entry that a recorded listing names but that is not modelled itself
// exists with unknown contents.
func (g *Guest) lookupPath(p string) *node {
	if n := g.lookupKnown(p); n != nil {
		return n
	}
	if p == "/" {
		return nil
	}
	i := strings.LastIndexByte(p, '/')
	parent := g.lookupKnown(p[:max(i, 1)])
	if parent == nil || parent.kind != busybox.Dir || !parent.listed || parent.fs == rootFS {
		return nil
	}
	name := p[i+1:]
	for _, c := range parent.names {
		if c == name {
			if strings.Contains(name, "_") && !strings.Contains(name, ":") && parent.fs == sysFS && p != "/sys/devices/system/node/has_cpu" {
				// attribute names (pm_profile, force_remove, ...)
				if unknownDirNames[name] {
					return opaqueDir(parent.fs)
				}
				return unknownAttr(0o444)
			}
			return opaqueDir(parent.fs)
		}
	}
	return nil
}

// unknownDirNames are folders with an underscore in their names.
var unknownDirNames = map[string]bool{"event_source": true, "memory_tiering": true, "pci_express": true,
	"pci_root": true}

func (g *Guest) lookupKnown(p string) *node {
	switch {
	case p == "/":
		n := dir(rootFS, "bin", "dev", "init", "proc", "root", "sys", "tmp")
		n.perm = 0o1777
		return n
	case p == "/bin" || strings.HasPrefix(p, "/bin/"):
		return g.binNode(strings.TrimPrefix(strings.TrimPrefix(p, "/bin"), "/"))
	case p == "/dev" || strings.HasPrefix(p, "/dev/"):
		return g.devNode(strings.TrimPrefix(strings.TrimPrefix(p, "/dev"), "/"))
	case p == "/init":
		return &node{kind: busybox.Regular, perm: 0o755, size: 1166, fs: rootFS}
	case p == "/root":
		return &node{kind: busybox.Dir, listed: true, perm: 0o700, fs: rootFS}
	case p == "/tmp" || strings.HasPrefix(p, "/tmp/"):
		return g.tmpNode(p)
	case p == "/proc" || strings.HasPrefix(p, "/proc/"):
		return g.procNode(strings.TrimPrefix(strings.TrimPrefix(p, "/proc"), "/"))
	case p == "/sys" || strings.HasPrefix(p, "/sys/"):
		return g.sysNode(p)
	}
	return nil
}

// --- rootfs ---

// applets is the initramfs's /bin: busybox --install -s made a link for
// every applet.
func (g *Guest) binNode(name string) *node {
	if name == "" {
		names := append([]string{"cpu-autoonline"}, busybox.AppletNames()...)
		sort.Strings(names)
		return dir(rootFS, names...)
	}
	switch name {
	case "busybox":
		size := int64(1982256)
		if g.IsSPAPR() {
			size = 2502072
		}
		return &node{kind: busybox.Regular, perm: 0o755, size: size, fs: rootFS}
	case "cpu-autoonline":
		return &node{kind: busybox.Regular, perm: 0o755, text: cpuAutoonline, known: true, fs: rootFS}
	case "sh":
		return link(rootFS, "busybox")
	}
	if busybox.IsApplet(name) {
		return link(rootFS, "/bin/busybox")
	}
	return nil
}

func (g *Guest) tmpNode(p string) *node {
	if p == "/tmp" {
		n := dir(rootFS, g.tmpChildren(p)...)
		n.perm = 0o1777
		return n
	}
	if d, ok := g.dirs[p]; ok && d {
		n := dir(rootFS, g.tmpChildren(p)...)
		if m, ok := g.modes[p]; ok {
			n.perm = m
		}
		return n
	}
	if s, ok := g.files[p]; ok {
		perm, ok := g.modes[p]
		if !ok {
			perm = 0o644
		}
		return &node{kind: busybox.Regular, text: s, known: true, perm: perm, size: int64(len(s)), fs: rootFS}
	}
	if t, ok := g.links[p]; ok {
		return link(rootFS, t)
	}
	return nil
}

// tmpChildren lists the files and folders the shell made directly in folder p.
func (g *Guest) tmpChildren(p string) []string {
	var names []string
	add := func(f string) {
		if rest, ok := strings.CutPrefix(f, p+"/"); ok && !strings.Contains(rest, "/") {
			names = append(names, rest)
		}
	}
	for f := range g.files {
		add(f)
	}
	for f, made := range g.dirs {
		if made {
			add(f)
		}
	}
	for f := range g.links {
		add(f)
	}
	sort.Strings(names)
	return names
}

// --- devtmpfs ---

type devEntry struct {
	name         string
	major, minor int
	perm         uint32
}

// devices lists /dev as recorded (x86: ttyS0-3; pseries: hvc0-7, nvram).
func (g *Guest) devices() []devEntry {
	l := []devEntry{{"console", 5, 1, 0o600}, {"cpu_dma_latency", 10, 125, 0o600}, {"full", 1, 7, 0o666},
		{"hwrng", 10, 183, 0o600}, {"kmsg", 1, 11, 0o644}, {"mem", 1, 1, 0o600}, {"null", 1, 3, 0o666},
		{"ptmx", 5, 2, 0o666}, {"random", 1, 8, 0o666}, {"rtc0", 251, 0, 0o600}, {"snapshot", 10, 231, 0o600},
		{"tty", 5, 0, 0o666}, {"urandom", 1, 9, 0o666}, {"userfaultfd", 10, 126, 0o600}, {"vcs", 7, 0, 0o600},
		{"vcs1", 7, 1, 0o600}, {"vcsa", 7, 128, 0o600}, {"vcsa1", 7, 129, 0o600}, {"vcsu", 7, 64, 0o600},
		{"vcsu1", 7, 65, 0o600}, {"vga_arbiter", 10, 127, 0o600}, {"zero", 1, 5, 0o666}, {"psaux", 10, 1, 0o600}}
	for i := 0; i < 64; i++ {
		l = append(l, devEntry{fmt.Sprintf("tty%d", i), 4, i, 0o620})
	}
	for i := 0; i < 4; i++ {
		l = append(l, devEntry{fmt.Sprintf("ttyS%d", i), 4, 64 + i, 0o660})
	}
	if g.IsSPAPR() {
		for i := 0; i < 8; i++ {
			l = append(l, devEntry{fmt.Sprintf("hvc%d", i), 229, i, 0o600})
		}
		l = append(l, devEntry{"nvram", 10, 144, 0o600})
		l = without(l, "snapshot")
	} else {
		l = append(l, devEntry{"hpet", 10, 228, 0o600}, devEntry{"port", 1, 4, 0o600})
	}
	return l
}

func without(l []devEntry, name string) []devEntry {
	var out []devEntry
	for _, d := range l {
		if d.name != name {
			out = append(out, d)
		}
	}
	return out
}

func (g *Guest) devNode(name string) *node {
	devs := g.devices()
	if name == "" {
		names := []string{"input"}
		for _, d := range devs {
			names = append(names, d.name)
		}
		sort.Strings(names)
		return dir(devFS, names...)
	}
	if name == "input" {
		return dir(devFS, "mice")
	}
	if name == "input/mice" {
		return &node{kind: busybox.CharDev, perm: 0o600, major: 13, minor: 63, fs: devFS}
	}
	for _, d := range devs {
		if d.name == name {
			return &node{kind: busybox.CharDev, perm: d.perm, major: d.major, minor: d.minor, fs: devFS}
		}
	}
	return nil
}

// --- procfs ---

func (g *Guest) procNode(rest string) *node {
	switch rest {
	case "":
		// The process folders change with the kernel's threads.
		n := opaqueDir(procFS)
		n.perm = 0o555
		return n
	case "sys":
		if g.IsSPAPR() {
			return dir(procFS, procSysPPC...)
		}
		return dir(procFS, procSysX86...)
	case "cpuinfo":
		return g.cpuinfo()
	case "version":
		return procFile(g.kernelVersion() + "\n")
	case "cmdline":
		return procFile(g.cmdline() + "\n")
	case "self", "thread-self":
		return link(procFS, "1")
	case "device-tree":
		if !g.IsSPAPR() {
			return nil
		}
		return link(procFS, "/sys/firmware/devicetree/base")
	case "sys/kernel":
		return opaqueDir(procFS)
	case "sys/kernel/hostname":
		return &node{kind: busybox.Regular, text: "(none)\n", known: true, perm: 0o644, fs: procFS}
	case "sys/kernel/osrelease":
		return procFile(g.kernelRelease() + "\n")
	case "sys/kernel/tainted":
		return &node{kind: busybox.Regular, text: fmt.Sprintf("%d\n", g.taintMask()), known: true, perm: 0o644, fs: procFS}
	}
	if rest == "modules" {
		// The guest's kernel has no loadable modules loaded (recorded: lsmod
		// prints its header only).
		return procFile("")
	}
	switch rest {
	case "meminfo":
		if t, ok := g.procMeminfo(); ok {
			return procFile(t)
		}
	case "mounts":
		if t, ok := g.procMounts(); ok {
			return procFile(t)
		}
	case "interrupts":
		return procFile(g.procInterrupts())
	}
	for _, f := range []string{"meminfo", "stat", "interrupts", "loadavg", "uptime", "filesystems", "mounts",
		"partitions", "devices", "softirqs", "vmstat", "zoneinfo", "buddyinfo", "iomem", "ioports",
		"kallsyms", "swaps", "diskstats", "misc", "consoles", "crypto", "schedstat", "key-users", "keys"} {
		if rest == f {
			return &node{kind: busybox.Regular, perm: 0o444, fs: procFS}
		}
	}
	if pid, sub, _ := strings.Cut(rest, "/"); pid == "1" {
		// The shell's own process folder exists; its files were not recorded.
		if sub == "" {
			d := opaqueDir(procFS)
			d.perm = 0o555
			return d
		}
		return &node{kind: busybox.Regular, perm: 0o444, fs: procFS}
	}
	return nil
}

// --- sysfs ---

func (g *Guest) sysNode(p string) *node {
	switch p {
	case "/sys":
		n := dir(sysFS, "block", "bus", "class", "dev", "devices", "firmware", "fs", "hypervisor", "kernel",
			"module", "power")
		if g.IsSPAPR() {
			n.names = dropNames(n.names, "hypervisor")
		}
		n.perm = 0o555
		return n
	case "/sys/devices":
		if g.IsSPAPR() {
			return dir(sysFS, "breakpoint", "cpu", "kprobe", "pci0000:00", "platform", "software", "system",
				"tracepoint", "uprobe", "vio", "virtual")
		}
		return dir(sysFS, "LNXSYSTM:00", "breakpoint", "kprobe", "msr", "pci0000:00", "platform", "pnp0",
			"software", "system", "tracepoint", "uprobe", "virtual")
	case "/sys/devices/system":
		if g.IsSPAPR() {
			return dir(sysFS, "clockevents", "clocksource", "container", "cpu", "memory", "mpic", "node", "power")
		}
		return dir(sysFS, "clockevents", "clocksource", "container", "cpu", "edac", "machinecheck", "memory", "node")
	case "/sys/firmware":
		if g.IsSPAPR() {
			return dir(sysFS, "devicetree", "fdt")
		}
		return dir(sysFS, "acpi", "dmi", "memmap")
	case "/sys/bus":
		if g.IsSPAPR() {
			return dir(sysFS, sysBusPPC...)
		}
		return dir(sysFS, sysBusX86...)
	case "/sys/kernel", "/sys/class", "/sys/module", "/sys/block", "/sys/dev", "/sys/fs", "/sys/power":
		return opaqueDir(sysFS)
	case "/sys/hypervisor":
		if g.IsSPAPR() {
			return nil
		}
		return dir(sysFS)
	case "/sys/bus/pci/devices":
		// its PCI functions, where the guest's view is known (pci.go);
		// else knownAbsent: the ones the machine lacks
		if names, ok := g.pciListing(); ok {
			return dir(sysFS, names...)
		}
		return opaqueDir(sysFS)
	case "/sys/bus/cpu":
		return dir(sysFS, "devices", "drivers", "drivers_autoprobe", "drivers_probe", "uevent")
	case "/sys/bus/cpu/uevent", "/sys/bus/cpu/drivers_probe":
		return unknownAttr(0o200)
	case "/sys/bus/cpu/drivers_autoprobe":
		return rwAttr("1\n")
	case "/sys/bus/cpu/devices":
		var names []string
		for _, n := range g.cpuDirNames() {
			if isCPUName(n) {
				names = append(names, n)
			}
		}
		return dir(sysFS, names...)
	case "/sys/bus/cpu/drivers":
		if g.IsSPAPR() {
			return dir(sysFS)
		}
		return dir(sysFS, "processor")
	case "/sys/bus/cpu/drivers/processor":
		return opaqueDir(sysFS)
	}
	if rest, ok := strings.CutPrefix(p, "/sys/bus/cpu/devices/"); ok && !strings.Contains(rest, "/") {
		if g.lookupPath(cpuDir+"/"+rest) != nil && isCPUName(rest) {
			return link(sysFS, "../../../devices/system/cpu/"+rest)
		}
		return nil
	}
	if strings.HasPrefix(p, "/sys/firmware/") {
		return g.firmwareNode(p)
	}
	if n, ok := g.pciNode(p); ok {
		return n
	}
	if n, ok := g.pciSlotNode(p); ok {
		return n
	}
	if p == "/sys/devices/system/memory" || strings.HasPrefix(p, "/sys/devices/system/memory/") {
		return g.memoryNode(strings.TrimPrefix(strings.TrimPrefix(p, "/sys/devices/system/memory"), "/"))
	}
	if p == "/sys/devices/system/node" || strings.HasPrefix(p, "/sys/devices/system/node/") {
		return g.numaNode(strings.TrimPrefix(strings.TrimPrefix(p, "/sys/devices/system/node"), "/"))
	}
	if p == cpuDir || strings.HasPrefix(p, cpuDir+"/") {
		return g.cpuTree(strings.TrimPrefix(strings.TrimPrefix(p, cpuDir), "/"))
	}
	return nil
}

// knownAbsent: below a sysfs folder whose entries are not listed, the
// paths the simulator still knows are not there: the firmware's folders
// (firmwareNode answers for what is), and a PCI function on bus 00 where
// the machine has no device (the guest sees only the machine's).
func (g *Guest) knownAbsent(p string) bool {
	if strings.HasPrefix(p, "/sys/firmware/") {
		return true
	}
	for _, dir := range []string{"/sys/bus/pci/devices/", "/sys/devices/pci0000:00/"} {
		name, ok := strings.CutPrefix(p, dir)
		if !ok || strings.Contains(name, "/") {
			continue
		}
		bus, devfn, isBDF := parseBDF(name)
		switch {
		case !isBDF:
			return dir == "/sys/bus/pci/devices/" // every entry there is one
		case bus != 0 || g.HW.RootPCIFunction == nil:
			return false // behind a bridge, or not known: may be there
		default:
			return !g.HW.RootPCIFunction(devfn)
		}
	}
	return false
}

// parseBDF reads a PCI function's sysfs name in domain 0000,
// "0000:BB:DD.F".
func parseBDF(name string) (bus, devfn int, ok bool) {
	if len(name) != 12 || !strings.HasPrefix(name, "0000:") || name[7] != ':' || name[10] != '.' {
		return 0, 0, false
	}
	b, err1 := strconv.ParseUint(name[5:7], 16, 8)
	d, err2 := strconv.ParseUint(name[8:10], 16, 8)
	f, err3 := strconv.ParseUint(name[11:], 16, 8)
	if err1 != nil || err2 != nil || err3 != nil || d > 31 || f > 7 {
		return 0, 0, false
	}
	return int(b), int(d)<<3 | int(f), true
}

func isCPUName(n string) bool {
	if !strings.HasPrefix(n, "cpu") || len(n) == 3 {
		return false
	}
	_, err := strconv.Atoi(n[3:])
	return err == nil
}

func (g *Guest) firmwareNode(p string) *node {
	switch p {
	case "/sys/firmware/acpi", "/sys/firmware/acpi/hotplug":
		if !g.hasACPI() {
			return nil
		}
		if p == "/sys/firmware/acpi/hotplug" {
			return dir(sysFS, "force_remove", "memory", "pci_root", "processor")
		}
		return dir(sysFS, "hotplug", "interrupts", "pm_profile", "tables")
	case "/sys/firmware/acpi/hotplug/processor":
		if !g.hasACPI() {
			return nil
		}
		return dir(sysFS, "enabled")
	case "/sys/firmware/acpi/hotplug/processor/enabled":
		if !g.hasACPI() {
			return nil
		}
		v := "0\n"
		if g.ejectEnabled {
			v = "1\n"
		}
		return &node{kind: busybox.Regular, text: v, known: true, perm: 0o644, fs: sysFS, write: func(d string) error {
			b, err := kstrtobool(d)
			if err != nil {
				return err
			}
			g.ejectEnabled = b
			return nil
		}}
	case "/sys/firmware/devicetree", "/sys/firmware/devicetree/base":
		if !g.IsSPAPR() {
			return nil
		}
		return opaqueDir(sysFS)
	case "/sys/firmware/devicetree/base/cpus":
		if !g.IsSPAPR() {
			return nil
		}
		names := append([]string{"#address-cells", "#size-cells", "ibm,drc-indexes", "ibm,drc-names",
			"ibm,drc-power-domains", "ibm,drc-types", "name", "phandle", "slof,from-fdt"}, g.dtCPUNodes()...)
		sort.Strings(names)
		return dir(sysFS, names...)
	}
	if rest, ok := strings.CutPrefix(p, "/sys/firmware/devicetree/base/cpus/"); ok && g.IsSPAPR() {
		for _, n := range g.dtCPUNodes() {
			if rest == n {
				return opaqueDir(sysFS)
			}
		}
		for _, n := range []string{"#address-cells", "#size-cells", "ibm,drc-indexes", "ibm,drc-names",
			"ibm,drc-power-domains", "ibm,drc-types", "name", "phandle", "slof,from-fdt"} {
			if rest == n {
				return unknownAttr(0o444)
			}
		}
	}
	return nil
}

// numaNode is /sys/devices/system/node.
func (g *Guest) numaNode(rest string) *node {
	nodes := g.nodeCount()
	switch rest {
	case "":
		names := []string{"has_cpu", "has_generic_initiator", "has_memory", "has_normal_memory", "online",
			"possible", "power", "uevent"}
		for i := 0; i < nodes; i++ {
			names = append(names, fmt.Sprintf("node%d", i))
		}
		sort.Strings(names)
		return dir(sysFS, names...)
	case "online", "possible", "has_memory", "has_normal_memory":
		return attr(cpulist(upTo(nodes)) + "\n")
	case "has_cpu":
		var l []int
		for i := 0; i < nodes; i++ {
			if len(g.nodeCPUs(i)) > 0 {
				l = append(l, i)
			}
		}
		return attr(cpulist(l) + "\n")
	case "power":
		return opaqueDir(sysFS)
	case "uevent":
		return rwAttr("")
	case "has_generic_initiator":
		return attr("\n")
	}
	name, sub, _ := strings.Cut(rest, "/")
	n, err := strconv.Atoi(strings.TrimPrefix(name, "node"))
	if !strings.HasPrefix(name, "node") || err != nil || n < 0 || n >= nodes || strconv.Itoa(n) != name[4:] {
		return nil
	}
	switch sub {
	case "":
		blocks, ok := g.nodeMemoryBlocks(n)
		if !ok {
			return opaqueDir(sysFS)
		}
		names := []string{"compact", "cpulist", "cpumap", "distance", "hugepages", "meminfo", "numastat", "power",
			"subsystem", "uevent", "vmstat"}
		if !g.IsSPAPR() {
			// drivers/base/node.c's arch attribute groups: x86's (SGX) folder.
			names = append(names, "x86")
		}
		for _, c := range g.nodeCPUs(n) {
			names = append(names, "cpu"+strconv.Itoa(c))
		}
		for _, b := range blocks {
			names = append(names, "memory"+strconv.Itoa(b))
		}
		sort.Strings(names)
		return dir(sysFS, names...)
	case "compact":
		return unknownAttr(0o200)
	case "meminfo", "numastat", "vmstat":
		return unknownAttr(0o444)
	case "uevent":
		return rwAttr("")
	case "x86":
		if g.IsSPAPR() {
			return nil
		}
		return dir(sysFS)
	case "hugepages":
		if hp := g.hugepageSizes(); hp != nil {
			return dir(sysFS, hp...)
		}
		return opaqueDir(sysFS)
	case "distance":
		var d []string
		for i := 0; i < nodes; i++ {
			if i == n {
				d = append(d, "10")
			} else {
				d = append(d, "20")
			}
		}
		return attr(strings.Join(d, " ") + "\n")
	case "subsystem":
		return link(sysFS, "../../../../bus/node")
	case "power":
		return powerNode("", false)
	case "cpulist":
		return g.cpulistAttr(g.nodePresentCPUs(n))
	case "cpumap":
		return attr(g.cpumask(g.nodePresentCPUs(n)) + "\n")
	}
	if m, ok := strings.CutPrefix(sub, "memory"); ok {
		blocks, _ := g.nodeMemoryBlocks(n)
		for _, b := range blocks {
			if strconv.Itoa(b) == m {
				return link(sysFS, "../../memory/memory"+m)
			}
		}
		return nil
	}
	if hp, ok := strings.CutPrefix(sub, "hugepages/"); ok && !strings.Contains(hp, "/") {
		for _, h := range g.hugepageSizes() {
			if h == hp {
				return opaqueDir(sysFS)
			}
		}
		return nil
	}
	if c, ok := strings.CutPrefix(sub, "cpu"); ok {
		if k, err := strconv.Atoi(c); err == nil && strconv.Itoa(k) == c {
			for _, m := range g.nodeCPUs(n) {
				if m == k {
					return link(sysFS, "../../cpu/cpu"+c)
				}
			}
		}
	}
	return nil
}

// nodeCPUs lists the present CPUs in a NUMA node (the sysfs links a node
// holds: registered CPUs).
func (g *Guest) nodeCPUs(nd int) []int {
	var l []int
	if g.IsSPAPR() {
		// pseries registers every possible CPU at boot, each in its node.
		for n := 0; n < g.possible; n++ {
			if g.sysfsNode[n] == nd {
				l = append(l, n)
			}
		}
		return l
	}
	for _, c := range g.cpus {
		if c != nil && c.Present && g.cpuNodeOf(c) == nd {
			l = append(l, c.Num)
		}
	}
	return l
}

// nodePresentCPUs: the node's CPU mask counts present CPUs only.
func (g *Guest) nodePresentCPUs(nd int) []int {
	var l []int
	for _, n := range g.nodeCPUs(nd) {
		if c := g.cpu(n); c != nil && c.Present {
			l = append(l, n)
		}
	}
	return l
}

func (g *Guest) cpuNodeOf(c *CPU) int {
	if g.IsSPAPR() {
		return g.sysfsNode[c.Num]
	}
	return g.node(c.Slot)
}

// cpuTree is /sys/devices/system/cpu and below.
func (g *Guest) cpuTree(rest string) *node {
	switch rest {
	case "":
		return dir(sysFS, g.cpuDirNames()...)
	case "possible":
		return attr(cpulist(upTo(g.possible)) + "\n")
	case "present":
		return attr(cpulist(g.list(func(c *CPU) bool { return c.Present })) + "\n")
	case "online":
		n := attr(cpulist(g.list(func(c *CPU) bool { return c.Online })) + "\n")
		return n
	case "offline":
		return attr(g.offlineList() + "\n")
	case "kernel_max":
		if g.IsSPAPR() {
			return attr(strconv.Itoa(nrCPUsPPC-1) + "\n")
		}
		return attr(strconv.Itoa(nrCPUsX86-1) + "\n")
	case "isolated":
		return attr("\n")
	case "nohz_full":
		if g.IsSPAPR() {
			return attr("\n")
		}
		// "%*pbl" of a mask never allocated: vsnprintf's "(null)",
		// right-aligned to the width nr_cpumask_bits (= possible CPUs).
		return attr(fmt.Sprintf("%*s\n", g.possible, "(null)"))
	case "uevent":
		n := attr("")
		n.perm = 0o644
		return n
	case "modalias":
		if t, ok := g.cpuModalias(); ok {
			return attr(t)
		}
		return unknownAttr(0o444)
	case "smt":
		return dir(sysFS, "active", "control")
	case "smt/control":
		if g.IsSPAPR() {
			return attr("notimplemented\n")
		}
		return attr("notsupported\n")
	case "smt/active":
		return attr("0\n")
	case "cpufreq":
		return dir(sysFS)
	case "cpuidle":
		return dir(sysFS, "available_governors", "current_driver", "current_governor", "current_governor_ro")
	case "cpuidle/available_governors":
		return attr("ladder menu \n")
	case "cpuidle/current_driver":
		if g.IsSPAPR() {
			return attr("pseries_idle\n")
		}
		return attr("none\n")
	case "cpuidle/current_governor":
		return rwAttr("menu\n")
	case "cpuidle/current_governor_ro":
		return attr("menu\n")
	case "hotplug":
		return dir(sysFS, "states")
	case "hotplug/states":
		return unknownAttr(0o444)
	case "vulnerabilities":
		return g.vulnerabilityNode("")
	case "dscr_default", "probe", "release":
		if !g.IsSPAPR() {
			return nil
		}
		perm := uint32(0o200)
		if rest == "dscr_default" {
			perm = 0o600
		}
		return unknownAttr(perm)
	}
	if pw, ok := strings.CutPrefix(rest, "power"); ok && (pw == "" || pw[0] == '/') {
		return powerNode(strings.TrimPrefix(pw, "/"), false)
	}
	if v, ok := strings.CutPrefix(rest, "vulnerabilities/"); ok {
		return g.vulnerabilityNode(v)
	}
	if r, ok := strings.CutPrefix(rest, "cpu"); ok {
		return g.cpuNode(r)
	}
	return nil
}

// cpuNode resolves cpuN and cpuN/...
func (g *Guest) cpuNode(rest string) *node {
	numStr, sub, _ := strings.Cut(rest, "/")
	n, err := strconv.Atoi(numStr)
	if err != nil || n < 0 || strconv.Itoa(n) != numStr || !g.cpuDirExists(n) {
		return nil
	}
	c := g.cpu(n)
	hasOnline := g.IsSPAPR() || n != 0 // x86 cpu0 cannot go offline: no file
	online := c != nil && c.Online
	switch sub {
	case "":
		if g.IsSPAPR() {
			return dir(sysFS, g.spaprCPUDir(n, c)...)
		}
		names := []string{"cache", "crash_notes", "crash_notes_size", "driver", "firmware_node", "hotplug",
			fmt.Sprintf("node%d", g.node(c.Slot)), "online", "power", "subsystem", "topology", "uevent"}
		if !hasOnline {
			names = dropNames(names, "online")
		}
		if !g.hasACPI() {
			names = dropNames(names, "firmware_node")
		}
		if c != nil && c.HotAdded {
			// cpuhp's sysfs folder is made at boot only.
			names = dropNames(names, "hotplug")
		}
		if !online {
			// cache and topology come and go with the CPU's hotplug states
			// (cacheinfo online, topology prepare): an offline CPU has neither.
			names = dropNames(names, "cache", "topology")
		}
		return dir(sysFS, names...)
	case "online":
		if !hasOnline {
			return nil
		}
		v := "0\n"
		if online {
			v = "1\n"
		}
		return &node{kind: busybox.Regular, text: v, known: true, perm: 0o644, fs: sysFS,
			write: func(d string) error { return g.writeOnline(n, d) }}
	case "physical_id":
		if !g.IsSPAPR() {
			return nil
		}
		if c != nil && c.Present {
			return attr(strconv.Itoa(c.ArchID) + "\n")
		}
		// Never present: the paca's zero; removed: -1.
		return attr(strconv.Itoa(g.hwIDs[n]) + "\n")
	case "crash_notes", "crash_notes_size":
		return unknownAttr(0o400)
	case "uevent":
		if t, ok := g.cpuUevent(n); ok {
			a := attr(t)
			a.perm = 0o644
			return a
		}
		return unknownAttr(0o644)
	case "subsystem":
		return link(sysFS, "../../../../bus/cpu")
	case "driver":
		if g.IsSPAPR() {
			return nil
		}
		return link(sysFS, "../../../../bus/cpu/drivers/processor")
	case "firmware_node":
		if !g.hasACPI() || c == nil {
			return nil
		}
		return link(sysFS, fmt.Sprintf("../../../LNXSYSTM:00/LNXSYBUS:00/ACPI0010:00/LNXCPU:%02x", c.ACPIInstance))
	case "of_node":
		if !g.IsSPAPR() {
			return nil
		}
		return link(sysFS, fmt.Sprintf("../../../../firmware/devicetree/base/cpus/%s@%x", g.dtCPUName(), g.ofNodeCore[n]))
	}
	if nd, ok := strings.CutPrefix(sub, "node"); ok {
		if want := g.cpuNodeOfNum(n); strconv.Itoa(want) == nd {
			return link(sysFS, "../../node/node"+nd)
		}
		return nil
	}
	if online {
		if t, ok := strings.CutPrefix(sub, "topology"); ok {
			return g.topologyNode(c, strings.TrimPrefix(t, "/"))
		}
	}
	if c2, ok := strings.CutPrefix(sub, "cache"); ok && online && (c2 == "" || c2[0] == '/') {
		return g.cacheNode(c, strings.TrimPrefix(c2, "/"))
	}
	if h, ok := strings.CutPrefix(sub, "hotplug"); ok && (h == "" || h[0] == '/') {
		return g.cpuHotplugNode(c, strings.TrimPrefix(h, "/"))
	}
	if pw, ok := strings.CutPrefix(sub, "power"); ok && (pw == "" || pw[0] == '/') {
		return powerNode(strings.TrimPrefix(pw, "/"), true)
	}
	if g.IsSPAPR() && online {
		switch sub {
		case "dscr":
			return unknownAttr(0o600)
		case "idle_purr", "idle_spurr", "pir", "purr", "spurr":
			return unknownAttr(0o400)
		}
	}
	if g.IsSPAPR() && sub == "cpuidle" {
		return dir(sysFS, "state0", "state1")
	}
	return nil
}

// cpuHotplugNode is cpuN/hotplug: the CPU's hotplug state machine
// (CPUHP_ONLINE is 236 in this kernel; an offline CPU sits at 0).
func (g *Guest) cpuHotplugNode(c *CPU, rest string) *node {
	if c != nil && c.HotAdded {
		return nil
	}
	state := "0\n"
	if c != nil && c.Online {
		state = "236\n"
	}
	switch rest {
	case "":
		return dir(sysFS, "fail", "state", "target")
	case "fail":
		return rwAttr("-1\n")
	case "state":
		return attr(state)
	case "target":
		return rwAttr(state)
	}
	return nil
}

// powerNode is a device's power folder (runtime PM attributes).
func powerNode(rest string, qos bool) *node {
	names := []string{"async", "autosuspend_delay_ms", "control", "runtime_active_kids", "runtime_active_time",
		"runtime_enabled", "runtime_status", "runtime_suspended_time", "runtime_usage"}
	if qos {
		names = append(names, "pm_qos_resume_latency_us")
		sortStrings(names)
	}
	switch rest {
	case "":
		return dir(sysFS, names...)
	case "async":
		return rwAttr("disabled\n")
	case "control":
		return rwAttr("auto\n")
	case "runtime_status":
		return attr("unsupported\n")
	case "runtime_enabled":
		return attr("disabled\n")
	case "runtime_active_kids", "runtime_usage":
		return attr("0\n")
	}
	for _, n := range names {
		if n == rest {
			return unknownAttr(0o444)
		}
	}
	return nil
}

func sortStrings(s []string) { sort.Strings(s) }

func (g *Guest) cpuNodeOfNum(n int) int {
	if g.IsSPAPR() {
		return g.sysfsNode[n]
	}
	if c := g.cpu(n); c != nil {
		return g.node(c.Slot)
	}
	return 0
}

// coreOf is the device-tree core (its first thread's hardware id) of a
// pseries CPU number.
func (g *Guest) coreOf(n int) int {
	if c := g.cpu(n); c != nil && c.Present && c.Slot >= 0 && c.Slot < len(g.M.Slots) {
		return g.M.Slots[c.Slot].ArchID
	}
	return n
}

// cpuDirExists: x86 has cpuN folders for present CPUs, pseries for every possible one.
func (g *Guest) cpuDirExists(n int) bool {
	if g.IsSPAPR() {
		return n < g.possible
	}
	c := g.cpu(n)
	return c != nil && c.Present
}

func (g *Guest) cpuDirNames() []string {
	var names []string
	for n := 0; n < g.possible; n++ {
		if g.cpuDirExists(n) {
			names = append(names, fmt.Sprintf("cpu%d", n))
		}
	}
	names = append(names, "cpufreq", "cpuidle", "hotplug", "isolated", "kernel_max", "modalias",
		"nohz_full", "offline", "online", "possible", "power", "present", "smt", "uevent", "vulnerabilities")
	if g.IsSPAPR() {
		names = append(names, "dscr_default", "probe", "release")
	}
	sort.Strings(names)
	return names
}

// offlineList is possible minus online.
func (g *Guest) offlineList() string {
	var l []int
	for n := 0; n < g.possible; n++ {
		if c := g.cpu(n); c == nil || !c.Online {
			l = append(l, n)
		}
	}
	return cpulist(l)
}

// kstrtobool accepts what the kernel accepts for a boolean attribute.
func kstrtobool(s string) (bool, error) {
	if s == "" {
		return false, errInval
	}
	switch s[0] {
	case 'y', 'Y', '1':
		return true, nil
	case 'n', 'N', '0':
		return false, nil
	case 'o', 'O':
		if len(s) > 1 {
			switch s[1] {
			case 'n', 'N':
				return true, nil
			case 'f', 'F':
				return false, nil
			}
		}
	}
	return false, errInval
}

// writeOnline is a write to cpuN/online (device_online / device_offline).
func (g *Guest) writeOnline(n int, data string) error {
	on, err := kstrtobool(data)
	if err != nil {
		return err
	}
	c := g.cpu(n)
	if c == nil || !c.Present {
		if on {
			return errInval
		}
		return nil
	}
	if on == c.Online {
		return nil
	}
	if !on && g.onlineCount() == 1 {
		return errBusy
	}
	switch {
	case on && g.IsSPAPR():
		g.onlineSPAPR(c)
	case on:
		g.onlineX86(c)
	case g.IsSPAPR():
		g.offlineSPAPR(c)
	default:
		g.offlineX86(c)
	}
	return nil
}

func upTo(n int) []int {
	l := make([]int, 0, n)
	for i := 0; i < n; i++ {
		l = append(l, i)
	}
	return l
}

func dropNames(names []string, drop ...string) []string {
	var out []string
	for _, n := range names {
		keep := true
		for _, d := range drop {
			keep = keep && n != d
		}
		if keep {
			out = append(out, n)
		}
	}
	return out
}

// spaprCPUDir lists a pseries cpuN folder (recorded for an online and a
// not-present CPU; a present offline one is taken to be like the latter,
// since the extra entries come with the CPU's online state).
func (g *Guest) spaprCPUDir(n int, c *CPU) []string {
	node := fmt.Sprintf("node%d", g.sysfsNode[n])
	if c != nil && c.Online {
		return []string{"cache", "cpuidle", "crash_notes", "crash_notes_size", "dscr", "hotplug", "idle_purr",
			"idle_spurr", node, "of_node", "online", "physical_id", "pir", "power", "purr", "spurr", "subsystem",
			"topology", "uevent"}
	}
	return []string{"cpuidle", "crash_notes", "crash_notes_size", "hotplug", node, "of_node", "online",
		"physical_id", "power", "subsystem", "uevent"}
}

// hasACPI: an x86 machine with its ACPI tables (not acpi=off).
func (g *Guest) hasACPI() bool { return !g.IsSPAPR() && g.M.ACPI }

// cpumask prints a set of CPUs as the kernel's "%*pb": hex, in 32-bit
// groups separated by commas, as wide as nr_cpu_ids needs.
func (g *Guest) cpumask(l []int) string {
	bits := g.nrCPUIDs()
	words := make([]uint32, (bits+31)/32)
	for _, n := range l {
		if n < bits {
			words[n/32] |= 1 << (n % 32)
		}
	}
	var b strings.Builder
	for i := len(words) - 1; i >= 0; i-- {
		w := 8
		if i == len(words)-1 && bits%32 != 0 {
			w = (bits%32 + 3) / 4
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%0*x", w, words[i])
	}
	return b.String()
}

// nrCPUIDs is nr_cpu_ids: the possible CPUs, within the kernel's NR_CPUS.
func (g *Guest) nrCPUIDs() int {
	limit := nrCPUsX86
	if g.IsSPAPR() {
		limit = nrCPUsPPC
	}
	return min(g.possible, limit)
}
