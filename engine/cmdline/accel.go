package cmdline

import (
	"errors"
	"fmt"
	"hotpluglab/engine/qemuopts"
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
	type try struct{ name, props, loc string }
	var tries []try
	for _, a := range o.AccelOptions {
		name, props, _ := strings.Cut(a, ",")
		tries = append(tries, try{name, props, "-accel " + a + ": "})
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
		if t.props != "" {
			for _, p := range qemuopts.Split(t.props) {
				k, _, _ := strings.Cut(p, "=")
				if !known[k] {
					return "", printed, fmt.Errorf("%sProperty '%s-accel.%s' not found", t.loc, t.name, k)
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
