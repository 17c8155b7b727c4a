package cmdline

import (
	"fmt"
	"strings"
	"sync"

	"hotpluglab/engine/helptext"
	"hotpluglab/engine/machinetype"
)

// ppcCPUProperties are the properties of a POWER CPU thread object
// (`-device power9_v2.0-powerpc64-cpu,help`).
var ppcCPUProperties = map[string]bool{"memory": true, "pre-2.10-migration": true, "pre-2.8-migration": true,
	"pre-3.0-migration": true, "start-powered-off": true}

var x86Props = sync.OnceValue(func() map[string]bool {
	props := map[string]bool{}
	for _, l := range strings.Split(helptext.X86CPUProps, "\n") {
		if name, _, ok := strings.Cut(strings.TrimSpace(l), "="); ok {
			props[name] = true
		}
	}
	return props
})

// cpuFeatures is the -cpu "<model>,<features>" handling: parseFeatures runs
// when the model is resolved (cpu_common_parse_features on ppc), and the
// returned check runs when the first CPU object is created (global
// properties first, then x86's +feature/-feature).
func cpuFeatures(target machinetype.Target, features string) (parseErr error, atCreate func(cpuType string) error) {
	if features == "" {
		return nil, func(string) error { return nil }
	}
	var globals [][2]string
	var plusMinus []string
	for _, f := range splitOpts(features) {
		if f == "" {
			continue
		}
		k, v, hasValue := strings.Cut(f, "=")
		if target == machinetype.PPC64 {
			if !hasValue {
				return fmt.Errorf("Expected key=value format, found %s.", f), nil
			}
			globals = append(globals, [2]string{k, v})
			continue
		}
		if !hasValue && (f[0] == '+' || f[0] == '-') {
			plusMinus = append(plusMinus, strings.ReplaceAll(f[1:], "_", "-"))
			continue
		}
		if !hasValue {
			v = "on"
		}
		globals = append(globals, [2]string{strings.ReplaceAll(k, "_", "-"), v})
	}
	known := func(p string) bool {
		if target == machinetype.PPC64 {
			return ppcCPUProperties[p]
		}
		return x86Props()[p]
	}
	return nil, func(cpuType string) error {
		for _, g := range globals {
			if !known(g[0]) {
				return fmt.Errorf("can't apply global %s.%s=%s: Property '%s.%s' not found", cpuType, g[0], g[1], cpuType, g[0])
			}
		}
		for _, p := range plusMinus {
			if !known(p) {
				return fmt.Errorf("Property '%s.%s' not found", cpuType, p)
			}
		}
		return nil
	}
}
