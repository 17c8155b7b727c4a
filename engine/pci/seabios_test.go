package pci

import (
	"strings"
	"testing"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// fwRig builds root buses and functions from query-pci style entries.
type fwRig struct{ root *qdev.Bus }

func newFWRig() *fwRig {
	root := &qdev.Bus{Type: "PCIE"}
	NewBus(root, true)
	return &fwRig{root: root}
}

func region(bar int, typ string, size int, flags ...string) qjson.Object {
	o := qjson.O("bar", int64(bar), "size", int64(size), "address", int64(-1), "type", typ)
	if typ == "memory" {
		o.Set("prefetch", strings.Contains(strings.Join(flags, ","), "pref"))
		o.Set("mem_type_64", strings.Contains(strings.Join(flags, ","), "64"))
	}
	return o
}

func (r *fwRig) add(on *qdev.Bus, typ, id string, devfn, vendor, device, class, pin int, regions ...qjson.Object) *qdev.Device {
	l := []any{}
	for _, x := range regions {
		l = append(l, x)
	}
	info := qjson.O("irq_pin", int64(pin), "class_info", qjson.O("class", int64(class)),
		"id", qjson.O("vendor", int64(vendor), "device", int64(device)), "regions", l)
	if pin != 0 {
		info.Set("irq", int64(0))
	}
	if class == 0x0604 {
		info.Set("pci_bridge", qjson.O("bus", qjson.O("number", 0, "secondary", 0, "subordinate", 0,
			"io_range", qjson.O("base", 0, "limit", 0), "memory_range", qjson.O("base", 0, "limit", 0),
			"prefetchable_range", qjson.O("base", 0, "limit", 0))))
	}
	d := &qdev.Device{ID: id, Type: qdev.Type{Name: typ}, Bus: on, Data: &Function{DevFn: devfn, Info: info}}
	if class == 0x0604 {
		sec := &qdev.Bus{Type: "PCIE", Parent: d, Hotpluggable: true}
		NewBus(sec, false)
		d.Buses = []*qdev.Bus{sec}
	}
	BusOf(on).Occupy(devfn, d)
	return d
}

// q35 as g5-q35-cold-mix recorded it (7.2 and 10.0 alike): e1000 and
// virtio-rng-pci on pcie.0, an empty root port and one holding an e1000e.
func TestSeaBIOSQ35AsRecorded(t *testing.T) {
	r := newFWRig()
	rom := region(6, "memory", 0x40000)
	r.add(r.root, "mch", "", 0, 0x8086, 0x29c0, 0x0600, 0)
	r.add(r.root, "e1000", "nic1", 0x08, 0x8086, 0x100e, 0x0200, 1, region(0, "memory", 0x20000), region(1, "io", 0x40), rom)
	r.add(r.root, "virtio-rng-pci", "rng1", 0x10, 0x1af4, 0x1005, 0x00ff, 1, region(0, "io", 0x20), region(1, "memory", 0x1000),
		region(4, "memory", 0x4000, "pref", "64"))
	r.add(r.root, "pcie-root-port", "rp1", 0x18, 0x1b36, 0x000c, 0x0604, 1, region(0, "memory", 0x1000))
	rp2 := r.add(r.root, "pcie-root-port", "rp2", 0x20, 0x1b36, 0x000c, 0x0604, 1, region(0, "memory", 0x1000))
	r.add(rp2.Buses[0], "e1000e", "nic2", 0, 0x8086, 0x10d3, 0x0200, 1, region(0, "memory", 0x20000), region(1, "memory", 0x20000),
		region(2, "io", 0x20), region(3, "memory", 0x4000), rom)
	r.add(r.root, "ICH9-LPC", "", 0xf8, 0x8086, 0x2918, 0x0601, 0)
	r.add(r.root, "ich9-ahci", "", 0xfa, 0x8086, 0x2922, 0x0106, 1, region(4, "io", 0x20), region(5, "memory", 0x1000))
	r.add(r.root, "ICH9 SMB", "", 0xfb, 0x8086, 0x2930, 0x0c05, 1, region(4, "io", 0x40))
	if !SeaBIOS(r.root, Firmware{Q35: true, MemStart: 0xc0000000}) {
		t.Fatal("not modelled")
	}
	LinuxBridgeIO(r.root)
	got := Info(Query(r.root), false)
	for _, want := range []string{
		"BAR0: 32 bit memory at 0xfe440000 [0xfe45ffff].\n      BAR1: I/O at 0xd000 [0xd03f].\n      BAR6: 32 bit memory at 0xffffffffffffffff",
		"IRQ 11, pin A\n      BAR0: I/O at 0xd080 [0xd09f].\n      BAR1: 32 bit memory at 0xfe460000 [0xfe460fff].\n      BAR4: 64 bit prefetchable memory at 0xfea00000 [0xfea03fff].",
		"IRQ 11, pin A\n      BUS 0.\n      secondary bus 1.\n      subordinate bus 1.\n      IO range [0x1000, 0x1fff]\n      memory range [0xfe200000, 0xfe3fffff]\n      prefetchable memory range [0xfe800000, 0xfe9fffff]\n      BAR0: 32 bit memory at 0xfe461000 [0xfe461fff].",
		"IRQ 10, pin A\n      BUS 0.\n      secondary bus 2.\n      subordinate bus 2.\n      IO range [0xc000, 0xcfff]\n      memory range [0xfe000000, 0xfe1fffff]\n      prefetchable memory range [0xfe600000, 0xfe7fffff]\n      BAR0: 32 bit memory at 0xfe462000 [0xfe462fff].",
		"Bus  2, device   0, function 0:",
		"IRQ 10, pin A\n      BAR0: 32 bit memory at 0xfe040000 [0xfe05ffff].\n      BAR1: 32 bit memory at 0xfe060000 [0xfe07ffff].\n      BAR2: I/O at 0xc000 [0xc01f].\n      BAR3: 32 bit memory at 0xfe080000 [0xfe083fff].",
		"IRQ 10, pin A\n      BAR4: I/O at 0xd0a0 [0xd0bf].\n      BAR5: 32 bit memory at 0xfe463000 [0xfe463fff].",
		"IRQ 10, pin A\n      BAR4: I/O at 0x0700 [0x073f].",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("info pci lacks\n%s\ngot\n%s", want, got)
		}
	}
	// 10.0 prints mapped BARs without the full stop
	if got := Info(Query(r.root), true); !strings.Contains(got, "BAR4: I/O at 0x0700 [0x073f]\n") ||
		!strings.Contains(got, "BAR6: 32 bit memory (not mapped)\n") {
		t.Errorf("10.0's info pci:\n%s", got)
	}
	ClearConfig(r.root)
	if got := Info(Query(r.root), false); strings.Contains(got, "0xfe4") {
		t.Errorf("after a reset the BARs still decode:\n%s", got)
	}
}

// pc (g5-pc-bridge): PIIX4 PM's SCI, the IDE's I/O after a bridge's
// window, the slot rotation behind the bridge; the interrupt lines of
// the piix rotation by slot.
func TestSeaBIOSPCBridgeAsRecorded(t *testing.T) {
	r := newFWRig()
	r.add(r.root, "i440FX-pcihost", "", 0, 0x8086, 0x1237, 0x0600, 0)
	r.add(r.root, "PIIX3", "", 8, 0x8086, 0x7000, 0x0601, 0)
	r.add(r.root, "piix3-ide", "", 9, 0x8086, 0x7010, 0x0101, 0, region(4, "io", 0x10))
	r.add(r.root, "PIIX4_PM", "", 11, 0x8086, 0x7113, 0x0680, 1)
	br := r.add(r.root, "pci-bridge", "br1", 0x10, 0x1b36, 0x0001, 0x0604, 1, region(0, "memory", 0x100, "64"))
	r.add(br.Buses[0], "e1000", "nic1", 8, 0x8086, 0x100e, 0x0200, 1, region(0, "memory", 0x20000), region(1, "io", 0x40),
		region(6, "memory", 0x40000))
	if !SeaBIOS(r.root, Firmware{MemStart: 0x80000000}) {
		t.Fatal("not modelled")
	}
	got := Info(Query(r.root), false)
	for _, want := range []string{
		"BAR4: I/O at 0xd000 [0xd00f].",
		"IRQ 9, pin A",
		"IRQ 10, pin A\n      BUS 0.\n      secondary bus 1.\n      subordinate bus 1.\n      IO range [0xc000, 0xcfff]\n      memory range [0xfe600000, 0xfe7fffff]\n      prefetchable memory range [0xfea00000, 0xfebfffff]\n      BAR0: 64 bit memory at 0xfe800000 [0xfe8000ff].",
		"IRQ 11, pin A\n      BAR0: 32 bit memory at 0xfe640000 [0xfe65ffff].\n      BAR1: I/O at 0xc000 [0xc03f].",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("info pci lacks\n%s\ngot\n%s", want, got)
		}
	}
}

// What is not modelled changes nothing: a function whose identity was not
// recorded, a root port told to reserve windows, more than the 32-bit hole.
func TestSeaBIOSNotModelled(t *testing.T) {
	for name, build := range map[string]func(r *fwRig){
		"no identity": func(r *fwRig) {
			d := r.add(r.root, "e1000", "nic1", 8, 0x8086, 0x100e, 0x0200, 1, region(0, "memory", 0x20000))
			Of(d).Info = nil
		},
		"reserve": func(r *fwRig) {
			d := r.add(r.root, "pcie-root-port", "rp1", 8, 0x1b36, 0x000c, 0x0604, 1, region(0, "memory", 0x1000))
			d.Props = []qdev.PropLine{{Name: "mem-reserve", Value: "4194304 (4 MiB)"}}
		},
		"64-bit window": func(r *fwRig) {
			r.add(r.root, "ivshmem-plain", "sh", 8, 0x1af4, 0x1110, 0x0500, 0, region(2, "memory", 1<<31, "pref", "64"))
		},
	} {
		r := newFWRig()
		build(r)
		if SeaBIOS(r.root, Firmware{MemStart: 0x80000000}) {
			t.Errorf("%s: modelled", name)
		}
		walkFunctions(r.root, func(d *qdev.Device, _ *qdev.Bus) {
			if Of(d).Config != nil {
				t.Errorf("%s: %s configured", name, d.ID)
			}
		})
	}
}

// pci_slot_get_irq: piix rotates from slot 1, q35 from slot 0 up to 24,
// then LNKA..D for slots 25-31; behind a bridge its slot adds.
func TestSlotIRQ(t *testing.T) {
	r := newFWRig()
	br := r.add(r.root, "pci-bridge", "br", 5<<3, 0x1b36, 1, 0x0604, 1)
	for _, c := range []struct {
		on    *qdev.Bus
		devfn int
		pin   int
		q35   bool
		want  int
		what  string
	}{
		{r.root, 2 << 3, 1, false, 10, "pc slot 2 A"},
		{r.root, 3 << 3, 1, false, 11, "pc slot 3 A"},
		{r.root, 3 << 3, 2, false, 11, "pc slot 3 B"},
		{r.root, 4 << 3, 2, false, 10, "pc slot 4 B"},
		{r.root, 3 << 3, 1, true, 11, "q35 slot 3 A"},
		{r.root, 4 << 3, 1, true, 10, "q35 slot 4 A"},
		{r.root, 0x1f << 3, 1, true, 10, "q35 slot 31 A"},
		{r.root, 0x1f << 3, 3, true, 11, "q35 slot 31 C"},
		{br.Buses[0], 1 << 3, 1, false, 10, "pc behind slot 5, slot 1 A"},
	} {
		d := &qdev.Device{Bus: c.on, Data: &Function{DevFn: c.devfn}}
		if got := slotIRQ(d, c.pin, c.q35); got != c.want {
			t.Errorf("%s: IRQ %d, want %d", c.what, got, c.want)
		}
	}
}
