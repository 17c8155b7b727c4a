package numa

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// hmatLevels is HMAT_LB_LEVELS: memory and three cache levels.
const hmatLevels = 4

// hmatState is what parse_numa_hmat_lb and parse_numa_hmat_cache keep
// between options: per hierarchy and data type the pairs given and the
// compression base and range, per node which of latency (1) and bandwidth
// (2) were given, and each node's side cache sizes by level (0: none).
type hmatState struct {
	lb       [hmatLevels * 6]hmatLB
	provided [MaxNodes]uint8
	cache    [MaxNodes][hmatLevels + 1]uint64
}

type hmatLB struct {
	base, rangeBitmap uint64
	pairs             []uint64 // initiator<<16 | target
}

// hmatMembers are NumaHmatLBOptions' and NumaHmatCacheOptions' members in
// schema order, each with its kind: an enum's values ("a|b"), "size", or
// the largest number it takes; hmat-lb's latency and bandwidth are optional, the rest mandatory.
var hmatMembers = map[string][][2]string{
	"hmat-lb": {{"initiator", "65535"}, {"target", "65535"}, {"hierarchy", "memory|first-level|second-level|third-level"},
		{"data-type", "access-latency|read-latency|write-latency|access-bandwidth|read-bandwidth|write-bandwidth"},
		{"latency", "18446744073709551615"}, {"bandwidth", "size"}},
	"hmat-cache": {{"node-id", "4294967295"}, {"size", "size"}, {"level", "255"}, {"associativity", "none|direct|complex"},
		{"policy", "none|write-back|write-through"}, {"line", "65535"}},
}

var hmatCTypes = map[string]string{"65535": "uint16_t", "255": "uint8_t", "4294967295": "uint32_t"}

// hmatVisit is the visitor over one HMAT option: the mandatory members
// first, then each given member's value in order (enums as their index),
// then no other key.
func hmatVisit(typ string, o opts) (vals map[string]uint64, err error) {
	members := hmatMembers[typ]
	known := map[string]bool{"type": true}
	for i, m := range members {
		known[m[0]] = true
		if _, ok := o.get(m[0]); !ok && (i < 4 || typ == "hmat-cache") {
			return nil, fmt.Errorf("Parameter '%s' is missing", m[0])
		}
	}
	vals = map[string]uint64{}
	for _, m := range members {
		v, ok := o.get(m[0])
		if !ok {
			continue
		}
		switch kind := m[1]; {
		case strings.Contains(kind, "|"):
			i := strings.Index("|"+kind+"|", "|"+v+"|")
			if i < 0 {
				return nil, fmt.Errorf("Parameter '%s' does not accept value '%s'", m[0], v)
			}
			vals[m[0]] = uint64(strings.Count(kind[:i], "|"))
		case kind == "size":
			n, err := ParseSize(v)
			if err != nil {
				return nil, fmt.Errorf("Parameter '%s' expects a size value", m[0])
			}
			vals[m[0]] = uint64(n)
		default:
			n, good := parseU64(v)
			if !good {
				return nil, fmt.Errorf("Parameter '%s' expects a uint64 value", m[0])
			}
			if max, _ := parseU64(kind); n > max {
				return nil, fmt.Errorf("Parameter '%s' expects %s", m[0], hmatCTypes[kind])
			}
			vals[m[0]] = n
		}
	}
	return vals, o.only(known)
}

// nodeHasCPU is NodeInfo's has_cpu: some CPU slot belongs to the node.
func (s *state) nodeHasCPU(id uint64) bool {
	for _, n := range s.m.SlotNode {
		if uint64(n) == id && n >= 0 {
			return true
		}
	}
	return false
}

// hmat is set_numa_options for hmat-lb and hmat-cache.
func (s *state) hmat(typ string, o opts) error {
	v, err := hmatVisit(typ, o)
	if err != nil {
		return err
	}
	if !s.m.HMAT {
		return errHMATOff
	}
	h := &s.hmatState
	if typ == "hmat-cache" {
		return h.addCache(v, uint64(s.numNodes))
	}
	in, tg, n := v["initiator"], v["target"], uint64(s.numNodes)
	switch {
	case in > n:
		return errf("Invalid initiator=%d, it should be less than %d", in, n)
	case tg > n:
		return errf("Invalid target=%d, it should be less than %d", tg, n)
	case in >= MaxNodes || !s.nodeHasCPU(in):
		return errf("Invalid initiator=%d, it isn't an initiator proximity domain", in)
	case tg >= MaxNodes || !s.nodes[tg].present:
		return errf("The target=%d should point to an existing node", tg)
	}
	dataType := v["data-type"]
	lb := &h.lb[v["hierarchy"]*6+dataType]
	// The data type's member, and the other one refused.
	kind, want, other, bit := "latency", "latency", "bandwidth", uint8(1)
	if dataType >= 3 {
		kind, want, other, bit = "bandwidth", "bandwidth", "latency", 2
	}
	val, ok := v[want]
	if !ok {
		return fmt.Errorf("Missing '%s' option", want)
	}
	if _, ok := v[other]; ok {
		return fmt.Errorf("Invalid option '%s' since the data type is %s", other, kind)
	}
	if bit == 2 && val%(1<<20) != 0 {
		return errf("Bandwidth %d between initiator=%d and target=%d should be 1MB aligned", val, in, tg)
	}
	pair := in<<16 | tg
	if slices.Contains(lb.pairs, pair) {
		return fmt.Errorf("Duplicate configuration of the %s for initiator=%d and target=%d", kind, in, tg)
	}
	if val != 0 {
		if bit == 1 {
			if lb.base == 0 {
				lb.base = ^uint64(0)
			}
			tempBase := uint64(1)
			for m := val; m%10 == 0; m /= 10 {
				tempBase *= 10
			}
			maxEntry := max(lb.rangeBitmap, val/lb.base)
			if maxEntry >= 0xffff {
				return errf("Latency %d between initiator=%d and target=%d should not differ from previously entered min or max values on more than 65534", val, in, tg)
			}
			lb.base, lb.rangeBitmap = min(lb.base, tempBase), maxEntry
		} else {
			bitmap := lb.rangeBitmap | val
			first := bits.TrailingZeros64(bitmap)
			if 64-bits.LeadingZeros64(bitmap)-first > 16 || val>>first >= 0xffff {
				return errf("Bandwidth %d between initiator=%d and target=%d should not differ from previously entered values on more than 65534", val, in, tg)
			}
			lb.base, lb.rangeBitmap = 1<<first, bitmap
		}
		h.provided[tg] |= bit
	}
	lb.pairs = append(lb.pairs, pair)
	return nil
}

// addCache is parse_numa_hmat_cache's checks, in order.
func (h *hmatState) addCache(v map[string]uint64, numNodes uint64) error {
	n, l, size := v["node-id"], v["level"], v["size"]
	switch {
	case n >= numNodes:
		return errf("Invalid node-id=%d, it should be less than %d", n, numNodes)
	case h.provided[n] != 3:
		return errf("The latency and bandwidth information of node-id=%d should be provided before memory side cache attributes", n)
	case l < 1 || l >= hmatLevels:
		return errf("Invalid level=%d, it should be larger than 0 and less than or equal to %d", l, hmatLevels-1)
	}
	below, above := h.cache[n][l-1], h.cache[n][l+1]
	switch {
	case h.cache[n][l] != 0:
		return errf("Duplicate configuration of the side cache for node-id=%d and level=%d", n, l)
	case l > 1 && below == 0:
		return errf("Cache level=%d shall be defined first", l-1)
	case l > 1 && size <= below:
		return errf("Invalid size=%d, the size of level=%d should be larger than the size(%d) of level=%d", size, l, below, l-1)
	case above != 0 && size >= above:
		return errf("Invalid size=%d, the size of level=%d should be less than the size(%d) of level=%d", size, l, above, l+1)
	}
	h.cache[n][l] = size
	return nil
}

var errHMATOff = errors.New("ACPI Heterogeneous Memory Attribute Table (HMAT) is disabled, enable it with -machine hmat=on before using any of hmat specific options")

// errf formats an HMAT error from numbers alone (one call site for fmt).
func errf(format string, a ...uint64) error {
	args := make([]any, len(a))
	for i, v := range a {
		args[i] = v
	}
	return fmt.Errorf(format, args...)
}
