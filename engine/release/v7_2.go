package release

// V7_2 is QEMU 7.2 as Debian 12 "bookworm" ships it (7.2.0 plus the stable
// patches up to 7.2.22).
var V7_2 = &Release{
	Name: "7.2", Major: 7, Minor: 2, Micro: 22,
	Package:                       "1:7.2+dfsg-7+deb12u18+b3",
	ChardevInUse:                  "Device '%s' is in use",
	BalloonStats:                  []string{"stat-swap-in", "stat-swap-out", "stat-major-faults", "stat-minor-faults", "stat-free-memory", "stat-total-memory", "stat-available-memory", "stat-disk-caches", "stat-htlb-pgalloc", "stat-htlb-pgfail"},
	ChardevMuxAlwaysBusy:          true,
	ChardevMuxHotswap:             "Mux device hotswap not supported yet",
	NetSocketBadFD:                "{id}: Can't use file descriptor {fd}: Bad file descriptor",
	NetClientSetupAssert:          "../../net/net.c:274",
	VirtioNetTxQueueMax:           1024,
	MaxFWSizeTooLarge:             "User specified max allowed firmware size %d is greater than 16MiB. If combined firwmare size exceeds 16MiB the system may not boot, or experience intermittentstability issues.",
	BlockSizeNotPowerOf2:          "Property .%[1]s doesn't take value '%[2]d', it's not a power of 2",
	VirtioMemBlockSize:            2 << 20,
	MissingModuleTypes:            map[string]string{"virtio-gpu-gl-pci": "virtio-gpu-gl-device", "virtio-vga-gl": "virtio-gpu-gl-device"},
	SPAPRHcallAssertion:           "../../hw/ppc/spapr_hcall.c:1460: spapr_register_hypercall: Assertion `!(*slot)' failed.",
	VirtioMemInaccessibleAutoUpTo: [2]int{1 << 30, 0},
	VFIOHostHint:                  "Use -device vfio-pci,host=DDDD:BB:DD.F or -device vfio-pci,sysfsdev=PATH_TO_DEVICE",
	IntelIOMMUAWBitsError:         "Supported values for aw-bits are: 39, 48",
	IntelIOMMUEIMNeedsKVM:         true,
	AudiodevDefaultDeprecated:     true,
	SizeAbortAt:                   "parse_option_size() at ../../util/qemu-option.c:145",
	SizeInvalidAbortAt:            "parse_option_size() at ../../util/qemu-option.c:145",
	ResolveLinkAbortAt:            "object_resolve_link() at ../../qom/object.c:1856",
	SizeAbortError:                "Parameter 'size' expects a non-negative number below 2^64",
	AudiodevDrivers:               []string{"none", "alsa", "coreaudio", "dbus", "dsound", "jack", "oss", "pa", "sdl", "sndio", "spice", "wav"},
	AudioUnknownDriver:            "audio: Unknown audio driver `%s'",
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

	MicrovmBIOSSize:    0x10000,
	DumpOpenVerb:       "open",
	DumpProtocolError:  "Invalid parameter 'protocol'",
	CirrusVGABIOSSize:  0x9a00,
	MigrationParams:    migrationParams72,
	MigrationCapChecks: migrationCapChecks72,

	NoCPUHotplugError: "The feature 'query-hotpluggable-cpus' is not enabled",

	PIIX4LegacyAssert:              "../../hw/acpi/piix4.c:549",
	MemoryRegionDelSubregionAssert: "../../softmmu/memory.c:2642",
	DirtyBitmapSIGSEGVX86:          true,
	FindRAMOffsetAssert:            "../../softmmu/physmem.c:1616",
	PCIRegisterBARAssert:           "../../hw/pci/pci.c:1240",
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
	SPAPRMachineQOM: []string{"resize-hpt", "peripheral-anon", "nvdimm", "nvdimm-persistence", "hmat",
		"modern-hotplug-events", "peripheral", "vsmt", "max-cpu-compat", "ic-mode", "kvm-type", "host-model",
		"host-serial", "vfio-no-msix-emulation", "kernel-addr", "x-vof", "unattached", "ics",
		"dr-connector[268435456]", "rtc", "dr-connector[536870912]", "wdt1"},
	X86VendorLength: "Property '.vendor' doesn't take value '%s'",
	PCNonQdevGPIOs:  map[[2]bool]int{{true, true}: 28, {false, true}: 9, {true, false}: 27, {false, false}: 7},

	// error_abort in qemu_chr_fe_init, as this build reports it
	ChardevInUseAbortAt: "qemu_chr_fe_init() at ../../chardev/char-fe.c:220",
}
