package topoview_test

import (
	"hotpluglab/engine/release"
	"strings"
	"testing"

	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

func TestX86View(t *testing.T) {
	s := session.Start(release.V7_2, "", []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"})
	v := s.Topology()
	if v.Kind != topoview.X86 || v.Possible != 8 || v.Plugged != 4 || len(v.Sockets) != 2 {
		t.Fatalf("view %+v", v)
	}
	slot4 := v.Sockets[1].Dies[0].Cores[0].Slots[0]
	if slot4.State != topoview.Empty || slot4.Command != "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0" {
		t.Errorf("slot 4: %+v", slot4)
	}
	boot := v.Sockets[0].Dies[0].Cores[0].Slots
	if boot[0].Command != "" || boot[1].Command != "device_del /machine/unattached/device[2]" || boot[1].State != topoview.Boot {
		t.Errorf("boot slots: %+v", boot)
	}
	txt := v.Text()
	for _, want := range []string{"pc-i440fx-7.2: 4 of 8 possible CPUs plugged (qemu64-x86_64-cpu)\n", "  core 1\n    thread 0: empty, APIC ID 6\n    thread 1: empty, APIC ID 7\n", "thread 0: boot, APIC ID 0, /machine/unattached/device[0]\n"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q:\n%s", want, txt)
		}
	}
}

func TestSPAPRView(t *testing.T) {
	s := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4"})
	v := s.Topology()
	if v.Kind != topoview.SPAPR || v.Possible != 4 || len(v.Sockets[0].Dies[0].Cores) != 4 {
		t.Fatalf("view %+v", v)
	}
	c3 := v.Sockets[0].Dies[0].Cores[3].Slots[0]
	if c3.Command != "device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=3" || c3.Node != 0 {
		t.Errorf("core 3: %+v", c3)
	}
	if !strings.Contains(v.Text(), "core 0: boot, core-id 0, node 0, /machine/unattached/device[1]\n") {
		t.Errorf("text:\n%s", v.Text())
	}
}

func TestDiesShown(t *testing.T) {
	v := session.Start(release.V7_2, "", []string{"-M", "pc", "-smp", "4,dies=2,cores=2,maxcpus=8"}).Topology()
	if !v.ShowDies || !strings.Contains(v.Text(), "  die 1\n") {
		t.Fatalf("dies not shown:\n%s", v.Text())
	}
	if cmd := v.Sockets[1].Dies[1].Cores[0].Slots[0].Command; !strings.Contains(cmd, ",die-id=1,") {
		t.Errorf("command %q lacks die-id", cmd)
	}
}
