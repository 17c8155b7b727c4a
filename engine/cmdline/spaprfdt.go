package cmdline

import (
	"fmt"
	"strings"

	"hotpluglab/engine/machine"
)

// The pseries device tree is built at the first reset in a buffer of
// FDT_MAX_SIZE (2 MiB). With many present cores it does not fit, and the
// libfdt call that runs out of space names the error. The sizes below were
// measured with `-machine dumpdtb=` (HMP dumpdtb on 10.0) on the real binary (the dumped size is
// exactly base + perCore·(cores-1) + the CPU DR connector properties), and
// the messages by bisecting `-smp N` (3232 starts, 3233 fails).
const fdtMaxSize = 2 << 20

// fdtProfile is the dumped size with one present core and maxcpus=2, and
// the size of each further present core's node.
type fdtProfile struct{ base, perCore int }

// fdtVersionDelta: each machine version with its default CPU model, as the
// difference from that model on pseries-7.2 (older versions add properties).
func fdtVersionDelta(m *machine.Machine) fdtProfile {
	t := m.Type
	switch { // before 2.7 there are no CPU DR connectors: sizes at maxcpus=1
	case t.VersionAtMost(2, 2):
		return fdtProfile{8780 - 13828, 560 - 520}
	case t.VersionAtMost(2, 3):
		return fdtProfile{8808 - 13828, 560 - 520}
	case t.VersionAtMost(2, 4):
		return fdtProfile{12796 - 13828, 560 - 520}
	case t.VersionAtMost(2, 6):
		return fdtProfile{12860 - 13828, 560 - 520}
	case t.VersionAtMost(2, 7):
		return fdtProfile{13079 - 13828, 576 - 520} // power7
	case t.VersionAtMost(2, 12):
		return fdtProfile{13167 - 13848, 596 - 540} // power8
	case t.VersionAtMost(3, 1):
		return fdtProfile{13111 - 13848, 0}
	case t.VersionAtMost(4, 1):
		return fdtProfile{13837 - 13978, 0}
	case t.VersionAtMost(4, 2):
		return fdtProfile{13874 - 13978, 0}
	case t.VersionAtMost(5, 0):
		return fdtProfile{13974 - 13978, 0}
	}
	return fdtProfile{}
}

func pad4(n int) int { return (n + 3) &^ 3 }

// drcProperties are the sizes of ibm,drc-indexes, -power-domains, -names and
// -types for the CPU connectors (one per possible core), as written, each
// with its 12-byte property header and its name in the strings block.
func drcProperties(m *machine.Machine) (indexes, powerDomains, names, types int) {
	cores := len(m.Slots)
	cells := pad4(4 + 4*cores)
	nameBytes := drcNameBytes(m)
	return 12 + cells + len("ibm,drc-indexes") + 1, 12 + cells + len("ibm,drc-power-domains") + 1,
		12 + pad4(nameBytes) + len("ibm,drc-names") + 1, 12 + cells + len("ibm,drc-types") + 1
}

// drcPayload is what the four properties add to the dumped size.
func drcPayload(m *machine.Machine) int {
	return 3*(4+4*len(m.Slots)) + pad4(drcNameBytes(m))
}

// drcNameBytes is the length of ibm,drc-names: a count, then "CPU <core-id>"
// and its NUL for every connector.
func drcNameBytes(m *machine.Machine) int {
	n := 4
	for _, sl := range m.Slots {
		n += len("CPU ") + decimalDigits(sl.ArchID) + 1
	}
	return n
}

func decimalDigits(v int) int {
	d := 1
	for ; v >= 10; v /= 10 {
		d++
	}
	return d
}

// spaprFDTError is the error of a device tree that does not fit, or nil.
// The dumped size is measured for the defaults (RAM, no NUMA, no devices);
// other configurations use the same sizes.
func spaprFDTError(m *machine.Machine) error {
	layout := m.Release().SPAPRFDT
	model := strings.TrimSuffix(m.ThreadType, "-powerpc64-cpu")
	var p fdtProfile
	for prefix, q := range layout.Models {
		if strings.HasPrefix(model, prefix) { // no key is a prefix of another's models
			p = fdtProfile{q[0], q[1]}
		}
	}
	if p.base == 0 {
		return nil
	}
	d := fdtVersionDelta(m)
	present := len(m.CPUs) // cores, from -smp and -device
	// base was measured with maxcpus=2: take those two connectors out
	const drcTwoCores = 3*(4+8) + 16 // "CPU 0", "CPU 1"
	size := p.base + d.base + (p.perCore+d.perCore)*(present-1)
	if m.Type.HotpluggableCPUs {
		size += drcPayload(m) - drcTwoCores
	}
	over := size - fdtMaxSize
	if over <= 0 {
		return nil
	}
	// The overflow counts back from the end of the build: the last calls
	// (the release's tail: chosen, RTAS, ...) fail first, then the DR
	// connector properties, then the CPU nodes.
	if !m.Type.HotpluggableCPUs {
		// One measurement (7.2's pseries-2.6 -smp 3723, 28 bytes over): the
		// last call, in /chosen. The rest of these older layouts was not bisected.
		if over <= layout.Tail[0].UpTo {
			return fdtCall(`spapr_dt_ovec(fdt, chosen, spapr->ov5_cas, "ibm,architecture-vec-5")`)
		}
		return fdtCall(layout.CPUNode)
	}
	for _, c := range layout.Tail {
		if over <= c.UpTo {
			return fdtCall(c.Call)
		}
	}
	indexes, powerDomains, names, types := drcProperties(m)
	over -= layout.Tail[len(layout.Tail)-1].UpTo
	for _, prop := range []struct {
		size int
		msg  string
	}{{types, "Couldn't finalize ibm,drc-types property"}, {names, "Couldn't finalize ibm,drc-names property"},
		{powerDomains, "Couldn't finalize ibm,drc-power-domains property"}, {indexes, "Couldn't create ibm,drc-indexes property"}} {
		if over <= prop.size {
			return fmt.Errorf("%s\n%s: Couldn't set up CPU DR device tree properties", prop.msg, m.Target.Binary())
		}
		over -= prop.size
	}
	return fdtCall(layout.CPUNode)
}

func fdtCall(expr string) error {
	return fmt.Errorf("error creating device tree: %s: FDT_ERR_NOSPACE", expr)
}
