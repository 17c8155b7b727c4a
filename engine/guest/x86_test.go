package guest

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

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

func TestX86AddOnlineDel(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP).boot()
	r.x86.plug(4, "cpu4")
	r.settle()
	expect(t, "add events", r.events(), "ACPI_DEVICE_OST cpu4 1/0 slot 4")
	expect(t, "add kmsg", r.kmsg(), "CPU4 has been hot-added")
	sh(t, r, "cat /sys/devices/system/cpu/present", "0-4\n")
	sh(t, r, "cat /sys/devices/system/cpu/online", "0-3\n")
	sh(t, r, "cat /sys/devices/system/cpu/offline", "4-7\n")
	sh(t, r, "ls /sys/devices/system/cpu/cpu4", "crash_notes       firmware_node     power\ncrash_notes_size  node0             subsystem\ndriver            online            uevent\n")
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

func TestX86NoACPI(t *testing.T) {
	r := newRig(t, "-M", "pc,acpi=off", "-smp", "2,maxcpus=4")
	r.g.HW.Ports = nil // no ACPI device, no register block
	r.g.Boot()
	r.settle()
	sh(t, r, "cat /sys/devices/system/cpu/possible /sys/devices/system/cpu/present", "0\n0\n")
	if l := r.kmsg(); len(l) == 0 || l[0] != "smpboot: Allowing 1 CPUs, 0 hotplug CPUs" {
		t.Errorf("boot log starts %q", l)
	}
}

// TestX86ScanOrder: one SCI finding a new CPU and an eject request. 7.2's
// AML notifies the eject inside its loop, before the new CPU; 10.0 queues
// ejects after the new CPUs (CEJL), as recorded: the insert's _OST first.
func TestX86ScanOrder(t *testing.T) {
	for _, c := range []struct {
		rel   *release.Release
		first string
	}{
		{release.V7_2, "ACPI_DEVICE_OST cpu4 3/132 slot 4"},
		{release.V10_0, "ACPI_DEVICE_OST cpu5 1/0 slot 5"},
	} {
		r := newRigOn(t, c.rel, "-M", "pc", "-smp", guideSMP).boot()
		r.x86.plug(4, "cpu4")
		r.settle()
		r.events()
		// Both pending before the guest's handler runs: one scan sees both.
		r.x86.plug(5, "cpu5")
		r.x86.unplug(4)
		r.settle()
		if ev := r.events(); len(ev) == 0 || ev[0] != c.first {
			t.Errorf("%s: events %q, want %q first", c.rel.Name, ev, c.first)
		}
	}
}
