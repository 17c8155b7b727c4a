package cmdline

import (
	"errors"
	"fmt"
	"hotpluglab/engine/object"
	"math"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/board"
	"hotpluglab/engine/hostfs"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qjson"
)

// archOptions are the options qemu-options.hx gives to some targets only
// (measured on both binaries): anywhere else QEMU stops at them, in order,
// with "Option not supported for this target".
var archOptions = map[string][]machinetype.Target{
	"no-fd-bootchk": {machinetype.X86_64}, "no-acpi": {machinetype.X86_64}, "no-hpet": {machinetype.X86_64},
	"acpitable": {machinetype.X86_64}, "smbios": {machinetype.X86_64}, "win2k-hack": {machinetype.X86_64},
	"g": {machinetype.PPC64}, "prom-env": {machinetype.PPC64},
	"semihosting": nil, "semihosting-config": nil, "old-param": nil,
}

func optionOnTarget(name string, t machinetype.Target) bool {
	targets, limited := archOptions[name]
	return !limited || slices.Contains(targets, t)
}

// keyLists are the parameters of QemuOpts lists whose options the
// simulator checks as they are read (an unknown one: "Invalid parameter").
var keyLists = map[string][]string{
	"action":    {"reboot", "shutdown", "panic", "watchdog"},
	"add-fd":    {"fd", "set", "opaque"},
	"sandbox":   {"enable", "obsolete", "elevateprivileges", "spawn", "resourcecontrol"},
	"msg":       {"timestamp", "guest-name"},
	"acpitable": {"sig", "rev", "oem_id", "oem_table_id", "oem_rev", "asl_compiler_id", "asl_compiler_rev", "file", "data"},
	// qemu_iscsi_opts (block/iscsi-opts.c, both releases); an id is
	// QemuOpts' own.
	"iscsi": {"id", "user", "password", "password-secret", "header-digest", "initiator-name", "timeout"},
}

// numberParams are the QEMU_OPT_NUMBER parameters of keyLists' options: a
// value that is no number fails as its item is read, in the option's order.
var numberParams = map[string][]string{"add-fd": {"fd", "set"}, "iscsi": {"timeout"}}

// actionValues are -action's choices (qapi RunState actions).
var actionValues = map[string][]string{
	"reboot": {"reset", "shutdown"}, "shutdown": {"poweroff", "pause"},
	"panic":    {"pause", "shutdown", "exit-failure", "none"},
	"watchdog": {"reset", "shutdown", "poweroff", "pause", "debug", "none", "inject-nmi"},
}

// CompatPolicyKey holds, in Machine.Extra, -compat's members as given
// (map: "deprecated-input", "unstable-input", ... to their choice).
const CompatPolicyKey = "qmp.compat-policy"

// compatValues are -compat's members (CompatPolicy) and their choices.
var compatValues = map[string][]string{
	"deprecated-input": {"accept", "reject", "crash"}, "deprecated-output": {"accept", "hide"},
	"unstable-input": {"accept", "reject", "crash"}, "unstable-output": {"accept", "hide"},
}

// checkOptionAsRead is what QEMU checks of some options as it reads them.
func (o *Options) checkOptionAsRead(name, v string) error {
	if name == "compat" && strings.HasPrefix(v, "{") { // read by a QAPI visitor: JSON too
		kv, err := jsonAsKeyval(v)
		if err != nil {
			return err
		}
		if val, _ := qjson.Parse([]byte(v)); val != nil {
			obj, _ := val.(qjson.Object)
			// CompatPolicy's members are enums, each visited in the
			// schema's order: a string, then one of its values (measured)
			for _, k := range []string{"deprecated-input", "deprecated-output", "unstable-input", "unstable-output"} {
				if m, present := obj.Get(k); present {
					str, isStr := m.(string)
					if !isStr {
						return fmt.Errorf("Invalid parameter type for '%s', expected: string", k)
					}
					if !slices.Contains(compatValues[k], str) {
						return fmt.Errorf("Parameter '%s' does not accept value '%s'", k, str)
					}
				}
			}
		}
		v = kv
	}
	// -sandbox names its first word; -add-fd and -msg do not (a bare
	// word is a short-form boolean).
	keys, vals := qemuOpts(v, map[string]string{"sandbox": "enable"}[name])
	if name == "compat" { // the last -compat is the policy, whole
		o.compatPolicy = lastValues(keys, vals)
	}
	if known, ok := keyLists[name]; ok {
		for i, k := range keys {
			if k == "id" && !mergingLists[name] { // opts_do_parse skips the id qemu_opts_create took
				continue
			}
			if !slices.Contains(known, k) {
				return fmt.Errorf("Invalid parameter '%s'", k)
			}
			if slices.Contains(numberParams[name], k) {
				if err := qemuopts.NumberError(k, vals[i]); err != nil {
					return err
				}
			}
		}
	}
	for i, k := range keys {
		val := vals[i]
		switch {
		case name == "action" && k == "reboot": // the same as -no-reboot, read in order with it (values checked later, after the sandbox)
			o.noReboot = val == "shutdown"
		case name == "action" && k == "shutdown": // -no-shutdown
			o.noShutdown = val == "pause"
		case name == "compat" && compatValues[k] == nil:
			return fmt.Errorf("Parameter '%s' is unexpected", k)
		case name == "compat" && !slices.Contains(compatValues[k], val):
			return fmt.Errorf("Parameter '%s' does not accept value '%s'", k, val)
		case name == "sandbox" && k == "enable":
			if _, err := qdev.ParseValue(qdev.Prop{Name: k, Type: "bool"}, val); err != nil {
				return err
			}
		}
	}
	switch name {
	case "smbios":
		return o.smbiosEntry(keys, vals)
	case "acpitable":
		return o.acpiTableAdd(v, keys, vals)
	}
	return nil
}

// mergingLists tells, for the QemuOpts lists whose ids the simulator
// checks, whether the list merges its options into one (merge_lists: an id
// is refused) or makes one opts per option (an id must be an identifier
// not taken yet in the list). -action merges; -sandbox, -msg, -overcommit
// and -iscsi do not (measured: "-sandbox on,id=sb0" starts, "-action
// id=a,..." is "Invalid parameter 'id'").
var mergingLists = map[string]bool{"action": true, "sandbox": false, "msg": false, "overcommit": false, "iscsi": false}

// optsCreate is qemu_opts_create for an option of those lists, before any
// of its items is read (and before their short-form boolean warnings).
func (o *Options) optsCreate(name, v string) error {
	merging, checked := mergingLists[name]
	if !checked {
		return nil
	}
	id, ok := qemuopts.FirstID(v)
	switch {
	case !ok:
		return nil
	case merging:
		return errors.New("Invalid parameter 'id'")
	case !qemuopts.IDWellFormed(id):
		return qemuopts.IDError{}
	case o.listIDs[name+"."+id]:
		return fmt.Errorf("Duplicate ID '%s' for %s", id, name)
	}
	if o.listIDs == nil {
		o.listIDs = map[string]bool{}
	}
	o.listIDs[name+"."+id] = true
	return nil
}

// acpiTableAdd is acpi_table_add: one of file (a table with its header)
// and data (a body), its files read in turn and their length checked.
// A table's header length that is not the table's is warned about (the
// simulated host's raw files hold zeros).
func (o *Options) acpiTableAdd(v string, keys, vals []string) error {
	opt := lastValues(keys, vals)
	file, hasFile := opt["file"]
	data, hasData := opt["data"]
	if hasFile == hasData {
		return errors.New("'-acpitable' requires one of 'data' or 'file'")
	}
	paths := data
	if hasFile {
		paths = file
	}
	var size, header int64
	for i, f := range strings.Split(paths, ":") {
		h, ok := o.Block.Host.Lookup(f)
		if !ok {
			return fmt.Errorf("can't open file %s: No such file or directory", f)
		}
		size += h.Length()
		if i == 0 && h.Format == hostfs.QCOW2 {
			header = 3 << 24 // the qcow2 version, big-endian, read as ACPI's little-endian length
		}
	}
	const headerSize = 36
	payload := size
	if !hasFile {
		payload += headerSize
	} else if size < headerSize {
		return fmt.Errorf("ACPI table claiming to have header is too short, available: %d, expected: %d", size, headerSize)
	}
	if payload > math.MaxUint16 {
		return fmt.Errorf("ACPI table too big, requested: %d, max: %d", payload, math.MaxUint16)
	}
	if hasFile && header != payload {
		o.Printed = append(o.Printed, fmt.Sprintf("-acpitable %s: warning: ACPI table has wrong length, header says %d, actual size %d bytes", v, header, payload))
	}
	return nil
}

// smbiosKeys are each SMBIOS structure type's parameters (measured, both
// releases; see release.SMBIOSSlots for what 10.0 adds).
var smbiosKeys = map[int][]string{
	0:  {"vendor", "version", "date", "release", "uefi"},
	1:  {"manufacturer", "product", "version", "serial", "uuid", "sku", "family"},
	2:  {"manufacturer", "product", "version", "serial", "asset", "location"},
	3:  {"manufacturer", "version", "serial", "asset", "sku"},
	4:  {"sock_pfx", "manufacturer", "version", "serial", "asset", "part", "max-speed", "current-speed", "processor-id"},
	8:  {"internal_reference", "external_reference", "connector_type", "port_type"},
	11: {"value", "path"},
	17: {"loc_pfx", "bank", "manufacturer", "serial", "asset", "part", "speed"},
	41: {"designation", "kind", "instance", "pcidev"},
}

var smbiosType41Kinds = []string{"other", "unknown", "video", "scsi", "ethernet", "tokenring", "sound", "pata", "sata", "sas"}

var smbiosNumbers = []string{"max-speed", "current-speed", "processor-id", "processor-family", "speed", "instance"}

// smbiosEntry is smbios_entry_add: a file, or a type's fields.
func (o *Options) smbiosEntry(keys, vals []string) error {
	opt := lastValues(keys, vals)
	if f, ok := opt["file"]; ok {
		for _, k := range keys {
			if k != "file" {
				return fmt.Errorf("Invalid parameter '%s'", k)
			}
		}
		if h, ok := o.Block.Host.Lookup(f); !ok || h.Format == hostfs.Dir {
			return fmt.Errorf("Cannot read SMBIOS file %s", f)
		}
		return nil
	}
	val, ok := opt["type"]
	if !ok {
		return errors.New("Must specify type= or file=")
	}
	// A number past 2^64 is strtoull's UINT64_MAX here, out of range like
	// "-1" (measured).
	typ, ok, tooLarge := qemuopts.Number(val)
	if !ok && !tooLarge {
		return errors.New("Parameter 'type' expects a number")
	}
	if typ > 127 {
		return errors.New("out of range!")
	}
	fields, ok := smbiosKeys[int(typ)]
	if o.rel.SMBIOSSlots {
		switch typ {
		case 4:
			fields = append(slices.Clone(fields), "processor-family")
		case 9:
			fields, ok = []string{"slot_designation", "slot_type", "slot_data_bus_width", "current_usage", "slot_length", "slot_id",
				"slot_characteristics1", "slot_characteristics2", "pci_device"}, true
		}
	}
	if !ok {
		return fmt.Errorf("Don't know how to build fields for SMBIOS type %d", typ)
	}
	for i, k := range keys {
		switch {
		case k == "type" || k == "id":
		case !slices.Contains(fields, k):
			return fmt.Errorf("Invalid parameter '%s'", k)
		case k == "uefi":
			if _, err := qdev.ParseValue(qdev.Prop{Name: k, Type: "bool"}, vals[i]); err != nil {
				return err
			}
		case k == "uuid":
			if checkUUID(vals[i]) != nil {
				return errors.New("Invalid UUID")
			}
		case slices.Contains(smbiosNumbers, k):
			if err := qemuopts.NumberError(k, vals[i]); err != nil {
				return err
			}
		}
	}
	// What smbios_entry_add checks once the parameters are valid.
	switch typ {
	case 1: // its uuid is the machine's (qemu_uuid), as -uuid's: the last one read counts
		if u, ok := opt["uuid"]; ok {
			o.UUID = strings.ToLower(u)
		}
	case 0:
		if r, ok := opt["release"]; ok && !scansTwoBytes(r) {
			return errors.New("Invalid release")
		}
	case 11: // save_opt_one reads each path= file now (qemu_open)
		for i, k := range keys {
			if _, ok := o.Block.Host.Lookup(vals[i]); k == "path" && !ok {
				return fmt.Errorf("Could not open '%s': No such file or directory", vals[i])
			}
		}
	case 41: // type41_kind_lookup, read by qapi_enum_parse
		if k, ok := opt["kind"]; ok && !slices.Contains(smbiosType41Kinds, k) {
			return fmt.Errorf("invalid parameter value: %s", k)
		}
		o.smbiosType41 = append(o.smbiosType41, [2]string{opt["pcidev"], opt["designation"]})
	case 4:
		for _, k := range []string{"max-speed", "current-speed"} {
			if n, _, _ := qemuopts.Number(opt[k]); n > math.MaxUint16 {
				return fmt.Errorf("SMBIOS CPU speed is too large (> %d)", math.MaxUint16)
			}
		}
	}
	return nil
}

// scansTwoBytes is sscanf(s, "%hhu.%hhu") == 2: two numbers, each after
// optional blanks and a sign, with a dot between them.
func scansTwoBytes(s string) bool {
	number := func(s string) (string, bool) {
		s = strings.TrimLeft(s, " \t\n\v\f\r")
		if s != "" && (s[0] == '+' || s[0] == '-') {
			s = s[1:]
		}
		n := 0
		for n < len(s) && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		return s[n:], n > 0
	}
	rest, ok := number(s)
	if !ok || !strings.HasPrefix(rest, ".") {
		return false
	}
	_, ok = number(rest[1:])
	return ok
}

// validateOptions is qemu_validate_options, after the option loop: the
// kernel's command line and initrd need a kernel.
func (o *Options) validateOptions() error {
	kernel := o.kernel
	if k, ok := o.Machine.String("kernel"); ok {
		kernel = k
	}
	if kernel != "" {
		return nil
	}
	if _, ok := o.Machine.String("append"); ok || o.appendGiven {
		return errors.New("-append only allowed with -kernel option")
	}
	if _, ok := o.Machine.String("initrd"); ok || o.initrdGiven {
		return errors.New("-initrd only allowed with -kernel option")
	}
	return nil
}

// addAction adds an option's values to the "action" opts (merge_lists):
// the first option to add any makes the opts and names its location.
func (o *Options) addAction(loc, v string) {
	if len(o.actions) == 0 {
		o.actionsLoc = loc
	}
	o.actions = append(o.actions, v)
}

// earlyOptions is qemu_process_early_options' share the simulator checks:
// the log mask (-d), whose unknown item prints the log items and exits.
func (o *Options) earlyOptions(target machinetype.Target) error {
	if err := o.sandboxes(); err != nil {
		return err
	}
	// process_runstate_actions, after the sandbox: the "action" list
	// merges every -action, -no-reboot and -no-shutdown into one opts (the
	// last value of a key wins), located at the option that made it; its
	// values are visited in set-action's member order.
	merged := map[string]string{}
	for _, v := range o.actions {
		keys, vals := qemuOpts(v, "")
		for i, k := range keys {
			merged[k] = vals[i]
		}
	}
	for _, k := range []string{"reboot", "shutdown", "panic", "watchdog"} {
		if v, ok := merged[k]; ok && !slices.Contains(actionValues[k], v) {
			return fmt.Errorf("%s: Parameter '%s' does not accept value '%s'", o.actionsLoc, k, v)
		}
	}
	// qemu_str_to_log_mask: an unknown item (or an empty mask) gives 0.
	for _, item := range strings.Split(o.logMask, ",") {
		if !o.logGiven || item == "all" || strings.HasPrefix(item, "trace:") && len(item) > 6 || slices.Contains(o.logItems(target), item) {
			continue
		}
		return &exit{code: 1, stdout: o.logUsage(target)}
	}
	// qemu_set_log_filename_flags: -D's file is opened now, mask or not.
	if f := o.Trace.File; f != "" && o.hostOpensDirectory(f) {
		return fmt.Errorf("Error opening logfile %s: Is a directory", f)
	} else if f != "" && !o.hostCanCreate(f) || f == "" && o.logFileGiven { // fopen("") fails too
		return fmt.Errorf("Error opening logfile %s: No such file or directory", f)
	}
	return nil
}

// hostOpensDirectory says whether opening p for writing on the simulated
// host meets a directory (EISDIR): a directory the host has, or any name
// given with a trailing slash whose parent is there (open(2) with O_CREAT
// refuses it; measured with -D on both releases: "0/", "/tmp/x/").
func (o *Options) hostOpensDirectory(p string) bool {
	name := strings.TrimRight(p, "/")
	if name == "" || commonHostDirs[name] {
		return true
	}
	return name != p && o.hostCanCreate(name)
}

// sandboxValues are parse_sandbox's choices, in the order it reads them.
var sandboxValues = []struct {
	key    string
	values []string
}{
	{"obsolete", []string{"allow", "deny"}}, {"elevateprivileges", []string{"allow", "deny", "children"}},
	{"spawn", []string{"allow", "deny"}}, {"resourcecontrol", []string{"allow", "deny"}},
}

// sandboxes is parse_sandbox for each -sandbox: only an enabled sandbox
// reads its other parameters (each key's last value).
func (o *Options) sandboxes() error {
	for _, v := range o.sandbox {
		keys, vals := qemuOpts(v, "enable")
		last := lastValues(keys, vals)
		if on, ok := qemuopts.ParseBool(last["enable"]); !ok || !on {
			continue
		}
		for _, sv := range sandboxValues {
			if val, ok := last[sv.key]; ok && !slices.Contains(sv.values, val) {
				return fmt.Errorf("-sandbox %s: invalid argument for %s", v, sv.key)
			}
		}
	}
	return nil
}

// tpmTypes is tpm_display_backend_drivers' list, printed after a -tpmdev
// without a known type.
const tpmTypes = "Supported TPM types (choose only one):\n passthrough   Passthrough TPM backend driver\n    emulator   TPM emulator backend driver"

// tpmBackendKeys are each TPM backend's options.
var tpmBackendKeys = map[string][]string{"emulator": {"type", "chardev"}, "passthrough": {"type", "path", "cancel-path"}}

// tpmInit is tpm_init_tpmdev for each -tpmdev, among the late backends:
// its id, its type, then an emulator's control chardev. A backend that
// passes these needs the host's TPM or swtpm, which the simulator has
// not: it is reported as not simulated.
func (o *Options) tpmInit() error {
	for _, v := range o.tpmdevs {
		keys, vals := qemuOpts(v, "type")
		opt := lastValues(keys, vals)
		loc := "-tpmdev " + v + ": "
		typ, hasType := opt["type"]
		switch _, hasID := opt["id"]; {
		case !hasID:
			return errors.New(loc + "Parameter 'id' is missing")
		case !hasType:
			return errors.New(loc + "Parameter 'type' is missing\n" + tpmTypes)
		case typ != "passthrough" && typ != "emulator":
			return errors.New(loc + "Parameter 'type' expects a TPM backend type\n" + tpmTypes)
		}
		// qemu_opts_validate against the backend's options
		for _, k := range keys {
			if k != "id" && !slices.Contains(tpmBackendKeys[typ], k) {
				return fmt.Errorf("%sInvalid parameter '%s'", loc, k)
			}
		}
		if typ != "emulator" {
			continue
		}
		chr, ok := opt["chardev"]
		if !ok {
			return errors.New(loc + "tpm-emulator: parameter 'chardev' is missing")
		}
		c := o.Chr.Find(chr)
		if c == nil {
			return fmt.Errorf("%stpm-emulator: tpm chardev '%s' not found", loc, chr)
		}
		if c.Backend != "socket" {
			// Only a socket passes the data channel's descriptor on
			// (measured on a null chardev).
			return fmt.Errorf("%[1]stpm-emulator: Failed to send CMD_SET_DATAFD: Inappropriate ioctl for device\n%[2]s: %[1]stpm-emulator: Could not cleanly shutdown the TPM: Inappropriate ioctl for device", loc, o.Target.Binary())
		}
	}
	return nil
}

// logUsage is qemu_print_log_usage: the monitor's `log` help without its
// "none" item, pointing at -d.
func (o *Options) logUsage(target machinetype.Target) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(o.rel.Text("hmp-help-log-"+string(target)+".txt"), "\n") {
		if strings.HasPrefix(l, "none ") {
			continue
		}
		b.WriteString(strings.Replace(l, `"log trace:help"`, `"-d trace:help"`, 1))
	}
	return b.String()
}

// logItems are the log item names the usage lists.
func (o *Options) logItems(target machinetype.Target) []string {
	var items []string
	for _, l := range strings.Split(o.logUsage(target), "\n")[1:] {
		if f := strings.Fields(l); len(f) > 1 && !strings.Contains(f[0], ":") {
			items = append(items, f[0])
		}
	}
	return items
}

// fwCfgBoardFiles are the fw_cfg files a board has added when -fw_cfg is
// read (measured: a -fw_cfg of the same name fails there, at its
// location); reserved-memory-end only with room for DIMMs.
func fwCfgBoardFiles(m *machine.Machine) []string {
	var names []string
	switch m.Type.Family {
	case machinetype.PC, machinetype.Q35:
		names = []string{"etc/boot-fail-wait", "etc/system-states", "genroms/kvmvapic.bin"}
		if m.Type.Family == machinetype.Q35 {
			names = append(names, "etc/smi/supported-features")
		}
		if m.MaxRAMBytes > m.RAMBytes {
			names = append(names, "etc/reserved-memory-end")
		}
	case machinetype.Microvm:
		names = []string{"etc/boot-fail-wait"}
	}
	if !m.Release().E820AtMachineDone {
		names = append(names, "etc/e820")
	}
	return names
}

// FwCfgMachineDoneFiles are the fw_cfg files pc_machine_done adds after
// -fw_cfg, in order (the SMBIOS tables, then ACPI's): a -fw_cfg that took
// one of their names makes it fail there, with no location.
func fwCfgMachineDoneFiles(m *machine.Machine) []string {
	if m.Type.Family != machinetype.PC && m.Type.Family != machinetype.Q35 {
		if m.Release().E820AtMachineDone && m.Type.Family == machinetype.Microvm {
			return []string{"etc/e820"}
		}
		return nil
	}
	names := []string{"etc/smbios/smbios-tables"}
	if m.Release().E820AtMachineDone {
		names = append(names, "etc/e820")
	}
	if m.ACPI {
		names = append(names, "etc/acpi/tables", "etc/table-loader", "etc/tpm/log", "etc/acpi/rsdp")
	}
	return names
}

// fwCfgEntries is parse_fw_cfg for each -fw_cfg (with the machine made):
// a name and exactly one content; a name outside "opt/" is warned about; a
// name taken fails. taken is the first name the board adds later.
func (o *Options) fwCfgEntries(m *machine.Machine) (warnings []string, taken string, err error) {
	if m.Type.Family != machinetype.PC && m.Type.Family != machinetype.Q35 && m.Type.Family != machinetype.Microvm {
		if len(o.fwCfg) > 0 && m.IsSPAPR() {
			return nil, "", fmt.Errorf("-fw_cfg %s: fw_cfg device not available", o.fwCfg[0])
		}
		return nil, "", nil
	}
	names := map[string]bool{}
	for _, n := range fwCfgBoardFiles(m) {
		names[n] = true
	}
	for _, a := range o.fwCfg {
		keys, vals := qemuOpts(a, "name")
		opt := lastValues(keys, vals)
		n := 0
		for _, k := range []string{"file", "string", "gen_id"} {
			if opt[k] != "" {
				n++
			}
		}
		loc := "-fw_cfg " + a + ": "
		if opt["name"] == "" || n != 1 {
			return warnings, "", errors.New(loc + "name, plus exactly one of file, string and gen_id, are needed")
		}
		if len(opt["name"]) > 55 {
			return warnings, "", fmt.Errorf("%sname too long (max. %d char)", loc, 55)
		}
		if !strings.HasPrefix(opt["name"], "opt/") {
			warnings = append(warnings, loc+"warning: externally provided fw_cfg item names should be prefixed with \"opt/\"")
		}
		if g := opt["gen_id"]; g != "" {
			if !o.Registry.Objects[g] {
				return warnings, "", fmt.Errorf("%sCannot find object ID '%s'", loc, g)
			}
			continue
		}
		if f := opt["file"]; f != "" {
			if _, ok := o.Block.Host.Lookup(f); !ok {
				return warnings, "", fmt.Errorf("%scan't load %s: Failed to open file “%s”: No such file or directory", loc, f, f)
			}
		}
		if names[opt["name"]] {
			return warnings, "", fmt.Errorf("%sduplicate fw_cfg file name: %s", loc, opt["name"])
		}
		names[opt["name"]] = true
	}
	for _, n := range fwCfgMachineDoneFiles(m) {
		if names[n] {
			return warnings, n, nil
		}
	}
	return warnings, "", nil
}

// commonHostDirs are directories a real host has that the simulated one
// need not list.
var commonHostDirs = map[string]bool{"/": true, "/tmp": true, "/dev": true, "/dev/shm": true, "/dev/hugepages": true,
	"/var/tmp": true, "/run": true, "/mnt": true, "/hugepages": true}

// hostCanCreate says whether a file can be opened for writing on the
// simulated host: it is there, or its directory is.
func (o *Options) hostCanCreate(p string) bool {
	parent := p[:strings.LastIndex(p, "/")+1]
	if len(parent) > 1 {
		parent = strings.TrimSuffix(parent, "/")
	}
	if !strings.Contains(p, "/") || commonHostDirs[parent] {
		return true // a relative name: QEMU's working directory
	}
	_, found := o.Block.Host.Lookup(p)
	_, dir := o.Block.Host.Lookup(parent)
	return found || dir
}

// memPathError is the guest RAM's backing store from -mem-path.
func (o *Options) memPathError() error {
	if p, ok := o.later["mem-path"]; ok {
		return o.backingStoreError(p)
	}
	return nil
}

// hostUserAddressSpace is an x86-64 Linux process's address space (47
// bits): no anonymous mapping larger than it can succeed, whatever the
// host's memory and overcommit settings (smaller ones depend on them).
const hostUserAddressSpace = 1 << 47

// defaultRAMAllocError is create_default_memdev's allocation of the
// machine's own RAM backend (no memory-backend=, no NUMA memdevs, no
// -mem-path): measured with -m 0x40000000 on 7.2, 1 PiB.
func (o *Options) defaultRAMAllocError(m *machine.Machine) error {
	if _, given := m.Props["memory-backend"]; given || m.NUMAMemdevs || o.later["mem-path"] != "" {
		return nil
	}
	if id := object.RAMID(m); id != "" && uint64(m.RAMBytes) >= hostUserAddressSpace {
		return fmt.Errorf("cannot set up guest memory '%s': Cannot allocate memory", id)
	}
	return nil
}

// backingStoreError is a RAM backing store's path (-mem-path, a
// memory-backend-file's mem-path): a file in a directory (made there when
// missing), or a file of that name made in its parent directory.
func (o *Options) backingStoreError(p string) error {
	if unmappableDevices[p] {
		// file_ram_alloc opens the device, cannot size it (perror), then
		// cannot map it.
		return &exit{code: 1, raw: true, msg: "ftruncate: Invalid argument\n" + o.Target.Binary() + ": unable to map backing store for guest RAM: No such device\n"}
	}
	if _, found := o.Block.Host.Lookup(p); found || commonHostDirs[p] || strings.Contains(p, "/") && o.hostCanCreate(p) {
		return nil
	}
	return fmt.Errorf("can't open backing store %s for guest RAM: No such file or directory", p)
}

// icountError is icount_configure's shift: "auto" or 0..10.
func (o *Options) icountError() error {
	v, ok := o.later["icount"]
	if !ok {
		return nil
	}
	keys, vals := qemuOpts(v, "shift")
	// replay_configure, at the option: rr's mode, then its file.
	last := lastValues(keys, vals)
	_, shift := last["shift"]
	if rr, given := last["rr"]; given {
		if rr != "record" && rr != "replay" {
			return fmt.Errorf("-icount %s: Invalid icount rr option: %s", v, rr)
		}
		file, ok := last["rrfile"]
		if !ok {
			return fmt.Errorf("-icount %s: File name not specified for replay", v)
		}
		// replay_enable: playing back opens the file (printed as is)
		if _, found := o.Block.Host.Lookup(file); rr == "replay" && !found {
			return &exit{code: 1, raw: true, msg: "Replay: open " + file + ": No such file or directory\n"}
		}
	}
	align, alignGiven := last["align"]
	if !shift && alignGiven { // icount_configure without a shift
		return fmt.Errorf("-icount %s: Please specify shift option when using align", v)
	}
	if sleep, given := last["sleep"]; shift && isOn(align) && given && !isOn(sleep) {
		return fmt.Errorf("-icount %s: align=on and sleep=off are incompatible", v)
	}
	for i, k := range keys {
		if k != "shift" || vals[i] == "auto" {
			continue
		}
		if n, err := strconv.ParseInt(vals[i], 0, 64); err != nil || n < 0 || n > 10 {
			return fmt.Errorf("-icount %s: icount: Invalid shift value", v)
		}
	}
	return nil
}

// hostHas says whether a file QEMU looks up is there: a path on the
// simulated host (a bare name is looked up in QEMU's data directory,
// which holds no such file).
func (o *Options) hostHas(p string) bool {
	if !strings.Contains(p, "/") {
		return false
	}
	_, ok := o.Block.Host.Lookup(p)
	return ok
}

// unmappableDevices are the character devices every host has that have
// no mmap (a memory backend's mem-path naming one fails).
var unmappableDevices = map[string]bool{"/dev/null": true, "/dev/random": true, "/dev/urandom": true}

// fwCfgUserFilesKey holds, in Machine.Extra, how many files the command
// line added to fw_cfg (-fw_cfg), or -1 when it added some the simulator
// does not count (an option ROM, a kernel's, a boot splash).
const fwCfgUserFilesKey = "fw_cfg.user-files"

// fwCfgUntracked are the device types that add fw_cfg files of their own.
var fwCfgUntracked = map[string]bool{"vmgenid": true, "vmcoreinfo": true, "ramfb": true, "pxb": true, "pxb-pcie": true,
	"sga": true, "tpm-tis": true, "tpm-crb": true, "pvpanic": true, "acpi-erst": true,
	"isa-vga": true, "isa-cirrus-vga": true} // (an ISA VGA's BIOS is a vgaroms/ file)

// FwCfgFileCount is the count FW_CFG_FILE_DIR starts with on a pc or q35
// machine of 2.6 or later, after machine done and the first reset: the
// board's files (fwCfgBoardFiles; pc's etc/system-states only with ACPI,
// which makes its PIIX4_PM; q35's three SMI feature files), -fw_cfg's, pc_machine_done's
// (fwCfgMachineDoneFiles and the SMBIOS anchor), -boot splash-time's
// etc/boot-menu-wait, and the reset's bootorder and bios-geometry. known is
// false where a file the simulator does not track could be there.
func FwCfgFileCount(m *machine.Machine) (n int, known bool) {
	user, _ := m.Extra[fwCfgUserFilesKey].(int)
	fam := m.Type.Family
	if fam != machinetype.PC && fam != machinetype.Q35 || m.Type.VersionAtMost(2, 5) || user < 0 ||
		m.CPUType != "qemu64-x86_64-cpu" || m.CPUFeaturesOn["vmx"] || !m.PropOff("nvdimm") && m.Props["nvdimm"] != "" {
		return 0, false // (a CPU with VMX adds etc/msr_feature_control)
	}
	if st := board.Of(m); st != nil {
		for _, d := range st.Created() {
			bar, _ := d.Prop("rombar")
			if fwCfgUntracked[d.Type.Name] || strings.HasPrefix(bar, "0 ") {
				return 0, false
			}
		}
	}
	for _, f := range append(fwCfgBoardFiles(m), fwCfgMachineDoneFiles(m)...) {
		if f != "etc/system-states" || m.ACPI || fam == machinetype.Q35 { // PIIX4_PM's, absent with acpi=off; ICH9-LPC's
			n++
		}
	}
	if fam == machinetype.Q35 {
		n += 2 // etc/smi/requested-features, etc/smi/features-ok
	}
	n += user + 3 // etc/smbios/smbios-anchor, bootorder, bios-geometry
	if given, ok := m.Extra[BootConfigKey].(qjson.Object); ok {
		if _, ok := given.Get("splash-time"); ok {
			n++
		}
	}
	return n, true
}
