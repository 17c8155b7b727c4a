package cmdline

import (
	"errors"
	"fmt"
	"hotpluglab/engine/qemuopts"
	"math"
	"slices"
	"strconv"
	"strings"
)

// accelProperties are the properties each accelerator object has in 7.2.
var accelProperties = map[string]map[string]bool{
	"tcg": {"thread": true, "tb-size": true, "split-wx": true},
	"kvm": {"kernel-irqchip": true, "kvm-shadow-mem": true, "dirty-ring-size": true, "notify-vmexit": true,
		"notify-window": true, "xen-version": false},
}

// selectAccel is configure_accelerators: -accel options are tried in order,
// or else the -machine accel= list (colon-separated); an unknown name is
// reported and skipped, and a later one that works prints "falling back to".
// The simulator's KVM always initialises (it models a KVM host). printed
// lines come without the "<binary>: " prefix.
func selectAccel(o *Options) (accel string, printed []string, err error) {
	machineAccel, hasMachineAccel := o.Machine.String("accel")
	if len(o.AccelOptions) > 0 && hasMachineAccel {
		return "", nil, errors.New(`The -accel and "-machine accel=" options are incompatible`)
	}
	type try struct {
		name, loc  string
		keys, vals []string
	}
	var tries []try
	for i, a := range o.AccelOptions {
		// do_configure_accelerator: the accel parameter (the implied key,
		// its last value), then every other parameter in turn; the id is
		// the QemuOpts' own, not a parameter; -set adds at the end.
		keys, vals := qemuOpts(a+o.accelSet[i], "accel")
		t := try{loc: "-accel " + a + ": "}
		for j, k := range keys {
			switch k {
			case "accel":
				t.name = vals[j]
			case "id":
			default:
				t.keys, t.vals = append(t.keys, k), append(t.vals, vals[j])
			}
		}
		tries = append(tries, t)
	}
	if hasMachineAccel {
		for _, name := range strings.Split(machineAccel, ":") {
			tries = append(tries, try{name: name})
		}
	}
	if len(tries) == 0 {
		return "tcg", nil, nil
	}
	failed := false
	for _, t := range tries {
		known, ok := accelProperties[t.name]
		if !ok {
			printed = append(printed, fmt.Sprintf("%sinvalid accelerator %s", t.loc, t.name))
			failed = true
			continue
		}
		// accelerator_set_property: each property set in turn, in the
		// option's order, through the string input visitor.
		for j, k := range t.keys {
			v := t.vals[j]
			if !known[k] && !(t.name == "tcg" && k == "one-insn-per-tb" && o.rel.TCGOneInsnPerTB) {
				return "", printed, fmt.Errorf("%sProperty '%s-accel.%s' not found", t.loc, t.name, k)
			}
			if t.name == "tcg" {
				if err := tcgPropertyError(k, v, icountEnabled(o)); err != nil {
					return "", printed, fmt.Errorf("%s%s", t.loc, err)
				}
			}
		}
		if failed {
			printed = append(printed, "falling back to "+t.name)
		}
		return t.name, printed, nil
	}
	return "", printed, errors.New("") // every one failed; nothing more is printed
}

// tcgPropertyError is the TCG accelerator's setters: thread's values
// (tcg_set_thread), tb-size a uint32 read as a uint64 first (a negative
// number wraps, then fails the range check), split-wx a bool.
func tcgPropertyError(k, v string, icount bool) error {
	switch k {
	case "thread":
		if v != "single" && v != "multi" {
			return fmt.Errorf("Invalid 'thread' setting %s", v)
		}
		if v == "multi" && icount { // configure_accelerators sets up icount first
			return errors.New("No MTTCG when icount is enabled")
		}
	case "tb-size":
		n, ok := parseStrtou64(v)
		if !ok {
			return fmt.Errorf("Parameter '%s' expects uint64", k)
		}
		if n > math.MaxUint32 {
			return fmt.Errorf("Parameter '%s' expects uint32_t", k)
		}
	case "split-wx", "one-insn-per-tb":
		if _, ok := qemuopts.ParseBool(v); !ok {
			return fmt.Errorf("Parameter '%s' expects 'on' or 'off'", k)
		}
	}
	return nil
}

// parseStrtou64 is qemu_strtou64 with base 0: strtoull's forms, a minus
// sign wrapping the value, nothing after the number.
func parseStrtou64(s string) (uint64, bool) {
	neg := false
	t := strings.TrimLeft(s, " \t\n")
	if strings.HasPrefix(t, "-") {
		neg, t = true, t[1:]
	} else {
		t = strings.TrimPrefix(t, "+")
	}
	low := strings.ToLower(t)
	if t == "" || t[0] == '-' || t[0] == '+' || strings.Contains(t, "_") ||
		strings.HasPrefix(low, "0b") || strings.HasPrefix(low, "0o") {
		return 0, false // strtoull has no Go-only forms
	}
	n, err := strconv.ParseUint(t, 0, 64)
	if err != nil {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

// icountEnabled is icount_enabled() once icount_configure ran: -icount
// with a shift (icount_configure's own errors come first).
func icountEnabled(o *Options) bool {
	v, ok := o.later["icount"]
	if !ok || o.icountError() != nil {
		return false
	}
	keys, _ := qemuOpts(v, "shift")
	return slices.Contains(keys, "shift")
}
