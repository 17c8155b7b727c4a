package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// qom-list /machine on pseries holds, beside the CPU and PHB connectors,
// one LMB connector per 256 MiB above -m and the device-memory region
// (maxmem above -m), a PMEM connector per slot and the nvdimm properties
// from pseries-5.0, and PHB connectors from pseries-4.0 (probe_mix
// pm-p-r54-c8, r54m-lmb-*; their order is the conformance test's).
func TestSPAPRMachineMemoryConnectors(t *testing.T) {
	for _, tc := range []struct {
		machine, mem              string
		lmbs, pmems, phbs         int
		deviceMemory, nvdimmProps bool
	}{
		{"pseries", "1G,slots=4,maxmem=8G", 28, 4, 31, true, true},
		{"pseries", "512M,slots=2,maxmem=4G", 14, 2, 31, true, true},
		{"pseries", "1G,maxmem=1G", 0, 0, 31, false, true},
		{"pseries", "1G", 0, 0, 31, false, true},
		{"pseries-4.2", "1G,slots=4,maxmem=8G", 28, 0, 31, true, false},
		{"pseries-3.1", "1G,slots=2,maxmem=4G", 12, 0, 0, true, false},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			s := session.Start(rel, "ppc64", []string{"-M", tc.machine, "-m", tc.mem})
			out := s.HMP("qom-list /machine")
			count := map[string]int{}
			seen := map[string]bool{}
			for _, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
				if seen[line] {
					t.Errorf("%s %s %s: %q listed twice", rel.Version(), tc.machine, tc.mem, line)
				}
				seen[line] = true
				if _, typ, ok := strings.Cut(line, " (child<"); ok {
					count[strings.TrimSuffix(typ, ">)")]++
				}
			}
			got := [5]any{count["spapr-drc-lmb"], count["spapr-drc-pmem"], count["spapr-drc-phb"],
				seen["device-memory[0] (child<memory-region>)"], seen["nvdimm (bool)"] && seen["nvdimm-persistence (string)"]}
			want := [5]any{tc.lmbs, tc.pmems, tc.phbs, tc.deviceMemory, tc.nvdimmProps}
			if got != want {
				t.Errorf("%s -M %s -m %s: lmb, pmem, phb, device-memory, nvdimm = %v, want %v", rel.Version(), tc.machine, tc.mem, got, want)
			}
		}
	}
}

// device-memory-region-size (7.2's pc machines; 10.0 has no such
// property) is the region's size: maxmem above -m and a GiB per slot, 0
// without the region (probe_mix pm-x-r56-c6).
func TestDeviceMemoryRegionSize(t *testing.T) {
	for _, tc := range []struct {
		rel       *release.Release
		mem, want string
	}{
		{release.V7_2, "1G,slots=2,maxmem=4G", "5368709120\r\n"},
		{release.V7_2, "1G", "0\r\n"},
		{release.V10_0, "1G,slots=2,maxmem=4G", "Error: Property 'pc-q35-6.2-machine.device-memory-region-size' not found\r\n"},
	} {
		s := session.Start(tc.rel, "x86_64", []string{"-M", "pc-q35-6.2", "-m", tc.mem})
		if got := s.HMP("qom-get /machine device-memory-region-size"); got != tc.want {
			t.Errorf("%s -m %s: %q, want %q", tc.rel.Version(), tc.mem, got, tc.want)
		}
	}
}

// On 7.2 a pseries core released at once on its device_del (no guest)
// leaves QEMU to die of SIGSEGV at a later virtio-rng-pci device_add
// (probe_mix pm-p-r58-c14, r58m-); a USB controller's unplug alone does
// not, and 10.0 plugs it.
func TestReleasedCoreThenVirtioRNG(t *testing.T) {
	core := []string{"device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=3", "device_del core1"}
	for _, tc := range []struct {
		rel    *release.Release
		before []string
		alive  bool
	}{
		{release.V7_2, core, false},
		{release.V7_2, []string{"device_del usb1"}, true},
		{release.V10_0, core, true},
	} {
		s := session.Start(tc.rel, "ppc64", strings.Fields("-M pseries-7.2 -cpu power9_v2.0 -smp 1,maxcpus=4 -device usb-ehci,id=usb1"))
		for _, c := range tc.before {
			s.HMP(c)
		}
		s.HMP("device_add virtio-rng-pci,id=rng3")
		if s.Alive() != tc.alive || !tc.alive && s.ExitCode() != -11 {
			t.Errorf("%s after %q: alive %v (exit %d), want alive %v", tc.rel.Version(), tc.before, s.Alive(), s.ExitCode(), tc.alive)
		}
	}
}

// "-M none" has no CPU, no interrupt controller and no RAM: what reads
// the current CPU says so (the engine panicked on info registers), and
// nmi finds no provider in each release's words (probe_monitor mn-).
func TestMachineNoneMonitor(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		for _, target := range []string{"x86_64", "ppc64"} {
			s := session.Start(rel, target, []string{"-M", "none"})
			for _, c := range [][2]string{
				{"info registers", "No CPU available\r\n"}, {"info registers -a", ""}, {"info tlb", "No CPU available\r\n"},
				{"x /4x 0", "Can not dump without CPU\r\n"}, {"xp /2x 0", "0000000000000000: Cannot access memory\r\n"},
				{"info irq", ""}, {"info pic", ""}, {"nmi", "Error: " + rel.NoNMIProvider + "\r\n"},
			} {
				if got := s.HMP(c[0]); got != c[1] {
					t.Errorf("%s %s: %s = %q, want %q", rel.Version(), target, c[0], got, c[1])
				}
			}
		}
	}
}
