package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Start-up answers of round 18 (probe_errors' e18- and e18m- cases), the
// same on 7.2 and 10.0 unless want10 says otherwise: a generic root port's
// reserve capability (after its chassis slot), nvme_check_params' order,
// a link naming a chardev or device (not of its type), MSI-X vectors
// beyond a table (a warning, then no MSI-X), memory-backend-shm (10.0).
func TestE18Startup(t *testing.T) {
	const rp = "pcie-root-port,id=rp,chassis=1"
	for _, c := range []struct {
		args           []string
		started        bool
		want72, want10 string
	}{
		{[]string{"-device", rp + ",pref32-reserve=1M,pref64-reserve=1M"}, false,
			"-device " + rp + ",pref32-reserve=1M,pref64-reserve=1M: PCI resource reserve cap: PREF32 and PREF64 conflict\n", ""},
		{[]string{"-device", rp + ",mem-reserve=4G"}, false,
			"-device " + rp + ",mem-reserve=4G: PCI resource reserve cap: mem-reserve must be less than 4G\n", ""},
		{[]string{"-device", rp + ",pref32-reserve=4G,mem-reserve=4G"}, false,
			"-device " + rp + ",pref32-reserve=4G,mem-reserve=4G: PCI resource reserve cap: mem-reserve must be less than 4G\n", ""},
		{[]string{"-device", rp + ",pref32-reserve=4G"}, false,
			"-device " + rp + ",pref32-reserve=4G: PCI resource reserve cap: pref32-reserve  must be less than 4G\n", ""},
		{[]string{"-device", rp, "-device", "pcie-root-port,id=rp2,chassis=1,pref32-reserve=1M,pref64-reserve=1M"}, false,
			"Can't add chassis slot, error -16\n", ""},
		{[]string{"-device", rp + ",pref64-reserve=8G,mem-reserve=64M"}, true, "", ""},
		{[]string{"-blockdev", "null-co,node-name=d", "-device", "nvme,drive=d,msix_qsize=0"}, false,
			"nvme,drive=d,msix_qsize=0: msix_qsize must be between 1 and 2048\n", ""},
		{[]string{"-blockdev", "null-co,node-name=d", "-device", "nvme,drive=d,max_ioqpairs=0"}, false,
			"nvme,drive=d,max_ioqpairs=0: max_ioqpairs must be between 1 and 65535\n", ""},
		{[]string{"-blockdev", "null-co,node-name=d", "-device", "nvme,drive=d"}, false, "nvme,drive=d: serial property not set\n", ""},
		{[]string{"-chardev", "null,id=x", "-device", "virtio-rng-pci,rng=x"}, false,
			"rng=x: Invalid parameter type for 'rng', expected: rng-backend\n", ""},
		{[]string{"-device", "e1000,id=e", "-device", "virtio-rng-pci,rng=/machine/peripheral/e"}, false,
			"Invalid parameter type for 'rng', expected: rng-backend\n", ""},
		{[]string{"-device", "virtio-rng-pci,rng=nosuch"}, false, "rng=nosuch: Device 'nosuch' not found\n", ""},
		{[]string{"-device", "virtio-scsi-pci,vectors=3000"}, true,
			"-device virtio-scsi-pci,vectors=3000: warning: unable to init msix vectors to 3000\n", ""},
		{[]string{"-object", "memory-backend-shm,id=m,size=64M"}, false,
			"-object memory-backend-shm,id=m,size=64M: Parameter 'qom-type' does not accept value 'memory-backend-shm'\n", "started"},
	} {
		for _, rel := range release.All() {
			s := session.Start(rel, "x86_64", append([]string{"-S", "-nodefaults", "-M", "pc-q35-7.2"}, c.args...))
			want, started := c.want72, c.started
			if rel.Name != "7.2" && c.want10 == "started" {
				want, started = "", true
			}
			if s.Started() != started || !strings.Contains(s.Stderr(), want) {
				t.Errorf("%v on %s: started %v, stderr %q; want started %v, %q", c.args, rel.Name, s.Started(), s.Stderr(), started, want)
			}
		}
	}
}

// The monitor's side: q35's pcie.0 takes no root port at all (before its
// checks); qom-set of a virtio backend by its path, of a balloon's guest-stats (a
// getter the proxy aliases), of an -object by partial path.
func TestE18Monitor(t *testing.T) {
	for _, rel := range release.All() {
		s := session.Start(rel, "x86_64", []string{"-S", "-nodefaults", "-M", "pc-q35-7.2", "-object", "iothread,id=i",
			"-device", "virtio-balloon-pci,id=b", "-device", "virtio-rng-pci,id=r"})
		for _, c := range []struct{ cmd, want string }{
			{"device_add pcie-root-port,id=rp,chassis=1,pref32-reserve=1M,pref64-reserve=1M", "Error: Bus 'pcie.0' does not support hotplugging\r\n"},
			{"qom-set /machine/peripheral/r/virtio-backend period 0", "Error: Attempt to set property 'period' on anonymous device (type 'virtio-rng-device') after it was realized\r\n"},
			{"qom-set b guest-stats x", "Error: Property 'virtio-balloon-device.guest-stats' is not writable\r\n"},
			{"qom-set i poll-max-ns x", "Error: Parameter 'poll-max-ns' expects int64\r\n"},
			{"qom-set i poll-max-ns 100", ""},
			{"qom-get i poll-max-ns", "100\r\n"},
		} {
			if got := s.HMP(c.cmd); got != c.want {
				t.Errorf("%s: %s: %q, want %q", rel.Name, c.cmd, got, c.want)
			}
		}
	}
}
