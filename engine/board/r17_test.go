package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Start-up refusals of ill-valued device properties, as QEMU 7.2 and 10.0
// answered (probe_errors' r17-prop-* and r17-place-* cases): block sizes
// outside 512 ... 2 MiB, a balloon's negative polling interval, an ISA
// IRQ past 15 (an assertion), a spapr-vio reg conflict before the
// device's own checks.
func TestR17StartupRefusals(t *testing.T) {
	for _, c := range []struct {
		target         string
		args           []string
		want72, want10 string
		exit           int
	}{
		{"x86_64", []string{"-blockdev", "null-co,node-name=d", "-device", "virtio-blk-pci,drive=d,id=vb,physical_block_size=256"},
			"qemu-system-x86_64: -device virtio-blk-pci,drive=d,id=vb,physical_block_size=256: Property .physical_block_size doesn't take value 256 (minimum: 512, maximum: 2097152)\n",
			"qemu-system-x86_64: -device virtio-blk-pci,drive=d,id=vb,physical_block_size=256: parameter physical_block_size must be a power of 2 between 512 and 2097152\n", 1},
		{"x86_64", []string{"-blockdev", "null-co,node-name=d", "-device", "virtio-blk-pci,drive=d,logical_block_size=4194304"},
			"qemu-system-x86_64: -device virtio-blk-pci,drive=d,logical_block_size=4194304: Property .logical_block_size doesn't take value 4194304 (minimum: 512, maximum: 2097152)\n",
			"qemu-system-x86_64: -device virtio-blk-pci,drive=d,logical_block_size=4194304: parameter logical_block_size must be a power of 2 between 512 and 2097152\n", 1},
		{"x86_64", []string{"-device", "virtio-balloon-pci,guest-stats-polling-interval=-1"},
			"qemu-system-x86_64: -device virtio-balloon-pci,guest-stats-polling-interval=-1: timer value must be greater than zero\n", "", 1},
		{"x86_64", []string{"-device", "isa-serial,irq=16"},
			"qemu-system-x86_64: ../../hw/isa/isa-bus.c:85: isa_get_irq: Assertion `isairq < ISA_NUM_IRQS' failed.\n",
			"qemu-system-x86_64: hw/isa/isa-bus.c:84: isa_bus_get_irq: Assertion `irqnum < ISA_NUM_IRQS' failed.\n", -6},
		{"x86_64", []string{"-device", "ne2k_isa,irq=16"},
			"qemu-system-x86_64: ../../hw/isa/isa-bus.c:85: isa_get_irq: Assertion `isairq < ISA_NUM_IRQS' failed.\n",
			"qemu-system-x86_64: hw/isa/isa-bus.c:84: isa_bus_get_irq: Assertion `irqnum < ISA_NUM_IRQS' failed.\n", -6},
		{"ppc64", []string{"-M", "pseries", "-device", "spapr-vlan,reg=0x1000", "-device", "spapr-vty,reg=0x1000"},
			"qemu-system-ppc64: -device spapr-vty,reg=0x1000: spapr-vty and spapr-vlan devices conflict at address 0x1000\n", "", 1},
	} {
		for _, rel := range release.All() {
			s := session.Start(rel, c.target, append([]string{"-S", "-nodefaults"}, c.args...))
			want := c.want72
			if rel.Name != "7.2" && c.want10 != "" {
				want = c.want10
			}
			if s.Started() || s.ExitCode() != c.exit || !strings.HasSuffix(s.Stderr(), want) {
				t.Errorf("%v on %s: started %v, exit %d, stderr %q; want exit %d, %q", c.args, rel.Name, s.Started(), s.ExitCode(), s.Stderr(), c.exit, want)
			}
		}
	}
}

// An ISA IRQ of all ones is "unset" (the index's default), not past 15;
// a tx_queue_size above 256 is kept at 256 without a vhost-user peer;
// 300 MSI-X vectors take an 8 KiB BAR (info qtree on both releases).
func TestR17Accepted(t *testing.T) {
	for _, rel := range release.All() {
		s := session.Start(rel, "x86_64", []string{"-S", "-nodefaults", "-device", "isa-serial,irq=4294967295"})
		if !s.Started() {
			t.Errorf("%s: isa-serial,irq=4294967295 did not start: %s", rel.Name, s.Stderr())
		}
		s = session.Start(rel, "x86_64", []string{"-S", "-nodefaults", "-device", "virtio-net-pci,mq=on,vectors=300"})
		if !s.Started() {
			t.Fatalf("%s: virtio-net-pci did not start: %s", rel.Name, s.Stderr())
		}
		if qtree := s.HMP("info qtree"); !strings.Contains(qtree, "bar 1: mem at 0xffffffffffffffff [0x1ffe]\r\n") {
			t.Errorf("%s: 300 vectors' MSI-X BAR not 8 KiB:\n%s", rel.Name, qtree)
		}
	}
	rel := release.V7_2
	s := session.Start(rel, "x86_64", []string{"-S", "-nodefaults", "-device", "virtio-net-pci,tx_queue_size=512"})
	if qtree := s.HMP("info qtree"); !strings.Contains(qtree, "tx_queue_size = 256 (0x100)\r\n") {
		t.Errorf("7.2: tx_queue_size=512 not kept at 256:\n%s", qtree)
	}
}

// spapr_pci_pre_plug refuses a function hot-plugged beside a function 0,
// in its own words (probe_errors' pe-p-r17-hp-3).
func TestR17SPAPRFunctionHotplug(t *testing.T) {
	for _, rel := range release.All() {
		s := session.Start(rel, "ppc64", []string{"-S", "-nodefaults", "-M", "pseries"})
		if got := s.HMP("device_add e1000,addr=0x3.0,multifunction=on,id=f0"); got != "" {
			t.Fatalf("%s: function 0: %q", rel.Name, got)
		}
		want := "Error: PCI: slot 3 function 0 already occupied by e1000, additional functions can no longer be exposed to guest.\r\n"
		if got := s.HMP("device_add e1000,addr=0x3.1,id=f1"); got != want {
			t.Errorf("%s: function 1: %q, want %q", rel.Name, got, want)
		}
	}
}
