package session

import (
	"hotpluglab/engine/release"
	"testing"
)

// TestGuestOnOddMachines: booting and typing on machines with no CPU
// hotplug, no ACPI or no sPAPR hotplug does not panic.
func TestGuestOnOddMachines(t *testing.T) {
	for _, args := range [][]string{{"-M", "none"}, {"-M", "pc,acpi=off", "-smp", "1"}, {"-M", "pseries-2.5", "-smp", "2"}, {"-M", "pc-i440fx-2.6", "-smp", "1,maxcpus=255"}} {
		s := Start(release.V7_2, "", args)
		if !s.Started() {
			continue
		}
		s.BootGuestAndWait()
		for _, l := range []string{"nproc", "ls /sys/devices/system/cpu", "cat /proc/cpuinfo", "dmesg | tail -n 3", "cat /sys/devices/system/cpu/possible"} {
			s.GuestShell(l)
		}
		s.HMP("device_add qemu64-x86_64-cpu,id=x,socket-id=0,core-id=1,thread-id=0")
		s.Settle()
		_ = s.Topology()
	}
}
