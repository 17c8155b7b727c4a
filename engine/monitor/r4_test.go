package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// What probe_cmdline's fourth round measured on both releases (7.2.22,
// 10.0.13): a line, one monitor command, a line of its answer that must
// be there.
func TestRound4Answers(t *testing.T) {
	for _, tc := range []struct {
		binary, args, cmd, want string
	}{
		// -mem-prealloc: a sugar prealloc=on of every memory backend.
		{"x86_64", "-m 128M -mem-prealloc", "info memdev", "  prealloc: true\r\n"},
		{"x86_64", "-m 128M", "info memdev", "  prealloc: false\r\n"},
		// A link to an -object reads as the object's path.
		{"x86_64", "-object rng-random,id=r,filename=/dev/random -device virtio-rng-pci,rng=r,id=rng", "qom-get /machine/peripheral/rng rng", "\"/objects/r\""},
		{"x86_64", "-object iothread,id=io -device virtio-scsi-pci,id=s,iothread=io", "qom-get /machine/peripheral/s iothread", "\"/objects/io\""},
		// An NVDIMM is placed as a pc-dimm is, listed as an nvdimm.
		{"x86_64", "-M pc,nvdimm=on -m 1G,slots=4,maxmem=8G -object memory-backend-ram,id=m1,size=512M -device pc-dimm,memdev=m1,id=d1 -object memory-backend-file,id=nv,size=256M,mem-path=/tmp,share=on -device nvdimm,memdev=nv,id=nv1",
			"info memory-devices", "Memory device [nvdimm]: \"nv1\"\r\n  addr: 0x120000000\r\n  slot: 1\r\n"},
		// microvm's virtio-mmio transports take no hotplug.
		{"x86_64", "-M microvm -netdev user,id=n0", "device_add virtio-net-device,netdev=n0,id=hv", "Error: Bus 'virtio-mmio-bus.23' does not support hotplugging\r\n"},
		{"x86_64", "-device virtio-rng-pci,id=rng", "qom-get /machine/peripheral/rng rng", "\"/machine/peripheral/rng/virtio-backend/default-backend\""},
		{"x86_64", "-device virtio-scsi-pci,id=s", "qom-get /machine/peripheral/s iothread", "\"\""},
		// An NVDIMM's label area (a size) is not the guest's.
		{"x86_64", "-M pc,nvdimm=on -m 1G,slots=2,maxmem=4G -object memory-backend-file,id=nv,size=256M,mem-path=/tmp,share=on -device nvdimm,memdev=nv,id=n,label-size=128K",
			"info memory-devices", "  size: 268304384\r\n"},
		// q35's MCH is its host bridge's child, and takes -global.
		{"x86_64", "-M q35 -global mch.extended-tseg-mbytes=48", "qom-get /machine/q35/mch extended-tseg-mbytes", "48\r\n"},
		{"x86_64", "-m 128M -mem-prealloc -object memory-backend-ram,id=r,size=128M,prealloc=off -machine memory-backend=r", "info memdev", "  prealloc: false\r\n"},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			s := session.Start(rel, tc.binary, append([]string{"-S", "-nodefaults"}, strings.Fields(tc.args)...))
			if got := s.HMP(tc.cmd); !strings.Contains(got, tc.want) {
				t.Errorf("%s %s: %s: got %q, want a line %q", rel.Name, tc.args, tc.cmd, got, tc.want)
			}
		}
	}
}
