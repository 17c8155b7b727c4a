package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// FuzzDeviceProperties feeds device options (QemuOpts text or JSON) to
// -device and to device_add on each board and release: whatever the text,
// start-up and the monitor answer without panicking, the same way twice,
// and the device tree stays printable.
func FuzzDeviceProperties(f *testing.F) {
	for _, seed := range []string{
		"e1000,id=n,mac=52:54:00:12:34:56,addr=0x5.0x3,multifunction=on",
		"virtio-net-pci,netdev=x,vectors=3,mq=on,bus=pci.0",
		"pcie-root-port,port=16,chassis=1,id=pci.1,bus=pcie.0,multifunction=on,addr=0x2",
		"qemu-xhci,p2=15,p3=15,id=usb",
		"usb-tablet,bus=usb.0,port=1.2",
		"pci-bridge,chassis_nr=1,id=br,shpc=off",
		"ich9-usb-uhci1,masterbus=usb.0,firstport=0",
		"spapr-vty,reg=0x71000001,chardev=c",
		"scsi-cd,drive=d,lun=7,channel=0,scsi-id=3",
		`{"driver":"virtio-blk-pci","drive":"d","id":"vd0","addr":"0x4","bootindex":1}`,
		`{"driver":"e1000","addr":5,"romfile":null,"x":[1]}`,
		"e1000,addr=0x1f.8",
		"virtio-balloon-pci,id=1x,help",
		"e1000,mac=52:54:00:zz:00:00,,x=,",
	} {
		f.Add(seed, uint8(0))
	}
	boards := []struct{ target, machine string }{{"x86_64", "pc"}, {"x86_64", "q35"}, {"ppc64", "pseries"}}
	f.Fuzz(func(t *testing.T, opts string, pick uint8) {
		if len(opts) > 2000 || strings.ContainsAny(opts, "\x00\n") {
			return
		}
		b := boards[int(pick)%len(boards)]
		rel := release.All()[int(pick/8)%len(release.All())]
		run := func() string {
			args := []string{"-M", b.machine, "-S", "-nodefaults", "-device", "qemu-xhci,id=usb", "-device", opts}
			s := session.Start(rel, b.target, args)
			out := s.Stderr()
			if !s.Result.Started {
				return out
			}
			out += s.HMP("device_add " + opts)
			out += s.HMP("info qtree")
			out += s.HMP("device_del n")
			out += strings.Join(s.QMP(`{"execute":"device_add","arguments":{"driver":"e1000","id":"n"}}`), "\n")
			return out
		}
		first := run()
		if second := run(); second != first {
			t.Fatalf("%s %s: two runs differ:\n%s\n---\n%s", rel.Name, b.machine, first, second)
		}
	})
}
