package numa

import (
	"errors"
	"fmt"
	"math"
)

// hmatLevels is HMAT_LB_LEVELS: memory and three cache levels.
const hmatLevels = 4

// hmatState is what parse_numa_hmat_lb and parse_numa_hmat_cache keep
// between options: per hierarchy and data type the entries given and the
// compression base and range, per node which of latency and bandwidth were
// given, and each node's side caches by level.
type hmatState struct {
	lb       [hmatLevels][6]*hmatLB
	provided [MaxNodes]int // bit 0: latency, bit 1: bandwidth
	cache    [MaxNodes][hmatLevels]uint64
	hasCache [MaxNodes][hmatLevels]bool
}

type hmatLB struct {
	base, rangeBitmap uint64
	pairs             map[[2]int]bool
}

var hmatHierarchies = []string{"memory", "first-level", "second-level", "third-level"}
var hmatDataTypes = []string{"access-latency", "read-latency", "write-latency", "access-bandwidth", "read-bandwidth", "write-bandwidth"}

func enumIndex(o opts, key string, values []string) (int, error) {
	v, _ := o.get(key)
	for i, w := range values {
		if w == v {
			return i, nil
		}
	}
	return 0, fmt.Errorf("Parameter '%s' does not accept value '%s'", key, v)
}

func uintMember(o opts, key, ctype string, max uint64) (uint64, bool, error) {
	v, ok := o.get(key)
	if !ok {
		return 0, false, nil
	}
	n, good := parseU64(v)
	if !good {
		return 0, true, fmt.Errorf("Parameter '%s' expects a uint64 value", key)
	}
	if n > max {
		return 0, true, fmt.Errorf("Parameter '%s' expects %s", key, ctype)
	}
	return n, true, nil
}

func sizeMember(o opts, key string) (uint64, bool, error) {
	v, ok := o.get(key)
	if !ok {
		return 0, false, nil
	}
	n, err := ParseSize(v)
	if err != nil {
		return 0, true, fmt.Errorf("Parameter '%s' expects a size value", key)
	}
	return uint64(n), true, nil
}

// nodeHasCPU is NodeInfo's has_cpu: some CPU slot belongs to the node.
func (s *state) nodeHasCPU(id int) bool {
	for _, n := range s.m.SlotNode {
		if n == id {
			return true
		}
	}
	return false
}

// hmatLB is parse_numa_hmat_lb (QEMU 7.2 and 10.0 alike).
func (s *state) hmatLB(o opts) error {
	initiator, _, err := uintMember(o, "initiator", "uint16_t", math.MaxUint16)
	if err != nil {
		return err
	}
	target, _, err := uintMember(o, "target", "uint16_t", math.MaxUint16)
	if err != nil {
		return err
	}
	hier, err := enumIndex(o, "hierarchy", hmatHierarchies)
	if err != nil {
		return err
	}
	dtype, err := enumIndex(o, "data-type", hmatDataTypes)
	if err != nil {
		return err
	}
	latency, hasLatency, err := uintMember(o, "latency", "", math.MaxUint64)
	if err != nil {
		return err
	}
	bandwidth, hasBandwidth, err := sizeMember(o, "bandwidth")
	if err != nil {
		return err
	}
	if err := o.only(map[string]bool{"type": true, "initiator": true, "target": true, "hierarchy": true, "data-type": true, "latency": true, "bandwidth": true}); err != nil {
		return err
	}
	if !s.m.HMAT {
		return errHMATOff
	}
	in, tg := int(initiator), int(target)
	switch {
	case in > s.numNodes:
		return fmt.Errorf("Invalid initiator=%d, it should be less than %d", in, s.numNodes)
	case tg > s.numNodes:
		return fmt.Errorf("Invalid target=%d, it should be less than %d", tg, s.numNodes)
	case in >= MaxNodes || !s.nodeHasCPU(in):
		return fmt.Errorf("Invalid initiator=%d, it isn't an initiator proximity domain", in)
	case tg >= MaxNodes || !s.nodes[tg].present:
		return fmt.Errorf("The target=%d should point to an existing node", tg)
	}
	lb := s.hmat.lb[hier][dtype]
	if lb == nil {
		lb = &hmatLB{pairs: map[[2]int]bool{}}
		s.hmat.lb[hier][dtype] = lb
	}
	pair := [2]int{in, tg}
	if dtype <= 2 {
		if !hasLatency {
			return errors.New("Missing 'latency' option")
		}
		if hasBandwidth {
			return errors.New("Invalid option 'bandwidth' since the data type is latency")
		}
		if lb.pairs[pair] {
			return fmt.Errorf("Duplicate configuration of the latency for initiator=%d and target=%d", in, tg)
		}
		if lb.base == 0 {
			lb.base = math.MaxUint64
		}
		if latency != 0 {
			maxEntry, tempBase := latency, uint64(1)
			for maxEntry%10 == 0 {
				maxEntry /= 10
				tempBase *= 10
			}
			tempBase = min(lb.base, tempBase)
			maxEntry = max(lb.rangeBitmap, latency/lb.base)
			if maxEntry >= math.MaxUint16 {
				return fmt.Errorf("Latency %d between initiator=%d and target=%d should not differ from previously entered min or max values on more than %d",
					latency, in, tg, math.MaxUint16-1)
			}
			lb.base, lb.rangeBitmap = tempBase, maxEntry
			s.hmat.provided[tg] |= 1
		}
	} else {
		if !hasBandwidth {
			return errors.New("Missing 'bandwidth' option")
		}
		if hasLatency {
			return errors.New("Invalid option 'latency' since the data type is bandwidth")
		}
		if bandwidth%(1<<20) != 0 {
			return fmt.Errorf("Bandwidth %d between initiator=%d and target=%d should be 1MB aligned", bandwidth, in, tg)
		}
		if lb.pairs[pair] {
			return fmt.Errorf("Duplicate configuration of the bandwidth for initiator=%d and target=%d", in, tg)
		}
		if lb.base == 0 {
			lb.base = 1
		}
		if bandwidth != 0 {
			bitmap := lb.rangeBitmap | bandwidth
			first := trailingZeros(bitmap)
			tempBase := uint64(1) << first
			maxEntry := bandwidth / tempBase
			last := 64 - leadingZeros(bitmap)
			if last-first > 16 || maxEntry >= math.MaxUint16 {
				return fmt.Errorf("Bandwidth %d between initiator=%d and target=%d should not differ from previously entered values on more than %d",
					bandwidth, in, tg, math.MaxUint16-1)
			}
			lb.base, lb.rangeBitmap = tempBase, bitmap
			s.hmat.provided[tg] |= 2
		}
	}
	lb.pairs[pair] = true
	return nil
}

var hmatAssociativities = []string{"none", "direct", "complex"}
var hmatPolicies = []string{"none", "write-back", "write-through"}

// hmatCache is parse_numa_hmat_cache.
func (s *state) hmatCache(o opts) error {
	nodeID, _, err := uintMember(o, "node-id", "uint32_t", math.MaxUint32)
	if err != nil {
		return err
	}
	size, _, err := sizeMember(o, "size")
	if err != nil {
		return err
	}
	level, _, err := uintMember(o, "level", "uint8_t", math.MaxUint8)
	if err != nil {
		return err
	}
	if _, err := enumIndex(o, "associativity", hmatAssociativities); err != nil {
		return err
	}
	if _, err := enumIndex(o, "policy", hmatPolicies); err != nil {
		return err
	}
	if _, _, err := uintMember(o, "line", "uint16_t", math.MaxUint16); err != nil {
		return err
	}
	if err := o.only(map[string]bool{"type": true, "node-id": true, "size": true, "level": true, "associativity": true, "policy": true, "line": true}); err != nil {
		return err
	}
	if !s.m.HMAT {
		return errHMATOff
	}
	n, l := int(nodeID), int(level)
	switch {
	case nodeID >= uint64(s.numNodes):
		return fmt.Errorf("Invalid node-id=%d, it should be less than %d", nodeID, s.numNodes)
	case s.hmat.provided[n] != 3:
		return fmt.Errorf("The latency and bandwidth information of node-id=%d should be provided before memory side cache attributes", n)
	case l < 1 || l >= hmatLevels:
		return fmt.Errorf("Invalid level=%d, it should be larger than 0 and less than or equal to %d", l, hmatLevels-1)
	case s.hmat.hasCache[n][l]:
		return fmt.Errorf("Duplicate configuration of the side cache for node-id=%d and level=%d", n, l)
	case l > 1 && !s.hmat.hasCache[n][l-1]:
		return fmt.Errorf("Cache level=%d shall be defined first", l-1)
	case l > 1 && size <= s.hmat.cache[n][l-1]:
		return fmt.Errorf("Invalid size=%d, the size of level=%d should be larger than the size(%d) of level=%d", size, l, s.hmat.cache[n][l-1], l-1)
	case l < hmatLevels-1 && s.hmat.hasCache[n][l+1] && size >= s.hmat.cache[n][l+1]:
		return fmt.Errorf("Invalid size=%d, the size of level=%d should be less than the size(%d) of level=%d", size, l, s.hmat.cache[n][l+1], l+1)
	}
	s.hmat.cache[n][l], s.hmat.hasCache[n][l] = size, true
	return nil
}

var errHMATOff = errors.New("ACPI Heterogeneous Memory Attribute Table (HMAT) is disabled, enable it with -machine hmat=on before using any of hmat specific options")

func trailingZeros(v uint64) int {
	n := 0
	for v != 0 && v&1 == 0 {
		v >>= 1
		n++
	}
	return n
}

func leadingZeros(v uint64) int {
	n := 64
	for v != 0 {
		v >>= 1
		n--
	}
	return n
}
