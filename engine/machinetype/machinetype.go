// Package machinetype is a QEMU release's table of machine types
// (MachineClass): names, aliases and the per-version properties that decide
// CPU topology and hotplug (max CPUs, default CPU type, prefer sockets or
// cores, ...). The list and its query-machines fields are what each release's
// binaries answered (release/<version>/<target>-machines.json, in QEMU's own
// order); the behaviour of a machine version is QEMU's compat rules by that
// version, the same in every release that still has it.
package machinetype

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
	"hotpluglab/engine/smp"
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
	ISAPC   Family = "isapc"   // one CPU, no PCI, no ACPI
	Microvm Family = "microvm" // no ACPI CPU hotplug
	Other   Family = "other"   // listed by query-machines, not simulated
)

// Type is one machine type of one release.
type Type struct {
	Release *release.Release
	// The query-machines fields, as the release's binary answers them.
	Name             string
	Alias            string
	IsDefault        bool
	CPUMax           int
	DefaultCPUType   string // "" when none
	HotpluggableCPUs bool
	Deprecated       bool
	NumaMemSupported bool
	DefaultRAMID     string // "" when none
	// ACPI is query-machines' "acpi" member (nil where the release has none).
	ACPI *bool

	Target       Target
	Family       Family
	Major, Minor int // version, for pc/q35/pseries
	// Topology and hotplug behaviour.
	PreferSockets    bool     // machines up to 6.1 fill sockets first
	SMPLevels        []string // optional -smp levels supported (x86: release.X86SMPLevels)
	LegacyCPUHotplug bool     // x86 <= 2.6: legacy CPU hotplug ACPI tables
	DefaultRAMBytes  int64
	WakeupSuspend    bool
}

// decodeMachines reads a recorded query-machines reply. It walks qjson's
// tree rather than using json.Unmarshal: reflection-driven decoding was a
// visible share of the page's start (its code compiled on first use).
// (json.Number is only qjson's type for an integer.)
func decodeMachines(text string) ([]*Type, error) {
	v, err := qjson.ParseRecorded(text)
	if err != nil {
		return nil, err
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("not a list")
	}
	l := make([]*Type, 0, len(list))
	for _, e := range list {
		o, ok := e.(qjson.Object)
		if !ok {
			return nil, fmt.Errorf("not an object: %v", e)
		}
		t := &Type{}
		for _, m := range o {
			var ok bool
			switch m.Key {
			case "name":
				t.Name, ok = m.Value.(string)
			case "alias":
				t.Alias, ok = m.Value.(string)
			case "default-cpu-type":
				t.DefaultCPUType, ok = m.Value.(string)
			case "default-ram-id":
				t.DefaultRAMID, ok = m.Value.(string)
			case "is-default":
				t.IsDefault, ok = m.Value.(bool)
			case "hotpluggable-cpus":
				t.HotpluggableCPUs, ok = m.Value.(bool)
			case "deprecated":
				t.Deprecated, ok = m.Value.(bool)
			case "numa-mem-supported":
				t.NumaMemSupported, ok = m.Value.(bool)
			case "acpi":
				var acpi bool
				acpi, ok = m.Value.(bool)
				t.ACPI = &acpi
			case "cpu-max":
				var n json.Number
				if n, ok = m.Value.(json.Number); ok {
					t.CPUMax, err = strconv.Atoi(string(n))
					ok = err == nil
				}
			default:
				ok = true // a member the simulator does not use
			}
			if !ok {
				return nil, fmt.Errorf("%s: %v", m.Key, m.Value)
			}
		}
		l = append(l, t)
	}
	return l, nil
}

// versionAtMost reports whether the machine's version is <= major.minor.
func (t *Type) VersionAtMost(major, minor int) bool {
	return t.Major < major || (t.Major == major && t.Minor <= minor)
}

// SMPProps are the machine's -smp properties (MachineClass smp_props).
func (t *Type) SMPProps() smp.MachineProps {
	return smp.MachineProps{Name: t.Name, MinCPUs: 1, MaxCPUs: t.CPUMax, PreferSockets: t.PreferSockets}.WithLevels(t.SMPLevels)
}

// Empty says whether the board creates no CPU and no devices of its own:
// "none", and x-remote (a multi-process QEMU's device process: a PCI host
// with nothing on it, no CPUs).
func (t *Type) Empty() bool { return t.Name == "none" || t.Name == "x-remote" }

// QOMType is what qom-get /machine type answers.
func (t *Type) QOMType() string { return t.Name + "-machine" }

type key struct {
	rel    *release.Release
	target Target
}

var tables sync.Map // key -> []*Type, in the recorded order

// All lists a release's machine types for a target, in the order its
// query-machines answered.
func All(rel *release.Release, t Target) []*Type {
	k := key{rel, t}
	if l, ok := tables.Load(k); ok {
		return l.([]*Type)
	}
	l, _ := tables.LoadOrStore(k, build(rel, t))
	return l.([]*Type)
}

// build reads the recorded query-machines reply and adds the behaviour of
// each machine version.
func build(rel *release.Release, target Target) []*Type {
	l, err := decodeMachines(rel.Text(string(target) + "-machines.json"))
	if err != nil {
		panic("machinetype: " + rel.Name + "/" + string(target) + "-machines.json: " + err.Error()) // a build-time fact, checked by the tests
	}
	for _, m := range l {
		m.Release, m.Target, m.Family = rel, target, Other
		m.WakeupSuspend = !m.Empty()
		var ver string
		switch {
		case strings.HasPrefix(m.Name, "pc-i440fx-"):
			m.Family, ver = PC, strings.TrimPrefix(m.Name, "pc-i440fx-")
		case strings.HasPrefix(m.Name, "pc-q35-"):
			m.Family, ver = Q35, strings.TrimPrefix(m.Name, "pc-q35-")
		case strings.HasPrefix(m.Name, "pseries-"):
			m.Family, ver = PSeries, strings.TrimPrefix(m.Name, "pseries-")
			ver = strings.TrimSuffix(ver, "-sxxm")
		case m.Name == "isapc" || m.Name == "microvm":
			// Unversioned boards with today's rules (cores preferred);
			// isapc is a PC machine (its dies, modules), microvm takes
			// no optional level (measured on both releases).
			m.Family = Family(m.Name)
			if m.Name == "isapc" {
				m.SMPLevels = rel.X86SMPLevels
			}
			m.DefaultRAMBytes = 128 << 20
			continue
		}
		if m.Family == Other {
			continue
		}
		m.Major, m.Minor = parseVersion(ver)
		m.PreferSockets = m.VersionAtMost(6, 1)
		if m.Family == PSeries {
			m.DefaultRAMBytes = 512 << 20
			continue
		}
		m.SMPLevels = rel.X86SMPLevels
		m.DefaultRAMBytes = 128 << 20
		m.LegacyCPUHotplug = m.VersionAtMost(2, 6)
	}
	return l
}

// Lookup finds a machine by name or alias for a target.
func Lookup(rel *release.Release, t Target, name string) *Type {
	for _, m := range All(rel, t) {
		if m.Name == name || (m.Alias != "" && m.Alias == name) {
			return m
		}
	}
	return nil
}

// Default is the machine a binary builds without -M.
func Default(rel *release.Release, t Target) *Type {
	for _, m := range All(rel, t) {
		if m.IsDefault {
			return m
		}
	}
	return nil
}

// TargetOf says which binary a machine name belongs to (pc, q35 and their
// versions are x86_64; pseries are ppc64). Names that both binaries know
// ("none") or neither know return "".
func TargetOf(rel *release.Release, name string) Target {
	x, p := Lookup(rel, X86_64, name) != nil, Lookup(rel, PPC64, name) != nil
	switch {
	case x && !p:
		return X86_64
	case p && !x:
		return PPC64
	}
	return ""
}

func parseVersion(s string) (int, int) {
	parts := strings.SplitN(s, ".", 3)
	a, _ := strconv.Atoi(parts[0])
	b := 0
	if len(parts) > 1 {
		b, _ = strconv.Atoi(parts[1])
	}
	return a, b
}

// CachesSupported: the machine takes smp-cache levels for its caches (the
// pc machines; microvm and pseries refuse any, measured on 10.0).
func (t *Type) CachesSupported() bool {
	return t.Family == PC || t.Family == Q35 || t.Family == ISAPC
}

// L3CacheLevel is the level a default L3 resolves to once smp-cache is
// given (measured on 10.0: die on pc and q35 10.0; core on pc-q35-9.2 and
// isapc, whose CPU caches keep the older layout).
func (t *Type) L3CacheLevel() string {
	if (t.Family == PC || t.Family == Q35) && t.Major == t.Release.Major && t.Minor == t.Release.Minor {
		return "die"
	}
	return "core"
}
