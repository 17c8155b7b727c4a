package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// acpi-index: at most 16383 and unique among the devices that took one.
// 7.2 checks it in acpi_pcihp's pre_plug (a bus the board's ACPI
// hot-plugs: a PC or Q35 root bus, a root port unless native PCIe hotplug,
// a pci-bridge with ACPI bridge hotplug); 10.0 in every PCI device's
// realize (libvirt round 6, lv-*-r6-*acpi-index*).
func TestACPIIndex(t *testing.T) {
	const dup, big = "a PCI device with acpi-index = 1 already exist", "acpi-index should be less or equal to 16383"
	rp := []string{"-device", "pcie-root-port,id=p1,chassis=1", "-device", "pcie-root-port,id=p2,chassis=2,addr=0x3"}
	two := func(b1, b2 string) []string {
		return []string{"-device", "virtio-balloon-pci,id=a,acpi-index=1,bus=" + b1, "-device", "virtio-rng-pci,id=b,acpi-index=1,bus=" + b2}
	}
	for _, tc := range []struct {
		name    string
		target  string
		args    []string
		want72  string // the start-up error's tail, "" started
		want100 string
	}{
		{"q35 root ports", "x86_64", append(append([]string{"-M", "q35"}, rp...), two("p1", "p2")...), dup, dup},
		{"q35 native PCIe hotplug", "x86_64", append(append([]string{"-M", "q35", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off"}, rp...), two("p1", "p2")...), "", dup},
		{"q35 pcie.0", "x86_64", append([]string{"-M", "q35"}, two("pcie.0", "pcie.0")...), dup, dup},
		{"pc pci.0", "x86_64", append([]string{"-M", "pc"}, two("pci.0", "pci.0")...), dup, dup},
		{"pseries", "ppc64", append([]string{"-M", "pseries"}, two("pci.0", "pci.0")...), "", dup},
		{"pseries too big", "ppc64", []string{"-M", "pseries", "-device", "virtio-balloon-pci,acpi-index=20000"}, "", big},
		{"q35 too big", "x86_64", []string{"-M", "q35", "-device", "virtio-balloon-pci,acpi-index=16384"}, big, big},
		{"different indexes", "x86_64", []string{"-M", "q35", "-device", "virtio-balloon-pci,acpi-index=1", "-device", "virtio-rng-pci,acpi-index=2"}, "", ""},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			want := map[bool]string{true: tc.want72, false: tc.want100}[rel == release.V7_2]
			s := session.Start(rel, tc.target, append([]string{"-S", "-nodefaults"}, tc.args...))
			got := ""
			if !s.Result.Started {
				got = strings.TrimSpace(s.Stderr())
			}
			if want == "" && got != "" || want != "" && !strings.HasSuffix(got, want) {
				t.Errorf("%s on %s: %q, want %q", tc.name, rel.Name, got, want)
			}
		}
	}
}

// A device_add that fails after qdev_set_id inserted its name into
// /machine/peripheral and took it out: the container's hash table keeps
// the resize it made (lv-x-r6-cpu-hotplug-all).
func TestFailedAddLeavesTableTrace(t *testing.T) {
	args := []string{"-S", "-nodefaults", "-M", "q35", "-smp", "1,maxcpus=4,sockets=4", "-device", "pcie-root-port,id=pci.1,chassis=1",
		"-device", "pcie-root-port,id=pci.2,chassis=2", "-device", "pcie-root-port,id=pci.3,chassis=3", "-device", "pcie-root-port,id=pci.4,chassis=4"}
	s := session.Start(release.V7_2, "x86_64", args)
	for i := 1; i <= 3; i++ {
		s.HMP("device_add qemu64-x86_64-cpu,id=vcpu" + string(rune('0'+i)) + ",socket-id=" + string(rune('0'+i)) + ",core-id=0,thread-id=0")
	}
	if out := s.HMP("device_add qemu64-x86_64-cpu,id=vcpu4,socket-id=3,core-id=0,thread-id=0"); !strings.Contains(out, "exists") {
		t.Fatalf("the fourth CPU: %q", out)
	}
	got := strings.Join(s.QMP(`{"execute":"qom-list","arguments":{"path":"/machine/peripheral"}}`), "")
	order := []string{"vcpu3", "pci.1", "pci.2", "pci.3", "pci.4", "vcpu1", "vcpu2"}
	last := -1
	for _, n := range order {
		i := strings.Index(got, `"`+n+`"`)
		if i < last {
			t.Fatalf("qom-list order: %s, want %v", got, order)
		}
		last = i
	}
}
