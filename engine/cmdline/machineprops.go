package cmdline

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/numa"
	"hotpluglab/engine/smp"
)

// propKind is how a -machine property's value is checked when it is set.
type propKind int

const (
	propString    propKind = iota // any text
	propBool                      // on/off
	propOnOffAuto                 // on/off/auto
	propInt                       // a number
	propUint32                    // a number that must fit 32 bits unsigned (a sign wraps it past them)
	propSize                      // a size
	propLink                      // names an object that must exist
	propArray                     // a list, not settable from -machine
	propReadOnly                  // exists but cannot be set
	propEnum                      // one of enumValues[k]
	propQAPIEnum                  // one of enumValues[k], checked by the QAPI visitor
)

// Every -machine property QEMU 7.2's pc/q35/pseries types have (measured
// with "-M <type>,<prop>=x"). smp, memory, type and accel are handled apart.
var commonMachineProps = map[string]propKind{
	"kernel-irqchip": propString, "dump-guest-core": propBool, "mem-merge": propBool, "usb": propBool,
	"graphics": propBool, "memory-backend": propString, "dtb": propString, "dumpdtb": propString,
	"phandle-start": propInt, "firmware": propString, "suppress-vmdesc": propBool,
	"memory-encryption": propString, "kernel": propString, "initrd": propString, "append": propString,
	"confidential-guest-support": propLink, "hmat": propBool,
}

var x86MachineProps = map[string]propKind{
	"acpi": propOnOffAuto, "smm": propOnOffAuto, "vmport": propOnOffAuto, "pit": propOnOffAuto, "pic": propOnOffAuto,
	"max-ram-below-4g": propSize, "hpet": propBool, "sata": propBool, "smbus": propBool, "i8042": propBool,
	"default-bus-bypass-iommu": propBool, "sgx-epc": propArray, "x-oem-id": propString, "x-oem-table-id": propString,
	"bus-lock-ratelimit": propInt, "nvdimm": propBool, "nvdimm-persistence": propString,
	"smbios-entry-point-type": propQAPIEnum, "max-fw-size": propSize,
	"pcspk-audiodev": propString, // pc_machine_initfn's alias to the speaker's audiodev
	"cxl":            propBool,   // PC_MACHINE's CXL switch (measured: pc,cxl=on starts, both releases)
}

// microvmMachineProps are microvm's: x86-machine's and its own (measured:
// "-M microvm,help" on both releases).
var microvmMachineProps = map[string]propKind{
	"acpi": propOnOffAuto, "smm": propOnOffAuto, "pit": propOnOffAuto, "pic": propOnOffAuto, "rtc": propOnOffAuto,
	"pcie": propOnOffAuto, "ioapic2": propOnOffAuto, "isa-serial": propBool, "x-option-roms": propBool,
	"auto-kernel-cmdline": propBool, "dt-compatible": propString, "bus-lock-ratelimit": propInt, "sgx-epc": propArray,
	"x-oem-id": propString, "x-oem-table-id": propString,
}

var spaprMachineProps = map[string]propKind{
	"vsmt": propUint32, "ic-mode": propEnum, "kvm-type": propString, "modern-hotplug-events": propBool,
	"resize-hpt": propEnum, "max-cpu-compat": propEnum, "host-model": propString, "host-serial": propString,
	"vfio-no-msix-emulation": propReadOnly,
	"cap-htm":                propBool, "cap-vsx": propBool, "cap-dfp": propBool, "cap-nested-hv": propBool,
	"cap-large-decr": propBool, "cap-ccf-assist": propBool, "cap-fwnmi": propBool, "cap-rpt-invalidate": propBool,
	"cap-ail-mode-3": propBool, "cap-dawr1": propBool, "cap-nested-papr": propBool,
	"cap-hpt-max-page-size": propSize, "x-vof": propBool, "nvdimm": propBool, "kernel-addr": propInt, "nvdimm-persistence": propString, "cap-cfpc": propEnum, "cap-sbbc": propEnum, "cap-ibs": propEnum,
}

var enumValues = map[string][]string{
	"ic-mode":        {"xics", "xive", "dual"},
	"resize-hpt":     {"default", "disabled", "enabled", "required"},
	"max-cpu-compat": {"power6", "power7", "power8", "power9", "power10"}, // and release.SPAPRCompatPOWER11
	"cap-cfpc":       {"broken", "workaround", "fixed"},
	"cap-sbbc":       {"broken", "workaround", "fixed"},
	"cap-ibs":        {"broken", "workaround", "fixed-ibs", "fixed-ccd", "fixed-na"},
	// SmbiosEntryPointType; "auto" is release.SMBIOSAutoEntryPoint's
	"smbios-entry-point-type": {"32", "64"},
}

// MachinePropertyWarning is what setting a machine property warns of
// ("" for nothing): pc_machine_set_max_ram_below_4g below 1 MiB.
func MachinePropertyWarning(k, v string) string {
	if k != "max-ram-below-4g" {
		return ""
	}
	if n, err := parseSizeValue(v); err == nil && n < 1<<20 {
		return fmt.Sprintf("Only %d bytes of RAM below the 4GiB boundary,BIOS may not work with less than 1MiB", n)
	}
	return ""
}

// checkMachineProperty is setting one -machine property: it must exist, and
// its value must suit its type.
func checkMachineProperty(t *machinetype.Type, k, v string) error {
	kind, ok := machinePropKind(t, k)
	if !ok || t.Family == machinetype.Other && t.Name != "x-remote" {
		return fmt.Errorf("Property '%s.%s' not found", t.QOMType(), k)
	}
	// spapr_set_ic_mode: pseries-3.0 and older allocate IRQs the legacy
	// XICS way, whatever the value.
	if k == "ic-mode" && t.Family == machinetype.PSeries && t.VersionAtMost(3, 0) {
		return errors.New("This machine only uses the legacy XICS backend, don't pass ic-mode")
	}
	switch kind {
	case propBool:
		if !isBool(v) {
			return fmt.Errorf("Parameter '%s' expects 'on' or 'off'", k)
		}
	case propOnOffAuto:
		if v != "on" && v != "off" && v != "auto" {
			return fmt.Errorf("Parameter '%s' does not accept value '%s'", k, v)
		}
	case propInt, propUint32:
		n, err := smp.ParseInt64(v)
		if err != nil {
			return fmt.Errorf("Parameter '%s' expects integer", k)
		}
		if kind == propUint32 && uint64(n) > math.MaxUint32 { // visit_type_uint32: "-1" is 2^64-1
			return fmt.Errorf("Parameter '%s' expects uint32_t", k)
		}
	case propSize:
		n, err := parseSizeValue(v)
		if err != nil {
			return fmt.Errorf("Parameter '%s' expects size", k)
		}
		switch {
		case k == "max-ram-below-4g" && n > 4<<30:
			return fmt.Errorf("Machine option 'max-ram-below-4g=%d' expects size less than or equal to 4G", n)
		case k == "max-fw-size" && n > 16<<20:
			return fmt.Errorf(t.Release.MaxFWSizeTooLarge, n) // pc_machine_set_max_fw_size
		case k == "cap-hpt-max-page-size" && (n == 0 || n&(n-1) != 0): // is_power_of_2(0) is false
			return errors.New("cap-hpt-max-page-size must be a power of 2")
		}
	case propString:
		// pc_machine_set_oem_id / _oem_table_id: ACPI's field widths.
		if width := map[string]int{"x-oem-id": 6, "x-oem-table-id": 8}[k]; width > 0 && len(v) > width {
			return fmt.Errorf("User specified %s value is bigger than %d bytes in size", k, width)
		}
		// machine_set_nvdimm_persistence: the two flush domains it knows.
		if k == "nvdimm-persistence" && v != "cpu" && v != "mem-ctrl" {
			return fmt.Errorf("-machine nvdimm-persistence=%s: unsupported option", v)
		}
	case propLink:
		return fmt.Errorf("Device '%s' not found", v) // no such objects in the simulator
	case propArray:
		return fmt.Errorf("Invalid parameter type for '%s', expected: array", k)
	case propReadOnly:
		return fmt.Errorf("Property '%s.%s' is not writable", t.QOMType(), k)
	case propQAPIEnum:
		if v == "auto" && k == "smbios-entry-point-type" && t.Release.SMBIOSAutoEntryPoint {
			return nil
		}
		for _, e := range enumValues[k] {
			if v == e {
				return nil
			}
		}
		return fmt.Errorf("Parameter '%s' does not accept value '%s'", k, v)
	case propEnum:
		if k == "max-cpu-compat" && (v == "" || strings.EqualFold(v, "power11") && t.Release.SPAPRCompatPOWER11) {
			return nil // an empty compat mode is none
		}
		for _, e := range enumValues[k] {
			// capability modes are case-insensitive, other enums are not
			if v == e || (strings.HasPrefix(k, "cap-") && strings.EqualFold(v, e)) {
				return nil
			}
		}
		switch {
		case strings.HasPrefix(k, "cap-"):
			return fmt.Errorf("Invalid capability mode \"%s\" for %s", v, k)
		case k == "max-cpu-compat":
			return fmt.Errorf("Invalid compatibility mode \"%s\"", v)
		}
		return fmt.Errorf("Bad value for \"%s\" property", k)
	}
	return nil
}

func isBool(v string) bool {
	switch v {
	case "on", "off", "yes", "no", "true", "false", "y", "n":
		return true
	}
	return false
}

// parseSizeValue is the keyval size visitor (qemu_strtosz).
func parseSizeValue(v string) (int64, error) { return numa.ParseSize(v) }

// smbiosError is the SMBIOS 2.0 (32-bit entry point) limit of 255 cores or
// threads per socket, checked when the tables are built (8.1 on), or nil.
func smbiosError(m *machine.Machine) error {
	if !m.Release().SMBIOSSocketLimit || m.IsSPAPR() || m.Type.Family == machinetype.Other {
		return nil
	}
	ep, given := m.Props["smbios-entry-point-type"]
	if !given {
		ep = "64" // pc-q35-8.1 and later
		if m.Type.Family == machinetype.PC || m.Type.VersionAtMost(8, 0) {
			ep = "32"
		}
	}
	t := m.Topology
	cores := t.Dies * t.Clusters * t.Modules * t.Cores
	if ep != "32" || (cores <= 255 && cores*t.Threads <= 255) {
		return nil
	}
	return errors.New("SMBIOS 2.0 doesn't support number of processor cores/threads more than 255, use -machine smbios-entry-point-type=64 option to enable SMBIOS 3.0 support")
}

// smbiosType41Error is smbios_build_type_41_table's lookup of each
// entry's pcidev among the PCI devices (release.SMBIOSType41NeedsDevice).
func (o *Options) smbiosType41Error(m *machine.Machine) error {
	b := board.Of(m)
	if !m.Release().SMBIOSType41NeedsDevice || b == nil || m.IsSPAPR() {
		return nil
	}
	for _, e := range o.smbiosType41 {
		found := false
		for _, d := range b.Tree.Devices() {
			found = found || d.ID == e[0] && d.Type.Implements("pci-device")
		}
		if !found {
			return fmt.Errorf("No PCI device %s for SMBIOS type 41 entry %s", e[0], e[1])
		}
	}
	return nil
}

// MachinePropValue is a -machine property given as text, as qom-get reads
// it back: a bool, a number, or the text itself. ok is false for a
// property the simulator has no kind for or text that does not parse.
func MachinePropValue(t *machinetype.Type, k, v string) (any, bool) {
	kind, ok := machinePropKind(t, k)
	if !ok || checkMachineProperty(t, k, v) != nil {
		return nil, false
	}
	switch kind {
	case propBool:
		switch v {
		case "on", "yes", "true", "y":
			return true, true
		}
		return false, true
	case propInt, propUint32:
		n, err := smp.ParseInt64(v)
		return n, err == nil
	case propSize:
		n, err := parseSizeValue(v)
		return n, err == nil
	case propEnum:
		if strings.HasPrefix(k, "cap-") { // spapr_cap_get_string: the mode's own name
			return strings.ToLower(v), true
		}
		return v, true
	case propString, propOnOffAuto, propQAPIEnum:
		return v, true
	}
	return nil, false
}

// CheckMachinePropertyText is qom-set's check of a machine property given
// as text (HMP without -j): the string input visitor's words, which name
// the C type where -machine's keyval visitor says "integer".
func CheckMachinePropertyText(t *machinetype.Type, k, v, qomType string) error {
	err := checkMachineProperty(t, k, v)
	if err != nil && err.Error() == fmt.Sprintf("Parameter '%s' expects integer", k) {
		if strings.HasPrefix(qomType, "uint") {
			return fmt.Errorf("Parameter '%s' expects uint64", k)
		}
		return fmt.Errorf("Parameter '%s' expects int64", k)
	}
	return err
}

func machinePropKind(t *machinetype.Type, k string) (propKind, bool) {
	if kind, ok := commonMachineProps[k]; ok {
		return kind, true
	}
	if t.Target == machinetype.X86_64 {
		if k == "pflash0" || k == "pflash1" {
			// pc_system_flash_create's aliases to its flash's drive: on
			// the pc machines only, and on each instance (not in help).
			fam := t.Family
			return propString, fam == machinetype.PC || fam == machinetype.Q35 || fam == machinetype.ISAPC
		}
		if k == "fd-bootchk" && t.Family != machinetype.Microvm {
			// a pc machine property since 9.x (-no-fd-bootchk's): where
			// the release's recorded -machine help lists it
			return propBool, machineHasProp(t, k)
		}
		if t.Family == machinetype.Microvm {
			kind, ok := microvmMachineProps[k]
			return kind, ok
		}
		if t.Name == "x-remote" { // remote_machine_class_init's own two
			return propBool, k == "vfio-user" || k == "auto-shutdown"
		}
		kind, ok := x86MachineProps[k]
		return kind, ok
	}
	kind, ok := spaprMachineProps[k]
	if ok && strings.HasPrefix(k, "cap-") && t.Release != nil {
		// Capabilities come with releases: the type's recorded
		// -machine help lists those it has.
		if body, found := machineProps(t.Release.Text("machine-props-ppc64.txt"), t.Name); found {
			ok = strings.Contains(body, "\n  "+k+"=") || strings.HasPrefix(body, "  "+k+"=")
		}
	}
	return kind, ok
}

// ParseSizeText reads a size as QEMU's visitors do (qemu_strtosz).
func ParseSizeText(v string) (int64, error) { return parseSizeValue(v) }

// ramSplitWarning is what pc_init1 and pc_q35_init warn of as they split
// the RAM below and above 4 GiB: a max-ram-below-4g that lowers the split
// to a boundary not a multiple of 1 GiB while more RAM lies above it.
func ramSplitWarning(m *machine.Machine, maxBelow string) string {
	n, err := parseSizeValue(maxBelow)
	if maxBelow == "" || err != nil || n == 0 { // 0: the default
		return ""
	}
	limit := uint64(n) // unsigned, as in C: RAM below the limit wraps around
	ram := uint64(m.RAMBytes)
	var lowmem uint64
	switch m.Type.Family {
	case machinetype.PC:
		// pc_init1: the limit is the split once the RAM reaches it, capped
		// at 3 GiB where gigabyte_align (pc-i440fx-2.0 on); warned of when
		// that split is not a multiple of 1 GiB, however little lies above.
		if ram < limit || m.Type.VersionAtMost(1, 7) {
			return ""
		}
		if min(limit, 0xc0000000)&(1<<30-1) == 0 {
			return ""
		}
		return fmt.Sprintf("Large machine and max_ram_below_4g (%d) not a multiple of 1G; possible bad performance.", limit)
	case machinetype.Q35:
		lowmem = 0xb0000000
		if ram >= 0xb0000000 {
			lowmem = 0x80000000
		}
	default:
		return ""
	}
	if lowmem <= limit || ram-limit <= limit || limit&(1<<30-1) == 0 {
		return ""
	}
	return fmt.Sprintf("There is possibly poor performance as the ram size  (0x%x) is more then twice the size of max-ram-below-4g (%d) and max-ram-below-4g is not a multiple of 1G.", ram, limit)
}

// machineHasProp: the type's recorded -machine help lists the property.
func machineHasProp(t *machinetype.Type, k string) bool {
	body, found := machineProps(t.Release.Text("machine-props-"+string(t.Target)+".txt"), t.Name)
	return found && (strings.Contains(body, "\n  "+k+"=") || strings.HasPrefix(body, "  "+k+"="))
}

// smpCacheEntries visits -machine smp-cache.N.cache/topology: each entry's
// members in order, missing or out of their enums.
func smpCacheEntries(d *keyval.Dict) ([]smp.CacheEntry, error) {
	var l []smp.CacheEntry
	for i := 0; d != nil; i++ {
		e := d.Sub(fmt.Sprint(i))
		if e == nil {
			break
		}
		var c smp.CacheEntry
		var ok bool
		if c.Cache, ok = e.String("cache"); !ok {
			return nil, fmt.Errorf("Parameter 'smp-cache.%d.cache' is missing", i)
		}
		if c.Topology, ok = e.String("topology"); !ok {
			return nil, fmt.Errorf("Parameter 'smp-cache.%d.topology' is missing", i)
		}
		if err := smp.CheckCacheEntry(c); err != nil {
			return nil, err
		}
		l = append(l, c)
	}
	return l, nil
}

// sgxEPCList is the visitor's SgxEPCList from -M sgx-epc.N.memdev=ID,
// sgx-epc.N.node=NODE: every element an object with both members (memdev
// first), its memdevs returned in order for the board's lookup.
func sgxEPCList(list *keyval.Dict) ([]string, error) {
	var ids []string
	for _, idx := range list.Keys {
		if strings.Trim(idx, "0123456789") != "" {
			return nil, errors.New("Invalid parameter type for 'sgx-epc', expected: array")
		}
		name := "sgx-epc." + idx
		e := list.Sub(idx)
		if e == nil {
			return nil, fmt.Errorf("Invalid parameter type for '%s', expected: object", name)
		}
		id, ok := e.String("memdev")
		if !ok {
			return nil, fmt.Errorf("Parameter '%s.memdev' is missing", name)
		}
		node, ok := e.String("node")
		if !ok {
			return nil, fmt.Errorf("Parameter '%s.node' is missing", name)
		}
		if n, err := smp.ParseInt64(node); err != nil {
			return nil, fmt.Errorf("Parameter '%s.node' expects integer", name)
		} else if uint64(n) > math.MaxUint32 {
			return nil, fmt.Errorf("Parameter '%s.node' expects uint32_t", name)
		}
		for _, k := range e.Keys {
			if k != "memdev" && k != "node" {
				return nil, fmt.Errorf("Parameter '%s.%s' is unexpected", name, k)
			}
		}
		ids = append(ids, id)
	}
	return ids, nil
}
