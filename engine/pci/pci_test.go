package pci

import (
	"fmt"
	"strings"
	"testing"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
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

// Enumerate numbers bridges' buses as sPAPR does at reset (depth first in
// devfn order, measured on pseries: br1 at 00.0 with br2 behind it, br3
// at 01.0 -> buses 1, 2 and 3, br1's subordinate 2), and query-pci then
// nests what is behind each bridge, which info pci prints after it.
func TestEnumerateNestsBridges(t *testing.T) {
	bridgeInfo := qjson.O("class_info", qjson.O("class", 1540, "desc", "PCI bridge"), "id", qjson.O("vendor", 6966, "device", 1),
		"pci_bridge", qjson.O("bus", qjson.O("number", 0, "secondary", 1, "subordinate", 1), "devices", []any{}))
	bridge := func(id string, on *qdev.Bus, devfn int) *qdev.Bus {
		d := &qdev.Device{ID: id, Type: qdev.Type{Name: "pci-bridge"}, Bus: on}
		sec := &qdev.Bus{Type: "PCI", Parent: d}
		NewBus(sec, false)
		d.Buses = []*qdev.Bus{sec}
		d.Data = &Function{DevFn: devfn, Info: bridgeInfo}
		BusOf(on).Occupy(devfn, d)
		return sec
	}
	root := &qdev.Bus{Type: "PCI"}
	NewBus(root, true)
	br1 := bridge("br1", root, 0)
	br2 := bridge("br2", br1, 0)
	br3 := bridge("br3", root, 8)
	rng := &qdev.Device{ID: "rng", Type: qdev.Type{Name: "virtio-rng-pci"}, Bus: br2,
		Data: &Function{DevFn: 0, Info: qjson.O("class_info", qjson.O("class", 255), "id", qjson.O("vendor", 6900, "device", 4101))}}
	BusOf(br2).Occupy(0, rng)
	next := 0
	Enumerate(root, &next)
	if got := [][2]int{{BusOf(br1).Number, BusOf(br1).Subordinate}, {BusOf(br2).Number, BusOf(br2).Subordinate},
		{BusOf(br3).Number, BusOf(br3).Subordinate}}; fmt.Sprint(got) != "[[1 2] [2 2] [3 3]]" {
		t.Fatalf("bus numbers %v", got)
	}
	var ids []string
	for _, l := range strings.Split(Info(Query(root), false), "\n") {
		if strings.HasPrefix(l, "  Bus ") || strings.Contains(l, "secondary bus") || strings.HasPrefix(l, "      id ") {
			ids = append(ids, strings.TrimSpace(l))
		}
	}
	want := `Bus  0, device   0, function 0:|secondary bus 1.|id "br1"|Bus  1, device   0, function 0:|secondary bus 2.|id "br2"|` +
		`Bus  2, device   0, function 0:|id "rng"|Bus  0, device   1, function 0:|secondary bus 3.|id "br3"`
	if got := strings.Join(ids, "|"); got != want {
		t.Errorf("info pci:\n got %s\nwant %s", got, want)
	}
}
