package numa

import (
	"errors"
	"fmt"
	"hotpluglab/engine/qemuopts"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// opts is a QemuOpts-style option argument: "value,key=value,...", ",,"
// being an escaped comma; a bare first word is the implied key.
type opts struct {
	arg  string
	keys []string
	vals []string
}

func parseOpts(arg, implied string) (opts, error) {
	o := opts{arg: arg}
	for i, p := range qemuopts.Split(arg) {
		k, v, ok := strings.Cut(p, "=")
		if i == 0 && !ok && p == "" {
			continue // "" names no type
		}
		if !ok {
			if i == 0 && implied != "" {
				k, v = implied, p
			} else {
				k, v = qemuopts.ShortForm(p)
			}
		}
		o.keys = append(o.keys, k)
		o.vals = append(o.vals, v)
	}
	return o, nil
}

// get is the last value of key (QemuOpts: the last one wins).
func (o opts) get(key string) (string, bool) {
	for i := len(o.keys) - 1; i >= 0; i-- {
		if o.keys[i] == key {
			return o.vals[i], true
		}
	}
	return "", false
}

// all lists every value of a repeated key (the opts visitor's lists).
func (o opts) all(key string) []string {
	var out []string
	for i, k := range o.keys {
		if k == key {
			out = append(out, o.vals[i])
		}
	}
	return out
}

// only rejects keys the option's schema does not have.
func (o opts) only(known map[string]bool) error {
	for _, k := range o.keys {
		if !known[k] {
			return fmt.Errorf("Invalid parameter '%s'", k)
		}
	}
	return nil
}

// parseU64 is the opts visitor's unsigned number: strtoull base 0, whole
// string, no sign.
func parseU64(s string) (uint64, bool) {
	if s == "" || s[0] == '-' || s[0] == '+' || strings.TrimSpace(s) != s {
		return 0, false
	}
	v, err := strconv.ParseUint(s, 0, 64)
	if err != nil {
		// base 0 in C takes a leading 0 as octal, as ParseUint does; "08" fails in both
		return 0, false
	}
	return v, true
}

func parseUint16(s, key string) (int, error) {
	v, ok := parseU64(s)
	if !ok {
		return 0, fmt.Errorf("Parameter '%s' expects a uint64 value", key)
	}
	if v > math.MaxUint16 {
		return 0, fmt.Errorf("Parameter '%s' expects uint16_t", key)
	}
	return int(v), nil
}

var errRange = errors.New("Parameter 'cpus' expects a uint64 value or range")

// parseRange reads one cpus= element: "N" or "A-B" with A <= B.
func parseRange(s string) ([]int, error) {
	lo, hi := s, s
	if a, b, ok := strings.Cut(s, "-"); ok {
		lo, hi = a, b
	}
	l, ok1 := parseU64(lo)
	h, ok2 := parseU64(hi)
	if !ok1 || !ok2 || l > h {
		return nil, errRange
	}
	if h > math.MaxUint16 {
		// the list elements are uint16; QEMU names the element 'null'
		return nil, errors.New("Parameter 'null' expects uint16_t")
	}
	out := make([]int, 0, h-l+1)
	for v := l; v <= h; v++ {
		out = append(out, int(v))
	}
	return out, nil
}

// ParseSize is qemu_strtosz: a number with an optional B/K/M/G/T/P/E suffix
// (case-insensitive), bytes by default; a fraction needs a suffix.
func ParseSize(s string) (int64, error) {
	bad := errors.New("invalid size")
	// strtoull skips leading white space (measured: -m " 1G" starts);
	// trailing white space is an unknown suffix.
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	if s == "" || strings.TrimSpace(s) != s || s[0] == '-' || s[0] == '+' {
		return 0, bad
	}
	num, mult := s, int64(1)
	last := s[len(s)-1]
	isHex := strings.HasPrefix(strings.ToLower(s), "0x")
	if m, ok := sizeSuffix(last); ok && !(isHex && isHexDigit(last)) {
		num, mult = s[:len(s)-1], m
	}
	if isHex {
		v, err := strconv.ParseUint(num[2:], 16, 64)
		if err != nil || len(num) <= 2 {
			return 0, bad
		}
		return checkedMul(int64(v), mult, v)
	}
	if strings.Contains(num, ".") {
		f, err := strconv.ParseFloat(num, 64)
		if err != nil || mult == 1 && f != math.Trunc(f) || strings.ContainsAny(num, "eE") {
			return 0, bad
		}
		r := f * float64(mult)
		if r >= math.MaxInt64 {
			return 0, bad
		}
		return int64(r), nil
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return 0, bad
		}
	}
	v, err := strconv.ParseUint(num, 10, 64)
	if err != nil {
		return 0, bad
	}
	return checkedMul(int64(v), mult, v)
}

func checkedMul(v, mult int64, raw uint64) (int64, error) {
	if raw > math.MaxInt64 || (v != 0 && v > math.MaxInt64/mult) {
		return 0, errors.New("size too large")
	}
	return v * mult, nil
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// IsHexWithSuffix says whether qemu_strtosz warns "Using a multiplier suffix
// on hex numbers is deprecated".
func IsHexWithSuffix(s string) bool {
	if !strings.HasPrefix(strings.ToLower(s), "0x") || len(s) < 3 {
		return false
	}
	_, ok := sizeSuffix(s[len(s)-1])
	return ok && !isHexDigit(s[len(s)-1])
}

func sizeSuffix(c byte) (int64, bool) {
	switch c {
	case 'b', 'B':
		return 1, true
	case 'k', 'K':
		return 1 << 10, true
	case 'm', 'M':
		return 1 << 20, true
	case 'g', 'G':
		return 1 << 30, true
	case 't', 'T':
		return 1 << 40, true
	case 'p', 'P':
		return 1 << 50, true
	case 'e', 'E':
		return 1 << 60, true
	}
	return 0, false
}

// SizeOutOfRange says whether qemu_strtosz refuses s with ERANGE (QemuOpts'
// "Value '...' is out of range"): a well-formed decimal size, suffix
// applied, of 2^64 or more.
func SizeOutOfRange(s string) bool {
	if s == "" || strings.HasPrefix(strings.ToLower(s), "0x") {
		return false
	}
	num, mult := s, uint64(1)
	if m, ok := sizeSuffix(s[len(s)-1]); ok {
		num, mult = s[:len(s)-1], uint64(m)
	}
	whole, frac, hasFrac := strings.Cut(num, ".")
	if whole == "" || strings.Trim(whole, "0123456789") != "" || hasFrac && strings.Trim(frac, "0123456789") != "" {
		return false
	}
	v, err := strconv.ParseUint(whole, 10, 64)
	if err != nil {
		return true // qemu_strtou64's own ERANGE
	}
	hi, lo := bits.Mul64(v, mult)
	if hi != 0 {
		return true
	}
	if hasFrac {
		f, _ := strconv.ParseFloat("0."+frac, 64)
		return lo > math.MaxUint64-uint64(f*float64(mult))
	}
	return false
}
