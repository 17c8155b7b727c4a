// Package compat is QEMU's machine compat properties: what a versioned
// machine type (pc-q35-7.2, pseries-8.2, ...) sets on the devices it
// creates so that they look as they did in that QEMU version
// (hw_compat_X_Y, pc_compat_X_Y, the spapr tables). Each release's tables
// are recorded from its binary (testdata/oracle/record_compat.py) into
// compat-<target>.txt: per version, the printed property values that
// differ from the next newer version of the same family.
package compat

import (
	"strings"
	"sync"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/release"
)

// Global is one property a machine sets on every device of a type, as
// `info qtree` prints its value. Type "" is every device that has the
// property (the table names a parent type: pci-device, virtio-pci, ...).
type Global struct {
	Type, Property, Value string
}

// Matches says whether the global is for a device of that type.
func (g Global) Matches(typ string) bool { return g.Type == "" || g.Type == typ }

// step is one version's entries.
type step struct {
	machine string
	props   []Global
}

// tables are a target's steps, each family newest first.
type tables struct{ steps []step }

type key struct {
	rel    *release.Release
	target machinetype.Target
}

var cache sync.Map // key -> *tables

func tablesFor(rel *release.Release, target machinetype.Target) *tables {
	k := key{rel, target}
	if t, ok := cache.Load(k); ok {
		return t.(*tables)
	}
	t, _ := cache.LoadOrStore(k, parse(rel.Text("compat-"+string(target)+".txt")))
	return t.(*tables)
}

func parse(text string) *tables {
	t := &tables{}
	for _, line := range strings.Split(text, "\n") {
		f := strings.SplitN(line, "\t", 4)
		switch {
		case f[0] == "M" && len(f) == 2:
			t.steps = append(t.steps, step{machine: f[1]})
		case f[0] == "P" && len(f) == 4 && len(t.steps) > 0:
			s := &t.steps[len(t.steps)-1]
			s.props = append(s.props, Global{f[1], f[2], f[3]})
		case f[0] == "A" && len(f) == 3 && len(t.steps) > 0:
			s := &t.steps[len(t.steps)-1]
			s.props = append(s.props, Global{"", f[1], f[2]})
		}
	}
	return t
}

// family is a versioned machine name without its version ("pc-q35").
func family(machine string) string {
	if i := strings.LastIndexByte(machine, '-'); i > 0 {
		return machine[:i]
	}
	return machine
}

// For is what a machine type sets on devices: the steps of every newer
// version of its family down to its own, in table order, to be applied in
// that order (an older value replaces a newer one). A machine with no
// step (the latest of a family, or an unversioned board) sets nothing.
func For(rel *release.Release, target machinetype.Target, machine string) []Global {
	// pseries-2.12-sxxm is pseries-2.12 with other capability defaults
	// (spapr_machine_2_12_sxxm_class_options): the same devices.
	machine = strings.TrimSuffix(machine, "-sxxm")
	t := tablesFor(rel, target)
	own := -1
	for i, s := range t.steps {
		if s.machine == machine {
			own = i
		}
	}
	if own < 0 {
		return nil
	}
	fam := family(machine)
	var out []Global
	for i := 0; i <= own; i++ {
		if family(t.steps[i].machine) == fam {
			out = append(out, t.steps[i].props...)
		}
	}
	return out
}
