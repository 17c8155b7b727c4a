// Package machinetype is QEMU 7.2's table of machine types (MachineClass):
// names, aliases and the per-version properties that decide CPU topology and
// hotplug (max CPUs, default CPU type, prefer sockets or cores, ...).
package machinetype

import (
	"strconv"
	"strings"
)

// Target is the QEMU binary's architecture.
type Target string

const (
	X86_64 Target = "x86_64"
	PPC64  Target = "ppc64"
)

// Binary is the program name QEMU prefixes its messages with.
func (t Target) Binary() string { return "qemu-system-" + string(t) }

// Family groups the machine types this simulator models.
type Family string

const (
	PC      Family = "pc"      // pc-i440fx-*
	Q35     Family = "q35"     // pc-q35-*
	PSeries Family = "pseries" // pseries-*
	Other   Family = "other"   // listed by query-machines, not simulated
)

// Type is one machine type.
type Type struct {
	Name             string
	Alias            string
	Target           Target
	Family           Family
	Major, Minor     int // version, for pc/q35/pseries
	IsDefault        bool
	CPUMax           int
	DefaultCPUType   string // "" when none
	HotpluggableCPUs bool
	Deprecated       bool
	NumaMemSupported bool
	DefaultRAMID     string // "" when none
	// Topology and hotplug behaviour.
	PreferSockets    bool // machines up to 6.1 fill sockets first
	DiesSupported    bool // x86 only
	LegacyCPUHotplug bool // x86 <= 2.6: legacy CPU hotplug ACPI tables
	DefaultRAMBytes  int64
	WakeupSuspend    bool
	spaprSXXM        bool
}

// versionAtMost reports whether the machine's version is <= major.minor.
func (t *Type) VersionAtMost(major, minor int) bool {
	return t.Major < major || (t.Major == major && t.Minor <= minor)
}

// QOMType is what qom-get /machine type answers.
func (t *Type) QOMType() string { return t.Name + "-machine" }

func v(major, minor int) string { return strconv.Itoa(major) + "." + strconv.Itoa(minor) }

var tables = map[Target][]*Type{}

func init() {
	tables[X86_64] = x86Types()
	tables[PPC64] = ppcTypes()
}

// All lists a target's machine types in a stable order (by name).
func All(t Target) []*Type { return tables[t] }

// Lookup finds a machine by name or alias for a target.
func Lookup(t Target, name string) *Type {
	for _, m := range tables[t] {
		if m.Name == name || (m.Alias != "" && m.Alias == name) {
			return m
		}
	}
	return nil
}

// Default is the machine a binary builds without -M.
func Default(t Target) *Type {
	for _, m := range tables[t] {
		if m.IsDefault {
			return m
		}
	}
	return nil
}

// TargetOf says which binary a machine name belongs to (pc, q35 and their
// versions are x86_64; pseries are ppc64). Names that both binaries know
// ("none") or neither know return "".
func TargetOf(name string) Target {
	x, p := Lookup(X86_64, name) != nil, Lookup(PPC64, name) != nil
	switch {
	case x && !p:
		return X86_64
	case p && !x:
		return PPC64
	}
	return ""
}

var pcVersions = []string{"1.4", "1.5", "1.6", "1.7", "2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "3.0", "3.1", "4.0", "4.1", "4.2", "5.0", "5.1", "5.2", "6.0", "6.1", "6.2", "7.0", "7.1", "7.2"}

func parseVersion(s string) (int, int) {
	parts := strings.SplitN(s, ".", 3)
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	return a, b
}

func x86Types() []*Type {
	var l []*Type
	l = append(l,
		&Type{Name: "isapc", Target: X86_64, Family: Other, CPUMax: 1, DefaultCPUType: "486-x86_64-cpu", HotpluggableCPUs: true, DefaultRAMID: "pc.ram", DiesSupported: true, WakeupSuspend: true},
		&Type{Name: "microvm", Target: X86_64, Family: Other, CPUMax: 288, DefaultCPUType: "qemu64-x86_64-cpu", DefaultRAMID: "microvm.ram", WakeupSuspend: true},
		&Type{Name: "none", Target: X86_64, Family: Other, CPUMax: 1, DefaultRAMID: "ram"},
		&Type{Name: "x-remote", Target: X86_64, Family: Other, CPUMax: 1, WakeupSuspend: true},
	)
	for _, ver := range pcVersions {
		ma, mi := parseVersion(ver)
		m := &Type{Name: "pc-i440fx-" + ver, Target: X86_64, Family: PC, Major: ma, Minor: mi,
			CPUMax: 255, DefaultCPUType: "qemu64-x86_64-cpu", HotpluggableCPUs: true, DefaultRAMID: "pc.ram",
			DiesSupported: true, DefaultRAMBytes: 128 << 20, WakeupSuspend: true}
		m.Deprecated = m.VersionAtMost(1, 7)
		m.NumaMemSupported = m.VersionAtMost(5, 0)
		m.PreferSockets = m.VersionAtMost(6, 1)
		m.LegacyCPUHotplug = m.VersionAtMost(2, 6)
		if ver == "7.2" {
			m.Alias, m.IsDefault = "pc", true
		}
		l = append(l, m)
	}
	for _, ver := range append(pcVersions[8:20], append([]string{"4.0.1"}, pcVersions[20:]...)...) {
		ma, mi := parseVersion(ver)
		m := &Type{Name: "pc-q35-" + ver, Target: X86_64, Family: Q35, Major: ma, Minor: mi,
			CPUMax: 288, DefaultCPUType: "qemu64-x86_64-cpu", HotpluggableCPUs: true, DefaultRAMID: "pc.ram",
			DiesSupported: true, DefaultRAMBytes: 128 << 20, WakeupSuspend: true}
		if m.VersionAtMost(2, 7) {
			m.CPUMax = 255
		}
		m.NumaMemSupported = m.VersionAtMost(5, 0)
		m.PreferSockets = m.VersionAtMost(6, 1)
		m.LegacyCPUHotplug = m.VersionAtMost(2, 6)
		if ver == "7.2" {
			m.Alias = "q35"
		}
		l = append(l, m)
	}
	return sorted(l)
}

var pseriesVersions = []string{"2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "2.12-sxxm", "3.0", "3.1", "4.0", "4.1", "4.2", "5.0", "5.1", "5.2", "6.0", "6.1", "6.2", "7.0", "7.1", "7.2"}

func ppcTypes() []*Type {
	other := func(name string, max int, cpu, ram string) *Type {
		return &Type{Name: name, Target: PPC64, Family: Other, CPUMax: max, DefaultCPUType: cpu, DefaultRAMID: ram, WakeupSuspend: true}
	}
	l := []*Type{
		other("40p", 1, "604-powerpc64-cpu", ""),
		other("bamboo", 1, "440epb-powerpc64-cpu", "ppc4xx.sdram"),
		other("g3beige", 1, "750_v3.1-powerpc64-cpu", "ppc_heathrow.ram"),
		other("mac99", 1, "970fx_v3.1-powerpc64-cpu", "ppc_core99.ram"),
		other("mpc8544ds", 15, "e500v2_v30-powerpc64-cpu", "mpc8544ds.ram"),
		{Name: "none", Target: PPC64, Family: Other, CPUMax: 1, DefaultRAMID: "ram"},
		other("pegasos2", 1, "7400_v2.9-powerpc64-cpu", "pegasos2.ram"),
		other("powernv10", 2048, "power10_v2.0-powerpc64-cpu", "pnv.ram"),
		other("powernv8", 2048, "power8_v2.0-powerpc64-cpu", "pnv.ram"),
		other("powernv9", 2048, "power9_v2.0-powerpc64-cpu", "pnv.ram"),
		other("ppce500", 32, "e500v2_v30-powerpc64-cpu", "mpc8544ds.ram"),
		other("ref405ep", 1, "", "ppc405.ram"),
		other("sam460ex", 1, "460exb-powerpc64-cpu", "ppc4xx.sdram"),
		other("virtex-ml507", 1, "440-xilinx-powerpc64-cpu", "ram"),
	}
	l[9].Alias = "powernv"
	for _, ver := range pseriesVersions {
		ma, mi := parseVersion(strings.TrimSuffix(ver, "-sxxm"))
		m := &Type{Name: "pseries-" + ver, Target: PPC64, Family: PSeries, Major: ma, Minor: mi,
			CPUMax: 4096, HotpluggableCPUs: true, DefaultRAMID: "ppc_spapr.ram", DefaultRAMBytes: 512 << 20,
			WakeupSuspend: true, spaprSXXM: strings.HasSuffix(ver, "-sxxm")}
		switch {
		case m.VersionAtMost(2, 7):
			m.DefaultCPUType = "power7_v2.3-powerpc64-cpu"
		case m.VersionAtMost(3, 1):
			m.DefaultCPUType = "power8_v2.0-powerpc64-cpu"
		default:
			m.DefaultCPUType = "power9_v2.0-powerpc64-cpu"
		}
		m.HotpluggableCPUs = !m.VersionAtMost(2, 6)
		m.NumaMemSupported = m.VersionAtMost(5, 0)
		m.PreferSockets = m.VersionAtMost(6, 1)
		if ver == "7.2" {
			m.Alias, m.IsDefault = "pseries", true
		}
		l = append(l, m)
	}
	return sorted(l)
}

func sorted(l []*Type) []*Type {
	// by name, as the corpus sorts query-machines
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && l[j].Name < l[j-1].Name; j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
	return l
}
