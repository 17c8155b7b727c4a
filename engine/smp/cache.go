package smp

import (
	"fmt"
	"slices"
)

// The machine's smp-cache property (10.0, hw/core/machine-smp.c): a
// topology level per cache, "default" until set.

// CacheNames are CacheLevelAndType's values, the order qom-get lists them in.
var CacheNames = []string{"l1d", "l1i", "l2", "l3"}

// cacheLevels are CpuTopologyLevel's values.
var cacheLevels = []string{"thread", "core", "module", "cluster", "die", "socket", "book", "drawer", "default"}

// Caches is a topology level per cache, in CacheNames' order.
type Caches [4]string

// DefaultCaches is smp-cache before anything sets it.
func DefaultCaches() Caches { return Caches{"default", "default", "default", "default"} }

// CacheEntry is one SmpCacheProperties as given.
type CacheEntry struct{ Cache, Topology string }

// CheckCacheEntry is the visitor's check of one entry's enums.
func CheckCacheEntry(e CacheEntry) error {
	if !slices.Contains(CacheNames, e.Cache) {
		return fmt.Errorf("Parameter 'cache' does not accept value '%s'", e.Cache)
	}
	if !slices.Contains(cacheLevels, e.Topology) {
		return fmt.Errorf("Parameter 'topology' does not accept value '%s'", e.Topology)
	}
	return nil
}

// Set is machine_parse_smp_cache: the entries are stored in order (a cache
// given twice is refused), then every cache's level is checked against the
// machine, stored or not (measured: a refused qom-set keeps its value).
func (c *Caches) Set(entries []CacheEntry, m MachineProps, cachesSupported bool) error {
	seen := map[string]bool{}
	for _, e := range entries {
		if seen[e.Cache] {
			return fmt.Errorf("Invalid cache properties: %s. The cache properties are duplicated", e.Cache)
		}
		c[slices.Index(CacheNames, e.Cache)] = e.Topology
		seen[e.Cache] = true
	}
	for i, level := range c {
		if level != "default" && !cachesSupported {
			return fmt.Errorf("%s cache topology not supported by this machine", CacheNames[i])
		}
		switch level {
		case "module", "cluster", "die", "book", "drawer":
			if !m.Supports(level + "s") {
				return fmt.Errorf("Invalid topology level: %s. The topology level is not supported by this machine", level)
			}
		}
	}
	return nil
}

// Resolve is x86_cpu_update_smp_cache_topo once smp-cache was given: a
// default level becomes the CPU's own (l3Level for L3, core for the rest);
// no cache may be per thread.
func (c *Caches) Resolve(l3Level string) error {
	for i, level := range c {
		if level == "default" {
			c[i] = "core"
			if i == 3 {
				c[i] = l3Level
			}
		}
	}
	for _, level := range c {
		if level == "thread" {
			return fmt.Errorf("%s level cache not supported by this machine", level)
		}
	}
	return nil
}

// CachesKey is where a machine keeps its smp-cache once given (Extra).
const CachesKey = "smp-cache"
