package guest

import (
	"testing"
	"time"
)

// FuzzShell: no command line makes the shell panic, on either architecture.
func FuzzShell(f *testing.F) {
	for _, s := range []string{"nproc", "ls /sys/devices/system/cpu", "echo 1 > /sys/devices/system/cpu/cpu1/online",
		"cat /sys/devices/system/cpu/*/online | tail -n 2", "grep -c . /proc/cpuinfo", "dmesg | tail -n 3", "'", "|", ">",
		"echo >", "ls /sys/devices/system/cpu/cpu0/../cpu1", "cat /sys/devices/system/cpu/cpu99999999999999999999/online",
		"grep [ /proc/cpuinfo", "tail -n -1", "echo 0 2>&1 > /x; cat /x"} {
		f.Add(s)
	}
	x86 := newRigF(f, "-M", "pc", "-smp", guideSMP)
	ppc := newRigF(f, "-M", "pseries", "-smp", "2,maxcpus=8")
	f.Fuzz(func(t *testing.T, line string) {
		t0 := time.Now()
		x86.g.Shell(line)
		ppc.g.Shell(line)
		if d := time.Since(t0); d > time.Second {
			t.Fatalf("%q took %v", line, d)
		}
	})
}

func newRigF(f *testing.F, args ...string) *rig {
	r := newRig(&testing.T{}, args...)
	r.g.BootNow()
	r.settle()
	return r
}
