package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// What a device shows follows the machine's compat properties, then
// -global, then its own properties; its BARs follow them.
func TestGlobalsAndBARs(t *testing.T) {
	for _, tc := range []struct {
		rel        *release.Release
		target     string
		args       []string
		cmd        string
		want, lack string // "|"-separated substrings
	}{
		// 10.0 on pc-q35-7.2: hw_compat_7_2 and the balloon's vectors=0
		// (no MSI-X BAR) from hw_compat_9_2.
		{release.V10_0, "x86_64", []string{"-M", "pc-q35-7.2", "-device", "virtio-balloon-pci"}, "info qtree",
			"x-pcie-err-unc-mask = false|vectors = 0 (0x0)", "bar 1: mem"},
		{release.V10_0, "x86_64", []string{"-M", "q35", "-device", "virtio-balloon-pci"}, "info qtree",
			"x-pcie-err-unc-mask = true|vectors = 2 (0x2)|bar 1: mem", ""},
		// A parent type's entry (pci-device) reaches types never probed.
		{release.V10_0, "x86_64", []string{"-M", "pc-q35-7.2", "-device", "sdhci-pci"}, "info qtree",
			"x-pcie-err-unc-mask = false", "x-pcie-err-unc-mask = true"},
		// A compat queue count is not the per-vCPU default (hw_compat_5_1).
		{release.V7_2, "x86_64", []string{"-M", "pc-i440fx-5.0", "-smp", "4", "-blockdev", "null-co,node-name=n", "-device", "virtio-blk-pci,drive=n"},
			"info qtree", "num-queues = 1 (0x1)", "num-queues = 4 (0x4)"},
		// The user's value wins over the machine's.
		{release.V10_0, "x86_64", []string{"-M", "pc-q35-7.2", "-device", "virtio-balloon-pci,vectors=3"}, "info qtree",
			"vectors = 3 (0x3)|bar 1: mem", ""},
		// -global, on a board device and on a NIC's MAC.
		{release.V7_2, "x86_64", []string{"-M", "pc", "-global", "isa-fdc.fallback=288"}, "info qtree", `fallback = "288"`, `fallback = "144"`},
		{release.V7_2, "x86_64", []string{"-M", "pc", "-global", "e1000.mac=52:54:00:00:00:42", "-device", "e1000"}, "info network", "macaddr=52:54:00:00:00:42", ""},
		{release.V7_2, "x86_64", []string{"-M", "pc", "-rtc", "driftfix=slew"}, "info qtree", `lost_tick_policy = "slew"`, ""},
		// HDA codecs take their bus's next address; an audiodev must exist.
		{release.V7_2, "x86_64", []string{"-M", "pc", "-audiodev", "none,id=a", "-device", "ich9-intel-hda,id=hda", "-device", "hda-output,audiodev=a",
			"-device", "hda-micro,audiodev=a", "-device", "hda-duplex,audiodev=a,cad=7", "-device", "hda-duplex,audiodev=a"}, "info qtree",
			"cad = 0 (0x0)|cad = 1 (0x1)|cad = 7 (0x7)|cad = 8 (0x8)", "cad = 2 (0x2)"},
		// An ISA serial port's index picks its port only where no -global does.
		{release.V10_0, "x86_64", []string{"-M", "pc", "-global", "isa-serial.iobase=0x2f8", "-chardev", "null,id=c", "-device", "isa-serial,chardev=c"},
			"info qtree", "iobase = 760 (0x2f8)|irq = 4 (0x4)", "iobase = 1016"},
		// virtio-net's legacy I/O BAR holds its config: mq adds a field.
		{release.V7_2, "x86_64", []string{"-M", "pc", "-device", "virtio-net-pci,mq=on"}, "info qtree", "bar 0: i/o at 0xffffffffffffffff [0x3e]", ""},
		{release.V7_2, "x86_64", []string{"-M", "pc", "-device", "virtio-net-pci"}, "info qtree", "bar 0: i/o at 0xffffffffffffffff [0x1e]", ""},
		// The standard VGA's framebuffer is its video memory.
		{release.V7_2, "x86_64", []string{"-M", "pc", "-device", "VGA,vgamem_mb=64"}, "info qtree", "bar 0: mem at 0xffffffffffffffff [0x3fffffe]", ""},
		// The pseries XIVE sizes its event queues for the possible vCPUs.
		{release.V7_2, "ppc64", []string{"-M", "pseries", "-smp", "1,maxcpus=4"}, "info qtree", "nr-ends = 32 (0x20)", ""},
		// A port behind a null chardev waits for it; a console does not.
		{release.V7_2, "x86_64", []string{"-M", "pc", "-chardev", "null,id=c", "-device", "virtio-serial-pci", "-device", "virtserialport,chardev=c"},
			"info qtree", "guest off, host off", "host on"},
		{release.V7_2, "x86_64", []string{"-M", "pc", "-chardev", "null,id=c", "-device", "virtio-serial-pci", "-device", "virtconsole,chardev=c"},
			"info qtree", "guest off, host on", "host off"},
	} {
		s := session.Start(tc.rel, tc.target, append([]string{"-S", "-nodefaults"}, tc.args...))
		out := s.HMP(tc.cmd)
		for _, w := range strings.Split(tc.want, "|") {
			if w != "" && !strings.Contains(out, w) {
				t.Errorf("%s %v: %s lacks %q", tc.rel.Name, tc.args, tc.cmd, w)
			}
		}
		for _, w := range strings.Split(tc.lack, "|") {
			if w != "" && strings.Contains(out, w) {
				t.Errorf("%s %v: %s has %q", tc.rel.Name, tc.args, tc.cmd, w)
			}
		}
	}
}

// A -global that cannot apply ends start-up with QEMU's message.
func TestGlobalErrors(t *testing.T) {
	for _, tc := range []struct{ global, want string }{
		{"PIIX4_PM.nosuch=1", "can't apply global PIIX4_PM.nosuch=1: Property 'PIIX4_PM.nosuch' not found"},
		{"PIIX4_PM.disable_s3=maybe", "can't apply global PIIX4_PM.disable_s3=maybe: Parameter 'disable_s3' expects uint64"},
		{"PIIX4_PM", "-global PIIX4_PM: Invalid parameter 'PIIX4_PM'"},
	} {
		s := session.Start(release.V7_2, "x86_64", []string{"-M", "pc", "-S", "-global", tc.global})
		if s.Started() || !strings.Contains(s.Stderr(), tc.want) {
			t.Errorf("-global %s: started %v, stderr %q, want %q", tc.global, s.Started(), s.Stderr(), tc.want)
		}
	}
}

// pseries makes a VIO SCSI controller per SCSI bus its if=scsi drives
// name, with a disk per drive as the bus's legacy[UNIT] child.
func TestSPAPRSCSIDrives(t *testing.T) {
	s := session.Start(release.V7_2, "ppc64", []string{"-M", "pseries", "-S", "-nodefaults",
		"-drive", "driver=null-co,if=scsi,id=d0", "-drive", "driver=null-co,if=scsi,id=d1", "-drive", "driver=null-co,if=scsi,bus=1,id=e0"})
	qt := s.HMP("info qtree")
	for _, w := range []string{`dev: spapr-vscsi, id "v-scsi@71000001"`, `dev: spapr-vscsi, id "v-scsi@71000002"`,
		`device_id = "d1"`, "scsi-id = 1 (0x1)"} {
		if !strings.Contains(qt, w) {
			t.Errorf("info qtree lacks %q", w)
		}
	}
	if b := s.HMP("info block"); !strings.Contains(b, "Attached to:      /machine/unattached/device[5]/v-scsi@71000001.0/legacy[1]") {
		t.Errorf("info block: %s", b)
	}
}

// A pseries -nic NIC is the board's (/machine/unattached), made before
// the SCSI controller of its if=scsi drives (their VIO addresses).
func TestSPAPRNICBeforeSCSI(t *testing.T) {
	s := session.Start(release.V7_2, "ppc64", []string{"-M", "pseries", "-S", "-nodefaults",
		"-nic", "user,model=spapr-vlan", "-drive", "driver=null-co,if=scsi,id=d0"})
	qt := s.HMP("info qtree")
	for _, w := range []string{`dev: spapr-vlan, id "l-lan@71000001"`, `dev: spapr-vscsi, id "v-scsi@71000002"`} {
		if !strings.Contains(qt, w) {
			t.Errorf("info qtree lacks %q", w)
		}
	}
	if out := s.QMP(`{"execute":"qom-list","arguments":{"path":"/machine/peripheral-anon"}}`); strings.Contains(out[len(out)-1], "spapr-vlan") {
		t.Errorf("the NIC is in /machine/peripheral-anon: %s", out[len(out)-1])
	}
}
