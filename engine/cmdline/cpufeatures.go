package cmdline

import (
	"fmt"
	"hotpluglab/engine/qemuopts"
	"slices"
	"strings"
	"sync"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// ppcCPUProperties are the properties of a POWER CPU thread object
// (`-device power9_v2.0-powerpc64-cpu,help`).
var ppcCPUProperties = map[string]bool{"memory": true, "pre-2.10-migration": true, "pre-2.8-migration": true,
	"pre-3.0-migration": true, "start-powered-off": true}

var x86PropsByRelease sync.Map // *release.Release -> map[string]string

// x86CPUProps are qemu64-x86_64-cpu's properties in a release (name ->
// "<type>"); bool ones are features.
func x86CPUProps(rel *release.Release) map[string]string {
	if p, ok := x86PropsByRelease.Load(rel); ok {
		return p.(map[string]string)
	}
	props := map[string]string{}
	for _, l := range strings.Split(rel.Text("qemu64-x86_64-cpu-props.txt"), "\n") {
		if name, typ, ok := strings.Cut(strings.TrimSpace(l), "="); ok {
			props[name], _, _ = strings.Cut(typ, " ")
		}
	}
	p, _ := x86PropsByRelease.LoadOrStore(rel, props)
	return p.(map[string]string)
}

// cpuOptions is the "<features>" part of -cpu "<model>,<features>".
type cpuOptions struct {
	globals   [][2]string // key=value (a bare key means key=on), in order
	plus      []string    // x86 +feature
	minus     []string    // x86 -feature
	warnings  []string    // printed when the model is resolved
	target    machinetype.Target
	rel       *release.Release
	parseFail error
}

// parseCPUFeatures runs when the model is resolved: cpu_common_parse_features
// on ppc, x86_cpu_parse_featurestr on x86 (which warns when "+f" or "-f" and
// "f=v" are mixed).
func parseCPUFeatures(rel *release.Release, target machinetype.Target, features string) *cpuOptions {
	c := &cpuOptions{target: target, rel: rel}
	for _, f := range qemuopts.Split(features) {
		if f == "" {
			continue
		}
		k, v, hasValue := strings.Cut(f, "=")
		if target == machinetype.PPC64 {
			if !hasValue {
				c.parseFail = fmt.Errorf("Expected key=value format, found %s.", f)
				return c
			}
			c.globals = append(c.globals, [2]string{k, v})
			continue
		}
		if !hasValue && f[0] == '+' {
			c.plus = append(c.plus, f[1:]) // no "_" to "-" here (measured)
			continue
		}
		if !hasValue && f[0] == '-' {
			c.minus = append(c.minus, f[1:])
			continue
		}
		if !hasValue {
			v = "on"
		}
		k = strings.ReplaceAll(k, "_", "-")
		ambiguous := false
		if slices.Contains(c.plus, k) {
			c.warnings = append(c.warnings, fmt.Sprintf("warning: Ambiguous CPU model string. Don't mix both \"+%s\" and \"%s=%s\"", k, k, v))
			ambiguous = true
		}
		if slices.Contains(c.minus, k) {
			c.warnings = append(c.warnings, fmt.Sprintf("warning: Ambiguous CPU model string. Don't mix both \"-%s\" and \"%s=%s\"", k, k, v))
			ambiguous = true
		}
		if ambiguous {
			c.warnings = append(c.warnings, "warning: Compatibility of ambiguous CPU model strings won't be kept on future QEMU versions")
		}
		c.globals = append(c.globals, [2]string{k, v})
	}
	return c
}

func (c *cpuOptions) known(p string) bool {
	if c.target == machinetype.PPC64 {
		return ppcCPUProperties[p]
	}
	_, ok := x86CPUProps(c.rel)[p]
	return ok
}

// atCreate is the check when the first CPU object is created: the global
// properties first, then x86's +feature/-feature.
func (c *cpuOptions) atCreate(cpuType string) error {
	for _, g := range c.globals {
		if !c.known(g[0]) {
			return fmt.Errorf("can't apply global %s.%s=%s: Property '%s.%s' not found", cpuType, g[0], g[1], cpuType, g[0])
		}
	}
	for _, p := range append(slices.Clone(c.plus), c.minus...) {
		if !c.known(p) {
			return fmt.Errorf("Property '%s.%s' not found", cpuType, p)
		}
	}
	return nil
}

// featureChanges are the x86 features turned on and off: globals in order,
// then every +feature, then every -feature (which wins).
func (c *cpuOptions) featureChanges() (on, off map[string]bool) {
	on, off = map[string]bool{}, map[string]bool{}
	set := func(f string, v bool) {
		if v {
			on[f], off[f] = true, false
		} else {
			on[f], off[f] = false, true
		}
	}
	for _, g := range c.globals {
		if x86CPUProps(c.rel)[g[0]] != "<bool>" {
			continue
		}
		switch g[1] {
		case "on", "true", "yes":
			set(g[0], true)
		case "off", "false", "no":
			set(g[0], false)
		}
	}
	for _, f := range c.plus {
		set(f, true)
	}
	for _, f := range c.minus {
		set(f, false)
	}
	for f, v := range on {
		if !v {
			delete(on, f)
		}
	}
	for f, v := range off {
		if !v {
			delete(off, f)
		}
	}
	return on, off
}
