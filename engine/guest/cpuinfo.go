package guest

import (
	"fmt"
	"hotpluglab/engine/guest/busybox"
	"math/bits"
	"strings"
)

// /proc/cpuinfo as recorded for the default CPU models (qemu64 on x86,
// POWER9 on pseries). Other models' texts were not recorded: only their
// "processor" lines are known, which grep may count but cat does not show.

// cpuinfoQEMU64 is one qemu64 CPU's block; %[1]d processor, %[2]d physical
// id, %[3]d siblings, %[4]d core id, %[5]d cpu cores, %[6]d apicid.
const cpuinfoQEMU64 = `processor	: %[1]d
vendor_id	: AuthenticAMD
cpu family	: 15
model		: 107
model name	: QEMU Virtual CPU version 2.5+
stepping	: 1
microcode	: 0x1000065
cpu MHz		: 2096.000
cache size	: 512 KB
physical id	: %[2]d
siblings	: %[3]d
core id		: %[4]d
cpu cores	: %[5]d
apicid		: %[6]d
initial apicid	: %[6]d
fpu		: yes
fpu_exception	: yes
cpuid level	: 13
wp		: yes
flags		: fpu de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx lm rep_good nopl cpuid extd_apicid pni cx16 hypervisor lahf_lm cmp_legacy svm 3dnowprefetch vmmcall
bugs		: fxsave_leak sysret_ss_attrs null_seg swapgs_fence amd_e400 spectre_v1 spectre_v2
bogomips	: 5000.00
TLB size	: 1024 4K pages
clflush size	: 64
cache_alignment	: 64
address sizes	: 40 bits physical, 48 bits virtual
power management:

`

// cpuinfoPOWER is one pseries CPU's block: %[1]d processor, %[2]s the
// model's line and PVR (recorded: POWER9 on 7.2's default, POWER10 on
// 10.0's).
const cpuinfoPOWER = `processor	: %[1]d
cpu		: %[2]s (architected), altivec supported
clock		: 1000.000000MHz
revision	: 2.0 (pvr %[3]s)

`

// powerModels are the pseries core types whose /proc/cpuinfo was recorded.
var powerModels = map[string][2]string{
	"power9_v2.0-spapr-cpu-core":  {"POWER9", "004e 1200"},
	"power10_v2.0-spapr-cpu-core": {"POWER10", "0080 1200"},
}

const cpuinfoPSeriesTail = `timebase	: 512000000
platform	: pSeries
model		: IBM pSeries (emulated by qemu)
machine		: CHRP IBM pSeries (emulated by qemu)
MMU		: Radix
`

func (g *Guest) cpuinfo() *node {
	online := g.list(func(c *CPU) bool { return c.Online })
	var b strings.Builder
	switch {
	case g.IsSPAPR() && powerModels[g.M.CPUType][0] != "":
		m := powerModels[g.M.CPUType]
		for _, n := range online {
			fmt.Fprintf(&b, cpuinfoPOWER, n, m[0], m[1])
		}
		b.WriteString(cpuinfoPSeriesTail)
	case !g.IsSPAPR() && g.M.CPUType == "qemu64-x86_64-cpu":
		// AMD without topoext: Linux takes every thread for a core; the
		// package is the APIC ID above the bits for cores × threads.
		perPkg := g.M.Topology.Cores * g.M.Topology.Threads * g.M.Topology.Dies
		coreBits := 0
		if perPkg > 1 {
			coreBits = bits.Len(uint(perPkg - 1))
		}
		pkgOf := func(c *CPU) int { return c.ArchID >> coreBits }
		for _, n := range online {
			c := g.cpu(n)
			siblings := 0
			for _, m := range online {
				if pkgOf(g.cpu(m)) == pkgOf(c) {
					siblings++
				}
			}
			fmt.Fprintf(&b, cpuinfoQEMU64, n, pkgOf(c), siblings, c.ArchID&(1<<coreBits-1), siblings, c.ArchID)
		}
	default:
		// Other models' texts were not recorded.
		return &node{kind: busybox.Regular, perm: 0o444, fs: procFS}
	}
	return procFile(b.String())
}
