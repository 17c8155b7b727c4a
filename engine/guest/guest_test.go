package guest

import (
	"reflect"
	"strings"
	"testing"
)

const guideSMP = "4,maxcpus=8,sockets=2,cores=2,threads=2"

func TestCPUList(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want string
	}{
		{nil, ""}, {[]int{0}, "0"}, {[]int{0, 1, 2, 3}, "0-3"}, {[]int{5, 0, 1, 2, 3}, "0-3,5"},
		{[]int{0, 2, 4}, "0,2,4"}, {[]int{1, 2, 4, 5, 7}, "1-2,4-5,7"},
	} {
		if got := cpulist(c.in); got != c.want {
			t.Errorf("cpulist(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestX86BootView(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP).boot()
	for _, c := range []struct{ cmd, want string }{
		{"cat /sys/devices/system/cpu/possible", "0-7\n"},
		{"cat /sys/devices/system/cpu/present", "0-3\n"},
		{"cat /sys/devices/system/cpu/online", "0-3\n"},
		{"cat /sys/devices/system/cpu/offline", "4-7\n"},
		{"ls /sys/devices/system/cpu", "cpu0             cpuidle          nohz_full        present\ncpu1             hotplug          offline          smt\ncpu2             isolated         online           uevent\ncpu3             kernel_max       possible         vulnerabilities\ncpufreq          modalias         power\n"},
		{"nproc", "4\n"},
		{"grep -c ^processor /proc/cpuinfo", "4\n"},
		{"ls /sys/devices/system/cpu/cpu3", "cache             driver            node0             subsystem\ncrash_notes       firmware_node     online            topology\ncrash_notes_size  hotplug           power             uevent\n"},
		{"echo 1 > /sys/devices/system/cpu/cpu0/online", "sh: can't create /sys/devices/system/cpu/cpu0/online: Permission denied\n"},
		{"cat /sys/firmware/acpi/hotplug/processor/enabled", "1\n"},
	} {
		if got := r.g.Shell(c.cmd); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.cmd, got, c.want)
		}
	}
	if r.x86.legacy {
		t.Errorf("the guest did not switch the block to modern mode")
	}
}

func TestX86BootLog(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP)
	r.g.Boot()
	r.settle()
	got := r.kmsg()
	want := []string{
		"smpboot: Allowing 8 CPUs, 4 hotplug CPUs",
		"setup_percpu: NR_CPUS:8192 nr_cpumask_bits:8 nr_cpu_ids:8 nr_node_ids:1",
		"rcu: \tRCU restricting CPUs from NR_CPUS=8192 to nr_cpu_ids=8.",
		"rcu: Adjusting geometry for rcu_fanout_leaf=16, nr_cpu_ids=8",
		"smpboot: CPU0: AMD QEMU Virtual CPU version 2.5+ (family: 0xf, model: 0x6b, stepping: 0x1)",
		"smp: Bringing up secondary CPUs ...",
		"x86: Booting SMP configuration:",
		".... node  #0, CPUs:      #1 #2 #3",
		"smp: Brought up 1 node, 4 CPUs",
		"smpboot: Max logical packages: 2",
		"smpboot: Total of 4 processors activated (20000.00 BogoMIPS)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("boot log:\n got %q\nwant %q", got, want)
	}
}

func TestX86AddOnlineDel(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP).boot()
	r.x86.plug(4, "cpu4")
	r.settle()
	expect(t, "add events", r.events(), "ACPI_DEVICE_OST cpu4 1/0 slot 4")
	expect(t, "add kmsg", r.kmsg(), "CPU4 has been hot-added")
	sh(t, r, "cat /sys/devices/system/cpu/present", "0-4\n")
	sh(t, r, "cat /sys/devices/system/cpu/online", "0-3\n")
	sh(t, r, "cat /sys/devices/system/cpu/offline", "4-7\n")
	sh(t, r, "echo 1 > /sys/devices/system/cpu/cpu4/online", "")
	expect(t, "online kmsg", r.kmsg(), "smpboot: Booting Node 0 Processor 4 APIC 0x4", "Will online and init hotplugged CPU: 4")
	sh(t, r, "nproc", "5\n")
	r.x86.unplug(4)
	r.settle()
	expect(t, "del events", r.events(), "ACPI_DEVICE_OST cpu4 3/132 slot 4", "DEVICE_DELETED /machine/peripheral/cpu4/lapic", "ACPI_DEVICE_OST 3/0 slot 4")
	expect(t, "del kmsg", r.kmsg(), "smpboot: CPU 4 is now offline")
	sh(t, r, "cat /sys/devices/system/cpu/online /sys/devices/system/cpu/present", "0-3\n0-3\n")
	out := r.g.Shell("dmesg | tail -n 4")
	if got := strings.Count(out, "\n"); got != 4 || !strings.Contains(out, "] CPU4 has been hot-added\n") {
		t.Errorf("dmesg | tail -n 4 = %q", out)
	}
}

func TestX86AutoOnlineAndNumbering(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP)
	r.g.AutoOnline = true
	r.boot()
	// Arrival order, not slot order: APIC 7 then 4 become cpu4 and cpu5.
	r.x86.plug(7, "a")
	r.settle()
	expect(t, "kmsg", r.kmsg(), "CPU4 has been hot-added", "smpboot: Booting Node 0 Processor 4 APIC 0x7", "Will online and init hotplugged CPU: 4")
	r.x86.plug(4, "b")
	r.settle()
	expect(t, "kmsg", r.kmsg(), "CPU5 has been hot-added", "smpboot: Booting Node 0 Processor 5 APIC 0x4", "Will online and init hotplugged CPU: 5")
	sh(t, r, "cat /sys/devices/system/cpu/online", "0-5\n")
	// Linux keeps APIC ID -> number: unplug APIC 7 and plug it again, cpu4 again.
	r.x86.unplug(7)
	r.settle()
	r.events()
	r.kmsg()
	r.x86.plug(7, "c")
	r.settle()
	expect(t, "re-add kmsg", r.kmsg(), "CPU4 has been hot-added", "smpboot: Booting Node 0 Processor 4 APIC 0x7", "Will online and init hotplugged CPU: 4")
}

func TestX86RefuseEjectDisabled(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP).boot()
	r.x86.plug(4, "cpu4")
	r.settle()
	r.events()
	r.kmsg()
	sh(t, r, "echo 0 > /sys/firmware/acpi/hotplug/processor/enabled", "")
	for i := 0; i < 2; i++ {
		r.x86.unplug(4)
		r.settle()
		expect(t, "refusal", r.events(), "ACPI_DEVICE_OST cpu4 3/128 slot 4")
		expect(t, "refusal kmsg", r.kmsg(), "acpi LNXCPU:04: Eject disabled")
	}
	sh(t, r, "cat /sys/devices/system/cpu/present", "0-4\n")
	sh(t, r, "echo 1 > /sys/firmware/acpi/hotplug/processor/enabled", "")
	r.x86.unplug(4)
	r.settle()
	expect(t, "eject", r.events(), "ACPI_DEVICE_OST cpu4 3/132 slot 4", "DEVICE_DELETED /machine/peripheral/cpu4/lapic", "ACPI_DEVICE_OST 3/0 slot 4")
	expect(t, "eject kmsg", r.kmsg()) // it was offline: no kernel line
}

func TestX86OneBootCPU(t *testing.T) {
	r := newRig(t, "-M", "pc-i440fx-6.1", "-smp", "1,maxcpus=2").boot()
	r.x86.plug(1, "cpu-2")
	r.settle()
	sh(t, r, "echo 1 > /sys/devices/system/cpu/cpu1/online", "")
	expect(t, "kmsg", r.kmsg(), "CPU1 has been hot-added", "SMP alternatives: switching to SMP code",
		"x86: Booting SMP configuration:", "smpboot: Booting Node 0 Processor 1 APIC 0x1", "Will online and init hotplugged CPU: 1")
	// Offline and online again: no more "init hotplugged", no more alternatives.
	sh(t, r, "echo 0 > /sys/devices/system/cpu/cpu1/online", "")
	sh(t, r, "echo 1 > /sys/devices/system/cpu/cpu1/online", "")
	expect(t, "kmsg", r.kmsg(), "smpboot: CPU 1 is now offline", "x86: Booting SMP configuration:", "smpboot: Booting Node 0 Processor 1 APIC 0x1")
}

func TestX86LegacyTables(t *testing.T) {
	r := newRig(t, "-M", "pc-i440fx-2.6", "-smp", "1,maxcpus=2").boot()
	if !r.x86.legacy {
		t.Fatal("a 2.6 machine's guest switched to modern mode")
	}
	r.x86.plug(1, "cpu1")
	r.settle()
	expect(t, "legacy add events", r.events())
	expect(t, "legacy add kmsg", r.kmsg(), "CPU1 has been hot-added")
}

func TestSPAPRBootView(t *testing.T) {
	r := newRig(t, "-M", "pseries", "-smp", "2,maxcpus=8")
	r.g.Boot()
	r.settle()
	expect(t, "boot log", r.kmsg(), "Partition configured for 8 cpus.", "CPU maps initialized for 1 thread per core",
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

func TestShell(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP).boot()
	for _, c := range []struct{ cmd, want string }{
		{"", ""},
		{"frobnicate", "sh: frobnicate: not found\n"},
		{"lscpu", "sh: lscpu: not found\n"},
		{"cat /sys/devices/system/cpu/{online,offline}", "cat: can't open '/sys/devices/system/cpu/{online,offline}': No such file or directory\n"},
		{"cat /sys/devices/system/cpu/cpu0/online", "cat: can't open '/sys/devices/system/cpu/cpu0/online': No such file or directory\n"},
		{"echo 1 > /sys/devices/system/cpu/cpu9/online", "sh: can't create /sys/devices/system/cpu/cpu9/online: nonexistent directory\n"},
		{"echo 2 > /sys/devices/system/cpu/cpu1/online", "sh: write error: Invalid argument\n"},
		{"echo 1 > /sys/devices/system/cpu/online", "sh: can't create /sys/devices/system/cpu/online: Permission denied\n"},
		{"grep . /sys/devices/system/cpu/cpu*/online", "/sys/devices/system/cpu/cpu1/online:1\n/sys/devices/system/cpu/cpu2/online:1\n/sys/devices/system/cpu/cpu3/online:1\n"},
		{"cat /sys/devices/system/cpu/online; nproc", "0-3\n4\n"},
		{"echo hello", "hello\n"},
		{"ls /nope", "ls: /nope: No such file or directory\n"},
		{"ls /", "bin   dev   init  proc  sys   tmp\n"},
		{"cat /sys/devices/system/cpu/kernel_max", "8191\n"},
		{"ls /sys/devices/system/cpu | tail -n 2", "uevent\nvulnerabilities\n"},
		{"echo 'a  b'", "a  b\n"},
		{"nproc --all", "4\n"},
		{"nproc --ignore=3", "1\n"},
		{"nproc --ignore=9", "1\n"},
		{"grep -c x /sys/devices/system/cpu", "0\n"},
		{"echo \"unterminated", "sh: syntax error: unterminated quoted string\n"},
	} {
		if got := r.g.Shell(c.cmd); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.cmd, got, c.want)
		}
	}
}

func TestNotBootedHasNoShell(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", "1")
	if got := r.g.Shell("nproc"); got != "" {
		t.Errorf("shell before boot printed %q", got)
	}
	r.g.Boot()
	if r.g.State() != Booting {
		t.Errorf("state %v right after Boot", r.g.State())
	}
}

func sh(t *testing.T, r *rig, cmd, want string) {
	t.Helper()
	if got := r.g.Shell(cmd); got != want {
		t.Errorf("%s:\n got %q\nwant %q", cmd, got, want)
	}
}

func expect(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

func TestX86NoACPI(t *testing.T) {
	r := newRig(t, "-M", "pc,acpi=off", "-smp", "2,maxcpus=4")
	r.g.HW.Ports = nil // no ACPI device, no register block
	r.g.Boot()
	r.settle()
	sh(t, r, "cat /sys/devices/system/cpu/possible /sys/devices/system/cpu/present", "0-1\n0-1\n")
	if l := r.kmsg(); len(l) == 0 || l[0] != "smpboot: Allowing 2 CPUs, 0 hotplug CPUs" {
		t.Errorf("boot log starts %q", l)
	}
}

func TestColumns(t *testing.T) {
	for _, c := range []struct {
		names []string
		want  string
	}{
		{nil, ""},
		{[]string{"a"}, "a\n"},
		// 18-character names: column width 20, 79/20 = 3 columns (80/20 would be 4).
		{[]string{"aaaaaaaaaaaaaaaaaa", "b", "c", "d"}, "aaaaaaaaaaaaaaaaaa  c\nb                   d\n"},
		// Too wide for two columns: one per line.
		{[]string{strings.Repeat("x", 40), "y"}, strings.Repeat("x", 40) + "\ny\n"},
	} {
		if got := columns(c.names, 79); got != c.want {
			t.Errorf("columns(%q):\n got %q\nwant %q", c.names, got, c.want)
		}
	}
}
