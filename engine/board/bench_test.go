package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// libvirt40 is a libvirt q35 guest's command line as `ps` shows it (JSON
// -device/-object/-blockdev/-netdev, root ports, virtio devices, USB,
// serial, channel, balloon, rng): 40 options.
var libvirt40 = []string{
	"-name", "guest=fedora38,debug-threads=on", "-S",
	"-object", `{"qom-type":"secret","id":"masterKey0","format":"raw","data":"aGVsbG8gd29ybGQgaGVsbG8gd29ybGQhIQ=="}`,
	"-machine", "pc-q35-7.2,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram",
	"-accel", "tcg", "-cpu", "qemu64", "-m", "1024",
	"-object", `{"qom-type":"memory-backend-ram","id":"pc.ram","size":1073741824}`,
	"-smp", "2,sockets=2,cores=1,threads=1", "-uuid", "4e9e6f21-8c6c-4a28-9f0e-3f7c1a2b5d10",
	"-no-user-config", "-nodefaults", "-rtc", "base=utc,driftfix=slew",
	"-global", "kvm-pit.lost_tick_policy=delay", "-msg", "timestamp=on",
	"-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1",
	"-device", `{"driver":"pcie-root-port","port":16,"chassis":1,"id":"pci.1","bus":"pcie.0","multifunction":true,"addr":"0x2"}`,
	"-device", `{"driver":"pcie-root-port","port":17,"chassis":2,"id":"pci.2","bus":"pcie.0","addr":"0x2.0x1"}`,
	"-device", `{"driver":"pcie-root-port","port":18,"chassis":3,"id":"pci.3","bus":"pcie.0","addr":"0x2.0x2"}`,
	"-device", `{"driver":"pcie-root-port","port":19,"chassis":4,"id":"pci.4","bus":"pcie.0","addr":"0x2.0x3"}`,
	"-device", `{"driver":"pcie-root-port","port":20,"chassis":5,"id":"pci.5","bus":"pcie.0","addr":"0x2.0x4"}`,
	"-device", `{"driver":"pcie-root-port","port":21,"chassis":6,"id":"pci.6","bus":"pcie.0","addr":"0x2.0x5"}`,
	"-device", `{"driver":"qemu-xhci","p2":15,"p3":15,"id":"usb","bus":"pci.2","addr":"0x0"}`,
	"-device", `{"driver":"virtio-serial-pci","id":"virtio-serial0","bus":"pci.3","addr":"0x0"}`,
	"-blockdev", `{"driver":"null-co","node-name":"libvirt-1-storage","size":10737418240}`,
	"-blockdev", `{"node-name":"libvirt-1-format","read-only":false,"driver":"raw","file":"libvirt-1-storage"}`,
	"-device", `{"driver":"virtio-blk-pci","bus":"pci.4","addr":"0x0","drive":"libvirt-1-format","id":"virtio-disk0","bootindex":1}`,
	"-netdev", `{"type":"user","id":"hostnet0"}`,
	"-device", `{"driver":"virtio-net-pci","netdev":"hostnet0","id":"net0","mac":"52:54:00:5a:3b:1c","bus":"pci.1","addr":"0x0"}`,
	"-chardev", "null,id=charserial0",
	"-device", `{"driver":"isa-serial","chardev":"charserial0","id":"serial0","index":0}`,
	"-chardev", "null,id=charchannel0",
	"-device", `{"driver":"virtserialport","bus":"virtio-serial0.0","nr":1,"chardev":"charchannel0","id":"channel0","name":"org.qemu.guest_agent.0"}`,
	"-device", `{"driver":"usb-tablet","id":"input0","bus":"usb.0","port":"1"}`,
	"-audiodev", `{"id":"audio1","driver":"none"}`,
	"-device", `{"driver":"virtio-vga","id":"video0","max_outputs":1,"bus":"pcie.0","addr":"0x1"}`,
	"-device", `{"driver":"virtio-balloon-pci","id":"balloon0","bus":"pci.5","addr":"0x0"}`,
	"-object", `{"qom-type":"rng-random","id":"objrng0","filename":"/dev/urandom"}`,
	"-device", `{"driver":"virtio-rng-pci","rng":"objrng0","id":"rng0","bus":"pci.6","addr":"0x0"}`,
}

// cpuOnly is the same machine with its CPUs and memory only: the ratio's base.
var cpuOnly = []string{"-S", "-machine", "pc-q35-7.2", "-accel", "tcg", "-cpu", "qemu64", "-m", "1024",
	"-smp", "2,sockets=2,cores=1,threads=1", "-nodefaults"}

func TestLibvirt40Starts(t *testing.T) {
	n := 0
	for _, a := range libvirt40 {
		if strings.HasPrefix(a, "-") {
			n++
		}
	}
	if n != 40 {
		t.Fatalf("%d options, want 40", n)
	}
	for _, rel := range release.All() {
		s := session.Start(rel, "x86_64", libvirt40)
		if !s.Result.Started {
			t.Fatalf("%s: did not start: %s", rel.Name, s.Stderr())
		}
		qt := s.HMP("info qtree")
		for _, want := range []string{`dev: virtio-blk-pci, id "virtio-disk0"`, `dev: usb-tablet, id "input0"`, `dev: virtserialport, id "channel0"`} {
			if !strings.Contains(qt, want) {
				t.Errorf("%s: info qtree lacks %s", rel.Name, want)
			}
		}
	}
}

func start(b *testing.B, args []string) *session.Session {
	s := session.Start(release.V7_2, "x86_64", args)
	if !s.Result.Started {
		b.Fatalf("did not start: %s", s.Stderr())
	}
	return s
}

// BenchmarkStartCPUOnly is the base: the machine with CPUs only.
func BenchmarkStartCPUOnly(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		start(b, cpuOnly)
	}
}

// BenchmarkStartLibvirt40 starts the 40-option libvirt line.
func BenchmarkStartLibvirt40(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		start(b, libvirt40)
	}
}

// BenchmarkInfoQtreeLibvirt40 is `info qtree` on it.
func BenchmarkInfoQtreeLibvirt40(b *testing.B) {
	s := start(b, libvirt40)
	b.ReportAllocs()
	for b.Loop() {
		s.Mon.HMP("info qtree")
	}
}
