package release

// V7_2 is QEMU 7.2 as Debian 12 "bookworm" ships it (7.2.0 plus the stable
// patches up to 7.2.22).
var V7_2 = &Release{
	Name: "7.2", Major: 7, Minor: 2, Micro: 22,
	Package:                       "1:7.2+dfsg-7+deb12u18+b3",
	ChardevInUse:                  "Device '%s' is in use",
	OptionROMMissing:              "Could not open option rom '%s': No such file or directory",
	BalloonStats:                  []string{"stat-swap-in", "stat-swap-out", "stat-major-faults", "stat-minor-faults", "stat-free-memory", "stat-total-memory", "stat-available-memory", "stat-disk-caches", "stat-htlb-pgalloc", "stat-htlb-pgfail"},
	ChardevMuxAlwaysBusy:          true,
	ChardevMuxHotswap:             "Mux device hotswap not supported yet",
	DisplayGLUnsupported:          "OpenGL is not supported by the display",
	MigrationProtocols:            []string{"tcp:", "unix:", "vsock:", "rdma:", "exec:", "fd:"},
	MigrationSetupEventFirst:      true,
	MigrateBadProtocol:            "Parameter 'uri' expects a valid migration protocol",
	ChardevAliases:                true,
	NetSocketBadFD:                "{id}: Can't use file descriptor {fd}: Bad file descriptor",
	NetClientSetupAssert:          "../../net/net.c:274",
	VirtioNetTxQueueMax:           1024,
	MaxFWSizeTooLarge:             "User specified max allowed firmware size %d is greater than 16MiB. If combined firwmare size exceeds 16MiB the system may not boot, or experience intermittentstability issues.",
	BlockSizeNotPowerOf2:          "Property .%[1]s doesn't take value '%[2]d', it's not a power of 2",
	BlockSizeOutOfRange:           "Property .%[1]s doesn't take value %[2]d (minimum: 512, maximum: 2097152)",
	ISAIRQAssertion:               "../../hw/isa/isa-bus.c:85: isa_get_irq: Assertion `isairq < ISA_NUM_IRQS' failed.",
	VirtioMemBlockSize:            2 << 20,
	MissingModuleTypes:            map[string]string{"virtio-gpu-gl-pci": "virtio-gpu-gl-device", "virtio-vga-gl": "virtio-gpu-gl-device"},
	SPAPRHcallAssertion:           "../../hw/ppc/spapr_hcall.c:1460: spapr_register_hypercall: Assertion `!(*slot)' failed.",
	VirtioMemInaccessibleAutoUpTo: [2]int{1 << 30, 0},
	VFIOHostHint:                  "Use -device vfio-pci,host=DDDD:BB:DD.F or -device vfio-pci,sysfsdev=PATH_TO_DEVICE",
	IntelIOMMUAWBitsError:         "Supported values for aw-bits are: 39, 48",
	ReadonlyBackingDirError:       "unable to map backing store for guest RAM: No such device",
	IntelIOMMUEIMNeedsKVM:         true,
	AudiodevDefaultDeprecated:     true,
	SizeAbortAt:                   "parse_option_size() at ../../util/qemu-option.c:145",
	SizeInvalidAbortAt:            "parse_option_size() at ../../util/qemu-option.c:145",
	ResolveLinkAbortAt:            "object_resolve_link() at ../../qom/object.c:1856",
	SizeAbortError:                "Parameter 'size' expects a non-negative number below 2^64",
	Accelerators:                  map[string][]string{"x86_64": {"tcg", "kvm"}, "ppc64": {"tcg"}},
	AudiodevDrivers:               []string{"none", "alsa", "coreaudio", "dbus", "dsound", "jack", "oss", "pa", "sdl", "sndio", "spice", "wav"},
	AudioUnknownDriver:            "audio: Unknown audio driver `%s'",
	AudioDriverInitFailed:         "audio: Could not init `%s' audio driver",
	SpiceCompiledVersion:          "0.15.1",
	VirtioGPUBlobError:            "cannot enable blob resources without udmabuf",
	AudioHostProbe:                &AudioHostProbe{Modules: alsaModules, VoiceFailed: alsaVoiceFailed},
	SCSILegacyDiskProps:           []string{"share-rw", "rerror", "werror"},
	AudioVoiceFailed:              "audio: Failed to create voice `%s'",
	SoundCards:                    []string{"ac97", "adlib", "cs4231a", "es1370", "gus", "hda", "sb16"},
	QOMRoot:                       []string{"chardevs", "machine", "objects"},
	BalloonTarget:                 "target",
	RemovedOptions:                map[string]bool{"run-with": true}, // 8.1's
	dir:                           "7.2",

	SMPKeys:        []string{"cpus", "sockets", "dies", "clusters", "cores", "threads", "maxcpus"},
	SMPLevelChecks: []string{"dies", "clusters"},
	SMPLevelError:  "%s not supported by this machine's CPU topology",
	X86SMPLevels:   []string{"dies"},

	AMDHyperthreadingWarning: "This family of AMD CPU doesn't support hyperthreading(%d)\nPlease configure -smp options properly or try enabling topoext feature.",
	DeprecatedMachineReason:  "old and unattended - use a newer version instead",

	SPAPRTCGMaxThreads:   1,
	SPAPRTCGThreadsError: "TCG cannot support more than %d thread/core on a pseries machine",

	DefaultSDCardDrive:      true,
	SMBIOSType41NeedsDevice: true,

	HypervVPIndexNeedsKVM: true,

	FinalizeAtDrain:        true,
	DeviceAddDrainsRCU:     true,
	ResetDrainsBeforeEvent: true,

	DeviceDelNotDevice:   "%s is not a hotpluggable device",
	UnplugBuslessAsserts: true,

	QueryStatusSinglestep: true,

	MicrovmBIOSSize: 0x10000,
	FirmwareFiles: map[string]uint32{
		"bios-256k.bin":             262144,
		"bios-microvm.bin":          65536,
		"bios.bin":                  131072,
		"efi-e1000.rom":             249856,
		"efi-e1000e.rom":            249856,
		"efi-eepro100.rom":          247808,
		"efi-ne2k_pci.rom":          245760,
		"efi-pcnet.rom":             246272,
		"efi-rtl8139.rom":           249856,
		"efi-virtio.rom":            249344,
		"efi-vmxnet3.rom":           243712,
		"kvmvapic.bin":              9216,
		"linuxboot.bin":             1024,
		"linuxboot_dma.bin":         1536,
		"multiboot.bin":             1024,
		"multiboot_dma.bin":         1024,
		"pvh.bin":                   1536,
		"pxe-e1000.rom":             75264,
		"pxe-e1000e.rom":            75264,
		"pxe-eepro100.rom":          75264,
		"pxe-ne2k_pci.rom":          74752,
		"pxe-pcnet.rom":             74752,
		"pxe-rtl8139.rom":           75776,
		"pxe-virtio.rom":            75776,
		"pxe-vmxnet3.rom":           74240,
		"qboot.rom":                 65536,
		"sgabios.bin":               4096,
		"skiboot.lid":               2527240,
		"slof.bin":                  996688,
		"vgabios-ati.bin":           39936,
		"vgabios-bochs-display.bin": 28672,
		"vgabios-cirrus.bin":        39424,
		"vgabios-isavga.bin":        39424,
		"vgabios-qxl.bin":           39936,
		"vgabios-ramfb.bin":         29184,
		"vgabios-stdvga.bin":        39936,
		"vgabios-virtio.bin":        39936,
		"vgabios-vmware.bin":        39936,
		"vgabios.bin":               39424,
		"vof.bin":                   3488,
	},
	PCIDeviceClassProps:       []string{"addr", "romfile", "romsize", "rombar", "multifunction", "x-pcie-lnksta-dllla", "x-pcie-extcap-init", "failover_pair_id", "acpi-index"},
	DumpOpenVerb:              "open",
	DumpProtocolError:         "Invalid parameter 'protocol'",
	CirrusVGABIOSSize:         0x9a00,
	XenLoadOpenError:          "Unable to open %s: %s",
	VirtioStatusNotDevice:     "Path %s is not a VirtIODevice",
	DumpDTBNoFDT:              "This machine doesn't have a FDT",
	DumpDTBNoFDTHint:          "",
	DumpDTBDone:               "info: dtb dumped to %s",
	WavcaptureNoAudiodev:      "Audiodev '%s' not found",
	TransactionGroupedRefusal: "Action '%s' does not support Transaction property completion-mode = %s",
	MigrationParams:           migrationParams72,
	MigrationCapChecks:        migrationCapChecks72,

	NoCPUHotplugError: "The feature 'query-hotpluggable-cpus' is not enabled",

	PIIX4LegacyAssert:              "../../hw/acpi/piix4.c:549",
	MemoryRegionDelSubregionAssert: "../../softmmu/memory.c:2642",
	DirtyBitmapSIGSEGVX86:          true,
	SPAPRReleasedCoreResetSIGSEGV:  true,
	SPAPRReleasedCoreAddSIGSEGV:    []string{"virtio-rng-pci"},
	NoNMIProvider:                  "this feature or command is not currently supported",
	FindRAMOffsetAssert:            "../../softmmu/physmem.c:1616",
	PCIRegisterBARAssert:           "../../hw/pci/pci.c:1240",
	VirtioPMEMUnplugRefusal:        "virtio based memory devices cannot be unplugged.",
	VisitStartAlternateAssert:      "../../qapi/qapi-visit-core.c:116",
	ICH9LegacyAssert:               "../../hw/acpi/ich9.c:385",

	// pseries-7.2 (testdata/oracle/README.md: 3232 cores start, 3233 do not).
	SPAPRFDT: FDT{
		Models: map[string][2]int{"970": {13641, 404}, "power5+": {13617, 388}, "power7": {13828, 520},
			"power8": {13848, 540}, "power9": {13978, 624}, "power10": {13978, 624}},
		Tail: []FDTCall{
			{356, `fdt_setprop_cell(fdt, chosen, "qemu,graphic-height", graphic_height)`},
			{664, `fdt_setprop_cell(fdt, chosen, "qemu,graphic-width", graphic_width)`},
			{1938, `fdt_setprop_cell(fdt, rtas, call->name, i + RTAS_TOKEN_BASE)`},
			{2260, `fdt_setprop(fdt, rtas, "ibm,associativity-reference-points", refpoints, nr_refpoints * sizeof(refpoints[0]))`},
			{2600, `fdt_setprop(fdt, rtas, "qemu,hypertas-functions", qemu_hypertas->str, qemu_hypertas->len)`},
		},
		CPUNode: "offset",
	},

	TraceVCPU: true,

	SPAPRResets: map[string]SPAPRReset{"power8": {0, 0x6c000000, "4294967295", 0x1f008, true}, "power9": {0, 0x6c000000, "4294967295", 0x3f008, false},
		"power10": {0, 0x6c000000, "4294967295", 0x3f008, false}},
	SPAPRCRLine: "CR 00000000  [ -  -  -  -  -  -  -  -  ]             RES ffffffffffffffff",
	X86AutoLevelWords: []string{"1/-:EDX", "1/-:ECX", "6/-:EAX", "7/0:ECX", "7/1:EAX", "80000001/-:EDX", "80000001/-:ECX",
		"80000007/-:EDX", "80000008/-:EBX", "C0000001/-:EDX", "D/1:EAX"},
	X86FeatureDeps: [][2]string{{"MSR(10AH)", "arch-capabilities"}, {"MSR(CFH)", "core-capability"}, {"MSR(345H)", "pdcm"},
		{"MSR(48EH)", "vmx"}, {"MSR(48DH)", "vmx"}, {"MSR(48FH)", "vmx"}, {"MSR(490H)", "vmx"}, {"MSR(485H)", "vmx"}, {"MSR(480H)", "vmx"},
		{"MSR(490H)/9-9", "lm"}, {"MSR(48BH)", "vmx-secondary-ctls"}, {"MSR(48BH)/20-20", "xsaves"}, {"MSR(48BH)/11-11", "rdrand"},
		{"MSR(48BH)/12-12", "invpcid"}, {"MSR(48FH)/23-23", "mpx"}, {"MSR(490H)/16-16", "mpx"}, {"MSR(48BH)/16-16", "rdseed"},
		{"14/0:ECX", "intel-pt"}, {"MSR(48BH)/3-3", "rdtscp"}, {"MSR(48CH)/0-31", "vmx-ept"}, {"MSR(48BH)/7-7", "vmx-ept"},
		{"MSR(48CH)/32-63", "vmx-vpid"}, {"MSR(491H)", "vmx-vmfunc"}, {"8000000A/-:EDX", "svm"}},
	// machine_initfn's (its containers first), pc_machine_initfn's (flash,
	// PC speaker alias, cxl), qemu_create_machine's unattached, NUMA's RAM
	// container, pc_memory_init's, the PCI host and its SMRAM link, the
	// RTC's alias, the ACPI device link, pc_cmos_init's rtc_state link,
	// NVDIMM's ACPI I/O region.
	X86MachineQOM: []string{"peripheral", "peripheral-anon", "nvdimm", "nvdimm-persistence", "hmat", "system.flash0", "pflash0",
		"system.flash1", "pflash1", "pcspk-audiodev", "cxl", "cxl-fmw", "unattached", "pc.ram[0]", "device-memory[0]",
		"cxl_host_reg[0]", "-pflash0", "-system.flash0", "-pflash1", "-system.flash1", "fw_cfg", "i440fx@pc", "q35@q35", "smram",
		"rtc-time", "acpi-device", "rtc_state", "nvdimm-acpi-io[0]"},
	SPAPRMachineQOM: []string{"resize-hpt", "peripheral-anon", "nvdimm", "nvdimm-persistence", "hmat",
		"modern-hotplug-events", "peripheral", "vsmt", "max-cpu-compat", "ic-mode", "kvm-type", "host-model",
		"host-serial", "vfio-no-msix-emulation", "kernel-addr", "x-vof", "unattached", "ics",
		"dr-connector[268435456]", "rtc", "dr-connector[536870912]", "wdt1"},
	X86VendorLength: "Property '.vendor' doesn't take value '%s'",
	PCNonQdevGPIOs:  map[[2]bool]int{{true, true}: 28, {false, true}: 9, {true, false}: 27, {false, false}: 7},

	// error_abort in qemu_chr_fe_init, as this build reports it
	ChardevInUseAbortAt: "qemu_chr_fe_init() at ../../chardev/char-fe.c:220",
	// machine_class_init, x86_machine_class_init, pc_machine_class_init
	// (device-memory-region-size has no setter: -machine help leaves it
	// out); machine_initfn, then pc_machine_initfn (its flash devices and
	// their aliases, the PC speaker's audiodev alias, CXL). Measured with
	// qom-list-properties pc-q35-7.2-machine.
	PCMachineClassTables: [][]string{
		{"kernel", "initrd", "append", "dtb", "dumpdtb", "phandle-start", "dt-compatible", "dump-guest-core", "mem-merge",
			"usb", "graphics", "firmware", "suppress-vmdesc", "memory-encryption", "confidential-guest-support",
			"memory-backend", "smp", "boot", "memory"},
		{"smm", "acpi", "pit", "pic", "x-oem-id", "x-oem-table-id", "bus-lock-ratelimit", "sgx-epc"},
		{"device-memory-region-size:int", "max-ram-below-4g", "vmport", "smbus", "sata", "hpet", "i8042",
			"smbios-entry-point-type", "default-bus-bypass-iommu", "max-fw-size"},
	},
	PreconfigMachineContainers: []string{"unattached"},
	PCMachineInstanceProps: []ClassProp{
		{"peripheral", "child<container>", ""}, {"peripheral-anon", "child<container>", ""},
		{"nvdimm", "bool", "Set on/off to enable/disable NVDIMM instantiation"},
		{"nvdimm-persistence", "string", "Set NVDIMM persistenceValid values are cpu, mem-ctrl"},
		{"hmat", "bool", "Set on/off to enable/disable ACPI Heterogeneous Memory Attribute Table (HMAT)"},
		{"system.flash0", "child<cfi.pflash01>", ""}, {"pflash0", "str", "Node name or ID of a block device to use as a backend"},
		{"system.flash1", "child<cfi.pflash01>", ""}, {"pflash1", "str", "Node name or ID of a block device to use as a backend"},
		{"pcspk-audiodev", "str", "ID of an audiodev to use as a backend"},
		{"cxl", "bool", "Set on/off to enable/disable CXL instantiation"},
		{"cxl-fmw", "CXLFixedMemoryWindow", "CXL Fixed Memory Windows (array)"},
	},
}

// What 7.2's default audio probe printed on the recording host (Debian
// bookworm, no sound card, no PulseAudio/JACK/SDL modules installed).
const (
	alsaModules = "qemu: module audio-audio-pa not found, do you want to install qemu-system-gui package?\n" +
		"qemu: module audio-audio-jack not found, do you want to install qemu-system-gui package?\n" +
		"qemu: module audio-audio-sdl not found, do you want to install qemu-system-gui package?\n" +
		"qemu: module audio-audio-pa not found, do you want to install qemu-system-gui package?"
	alsaVoiceFailed = "ALSA lib confmisc.c:855:(parse_card) cannot find card '0'\n" +
		"ALSA lib conf.c:5180:(_snd_config_evaluate) function snd_func_card_inum returned error: No such file or directory\n" +
		"ALSA lib confmisc.c:422:(snd_func_concat) error evaluating strings\n" +
		"ALSA lib conf.c:5180:(_snd_config_evaluate) function snd_func_concat returned error: No such file or directory\n" +
		"ALSA lib confmisc.c:1334:(snd_func_refer) error evaluating name\n" +
		"ALSA lib conf.c:5180:(_snd_config_evaluate) function snd_func_refer returned error: No such file or directory\n" +
		"ALSA lib conf.c:5703:(snd_config_expand) Evaluate error: No such file or directory\n" +
		"ALSA lib pcm.c:2666:(snd_pcm_open_noupdate) Unknown PCM default\n" +
		"alsa: Could not initialize %s\n" +
		"alsa: Failed to open `default':\n" +
		"alsa: Reason: No such file or directory"
)
