package board

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/object"
	"hotpluglab/engine/pci"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
)

// addCheck runs check after any check the types already have.
func addCheck(check func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error, types ...string) {
	for _, t := range types {
		before := deviceChecks[t]
		deviceChecks[t] = func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
			if before != nil {
				if err := before(s, d, bus, vals); err != nil {
					return err
				}
			}
			return check(s, d, bus, vals)
		}
	}
}

// virtioProxies are the virtio PCI proxy types (each with -transitional
// and -non-transitional variants).
func virtioProxies(names ...string) []string {
	var out []string
	for _, n := range names {
		out = append(out, n, n+"-transitional", n+"-non-transitional")
	}
	return out
}

// Realize checks of devices real command lines use, each in the order
// its realize function runs them (messages measured on both releases).
func init() {
	// virtio_net_device_realize.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if duplex, ok := vals.str("duplex"); ok && duplex != "half" && duplex != "full" {
			return errors.New("'duplex' must be 'half' or 'full'")
		}
		if v, ok := vals.get("speed"); ok && int32(toU64(v)) < -1 {
			return errors.New("'speed' must be between 0 and INT_MAX")
		}
		powerOf2In := func(n, lo, hi uint64) bool { return n >= lo && n <= hi && n&(n-1) == 0 }
		if v, ok := vals.get("rx_queue_size"); ok && !powerOf2In(toU64(v), 256, 1024) {
			return fmt.Errorf("Invalid rx_queue_size (= %d), must be a power of 2 between 256 and 1024.", toU64(v))
		}
		txMax := uint64(s.M.Release().VirtioNetTxQueueMax)
		if v, ok := vals.get("tx_queue_size"); ok && !powerOf2In(toU64(v), 256, txMax) {
			return fmt.Errorf("Invalid tx_queue_size (= %d), must be a power of 2 between 256 and %d", toU64(v), txMax)
		} else if ok && toU64(v) > 256 {
			// virtio_net_max_tx_queue_size: 256 without a vhost-user or
			// vDPA peer (none simulated); the property keeps the minimum.
			switch v.(type) {
			case uint64:
				vals.set("tx_queue_size", uint64(256))
			case int64:
				vals.set("tx_queue_size", int64(256))
			}
		}
		// An unknown tx= is warned of, and error_printf's note after it
		// ends with no newline (the next message follows on its line).
		if tx, ok := vals.str("tx"); ok && tx != "timer" && tx != "bh" {
			s.warn(fmt.Sprintf("virtio-net: Unknown option tx=%s, valid options: \"timer\" \"bh\"\nDefaulting to \"bh\"", tx) + Unterminated)
		}
		return nil
	}, append(virtioProxies("virtio-net-pci"), "virtio-net-device")...)
	// scsi-disk.c's MAX_SERIAL_LEN and MAX_SERIAL_LEN_FOR_DEVID.
	const scsiSerialMax, scsiSerialMaxForDevID = 36, 20
	// scsi_realize: a SCSI disk with no device_id takes its serial's, else
	// its BlockBackend's name, which a drive has and a node's anonymous
	// backend has not (the command line's disks get theirs once the
	// drives are attached, cmdline's attachDrives).
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		_, given := vals.get("device_id")
		if serial, ok := vals.str("serial"); ok && s.M.Release().SCSISerialLimits {
			if len(serial) > scsiSerialMax {
				return fmt.Errorf("The serial number can't be longer than %d characters", scsiSerialMax)
			}
			if !given && len(serial) > scsiSerialMaxForDevID {
				return fmt.Errorf("The serial number can't be longer than %d characters when it is also used as the default for device_id", scsiSerialMaxForDevID)
			}
		}
		if given || !d.Hotplugged {
			return nil
		}
		if serial, ok := vals.str("serial"); ok {
			d.SetProp("device_id", `"`+serial+`"`)
			return nil
		}
		drive, ok := vals.str("drive")
		r, isReg := s.Backends.(interface{ DriveIsNode(string) bool })
		if ok && drive != "" && isReg && !r.DriveIsNode(drive) {
			d.SetProp("device_id", `"`+drive+`"`)
		}
		return nil
	}, "scsi-hd", "scsi-cd")
	// scsi_realize: a discard granularity not set is the logical block
	// size, at least 4 KiB (DEFAULT_DISCARD_GRANULARITY).
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if _, given := vals.get("discard_granularity"); given {
			return nil
		}
		if _, set := s.globalSize(d, "discard_granularity"); set {
			return nil
		}
		logical, ok := uint64(0), false
		if v, given := vals.get("logical_block_size"); given {
			logical, ok = toU64(v), true
		} else {
			logical, ok = s.globalSize(d, "logical_block_size")
		}
		if p, has := d.Type.Prop("discard_granularity"); has && ok && logical > 4096 {
			d.SetProp("discard_granularity", qtreeValue(p, logical))
		}
		return nil
	}, "scsi-hd", "scsi-cd")
	// virtio_rng_device_realize.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		// a value given or, failing that, a -global's
		get := func(k string) (any, bool) {
			if v, ok := vals.get(k); ok {
				return v, ok
			}
			return s.userGlobalValue(d, k)
		}
		if v, ok := get("period"); ok && toU64(v) == 0 {
			return errors.New("'period' parameter expects a positive integer")
		}
		v, ok := get("max-bytes")
		switch {
		case !ok:
		case s.M.Release().RNGMaxBytesPositive && (toU64(v) == 0 || toU64(v) > math.MaxInt64):
			return errors.New("'max-bytes' parameter must be positive, and less than 2^63")
		case toU64(v) > math.MaxInt64:
			return errors.New("'max-bytes' parameter must be non-negative, and less than 2^63")
		}
		if _, given := vals.get("rng"); !given {
			// the default backend is linked by its canonical path, which
			// an id with '/' (or "", both JSON -device's only) breaks
			own := d.Path + "/virtio-backend/default-backend"
			if d.Type.Name == "virtio-rng-device" {
				own = d.Path + "/default-backend"
			}
			if id, named := strings.CutPrefix(d.Path, "/machine/peripheral/"); named && (id == "" || strings.Contains(id, "/")) {
				return &AbortError{At: s.M.Release().ResolveLinkAbortAt, Msg: fmt.Sprintf("Device '%s' not found", own)}
			}
		}
		return nil
	}, append(virtioProxies("virtio-rng-pci"), "virtio-rng-device")...)
	// cirrus_init_common's RAM sizes.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if v, ok := vals.get("vgamem_mb"); ok && toU64(v) != 4 && toU64(v) != 8 && toU64(v) != 16 {
			return fmt.Errorf("Invalid cirrus_vga ram size '%d'", toU64(v))
		}
		return nil
	}, "cirrus-vga", "isa-cirrus-vga")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		v, ok := vals.get("vgamem")
		switch {
		case !ok:
		case toU64(v) < 4<<20:
			return errors.New("bochs-display: video memory too small")
		case toU64(v) > 256<<20:
			return errors.New("bochs-display: video memory too big")
		}
		// qemu_ram_alloc: an unplugged bochs-display at the same address
		// still holds the name (neverFinalized).
		if f := pci.Of(d); f != nil && s.leftRAM[vramBlock(bus, f)] {
			return &machine.Crash{Signal: 6, Stderr: fmt.Sprintf("RAMBlock \"%s\" already registered, abort!\n", vramBlock(bus, f))}
		}
		return nil
	}, "bochs-display")
	// A sound card's audio_init without audiodev= once -audiodev is given:
	// 7.2 takes the first one and says so on stderr, as the card; 10.0
	// refuses. With no -audiodev at all 10.0 finds no default driver
	// (release.AudioNoDefaultDriver); 7.2 probes the host's audio: not done.
	for card, types := range map[string][]string{"hda": {"hda-duplex", "hda-output", "hda-micro"}, "ac97": {"AC97"},
		"es1370": {"ES1370"}, "sb16": {"sb16"}, "usb-audio": {"usb-audio"}, "gus": {"gus"}, "cs4231a": {"cs4231a"},
		"adlib": {"adlib"}, "virtio-sound": {"virtio-sound-pci", "virtio-sound-device"}} {
		addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
			r, isReg := s.Backends.(*Registry)
			if _, ok := vals.get("audiodev"); ok || !isReg {
				return nil
			}
			if r.FirstAudiodev == "" {
				rel := s.M.Release()
				if rel.AudioNoDefaultDriver {
					return errors.New("no default audio driver available")
				}
				if p := rel.AudioHostProbe; p != nil && hdaVoices[d.Type.Name] != nil {
					if !s.hostAudio {
						s.hostAudio = true
						s.stderr = append(s.stderr, p.Modules)
					}
					for _, v := range hdaVoices[d.Type.Name] {
						failed := fmt.Sprintf(p.VoiceFailed, strings.ToUpper(v))
						s.stderr = append(s.stderr, failed, failed, fmt.Sprintf(rel.AudioVoiceFailed, v))
					}
				}
				return nil
			}
			if !s.M.Release().AudiodevDefaultDeprecated {
				return &HintError{Msg: "no default audio driver available",
					Hint: fmt.Sprintf("Perhaps you wanted to use -audio or set audiodev=%s?", r.FirstAudiodev)}
			}
			s.stderr = append(s.stderr, fmt.Sprintf("audio: Device %s: audiodev default parameter is deprecated, please specify audiodev=%s", card, r.FirstAudiodev))
			d.SetProp("audiodev", `"`+r.FirstAudiodev+`"`) // the card keeps the backend it took
			return nil
		}, types...)
	}
	// virtio_gpu_device_realize: blob resources need /dev/udmabuf, which
	// the simulated host (as the recording hosts) has not: udmabuf_fd
	// warns, then the release's refusal.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if b, _ := vals.get("blob"); b != true {
			return nil
		}
		s.warn("open /dev/udmabuf: No such file or directory")
		return errors.New(s.M.Release().VirtioGPUBlobError)
	}, "virtio-gpu-pci", "virtio-vga", "virtio-gpu-device")
	// pci_proxy_dev_realize: the fd is a number (no monitor names one at
	// start-up), and no descriptor the simulated process has is a socket.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		fd, ok := vals.str("fd")
		if !ok {
			return nil
		}
		n, err := strconv.ParseUint(fd, 10, 31)
		if err != nil {
			return fmt.Errorf("proxy: unable to parse fd %s: Invalid file descriptor number '%s'", fd, fd)
		}
		return fmt.Errorf("proxy: fd %d is not a socket", n)
	}, "x-pci-proxy-dev")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if v, ok := vals.get("aw-bits"); ok && toU64(v) != 39 && toU64(v) != 48 {
			return errors.New(s.M.Release().IntelIOMMUAWBitsError)
		}
		// vtd_decide_config: eim=on needs interrupt remapping (on unless
		// intremap=off under TCG), and on 7.2 KVM's split irqchip.
		if eim, _ := vals.str("eim"); eim == "on" {
			if ir, _ := vals.str("intremap"); ir == "off" {
				return errors.New("eim=on cannot be selected without intremap=on")
			}
			if s.M.Release().IntelIOMMUEIMNeedsKVM {
				return errors.New("eim=on requires accel=kvm,kernel-irqchip=split")
			}
		}
		return nil
	}, "intel-iommu")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if _, ok := vals.get("chardev"); !ok && vals.preset["chardev"] == "" { // the board's console has it preset
			return errors.New("chardev property not set")
		}
		return nil
	}, "spapr-vty")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		v, ok := vals.get("index")
		// spapr_phb_placement: 31 PHBs; pseries-2.7's legacy placement
		// (phb_placement_2_7) spaces 256 of them above RAM.
		maxIndex := uint64(30)
		if s.M.Type.VersionAtMost(2, 7) {
			maxIndex = 255
		}
		switch {
		case !ok || toU64(v) == math.MaxUint32:
			return errors.New(`"index" for PAPR PHB is mandatory`)
		case toU64(v) > maxIndex:
			return fmt.Errorf(`"index" for PAPR PHB is too large (max %d)`, maxIndex)
		}
		// spapr_phb_realize: one PHB per index (its BUID).
		index := toU64(v)
		taken := false
		s.Tree.Walk(func(o *qdev.Device) {
			if o != d && o.Type.Name == phbType && phbIndex(o) == index {
				taken = true
			}
		})
		if taken {
			return fmt.Errorf("PHB %d already attached", index)
		}
		// numa_node (-1, all ones, when not given) names a -numa node.
		if v, ok := vals.get("numa_node"); ok && toU64(v) != math.MaxUint32 && toU64(v) >= uint64(s.M.NUMANodes) {
			return errors.New("Invalid NUMA node ID for PCI host bridge")
		}
		if s.unpluggedPHBs[index] {
			// The unplugged PHB's TCE table keeps its LIOBN: QEMU
			// complains, then aborts undoing the new PHB's regions.
			return &machine.Crash{Reported: fmt.Sprintf("Attempted to create TCE table with duplicate LIOBN 0x%x\n", 0x80000000|index<<8),
				Stderr: fmt.Sprintf("%s: %s: memory_region_del_subregion: Assertion `subregion->container == mr' failed.\n",
					s.M.Target.Binary(), s.M.Release().MemoryRegionDelSubregionAssert), Signal: 6}
		}
		phbWindows(d, index)
		return nil
	}, phbType)
	// virtio_scsi_common_realize.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if v, ok := vals.get("num_queues"); ok && (toU64(v) == 0 || toU64(v) > 1024-2-1) {
			return fmt.Errorf("Invalid number of queues (= %d), must be a positive integer less than %d.", toU64(v), 1024-2)
		}
		if v, ok := vals.get("virtqueue_size"); ok && toU64(v) <= 2 {
			return fmt.Errorf("invalid virtqueue_size property (= %d), must be > 2", toU64(v))
		}
		return nil
	}, append(virtioProxies("virtio-scsi-pci"), "virtio-scsi-device")...)
	// virtio_blk_device_realize.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if v, ok := vals.get("queue-size"); ok {
			if n := toU64(v); n <= 2 {
				return fmt.Errorf("invalid queue-size property (%d), must be > 2", n)
			} else if n&(n-1) != 0 || n > 1024 {
				return fmt.Errorf("invalid queue-size property (%d), must be a power of 2 (max %d)", n, 1024)
			}
		}
		// One virtqueue per num-queues: virtio_add_queue abort()s, saying
		// nothing, once VIRTIO_QUEUE_MAX (1024) are taken (both releases).
		if v, ok := vals.get("num-queues"); ok && toU64(v) > 1024 && toU64(v) != 0xffff {
			return &machine.Crash{Signal: 6}
		}
		return nil
	}, append(virtioProxies("virtio-blk-pci"), "virtio-blk-device")...)
	// One fw_cfg file per pvpanic port; one vIOMMU on x86.
	for _, group := range [][]string{{"pvpanic"}, {"intel-iommu", "virtio-iommu-pci", "amd-iommu"}} {
		msg := "duplicate fw_cfg file name: etc/pvpanic-port"
		if group[0] == "intel-iommu" {
			msg = "QEMU does not support multiple vIOMMUs for x86 yet."
		}
		addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
			other := false
			s.Tree.Walk(func(c *qdev.Device) { other = other || c != d && slices.Contains(group, c.Type.Name) })
			if other {
				return errors.New(msg)
			}
			return nil
		}, group...)
	}
	// Properties a device cannot do without, each in its realize's words.
	for _, r := range []struct {
		prop, msg string
		types     []string
	}{
		{"fsdev", "9pfs device couldn't find fsdev with the id = NULL", append(virtioProxies("virtio-9p-pci"), "virtio-9p-device")},
		{"bmc", "IPMI device requires a bmc attribute to be set", []string{"isa-ipmi-bt", "isa-ipmi-kcs", "pci-ipmi-bt", "pci-ipmi-kcs"}},
		{"evdev", "evdev property is required", []string{"virtio-input-host-pci", "virtio-input-host-device"}},
		{"cryptodev", "'cryptodev' parameter expects a valid object", append(virtioProxies("virtio-crypto-pci"), "virtio-crypto-device")},
		{"chardev", "You must specify a 'chardev'", []string{"ivshmem-doorbell"}},
		{"memdev", "You must specify a 'memdev'", []string{"ivshmem-plain"}},
		{"drive", "No drive specified", []string{"ide-hd"}},
		{"drive", "drive property not set", []string{"usb-storage"}},
		{"chardev", "Can't create debugcon device, empty char device", []string{"isa-debugcon"}},
		{"tpmdev", "'tpmdev' property is required", []string{"tpm-spapr", "tpm-tis", "tpm-crb"}},
	} {
		addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
			if _, ok := vals.get(r.prop); !ok {
				return errors.New(r.msg)
			}
			return nil
		}, r.types...)
	}
	// ivshmem_common_realize maps the memdev as BAR 2, whose size
	// pci_register_bar asserts is a power of two.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		v, _ := vals.get("memdev")
		if size, ok := s.memdevSize(fmt.Sprint(v)); ok && size&(size-1) != 0 {
			return &machine.Crash{Stderr: fmt.Sprintf("%s: %s: pci_register_bar: Assertion `is_power_of_2(size)' failed.\n",
				s.M.Target.Binary(), s.M.Release().PCIRegisterBARAssert), Signal: 6}
		}
		return nil
	}, "ivshmem-plain")
	// v9fs_device_realize_common: the fsdev, then its tag.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		id, ok := vals.str("fsdev")
		r, isReg := s.Backends.(*Registry)
		if !ok || !isReg {
			return nil
		}
		if !r.Fsdevs[id] {
			return fmt.Errorf("9pfs device couldn't find fsdev with the id = %s", id)
		}
		if _, ok := vals.get("mount_tag"); !ok {
			return fmt.Errorf("fsdev with id %s needs mount_tag arguments", id)
		}
		return nil
	}, append(virtioProxies("virtio-9p-pci"), "virtio-9p-device")...)
	// virtio-pmem: 10.0's machine pre_plug wants a device memory region
	// before the device looks at its memdev, 7.2's memory_device_pre_plug
	// after (virtio-mem: virtioMemPrePlug); the device then maps its
	// backend, which no other device can take.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		noRegion := s.M.MaxRAMBytes <= s.M.RAMBytes
		if s.M.Release().VirtioMDPrePlug && noRegion {
			return errors.New("the configuration is not prepared for memory devices (e.g., for memory hotplug), consider specifying the maxmem option")
		}
		v, ok := vals.get("memdev")
		if !ok {
			return errors.New("'memdev' property must be set")
		}
		// x86's machine handles virtio-pmem as a memory device (pseries'
		// does not: a plain PCI device there)
		x86 := s.M.Type.Family == machinetype.PC || s.M.Type.Family == machinetype.Q35
		if noRegion && x86 { // memory_device_check_addable, once it has the region
			return errors.New("memory devices (e.g. for memory hotplug) are not enabled, please specify the maxmem option")
		}
		id := fmt.Sprint(v)
		addr, size, err := s.virtioPMEMPrePlug(vals)
		if err != nil && x86 {
			return err
		}
		if object.Claimed(s.M, id) { // virtio_pmem_realize
			return fmt.Errorf("can't use already busy memdev: %s", id)
		}
		object.Claim(s.M, id)
		if x86 {
			s.pmems = append(s.pmems, &DIMM{Dev: d, Slot: -1, Addr: addr, Size: size, Memdev: id, Hotplugged: d.Hotplugged, VirtioPMEM: true})
			d.SetProp("memaddr", fmt.Sprintf("%d (0x%x)", addr, addr))
		}
		return nil
	}, "virtio-pmem-pci")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		return s.virtioMemRealizeError(vals)
	}, "virtio-mem-pci")
	// nvme_check_params: the queue pairs, the MSI-X table, then the serial.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if v, ok := vals.get("max_ioqpairs"); ok && (toU64(v) == 0 || toU64(v) > 65535) {
			return errors.New("max_ioqpairs must be between 1 and 65535")
		}
		// then the MSI-X table's size (PCI_MSIX_FLAGS_QSIZE + 1 entries at most)
		if v, ok := vals.get("msix_qsize"); ok && (toU64(v) == 0 || toU64(v) > msixMaxEntries) {
			return fmt.Errorf("msix_qsize must be between 1 and %d", msixMaxEntries)
		}
		if _, ok := vals.get("serial"); !ok {
			return errors.New("serial property not set")
		}
		return nil
	}, "nvme")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if v, ok := vals.get("max_outputs"); ok && toU64(v) > 16 {
			return errors.New("invalid max_outputs > 16")
		}
		return nil
	}, append(append(virtioProxies("virtio-gpu-pci"), "virtio-vga", "virtio-gpu-device"), virtioProxies("virtio-gpu-gl-pci")...)...)
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		p, ok := vals.str("evdev")
		if ok && (s.Host == nil || !strings.HasPrefix(p, "/dev/input/")) {
			if s.Host == nil {
				return fmt.Errorf("Could not open '%s': No such file or directory", p)
			}
			if _, found := s.Host.Lookup(p); !found {
				return fmt.Errorf("Could not open '%s': No such file or directory", p)
			}
		}
		return nil
	}, "virtio-input-host-pci", "virtio-input-host-device")
	// vfio: the simulated host has no PCI device to pass through, so the
	// device's sysfs directory (sysfsdev=, else host='s) is never there.
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		path, ok := vals.str("sysfsdev")
		if !ok {
			host, given := vals.str("host")
			if !given {
				return &HintError{Msg: "No provided host device", Hint: s.M.Release().VFIOHostHint}
			}
			name, _ := parsePCIHostAddr(host)
			path = "/sys/bus/pci/devices/" + name
		}
		return fmt.Errorf("vfio %s: no such host device: No such file or directory", path)
	}, "vfio-pci")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		// pxb_dev_realize_common: a NUMA node the machine has.
		if v, ok := vals.get("numa_node"); ok && toU64(v) != 128 && toU64(v) >= uint64(s.M.NUMANodes) {
			return fmt.Errorf("Illegal numa node %d", toU64(v))
		}
		return nil
	}, "pxb", "pxb-pcie")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		// Its pci-bridge takes bus_nr as its chassis (addPXBHost).
		if v, _ := vals.get("bus_nr"); toU64(v) == 0 {
			return errors.New("Bridge chassis not specified. Each bridge is required to be assigned a unique chassis id > 0.")
		}
		return nil
	}, "pxb")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if bus != nil && bus.Type == "PCI" {
			return errors.New("pxb-pcie devices cannot reside on a PCI bus")
		}
		return nil
	}, "pxb-pcie")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		if !s.M.IsSPAPR() && s.takesDIMMs() {
			if err := s.x86MemoryHotplugOff(); err != nil {
				return err
			}
		}
		// -machine's bool words: y counts as on (measured on both releases).
		if on, _ := qemuopts.ParseBool(s.M.Props["nvdimm"]); !s.M.IsSPAPR() && !on {
			return errors.New("nvdimm is not enabled: missing 'nvdimm' in '-M'")
		}
		if s.M.IsSPAPR() {
			if _, ok := vals.get("memdev"); ok {
				if err := s.spaprNVDIMMValidate(d, vals); err != nil {
					return err
				}
			}
			return s.dimmPrePlug(d, vals)
		}
		if !s.takesDIMMs() {
			return nil
		}
		// nvdimm_prepare_memory_region, when pc_dimm_pre_plug asks for the
		// memory region: a read-only backend needs unarmed=on.
		if id, ok := vals.str("memdev"); ok {
			unarmed, _ := vals.get("unarmed")
			for _, o := range object.Of(s.M) {
				if o.ID == id && unarmed != true {
					if ro, _ := qemuopts.ParseBool(o.Props["readonly"]); ro {
						return fmt.Errorf("'unarmed' property must be 'on' since memdev %s is read-only", id)
					}
				}
			}
		}
		return s.dimmPrePlug(d, vals) // then pc_dimm_pre_plug, as a pc-dimm's
	}, "nvdimm", "spapr-nvdimm")
	addCheck(func(s *State, d *qdev.Device, bus *qdev.Bus, vals *values) error {
		// applesmc_isa_realize: a key of any length but 64 (a pasted
		// osk="..." keeps its quotes) is replaced by the default one
		if osk, ok := vals.str("osk"); !ok || len(osk) != 64 {
			s.warn("Using AppleSMC with invalid key")
		}
		return nil
	}, "isa-applesmc")
}

// virtioModernLegacyError is virtio_pci_realize's check, before the device
// inside is made: a proxy must speak one of the two interfaces.
func (s *State) virtioModernLegacyError(d *qdev.Device, bus *qdev.Bus, vals *values) error {
	if !d.Type.Implements("virtio-pci") {
		return nil
	}
	legacy, _ := vals.str("disable-legacy")
	if modernOff, _ := vals.get("disable-modern"); modernOff == true && legacy == "on" {
		return &HintError{Msg: "device cannot work as neither modern nor legacy mode is enabled",
			Hint: "Set either disable-modern or disable-legacy to off"}
	}
	// virtio_pci_device_plugged: a device that speaks legacy (disable-legacy
	// off, or auto outside a PCIe port) cannot offer an IOMMU platform.
	behindPort := bus != nil && bus.Type == "PCIE" && !isRootBus(s, bus)
	speaksLegacy := legacy == "off" || legacy != "on" && !behindPort
	if iommu, _ := vals.get("iommu_platform"); iommu == true && speaksLegacy {
		return errors.New("VIRTIO_F_IOMMU_PLATFORM was supported by neither legacy nor transitional device")
	}
	return nil
}

// blockSizeError is the block size properties' setter (every power of two
// refused in the release's words), then blkconf_blocksizes' checks on the
// values the device holds (given, or from a -global): IDE's own
// discard_granularity first and its 512-byte sectors last (ide_dev_initfn).
func (s *State) blockSizeError(d *qdev.Device, vals *values) error {
	for _, k := range []string{"logical_block_size", "physical_block_size"} {
		v, ok := vals.get(k)
		if !ok {
			continue
		}
		if n := toU64(v); n != 0 && (n < 512 || n > 2<<20) {
			return fmt.Errorf(s.M.Release().BlockSizeOutOfRange, k, n)
		} else if n&(n-1) != 0 {
			return fmt.Errorf(s.M.Release().BlockSizeNotPowerOf2, k, n)
		}
	}
	if _, ok := d.Type.Prop("logical_block_size"); !ok {
		return nil
	}
	held := func(k string) (uint64, bool) {
		if v, ok := vals.get(k); ok {
			return toU64(v), true
		}
		return s.globalSize(d, k)
	}
	ide := d.Type.Name == "ide-hd" || d.Type.Name == "ide-cd"
	discard, discardSet := held("discard_granularity")
	if ide {
		if !discardSet {
			discard, discardSet = 512, true
		} else if discard != 0 && discard != 512 {
			return errors.New("discard_granularity must be 512 for ide")
		}
	}
	// a size not given is the backend's, 512 for the drives the simulated
	// host has and for none (measured: null-co, an empty scsi-cd).
	logical, lset := held("logical_block_size")
	physical, _ := held("physical_block_size")
	if !lset || logical == 0 {
		logical = 512
	}
	if lset && logical > max(physical, 512) {
		return errors.New("logical_block_size > physical_block_size not supported")
	}
	for _, k := range []string{"min_io_size", "opt_io_size"} {
		if n, _ := held(k); n%logical != 0 {
			return fmt.Errorf("%s must be a multiple of logical_block_size", k)
		}
	}
	if discardSet && discard != 1<<32-1 && discard%logical != 0 {
		return errors.New("discard_granularity must be a multiple of logical_block_size")
	}
	if ide && logical != 512 {
		return errors.New("logical_block_size must be 512 for IDE")
	}
	return nil
}

// globalSize is size property k as d holds it when a -global set it on
// d's type (or one it implements): what the global left, or what the
// board set over it.
func (s *State) globalSize(d *qdev.Device, k string) (uint64, bool) {
	for _, g := range s.userGlobals {
		if g.Property == k && d.Type.Implements(g.Type) {
			v, _ := d.Prop(k)
			n, err := strconv.ParseUint(strings.Fields(v + " x")[0], 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}

// romfileError is pci_add_option_rom's for a device with a ROM BAR: a
// ROM file given by path must be on the host, a bare name in QEMU's
// firmware directories (the release's FirmwareFiles).
func (s *State) romfileError(d *qdev.Device, vals *values) error {
	f, ok := vals.str("romfile")
	if bar, _ := d.Prop("rombar"); !ok || f == "" || strings.HasPrefix(bar, "0 ") {
		return nil
	}
	found := false
	if strings.Contains(f, "/") {
		if s.Host == nil {
			return nil
		}
		_, found = s.Host.Lookup(f)
	} else {
		_, found = s.M.Release().FirmwareFiles[f]
	}
	if !found {
		return fmt.Errorf("failed to find romfile \"%s\"", f)
	}
	return nil
}

// spaprNVDIMMValidate is spapr_nvdimm_validate (spapr_memory_pre_plug's
// for an NVDIMM): nvdimm on (pseries' default), a label, a size net of the
// label in whole SCM blocks, a UUID, for spapr-nvdimm a backend with a file.
func (s *State) spaprNVDIMMValidate(d *qdev.Device, vals *values) error {
	// spapr_memory_pre_plug reads the region's size first:
	// nvdimm_prepare_memory_region wants room for the label and some
	// PMEM aligned to the RAM block's alignment (2 MiB on this host).
	memdev, _ := vals.get("memdev")
	v, _ := vals.get("label-size")
	label := toU64(v)
	const align = 2 << 20
	if size, ok := s.memdevSize(fmt.Sprint(memdev)); ok && (size <= label || (size-label)/align == 0) {
		return fmt.Errorf("the size of memdev %s (0x%x) is too small to contain nvdimm label (0x%x) and aligned PMEM (0x%x)", memdev, size, label, align)
	}
	if on, given := qemuopts.ParseBool(s.M.Props["nvdimm"]); given && !on {
		return errors.New("nvdimm device found but 'nvdimm=off' was set")
	}
	if label == 0 {
		return errors.New("PAPR requires NVDIMM devices to have label-size set")
	}
	if size, ok := s.memdevSize(fmt.Sprint(memdev)); ok && (size-label)%spaprLMBSize != 0 {
		return fmt.Errorf("PAPR requires NVDIMM memory size (excluding label) to be a multiple of %dMB", spaprLMBSize>>20)
	}
	if u, given := vals.get("uuid"); !given || strings.Trim(fmt.Sprint(u), "0-") == "" { // the null UUID
		return errors.New("NVDIMM device requires the uuid to be set")
	}
	// spapr-nvdimm flushes through its backend's file descriptor: RAM has
	// none (a file's and memfd's do).
	if b, ok := s.memdev(fmt.Sprint(memdev)); ok && d.Type.Name == "spapr-nvdimm" && b.Type == "memory-backend-ram" {
		return fmt.Errorf("spapr-nvdimm device requires the memdev %s to be of memory-backend-file type", memdev)
	}
	return nil
}

// isaIRQAssert is isa_get_irq's assertion: an ISA device given an IRQ
// past 15 (-1, all ones, is "unset" and takes the default) aborts QEMU
// (measured on both releases: isa-serial, ne2k_isa).
func (s *State) isaIRQAssert(vals *values) error {
	if v, ok := vals.get("irq"); ok && uint32(toU64(v)) != math.MaxUint32 && toU64(v) >= 16 {
		return &machine.Crash{Signal: 6, Stderr: fmt.Sprintf("%s: %s\n", s.M.Target.Binary(), s.M.Release().ISAIRQAssertion)}
	}
	return nil
}

// hdaVoices are the voices an HDA codec opens at realize (hda_audio_init:
// its streams' nodes, output then input).
var hdaVoices = map[string][]string{"hda-duplex": {"dac", "adc"}, "hda-micro": {"dac", "adc"}, "hda-output": {"dac"}}
