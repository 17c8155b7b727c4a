package guest

import (
	"reflect"
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
	if len(got) > len(want) {
		got = got[:len(want)] // the CPU lines come first, then the recorded tail
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("boot log:\n got %q\nwant %q", got, want)
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
