package board_test

import (
	"fmt"
	"strings"
	"testing"

	"hotpluglab/engine/board"
	"hotpluglab/engine/qom"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// qom-get and qom-list over the devices the user created: absolute and
// partial paths (an id that is also its bus's name is ambiguous), values
// read back from the device's properties.
func TestQOMOverDevices(t *testing.T) {
	args := []string{"-M", "q35", "-S", "-nodefaults", "-device", "pcie-root-port,chassis=1,id=rp", "-device", "e1000e,id=nic0,bus=rp",
		"-device", "qemu-xhci", "-device", "usb-tablet,id=tab"}
	for _, tc := range []struct{ qmp, want string }{
		{`{"execute":"qom-get","arguments":{"path":"nic0","property":"mac"}}`, `{"return": "52:54:00:12:34:56"}`},
		{`{"execute":"qom-get","arguments":{"path":"/machine/peripheral/nic0","property":"addr"}}`, `{"return": 0}`},
		{`{"execute":"qom-get","arguments":{"path":"/machine/peripheral/rp","property":"chassis"}}`, `{"return": 1}`},
		{`{"execute":"qom-get","arguments":{"path":"rp","property":"chassis"}}`, `{"error": {"class": "DeviceNotFound", "desc": "Device 'rp' not found"}}`},
		{`{"execute":"qom-get","arguments":{"path":"nic0","property":"parent_bus"}}`, `{"return": "/machine/peripheral/rp/rp"}`},
		{`{"execute":"qom-get","arguments":{"path":"tab","property":"hotplugged"}}`, `{"return": false}`},
		{`{"execute":"qom-get","arguments":{"path":"tab","property":"nosuch"}}`, `{"error": {"class": "GenericError", "desc": "Property 'usb-tablet.nosuch' not found"}}`},
		{`{"execute":"qom-list","arguments":{"path":"/machine/peripheral-anon"}}`, `{"return": [{"name": "type", "type": "string"}, {"name": "device[0]", "type": "child<qemu-xhci>"}]}`},
	} {
		s := session.Start(release.V7_2, "x86_64", args)
		out := s.QMP(tc.qmp)
		if got := out[len(out)-1]; got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.qmp, got, tc.want)
		}
	}
	s := session.Start(release.V10_0, "x86_64", args)
	list := s.HMP("qom-list nic0")
	for _, want := range []string{"type (string)\r\n", "bus master[0] (child<memory-region>)\r\n", "mac (str)\r\n"} {
		if !strings.Contains(list, want) {
			t.Errorf("qom-list nic0 lacks %q:\n%s", want, list)
		}
	}
}

// A virtio block or SCSI proxy takes a queue per vCPU and vectors for them
// unless told otherwise.
func TestVirtioQueuesFollowVCPUs(t *testing.T) {
	for _, tc := range []struct {
		dev, want string
	}{
		{"virtio-blk-pci,drive=nul", "num-queues = 4 (0x4)|vectors = 5 (0x5)"},
		{"virtio-blk-pci,drive=nul,num-queues=2", "num-queues = 2 (0x2)|vectors = 3 (0x3)"},
		{"virtio-scsi-pci", "num_queues = 4 (0x4)|vectors = 7 (0x7)"},
		{"virtio-scsi-pci,vectors=9", "num_queues = 4 (0x4)|vectors = 9 (0x9)"},
	} {
		s := session.Start(release.V10_0, "x86_64", []string{"-M", "pc", "-S", "-smp", "4", "-blockdev", "null-co,node-name=nul", "-device", tc.dev})
		qt := s.HMP("info qtree")
		for _, w := range strings.Split(tc.want, "|") {
			if !strings.Contains(qt, w) {
				t.Errorf("%s: info qtree lacks %q", tc.dev, w)
			}
		}
	}
}

// info qom-tree of the whole machine: the board's recorded tree with this
// machine's CPUs, memory and devices.
func TestMachineQOMTree(t *testing.T) {
	for _, tc := range []struct {
		args       string
		has, lacks []string
	}{
		{"-M pc -smp 2", []string{"    /device[0] (qemu64-x86_64-cpu)", "    /device[2] (qemu64-x86_64-cpu)", "    /device[1] (kvmvapic)"},
			[]string{"/device-memory[0]", "/ram-above-4g[0]", "/pc.ram[0]", "/acpi-mem-hotplug[0]"}},
		{"-M pc -m 1G,slots=2,maxmem=4G", []string{"  /device-memory[0] (memory-region)", "      /acpi-mem-hotplug[0] (memory-region)"}, nil},
		{"-M q35 -m 4G", []string{"  /q35 (q35-pcihost)", "    /ram-above-4g[0] (memory-region)"}, []string{"/i440fx"}},
		{"-M pc -m 1G -object memory-backend-ram,id=m0,size=512M -object memory-backend-ram,id=m1,size=512M -numa node,memdev=m0 -numa node,memdev=m1",
			[]string{"  /pc.ram[0] (memory-region)"}, nil},
		{"-M pc -device e1000,id=nic0", []string{"  /peripheral (container)", "    /nic0 (e1000)", "      /e1000-mmio[0] (memory-region)"}, nil},
		{"-M pc -machine hpet=off", nil, []string{"(hpet)"}},
		// pseries: a DRC per possible core and per LMB of device memory.
		{"-M pseries -smp 1,maxcpus=2", []string{"  /dr-connector[268435456] (spapr-drc-cpu)", "  /dr-connector[268435457] (spapr-drc-cpu)"},
			[]string{"(spapr-drc-lmb)", "/dr-connector[268435458]"}},
		{"-M pseries -m 1G,slots=2,maxmem=2G", []string{"  /dr-connector[2147483652] (spapr-drc-lmb)", "  /device-memory[0] (memory-region)"}, nil},
	} {
		binary := "x86_64"
		if strings.Contains(tc.args, "pseries") {
			binary = "ppc64"
		}
		s := session.Start(release.V7_2, binary, append([]string{"-S", "-nodefaults"}, strings.Fields(tc.args)...))
		out := s.HMP("info qom-tree")
		lines := strings.Split(out, "\r\n")
		if lines[0] != "/machine ("+s.Result.Machine.Type.QOMType()+")" {
			t.Errorf("%s: first line %q", tc.args, lines[0])
		}
		for _, h := range tc.has {
			if !strings.Contains(out, h+"\r\n") {
				t.Errorf("%s: no line %q", tc.args, h)
			}
		}
		for _, l := range tc.lacks {
			if strings.Contains(out, l) {
				t.Errorf("%s: has %q", tc.args, l)
			}
		}
	}
}

// TestSPAPRMachineQOMOrder: the release's insertion order for pseries'
// /machine (SPAPRMachineQOM) lists the board's recording (-smp 1) as it
// was recorded; with four possible cores, four CPU connectors.
func TestSPAPRMachineQOMOrder(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		recorded, ok := qom.Recorded(rel, "ppc64", "board:pseries:/machine")
		if !ok {
			t.Fatalf("%s: no recorded /machine", rel.Name)
		}
		for _, maxcpus := range []int{1, 4} {
			s := session.Start(rel, "", []string{"-M", "pseries", "-smp", fmt.Sprintf("1,maxcpus=%d", maxcpus)})
			got, ok := board.Of(s.Mon.M).QOMList("/machine")
			if !ok {
				t.Fatalf("%s: no qom-list /machine", rel.Name)
			}
			cpus := 0
			for _, p := range got {
				if p.Type == "child<spapr-drc-cpu>" {
					cpus++
				}
			}
			if cpus != maxcpus || len(got) != len(recorded)+maxcpus-1 {
				t.Errorf("%s maxcpus=%d: %d properties, %d CPU connectors", rel.Name, maxcpus, len(got), cpus)
			}
			if maxcpus > 1 {
				continue
			}
			for i, p := range recorded {
				if i >= len(got) || got[i].Name != p.Name || got[i].Type != p.Type {
					t.Errorf("%s: property %d is %v, recorded %v", rel.Name, i, got[min(i, len(got)-1)], p)
					break
				}
			}
		}
	}
}
