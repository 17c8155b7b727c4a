package board

import (
	"strconv"
	"strings"

	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qjson"
)

// The BARs of a virtio PCI proxy follow its properties
// (virtio_pci_device_plugged): the MSI-X table is BAR 1 only when the
// proxy has vectors, and the legacy I/O BAR holds the common registers
// (24 bytes with MSI-X, 20 without) and the device's config space,
// rounded up to a power of two. The recorded looks had the defaults;
// these rules give what other values make.

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

// virtioLegacyConfig names the proxies whose legacy config size is modelled.
var virtioLegacyConfig = map[string]func(*qdev.Device) uint64{
	"virtio-net-pci": virtioNetConfigSize, "virtio-net-pci-transitional": virtioNetConfigSize,
}

// virtioBARs rewrites a realized virtio proxy's regions for its vectors
// and config size.
func (s *State) virtioBARs(d *qdev.Device) {
	f := pci.Of(d)
	if f == nil || f.Info == nil || !d.Type.Implements("virtio-pci") {
		return
	}
	vectors := uint64(1)
	if v, ok := d.Prop("vectors"); ok {
		n, err := strconv.ParseUint(strings.Fields(v + " ")[0], 10, 32)
		if err == nil {
			vectors = n
		}
	}
	configSize := virtioLegacyConfig[d.Type.Name]
	if vectors > 0 && configSize == nil {
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
