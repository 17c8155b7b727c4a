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

// The CPU modalias (print_cpu_modalias: the boot CPU's feature numbers) as
// recorded for the default models under TCG, the same on 7.2 and 10.0
// (round gs5): qemu64 as it comes (no -cpu feature or setting changes it),
// POWER9 on pseries (cpu_feature_keys' numbers of its user features).
const (
	modaliasQEMU64 = "cpu:type:x86,ven0002fam000Fmod006B:feature:,0000,0002,0003,0004,0005,0006,0007,0008,0009,000B,000C,000D,000E,000F,0010,0011,0013,0017,0018,0019,001A,001C,0020,0022,0023,0024,0025,0026,0027,0028,0029,002B,002C,002D,002E,002F,0030,0031,0034,0037,0038,003D,0064,006E,0070,0072,0074,0075,0079,007A,0080,008D,009F,00C0,00C1,00C2,00C8,00ED,00F3,010F,0165,016C\n"
	modaliasPOWER9 = "cpu:type:power9:feature:,0001,0006,0007,0008,000A,000D,000E,001A,001B,001C,001E,001F,0034,0035,0036,0037,0039,003A,003B,003C,003D,003F\n"
)

// cpuModalias is /sys/devices/system/cpu/modalias where recorded.
func (g *Guest) cpuModalias() (string, bool) {
	m := g.M
	switch {
	case g.IsSPAPR() && powerModels[m.CPUType][0] == "POWER9":
		return modaliasPOWER9, true
	case !g.IsSPAPR() && m.CPUType == "qemu64-x86_64-cpu" && len(m.CPUFeaturesOn) == 0 && len(m.CPUFeaturesOff) == 0 &&
		len(m.CPUPlus) == 0 && len(m.CPUMinus) == 0 && len(m.CPUSettings) == 0 && len(m.CPUGlobals) == 0:
		return modaliasQEMU64, true
	}
	return "", false
}

// cpuUevent is a CPU device's uevent: x86's processor driver, or pseries'
// device-tree node (the core's), then the modalias.
func (g *Guest) cpuUevent(n int) (string, bool) {
	mod, ok := g.cpuModalias()
	if !ok {
		return "", false
	}
	if g.IsSPAPR() {
		name := g.dtCPUName()
		return fmt.Sprintf("OF_NAME=%s\nOF_FULLNAME=/cpus/%s@%x\nOF_TYPE=cpu\nOF_COMPATIBLE_N=0\nMODALIAS=%s\n", name, name, g.ofNodeCore[n], mod), true
	}
	return "DRIVER=processor\nMODALIAS=" + mod + "\n", true
}
