package board

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// A device's BARs follow some of its properties; the recorded looks had
// the defaults, these rules give what other values make.

// adjustBARs rewrites a realized PCI device's regions for its properties.
func (s *State) adjustBARs(d *qdev.Device) {
	s.virtioBARs(d)
	s.virtioModernOnly(d)
	s.virtioLegacyOnly(d)
	s.vgaBARs(d)
	qxlRAMSizes(d)
	s.bridgeWithoutSHPC(d)
	s.ivshmemBAR(d)
	romless(d)
	romSized(d)
}

// romSized: a romsize given (or set by an old machine's compat, with its
// romfile) is the ROM BAR's size (pci_add_option_rom), not the file's.
func romSized(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || f.Info == nil {
		return
	}
	v, _ := d.Prop("romsize")
	n, err := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 64)
	if err != nil || n == 0 || n == math.MaxUint32 {
		return
	}
	setRegionSize(f, 6, n)
}

// ivshmemBAR: ivshmem-plain's BAR 2 maps its memdev whole.
func (s *State) ivshmemBAR(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || f.Info == nil || d.Type.Name != "ivshmem-plain" {
		return
	}
	if v, ok := d.Set["memdev"]; ok {
		if size, ok := s.memdevSize(fmt.Sprint(v)); ok {
			setRegionSize(f, 2, size)
		}
	}
}

// romless: a device with no ROM file (romfile="") or no ROM BAR
// (rombar=0) has no region 6, and its romsize stays unset
// (pci_add_option_rom returns before it).
func romless(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil {
		return
	}
	file, _ := d.Prop("romfile")
	bar, _ := d.Prop("rombar")
	if file != `""` && !strings.HasPrefix(bar, "0 ") {
		return
	}
	if _, given := d.Set["romsize"]; !given {
		d.SetProp("romsize", qtreeNum(math.MaxUint32))
	}
	if f.Info == nil { // behind a bridge: the recorded qtree lines, less its ROM's
		d.BusLines = slices.DeleteFunc(slices.Clone(d.BusLines), func(l string) bool { return strings.HasPrefix(l, "bar 6:") })
		return
	}
	f.Info = withoutRegions(f.Info, func(r qjson.Object) bool { b, _ := r.Get("bar"); return jsonInt(b) == 6 })
}

// withoutRegions is a copy of a recorded query-pci entry without the
// regions drop says to leave out.
func withoutRegions(info qjson.Object, drop func(qjson.Object) bool) qjson.Object {
	regions, _ := info.Get("regions")
	list, _ := regions.([]any)
	out := make([]any, 0, len(list))
	for _, r := range list {
		if ro, _ := r.(qjson.Object); ro != nil && drop(ro) {
			continue
		}
		out = append(out, r)
	}
	info = append(qjson.Object(nil), info...)
	info.Set("regions", out)
	return info
}

// bridgeWithoutSHPC: a pci-bridge told shpc=off has no SHPC BAR, no
// interrupt pin and no MSI, which only the SHPC uses
// (pci_bridge_dev_realize; measured on pc, q35 and pseries).
func (s *State) bridgeWithoutSHPC(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || f.Info == nil || d.Type.Name != "pci-bridge" {
		return
	}
	if v, _ := d.Prop("shpc"); v != "false" {
		return
	}
	info := make(qjson.Object, 0, len(f.Info))
	for _, m := range f.Info {
		switch m.Key {
		case "irq":
			continue
		case "irq_pin":
			m.Value = int64(0)
		case "regions":
			m.Value = []any{}
		}
		info = append(info, m)
	}
	f.Info = info
	d.SetProp("msi", `"off"`)
}

// virtioModernIDs are the transitional virtio proxies' PCI device ids and
// their virtio device ids (a modern-only proxy is 0x1040 + the virtio id).
var virtioModernIDs = map[int64]int64{0x1000: 1, 0x1001: 2, 0x1002: 5, 0x1003: 3, 0x1004: 8, 0x1005: 4, 0x1009: 9}

// virtioModernOnly: a proxy on a root bus told disable-legacy=on offers
// the modern interface alone (virtio_pci_device_plugged): device id 0x1040
// plus its virtio id, subsystem 0x1100, no legacy I/O BAR (measured on
// pc and pseries, as -device property and as -global).
func (s *State) virtioModernOnly(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || f.Info == nil || !d.Type.Implements("virtio-pci") {
		return
	}
	if v, _ := d.Prop("disable-legacy"); strings.Trim(v, `"`) != "on" {
		return
	}
	idv, _ := f.Info.Get("id")
	id, _ := idv.(qjson.Object)
	dev, _ := id.Get("device")
	vid, ok := virtioModernIDs[jsonInt(dev)]
	if !ok {
		return // modern already (0x104x types)
	}
	id = append(qjson.Object(nil), id...)
	id.Set("device", 0x1040+vid)
	id.Set("subsystem", int64(0x1100))
	info := withoutRegions(f.Info, func(r qjson.Object) bool { t, _ := r.Get("type"); return t == "io" })
	info.Set("id", id)
	f.Info = info
}

// virtioLegacyOnly: a proxy told disable-modern=true offers the legacy
// interface alone (virtio_pci_device_plugged): no modern memory BAR 4.
func (s *State) virtioLegacyOnly(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || f.Info == nil || !d.Type.Implements("virtio-pci") {
		return
	}
	if v, _ := d.Prop("disable-modern"); v != "true" {
		return
	}
	f.Info = withoutRegions(f.Info, func(r qjson.Object) bool { b, _ := r.Get("bar"); return jsonInt(b) == 4 })
}

// setRegionSize sets one BAR's size in the device's own copy of its
// recorded query-pci entry.
func setRegionSize(f *pci.Function, bar int64, size uint64) {
	regions, _ := f.Info.Get("regions")
	list, _ := regions.([]any)
	out := make([]any, 0, len(list))
	for _, r := range list {
		ro, _ := r.(qjson.Object)
		if b, _ := ro.Get("bar"); jsonInt(b) == bar {
			ro = append(qjson.Object(nil), ro...)
			ro.Set("size", int64(size))
		}
		out = append(out, ro)
	}
	info := append(qjson.Object(nil), f.Info...)
	info.Set("regions", out)
	f.Info = info
}

// vgaBARs: the standard VGA's framebuffer BAR is its video memory,
// vgamem_mb rounded up to a power of two (vga_common_init).
func (s *State) vgaBARs(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || f.Info == nil || (d.Type.Name != "VGA" && d.Type.Name != "secondary-vga") {
		return
	}
	v, ok := d.Prop("vgamem_mb")
	if !ok {
		return
	}
	mb, err := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 32)
	if err != nil {
		return
	}
	setRegionSize(f, 0, pow2ceil(min(max(mb, 1), 512))<<20)
}

// qxlRAMSizes is qxl_init_ramsize: the VGA framebuffer (vgamem_mb) kept
// within 8..256 MiB, the VGA RAM (ram_size, or ram_size_mb) at least twice
// it, the 32-bit surface RAM (vram_size, or vram_size_mb) at least 4 KiB,
// each rounded up to a power of two; the properties show what realize
// left (measured: vgamem_mb=3 reads 8). BAR 0 is the RAM, BAR 1 the
// surfaces.
func qxlRAMSizes(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || f.Info == nil || (d.Type.Name != "qxl" && d.Type.Name != "qxl-vga") {
		return
	}
	num := func(p string) (uint64, bool) {
		v, ok := d.Prop(p)
		if !ok {
			return 0, false
		}
		n, err := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 64)
		return n, err == nil
	}
	unset := func(p string) (uint64, bool) { // an _mb property left at -1 is unset
		n, ok := num(p)
		return n, ok && n != math.MaxUint32
	}
	vgamem, ok1 := num("vgamem_mb")
	ram, ok2 := num("ram_size")
	vram32, ok3 := num("vram_size")
	if !ok1 || !ok2 || !ok3 {
		return
	}
	vgamem = min(max(vgamem, 8), 256)
	if mb, ok := unset("ram_size_mb"); ok {
		ram = uint64(uint32(mb << 20))
	}
	ram = max(ram, vgamem<<21)
	if mb, ok := unset("vram_size_mb"); ok {
		vram32 = mb << 20
	}
	vram32 = max(vram32, 4096)
	if rev, _ := num("revision"); rev == 1 {
		vram32 = 4096
	}
	ram, vram32 = pow2ceil(ram), pow2ceil(vram32)
	d.SetProp("vgamem_mb", qtreeNum(vgamem))
	d.SetProp("ram_size", qtreeNum(uint64(uint32(ram))))
	d.SetProp("vram_size", qtreeNum(vram32))
	setRegionSize(f, 0, ram)
	setRegionSize(f, 1, vram32)
	if rev, _ := num("revision"); rev == 1 || rev == 2 { // qxl_realize_common's io_size
		setRegionSize(f, 3, 8*rev)
	}
}

// The BARs of a virtio PCI proxy follow its properties
// (virtio_pci_device_plugged): the MSI-X table is BAR 1 only when the
// proxy has vectors, and the legacy I/O BAR holds the common registers
// (24 bytes with MSI-X, 20 without) and the device's config space,
// rounded up to a power of two.

// virtioNetConfigSize is virtio_net_config_size's table: the config
// space ends after the last field a negotiated feature needs.
func virtioNetConfigSize(d *qdev.Device) uint64 {
	size := uint64(8) // mac and status
	if v, _ := d.Prop("mq"); v == "true" {
		size = 10 // max_virtqueue_pairs
	}
	if v, _ := d.Prop("host_mtu"); v != "" && !strings.HasPrefix(v, "0 ") {
		size = 12 // mtu
	}
	return size
}

// virtio9PConfigSize is virtio_9p_device_realize's: the tag's length,
// then the tag.
func virtio9PConfigSize(d *qdev.Device) uint64 {
	tag, _ := d.Prop("mount_tag")
	if u, err := strconv.Unquote(tag); err == nil {
		tag = u
	}
	return 2 + uint64(len(tag))
}

// virtioBalloonConfigSize is virtio_balloon_config_size: the whole
// struct virtio_balloon_config (16 bytes) with page poisoning or on a
// machine that keeps QEMU 4.0's size, up to poison_val (12) with free
// page hinting, else num_pages and actual (8).
func virtioBalloonConfigSize(d *qdev.Device) uint64 {
	on := func(p string) bool { v, _ := d.Prop(p); return v == "true" }
	switch {
	case on("qemu-4-0-config-size") || on("page-poison"):
		return 16
	case on("free-page-hint"):
		return 12
	}
	return 8
}

// virtioBlkConfigSize is virtio_get_config_size over virtio-blk's
// feature_sizes: struct virtio_blk_config up to num_queues (36), to
// discard_sector_alignment with discard (48), to write_zeroes_may_unmap
// with write-zeroes (57). hw_compat_3_1 turns both off.
func virtioBlkConfigSize(d *qdev.Device) uint64 {
	size := uint64(36)
	if v, _ := d.Prop("discard"); v == "true" {
		size = 48
	}
	if v, _ := d.Prop("write-zeroes"); v == "true" {
		size = 57
	}
	return size
}

// virtioSerialConfigSize: struct virtio_console_config up to max_nr_ports
// (8), with emerg_wr when emergency-write is on (12; hw_compat_2_7 turns it
// off).
func virtioSerialConfigSize(d *qdev.Device) uint64 {
	if v, _ := d.Prop("emergency-write"); v == "true" {
		return 12
	}
	return 8
}

// virtioLegacyConfig names the proxies whose legacy config size is modelled.
var virtioLegacyConfig = map[string]func(*qdev.Device) uint64{
	"virtio-blk-pci": virtioBlkConfigSize, "virtio-blk-pci-transitional": virtioBlkConfigSize,
	"virtio-serial-pci": virtioSerialConfigSize, "virtio-serial-pci-transitional": virtioSerialConfigSize,
	"virtio-net-pci": virtioNetConfigSize, "virtio-net-pci-transitional": virtioNetConfigSize,
	"virtio-9p-pci": virtio9PConfigSize, "virtio-9p-pci-transitional": virtio9PConfigSize,
	"virtio-balloon-pci": virtioBalloonConfigSize, "virtio-balloon-pci-transitional": virtioBalloonConfigSize,
}

// virtioBARs rewrites a realized virtio proxy's regions for its vectors
// and config size.
func (s *State) virtioBARs(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || !d.Type.Implements("virtio-pci") {
		return
	}
	vectors := uint64(1)
	if v, ok := d.Prop("vectors"); ok {
		n, err := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 32)
		if err == nil {
			vectors = n
		}
	}
	if f.Info == nil {
		// Behind a PCIe port (modern only, no I/O BAR): the recorded lines.
		s.virtioTransitionalOnPCIe(d, vectors)
		if vectors == 0 {
			kept := d.BusLines[:0:0]
			for _, l := range d.BusLines {
				if !strings.HasPrefix(l, "bar 1: ") {
					kept = append(kept, l)
				}
			}
			d.BusLines = kept
		}
		return
	}
	configSize := virtioLegacyConfig[d.Type.Name]
	pagePerVQ := false
	if v, _ := d.Prop("page-per-vq"); v == "true" {
		pagePerVQ = true
	}
	if vectors > 0 && configSize == nil && !pagePerVQ && msixBARSize(vectors) == 0x1000 {
		return
	}
	regions, _ := f.Info.Get("regions")
	list, _ := regions.([]any)
	var out []any
	for _, r := range list {
		ro, _ := r.(qjson.Object)
		bar, _ := ro.Get("bar")
		switch {
		case vectors == 0 && jsonInt(bar) == 1:
			continue // no MSI-X table
		case jsonInt(bar) == 1 && msixBARSize(vectors) != 0x1000:
			ro = append(qjson.Object(nil), ro...)
			ro.Set("size", int64(msixBARSize(vectors)))
		case pagePerVQ && jsonInt(bar) == 4:
			// The modern BAR (virtio_pci_realize): common, ISR and device
			// config pages, then the notify region, a page per queue
			// (VIRTIO_QUEUE_MAX of them) instead of 4 bytes.
			ro = append(qjson.Object(nil), ro...)
			ro.Set("size", int64(pow2ceil(0x3000+0x1000*1024)))
		case configSize != nil && jsonInt(bar) == 0:
			common := uint64(24)
			if vectors == 0 {
				common = 20
			}
			ro = append(qjson.Object(nil), ro...)
			ro.Set("size", int64(pow2ceil(common+configSize(d))))
		}
		out = append(out, ro)
	}
	info := append(qjson.Object(nil), f.Info...)
	info.Set("regions", out)
	f.Info = info
}

func jsonInt(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case int:
		return int64(x)
	case interface{ String() string }:
		n, _ := strconv.ParseInt(x.String(), 10, 64)
		return n
	}
	return -1
}

func pow2ceil(n uint64) uint64 {
	p := uint64(1)
	for p < n {
		p <<= 1
	}
	return p
}

// virtioTransitionalOnPCIe: a proxy behind a PCIe port resolves
// disable-legacy=auto to on (virtio_pci_realize), as its recorded lines
// show; one told disable-legacy=off (by the user, or by hw_compat_2_6 on
// older machines) speaks legacy too: the transitional device and
// subsystem ids and the legacy I/O BAR 0, as on a conventional bus;
// disable-modern=true then drops the modern BAR 4.
func (s *State) virtioTransitionalOnPCIe(d *qdev.Device, vectors uint64) {
	if v, _ := d.Prop("disable-legacy"); strings.Trim(v, `"`) != "off" {
		return
	}
	conv := qdev.LookFor(s.M.Release(), s.M.Target, d.Type.Name, "pci")
	if conv == nil || conv.Placement != "pci" {
		return
	}
	var ids, bar0 string
	for _, l := range conv.Lines {
		t := strings.TrimSpace(l)
		if i := strings.Index(t, "pci id "); strings.HasPrefix(t, "class ") && i >= 0 {
			ids = t[i:]
		}
		if strings.HasPrefix(t, "bar 0: i/o ") {
			bar0 = t
		}
	}
	if ids == "" || bar0 == "" {
		return // modern-only types
	}
	if size := virtioLegacyConfig[d.Type.Name]; size != nil {
		common := uint64(24)
		if vectors == 0 {
			common = 20
		}
		bar0 = fmt.Sprintf("bar 0: i/o at 0xffffffffffffffff [0x%x]", pow2ceil(common+size(d))-2)
	}
	modernOff := false
	if v, _ := d.Prop("disable-modern"); v == "true" {
		modernOff = true
	}
	out := make([]string, 0, len(d.BusLines)+1)
	for _, l := range d.BusLines {
		t := strings.TrimSpace(l)
		indent := l[:len(l)-len(strings.TrimLeft(l, " "))]
		switch {
		case strings.HasPrefix(t, "class ") && strings.Contains(t, "pci id "):
			out = append(out, l[:strings.Index(l, "pci id ")]+ids, indent+bar0)
			continue
		case strings.HasPrefix(t, "bar 0: "):
			continue
		case modernOff && strings.HasPrefix(t, "bar 4: "):
			continue
		}
		out = append(out, l)
	}
	d.BusLines = out
}

// msixBARSize is msix_init_exclusive_bar's BAR: the table (16 bytes a
// vector) from 0, the pending bits (a bit a vector, 64 to a word) at
// half a page or after the table, the whole rounded up to a power of two
// of at least a page.
func msixBARSize(vectors uint64) uint64 {
	pba := max(uint64(0x800), vectors*16)
	size := max(uint64(0x1000), pba+(vectors+63)/64*8)
	return pow2ceil(size)
}
