package pci

import (
	"fmt"
	"testing"

	"hotpluglab/engine/qdev"
)

// ParseDevFn reads addr= as QEMU's PCI address property does: "slot" or
// "slot.fn" in hex (with or without 0x), or an integer devfn (JSON).
func TestParseDevFn(t *testing.T) {
	for _, c := range []struct {
		in     any
		devfn  int
		wantOK bool
	}{
		{"0x3", 3 << 3, true},
		{"3", 3 << 3, true},
		{"0x2.0x1", 2<<3 | 1, true}, // libvirt's root-port functions
		{"1f.7", 0xff, true},
		{int64(3), 3, true}, // -device {"addr":3}: slot 0, function 3
		{"20", 0, false},    // slots stop at 0x1f
		{"2.8", 0, false},   // functions stop at 7
		{"x", 0, false},
	} {
		got, ok := ParseDevFn(c.in)
		if ok != c.wantOK || ok && got != c.devfn {
			t.Errorf("ParseDevFn(%v) = %d, %v; want %d, %v", c.in, got, ok, c.devfn, c.wantOK)
		}
	}
}

func TestFormatDevFn(t *testing.T) {
	for devfn, want := range map[int]string{0x18: "03.0", 0xff: "1f.7", 0x11: "02.1"} {
		if got := FormatDevFn(devfn); got != want {
			t.Errorf("FormatDevFn(%#x) = %q, want %q", devfn, got, want)
		}
	}
}

// Register below a PCIe port: function 0 is devfn 0's device there; a
// hot-plugged device behind it is refused when given an addr, and when
// placed automatically only where the release checks that too.
func TestRegisterBehindFunction0(t *testing.T) {
	dev := func(name string) *qdev.Device { return &qdev.Device{Type: qdev.Type{Name: name}} }
	for _, c := range []struct {
		checkAuto  bool
		devfn      int
		hotplugged bool
		want       int
		err        string
	}{
		{false, -1, true, 8, ""},
		{true, -1, true, 0, "PCI: slot 0 function 0 already occupied by virtio-net-pci, new func e1000 cannot be exposed to guest."},
		{false, 8, true, 0, "PCI: slot 0 function 0 already occupied by virtio-net-pci, new func e1000 cannot be exposed to guest."},
		{false, 8, false, 8, ""}, // cold plug: no check
		{false, 0, true, 0, "PCI: slot 0 function 0 not available for e1000, in use by virtio-net-pci,id=nic0"},
	} {
		b := &Bus{Express: true, Function0AtZero: true, Function0CheckAuto: c.checkAuto}
		nic := dev("virtio-net-pci")
		nic.ID = "nic0"
		b.Occupy(0, nic)
		got, err := b.Register(dev("e1000"), c.devfn, c.hotplugged)
		if msg := fmt.Sprint(err); c.err != "" && msg != c.err || c.err == "" && (err != nil || got != c.want) {
			t.Errorf("%+v: devfn %d, error %v", c, got, err)
		}
	}
}
