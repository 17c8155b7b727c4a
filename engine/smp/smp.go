// Package smp is QEMU's -smp: the SMPConfiguration read from keyval (-smp
// and -machine smp.*), and machine_parse_smp_config, which fills in what was
// left out and checks the topology. What differs by release (keys, zeros, the
// unsupported-level checks) is read from the release.
package smp

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"hotpluglab/engine/keyval"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Keys are every SMPConfiguration member any release knows, in schema
// order; a release accepts its own subset (release.SMPKeys).
var Keys = []string{"cpus", "drawers", "books", "sockets", "dies", "clusters", "modules", "cores", "threads", "maxcpus"}

// Config holds the values given, as int64 (QAPI int), with presence,
// indexed like Keys.
type Config struct {
	Given  [10]bool
	Values [10]int64
}

func index(key string) int {
	for i, k := range Keys {
		if k == key {
			return i
		}
	}
	return -1
}

// Set gives a value.
func (c *Config) Set(key string, v int64) {
	i := index(key)
	c.Given[i], c.Values[i] = true, v
}

// Has reports whether a key was given, and its value.
func (c *Config) Has(key string) (int64, bool) {
	i := index(key)
	return c.Values[i], c.Given[i]
}

// FromDict reads the "smp" sub-dictionary of the machine options, the way
// QEMU's keyval input visitor does: each key in schema order must be an
// integer (strtoll base 0, whole string, int64 range), then any key left over
// is unexpected.
func FromDict(rel *release.Release, d *keyval.Dict) (Config, error) {
	var c Config
	if d == nil {
		return c, nil
	}
	known := map[string]bool{}
	for _, k := range rel.SMPKeys {
		known[k] = true
		i := index(k)
		v, ok := d.Values[k]
		if !ok {
			continue
		}
		s, isStr := v.(string)
		if !isStr {
			return c, fmt.Errorf("Parameter 'smp.%s' expects integer", k)
		}
		n, err := ParseInt64(s)
		if err != nil {
			return c, fmt.Errorf("Parameter 'smp.%s' expects integer", k)
		}
		c.Given[i], c.Values[i] = true, n
	}
	var extra []string
	for _, k := range d.Keys {
		if !known[k] {
			extra = append(extra, k)
		}
	}
	if len(extra) > 0 {
		// QEMU reports the first leftover of its QDict, in hash order.
		o := make(qjson.Object, 0, len(extra))
		for _, k := range extra {
			o = append(o, qjson.Member{Key: k})
		}
		return c, fmt.Errorf("Parameter 'smp.%s' is unexpected", o.Ordered()[0].Key)
	}
	return c, nil
}

var errNotInt = errors.New("not an integer")

// ParseInt64 is qemu_strtoi64(s, NULL, 0): optional leading white space, a
// sign, 0x for hex, a leading 0 for octal, the whole string consumed, and the
// value in int64 range.
func ParseInt64(s string) (int64, error) {
	p := strings.TrimLeft(s, " \t\n\v\f\r")
	neg := false
	if p != "" && (p[0] == '+' || p[0] == '-') {
		neg = p[0] == '-'
		p = p[1:]
	}
	base := 10
	switch {
	case len(p) > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && isHex(p[2]):
		base, p = 16, p[2:]
	case len(p) > 1 && p[0] == '0':
		base, p = 8, p[1:]
	}
	if p == "" {
		return 0, errNotInt
	}
	u, err := strconv.ParseUint(p, base, 64)
	if err != nil {
		return 0, errNotInt
	}
	if neg {
		if u > 1<<63 {
			return 0, errNotInt
		}
		return -int64(u), nil
	}
	if u > 1<<63-1 {
		return 0, errNotInt
	}
	return int64(u), nil
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// MachineProps are the MachineClass fields the algorithm reads.
type MachineProps struct {
	Name             string // versioned name, used in messages
	MinCPUs, MaxCPUs int
	// The optional levels the machine supports (smp_props.*_supported).
	DrawersSupported, BooksSupported, DiesSupported, ClustersSupported, ModulesSupported bool
	PreferSockets                                                                        bool
}

// Supports says whether the machine has an optional level.
func (m MachineProps) Supports(level string) bool {
	switch level {
	case "drawers":
		return m.DrawersSupported
	case "books":
		return m.BooksSupported
	case "dies":
		return m.DiesSupported
	case "clusters":
		return m.ClustersSupported
	case "modules":
		return m.ModulesSupported
	}
	return true
}

// WithLevels returns m supporting the named optional levels.
func (m MachineProps) WithLevels(levels []string) MachineProps {
	for _, l := range levels {
		switch l {
		case "drawers":
			m.DrawersSupported = true
		case "books":
			m.BooksSupported = true
		case "dies":
			m.DiesSupported = true
		case "clusters":
			m.ClustersSupported = true
		case "modules":
			m.ModulesSupported = true
		}
	}
	return m
}

// Topology is the machine's final smp (CpuTopology). Levels a release or a
// machine does not have are 1.
type Topology struct {
	CPUs, Drawers, Books, Sockets, Dies, Clusters, Modules, Cores, Threads, MaxCPUs uint32
}

// ZeroWarning is printed once when a given value is 0 (releases where a zero
// is not an error).
const ZeroWarning = "Deprecated CPU topology (considered invalid): CPU topology parameters must be greater than zero"

// ZeroError is the error where it is.
const ZeroError = "Invalid CPU topology: CPU topology parameters must be greater than zero"

// Hierarchy is cpu_hierarchy_to_string: "sockets (S) * dies (D) * cores (C)
// * threads (T)", each optional level only where the machine supports it.
func (t Topology) Hierarchy(m MachineProps) string {
	var b strings.Builder
	if m.DrawersSupported {
		fmt.Fprintf(&b, "drawers (%d) * ", t.Drawers)
	}
	if m.BooksSupported {
		fmt.Fprintf(&b, "books (%d) * ", t.Books)
	}
	fmt.Fprintf(&b, "sockets (%d)", t.Sockets)
	if m.DiesSupported {
		fmt.Fprintf(&b, " * dies (%d)", t.Dies)
	}
	if m.ClustersSupported {
		fmt.Fprintf(&b, " * clusters (%d)", t.Clusters)
	}
	if m.ModulesSupported {
		fmt.Fprintf(&b, " * modules (%d)", t.Modules)
	}
	fmt.Fprintf(&b, " * cores (%d) * threads (%d)", t.Cores, t.Threads)
	return b.String()
}

// ErrDivideByZero stands for QEMU's SIGFPE when a divisor wraps to zero.
var ErrDivideByZero = errors.New("smp: integer division by zero")

func div(a, b uint32) (uint32, error) {
	if b == 0 {
		return 0, ErrDivideByZero
	}
	return a / b, nil
}

// Resolve is machine_parse_smp_config as the release has it. It returns the
// topology (also when the checks fail: QEMU stores it before checking), the
// warnings, and the error that stops the machine.
func Resolve(rel *release.Release, c Config, m MachineProps) (t Topology, warnings []string, err error) {
	for i := range Keys {
		if c.Given[i] && c.Values[i] == 0 {
			if rel.SMPZeroIsError {
				return t, nil, errors.New(ZeroError)
			}
			warnings = append(warnings, ZeroWarning)
			break
		}
	}
	u := func(key string) uint32 {
		v, given := c.Has(key)
		if !given {
			return 0
		}
		return uint32(v)
	}
	cpus, drawers, books, sockets, dies, clusters := u("cpus"), u("drawers"), u("books"), u("sockets"), u("dies"), u("clusters")
	modules, cores, threads, maxcpus := u("modules"), u("cores"), u("threads"), u("maxcpus")

	for _, level := range rel.SMPLevelChecks {
		if !m.Supports(level) && u(level) > 1 {
			return t, warnings, fmt.Errorf(rel.SMPLevelError, level)
		}
	}
	one := func(v *uint32) {
		if *v == 0 {
			*v = 1
		}
	}
	for _, v := range []*uint32{&drawers, &books, &dies, &clusters, &modules} {
		one(v)
	}
	d := drawers * books * dies * clusters * modules
	if cpus == 0 && maxcpus == 0 {
		one(&sockets)
		one(&cores)
		one(&threads)
	} else {
		if maxcpus == 0 {
			maxcpus = cpus
		}
		if m.PreferSockets {
			if sockets == 0 {
				one(&cores)
				one(&threads)
				if sockets, err = div(maxcpus, d*cores*threads); err != nil {
					return t, warnings, err
				}
			} else if cores == 0 {
				one(&threads)
				if cores, err = div(maxcpus, sockets*d*threads); err != nil {
					return t, warnings, err
				}
			}
		} else {
			if cores == 0 {
				one(&sockets)
				one(&threads)
				if cores, err = div(maxcpus, sockets*d*threads); err != nil {
					return t, warnings, err
				}
			} else if sockets == 0 {
				one(&threads)
				if sockets, err = div(maxcpus, d*cores*threads); err != nil {
					return t, warnings, err
				}
			}
		}
		if threads == 0 {
			if threads, err = div(maxcpus, sockets*d*cores); err != nil {
				return t, warnings, err
			}
		}
	}
	if maxcpus == 0 {
		maxcpus = sockets * d * cores * threads
	}
	if cpus == 0 {
		cpus = maxcpus
	}
	t = Topology{CPUs: cpus, Drawers: drawers, Books: books, Sockets: sockets, Dies: dies, Clusters: clusters, Modules: modules, Cores: cores, Threads: threads, MaxCPUs: maxcpus}

	if sockets*d*cores*threads != maxcpus {
		return t, warnings, fmt.Errorf("Invalid CPU topology: product of the hierarchy must match maxcpus: %s != maxcpus (%d)", t.Hierarchy(m), maxcpus)
	}
	if maxcpus < cpus {
		return t, warnings, fmt.Errorf("Invalid CPU topology: maxcpus must be equal to or greater than smp: %s == maxcpus (%d) < smp_cpus (%d)", t.Hierarchy(m), maxcpus, cpus)
	}
	if cpus < uint32(m.MinCPUs) {
		return t, warnings, fmt.Errorf("Invalid SMP CPUs %d. The min CPUs supported by machine '%s' is %d", int32(cpus), m.Name, m.MinCPUs)
	}
	if maxcpus > uint32(m.MaxCPUs) {
		return t, warnings, fmt.Errorf("Invalid SMP CPUs %d. The max CPUs supported by machine '%s' is %d", int32(maxcpus), m.Name, m.MaxCPUs)
	}
	return t, warnings, nil
}
