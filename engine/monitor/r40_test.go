package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// pseries' nmi gives every vCPU a system reset interrupt: MSR turns 64-bit
// with ME kept, SRR1 keeps the MSR before, until system_reset (probe_mix
// r40m-nmi-*, both releases).
func TestSPAPRNMIRegisters(t *testing.T) {
	for _, tc := range []struct {
		rel  *release.Release
		cmds []string
		want string
	}{
		{release.V7_2, []string{"p $msr"}, "0"},
		{release.V7_2, []string{"nmi", "p $msr"}, "0x8000000000000000"},
		{release.V10_0, []string{"p $msr"}, "0x3000"},
		{release.V10_0, []string{"nmi", "p $msr"}, "0x8000000000001000"},
		{release.V10_0, []string{"nmi", "system_reset", "p $msr"}, "0x3000"},
	} {
		s := session.Start(tc.rel, "ppc64", []string{"-S", "-nodefaults", "-M", "pseries", "-smp", "2"})
		got := ""
		for _, c := range tc.cmds {
			got = s.HMP(c)
		}
		if strings.TrimSpace(got) != tc.want {
			t.Errorf("%v: %v: got %q, want %q", tc.rel, tc.cmds, got, tc.want)
		}
	}
	s := session.Start(release.V7_2, "ppc64", []string{"-S", "-nodefaults", "-M", "pseries"})
	s.HMP("nmi")
	s.HMP("nmi")
	regs := s.HMP("info registers")
	for _, want := range []string{"MSR 8000000000000000 ", "HF 6c000004 ", " SRR0 0000000000000100  SRR1 8000000000000000 "} {
		if !strings.Contains(regs, want) {
			t.Errorf("info registers after two nmis lacks %q:\n%s", want, regs)
		}
	}
}

// qom-get of the "legacy-" properties qdev adds beside a PCI address and a
// link, and qom-list of a partial path two objects end in (an nvme's bus
// takes its id) (probe_mix r40m-legacy-*).
func TestLegacyPropertiesAndAmbiguousPath(t *testing.T) {
	s := session.Start(release.V7_2, "x86_64", strings.Fields("-S -nodefaults -M q35 -device pcie-root-port,id=rp1,chassis=1,addr=0x2.0x1 "+
		"-blockdev driver=null-co,node-name=nv -device nvme,drive=nv,serial=s1,bus=rp1,id=nv1"))
	for cmd, want := range map[string]string{
		"qom-get /machine/peripheral/rp1 legacy-addr":      `"02.1"`,
		"qom-get /machine/peripheral/rp1 legacy-nosuch":    "Error: Property 'pcie-root-port.legacy-nosuch' not found",
		"qom-get /machine/peripheral/nv1 legacy-subsys":    "Error: Property 'nvme.legacy-subsys' is not readable",
		"qom-set /machine/peripheral/rp1 legacy-addr 03.0": "Error: Property 'pcie-root-port.legacy-addr' is not writable",
		"qom-get rp1 legacy-addr":                          "Error: Device 'rp1' not found", // its bus is rp1 too
		"qom-list nv1":                                     "Error: Path 'nv1' is ambiguous",
		"qom-list /machine/peripheral/nosuch":              "Error: Device '/machine/peripheral/nosuch' not found",
	} {
		if got := strings.TrimSpace(s.HMP(cmd)); got != want {
			t.Errorf("%s: got %q, want %q", cmd, got, want)
		}
	}
}

// A proxy's virtio backend lists its type's QOM properties; its rng link
// is the proxy's, or its own default-backend (probe_mix r40m-backend-qom-*).
func TestVirtioBackendQOM(t *testing.T) {
	s := session.Start(release.V10_0, "ppc64", strings.Fields("-S -nodefaults -M pseries -object rng-builtin,id=rng0 "+
		"-device virtio-rng-pci,rng=rng0,id=vr -device virtio-rng-pci,id=vr2"))
	for cmd, want := range map[string]string{
		"qom-get /machine/peripheral/vr/virtio-backend rng":          `"/objects/rng0"`,
		"qom-get /machine/peripheral/vr2/virtio-backend rng":         `"/machine/peripheral/vr2/virtio-backend/default-backend"`,
		"qom-get /machine/peripheral/vr/virtio-backend legacy-rng":   "Error: Property 'virtio-rng-device.legacy-rng' is not readable",
		"qom-get /machine/peripheral/vr/virtio-backend hotpluggable": "false",
	} {
		if got := strings.TrimSpace(s.HMP(cmd)); got != want {
			t.Errorf("%s: got %q, want %q", cmd, got, want)
		}
	}
	with, without := s.HMP("qom-list /machine/peripheral/vr/virtio-backend"), s.HMP("qom-list /machine/peripheral/vr2/virtio-backend")
	if !strings.Contains(with, "rng (link<rng-backend>)") || strings.Contains(with, "default-backend") ||
		!strings.HasSuffix(without, "default-backend (child<rng-builtin>)\r\n") {
		t.Errorf("qom-list of the backends:\n%s\n%s", with, without)
	}
}
