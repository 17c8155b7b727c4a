package guest

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
)

// The part of sysfs and procfs the shell can read and write. Contents are
// the recordings'; a file or folder that exists but whose content was never
// recorded answers errNotModelled rather than an invented text.

var (
	errNoEnt       = errors.New("No such file or directory")
	errAccess      = errors.New("Permission denied")
	errInval       = errors.New("Invalid argument")
	errBusy        = errors.New("Device or resource busy")
	errIsDir       = errors.New("Is a directory")
	errNotDir      = errors.New("Not a directory")
	errNoSpace     = errors.New("No space left on device")
	errNotModelled = errors.New("not modelled")
)

const cpuDir = "/sys/devices/system/cpu"

// node is one entry of the virtual tree.
type node struct {
	dir      bool
	children []string // folders: names (nil with modelled=false: listing unknown)
	modelled bool
	partial  bool // only some lines are modelled: grep may read it, cat may not
	content  string
	write    func(data string) error // nil: not writable
}

func dirNode(names ...string) *node { return &node{dir: true, children: names, modelled: true} }
func fileNode(s string) *node       { return &node{content: s, modelled: true} }

// lookup resolves an absolute, cleaned path.
func (g *Guest) lookup(p string) *node {
	p = path.Clean("/" + p)
	switch p {
	case "/":
		return &node{dir: true}
	case "/sys", "/sys/devices", "/sys/devices/system", "/proc", "/sys/firmware":
		return &node{dir: true}
	case "/sys/firmware/acpi":
		if !g.hasACPI() {
			return nil
		}
		return &node{dir: true}
	case cpuDir:
		return dirNode(g.cpuDirNames()...)
	case cpuDir + "/possible":
		return fileNode(cpulist(upTo(g.possible)) + "\n")
	case cpuDir + "/present":
		return fileNode(cpulist(g.list(func(c *CPU) bool { return c.Present })) + "\n")
	case cpuDir + "/online":
		return fileNode(cpulist(g.list(func(c *CPU) bool { return c.Online })) + "\n")
	case cpuDir + "/offline":
		return fileNode(g.offlineList() + "\n")
	case cpuDir + "/kernel_max":
		if g.IsSPAPR() {
			return fileNode(strconv.Itoa(nrCPUsPPC-1) + "\n")
		}
		return fileNode(strconv.Itoa(nrCPUsX86-1) + "\n")
	case "/proc/cpuinfo":
		return g.cpuinfo()
	case "/proc/device-tree", "/proc/device-tree/cpus":
		if !g.IsSPAPR() {
			return nil
		}
		if p == "/proc/device-tree" {
			return &node{dir: true}
		}
		names := append([]string{"#address-cells", "#size-cells", "ibm,drc-indexes", "ibm,drc-names",
			"ibm,drc-power-domains", "ibm,drc-types", "name", "phandle", "slof,from-fdt"}, g.dtCPUNodes()...)
		return dirNode(names...)
	case "/sys/firmware/acpi/hotplug", "/sys/firmware/acpi/hotplug/processor":
		if !g.hasACPI() {
			return nil
		}
		return &node{dir: true}
	case "/sys/firmware/acpi/hotplug/processor/enabled":
		if !g.hasACPI() {
			return nil
		}
		v := "0\n"
		if g.ejectEnabled {
			v = "1\n"
		}
		return &node{content: v, modelled: true, write: func(d string) error {
			b, err := kstrtobool(d)
			if err != nil {
				return err
			}
			g.ejectEnabled = b
			return nil
		}}
	}
	if rest, ok := strings.CutPrefix(p, cpuDir+"/cpu"); ok {
		return g.cpuNode(rest)
	}
	for _, name := range []string{"cpufreq", "cpuidle", "hotplug", "power", "vulnerabilities"} {
		if p == cpuDir+"/"+name {
			return &node{dir: true}
		}
	}
	for _, name := range g.cpuDirNames() {
		if p == cpuDir+"/"+name && !strings.HasPrefix(name, "cpu") {
			return &node{} // exists, content not recorded
		}
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
	switch sub {
	case "":
		if g.IsSPAPR() {
			return dirNode(g.spaprCPUDir(n, c)...)
		}
		names := []string{"cache", "crash_notes", "crash_notes_size", "driver", "firmware_node", "hotplug",
			fmt.Sprintf("node%d", g.node(c.Slot)), "online", "power", "subsystem", "topology", "uevent"}
		if !hasOnline {
			names = append(names[:7:7], names[8:]...)
		}
		if c != nil && c.HotAdded {
			// cpuhp's sysfs folder is made at boot only.
			names = without(names, "hotplug")
		}
		if c != nil && !c.Online {
			// cache and topology come and go with the CPU's hotplug states
			// (cacheinfo online, topology prepare): an offline CPU has neither.
			names = without(names, "cache", "topology")
		}
		return dirNode(names...)
	case "online":
		if !hasOnline {
			return nil
		}
		v := "0\n"
		if c != nil && c.Online {
			v = "1\n"
		}
		return &node{content: v, modelled: true, write: func(d string) error { return g.writeOnline(n, d) }}
	case "physical_id":
		if !g.IsSPAPR() {
			return nil
		}
		if c != nil && c.Present {
			return fileNode(strconv.Itoa(c.ArchID) + "\n")
		}
		// Never present: the paca's zero; removed: -1.
		return fileNode(strconv.Itoa(g.hwIDs[n]) + "\n")
	}
	return nil
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

func without(names []string, drop ...string) []string {
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
