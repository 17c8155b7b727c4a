package monitor

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"hotpluglab/engine/board"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/cpumodel"
	"hotpluglab/engine/hotplug"
	"hotpluglab/engine/machine"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/qom"
)

// The properties of the machine and of its CPUs that come from their types
// (recorded per type: qom.RecordedValue) read back as the binary answers at
// start, as -machine or -cpu changed them, or as qom-set wrote them. QEMU
// keeps what qom-set wrote; the simulator's behaviour does not follow it.

const qomWrittenKey = "monitor.qom-written"

// qomWritten is what qom-set wrote, by object (qomKey) and property.
func qomWritten(m *machine.Machine) map[string]map[string]any {
	w, ok := m.Extra[qomWrittenKey].(map[string]map[string]any)
	if !ok {
		w = map[string]map[string]any{}
		m.Extra[qomWrittenKey] = w
	}
	return w
}

// qomKey names the object at a canonical path for qomWritten: a CPU by
// its identity too, so that one plugged again at the same path starts
// afresh.
func (mon *Monitor) qomKey(path string) string {
	core, _, _ := strings.Cut(path, "/thread[") // a sPAPR thread: its core's
	if c := mon.M.FindCPU(core); c != nil && strings.HasPrefix(core, "/") {
		return fmt.Sprintf("%s@%p", path, c)
	}
	return path
}

func (mon *Monitor) writeQOM(path, prop string, v any) {
	w, key := qomWritten(mon.M), mon.qomKey(path)
	if w[key] == nil {
		w[key] = map[string]any{}
	}
	w[key][prop] = v
}

func (mon *Monitor) writtenQOM(path, prop string) (any, bool) {
	v, ok := qomWritten(mon.M)[mon.qomKey(path)][prop]
	return v, ok
}

// machineValuesKey names the machine type among the recorded values.
func machineValuesKey(m *machine.Machine) string {
	return "machine:" + strings.TrimSuffix(m.Type.QOMType(), "-machine")
}

// machineValue answers qom-get of a /machine property no other model
// answers. ok is false for a property the machine type does not have.
func (mon *Monitor) machineValue(prop string) (any, bool) {
	m := mon.M
	if v, ok := mon.writtenQOM("/machine", prop); ok {
		return v, true
	}
	if prop == "vmport" && !m.IsSPAPR() {
		if _, ok := qom.RecordedValue(m.Release(), string(m.Target), machineValuesKey(m), prop); ok {
			return m.VMPort(), true
		}
	}
	// kernel-irqchip has a setter and no getter (machine_class_init):
	// qom-get finds no value, given on the command line or not.
	if text, given := m.Props[prop]; given && prop != "kernel-irqchip" {
		if v, ok := cmdline.MachinePropValue(m.Type, prop, text); ok {
			return v, true
		}
	}
	if prop == "rtc-time" && mon.machinePropType(prop) != "" {
		return rtcTime(m), true
	}
	recorded, ok := qom.RecordedValue(m.Release(), string(m.Target), machineValuesKey(m), prop)
	if st := board.Of(m); !ok || st != nil && st.LacksMachineProperty(prop) {
		return nil, false
	}
	if m.IsSPAPR() {
		if v, ok := cmdline.SPAPRCapWithCPU(m, prop, recorded); ok {
			return v, true
		}
	}
	switch prop {
	case "boot":
		if given, ok := m.Extra[cmdline.BootConfigKey].(qjson.Object); ok {
			return withBootOrder(given, recorded), true
		}
	case "device-memory-region-size": // pc_machine_get_device_memory_region_size: 0 without the region
		if st := board.Of(m); st != nil {
			_, size, _ := st.DeviceMemoryRegion()
			return int64(size), true
		}
	case "memory": // machine_get_mem: max-size and slots only with slots
		if m.RAMSlots > 0 {
			return qjson.O("size", m.RAMBytes, "max-size", m.MaxRAMBytes, "slots", int64(m.RAMSlots)), true
		}
		return qjson.O("size", m.RAMBytes), true
	}
	// A link into /machine/unattached: numbered as this machine numbers.
	if s, isText := recorded.(string); isText && strings.HasPrefix(s, "/machine/unattached/") {
		if b := board.Of(m); b != nil {
			if p, ok := b.FromRecording(s); ok {
				return p, true
			}
			return "", true
		}
	}
	return recorded, true
}

// machinePropType is the machine property's type as qom-list gives it ("" when it has none).
func (mon *Monitor) machinePropType(prop string) string {
	if st := board.Of(mon.M); st != nil && st.LacksMachineProperty(prop) {
		return ""
	}
	board := string(mon.M.Type.Family)
	props, _ := qom.Recorded(mon.M.Release(), string(mon.M.Target), "board:"+board+":/machine")
	for _, p := range props {
		if p.Name == prop {
			return p.Type
		}
	}
	return ""
}

// sizeExpected is what the string input visitor says of a size it cannot read (qemu_strtosz).
func sizeExpected(prop string) string {
	return fmt.Sprintf("Parameter '%s' expects a non-negative number below 2^64\n"+
		"Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\nand exabytes, respectively.", prop)
}

// setMachineValue is qom-set of a /machine property (measured on every
// property of pc, q35 and pseries): the visitor's type check, then the
// setter's. handled is false for a property the machine type lacks.
func (mon *Monitor) setMachineValue(prop string, v any) (err *Error, handled bool) {
	m := mon.M
	typ := mon.machinePropType(prop)
	if _, recorded := qom.RecordedValue(m.Release(), string(m.Target), machineValuesKey(m), prop); typ == "" || !recorded && prop != "rtc-time" {
		return nil, false
	}
	text, isText := v.(qomText)
	switch prop {
	case "device-memory-region-size", "smram", "vfio-no-msix-emulation":
		return GenericError(fmt.Sprintf("Property '%s.%s' is not writable", m.Type.QOMType(), prop)), true
	case "rtc-time": // the RTC's "date", a getter only
		rtc := "mc146818rtc"
		if m.IsSPAPR() {
			rtc = "spapr-rtc"
		}
		return GenericError(fmt.Sprintf("Property '%s.date' is not writable", rtc)), true
	case "pcspk-audiodev": // an alias of the realized speaker's property
		return GenericError("Attempt to set property 'audiodev' on anonymous device (type 'isa-pcspk') after it was realized"), true
	}
	var value any
	switch typ {
	case "BootConfiguration", "MemorySizeConfiguration", "SMPConfiguration", "SgxEPC", "CXLFixedMemoryWindow", "SmpCachePropertiesWrapper":
		if isText {
			// The string input visitor has no structs: QEMU 7.2 and 10.0 end with SIGSEGV.
			mon.crash(&machine.Crash{Signal: 11})
			return GenericError("segfault"), true
		}
		want := "object"
		if typ == "SgxEPC" || typ == "CXLFixedMemoryWindow" { // lists
			want = "array"
		}
		if _, isObject := v.(qjson.Object); !isObject && want == "object" || want == "array" && !isList(v) {
			return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: %s", prop, want)), true
		}
		if typ == "BootConfiguration" { // machine_set_boot
			cfg, err := bootFromQMP(v)
			if err != nil {
				return err, true
			}
			def, _ := qom.RecordedValue(m.Release(), string(m.Target), machineValuesKey(m), prop)
			mon.writeQOM("/machine", prop, withBootOrder(cfg, def))
			return nil, true
		}
		return nil, false
	case "bool":
		b, err := qomBool(prop, v)
		if err != nil {
			return err, true
		}
		value = b
	case "int", "uint64", "uint64_t", "uint32", "size":
		unsigned := typ != "int" || prop == "cap-hpt-max-page-size"
		size := typ == "size" || prop == "cap-hpt-max-page-size"
		var n int64
		var bad bool
		if isText {
			if size {
				x, e := cmdline.ParseSizeText(string(text))
				n, bad = x, e != nil
			} else {
				x, e := strconv.ParseInt(strings.TrimSpace(string(text)), 0, 64)
				n, bad = x, e != nil || unsigned && x < 0
			}
		} else if num, ok := v.(json.Number); ok {
			x, e := num.Int64()
			n, bad = x, e != nil || unsigned && x < 0
		} else if unsigned {
			bad = true
		} else {
			return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: integer", prop)), true
		}
		if typ == "uint32" && !size { // visit_type_uint32: a negative number wraps to 64 bits, then is out of range
			if x, e := strconv.ParseInt(strings.TrimSpace(string(text)), 0, 64); isText && e == nil {
				n, bad = x, false
			} else if num, ok := v.(json.Number); ok && !isText {
				if x, e := num.Int64(); e == nil {
					n, bad = x, false
				}
			}
			if !bad && uint64(n) > math.MaxUint32 {
				return GenericError(fmt.Sprintf("Parameter '%s' expects uint32_t", prop)), true
			}
		}
		switch {
		case bad && isText && size && sizeOutOfRange(m.Release(), strings.TrimLeft(string(text), " ")):
			// parse_option_size's -ERANGE from qemu_strtosz
			return GenericError(fmt.Sprintf("Value '%s' is out of range for parameter '%s'", text, prop)), true
		case bad && isText && size:
			return GenericError(sizeExpected(prop)), true
		case bad && unsigned:
			return GenericError(fmt.Sprintf("Parameter '%s' expects uint64", prop)), true
		case bad:
			return GenericError(fmt.Sprintf("Parameter '%s' expects int64", prop)), true
		}
		if e := cmdline.CheckMachinePropertyText(m.Type, prop, strconv.FormatInt(n, 10), typ); e != nil && !strings.Contains(e.Error(), "not found") {
			return GenericError(e.Error()), true
		}
		if w := cmdline.MachinePropertyWarning(prop, strconv.FormatInt(n, 10)); w != "" {
			mon.qomWarnings = append(mon.qomWarnings, w)
		}
		value = n
	default: // strings, enums and links
		s, ok := v.(string)
		if isText {
			s, ok = string(text), true
		}
		if !ok {
			return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: string", prop)), true
		}
		if strings.HasPrefix(typ, "link<") {
			if target := mon.absPath(s); s != "" && mon.qomObject(target) == "" {
				if isText {
					return GenericError("Device '" + s + "' not found"), true
				}
				return &Error{Class: "DeviceNotFound", Desc: "Device '" + s + "' not found"}, true
			}
			value = s
			break
		}
		switch prop {
		case "memory-encryption":
			return GenericError(fmt.Sprintf("No such memory encryption object '%s'", s)), true
		}
		if e := cmdline.CheckMachinePropertyText(m.Type, prop, s, typ); e != nil && !strings.Contains(e.Error(), "not found") {
			return GenericError(e.Error()), true
		}
		if x, ok := cmdline.MachinePropValue(m.Type, prop, s); ok {
			value = x
		} else {
			value = s
		}
	}
	mon.writeQOM("/machine", prop, value)
	return nil, true
}

// bootFromQMP is machine_set_boot on a QMP value: the QObject visitor
// types the members in BootConfiguration's order, then refuses a member it
// lacks; the setter checks order's, then once's boot devices.
func bootFromQMP(v any) (qjson.Object, *Error) {
	in, _ := v.(qjson.Object)
	out := qjson.Object{}
	kinds := [][2]string{{"order", "string"}, {"once", "string"}, {"menu", "boolean"}, {"splash", "string"},
		{"splash-time", "integer"}, {"reboot-timeout", "integer"}, {"strict", "boolean"}}
	for _, kind := range kinds {
		x, ok := in.Get(kind[0])
		if !ok {
			continue
		}
		typed := false
		switch n := x.(type) {
		case string:
			typed = kind[1] == "string"
		case bool:
			typed = kind[1] == "boolean"
		case json.Number:
			_, err := n.Int64()
			typed = kind[1] == "integer" && err == nil
		}
		if !typed {
			return nil, GenericError(fmt.Sprintf("Invalid parameter type for 'boot.%s', expected: %s", kind[0], kind[1]))
		}
		out = append(out, qjson.Member{Key: kind[0], Value: x})
	}
	for _, mb := range in {
		if _, known := out.Get(mb.Key); !known {
			return nil, GenericError(fmt.Sprintf("Parameter 'boot.%s' is unexpected", mb.Key))
		}
	}
	for _, k := range []string{"order", "once"} {
		if devs, ok := out.Get(k); ok {
			if err := cmdline.BootDevicesError(devs.(string)); err != "" {
				return nil, GenericError(err)
			}
		}
	}
	return out, nil
}

// withBootOrder is machine_copy_boot_config: a BootConfiguration without an
// order takes the board's default one (the recorded default's).
func withBootOrder(cfg qjson.Object, def any) qjson.Object {
	if _, ok := cfg.Get("order"); ok {
		return cfg
	}
	d, _ := def.(qjson.Object)
	order, ok := d.Get("order")
	if !ok {
		order = ""
	}
	return append(qjson.Object{{Key: "order", Value: order}}, cfg...)
}

func isList(v any) bool { _, ok := v.([]any); return ok }

// qomInt reads an integer qom-set value: HMP's text as the string input
// visitor does (any base), QMP's JSON as the QObject visitor does; a
// uint64 property's visitor words a value it cannot read its own way.
func qomInt(prop string, v any, unsigned bool) (int64, *Error) {
	switch x := v.(type) {
	case qomText:
		n, err := strconv.ParseInt(strings.TrimSpace(string(x)), 0, 64)
		if err == nil {
			return n, nil
		}
		if unsigned {
			return 0, GenericError(fmt.Sprintf("Parameter '%s' expects uint64", prop))
		}
		return 0, GenericError(fmt.Sprintf("Parameter '%s' expects int64", prop))
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return n, nil
		}
	default:
		if unsigned {
			return 0, GenericError(fmt.Sprintf("Parameter '%s' expects uint64", prop))
		}
	}
	return 0, GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: integer", prop))
}

// qomBool reads a boolean qom-set value: HMP's text as the string input
// visitor does (on/off, yes/no, true/false, y/n), QMP's JSON as the
// QObject visitor does.
func qomBool(prop string, v any) (bool, *Error) {
	switch x := v.(type) {
	case qomText:
		switch x {
		case "on", "yes", "true", "y":
			return true, nil
		case "off", "no", "false", "n":
			return false, nil
		}
		return false, GenericError(fmt.Sprintf("Parameter '%s' expects 'on' or 'off'", prop))
	case bool:
		return x, nil
	}
	return false, GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: boolean", prop))
}

// cpuValuesKey is the recorded values' key of the CPU object at path: an
// x86 CPU, a sPAPR core or one of its threads ("" when none is there).
func (mon *Monitor) cpuValuesKey(path string) string {
	m := mon.M
	for _, c := range m.CPUs {
		if c.QOMPath == path {
			return "cpu:" + c.Type
		}
		if m.IsSPAPR() {
			for j := 0; j < max(c.Threads, 1); j++ {
				if m.ThreadPath(c, j) == path {
					return "cpu:" + m.ThreadType
				}
			}
		}
	}
	return ""
}

// cpuValue answers qom-get of a CPU property no other model answers: what
// qom-set wrote, the model's value as -cpu changed it (a feature TCG lacks
// stays off), or what the binary answered for a boot CPU of its type.
func (mon *Monitor) cpuValue(path, prop string) (any, bool) {
	m := mon.M
	key := mon.cpuValuesKey(path)
	if key == "" {
		return nil, false
	}
	if prop == "crash-information" {
		return nil, false // answered by the caller: no crash occurred
	}
	recorded, ok := qom.RecordedValue(m.Release(), string(m.Target), key, prop)
	if !ok {
		return nil, false
	}
	if v, ok := mon.writtenQOM(path, prop); ok {
		return v, true
	}
	switch prop {
	case "feature-words", "filtered-features", "unavailable-features":
		return mon.filteredValue(key, prop, recorded), true
	}
	if !m.IsSPAPR() {
		typ := strings.TrimPrefix(key, "cpu:")
		if n, ok := m.CPULevel(typ, prop); ok {
			return n, true
		}
		if s, ok := m.CPUSettings[prop]; ok {
			return cpuSetting(prop, s, recorded), true
		}
	}
	if _, isBool := recorded.(bool); isBool && !m.IsSPAPR() {
		// -cpu may name a feature by an alias (sse4_1, lahf_lm, i64).
		name := qom.Canonical(m.Release(), prop)
		for f, off := range m.CPUFeaturesOff {
			if off && qom.Canonical(m.Release(), f) == name {
				return false, true
			}
		}
		for f, on := range m.CPUFeaturesOn {
			if on && qom.Canonical(m.Release(), f) == name {
				return !cpumodel.For(m.Release()).TCGLacks(f) && !m.KVMLeafFeature(strings.TrimPrefix(key, "cpu:"), f), true
			}
		}
	}
	if !m.IsSPAPR() {
		if v, ok := mon.cpuCompatValue(strings.TrimPrefix(key, "cpu:"), prop, recorded); ok {
			return v, true
		}
	}
	return recorded, true
}

// cpuCompatValue is a CPU property the machine type's compat properties
// set (for x86_64-cpu or the CPU's own type; the last entry wins), read as
// the recorded value's kind; a feature TCG lacks stays off. Neither -cpu
// nor -global set it (they are registered later and win).
func (mon *Monitor) cpuCompatValue(typ, prop string, recorded any) (any, bool) {
	m := mon.M
	rel := m.Release()
	name := qom.Canonical(rel, prop)
	value, found := m.CPUCompatValue(typ, prop)
	if !found {
		return nil, false
	}
	if _, isBool := recorded.(bool); isBool {
		switch value {
		case "on", "true", "yes":
			return !cpumodel.For(rel).TCGLacks(name), true
		case "off", "false", "no":
			return false, true
		}
		return nil, false
	}
	return cpuSetting(prop, value, recorded), true
}

// cpuSetting is the value of a CPU property -cpu or -global set (text as
// typed), read back as the recorded value's kind: numbers parsed (the TSC
// frequency kept in kHz), strings as given.
func cpuSetting(prop, s string, recorded any) any {
	switch recorded.(type) {
	case json.Number:
		if n, err := strconv.ParseInt(s, 0, 64); err == nil {
			if prop == "tsc-frequency" {
				n = n / 1000 * 1000
			}
			return n
		}
		if n, err := strconv.ParseUint(s, 0, 64); err == nil {
			return n
		}
	case bool: // the string input visitor's words
		switch s {
		case "on", "yes", "true":
			return true
		case "off", "no", "false":
			return false
		}
	case string:
		if prop == "model-id" && len(s) > 48 {
			return s[:48]
		}
		return s
	}
	return recorded
}

// setCPUValue is qom-set of an x86 CPU property with a setter of its own
// (the qdev ones refuse a realized CPU before this): family, model,
// stepping and tsc-frequency in their ranges, a 12-byte vendor, any
// model-id (read back at most 48 bytes); the read-only ones.
func (mon *Monitor) setCPUValue(path, prop string, v any) (err *Error, handled bool) {
	m := mon.M
	key := mon.cpuValuesKey(path)
	if key == "" {
		return nil, false
	}
	typ := strings.TrimPrefix(key, "cpu:")
	switch prop {
	case "hotplugged", "hotpluggable", "parent_bus": // getters only
		return GenericError(fmt.Sprintf("Property '%s.%s' is not writable", typ, prop)), true
	case "realized", "start-powered-off": // a realized CPU takes both (realized=true does nothing)
		on, err := qomBool(prop, v)
		if err != nil {
			return err, true
		}
		if prop == "realized" {
			if !on {
				mon.unrealizeCPU(path)
			}
			return nil, true
		}
		mon.writeQOM(path, prop, on)
		return nil, true
	}
	if m.IsSPAPR() {
		// CPUCore's own setters: any int, a core id not negative.
		if prop != "core-id" && prop != "nr-threads" || !strings.HasSuffix(key, "-spapr-cpu-core") {
			return nil, false
		}
		n, err := qomInt(prop, v, false)
		if err != nil {
			return err, true
		}
		if prop == "core-id" && n < 0 {
			return GenericError(fmt.Sprintf("Invalid core id %d", n)), true
		}
		mon.writeQOM(path, prop, n)
		return nil, true
	}
	limits := map[string]int64{"family": 0xff + 0xf, "model": 0xff, "stepping": 0xf, "tsc-frequency": 1<<63 - 1}
	switch prop {
	case "feature-words", "filtered-features", "unavailable-features", "crash-information":
		return GenericError(fmt.Sprintf("Property '%s.%s' is not writable", typ, prop)), true
	case "family", "model", "stepping", "tsc-frequency":
		n, err := qomInt(prop, v, prop != "tsc-frequency" && m.Release().X86VersionUnsigned)
		if err != nil {
			return err, true
		}
		if n < 0 || n > limits[prop] {
			return GenericError(fmt.Sprintf("Property .%s doesn't take value %d (minimum: 0, maximum: %d)", prop, n, limits[prop])), true
		}
		if prop == "tsc-frequency" { // kept in kHz
			n = n / 1000 * 1000
		}
		mon.writeQOM(path, prop, n)
	case "vendor", "model-id":
		s, ok := v.(string)
		if x, isText := v.(qomText); isText {
			s, ok = string(x), true
		}
		if !ok {
			return GenericError(fmt.Sprintf("Invalid parameter type for '%s', expected: string", prop)), true
		}
		if prop == "vendor" && len(s) != 12 {
			if strings.Contains(m.Release().X86VendorLength, "%s") {
				return GenericError(fmt.Sprintf(m.Release().X86VendorLength, s)), true
			}
			return GenericError(m.Release().X86VendorLength), true
		}
		if len(s) > 48 {
			s = s[:48]
		}
		mon.writeQOM(path, prop, s)
	default:
		return nil, false
	}
	return nil, true
}

// filteredValue is an x86 CPU's feature-words, filtered-features or
// unavailable-features once -cpu turned features on or off: a feature TCG
// has sets its CPUID bits in feature-words, one it lacks in
// filtered-features (and is named unavailable); one turned off clears
// both; a CPUID word that depends on a feature turned off is cleared
// (feature_dependencies' MSR words are not followed).
func (mon *Monitor) filteredValue(key, prop string, recorded any) any {
	m := mon.M
	if m.IsSPAPR() || len(m.CPUFeaturesOn)+len(m.CPUFeaturesOff) == 0 {
		return recorded
	}
	rel := m.Release()
	models := cpumodel.For(rel)
	typ := strings.TrimPrefix(key, "cpu:")
	if prop == "unavailable-features" {
		model := models.X86FromType(typ)
		if model == nil {
			return recorded
		}
		out := []any{}
		for _, n := range cpumodel.FilteredNames(model.TCGWarningsWith(m.CPUFeaturesOn, m.CPUFeaturesOff)) {
			out = append(out, n)
		}
		return out
	}
	words, ok := recorded.([]any)
	if !ok {
		return recorded
	}
	type wordKey struct {
		eax, ecx int64
		reg      string
	}
	set, clear := map[wordKey]int64{}, map[wordKey]int64{}
	mark := func(into map[wordKey]int64, f string) {
		for _, b := range m.CPUFeatureBits(typ, f) {
			into[wordKey{b.EAX, b.ECX, b.Reg}] |= 1 << b.Bit
		}
	}
	for f, on := range m.CPUFeaturesOn {
		if on && models.TCGLacks(qom.Canonical(rel, f)) == (prop == "filtered-features") {
			mark(set, f)
		}
	}
	for f, off := range m.CPUFeaturesOff {
		if off {
			mark(clear, f)
		}
	}
	// feature_dependencies: a CPUID word whose feature was turned off is
	// cleared (SVM's leaf without svm); its features asked for explicitly
	// are unavailable, so filtered.
	for _, d := range rel.X86FeatureDeps {
		k, ok := cpuidWordKey(d[0])
		off := false
		for f, o := range m.CPUFeaturesOff {
			off = off || o && qom.Canonical(rel, f) == d[1]
		}
		if !ok || !off {
			continue
		}
		k2 := wordKey{k.eax, k.ecx, k.reg}
		clear[k2] = ^0
		delete(set, k2)
		if prop == "filtered-features" {
			for f, on := range m.CPUFeaturesOn {
				for _, b := range m.CPUFeatureBits(typ, f) {
					if on && (wordKey{b.EAX, b.ECX, b.Reg}) == k2 {
						set[k2] |= 1 << b.Bit
					}
				}
			}
		}
	}
	out := make([]any, len(words))
	for i, w := range words {
		o, ok := w.(qjson.Object)
		if !ok {
			out[i] = w
			continue
		}
		k := wordKey{ecx: -1}
		for _, mem := range o {
			switch mem.Key {
			case "cpuid-input-eax":
				k.eax = jsonInt(mem.Value)
			case "cpuid-input-ecx":
				k.ecx = jsonInt(mem.Value)
			case "cpuid-register":
				k.reg, _ = mem.Value.(string)
			}
		}
		c := make(qjson.Object, len(o))
		for j, mem := range o {
			if mem.Key == "features" {
				mem.Value = jsonInt(mem.Value)&^clear[k] | set[k]
			}
			c[j] = mem
		}
		out[i] = c
	}
	return out
}

// cpuidWordKey reads a feature word as X86FeatureDeps names it,
// "8000000A/-:EDX" (leaf, index or "-" for none, register); ok is false
// for an MSR word.
func cpuidWordKey(w string) (k struct {
	eax, ecx int64
	reg      string
}, ok bool) {
	leaf, rest, ok1 := strings.Cut(w, "/")
	idx, reg, ok2 := strings.Cut(rest, ":")
	if !ok1 || !ok2 || strings.HasPrefix(w, "MSR(") {
		return k, false
	}
	eax, err := strconv.ParseInt(leaf, 16, 64)
	if err != nil {
		return k, false
	}
	k.eax, k.ecx, k.reg = eax, -1, reg
	if idx != "-" {
		if k.ecx, err = strconv.ParseInt(idx, 10, 64); err != nil {
			return k, false
		}
	}
	return k, true
}

func jsonInt(v any) int64 {
	switch x := v.(type) {
	case json.Number:
		n, _ := x.Int64()
		return n
	case int64:
		return x
	}
	return 0
}

// unrealizeCPU is device_set_realized(false) on a CPU or sPAPR core: the
// unrealize functions unparent what realize made, each with its
// DEVICE_DELETED (x86_cpu_unrealizefn: the APIC; spapr_cpu_core_unrealize:
// each thread's interrupt presenters, then the thread), the device itself
// staying, unrealized. Measured on both releases (pe-x-r6-mon2-5,
// pm-p-r16-89).
func (mon *Monitor) unrealizeCPU(path string) {
	m := mon.M
	c := m.FindCPU(path)
	if c == nil || c.QOMPath != path || c.Unrealized {
		return
	}
	c.Unrealized = true
	if !m.IsSPAPR() {
		m.EmitEvent("DEVICE_DELETED", qjson.O("path", c.QOMPath+"/lapic"))
		return
	}
	for j := 0; j < c.Threads; j++ {
		t := m.ThreadPath(c, j)
		if hotplug.SPAPRHasICP(m) {
			m.EmitEvent("DEVICE_DELETED", qjson.O("path", t+"/icp"))
		}
		if m.XIVE {
			m.EmitEvent("DEVICE_DELETED", qjson.O("path", t+"/xive-tctx"))
		}
		m.EmitEvent("DEVICE_DELETED", qjson.O("path", t))
	}
	mon.Note("An unrealized CPU stays in the simulator's CPU lists.")
}

// rtcTime is the RTC's "date" (struct tm, QAPI's members): -rtc's base date
// when one was given (the guest has not run: measured with clock=vm on pc,
// q35 and pseries), else the host's time now.
func rtcTime(m *machine.Machine) qjson.Object {
	t := time.Now().UTC()
	if base, ok := m.Extra[cmdline.RTCBaseKey].(int64); ok {
		t = time.Unix(base, 0).UTC()
	}
	return qjson.O("tm_year", int64(t.Year()-1900), "tm_sec", int64(t.Second()), "tm_hour", int64(t.Hour()),
		"tm_min", int64(t.Minute()), "tm_mon", int64(t.Month()-1), "tm_mday", int64(t.Day()))
}
