package monitor

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

// info mtree composes the board's regions with each device's: a combination
// no case recorded (VGA, a virtio NIC and a DIMM together, two vCPUs) comes
// out as each of them did alone.
func TestMtreeComposesDevices(t *testing.T) {
	args := []string{"-M", "pseries", "-cpu", "POWER9", "-smp", "2", "-m", "1G,slots=2,maxmem=4G",
		"-object", "memory-backend-ram,id=mem1,size=256M", "-device", "pc-dimm,id=dimm1,memdev=mem1",
		"-device", "VGA", "-device", "virtio-net-pci", "-device", "ne2k_pci"}
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		mon := monitorFor(t, rel, args...)
		plain := strings.ReplaceAll(mon.HMP("info mtree"), "\r", "")
		for _, want := range []string{
			"address-space: cpu-memory-0\naddress-space: cpu-memory-1\naddress-space: memory\n",
			"    0000000040000000-00000000ffffffff (prio 0, i/o): device-memory\n      0000000040000000-000000004fffffff (prio 0, ram): mem1\n",
			"address-space: VGA\n  0000000000000000-ffffffffffffffff (prio 0, i/o): bus master container\n\n",
			"memory-region: pci@800000020000000.io\n  0000000000000000-000000000000ffff (prio 0, i/o): pci@800000020000000.io\n    00000000000001ce-00000000000001d1 (prio 0, i/o): vbe\n",
			"memory-region: pci@800000020000000.mmio\n  0000000000000000-ffffffffffffffff (prio 0, i/o): pci@800000020000000.mmio\n    00000000000a0000-00000000000bffff (prio 1, i/o): vga-lowmem\n",
			"address-space: ne2k_pci\n",
		} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s: info mtree lacks %q:\n%s", rel, want, plain)
			}
		}
		if got := strings.Contains(plain, "virtio-pci-cfg-mem-as"); got != rel.MtreeVirtioCfgAS {
			t.Errorf("%s: virtio-pci-cfg-mem-as listed %v", rel, got)
		}
		if got := strings.Contains(plain, "address-space: device-memory"); got != rel.MtreeDeviceMemoryAS {
			t.Errorf("%s: device-memory address space listed %v", rel, got)
		}
		if notes := strings.Join(mon.TakeNotes(), " "); !strings.Contains(notes, "ne2k_pci") || strings.Contains(notes, "VGA") {
			t.Errorf("%s: notes %q: want ne2k_pci's regions unmeasured, VGA's known", rel, notes)
		}
		flat := strings.ReplaceAll(mon.HMP("info mtree -f"), "\r", "")
		for _, want := range []string{
			" AS \"memory\", root: system\n AS \"cpu-memory-0\", root: system\n AS \"cpu-memory-1\", root: system\n Root memory region: system\n",
			"  0000000040000000-000000004fffffff (prio 0, ram): mem1\n  00002000000001ce-00002000000001d1 (prio 0, i/o): vbe\n",
			// The devices' empty bus master spaces share the empty view.
			" AS \"VGA\", root: bus master container\n AS \"virtio-net-pci\", root: bus master container\n" +
				" AS \"ne2k_pci\", root: bus master container\n Root memory region: (none)\n  No rendered FlatView\n",
		} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: info mtree -f lacks %q:\n%s", rel, want, flat)
			}
		}
	}
}

// On x86 the board's recorded regions take the machine's RAM split, a
// bridge's windows and spaces, a CPU pair of address spaces per vCPU (none
// yet for one hot-plugged before the machine ran), and -D's disabled
// regions (each line measured on both releases).
func TestMtreeX86(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		mon := monitorFor(t, rel, "-nodefaults", "-M", "q35,max-ram-below-4g=1G", "-m", "4G", "-smp", "2,maxcpus=4",
			"-device", "pcie-root-port,id=rp0,chassis=1", "-device", "e1000,bus=rp0")
		mon.HMP("device_add qemu64-x86_64-cpu,id=c2,socket-id=2,core-id=0,thread-id=0")
		plain := strings.ReplaceAll(mon.HMP("info mtree -D"), "\r", "")
		for _, want := range []string{
			"address-space: cpu-memory-0\naddress-space: cpu-memory-1\naddress-space: memory\n",
			"address-space: cpu-smm-1\n  0000000000000000-ffffffffffffffff (prio 0, i/o): memory\n",
			"    0000000000000000-000000003fffffff (prio 0, ram): alias ram-below-4g @pc.ram 0000000000000000-000000003fffffff\n",
			"    0000000100000000-00000001bfffffff (prio 0, ram): alias ram-above-4g @pc.ram 0000000040000000-00000000ffffffff\n",
			"    0000000000000000-0000000000000000 (prio 1, i/o): alias pci_bridge_io @pci_bridge_io 0000000000000000-0000000000000000\n",
			"address-space: e1000\n  0000000000000000-ffffffffffffffff (prio 0, i/o): bus master container\n" +
				"    0000000000000000-ffffffffffffffff (prio 0, i/o): alias bus master @system 0000000000000000-ffffffffffffffff [disabled]\n",
			"memory-region: pci_bridge_pci\n  0000000000000000-ffffffffffffffff (prio 0, i/o): pci_bridge_pci\n",
		} {
			if !strings.Contains(plain, want) {
				t.Errorf("%s: info mtree -D lacks %q", rel, want)
			}
		}
		if strings.Contains(plain, "cpu-memory-2") {
			t.Errorf("%s: a vCPU hot-plugged before the first run has address spaces", rel)
		}
		if got := strings.Contains(plain, "address-space: pci_bridge_pci_mem"); got != rel.MtreeBridgeAS {
			t.Errorf("%s: pci_bridge_pci_mem listed %v", rel, got)
		}
	}
}

// A device whose regions were not measured is named in a note; the board's
// own devices (in its template) and measured ones are not.
func TestMtreeNotesUnmeasured(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string // "" for no note
	}{
		{[]string{"-M", "isapc"}, "isa-cirrus-vga"},
		{[]string{"-nodefaults", "-M", "pc", "-serial", "null", "-device", "VGA", "-device", "e1000"}, ""},
		{[]string{"-nodefaults", "-M", "q35", "-device", "intel-iommu"}, "intel-iommu"},
		{[]string{"-nodefaults", "-M", "pseries", "-device", "ne2k_pci"}, "ne2k_pci"},
	} {
		mon := monitorFor(t, release.V10_0, c.args...)
		mon.HMP("info mtree")
		var kept []string
		order := false
		for _, n := range mon.TakeNotes() {
			if strings.HasPrefix(n, "QEMU lists the address spaces") {
				order = true // beside every listing of more than one
				continue
			}
			kept = append(kept, n)
		}
		notes := strings.Join(kept, " ")
		if c.want == "" && notes != "" || !strings.Contains(notes, c.want) {
			t.Errorf("%v: notes %q, want %q", c.args, notes, c.want)
		}
		if !order {
			t.Errorf("%v: no note that QEMU's address-space order varies", c.args)
		}
	}
}
