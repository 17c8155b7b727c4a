package guest

import "strings"

// Listings and texts recorded from the guests (testdata/oracle: the
// discovery sessions gx-disc-*, gp-disc-*): what does not depend on the
// CPUs.

var (
	sysBusX86 = strings.Fields(`acpi auxiliary clockevents clocksource container coreboot cpu cxl dax edac
		event_source gpio i2c machinecheck memory memory_tiering mipi-dsi node nvmem pci pci_express platform pnp
		serial serio spi workqueue xen xen-backend`)
	sysBusPPC = strings.Fields(`auxiliary clockevents clocksource container cpu cxl event_source gpio i2c memory
		memory_tiering mpic node nvmem pci pci_express platform power scsi serial spi vio workqueue`)
	procSysX86 = strings.Fields("abi crypto debug dev fs kernel net user vm")
	procSysPPC = strings.Fields("crypto debug dev fs kernel net user vm")
)

// vulnerabilities are /sys/devices/system/cpu/vulnerabilities/* for the
// recorded models, in file order.
var vulnerabilityFiles = strings.Fields(`gather_data_sampling indirect_target_selection itlb_multihit l1tf mds
	meltdown mmio_stale_data reg_file_data_sampling retbleed spec_rstack_overflow spec_store_bypass spectre_v1
	spectre_v2 srbds tsa tsx_async_abort vmscape`)

var vulnerabilities = map[string]map[string]string{
	"qemu64-x86_64-cpu": {
		"spectre_v1": "Mitigation: usercopy/swapgs barriers and __user pointer sanitization",
		"spectre_v2": "Mitigation: Retpolines; STIBP: disabled; RSB filling; PBRSB-eIBRS: Not affected; BHI: Not affected",
	},
	"power9_v2.0-spapr-cpu-core": {
		"l1tf":              "Mitigation: RFI Flush, L1D private per thread",
		"meltdown":          "Mitigation: RFI Flush, L1D private per thread",
		"spec_store_bypass": "Mitigation: Kernel entry/exit barrier (eieio)",
		"spectre_v1":        "Mitigation: __user pointer sanitization, ori31 speculation barrier enabled",
		"spectre_v2":        "Mitigation: Software count cache flush (hardware accelerated), Software link stack flush",
	},
	"power10_v2.0-spapr-cpu-core": {
		"l1tf":              "Mitigation: RFI Flush, L1D private per thread",
		"meltdown":          "Mitigation: RFI Flush, L1D private per thread",
		"spec_store_bypass": "Mitigation: Kernel entry/exit barrier (eieio)",
		"spectre_v1":        "Mitigation: __user pointer sanitization",
		"spectre_v2":        "Mitigation: Software count cache flush (hardware accelerated), Software link stack flush",
	},
}

func (g *Guest) vulnerabilityNode(name string) *node {
	if name == "" {
		return dir(sysFS, vulnerabilityFiles...)
	}
	known := false
	for _, f := range vulnerabilityFiles {
		known = known || f == name
	}
	if !known {
		return nil
	}
	texts, ok := vulnerabilities[g.M.CPUType]
	if !ok {
		return unknownAttr(0o444)
	}
	if t, ok := texts[name]; ok {
		return attr(t + "\n")
	}
	return attr("Not affected\n")
}

// cpuAutoonline is the initramfs's /bin/cpu-autoonline (make_guest.sh).
const cpuAutoonline = `#!/bin/sh
# run by ` + "`uevent`" + ` for every kernel uevent (environment = the event)
[ "$ACTION" = add ] && [ "$SUBSYSTEM" = cpu ] && [ -w "/sys$DEVPATH/online" ] && \
  [ "$(cat "/sys$DEVPATH/online")" = 0 ] && echo 1 > "/sys$DEVPATH/online"
exit 0
`
