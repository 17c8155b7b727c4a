package guest

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestX86BootLog(t *testing.T) {
	r := newRig(t, "-M", "pc", "-smp", guideSMP)
	r.g.Boot()
	r.settle()
	got := r.kmsg()
	if n := len(got); n == 0 || got[n-1] != "    TERM=linux" {
		t.Errorf("the boot log does not end with the recorded tail: %q", got)
	}
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
	got = hotplugLines(got)
	if len(got) > len(want) {
		got = got[:len(want)] // the CPU lines come first, then the recorded tail
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("boot log:\n got %q\nwant %q", got, want)
	}
}

// otherCPULines are boot lines that mention CPUs but are not the
// recorder's boot_kmsg (the per-CPU allocator, idle, MTRR, ...).
var otherCPULines = regexp.MustCompile(`^(percpu|pcpu-alloc|SLUB|cpu_features|cpu_user_features|printk: log_buf|clockevent|cpuidle|mtrr|hpet|ledtrig|numa: Node)`)

func hotplugLines(l []string) []string {
	var out []string
	for _, s := range l {
		if !otherCPULines.MatchString(s) {
			out = append(out, s)
		}
	}
	return out
}

// TestBootCPULines: what `dmesg | grep -i cpu` shows of the per-CPU
// allocator, as recorded for 1 to 64 possible CPUs.
func TestBootCPULines(t *testing.T) {
	for _, c := range []struct {
		ids  int
		ppc  bool
		want []string
	}{
		{1, false, []string{"percpu: Embedded 62 pages/cpu s217088 r8192 d28672 u2097152",
			"pcpu-alloc: s217088 r8192 d28672 u2097152 alloc=1*2097152", "pcpu-alloc: [0] 0 "}},
		{4, false, []string{"percpu: Embedded 62 pages/cpu s217088 r8192 d28672 u524288",
			"pcpu-alloc: s217088 r8192 d28672 u524288 alloc=1*2097152", "pcpu-alloc: [0] 0 1 2 3 "}},
		{16, false, []string{"percpu: Embedded 62 pages/cpu s217088 r8192 d28672 u262144",
			"pcpu-alloc: s217088 r8192 d28672 u262144 alloc=1*2097152",
			"pcpu-alloc: [0] 00 01 02 03 04 05 06 07 [0] 08 09 10 11 12 13 14 15 "}},
		{16, true, []string{"percpu: Embedded 10 pages/cpu s603432 r0 d51928 u655360",
			"pcpu-alloc: s603432 r0 d51928 u655360 alloc=10*65536",
			"pcpu-alloc: [0] 00 [0] 01 [0] 02 [0] 03 [0] 04 [0] 05 [0] 06 [0] 07 ",
			"pcpu-alloc: [0] 08 [0] 09 [0] 10 [0] 11 [0] 12 [0] 13 [0] 14 [0] 15 "}},
	} {
		if got := percpuLines(c.ids, c.ppc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%d CPUs (ppc %v):\n got %q\nwant %q", c.ids, c.ppc, got, c.want)
		}
	}
	if got := percpuLines(64, false); len(got) != 8 || got[7] != "printk: log_buf_len total cpu_extra contributions: 258048 bytes" {
		t.Errorf("64 CPUs: %q", got)
	}
}

func TestBootLogCounts(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string // lines that must be in the boot log
	}{
		{[]string{"-M", "pc-i440fx-6.1", "-smp", "1,maxcpus=2"}, []string{"smpboot: Allowing 2 CPUs, 1 hotplug CPUs",
			"setup_percpu: NR_CPUS:8192 nr_cpumask_bits:2 nr_cpu_ids:2 nr_node_ids:1", "smp: Brought up 1 node, 1 CPU",
			"smpboot: Max logical packages: 2", "smpboot: Total of 1 processors activated (5000.00 BogoMIPS)"}},
		{[]string{"-M", "pc", "-smp", "12,maxcpus=16"}, []string{".... node  #0, CPUs:        #1  #2  #3  #4  #5  #6  #7  #8  #9 #10 #11",
			"smpboot: Max logical packages: 2"}},
		{[]string{"-M", "pseries", "-smp", "1,maxcpus=4"}, []string{"Partition configured for 4 cpus.", "smp: Brought up 1 node, 1 CPU"}},
	} {
		r := newRig(t, c.args...)
		r.g.Boot()
		r.settle()
		got := strings.Join(r.kmsg(), "\n")
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: no %q in\n%s", c.args, w, got)
			}
		}
	}
}

// TestTopologySaneWarning: NUMA nodes splitting one socket's CPUs make the
// CPU that comes up first beside a CPU of another node warn, once a boot,
// and taint the kernel; nodes along sockets do not (recorded: g1m-q35-numa-sysfs,
// g2-q35-numa3, round g4).
func TestTopologySaneWarning(t *testing.T) {
	mem := func(n int) []string {
		return []string{"-object", "memory-backend-ram,id=r" + string(rune('0'+n)) + ",size=256M"}
	}
	two := func(smp, c0, c1 string) []string {
		a := append([]string{"-M", "q35", "-m", "512M", "-smp", smp}, mem(0)...)
		a = append(a, "-numa", "node,nodeid=0,"+c0+"memdev=r0")
		a = append(a, mem(1)...)
		return append(a, "-numa", "node,nodeid=1,"+c1+"memdev=r1")
	}
	warn := func(cpu int) string {
		return "WARNING: CPU: " + string(rune('0'+cpu)) + " PID: 0 at arch/x86/kernel/smpboot.c:432 topology_sane.isra.0+0x6b/0x80"
	}
	for _, c := range []struct {
		args  []string
		nodes []string // the announcement and warning lines, in order
	}{
		{two("2", "cpus=0,", "cpus=1,"), []string{".... node  #1, CPUs:      #1", warn(1)}},
		{two("2,sockets=2", "cpus=0,", "cpus=1,"), []string{".... node  #1, CPUs:      #1"}},
		{two("2", "cpus=0-1,", ""), []string{".... node  #0, CPUs:      #1"}},
		{two("4,sockets=2,cores=2", "cpus=0,cpus=2,", "cpus=1,cpus=3,"),
			[]string{".... node  #1, CPUs:      #1", warn(1), ".... node  #0, CPUs:   #2", ".... node  #1, CPUs:   #3"}},
		{two("4", "cpus=0-1,cpus=3,", "cpus=2,"),
			[]string{".... node  #0, CPUs:      #1", ".... node  #1, CPUs:   #2", warn(2), ".... node  #0, CPUs:   #3"}},
		{two("4", "cpus=0,", "cpus=1-3,"), []string{".... node  #1, CPUs:      #1", warn(1), " #2 #3"}},
	} {
		r := newRig(t, c.args...)
		r.g.Boot()
		r.settle()
		var got []string
		for _, l := range r.kmsg() {
			if strings.HasPrefix(l, ".... node") || strings.HasPrefix(l, "WARNING") || strings.HasPrefix(l, " #") {
				got = append(got, l)
			}
		}
		if !reflect.DeepEqual(got, c.nodes) {
			t.Errorf("%v:\n got %q\nwant %q", c.args, got, c.nodes)
		}
		if tainted := strings.Contains(strings.Join(c.nodes, "\n"), "WARNING"); r.g.tainted != tainted {
			t.Errorf("%v: tainted %v, want %v", c.args, r.g.tainted, tainted)
		}
	}
}
