package guest

import (
	"testing"
)

func TestSPAPRBootView(t *testing.T) {
	r := newRig(t, "-M", "pseries", "-smp", "2,maxcpus=8")
	r.g.Boot()
	r.settle()
	expect(t, "boot log", hotplugLines(r.kmsg())[:7], "Partition configured for 8 cpus.", "CPU maps initialized for 1 thread per core",
		"numa: Partition configured for 1 NUMA nodes.", "rcu: \tRCU restricting CPUs from NR_CPUS=2048 to nr_cpu_ids=8.",
		"rcu: Adjusting geometry for rcu_fanout_leaf=16, nr_cpu_ids=8", "smp: Bringing up secondary CPUs ...", "smp: Brought up 1 node, 2 CPUs")
	sh(t, r, "cat /sys/devices/system/cpu/possible", "0-7\n")
	sh(t, r, "cat /sys/devices/system/cpu/present", "0-1\n")
	sh(t, r, "cat /sys/devices/system/cpu/offline", "2-7\n")
	sh(t, r, "ls /sys/devices/system/cpu", "cpu0             cpu7             modalias         probe\ncpu1             cpufreq          nohz_full        release\ncpu2             cpuidle          offline          smt\ncpu3             dscr_default     online           uevent\ncpu4             hotplug          possible         vulnerabilities\ncpu5             isolated         power\ncpu6             kernel_max       present\n")
	sh(t, r, "cat /sys/devices/system/cpu/cpu7/online", "0\n")
	sh(t, r, "echo 1 > /sys/devices/system/cpu/cpu7/online", "sh: write error: Invalid argument\n")
}

func TestSPAPRAddDel(t *testing.T) {
	r := newRig(t, "-M", "pseries", "-smp", "2,maxcpus=8").boot()
	r.rtas.plug(2, "core2")
	r.settle()
	expect(t, "add events", r.events())
	expect(t, "add kmsg", r.kmsg())
	sh(t, r, "cat /sys/devices/system/cpu/online /sys/devices/system/cpu/present", "0-2\n0-2\n")
	r.rtas.unplug(2)
	r.settle()
	expect(t, "del events", r.events(), "DEVICE_DELETED /machine/peripheral/core2")
	sh(t, r, "cat /sys/devices/system/cpu/online /sys/devices/system/cpu/present", "0-1\n0-1\n")
	r.rtas.plug(5, "core5")
	r.settle()
	sh(t, r, "grep . /sys/devices/system/cpu/cpu2/physical_id", "5\n")
	sh(t, r, "ls /proc/device-tree/cpus", "#address-cells         PowerPC,POWER9@5       ibm,drc-types\n#size-cells            ibm,drc-indexes        name\nPowerPC,POWER9@0       ibm,drc-names          phandle\nPowerPC,POWER9@1       ibm,drc-power-domains  slof,from-fdt\n")
	// A second request after the core is gone.
	r.rtas.unplug(5)
	r.rtas.unplug(5)
	r.settle()
	expect(t, "kmsg", r.kmsg(), "pseries-hotplug-cpu: Cannot find CPU (drc index 10000005) to remove")
}

func TestSPAPRRefuseLastCPU(t *testing.T) {
	r := newRig(t, "-M", "pseries", "-smp", "1,maxcpus=4").boot()
	r.rtas.plug(1, "core1")
	r.settle()
	sh(t, r, "echo 0 > /sys/devices/system/cpu/cpu0/online", "")
	sh(t, r, "cat /sys/devices/system/cpu/online", "1\n")
	sh(t, r, "echo 0 > /sys/devices/system/cpu/cpu1/online", "sh: write error: Device or resource busy\n")
	r.rtas.unplug(1)
	r.settle()
	expect(t, "refusal", r.events(), "DEVICE_UNPLUG_GUEST_ERROR")
	expect(t, "refusal kmsg", r.kmsg(), "pseries-hotplug-cpu: Unable to remove last online CPU PowerPC,POWER9",
		"pseries-hotplug-cpu: Failed to offline CPU PowerPC,POWER9, rc: -16")
	sh(t, r, "cat /sys/devices/system/cpu/online /sys/devices/system/cpu/present", "1\n0-1\n")
}
