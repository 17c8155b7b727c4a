package guest

import (
	"slices"
	"strings"
	"testing"

	"hotpluglab/engine/guest/busybox"
	"hotpluglab/engine/release"
)

// fakePCI is a root bus as engine/session shows it to the guest.
type fakePCI struct {
	funcs    []PCIFunc
	complete bool
	ejected  []int
}

func (p *fakePCI) functions() ([]PCIFunc, bool) { return slices.Clone(p.funcs), p.complete }

func (p *fakePCI) eject(bus, devfn int) {
	p.ejected = append(p.ejected, bus<<8|devfn)
	p.funcs = slices.DeleteFunc(p.funcs, func(f PCIFunc) bool { return f.Bus == bus && f.DevFn == devfn })
}

// pc's own functions with -nodefaults.
var pcBoard = []PCIFunc{
	{DevFn: 0, Vendor: 0x8086, Device: 0x1237, Class: 0x0600},
	{DevFn: 8, Vendor: 0x8086, Device: 0x7000, Class: 0x0601},
	{DevFn: 9, Vendor: 0x8086, Device: 0x7010, Class: 0x0101},
	{DevFn: 11, Vendor: 0x8086, Device: 0x7113, Class: 0x0680},
}

// The hot-added functions of g3-pc-virtio-net and g1-pc-e1000-add-del.
var (
	virtioNet = PCIFunc{DevFn: 0x10, Vendor: 0x1af4, Device: 0x1000, SubVendor: 0x1af4, SubDevice: 1, Class: 0x0200,
		ACPIHotplug: true, BARs: []PCIBar{{Index: 0, IO: true, Size: 0x20}, {Index: 1, Size: 0x1000},
			{Index: 4, Size: 0x4000, Mem64: true, Prefetch: true}, {Index: 6, Size: 0x40000, Prefetch: true}}}
	e1000 = PCIFunc{DevFn: 0x10, Vendor: 0x8086, Device: 0x100e, SubVendor: 0x1af4, SubDevice: 0x1100, Class: 0x0200,
		ACPIHotplug: true, BARs: []PCIBar{{Index: 0, Size: 0x20000}, {Index: 1, IO: true, Size: 0x40},
			{Index: 6, Size: 0x40000, Prefetch: true}}}
)

func pciRig(t *testing.T, rel *release.Release) (*rig, *fakePCI) {
	r := newRigOn(t, rel, "-M", "pc")
	p := &fakePCI{funcs: slices.Clone(pcBoard), complete: true}
	for i := range p.funcs {
		p.funcs[i].ACPIHotplug = true
	}
	r.g.HW.PCIFunctions = p.functions
	r.g.HW.PCIEject = p.eject
	return r.boot(), p
}

// As recorded (7.2 and 10.0 alike): the enumeration and assignment lines.
func TestPCIHotAddAsRecorded(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    PCIFunc
		want []string
	}{
		{"virtio-net-pci", virtioNet, []string{
			"pci 0000:00:02.0: [1af4:1000] type 00 class 0x020000",
			"pci 0000:00:02.0: BAR 0 [io  0x0000-0x001f]",
			"pci 0000:00:02.0: BAR 1 [mem 0x00000000-0x00000fff]",
			"pci 0000:00:02.0: BAR 4 [mem 0x00000000-0x00003fff 64bit pref]",
			"pci 0000:00:02.0: ROM [mem 0x00000000-0x0003ffff pref]",
			"pci 0000:00:02.0: ROM [mem 0x08000000-0x0803ffff pref]: assigned",
			"pci 0000:00:02.0: BAR 4 [mem 0x100000000-0x100003fff 64bit pref]: assigned",
			"pci 0000:00:02.0: BAR 1 [mem 0x08040000-0x08040fff]: assigned",
			"pci 0000:00:02.0: BAR 0 [io  0x1000-0x101f]: assigned",
		}},
		{"e1000", e1000, []string{
			"pci 0000:00:02.0: [8086:100e] type 00 class 0x020000",
			"pci 0000:00:02.0: BAR 0 [mem 0x00000000-0x0001ffff]",
			"pci 0000:00:02.0: BAR 1 [io  0x0000-0x003f]",
			"pci 0000:00:02.0: ROM [mem 0x00000000-0x0003ffff pref]",
			"pci 0000:00:02.0: ROM [mem 0x08000000-0x0803ffff pref]: assigned",
			"pci 0000:00:02.0: BAR 0 [mem 0x08040000-0x0805ffff]: assigned",
			"pci 0000:00:02.0: BAR 1 [io  0x1000-0x103f]: assigned",
		}},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			r, p := pciRig(t, rel)
			p.funcs = append(p.funcs, tc.f)
			r.settle()
			if got := r.kmsg(); !slices.Equal(got, tc.want) {
				t.Errorf("%s on %s: kmsg\n%s\nwant\n%s", tc.name, rel.Name, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			names, ok := r.g.pciListing()
			if want := "0000:00:00.0 0000:00:01.0 0000:00:01.1 0000:00:01.3 0000:00:02.0"; !ok || strings.Join(names, " ") != want {
				t.Errorf("%s: listing %v %v, want %s", tc.name, names, ok, want)
			}
		}
	}
}

// A second function takes the next free addresses; an eject frees them.
func TestPCIAllocAndEject(t *testing.T) {
	r, p := pciRig(t, release.V7_2)
	p.funcs = append(p.funcs, e1000)
	r.settle()
	r.kmsg()
	second := e1000
	second.DevFn = 0x18
	p.funcs = append(p.funcs, second)
	r.settle()
	got := r.kmsg()
	want := []string{
		"pci 0000:00:03.0: ROM [mem 0x08080000-0x080bffff pref]: assigned",
		"pci 0000:00:03.0: BAR 0 [mem 0x08060000-0x0807ffff]: assigned",
		"pci 0000:00:03.0: BAR 1 [io  0x1040-0x107f]: assigned",
	}
	if len(got) < 3 || !slices.Equal(got[len(got)-3:], want) {
		t.Errorf("second function: %q, want its last lines %q", got, want)
	}
	p.funcs[len(p.funcs)-1].UnplugPending = true
	r.settle()
	if !slices.Equal(p.ejected, []int{0x18}) {
		t.Errorf("ejected %x, want [18]", p.ejected)
	}
	if n := r.g.lookupPath("/sys/bus/pci/devices/0000:00:03.0"); n != nil {
		t.Errorf("ejected function still in sysfs: %+v", n)
	}
	if n := r.g.lookupPath("/sys/bus/pci/devices/0000:00:02.0"); n == nil || n.kind != busybox.Symlink {
		t.Errorf("0000:00:02.0: got %+v, want a link", n)
	}
}

func TestPCIAttributes(t *testing.T) {
	r, p := pciRig(t, release.V7_2)
	p.funcs = append(p.funcs, virtioNet)
	r.settle()
	for _, tc := range []struct{ file, want string }{
		{"vendor", "0x1af4\n"}, {"device", "0x1000\n"}, {"subsystem_vendor", "0x1af4\n"},
		{"subsystem_device", "0x0001\n"}, {"class", "0x020000\n"}, {"revision", "0x00\n"},
		{"irq", "0\n"}, {"enable", "0\n"},
	} {
		n, ok := r.g.pciDeviceNode(0x10, tc.file)
		if !ok || n == nil || !n.known || n.text != tc.want {
			t.Errorf("%s: got %+v, want %q", tc.file, n, tc.want)
		}
	}
	// the board's IDE function: its class's programming interface is not known
	if n, _ := r.g.pciDeviceNode(9, "class"); n == nil || n.known {
		t.Errorf("IDE class: got %+v, want not known", n)
	}
}

// pseries: no function at boot, none configured later: an empty listing.
func TestPCISPAPREmpty(t *testing.T) {
	r := newRig(t, "-M", "pseries")
	p := &fakePCI{complete: true}
	r.g.HW.PCIFunctions = p.functions
	r.boot()
	p.funcs = append(p.funcs, e1000)
	r.settle()
	if names, ok := r.g.pciListing(); !ok || len(names) != 0 {
		t.Errorf("listing %v %v, want known and empty", names, ok)
	}
	if got := r.kmsg(); len(got) != 0 {
		t.Errorf("kmsg %q, want none", got)
	}
}

func TestPCIResourceFormat(t *testing.T) {
	for _, tc := range []struct {
		b     PCIBar
		start uint64
		want  string
	}{
		{PCIBar{IO: true, Size: 0x40}, 0x1000, "[io  0x1000-0x103f]"},
		{PCIBar{Size: 0x1000}, 0, "[mem 0x00000000-0x00000fff]"},
		{PCIBar{Size: 0x4000, Mem64: true, Prefetch: true}, 1 << 32, "[mem 0x100000000-0x100003fff 64bit pref]"},
		{PCIBar{Index: 6, Size: 0x40000, Prefetch: true}, 0xfe600000, "[mem 0xfe600000-0xfe63ffff pref]"},
	} {
		if got := pciResource(tc.b, tc.start); got != tc.want {
			t.Errorf("pciResource(%+v, %#x) = %q, want %q", tc.b, tc.start, got, tc.want)
		}
	}
}

// /sys/bus/pci/slots on pc (g1-pc-pci-qmp): every root-bus slot but the
// host bridge's and the PIIX's, by number; power 1 where a function sits.
func TestPCISlotsPC(t *testing.T) {
	r := newRigOn(t, release.V7_2, "-M", "pc")
	p := &fakePCI{funcs: slices.Clone(pcBoard), complete: true}
	for i := range p.funcs {
		p.funcs[i].ACPIHotplug, p.funcs[i].Fixed = true, true
	}
	r.g.HW.PCIFunctions = p.functions
	r.boot()
	p.funcs = append(p.funcs, e1000)
	r.settle()
	n := r.g.lookupPath("/sys/bus/pci/slots")
	if n == nil || !n.listed || len(n.names) != 30 || !slices.Contains(n.names, "2") || slices.Contains(n.names, "1") {
		t.Fatalf("slots %+v", n)
	}
	for path, want := range map[string]string{"3/address": "0000:00:03\n", "3/power": "0\n", "2/power": "1\n"} {
		if n := r.g.lookupPath("/sys/bus/pci/slots/" + path); n == nil || n.text != want {
			t.Errorf("%s: %+v, want %q", path, n, want)
		}
	}
	if n := r.g.lookupPath("/sys/bus/pci/slots/1"); n != nil {
		t.Errorf("slot 1 (the PIIX's): %+v", n)
	}
}

// q35 with a root port whose slot ACPI drives (g1-q35-rp-hotplug): slot
// "0"; a function hot-added behind it takes the port's windows as the
// firmware and the kernel set them (g5-q35-two-rp-hotadd's second port),
// and 10.0 enables a PCI Express function's Extended Tags.
func TestPCIRootPortWindows(t *testing.T) {
	q35 := []PCIFunc{
		{DevFn: 0, Vendor: 0x8086, Device: 0x29c0, Class: 0x0600, Fixed: true},
		{DevFn: 0x20, Vendor: 0x1b36, Device: 0x000c, Class: 0x0604, Fixed: true, SlotBelow: true},
		{DevFn: 0xf8, Vendor: 0x8086, Device: 0x2918, Class: 0x0601, Fixed: true},
	}
	net := PCIFunc{Bus: 1, Vendor: 0x1af4, Device: 0x1041, SubVendor: 0x1af4, SubDevice: 0x1100, Class: 0x0200,
		NativeSlot: true, ACPIHotplug: true, VirtioModern: true, Express: true,
		Window:  [3][2]uint64{{0x2000, 0x2fff}, {0xfe200000, 0xfe3fffff}, {0xfe800000, 0xfe9fffff}},
		Windows: true,
		BARs: []PCIBar{{Index: 1, Size: 0x1000}, {Index: 4, Size: 0x4000, Mem64: true, Prefetch: true},
			{Index: 6, Size: 0x40000, Prefetch: true}}}
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		r := newRigOn(t, rel, "-M", "q35")
		p := &fakePCI{funcs: slices.Clone(q35), complete: true}
		r.g.HW.PCIFunctions = p.functions
		r.boot()
		if n := r.g.lookupPath("/sys/bus/pci/slots"); n == nil || !slices.Equal(n.names, []string{"0"}) {
			t.Errorf("%s: slots %+v", rel.Name, n)
		}
		if n := r.g.lookupPath("/sys/bus/pci/slots/0/address"); n == nil || n.text != "0000:01:00\n" {
			t.Errorf("%s: slot address %+v", rel.Name, n)
		}
		p.funcs = append(p.funcs, net)
		r.settle()
		want := []string{
			"pci 0000:01:00.0: [1af4:1041] type 00 class 0x020000",
			"pci 0000:01:00.0: BAR 1 [mem 0x00000000-0x00000fff]",
			"pci 0000:01:00.0: BAR 4 [mem 0x00000000-0x00003fff 64bit pref]",
			"pci 0000:01:00.0: ROM [mem 0x00000000-0x0003ffff pref]",
			"pci 0000:01:00.0: ROM [mem 0xfe200000-0xfe23ffff pref]: assigned",
			"pci 0000:01:00.0: BAR 4 [mem 0xfe800000-0xfe803fff 64bit pref]: assigned",
			"pci 0000:01:00.0: BAR 1 [mem 0xfe240000-0xfe240fff]: assigned",
		}
		if rel == release.V10_0 {
			want = slices.Insert(want, 4, "pci 0000:01:00.0: enabling Extended Tags")
		}
		if got := r.kmsg(); !slices.Equal(got, want) {
			t.Errorf("%s: kmsg\n%s\nwant\n%s", rel.Name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if n := r.g.lookupPath("/sys/bus/pci/devices/0000:01:00.0"); n == nil || n.kind != busybox.Symlink {
			t.Errorf("%s: 0000:01:00.0: %+v", rel.Name, n)
		}
		if n := r.g.lookupPath("/sys/devices/pci0000:00/0000:00:04.0/0000:01:00.0"); n == nil || n.kind != busybox.Dir {
			t.Errorf("%s: its folder: %+v", rel.Name, n)
		}
	}
}

// shpchp's boot lines for a pci-bridge with its SHPC on pc's root bus
// (g5-pc-bridge); none without the SHPC (shpc=off: no BAR).
func TestSHPCBootLines(t *testing.T) {
	bridge := PCIFunc{DevFn: 0x10, Vendor: 0x1b36, Device: 0x0001, Class: 0x0604, ACPIHotplug: true, Fixed: true,
		BARs: []PCIBar{{Index: 0, Size: 0x100, Mem64: true}}}
	for _, tc := range []struct {
		f    PCIFunc
		want int
	}{{bridge, 3}, {PCIFunc{DevFn: 0x10, Vendor: 0x1b36, Device: 0x0001, Class: 0x0604, ACPIHotplug: true}, 0}} {
		r := newRigOn(t, release.V7_2, "-M", "pc")
		p := &fakePCI{funcs: append(slices.Clone(pcBoard), tc.f), complete: false}
		r.g.HW.PCIFunctions = p.functions
		r.boot()
		got := r.g.shpcLines()
		if len(got) != tc.want || tc.want > 0 && got[0] != `shpchp 0000:00:02.0: Requesting control of SHPC hotplug via OSHP (\_SB_.PCI0.S10_)` {
			t.Errorf("shpc lines %q", got)
		}
	}
}
