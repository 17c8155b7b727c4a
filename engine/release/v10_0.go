package release

// V10_0 is QEMU 10.0 as Debian 13 "trixie" ships it (10.0.13).
var V10_0 = &Release{
	Name: "10.0", Major: 10, Minor: 0, Micro: 13,
	Package: "1:10.0.13+ds-0+deb13u1",
	dir:     "10.0",

	SMPKeys:        []string{"cpus", "drawers", "books", "sockets", "dies", "clusters", "modules", "cores", "threads", "maxcpus"},
	SMPZeroIsError: true,
	SMPLevelChecks: []string{"modules", "clusters", "dies", "books", "drawers"},
	SMPLevelError:  "%s > 1 not supported by this machine's CPU topology",
	X86SMPLevels:   []string{"dies", "modules"},

	AMDHyperthreadingWarning:  "This family of AMD CPU doesn't support hyperthreading(%d). Please configure -smp options properly or try enabling topoext feature.",
	DeprecatedMachineReason:   "machines more than 3 years old are subject to deletion after 6 years",
	UnknownMachineNamed:       true,
	SPAPRSBBCBrokenFromPOWER8: true,

	SPAPRTCGMaxThreads:    8,
	SPAPRTCGThreadsError:  "TCG cannot support more than %d threads/core on a pseries machine",
	SPAPRTCGSMTFromPOWER8: true,

	X86TCGx2APIC: true,

	QMPDeviceAddTyped:    true,
	SMBIOSSocketLimit:    true,
	SMBIOSAutoEntryPoint: true,
	SizeHexSuffixError:   true,
	NoCPUSlotsError:      "machine does not support hot-plugging CPUs",
	DeviceDelNotDevice:   "%s is not a device",

	PIIX4LegacyAssert: "hw/acpi/piix4.c:553",
	ICH9LegacyAssert:  "hw/acpi/ich9.c:380",
}
