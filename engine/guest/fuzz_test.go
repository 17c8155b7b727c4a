package guest

import (
	"strings"
	"testing"
	"time"

	"hotpluglab/engine/guest/busybox"
)

// FuzzShell: no command line makes the guest's shell panic (an internal
// failure would show as busybox.InternalError among the notes), on either
// architecture, and every line finishes within its budget.
func FuzzShell(f *testing.F) {
	for _, s := range []string{"nproc", "ls /sys/devices/system/cpu", "echo 1 > /sys/devices/system/cpu/cpu1/online",
		"cat /sys/devices/system/cpu/*/online | tail -n 2", "grep -c . /proc/cpuinfo", "dmesg | tail -n 3", "'", "|", ">",
		"echo >", "ls /sys/devices/system/cpu/cpu0/../cpu1", "cat /sys/devices/system/cpu/cpu99999999999999999999/online",
		"grep [ /proc/cpuinfo", "tail -n -1", "echo 0 2>&1 > /x; cat /x", "for f in /sys/devices/system/cpu/cpu*; do cat $f/online; done",
		"awk -F: '/processor/ {print $2}' /proc/cpuinfo", "sed -n '/cpu/p' /proc/cpuinfo", "x=$((1<<62*4)); echo ${x:1:2}",
		"while read a; do echo $a; done < /proc/cpuinfo | sort | uniq -c", "echo $(echo $(echo $(echo x)))", "f() { f; }; f",
		"poweroff -f", "exit", "halt -f", "reboot -f", "grep -r . /sys", "ls -lR /sys/devices/system/cpu | wc -l",
		"case $((1)) in 1) echo one;; esac", "printf '%*d|%-5s\\n' 3 4 x", "expr 1 + 2 \\* 3", "cut -d: -f2- /proc/cpuinfo"} {
		f.Add(s)
	}
	x86 := newRigF(f, "-M", "pc", "-smp", guideSMP)
	ppc := newRigF(f, "-M", "pseries", "-smp", "2,maxcpus=8")
	f.Fuzz(func(t *testing.T, line string) {
		if x86.g.State() != Running {
			x86 = newRigF(f, "-M", "pc", "-smp", guideSMP)
		}
		if ppc.g.State() != Running {
			ppc = newRigF(f, "-M", "pseries", "-smp", "2,maxcpus=8")
		}
		t0 := time.Now()
		for _, r := range []*rig{x86, ppc} {
			r.g.Shell(line)
			for _, n := range r.g.TakeNotes() {
				if strings.HasPrefix(n, busybox.InternalError) {
					t.Fatalf("%q: %s", line, n)
				}
			}
		}
		if d := time.Since(t0); d > 5*time.Second {
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
