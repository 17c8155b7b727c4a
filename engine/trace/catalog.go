// Package trace is QEMU's tracing (trace/control.c) with the "log" backend
// Debian builds use: the release's catalog of trace events, patterns, each
// process's enabled events, the -trace option, and the lines the backend
// prints ("name format\n" on stderr). Device models pass their trace points
// through machine.Trace with QEMU's event names and arguments; a Backend
// formats the enabled ones with the format strings compiled into the
// release's binaries.
package trace

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/release"
)

// Info is one event of a catalog.
type Info struct {
	Name string
	// VCPU: a vCPU-specific event (QMP "vcpu": true, per-vCPU state).
	VCPU bool
	// Unavailable: compiled out of the binary; it can be listed but not
	// enabled (QMP "state": "unavailable").
	Unavailable bool
}

// Catalog is what one binary of a release knows: every event in
// registration order (what `-trace help` lists) and the formats of the
// events the simulator emits.
type Catalog struct {
	Events  []Info
	index   map[string]int
	formats map[string]string
	maxName int
}

var catalogs sync.Map // "release/target" -> *Catalog

// For returns the catalog of qemu-system-<target> of a release, read from
// the release's recorded trace-events.txt and trace-formats.txt.
func For(rel *release.Release, target string) *Catalog {
	key := rel.Name + "/" + target
	if c, ok := catalogs.Load(key); ok {
		return c.(*Catalog)
	}
	c := parseCatalog(rel.Text("trace-events.txt"), rel.Text("trace-formats.txt"), target)
	v, _ := catalogs.LoadOrStore(key, c)
	return v.(*Catalog)
}

// Lazy is For, called when first needed (NewBackend).
func Lazy(rel *release.Release, target string) func() *Catalog {
	return func() *Catalog { return For(rel, target) }
}

// parseCatalog reads the front-coded event list (see
// testdata/oracle/record_trace_events.py): "<targets><flags><n>,<rest>".
func parseCatalog(events, formats, target string) *Catalog {
	want := byte('x')
	if target == "ppc64" {
		want = 'p'
	}
	c := &Catalog{index: map[string]int{}, formats: map[string]string{}}
	prev := ""
	for _, line := range strings.Split(events, "\n") {
		if line == "" {
			continue
		}
		targets := line[0]
		i := 1
		var info Info
		for ; i < len(line) && (line[i] == 'v' || line[i] == 'u'); i++ {
			info.VCPU = info.VCPU || line[i] == 'v'
			info.Unavailable = info.Unavailable || line[i] == 'u'
		}
		comma := strings.IndexByte(line, ',')
		n, err := strconv.Atoi(line[i:comma])
		if err != nil || n > len(prev) {
			panic(fmt.Sprintf("trace-events.txt: bad line %q", line))
		}
		info.Name = prev[:n] + line[comma+1:]
		prev = info.Name
		if targets == 'b' || targets == want {
			c.index[info.Name] = len(c.Events)
			c.Events = append(c.Events, info)
			c.maxName = max(c.maxName, len(info.Name))
		}
	}
	for _, line := range strings.Split(formats, "\n") {
		if name, f, ok := strings.Cut(line, " "); ok {
			c.formats[name] = f
		}
	}
	return c
}

// longest is the length of the longest event name.
func (c *Catalog) longest() int { return c.maxName }

// Lookup finds an event by its exact name.
func (c *Catalog) Lookup(name string) (int, bool) {
	i, ok := c.index[name]
	return i, ok
}

// Format is the log backend's format string of an event ("" when the
// simulator has none: it never emits that event).
func (c *Catalog) Format(name string) string { return c.formats[name] }

// Emitted says whether the simulator's device models ever emit the event.
func (c *Catalog) Emitted(name string) bool { _, ok := c.formats[name]; return ok }

// HelpText is what `-trace help` prints: every event name, one a line.
func (c *Catalog) HelpText() string {
	var b strings.Builder
	for _, e := range c.Events {
		b.WriteString(e.Name)
		b.WriteByte('\n')
	}
	return b.String()
}

// IsPattern is trace_event_is_pattern: only '*' makes a pattern ('?' still
// matches one character inside one).
func IsPattern(s string) bool { return strings.Contains(s, "*") }

// Match is GLib's g_pattern_match_simple: '*' matches any run of
// characters, '?' any one character.
func Match(pattern, s string) bool {
	// Iterative glob with backtracking to the last '*'.
	p, i := 0, 0
	star, mark := -1, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && (pattern[p] == '?' || pattern[p] == s[i]) && pattern[p] != '*':
			p++
			i++
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case star >= 0:
			p = star + 1
			mark++
			i = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// Matching lists the indexes of the events a glob selects, in registration
// order (trace_event_iter_init_pattern: a glob even without '*'). A glob
// longer than any event name matches none, and runs of '*' count as one,
// so a huge pattern costs no more than a short one.
func (c *Catalog) Matching(name string) []int {
	var b strings.Builder
	literal := 0
	for i := 0; i < len(name); i++ {
		if name[i] == '*' && i > 0 && name[i-1] == '*' {
			continue
		}
		if name[i] != '*' {
			literal++
		}
		b.WriteByte(name[i])
	}
	if literal > c.longest() {
		return nil
	}
	name = b.String()
	var out []int
	for i, e := range c.Events {
		if Match(name, e.Name) {
			out = append(out, i)
		}
	}
	return out
}
