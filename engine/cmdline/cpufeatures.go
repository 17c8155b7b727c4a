package cmdline

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/compat"
	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
)

// ppcCPUProperties are the properties of a POWER CPU thread object
// (`-device power9_v2.0-powerpc64-cpu,help`).
var ppcCPUProperties = map[string]bool{"memory": true, "pre-2.10-migration": true, "pre-2.8-migration": true,
	"pre-3.0-migration": true, "start-powered-off": true}

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

// maxCPUProperties are what max-x86_64-cpu adds to every x86 model's
// properties (measured with `-device max-x86_64-cpu,help`, both releases).
var maxCPUProperties = map[string]string{"migratable": "<bool>", "host-cache-info": "<bool>"}

// propType is the type of a CPU property of cpuType, "" if it has none.
func (c *cpuOptions) propType(cpuType, p string) string {
	if c.target == machinetype.PPC64 {
		if ppcCPUProperties[p] {
			return "<bool>"
		}
		return ""
	}
	if t, ok := cpumodel.X86Props(c.rel)[p]; ok {
		return t
	}
	if cpuType == "max-x86_64-cpu" || cpuType == "host-x86_64-cpu" { // host is max's subclass
		return maxCPUProperties[p]
	}
	return ""
}

func (c *cpuOptions) known(p string) bool { return c.propType("", p) != "" }

// atCreate is the check when the first CPU object is created: the global
// properties first (each set as object_property_parse sets it), then
// x86's +feature/-feature.
func (c *cpuOptions) atCreate(cpuType string, userGlobals []compat.Global) error {
	// -global options were registered before -cpu's features.
	var globals [][2]string
	for _, g := range userGlobals {
		if g.Type == cpuType {
			globals = append(globals, [2]string{g.Property, g.Value})
		}
	}
	for _, g := range append(globals, c.globals...) {
		typ := c.propType(cpuType, g[0])
		if typ == "" {
			return fmt.Errorf("can't apply global %s.%s=%s: Property '%s.%s' not found", cpuType, g[0], g[1], cpuType, g[0])
		}
		if err := c.setCPUProperty(cpuType, g[0], typ, g[1]); err != nil {
			return fmt.Errorf("can't apply global %s.%s=%s: %s", cpuType, g[0], g[1], err)
		}
	}
	for _, p := range append(slices.Clone(c.plus), c.minus...) {
		if !c.known(p) {
			return fmt.Errorf("Property '%s.%s' not found", cpuType, p)
		}
	}
	return nil
}

// settings are the non-feature properties -global (for cpuType) and -cpu
// set, in the order atCreate applies them: the last value of each.
func (c *cpuOptions) settings(cpuType string, userGlobals []compat.Global) map[string]string {
	out := map[string]string{}
	set := func(name, value string) {
		// max's own booleans (migratable) are no CPUID features.
		if typ := c.propType(cpuType, name); typ != "" && (typ != "<bool>" || maxCPUProperties[name] != "") {
			out[name] = value
		}
	}
	for _, g := range userGlobals {
		if g.Type == cpuType {
			set(g.Property, g.Value)
		}
	}
	for _, g := range c.globals {
		set(g[0], g[1])
	}
	return out
}

// objectGlobals are what a new x86 CPU object takes from the command line:
// the -global options for x86 CPU types and -cpu's key=value on cpuType,
// in registration order, then -cpu's +feature and -feature lists.
func (c *cpuOptions) objectGlobals(cpuType string, userGlobals []compat.Global) (globals [][3]string, plus, minus []string) {
	for _, g := range userGlobals {
		if strings.HasSuffix(g.Type, "-cpu") {
			globals = append(globals, [3]string{g.Type, g.Property, g.Value})
		}
	}
	for _, g := range c.globals {
		globals = append(globals, [3]string{cpuType, g[0], g[1]})
	}
	return globals, slices.Clone(c.plus), slices.Clone(c.minus)
}

// featureChanges are the x86 features turned on and off, by their
// canonical names (sse4_1 and sse4-1 are sse4.1): -global's for the CPU's
// type or x86_64-cpu, -cpu's key=value in order, then every +feature, then
// every -feature (which wins): x86_cpu_expand_features sets the lists
// after the object took its global properties.
func (c *cpuOptions) featureChanges(cpuType string, userGlobals []compat.Global) (on, off map[string]bool) {
	on, off = map[string]bool{}, map[string]bool{}
	set := func(f string, v bool) {
		f = qom.Canonical(c.rel, f)
		if v {
			on[f], off[f] = true, false
		} else {
			on[f], off[f] = false, true
		}
	}
	var globals [][2]string
	for _, g := range userGlobals {
		if g.Type == cpuType || g.Type == "x86_64-cpu" {
			globals = append(globals, [2]string{g.Property, g.Value})
		}
	}
	for _, g := range append(globals, c.globals...) {
		if cpumodel.X86Props(c.rel)[g[0]] != "<bool>" {
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

// x86VersionFields are the setters with their own range: CPUID's family,
// model and stepping, and the TSC frequency.
var x86VersionFields = map[string]uint64{"family": 0xff + 0xf, "model": 0xff, "stepping": 0xf, "tsc-frequency": math.MaxInt64}

// setCPUProperty is object_property_parse of one -cpu property: QEMU's
// string input visitor by the property's type, then the setter's checks.
func (c *cpuOptions) setCPUProperty(cpuType, name, typ, value string) error {
	typ = strings.Trim(typ, "<>")
	if max, ok := x86VersionFields[name]; ok {
		if c.rel.X86VersionFieldsUnsigned && name != "tsc-frequency" {
			n, ok := qdev.StrToU64(value)
			if !ok {
				return fmt.Errorf("Parameter '%s' expects uint64", name)
			}
			if n > max {
				return fmt.Errorf("parameter '%s' can be at most %d", name, max)
			}
			return nil
		}
		n, ok := qdev.StrToI64(value)
		switch {
		case !ok:
			return fmt.Errorf("Parameter '%s' expects int64", name)
		case (n < 0 || uint64(n) > max) && c.rel.X86VersionFieldsUnsigned:
			return fmt.Errorf("parameter '%s' can be at most %d", name, max)
		case n < 0 || uint64(n) > max:
			return fmt.Errorf("Property .%s doesn't take value %d (minimum: 0, maximum: %d)", name, n, max)
		}
		return nil
	}
	switch {
	case name == "vendor" && len(value) != 12:
		if c.rel.X86VersionFieldsUnsigned {
			return fmt.Errorf("value of property 'vendor' must consist of exactly 12 characters")
		}
		return fmt.Errorf("Property '.vendor' doesn't take value '%s'", value)
	case typ == "bool":
		if _, err := qdev.ParseValue(qdev.Prop{Name: name, Type: typ}, value); err != nil {
			return err
		}
	case strings.HasPrefix(typ, "int"):
		n, ok := qdev.StrToI64(value)
		if !ok {
			return fmt.Errorf("Parameter '%s' expects int64", name)
		}
		if bits, _ := strconv.Atoi(strings.TrimPrefix(typ, "int")); bits > 0 && bits < 64 && (n < -(1<<(bits-1)) || n >= 1<<(bits-1)) {
			return fmt.Errorf("Parameter '%s' expects %s_t", name, typ)
		}
	case strings.HasPrefix(typ, "uint"):
		n, ok := qdev.StrToU64(value)
		if !ok {
			return fmt.Errorf("Parameter '%s' expects uint64", name)
		}
		if bits, _ := strconv.Atoi(strings.TrimPrefix(typ, "uint")); bits > 0 && bits < 64 && n >= 1<<bits {
			return fmt.Errorf("Parameter '%s' expects %s_t", name, typ)
		}
	case typ == "OnOffAuto":
		if value != "on" && value != "off" && value != "auto" {
			return fmt.Errorf("Parameter '%s' does not accept value '%s'", name, value)
		}
	case typ == "str" || typ == "string":
	default: // feature-words, crash-information, unavailable-features: read-only
		return fmt.Errorf("Property '%s.%s' is not writable", cpuType, name)
	}
	return nil
}

// global is the last value -cpu gave a property, "" when none.
func (c *cpuOptions) global(name string) string {
	v := ""
	for _, g := range c.globals {
		if g[0] == name {
			v = g[1]
		}
	}
	return v
}

// bootCPUProps are a boot CPU's properties for pre_plug: its APIC ID as
// x86_cpu_new sets it, and the topology ids -global and -cpu gave (checked
// against it).
func (c *cpuOptions) bootCPUProps(apicID int, cpuType string, userGlobals []compat.Global) hotplug.CPUProps {
	set := c.settings(cpuType, userGlobals)
	id := func(name string) int64 {
		v, given := set[name]
		if !given {
			return -1
		}
		n, ok := qdev.StrToI64(v)
		if !ok {
			return -1
		}
		return n
	}
	return hotplug.CPUProps{APICID: uint64(apicID), Socket: id("socket-id"), Die: id("die-id"), Module: id("module-id"),
		Core: id("core-id"), Thread: id("thread-id"), Node: id("node-id")}
}

// unchecked says -cpu turned check off and left enforce off: filtering
// features prints nothing (x86_cpu_filter_features).
func (c *cpuOptions) unchecked() bool {
	check, _ := qdev.ParseValue(qdev.Prop{Name: "check", Type: "bool"}, c.global("check"))
	enforce, _ := qdev.ParseValue(qdev.Prop{Name: "enforce", Type: "bool"}, c.global("enforce"))
	return check == false && enforce != true
}

// atRealize is x86_cpu_realizefn's checks after the features were filtered
// (warnings are what filtering printed): enforce refuses a filtered
// feature, and phys-bits must fit the target.
func (c *cpuOptions) atRealize(warnings []string) error {
	if v, _ := qdev.ParseValue(qdev.Prop{Name: "enforce", Type: "bool"}, c.global("enforce")); v == true {
		for _, w := range warnings {
			if strings.HasPrefix(w, "TCG doesn't support requested feature: ") {
				return fmt.Errorf("TCG doesn't support requested features")
			}
		}
	}
	if n, ok := qdev.StrToU64(c.global("phys-bits")); ok && n != 0 && (n < 32 || n > 52) {
		return fmt.Errorf("phys-bits should be between 32 and 52  (but is %d)", n)
	}
	return nil
}
