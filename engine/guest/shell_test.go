package guest

import (
	"strings"
	"testing"
)

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
		{"ls /", "bin   dev   init  proc  root  sys   tmp\n"},
		{"cat /sys/devices/system/cpu/kernel_max", "8191\n"},
		{"ls /sys/devices/system/cpu | tail -n 2", "uevent\nvulnerabilities\n"},
		{"echo 'a  b'", "a  b\n"},
		{"nproc --all", "4\n"},
		{"nproc --ignore=3", "1\n"},
		{"nproc --ignore=9", "1\n"},
		{"grep -c x /sys/devices/system/cpu", "0\n"},
		{"echo \"unterminated", ""}, // ash asks for the rest (PS2)
	} {
		if got := r.g.Shell(c.cmd); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.cmd, got, c.want)
		}
	}
}

// TestShellHeadTailOptions: long-looking counts were a slice out of range
// (issue 10); busybox refuses them with getopt's text and the usage.
func TestShellHeadTailOptions(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP).boot()
	for _, c := range []struct{ cmd, first string }{
		{"head --1", "head: invalid option -- '-'\n"},
		{"head --2 /proc/cpuinfo", "head: invalid option -- '-'\n"},
		{"tail --1", "tail: unrecognized option '--1'\n"},
		{"dmesg | tail --5", "tail: unrecognized option '--5'\n"},
	} {
		got := r.g.Shell(c.cmd)
		if !strings.HasPrefix(got, c.first+"BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\n"+"Usage: ") {
			t.Errorf("%q:\n got %q\nwant it to start %q and the usage", c.cmd, got, c.first)
		}
	}
}

// TestShellTaskset: the shell's own affinity (PID 1) within the online
// CPUs, busybox's texts (measured with the guest's busybox).
func TestShellTaskset(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP).boot()
	for _, c := range []struct{ cmd, want string }{
		{"taskset -p 1", "pid 1's current affinity mask: f\n"},
		{"taskset -cp 1", "pid 1's current affinity list: 0-3\n"},
		{"taskset 1 nproc", "1\n"},
		{"taskset -c 1-2 nproc; nproc", "2\n4\n"},
		{"taskset -p 3 1", "pid 1's current affinity mask: f\npid 1's new affinity mask: 3\n"},
		{"nproc", "2\n"},
		{"taskset -p 30 1", "pid 1's current affinity mask: 3\ntaskset: can't set pid 1's affinity: Invalid argument\n"},
		{"taskset -p zz 1", "pid 1's current affinity mask: 3\ntaskset: bad affinity 'zz'\n"},
	} {
		if got := r.g.Shell(c.cmd); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.cmd, got, c.want)
		}
	}
}

// TestShellRecordedFileFacts: what the guest_shell corpus measured on
// Linux 6.1: procfs opens for root and fails the write, folders made in
// /tmp are listed, x86's CPU list files are binary attributes of
// NR_CPUS*7/2 bytes, and a pseries CPU absent at boot links its of_node to
// the node with reg 0.
func TestShellRecordedFileFacts(t *testing.T) {
	x86 := newRig(t, "-M", "pc", "-smp", "2,maxcpus=4").boot()
	ppc := newRig(t, "-M", "pseries", "-smp", "2,maxcpus=4").boot()
	for _, c := range []struct {
		r         *rig
		cmd, want string
	}{
		{x86, "echo x > /proc/cpuinfo; echo $?", "sh: write error: Input/output error\n1\n"},
		{x86, "echo x > /sys/devices/system/cpu/online", "sh: can't create /sys/devices/system/cpu/online: Permission denied\n"},
		{x86, "mkdir /tmp/d && > /tmp/f && ls /tmp", "d  f\n"},
		{x86, "ls -l /sys/devices/system/cpu/cpu1/topology/core_cpus_list | awk '{print $5}'", "28672\n"},
		{x86, "ls -l /sys/devices/system/cpu/cpu1/topology/core_cpus | awk '{print $5}'", "4096\n"},
		{ppc, "ls -l /sys/devices/system/cpu/cpu1/topology/core_cpus_list | awk '{print $5}'", "65536\n"},
		{ppc, "readlink /sys/devices/system/cpu/cpu1/of_node | grep -c '@0$'", "0\n"},
		{ppc, "readlink /sys/devices/system/cpu/cpu3/of_node", "../../../../firmware/devicetree/base/cpus/PowerPC,POWER9@0\n"},
	} {
		if got := c.r.g.Shell(c.cmd); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.cmd, got, c.want)
		}
	}
}
