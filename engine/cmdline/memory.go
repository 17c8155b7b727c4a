package cmdline

import (
	"errors"
	"fmt"
	"strings"

	"hotpluglab/engine/numa"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/release"
)

// memoryOptions are the merged -m options (QemuOpts "memory": size, slots,
// maxmem; a later -m overrides key by key).
type memoryOptions struct {
	size, maxmem       int64
	sizeStr            string
	hasMaxmem, hasSlot bool
	slots              int64
}

const sizeHint = "\nOptional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\nand exabytes, respectively."

// parse reads one -m argument at option-parsing time. Warnings are returned
// without the "<binary>: " prefix.
func (mo *memoryOptions) parse(rel *release.Release, arg string) (warnings []string, err error) {
	if arg == "" {
		return nil, nil
	}
	keys, vals := qemuOpts(arg, "size")
	for i, k := range keys {
		v := vals[i]
		switch k {
		case "size", "maxmem":
			if rel.SizeHexSuffixError && negativeInteger(strings.TrimLeft(v, " ")) || numa.SizeOutOfRange(v) {
				// 10.0's qemu_strtosz: a negative number is out of range
				// ("-1"); "-5G" or "-x" are no number at all (measured).
				// Both: 2^64 or more is out of range ("99999999T").
				return warnings, fmt.Errorf("Value '%s' is out of range for parameter '%s'", v, k)
			}
			b, err := numa.ParseSize(v)
			if err != nil || (rel.SizeHexSuffixError && numa.IsHexWithSuffix(v)) {
				return warnings, fmt.Errorf("Parameter '%s' expects a non-negative number below 2^64%s", k, sizeHint)
			}
			if numa.IsHexWithSuffix(v) {
				warnings = append(warnings, fmt.Sprintf("-m %s: warning: Using a multiplier suffix on hex numbers is deprecated: %s", arg, v))
			}
			if k == "size" {
				mo.size, mo.sizeStr = b, v
			} else {
				mo.maxmem, mo.hasMaxmem = b, true
			}
		case "slots":
			// A QemuOpts number: "0x2" and "010" are numbers and "-1"
			// wraps to 2^64-1 (measured).
			if err := qemuopts.NumberError(k, v); err != nil {
				return warnings, err
			}
			n, _, _ := qemuopts.Number(v)
			mo.slots, mo.hasSlot = int64(n), true
		default:
			return warnings, fmt.Errorf("Invalid parameter '%s'", k)
		}
	}
	return warnings, nil
}

// apply is parse_memory_options and machine_set_mem: a suffix-less size
// means MiB, the size is rounded up to 8 KiB, then maxmem and slots are
// checked.
func (mo *memoryOptions) apply(rel *release.Release, defaultSize int64) (ram memoryOptions, warnings []string, err error) {
	size := defaultSize
	if mo.size != 0 {
		s := mo.sizeStr
		if c := s[len(s)-1]; c >= '0' && c <= '9' {
			s += "M"
		}
		if numa.IsHexWithSuffix(s) && rel.SizeHexSuffixError {
			// the "M" made it a hex number with a suffix
			return ram, warnings, &exit{code: 1, raw: false, msg: "Parameter 'memory.size' expects size"}
		}
		if numa.IsHexWithSuffix(s) {
			warnings = append(warnings, "warning: Using a multiplier suffix on hex numbers is deprecated: "+s)
		}
		if size, err = numa.ParseSize(s); err != nil {
			return ram, warnings, errors.New("ram size too large")
		}
	}
	size = (size + 8191) &^ 8191
	ram = memoryOptions{size: size, maxmem: size, slots: mo.slots}
	if mo.hasMaxmem {
		if mo.maxmem < size {
			return ram, warnings, fmt.Errorf("invalid value of maxmem: maximum memory size (0x%x) must be at least the initial memory size (0x%x)", mo.maxmem, size)
		}
		if mo.hasSlot && mo.slots != 0 && mo.maxmem == size {
			return ram, warnings, fmt.Errorf("invalid value of maxmem: memory slots were specified but maximum memory size (0x%x) is equal to the initial memory size (0x%x)", mo.maxmem, size)
		}
		ram.maxmem = mo.maxmem
	} else if mo.hasSlot {
		return ram, warnings, errors.New("slots specified but no max-size")
	}
	return ram, warnings, nil
}

// negativeInteger: "-" and decimal digits only.
func negativeInteger(v string) bool {
	digits, ok := strings.CutPrefix(v, "-")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// SizeParameter reads a size property's text as visit_type_size does with
// a text visitor (qemu_strtosz): 10.0 calls a negative number out of range
// and refuses a hex number with a suffix; either names the parameter.
func SizeParameter(rel *release.Release, name, v string) (uint64, error) {
	if rel.SizeHexSuffixError && negativeInteger(strings.TrimLeft(v, " ")) || numa.SizeOutOfRange(v) {
		return 0, fmt.Errorf("Value '%s' is out of range for parameter '%s'", v, name)
	}
	n, err := numa.ParseSize(v)
	if err != nil || (rel.SizeHexSuffixError && numa.IsHexWithSuffix(v)) {
		return 0, fmt.Errorf("Parameter '%s' expects a non-negative number below 2^64%s", name, sizeHint)
	}
	return uint64(n), nil
}
