package release

// V7_2 is QEMU 7.2 as Debian 12 "bookworm" ships it (7.2.0 plus the stable
// patches up to 7.2.22).
var V7_2 = &Release{
	Name: "7.2", Major: 7, Minor: 2, Micro: 22,
	Package:           "1:7.2+dfsg-7+deb12u18+b3",
	PIIX4LegacyAssert: "../../hw/acpi/piix4.c:549",
	ICH9LegacyAssert:  "../../hw/acpi/ich9.c:385",

	dir: "7.2",

	SMPKeys:        []string{"cpus", "sockets", "dies", "clusters", "cores", "threads", "maxcpus"},
	SMPLevelChecks: []string{"dies", "clusters"},
	SMPLevelError:  "%s not supported by this machine's CPU topology",
	X86SMPLevels:   []string{"dies"},

	AMDHyperthreadingWarning: "This family of AMD CPU doesn't support hyperthreading(%d)\nPlease configure -smp options properly or try enabling topoext feature.",
	DeprecatedMachineReason:  "old and unattended - use a newer version instead",

	SPAPRTCGMaxThreads:   1,
	SPAPRTCGThreadsError: "TCG cannot support more than %d thread/core on a pseries machine",

	DeviceDelNotDevice:   "%s is not a hotpluggable device",
	UnplugBuslessAsserts: true,

	QueryStatusSinglestep: true,
}
