package board

import (
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qom"
)

// A virtio PCI proxy's own property table, in the order QEMU fills it:
// instance_init makes the backend child ("virtio-backend") and aliases
// every qdev property of the backend (qdev_alias_all_properties walks the
// backend's class, then its parents' up to TYPE_DEVICE, each Property
// array in source order), some proxies then alias bootindex; realize adds
// its memory regions; "bus master" comes at machine-done for -device and
// at once, after its container, for device_add (do_pci_register_device).
// With the exact insertion order the GHashTable's walk is reproduced
// (checked against each recording before use).

// virtioBackendProps are the Property arrays of virtio backends, in
// source order (7.2), bootindex last where the proxy aliases it.
var virtioBackendProps = map[string][]string{
	"virtio-blk-device": strings.Fields("drive backend_defaults logical_block_size physical_block_size min_io_size" +
		" opt_io_size discard_granularity write-cache share-rw account-invalid account-failed rerror werror" +
		" cyls heads secs lcyls lheads lsecs serial config-wce scsi request-merging num-queues queue-size" +
		" seg-max-adjust iothread discard report-discard-granularity write-zeroes max-discard-sectors" +
		" max-write-zeroes-sectors x-enable-wce-if-config-wce"),
	"virtio-rng-device": {"max-bytes", "period", "rng"},
}

// virtioDeviceProps are TYPE_VIRTIO_DEVICE's (DEFINE_VIRTIO_COMMON_FEATURES
// and the rest), aliased after the backend's own.
var virtioDeviceProps = strings.Fields("indirect_desc event_idx notify_on_empty any_layout iommu_platform packed" +
	" queue_reset use-started use-disabled-flag x-disable-legacy-check")

// virtioBootindex are the proxies that alias their backend's bootindex
// after virtio_instance_init_common.
var virtioBootindex = map[string]bool{"virtio-blk-device": true}

// virtioRealizeChildren is what virtio_pci_realize and the backend's plug
// (virtio_pci_device_plugged) add, in order: the modern BAR, the bus, the
// modern regions, the MSI-X BAR and its table and PBA, the legacy BAR.
func virtioRealizeChildren(dev, proxy string) []string {
	return []string{"virtio-pci[0]", "virtio-bus",
		"virtio-pci-common-" + dev + "[0]", "virtio-pci-isr-" + dev + "[0]", "virtio-pci-device-" + dev + "[0]",
		"virtio-pci-notify-" + dev + "[0]", "virtio-pci-notify-pio-" + dev + "[0]",
		proxy + "-msix[0]", "msix-table[0]", "msix-pba[0]", "virtio-pci[1]"}
}

// virtioProxyQOM is qom-list of a virtio PCI proxy from the recording of
// its type (made with -device, vectors as the type has them): the table
// rebuilt for a hot-plugged one, or one with no MSI-X vectors. ok is false
// when the model does not give back the recording (another proxy).
// backendClass, when set, is the backend type's own qom-list as recorded:
// the release aliases by walking its classes' tables (10.0's
// qdev_alias_all_properties: GLib's order, legacy properties too, those
// the proxy has skipped) instead of the Property arrays.
func virtioProxyQOM(recorded []qdev.QOMProp, hotplugged, msix bool, backendClass func(string) []qdev.QOMProp) ([]qdev.QOMProp, bool) {
	types := map[string]string{}
	for _, p := range recorded {
		types[p.Name] = p.Type
	}
	backend := strings.TrimSuffix(strings.TrimPrefix(types["virtio-backend"], "child<"), ">")
	aliases, known := virtioBackendProps[backend]
	if !known {
		return nil, false
	}
	aliases = append(slices.Clone(aliases), virtioDeviceProps...)
	if backendClass != nil {
		if aliases = classWalkAliases(backendClass(backend)); aliases == nil {
			return nil, false
		}
	}
	if virtioBootindex[backend] {
		aliases = append(aliases, "bootindex")
	}
	var dev, proxy string
	for _, p := range recorded {
		if rest, ok := strings.CutPrefix(p.Name, "virtio-pci-common-"); ok {
			dev = strings.TrimSuffix(rest, "[0]")
		}
		if rest, ok := strings.CutSuffix(p.Name, "-msix[0]"); ok {
			proxy = rest
		}
	}
	if dev == "" {
		return nil, false
	}
	const container, master = "bus master container[0]", "bus master[0]"
	cold := append([]string{"virtio-backend"}, aliases...)
	cold = append(cold, container)
	for _, c := range virtioRealizeChildren(dev, proxy) {
		if _, ok := types[c]; ok { // the legacy BAR and MSI-X as the type has them
			cold = append(cold, c)
		}
	}
	cold = append(cold, master)
	inTable := map[string]bool{}
	for _, k := range cold {
		if _, ok := types[k]; !ok {
			return nil, false
		}
		inTable[k] = true
	}
	var class, want []qdev.QOMProp
	for _, p := range recorded {
		if inTable[p.Name] {
			want = append(want, p)
		} else {
			class = append(class, p)
		}
	}
	if len(want) != len(cold) || !slices.Equal(walkNames(cold), reversedNames(want)) {
		return nil, false
	}
	var order []string
	for _, k := range cold {
		switch {
		case !msix && (k == proxy+"-msix[0]" || k == "msix-table[0]" || k == "msix-pba[0]"):
		case hotplugged && k == master:
		case hotplugged && k == container:
			order = append(order, container, master)
		default:
			order = append(order, k)
		}
	}
	out := class
	keys := walkNames(order)
	for i := len(keys) - 1; i >= 0; i-- {
		out = append(out, qdev.QOMProp{Name: keys[i], Type: types[keys[i]]})
	}
	return out, true
}

// classWalkAliases are the aliases a class walk makes from a backend's
// qom-list (its classes' tables printed base first, each walked backwards,
// then its own): the backend's class table walked, then TYPE_VIRTIO_DEVICE's,
// the device's own and instance properties left out.
func classWalkAliases(l []qdev.QOMProp) []string {
	base := map[string]bool{"type": true, "parent_bus": true, "realized": true, "hotplugged": true, "hotpluggable": true}
	common := map[string]bool{"in_order": true}
	for _, k := range virtioDeviceProps {
		common[k] = true
	}
	var own, virtio []string
	for _, p := range l {
		switch {
		case base[p.Name] || p.Name == "bootindex" || strings.HasPrefix(p.Type, "child<"):
		case common[p.Name]:
			virtio = append(virtio, p.Name)
		default:
			own = append(own, p.Name)
		}
	}
	if len(virtio) == 0 {
		return nil
	}
	slices.Reverse(own)
	slices.Reverse(virtio)
	return append(own, virtio...)
}

func walkNames(order []string) []string {
	t := qom.NewTable()
	for _, k := range order {
		t.Insert(k)
	}
	return t.Keys()
}

func reversedNames(l []qdev.QOMProp) []string {
	out := make([]string, len(l))
	for i, p := range l {
		out[len(l)-1-i] = p.Name
	}
	return out
}

// msixVectors says whether a virtio proxy has MSI-X vectors (vectors is
// not 0: a machine's compat properties set it so for older types).
func msixVectors(d *qdev.Device) bool {
	v, ok := d.Prop("vectors")
	if !ok {
		return true
	}
	n, err := strconv.ParseInt(strings.Fields(v + " ")[0], 0, 64)
	return err != nil || n != 0
}
