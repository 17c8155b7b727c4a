// Package helptext holds QEMU 7.2's help outputs verbatim, as the Debian
// 7.2.22 binaries print them (../shared/qemu/help-texts), with "\n" line ends.
package helptext

import _ "embed"

var (
	//go:embed x86_64-cpu-help.txt
	X86CPUHelp string
	//go:embed ppc64-cpu-help.txt
	PPC64CPUHelp string
	//go:embed x86_64-device-help.txt
	X86DeviceHelp string
	//go:embed ppc64-device-help.txt
	PPC64DeviceHelp string
	//go:embed qemu64-x86_64-cpu-props.txt
	X86CPUProps string
	//go:embed power9_v2.0-spapr-cpu-core-props.txt
	SPAPRCoreProps string
	// PPCThreadProps is `-device power9_v2.0-powerpc64-cpu,help` (every
	// POWER thread type has these).
	//go:embed powerpc64-cpu-props.txt
	PPCThreadProps string
	//go:embed smp-help.txt
	SMPHelp string
	//go:embed hmp-help-lines.txt
	HMPHelpLines string
)

var (
	//go:embed x86_64-machine-help.txt
	X86MachineHelp string
	//go:embed ppc64-machine-help.txt
	PPC64MachineHelp string
)

// HMP `help` and `help info` as the 7.2.22 binaries print them (recorded
// through human-monitor-command), "\n" line ends.
var (
	//go:embed hmp-help-x86_64.txt
	HMPHelpX86 string
	//go:embed hmp-help-ppc64.txt
	HMPHelpPPC64 string
	//go:embed hmp-help-info-x86_64.txt
	HMPHelpInfoX86 string
	//go:embed hmp-help-info-ppc64.txt
	HMPHelpInfoPPC64 string
)
