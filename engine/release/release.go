// Package release says what each QEMU release does differently, one file per
// release (v7_2.go, v10_0.go) the way QEMU keeps per-version compat tables,
// and holds what was recorded from each release's binaries in a folder named
// for it (7.2/, 10.0/: help texts, device and CPU model lists). The rest of
// the engine asks the release it runs; it never compares version strings.
//
// Adding a release: record its texts (testdata/oracle/record_texts.py), add
// its folder and a vNN_N.go with its table, and list it in All.
package release

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Release is one QEMU release as the simulator models it.
type Release struct {
	// Name is how users pick it: -qemu 10.0, ?qemu=10.0, "qemu: 10.0".
	Name                string
	Major, Minor, Micro int
	// Package is the Debian package version the recordings came from.
	Package string

	// QOMRoot are the children of the QOM root "/" in the order QEMU
	// creates them (qom-list lists them in the order of their hash table,
	// which the creation order decides on a collision).
	QOMRoot []string
	// MtreeVirtioCfgAS: a virtio PCI proxy has its own address space for
	// the config access capability ("virtio-pci-cfg-mem-as", 8.x on), and
	// MtreeDeviceMemoryAS: the device memory region is an address space of
	// its own ("device-memory", 9.x on); both show in info mtree.
	// MtreeBridgeAS: a PCI bridge's secondary memory and I/O spaces are
	// address spaces too ("pci_bridge_pci_mem", "pci_bridge_pci_io").
	MtreeVirtioCfgAS, MtreeDeviceMemoryAS, MtreeBridgeAS bool
	// TraceVCPU: trace events can be vCPU-specific: QMP's trace commands
	// take and report "vcpu", HMP's honour their vcpu argument.
	TraceVCPU bool
	// CPUExpansionPropsPath is what query-cpu-model-expansion's errors about
	// a member of "model.props" put before its name ("" on 7.2: the props
	// are visited on their own), and CPUExpansionPropsObject whether props
	// that are not an object are refused (7.2 ignores them).
	CPUExpansionPropsPath   string
	CPUExpansionPropsObject bool

	// SMPKeys are -smp's keys (qapi SMPConfiguration) in schema order, the
	// order QEMU visits and reports them in.
	SMPKeys []string
	// SMPZeroIsError: a topology value of 0 is an error (removed in 9.0),
	// not a deprecation warning with the value taken as omitted.
	SMPZeroIsError bool
	// SMPLevelChecks are the optional levels refused when the machine lacks
	// them, in QEMU's check order; SMPLevelError words the refusal (%s: the level).
	SMPLevelChecks []string
	SMPLevelError  string
	// X86SMPLevels are the optional levels x86 machines support (pseries: none).
	X86SMPLevels []string

	// AMDHyperthreadingWarning is the warning an AMD CPU model without
	// topoext prints when threads > 1 (%d: threads).
	AMDHyperthreadingWarning string
	// DeprecatedMachineReason follows "Machine type 'X' is deprecated: ".
	DeprecatedMachineReason string

	// DeprecationAfterChardevs: a deprecated machine type is warned about
	// once the character devices exist (measured: a -chardev error comes
	// first, a -netdev one after), not as soon as the type is chosen.
	DeprecationAfterChardevs bool
	// UnknownMachineNamed: "unsupported machine type" names the type asked for.
	UnknownMachineNamed bool
	// BlockNodeActive: query-block's inserted node says "active" (10.0's
	// inactive-node tracking).
	BlockNodeActive bool
	// DefaultSDCardDrive: without -nodefaults an empty "sd0" drive exists
	// (default_sdcard; 10.0 makes none).
	DefaultSDCardDrive bool
	// FileNodeFormatSpecific: a file node's image info has an (empty)
	// "format-specific" of type "file" (10.0's file-posix).
	FileNodeFormatSpecific bool
	// SPAPRSBBCBrokenFromPOWER8: the default cap-sbbc is broken (no TCG
	// warning) for POWER8 and later CPUs (measured on 10.0.13).
	SPAPRSBBCBrokenFromPOWER8 bool

	// DirtyRateMS: calc-dirty-rate takes calc-time-unit and checks the
	// period in milliseconds, [50, 60000] (8.2; before: seconds, [1, 60]),
	// and refuses sample-pages outside page-sampling mode.
	DirtyRateMS bool
	// DirtyBitmapSIGSEGVX86: x86 under TCG dies of SIGSEGV as a dirty-bitmap
	// dirty-rate measurement starts (measured on 7.2.22; pseries does not).
	DirtyBitmapSIGSEGVX86 bool

	// SPAPRTCGMaxThreads is the most threads per core pseries allows under
	// TCG, refused with SPAPRTCGThreadsError (%d: the limit); 10.0 also needs
	// POWER8 or later for SMT (SPAPRTCGSMTFromPOWER8).
	SPAPRTCGMaxThreads    int
	SPAPRTCGThreadsError  string
	SPAPRTCGSMTFromPOWER8 bool

	// VNCDisplayConsole: a VNC server is bound to the first graphic console
	// from the start (10.0), so info vnc and query-vnc-servers name its
	// device's id; before, it follows the active console and names none.
	VNCDisplayConsole bool

	// HypervVPIndexNeedsKVM: x86_cpu_pre_plug refuses a CPU with hv-vpindex
	// unless KVM may set it, under TCG too ("kernel doesn't allow setting
	// HyperV VP_INDEX"); later releases check it under KVM only.
	HypervVPIndexNeedsKVM bool

	// X86TCGx2APIC: TCG emulates x2APIC, so APIC IDs of 255 and more need
	// no irqchip check, only CPUs with the x2apic feature (8.x on); without
	// it such configurations are refused at start-up.
	X86TCGx2APIC bool

	// X86PhysBits32: a CPU without long mode has 36 physical bits with PAE
	// as with PSE-36 (only PSE-36 before), and pc_max_used_gpa checks such
	// a CPU's RAM end (or its device memory's) rather than the 64-bit PCI
	// hole, except on machines up to 8.1 (broken_32bit_mem_addr_check) and
	// not isapc. Before, a CPU of 32 bits passed and any other was checked
	// against the hole.
	X86PhysBits32 bool

	// QMPDeviceAddTyped: QMP device_add sets properties from the QDict (9.x
	// on), so a value's JSON type must fit the property; before, every
	// value went through QemuOpts as text.
	QMPDeviceAddTyped bool
	// DeviceDelNotDevice is device_del's error for a path that is not a
	// device (%s: the name given).
	DeviceDelNotDevice string
	// UnplugBuslessAsserts: device_del of a device with no bus and no
	// hotplug handler (a pseries core's thread) trips an assertion; later
	// releases refuse it with "Device '%s' can not be hotplugged on this machine".
	UnplugBuslessAsserts bool

	// SizeHexSuffixError: a hex size with a multiplier suffix (0x10M) is
	// refused (removed in 9.x) instead of warned about; a negative -m is
	// "out of range".
	SizeHexSuffixError bool

	// MemoryRegionDelSubregionAssert is where memory_region_del_subregion's
	// assertion fails (a pseries PHB added again at an unplugged one's
	// index: its TCE table's LIOBN is still taken).
	MemoryRegionDelSubregionAssert string

	// FindRAMOffsetAssert is where find_ram_offset asserts its size is not
	// 0: a RAM backend whose size rounds up past 2^64 (size -1) aborts.
	FindRAMOffsetAssert string

	// PCIRegisterBARAssert is where pci_register_bar asserts a BAR's size
	// is a power of two (ivshmem-plain on a memdev of another size).
	PCIRegisterBARAssert string

	// VisitStartAlternateAssert is where visit_start_alternate asserts it
	// is given no input visitor of strings: a -global on a PCI device's
	// addr (an alternate of int and string) aborts.
	VisitStartAlternateAssert string

	// PIIX4LegacyAssert and ICH9LegacyAssert are where the assertion that
	// refuses switching CPU hotplug back to legacy mode sits (file:line as
	// the binary prints it).
	PIIX4LegacyAssert, ICH9LegacyAssert string

	// QueryStatusSinglestep: query-status has the (deprecated, removed in
	// 8.1) "singlestep" member.
	QueryStatusSinglestep bool

	// NoCPUHotplugError is query-hotpluggable-cpus' error on a machine
	// without CPU hotplug.
	NoCPUHotplugError string
	// MicrovmCPUPlug: microvm plugs CPUs (its plug handler refused them).
	MicrovmCPUPlug bool

	// SMBIOSSocketLimit: building SMBIOS 2.0 tables refuses more than 255
	// cores or threads per socket (8.1 on); SMBIOSAutoEntryPoint: the
	// entry point type may be "auto" (9.1 on).
	SMBIOSSocketLimit, SMBIOSAutoEntryPoint bool

	// SPAPRCompatPOWER11: max-cpu-compat knows power11.
	SPAPRCompatPOWER11 bool

	// HotpluggableCheckedLate: device_add of a device that cannot be
	// hot-plugged is refused once its bus is known ("Device 'T' does not
	// support hotplugging"), not with the class ("expects a pluggable
	// device type").
	HotpluggableCheckedLate bool

	// PCIeSlotZeroWarning: a device behind a PCIe port at a slot other
	// than 0 is warned about.
	PCIeSlotZeroWarning bool
	// ObjectTypesAdded are -object types (the QAPI ObjectType enum, and
	// built) the release has beyond the simulator's common list
	// (numa.userCreatable): 10.0's memory-backend-shm (9.1).
	ObjectTypesAdded []string
	// ACPIIndexEveryPCI: every PCI device's realize checks acpi-index (at
	// most 16383, unique among the present devices); false: only
	// acpi_pcihp's pre_plug does, for a device on a bus ACPI hot-plugs
	// (measured: 7.2 takes two equal indexes on pseries or below native
	// PCIe ports, 10.0 refuses them).
	ACPIIndexEveryPCI bool
	// NICUnknownModelWarns: a -nic/-net nic model the board does not know
	// is warned about at start ("requested NIC ... was not created"), not
	// fatal ("Unsupported NIC model").
	NICUnknownModelWarns bool
	// SPAPRVIONICsFirst: pseries makes its -nic spapr-vlan NICs first
	// (qemu_find_nic_info("spapr-vlan") until none is left), then the PCI
	// ones (pci_init_nic_devices); 7.2 makes them in their order.
	SPAPRVIONICsFirst bool
	// RemovedOptions are command-line options this release does not have
	// ("invalid option"): removed, or (7.2's) added later.
	RemovedOptions map[string]bool
	// ChardevInUse words a second frontend's refusal of a chardev (%s: id).
	ChardevInUse string
	// BalloonStats are a virtio balloon's guest-stats names
	// (balloon_stat_names, in its order).
	BalloonStats []string
	// ChardevMuxAlwaysBusy: qemu_chr_is_busy calls a mux busy even with
	// no frontend (7.2's mux_cnt >= 0; 10.0 asks its frontends' bitset).
	ChardevMuxAlwaysBusy bool
	// DisplayGLUnsupported is the refusal of gl= on a display without
	// OpenGL (%s: the display's type, when the release names it).
	DisplayGLUnsupported string
	// MigrationProtocols are the URI prefixes an incoming migration takes
	// (qemu_start_incoming_migration); MigrationSetupEventFirst: the
	// MIGRATION "setup" event comes before the URI is read (7.2).
	MigrationProtocols       []string
	MigrationSetupEventFirst bool
	// MigrateURIFirst: qmp_migrate reads the URI (migrate_uri_parse, 8.2)
	// before migrate_prepare, so a URI it cannot read leaves no migration
	// behind; 7.2 prepares first and such a migration ends "failed".
	// MigrateBadProtocol is its refusal of an unknown protocol (%s: the URI).
	MigrateURIFirst    bool
	MigrateBadProtocol string
	// MigrationURIAtOption: -incoming's URI is parsed as the option is
	// read (incoming_option_parse, 9.0), not when the migration starts.
	MigrationURIAtOption bool
	// TCGOneInsnPerTB: the TCG accelerator has a one-insn-per-tb
	// property (8.1).
	TCGOneInsnPerTB bool
	// ChardevAliases: -chardev takes "tty" and "parport" with a
	// deprecation warning (removed in 9.0).
	ChardevAliases bool
	// ChardevMuxHotswap is chardev-change's refusal of a mux (10.0 names
	// hubs too).
	ChardevMuxHotswap string
	// NetSocketBadFD words a socket netdev's fd= that is not an open
	// socket ({id}: the netdev's id, {fd}: the fd).
	NetSocketBadFD string
	// NetClientSetupAssert is where qemu_net_client_setup asserts a peer
	// has no peer yet.
	NetClientSetupAssert string
	// MemLockValues are -overcommit mem-lock's words and MemLockError its
	// refusal of another, where mem-lock is no boolean (nil: a boolean).
	MemLockValues []string
	// AudiodevNotFound is a device's audiodev= naming no -audiodev, given
	// the id ("" for the property setter's "can't find value", 7.2).
	AudiodevNotFound string
	// OptionROMMissing is rom_add_file's line for an -option-rom it cannot
	// open, given the name (7.2 open()s it, 10.0 reads it with GLib).
	OptionROMMissing string
	// SGXEPCMemdevLooked: setting -machine sgx-epc looks each section's
	// memdev up at once ("Device '%s' not found"); 7.2 starts without
	// looking (measured: -M pc,sgx-epc.0.memdev=nosuch,sgx-epc.0.node=0).
	SGXEPCMemdevLooked bool
	// QdevAliasClassWalk: qdev_alias_all_properties (a virtio proxy's
	// aliases of its backend) walks the backend's class property tables
	// in GLib's order, legacy properties included, skipping what the
	// proxy has; 7.2 walks the Property arrays in source order.
	QdevAliasClassWalk bool
	// NetStreamListening is a listening stream netdev's info_str in `info
	// network` (10.0's "listening"; 7.2 sets none until a client connects).
	NetStreamListening string
	// Accelerators are -accel help's list per binary (x86_64, ppc64): KVM
	// is built for the host's own architecture only.
	Accelerators map[string][]string
	// AudiodevDrivers are the build's AudiodevDriver enum (-audiodev's
	// driver; whether its module loads is the host's).
	AudiodevDrivers []string
	// SoundCards are -audio's models (the soundhw table, in its order);
	// AudioModelOptional: -audio without model= defines the default
	// backend (10.0's audio_define_default) rather than failing.
	SoundCards         []string
	AudioModelOptional bool
	// AudioUnknownDriver is audio_init's refusal of a driver whose module
	// the host lacks (%s: the driver; then, with AudioModulePackage, the
	// package Debian's hint names for it).
	AudioUnknownDriver string
	AudioModulePackage func(driver string) string
	// SCSILegacyDiskProps are the properties scsi_bus_legacy_add_drive
	// sets on an if=scsi disk from its drive, over any -global (measured
	// one by one: 7.2 share-rw and the error actions, 10.0 its whole
	// BlockConf; serial and rotation_rate keep a global's).
	SCSILegacyDiskProps []string
	// AudioDriverInitFailed is audio_driver_init's failure of a driver the
	// host has: spice's refuses when no -spice display is in use (%s: the
	// driver).
	AudioDriverInitFailed string
	// SpiceModulesPackage names the Debian package of the spice modules
	// when the build is without them (measured in 10.0's chroot: -spice is
	// "no option group" with a hint naming it, spicevmc and spiceport are
	// no char drivers); "" where spice is there (7.2).
	SpiceModulesPackage string
	// SpiceCompiledVersion is libspice-server's version query-spice
	// reports for a display in use.
	SpiceCompiledVersion string
	// VirtioGPUBlobError is virtio-gpu's realize refusing blob=on on a host
	// with no /dev/udmabuf (after a warning naming it; 10.0 also looks for
	// rutabaga).
	VirtioGPUBlobError string
	// AudioNoDefaultDriver: a sound card with no audiodev= on a line with
	// no -audiodev finds no default audio driver (measured in 10.0's
	// chroot); 7.2 probes the host's drivers instead, whose libasound
	// prints the host's ALSA configuration errors (not simulated).
	AudioNoDefaultDriver bool
	// AudioHostProbe is 7.2's default audio backend on a line with no
	// -audiodev: audio_init probes the host's drivers in audio_prio_list's
	// order (Modules: the lines of the modules missing, printed once) and
	// takes the first that inits (alsa on the recording host, which has no
	// sound card); then each voice a card opens fails, tried twice
	// (audio_pcm_hw_add_new, again when no hw voice matches) before
	// AudioVoiceFailed. VoiceFailed is one attempt's libasound and alsa
	// lines (%s: DAC or ADC). Measured with an HDA duplex codec.
	AudioHostProbe *AudioHostProbe
	// SizeAbort is error_abort's report of a negative JSON size a null
	// block driver takes as a QemuOpts size: where, and the error (%s:
	// the value); QEMU then aborts.
	SizeAbortAt, SizeAbortError string
	// AudioVoiceFailed is the audio layer's log when a device opens a
	// voice its backend has none left for (%s: the voice's name).
	AudioVoiceFailed string
	// SizeInvalidAbortAt is error_abort's place for a size text
	// parse_option_size cannot read at all ("x").
	SizeInvalidAbortAt string
	// ResolveLinkAbortAt is error_abort's place when a link set to a
	// device's own child does not resolve (a JSON -device id with '/').
	ResolveLinkAbortAt string
	// ChardevInUseAbortAt is error_abort's place when a board's port
	// device is given a chardev another frontend holds.
	ChardevInUseAbortAt string
	MemLockError        string

	// VirtioListByQOM: x-query-virtio (info virtio) walks the QOM tree
	// (peripheral-anon's devices, then peripheral's, each in qom-list's
	// order) instead of listing the newest realized first.
	VirtioListByQOM bool

	// BlockStatsZoneAppend: query-blockstats counts zone append requests.
	BlockStatsZoneAppend bool

	// XenLoadOpenError is xen-load-devices-state's refusal of a file it
	// cannot open (the path, the system's reason).
	XenLoadOpenError string
	// VirtioStatusNotDevice is x-query-virtio-status' refusal of a path
	// that is no (realized) virtio device.
	VirtioStatusNotDevice string

	// DumpDTBNoFDT is dumpdtb's refusal on a machine without a device
	// tree, DumpDTBNoFDTHint the hint HMP adds on the next line (none
	// when ""), DumpDTBDone HMP's line once the file is written (the path).
	DumpDTBNoFDT, DumpDTBNoFDTHint, DumpDTBDone string

	// WavcaptureNoAudiodev is wavcapture's line for an audiodev id no
	// -audiodev gave.
	WavcaptureNoAudiodev string

	// AERErrorsAsErrors: pcie_aer_inject_error reports through Error
	// ("Error: device 'x' not found", a numeric-only -c); 7.2 prints its own
	// lines ("id or pci device path is invalid ...").
	AERErrorsAsErrors bool

	// TransactionGroupedRefusal is qmp_transaction's refusal of an action
	// completion-mode=grouped does not take (the action, the mode).
	TransactionGroupedRefusal string

	// BalloonTarget is what qmp_balloon calls its argument when it refuses
	// a target that is not positive ("target" in 7.2, "value" later).
	BalloonTarget string

	// PCIFunction0CheckAuto: do_pci_register_device refuses a hot-plugged
	// function behind an existing function 0 whatever its placement; 7.2
	// checks only a device given an addr (the check sat in the branch for
	// an explicit devfn), so there a second device below a PCIe port
	// takes slot 1.
	PCIFunction0CheckAuto bool

	// PCIUnmappedBARText: `info pci` prints a BAR the guest has not mapped
	// as "(not mapped)" instead of its address and end (which wrap around
	// from PCI_BAR_UNMAPPED).
	PCIUnmappedBARText bool

	// DeviceHelpPlainDefaults: `TYPE,help` prints string defaults bare and
	// booleans as on/off (not as JSON).
	DeviceHelpPlainDefaults bool

	// ACPIEjectsAfterInserts: the x86 CPU hotplug AML's scan (CSCN) keeps
	// eject requests in a package (CEJL) and notifies them after the new
	// CPUs; before, it notified each eject as the loop met it, so a scan
	// that found both told the guest about the eject first. (QEMU's AML
	// from hw/acpi/cpu.c, measured from the guest's DSDT: 10.0's loop
	// also reads both flags of each CPU it finds.)
	ACPIEjectsAfterInserts bool

	// X86VersionFieldsUnsigned: -cpu family=, model= and stepping= parse as
	// uint64 and say "parameter 'P' can be at most N" out of range, and
	// vendor= names its 12 characters; before, they parsed as int64 and
	// said "Property .P doesn't take value V (minimum: 0, maximum: N)".
	X86VersionFieldsUnsigned bool

	// SMBIOSSlots: -smbios knows type 9 (system slots) and type 4's
	// processor-family.
	SMBIOSSlots bool
	// SMBIOSType41NeedsDevice: pc_machine_done's SMBIOS tables refuse a
	// type 41 entry whose pcidev names no PCI device (7.2; 10.0 starts).
	SMBIOSType41NeedsDevice bool

	// NICModelsProbed: the board's NIC init makes every PCI NIC model it
	// lists (unrealized), so -global on any of them is applied at start-up.
	NICModelsProbed bool

	// SCSISerialLimits: scsi_realize refuses a serial longer than 36
	// characters, or than 20 when it also becomes the device_id (10.0;
	// 7.2 takes any and cuts the device_id it makes of it).
	SCSISerialLimits bool

	// VirtioNetTxQueueMax is virtio-net's largest tx_queue_size without a
	// vhost-user or vDPA peer (1024 on 7.2; 10.0 limits it to 256).
	VirtioNetTxQueueMax int

	// AMDVIPCIDeviceID is the PCI device id amd-iommu gives its PCI
	// function (AMD's vendor id, the IOMMU class); 0: its devfn (7.2).
	AMDVIPCIDeviceID int

	// E820AtMachineDone: the board adds fw_cfg's etc/e820 once the
	// machine is done, after -fw_cfg (7.2: with the RAM, before it).
	E820AtMachineDone bool

	// IntelIOMMUEIMNeedsKVM: intel-iommu's eim=on asks for KVM's split
	// irqchip (7.2; 10.0 emulates x2APIC under TCG).
	IntelIOMMUEIMNeedsKVM bool

	// AudiodevDefaultDeprecated: a sound card without audiodev= takes the
	// first -audiodev with a deprecation line (7.2); 10.0 refuses it.
	AudiodevDefaultDeprecated bool

	// RNGMaxBytesPositive: virtio-rng refuses max-bytes=0 too, saying
	// "positive" (before: "non-negative", only above 2^63-1).
	RNGMaxBytesPositive bool

	// IntelIOMMUAWBitsError is intel-iommu's refusal of an aw-bits value.
	IntelIOMMUAWBitsError string

	// ReadonlyBackingDirError is a readonly=on memory-backend-file whose
	// mem-path is a directory (%s: the path): 7.2 opens the directory
	// itself and cannot map it; 10.0's file_ram_open refuses it.
	ReadonlyBackingDirError string

	// MaxFWSizeTooLarge is pc_machine_set_max_fw_size's refusal of more
	// than 16 MiB (%d: the size), its words as they are.
	MaxFWSizeTooLarge string

	// BlockSizeNotPowerOf2 is a block size property's refusal of a size
	// that is no power of two (%s the property, %d the size).
	BlockSizeNotPowerOf2 string
	// BlockSizeOutOfRange is its refusal of a size outside 512 ... 2 MiB
	// (check_block_size; 0 is "unset"), the same arguments.
	BlockSizeOutOfRange string
	// ISAIRQAssertion is isa_get_irq's assertion on an IRQ past 15.
	ISAIRQAssertion string

	// VirtioMDPrePlug: virtio-mem and virtio-pmem are checked by the
	// machine's pre_plug (a device memory region, from maxmem) before
	// their own realize.
	VirtioMDPrePlug bool

	// VirtioMemUnplug: a virtio-mem-pci can be unplugged (when its
	// requested-size is 0); before, device_del refused every one.
	VirtioMemUnplug bool

	// VirtioPMEMUnplugRefusal is the machine's refusal of a virtio-pmem's
	// device_del (it has no unplug request check on either release).
	VirtioPMEMUnplugRefusal string

	// VirtioMemDiscardsPrivateFile: virtio-mem on a privately mapped
	// file backend warns as its realize discards the file's pages.
	VirtioMemDiscardsPrivateFile bool

	// VirtioMemInaccessibleAutoUpTo is the newest machine version whose
	// virtio-mem unplugged-inaccessible is "auto", which realize turns on
	// unless private anonymous RAM backs it ({0, 0}: none; newer machines
	// have "on"). Machines up to 6.2 have "off" (hw_compat_6_2) on both
	// releases. Measured on 7.2 (every machine from 7.0) and 10.0 (7.0 to 8.0).
	VirtioMemInaccessibleAutoUpTo [2]int

	// VirtioMemBlockSize is virtio-mem's default block-size on an x86_64
	// host (measured: 2 MiB on 7.2, 1 MiB on 10.0).
	VirtioMemBlockSize uint64

	// FinalizeAtDrain: a pseries PCI device, or one holding a drive,
	// removed at once (no guest) is finalized, and its DEVICE_DELETED
	// sent, only when a request waits for the RCU callbacks (device_add,
	// system_reset) or after the last request (measured, r41m-dd- cases;
	// on 10.0 r42m's re-recordings: the cases whose event came with the
	// next request came differently each time, those that held follow
	// this). Without it: the next request (a drive's: three later).
	FinalizeAtDrain bool

	// PCIeExtendedTags: a hot-plugged PCI Express function in a PCIe
	// slot (e1000e, a modern virtio function; not a conventional e1000)
	// offers Extended Tags, which the guest's kernel enables ("enabling
	// Extended Tags"; measured: g3-q35-rp-virtio-net, g1-q35-rp-hotplug,
	// g3-q35-rp-e1000).
	PCIeExtendedTags bool

	// DeviceAddDrainsRCU: a PCI device's device_add that succeeds also
	// delivers the pending finalizations (one that fails does on every
	// release).
	DeviceAddDrainsRCU bool

	// ResetDrainsBeforeEvent: system_reset delivers the pending
	// finalizations before its RESET event (10.0: after it).
	ResetDrainsBeforeEvent bool

	// USBStorageDriveOnDisk: a usb-storage's drive is taken by the SCSI
	// disk it makes (a permission conflict names that disk's path), not
	// by the usb-storage itself.
	USBStorageDriveOnDisk bool

	// MCABroadcastNotOnAMD: cpu_x86_support_mca_broadcast is false for a
	// CPU of an AMD vendor (qemu64): "mce -b" is refused (measured, 10.0).
	MCABroadcastNotOnAMD bool

	// StrtoullBinary: the C library's strtoull reads a "0b" prefix in base
	// 0 (C2x: trixie's glibc for 10.0, not bookworm's for 7.2). Measured
	// in HMP expressions: "p 0b101" is 5 on 10.0.
	StrtoullBinary bool

	// BalloonUnplugResetAssertion is the assertion an x86 system_reset
	// aborts on while a virtio-balloon-pci's unplug request is pending
	// (ACPI or native PCIe hotplug, cold- or hot-plugged; no RESET event).
	// Measured on 10.0 (r46m-balloon-reset-*); 7.2 resets as usual.
	BalloonUnplugResetAssertion string

	// SPAPRReleasedCoreResetSIGSEGV: a system_reset after a pseries CPU
	// core was released at once (device_del before any reset or CAS, its
	// DRC still unusable) and before its slot took a core again kills QEMU
	// with SIGSEGV (no RESET event). Measured on 7.2 (m19-*-core-cycle,
	// r43-101; any -cpu or ic-mode); 10.0 resets as usual.
	SPAPRReleasedCoreResetSIGSEGV bool
	// SPAPRReleasedCoreAddSIGSEGV: the device types whose device_add in
	// that state kills QEMU with SIGSEGV, unanswered. Measured on 7.2 with
	// virtio-rng-pci (pm-p-r58-c14, r58m-*-rng, twice each); an e1000's
	// add died there in one recording of two, later in the other, so it is
	// not listed.
	SPAPRReleasedCoreAddSIGSEGV []string

	// NoNMIProvider is nmi's and inject-nmi's error on a machine nothing
	// in the QOM tree takes an NMI for ("-M none"; measured on both targets).
	NoNMIProvider string

	// SPAPRHcallAssertion is the assertion QEMU aborts on when a second
	// spapr-rng registers H_RANDOM again (its source path and line).
	SPAPRHcallAssertion string

	// MissingModuleTypes are device types the binary lists whose parent
	// type lives in a module Debian ships apart and the recorder lacks
	// (virtio-gpu-gl-device): asking for their properties, or making one
	// on the command line, ends QEMU ("missing object type 'PARENT'",
	// exit 1). By type, its missing parent.
	MissingModuleTypes map[string]string

	// VGAModulePackage names the Debian package to install for a -vga
	// card the binary lacks (the release's hint; nil: no hint, and a
	// "type is NULL" line before the message).
	VGAModulePackage func(vga string) string

	// Q35DeviceDefaults are properties the q35 machine class sets on
	// devices over their defaults (pc_q35_compat_defaults; older q35
	// versions' compat tables set them back): type, property, value as
	// `info qtree` prints it.
	Q35DeviceDefaults [][3]string

	// CPUInterruptStats: sPAPR CPUs answer `info irq` (an empty block
	// each).
	CPUInterruptStats bool

	// MigrationParams are the integer migration parameters and their
	// checks; MigrationCapChecks the capabilities' refusals;
	// MigrationCapsDeprecated the capabilities that warn when turned on.
	MigrationParams         []MigrationParam
	MigrationCapChecks      []MigrationCapCheck
	MigrationCapsDeprecated []string
	// MigrationCompat: what older machine versions' compat properties
	// change in the migration views (nil: the views are alike on all).
	MigrationCompat []MigrationCompat

	// MicrovmBIOSSize: the size of microvm's SeaBIOS, bios-microvm.bin,
	// mapped just below 4 GiB (`info roms`).
	MicrovmBIOSSize uint32
	// CirrusVGABIOSSize: the size of vgabios-cirrus.bin, which isapc's
	// default isa-cirrus-vga loads with rom_add_vga (info roms).
	CirrusVGABIOSSize uint32

	// FirmwareFiles are the option ROMs and firmware images of the
	// release's firmware directories (Debian's /usr/share/qemu, seabios
	// and ipxe/qemu, searched in that order by qemu_find_file), with
	// their sizes: what romfile= names without a path.
	FirmwareFiles map[string]uint32

	// RAMBlockHostColumns: info ramblock also shows each block's host
	// address and whether it is read-only (HVA, RO).
	RAMBlockHostColumns bool

	// PCIDeviceClassProps are the pci-device class's own properties in
	// declaration order (pci_props), and QOMListPropertiesDefaults says qom-list-properties
	// gives a device type's properties their default-value (measured:
	// 7.2 does not, 10.0 does).
	PCIDeviceClassProps       []string
	QOMListPropertiesDefaults bool
	// PCMachineClassTables are the property tables of a PC machine type's
	// classes with properties, from the top (machine, x86-machine,
	// generic-pc-machine), each in the order its class_init adds them;
	// PCMachineInstanceProps are what the instance_inits add (machine's,
	// then generic-pc-machine's), in order. qom-list-properties of a PC
	// machine type lists their hash tables' walks. Nil where not known.
	PCMachineClassTables   [][]string
	PCMachineInstanceProps []ClassProp
	// PreconfigMachineContainers are the containers qemu_create_machine
	// adds to the machine after its instance_init, in order (what qom-list
	// /machine shows in -preconfig beside PCMachineInstanceProps).
	PreconfigMachineContainers []string
	// AliasesOfLegacyProperties: qdev_alias_all_properties (a virtio
	// proxy's view of its backend) aliases every class property, the
	// legacy ones too (7.2: the qdev properties only).
	AliasesOfLegacyProperties bool

	// DumpOpenVerb and DumpProtocolError: dump-guest-memory's refusals of
	// a file it cannot make (qemu_open_old's "open", qemu_create's
	// "create") and of a protocol other than file: and fd:.
	DumpOpenVerb, DumpProtocolError string

	// PICsInUnattachedHashOrder: `info pic` lists the two i8259s in
	// /machine/unattached's hash order (their device[N] names move with the
	// boot CPUs); 7.2 lists the slave first on every machine measured.
	PICsInUnattachedHashOrder bool
	// X86MachineQOM is the order pc's and q35's /machine gets its own
	// properties in (machine_initfn's, pc_machine_initfn's, the machine
	// containers, then the board's init), "-NAME" removing one
	// (pc_system_flash_cleanup_unused's unused flash and its alias),
	// "NAME@FAMILY" one only that family makes. Each is made only where the
	// machine makes it (board.x86MachineQOMTable's rule: a NUMA memdev's
	// pc.ram[0], maxmem's device-memory[0], cxl=on's cxl_host_reg[0], ...).
	// Inserted into a GLib hash table in this order, they list as qom-list
	// /machine lists them and a QOM walk (info irq, info pic) meets them;
	// the source's order, checked against 48 configurations per release
	// (the o5-qom- cases: maxmem, NUMA memdevs, acpi=off, nvdimm, cxl, a used
	// pflash0, smm=off, versioned types).
	X86MachineQOM []string

	// UnplugChecksDeviceFirst: device_del of a device on a PCI bus asks
	// whether the device can be hot-unplugged before whether its bus can
	// (measured: VGA and virtio-gpu-pci on q35's pcie.0; intel-iommu, whose
	// class refuses hotplug, on the system bus; for the system bus's own
	// devices, ISA's and IDE's the bus still comes first).
	UnplugChecksDeviceFirst bool

	// PCNonQdevGPIOs is how many loose IRQs (non-qdev-gpio[N]) pc's
	// /machine/unattached holds, by {HPET, ACPI} (measured with `info
	// qom-tree`; q35's do not change).
	PCNonQdevGPIOs map[[2]bool]int

	// Q35SMMOffRegions: with smm=off q35's MCH maps none of its SMRAM,
	// TSEG and SMBASE regions, nor its CPUs their SMRAM address space
	// (measured on 10.0; 7.2 keeps them all, and pc keeps its own on both).
	Q35SMMOffRegions bool
	// X86VersionUnsigned: an x86 CPU's family, model and stepping are
	// uint64 properties (qom-set's text "expects uint64"), not int64.
	X86VersionUnsigned bool
	// SPAPRResets is what a pseries boot CPU holds before the machine
	// first runs, by processor family (measured with -cpu power8, power9
	// and power10); SPAPRCRLine is info registers' CR line, whose RES
	// field each release prints its way.
	SPAPRResets map[string]SPAPRReset
	SPAPRCRLine string
	// SPAPRNamedSPRs are the SPRs beyond the common ones that the
	// monitor's $NAME finds by their registered name and that read 0 at
	// reset: 10.0 registers CFAR and the decrementer as "DEC" (7.2 has
	// neither by those names; measured, m11-print-regs).
	SPAPRNamedSPRs []string

	// X86VendorLength is how qom-set refuses an x86 CPU vendor that is not
	// 12 bytes (%s: the value given).
	X86VendorLength string

	// X86AutoLevelWords are the CPUID feature words whose features, once
	// -cpu turns them on, raise a CPU's minimum CPUID level to their leaf
	// when full-cpuid-auto-level is on (x86_cpu_expand_features; leaf 7's
	// EBX does it always), as "EAX/ECX:REG" (ECX "-": the leaf has none).
	// Measured with -cpu 486,+<feature> and qom-get min-level, min-xlevel,
	// min-xlevel2 and level-func7.
	X86AutoLevelWords []string
	// X86FeatureDeps are the CPUID and MSR words whose features need
	// another feature, {word, feature}, in QEMU's feature_dependencies order
	// (measured: one -cpu line turning on a flag of each word): a feature
	// -cpu turns on without it is cleared with a warning. An MSR word may
	// name some of its bits ("MSR(48CH)/32-63": the VPID capabilities;
	// "MSR(48BH)/16-16": RDSEED exiting needs rdseed). The per-bit entries'
	// places were measured with lines turning several of them on at once.
	X86FeatureDeps [][2]string

	// VMPortNeedsI8042: pc's vmport=auto is off with i8042=off, and
	// vmport=on refuses to start without it (measured on 10.0; 7.2 takes
	// both and its auto is on).
	VMPortNeedsI8042 bool

	// SPAPRMachineQOM is the order pseries' /machine gets its own
	// properties in (machine_initfn's and spapr_instance_init's, then
	// machine init's children): inserted in a GLib hash table in this order
	// they list as qom-list lists them. The first CPU connector stands for
	// one per possible core, the first PHB one for the 31, rtc for rtc and
	// its rtc-time alias, wdt1 for the four watchdogs. The source's order,
	// moved by a search until qom-list /machine recorded with 1 to 128
	// possible cores came out exactly (the r35m-machine-qom cases; the
	// board's recording is TestSPAPRMachineQOMOrder's).
	SPAPRMachineQOM []string

	// VFIOHostHint is vfio-pci's hint when it names no host device.
	VFIOHostHint string

	// SPAPRFDT is how the pseries device tree fills its buffer (see FDT).
	SPAPRFDT FDT

	// NECXHCIKeepsStreams: nec-usb-xhci's instance_init leaves the
	// xhci-core's streams bit on (7.2 copies the NEC's own flags over the
	// core's, which clears it: qom-get reads false unless set).
	NECXHCIKeepsStreams bool

	dir   string
	texts sync.Map // name -> string, read on first use

}

// All lists the releases the simulator models, oldest first.
func All() []*Release { return []*Release{V7_2, V10_0} }

// Default is the release of a session that names none: every link,
// scenario and corpus made before versions existed meant 7.2.
var Default = V7_2

// Latest is the release new sessions in the page start on.
var Latest = V10_0

// Lookup finds a release by its name ("7.2", "10.0").
func Lookup(name string) (*Release, error) {
	for _, r := range All() {
		if r.Name == name {
			return r, nil
		}
	}
	return nil, fmt.Errorf("unknown QEMU version '%s' (this simulator models %s)", name, strings.Join(Names(), ", "))
}

// Names lists the release names, oldest first.
func Names() []string {
	var l []string
	for _, r := range All() {
		l = append(l, r.Name)
	}
	return l
}

// FDT is how a release's pseries device tree fills FDT_MAX_SIZE, as
// measured on its binary (dumped sizes; -smp bisected for the libfdt call
// that runs out of space). engine/cmdline/spaprfdt.go uses it.
type FDT struct {
	// Models: per CPU model prefix, the dumped size with one present core at
	// maxcpus=2 and the size of each further core's node, on the newest
	// pseries machine of the release.
	Models map[string][2]int
	// Tail: the calls built after the CPU DR connector properties, the last
	// built first, each with the largest overflow at which it is the call
	// that fails (midpoints between measured outcomes).
	Tail []FDTCall
	// CPUNode is the call that fails when the overflow reaches the CPU nodes.
	CPUNode string
}

// FDTCall is one libfdt call of the tail, as QEMU names it in its error.
type FDTCall struct {
	UpTo int
	Call string
}

// Version is what `info version` starts with: "7.2.22".
func (r *Release) Version() string { return fmt.Sprintf("%d.%d.%d", r.Major, r.Minor, r.Micro) }

// FullVersion is how the binary names itself: "7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)".
func (r *Release) FullVersion() string { return r.Version() + " (" + r.PackageString() + ")" }

// PackageString is the QMP greeting's and query-version's "package".
func (r *Release) PackageString() string { return "Debian " + r.Package }

// Text is a text recorded from this release's binaries, "\n" line ends, or
// "" when the release has no such recording. Recordings are kept plain, not
// gzipped: app.wasm is served brotli-compressed, and brotli only finds what
// the releases' files share in their plain text.
func (r *Release) Text(name string) string {
	if t, ok := r.texts.Load(name); ok {
		return t.(string)
	}
	b, ok := r.file(name)
	if !ok {
		return "" // not cached: a bundle that failed to load may load later
	}
	t, _ := r.texts.LoadOrStore(name, b)
	return t.(string)
}

// Has reports whether the release has a recording of that name.
func (r *Release) Has(name string) bool {
	_, ok := r.file(name)
	return ok
}

// BundleName is the file that carries the release's recordings to the
// browser (web/qemu-10.0.bin): the wasm build does not embed them, so a
// page downloads only the release it runs.
func (r *Release) BundleName() string { return "qemu-" + r.Name + ".bin" }

// FirmwareName is the file that carries the release's firmware for a
// target to the browser (web/qemu-10.0-ppc64-firmware.bin: SLOF;
// -x86_64-: SeaBIOS), downloaded only when read.
func (r *Release) FirmwareName(target string) string {
	return "qemu-" + r.Name + "-" + target + "-firmware.bin"
}

// X86HasModules: the release's x86 topology has modules (module-id).
func (r *Release) X86HasModules() bool { return slices.Contains(r.X86SMPLevels, "modules") }

func (r *Release) String() string { return r.Name }

// SPAPRReset is a pseries boot CPU's registers at reset: MSR, HF (hflags),
// DECR, and LPCR with the register after it (POWER8 has SDR1, later ones
// PTCR).
type SPAPRReset struct {
	MSR, HF uint64
	DECR    string
	LPCR    uint64
	SDR1    bool
}

// MigrationProtocol says whether a migration URI names a protocol the
// release knows.
func (r *Release) MigrationProtocol(uri string) bool {
	for _, p := range r.MigrationProtocols {
		if strings.HasPrefix(uri, p) {
			return true
		}
	}
	return false
}

// ClassProp is a QOM property as qom-list-properties describes it.
type ClassProp struct {
	Name, Type, Description string
}

// AudioHostProbe: see Release.AudioHostProbe.
type AudioHostProbe struct{ Modules, VoiceFailed string }
