package release

// V10_0 is QEMU 10.0 as Debian 13 "trixie" ships it (10.0.13).
var V10_0 = &Release{
	Name: "10.0", Major: 10, Minor: 0, Micro: 13,
	Package:              "1:10.0.13+ds-0+deb13u1",
	ChardevInUse:         "chardev '%s' is already in use",
	BalloonStats:         []string{"stat-swap-in", "stat-swap-out", "stat-major-faults", "stat-minor-faults", "stat-free-memory", "stat-total-memory", "stat-available-memory", "stat-disk-caches", "stat-htlb-pgalloc", "stat-htlb-pgfail", "stat-oom-kills", "stat-alloc-stalls", "stat-async-scans", "stat-direct-scans", "stat-async-reclaims", "stat-direct-reclaims"},
	ChardevMuxHotswap:    "For mux or hub device hotswap is not supported yet",
	NetSocketBadFD:       "can't get socket option SO_TYPE",
	NetClientSetupAssert: "net/net.c:280",
	MemLockValues:        []string{"on", "off", "on-fault"},
	SizeAbortAt:          "parse_option_size() at util/qemu-option.c:140",
	ResolveLinkAbortAt:   "object_resolve_link() at qom/object.c:1927",
	SizeAbortError:       "Value '%s' is out of range for parameter 'size'",
	NetStreamListening:   "listening",
	AudiodevNotFound:     "audiodev '%s' not found",
	AudiodevDrivers:      []string{"none", "alsa", "dbus", "jack", "oss", "pa", "pipewire", "sdl", "spice", "wav"},
	AudioUnknownDriver:   "Unknown audio driver `%s'. Perhaps you want to install qemu-system-gui package?",
	SoundCards:           []string{"ac97", "adlib", "cs4231a", "es1370", "gus", "hda", "sb16", "virtio"},
	AudioModelOptional:   true,
	MemLockError:         "parameter 'mem-lock' expects one of 'on', 'off', 'on-fault'",
	RemovedOptions: map[string]bool{"no-hpet": true, "no-acpi": true, "chroot": true, "runas": true, "async-teardown": true,
		"singlestep": true, "portrait": true, "rotate": true},
	QOMRoot:       []string{"chardevs", "objects", "machine", "backend"},
	BalloonTarget: "value",
	dir:           "10.0",

	SMPKeys:        []string{"cpus", "drawers", "books", "sockets", "dies", "clusters", "modules", "cores", "threads", "maxcpus"},
	SMPZeroIsError: true,
	SMPLevelChecks: []string{"modules", "clusters", "dies", "books", "drawers"},
	SMPLevelError:  "%s > 1 not supported by this machine's CPU topology",
	X86SMPLevels:   []string{"dies", "modules"},

	AMDHyperthreadingWarning:  "This family of AMD CPU doesn't support hyperthreading(%d). Please configure -smp options properly or try enabling topoext feature.",
	DeprecatedMachineReason:   "machines more than 3 years old are subject to deletion after 6 years",
	UnknownMachineNamed:       true,
	BlockNodeActive:           true,
	FileNodeFormatSpecific:    true,
	SPAPRSBBCBrokenFromPOWER8: true,

	SPAPRTCGMaxThreads:    8,
	SPAPRTCGThreadsError:  "TCG cannot support more than %d threads/core on a pseries machine",
	SPAPRTCGSMTFromPOWER8: true,
	SPAPRCompatPOWER11:    true,

	X86TCGx2APIC:  true,
	X86PhysBits32: true,

	VNCDisplayConsole: true,

	FinalizeAtDrain: true,

	QMPDeviceAddTyped:        true,
	DeviceHelpPlainDefaults:  true,
	HotpluggableCheckedLate:  true,
	PCIeSlotZeroWarning:      true,
	PCIUnmappedBARText:       true,
	X86VersionFieldsUnsigned: true,
	SMBIOSSlots:              true,
	VirtioNetTxQueueMax:      256,
	RNGMaxBytesPositive:      true,
	E820AtMachineDone:        true,
	MaxFWSizeTooLarge:        "User specified max allowed firmware size %d is greater than 16MiB. If combined firmware size exceeds 16MiB the system may not boot, or experience intermittentstability issues.",
	BlockSizeNotPowerOf2:     "parameter %[1]s must be a power of 2 between 512 and 2097152",
	VirtioMDPrePlug:          true,
	VirtioMemUnplug:          true,
	VirtioMemBlockSize:       1 << 20,
	USBStorageDriveOnDisk:    true,
	StrtoullBinary:           true,
	MCABroadcastNotOnAMD:     true,
	SPAPRHcallAssertion:      "hw/ppc/spapr_hcall.c:1537: spapr_register_hypercall: Assertion `!(*slot)' failed.",
	VGAModulePackage: func(vga string) string {
		if vga == "qxl" { // measured: every other card names the opengl modules
			return "qemu-system-modules-spice"
		}
		return "qemu-system-modules-opengl"
	},
	DeprecationAfterChardevs:     true,
	Q35DeviceDefaults:            [][3]string{{"virtio-iommu-device", "aw-bits", "39 (0x27)"}}, // measured: pc 64, q35 39
	VirtioMemDiscardsPrivateFile: true,
	CPUInterruptStats:            true,
	Q35IRQStatsPICFirst:          true,
	MicrovmBIOSSize:              0x20000,
	CirrusVGABIOSSize:            0x9800,
	MigrationParams:              migrationParams100,
	MigrationCapChecks:           migrationCapChecks100,
	MigrationCapsDeprecated:      []string{"zero-blocks"},
	UnplugChecksDeviceFirst:      true,
	VFIOHostHint:                 "Use -device vfio-pci,host=DDDD:BB:DD.F or -device vfio-pci,fd=DEVICE_FD or -device vfio-pci,sysfsdev=PATH_TO_DEVICE",
	AMDVIPCIDeviceID:             0x1419,
	IntelIOMMUAWBitsError:        "Legacy mode: supported values for aw-bits are: 39, 48",
	NICModelsProbed:              true,
	PCIFunction0CheckAuto:        true,
	BlockStatsZoneAppend:         true,
	VirtioListByQOM:              true,
	NICUnknownModelWarns:         true,
	SMBIOSSocketLimit:            true,
	SMBIOSAutoEntryPoint:         true,
	SizeHexSuffixError:           true,
	DeviceDelNotDevice:           "%s is not a device",

	NoCPUHotplugError: "machine does not support hot-plugging CPUs",
	MicrovmCPUPlug:    true,

	// Recorded twice with a Linux guest: device_add then device_del at once
	// give the insert's _OST before the eject's.
	ACPIEjectsAfterInserts: true,

	PIIX4LegacyAssert:              "hw/acpi/piix4.c:553",
	MemoryRegionDelSubregionAssert: "system/memory.c:2698",
	DirtyRateMS:                    true,
	FindRAMOffsetAssert:            "system/physmem.c:1488",
	PCIRegisterBARAssert:           "hw/pci/pci.c:1475",
	ICH9LegacyAssert:               "hw/acpi/ich9.c:380",

	// pseries-10.0 (HMP dumpdtb sizes; -smp 3116 starts, 3117 does not).
	// Measured over the tail up to /chosen and at the RTAS tokens; the
	// bounds from the RTAS tokens on follow 7.2's widths.
	SPAPRFDT: FDT{
		Models: map[string][2]int{"970": {13673, 420}, "power5+": {13649, 404}, "power7": {13860, 536},
			"power8": {13880, 556}, "power9": {14010, 640}, "power10": {14018, 648}},
		Tail: []FDTCall{
			{34, `(fdt_setprop_string(fdt, offset, "device_type", "ibm,persistent-memory"))`},
			{76, `(fdt_setprop_cell(fdt, offset, "#address-cells", 0x1))`},
			{118, `spapr_dt_ovec(fdt, chosen, spapr->ov5_cas, "ibm,architecture-vec-5")`},
			{202, `fdt_setprop(fdt, chosen, "rng-seed", spapr->fdt_rng_seed, 32)`},
			{244, `fdt_setprop(fdt, chosen, "ibm,arch-vec-5-platform-support", val, sizeof(val))`},
			{286, `fdt_setprop_cell(fdt, chosen, "linux,pci-probe-only", 0)`},
			{326, `fdt_setprop_cell(fdt, chosen, "qemu,graphic-depth", graphic_depth)`},
			{368, `fdt_setprop_cell(fdt, chosen, "qemu,graphic-width", graphic_width)`},
			{402, `chosen = fdt_add_subnode(fdt, 0, "chosen")`},
			{1676, `fdt_setprop_cell(fdt, rtas, call->name, i + RTAS_TOKEN_BASE)`},
			{1998, `fdt_setprop(fdt, rtas, "ibm,associativity-reference-points", refpoints, nr_refpoints * sizeof(refpoints[0]))`},
			{2338, `fdt_setprop(fdt, rtas, "qemu,hypertas-functions", qemu_hypertas->str, qemu_hypertas->len)`},
		},
		CPUNode: `(fdt_setprop_string(fdt, offset, "device_type", "cpu"))`,
	},

	CPUExpansionPropsPath:   "model.props.",
	CPUExpansionPropsObject: true,

	PCNonQdevGPIOs:   map[[2]bool]int{{true, true}: 28, {false, true}: 20, {true, false}: 27, {false, false}: 19},
	Q35SMMOffRegions: true,
	SPAPRResets: map[string]SPAPRReset{"power8": {0x3000, 0x6c102000, "4294967295", 0x1f008, true}, "power9": {0x3000, 0x6c102000, "18446744073709551615", 0x3f008, false},
		"power10": {0x3000, 0x6c002000, "18446744073709551615", 0x3f008, false}},
	SPAPRCRLine: "CR 00000000  [ -  -  -  -  -  -  -  -  ]     RES 000@ffffffffffffffff",
	X86AutoLevelWords: []string{"1/-:EDX", "1/-:ECX", "6/-:EAX", "7/0:ECX", "7/1:EAX", "7/1:EDX", "7/2:EDX", "80000021/-:EAX", "80000001/-:EDX", "80000001/-:ECX",
		"80000007/-:EDX", "80000008/-:EBX", "C0000001/-:EDX", "D/1:EAX"},
	X86FeatureDeps: [][2]string{{"MSR(10AH)", "arch-capabilities"}, {"MSR(CFH)", "core-capability"}, {"MSR(345H)", "pdcm"},
		{"MSR(48EH)", "vmx"}, {"MSR(48DH)", "vmx"}, {"MSR(48FH)", "vmx"}, {"MSR(490H)", "vmx"}, {"MSR(485H)", "vmx"}, {"MSR(480H)", "vmx"},
		{"MSR(490H)/9-9", "lm"}, {"MSR(48BH)", "vmx-secondary-ctls"}, {"MSR(48BH)/20-20", "xsaves"}, {"MSR(48BH)/11-11", "rdrand"},
		{"MSR(48BH)/12-12", "invpcid"}, {"MSR(48FH)/23-23", "mpx"}, {"MSR(490H)/16-16", "mpx"}, {"MSR(48BH)/16-16", "rdseed"},
		{"14/0:ECX", "intel-pt"}, {"MSR(48BH)/3-3", "rdtscp"}, {"MSR(48CH)/0-31", "vmx-ept"}, {"MSR(48BH)/7-7", "vmx-ept"},
		{"MSR(48CH)/32-63", "vmx-vpid"}, {"MSR(491H)", "vmx-vmfunc"}, {"8000000A/-:EDX", "svm"}, {"MSR(48BH)/26-26", "waitpkg"},
		{"12/0:EAX", "sgx"}},
	VMPortNeedsI8042: true,
	SPAPRMachineQOM: []string{"nvdimm", "nvdimm-persistence", "hmat", "kvm-type", "resize-hpt", "peripheral",
		"vsmt", "max-cpu-compat", "ic-mode", "host-model", "host-serial", "vfio-no-msix-emulation", "kernel-addr",
		"x-vof", "unattached", "modern-hotplug-events", "peripheral-anon", "ics", "dr-connector[268435456]", "rtc",
		"dr-connector[536870912]", "wdt1"},
	X86VendorLength:               "value of property 'vendor' must consist of exactly 12 characters",
	X86VersionUnsigned:            true,
	VirtioMemInaccessibleAutoUpTo: [2]int{8, 0},

	// error_abort in qemu_chr_fe_init, as this build reports it
	ChardevInUseAbortAt: "qemu_chr_fe_init() at chardev/char-fe.c:204",
}
