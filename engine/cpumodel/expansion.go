package cpumodel

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// query-cpu-model-expansion on x86 (target/i386/cpu.c: x86_cpu_from_model,
// x86_cpu_to_dict, x86_cpu_to_dict_full), from the release's recording of
// every model's expansion (testdata/oracle/record_cpu_expansion.py:
// cpu-expansion-x86_64.txt).

// Expansion is a release's recorded expansions.
type Expansion struct {
	static []string // the static answer's keys, as printed
	full   []string // the full answer's keys, as printed
	base   map[string]any
	models map[string]map[string]any // each model's values that differ from base's
	orders map[string][]string       // a model whose class adds keys: its full order
	alias  map[string][]string       // a feature's other names
	types  map[string]string         // property types (the CPU's device-list-properties)
	// versionAtMost: family, model and stepping over their maximum say
	// "can be at most" (release.X86VersionFieldsUnsigned), else QEMU's
	// out-of-range message with an empty type name.
	versionAtMost bool
	rel           *release.Release
}

// ExpandEnv is what a new CPU object takes besides its model and props:
// Globals (qom-type, property, value as typed: the machine's compat
// properties, then -global's and -cpu's key=value) at creation, for the
// model's type or x86_64-cpu; Plus and Minus (-cpu's "+f" and "-f") after
// the props, on every model.
type ExpandEnv struct {
	Globals     [][3]string
	Plus, Minus []string
}

// versionLimits are x86_cpuid_version_set_*'s maxima.
var versionLimits = map[string]int64{"family": 0xff + 0xf, "model": 0xff, "stepping": 0xf}

var expansions sync.Map // release name -> *Expansion (nil: none recorded)

// ExpansionFor is the release's x86 expansions, nil when not recorded.
func ExpansionFor(rel *release.Release) *Expansion {
	if e, ok := expansions.Load(rel.Name); ok {
		return e.(*Expansion)
	}
	e := parseExpansion(rel.Text("cpu-expansion-x86_64.txt"), rel.Text("qemu64-x86_64-cpu-properties.json"))
	if e != nil {
		e.versionAtMost = rel.X86VersionFieldsUnsigned
		e.rel = rel
	}
	expansions.Store(rel.Name, e)
	return e
}

func decode(s string) any {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	var v any
	_ = d.Decode(&v)
	return v
}

func parseExpansion(text, props string) *Expansion {
	if text == "" {
		return nil
	}
	e := &Expansion{base: map[string]any{}, models: map[string]map[string]any{}, orders: map[string][]string{},
		alias: map[string][]string{}, types: map[string]string{}}
	for _, l := range strings.Split(text, "\n") {
		f := strings.Split(l, "\t")
		switch f[0] {
		case "S":
			e.static = f[1:]
		case "F":
			for i := 1; i+1 < len(f); i += 2 {
				e.full = append(e.full, f[i])
				e.base[f[i]] = decode(f[i+1])
			}
		case "K":
			e.orders[f[1]] = f[2:]
		case "M":
			d := json.NewDecoder(strings.NewReader(f[2]))
			d.UseNumber()
			m := map[string]any{}
			_ = d.Decode(&m)
			e.models[f[1]] = m
		case "A":
			for _, k := range f[1:] {
				for _, o := range f[1:] {
					if o != k {
						e.alias[k] = append(e.alias[k], o)
					}
				}
			}
		}
	}
	var ps []struct{ Name, Type string }
	_ = json.Unmarshal([]byte(props), &ps)
	for _, p := range ps {
		e.types[p.Name] = p.Type
	}
	return e
}

// Has says whether the release lists the model.
func (e *Expansion) Has(model string) bool { _, ok := e.models[model]; return ok }

// Expand is query-cpu-model-expansion of a model: "static" (the features,
// named "base") or "full" (every property). props are the model's "props"
// as given (nil: none); pathPrefix is what the release's input visitor
// puts before a property's name in its errors ("" on 7.2,
// "model.props." on 10.0).
func (e *Expansion) Expand(typ, model string, props any, typename, pathPrefix string) (qjson.Object, error) {
	o, _, err := e.ExpandIn(typ, model, props, typename, pathPrefix, ExpandEnv{})
	return o, err
}

// ExpandIn is Expand in a running machine's environment (x86_cpu_from_model:
// object_new applies the globals, then the props are set, then
// x86_cpu_expand_features adds -cpu's +f and -f and clears what depends on a
// feature the CPU lacks, with a warning for each feature asked for).
func (e *Expansion) ExpandIn(typ, model string, props any, typename, pathPrefix string, env ExpandEnv) (qjson.Object, []string, error) {
	diff, ok := e.models[model]
	if !ok {
		return nil, nil, fmt.Errorf("CPU model '%s' not found", model)
	}
	keys := e.full
	if k, ok := e.orders[model]; ok {
		keys = k
	}
	vals := make(map[string]any, len(keys))
	for _, k := range keys {
		vals[k] = e.base[k]
		if v, ok := diff[k]; ok {
			vals[k] = v
		}
	}
	explicit := map[string]any{}
	for _, g := range env.Globals {
		if g[0] != typename && g[0] != "x86_64-cpu" {
			continue
		}
		v, ok := e.parseGlobal(g[1], g[2])
		if !ok {
			continue
		}
		if _, listed := e.types[g[1]]; !listed {
			// A class property device-list-properties does not list
			// (legacy-multi-node): typed by its printed value.
			if _, shown := vals[g[1]]; shown {
				vals[g[1]], explicit[g[1]] = v, v
			}
			continue
		}
		if e.set(vals, g[1], v, typename, pathPrefix) == nil {
			explicit[g[1]] = v
		}
	}
	if o, ok := props.(qjson.Object); ok {
		// The props dict's own order (QDict) decides which error comes first.
		for _, m := range o.Ordered() {
			if err := e.set(vals, m.Key, m.Value, typename, pathPrefix); err != nil {
				return nil, nil, err
			}
			explicit[m.Key] = m.Value
		}
	}
	for _, f := range env.Plus {
		if e.types[f] == "bool" && e.set(vals, f, true, typename, pathPrefix) == nil {
			explicit[f] = true
		}
	}
	for _, f := range env.Minus {
		if e.types[f] == "bool" && e.set(vals, f, false, typename, pathPrefix) == nil {
			explicit[f] = false
		}
	}
	warnings := e.dependencyCleared(vals, explicit)
	e.vmxDependents(vals, model, explicit)
	name := model
	if typ == "static" {
		keys, name = e.static, "base"
	}
	// QEMU prints a QDict in its hash order: inserting the printed order
	// backwards gives it back (within a bucket the last inserted comes first).
	out := make(qjson.Object, 0, len(keys))
	for i := len(keys) - 1; i >= 0; i-- {
		out = append(out, qjson.Member{Key: keys[i], Value: vals[keys[i]]})
	}
	return qjson.O("model", qjson.O("name", name, "props", out)), warnings, nil
}

// dependencyCleared: an MSR-word feature asked for whose word needs a
// feature the CPU lacks is cleared with a warning (x86_cpu_expand_features'
// feature_dependencies, as -cpu's are at start-up), in the release's table
// order, bits ascending within an entry.
func (e *Expansion) dependencyCleared(vals map[string]any, explicit map[string]any) []string {
	if e.rel == nil {
		return nil
	}
	type bit struct {
		feature, word string
		bit           uint
	}
	var bits []bit
	ms := For(e.rel)
	for f, v := range explicit {
		if v != true || vals[f] != true {
			continue
		}
		for _, b := range ms.MSRBits(f) {
			bits = append(bits, bit{f, b.Word, b.Bit})
		}
	}
	sort.Slice(bits, func(i, j int) bool {
		if bits[i].bit != bits[j].bit {
			return bits[i].bit < bits[j].bit
		}
		return bits[i].feature < bits[j].feature
	})
	var warnings []string
	gone := map[string]bool{}
	for _, d := range e.rel.X86FeatureDeps {
		if vals[d[1]] == true && !gone[d[1]] {
			continue
		}
		for _, b := range bits {
			if !msrWordCovers(d[0], b.word, b.bit) {
				continue
			}
			gone[b.feature] = true
			vals[b.feature] = false
			warnings = append(warnings, fmt.Sprintf("This feature depends on other features that were not requested: %s.%s [bit %d]", b.word, b.feature, b.bit))
		}
	}
	return warnings
}

// msrWordCovers says whether a dependency entry ("MSR(10AH)", or
// "MSR(48CH)/32-63" for some bits of one) holds an MSR word's bit.
func msrWordCovers(entry, word string, bit uint) bool {
	w, bits, ranged := strings.Cut(entry, "/")
	if !ranged {
		return entry == word
	}
	lo, hi, _ := strings.Cut(bits, "-")
	l, _ := strconv.Atoi(lo)
	h, _ := strconv.Atoi(hi)
	return w == word && int(bit) >= l && int(bit) <= h
}

// set is object_property_set of one property from the props dict.
func (e *Expansion) set(vals map[string]any, key string, v any, typename, prefix string) error {
	t, ok := e.types[key]
	if !ok {
		return fmt.Errorf("Property '%s.%s' not found", typename, key)
	}
	full := prefix + key
	switch t {
	case "bool":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("Invalid parameter type for '%s', expected: boolean", full)
		}
	case "string", "str":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("Invalid parameter type for '%s', expected: string", full)
		}
	case "int", "int32", "int64", "int8", "int16":
		n, ok := v.(json.Number)
		i, err := n.Int64()
		if !ok || err != nil {
			return fmt.Errorf("Invalid parameter type for '%s', expected: integer", full)
		}
		if bits := intBits(t); bits < 64 && (i < -1<<(bits-1) || i >= 1<<(bits-1)) {
			return fmt.Errorf("Parameter '%s' expects %s_t", key, t)
		}
		if err := e.versionRange(key, i, uint64(i)); err != nil {
			return err
		}
	case "uint8", "uint16", "uint32", "uint64":
		n, ok := v.(json.Number)
		// Any integer from INT64_MIN to UINT64_MAX; a negative one is
		// accepted for compatibility and read as two's complement.
		u, err := strconv.ParseUint(string(n), 10, 64)
		if err != nil {
			i, ierr := strconv.ParseInt(string(n), 10, 64)
			u, err = uint64(i), ierr
		}
		if !ok || err != nil {
			return fmt.Errorf("Parameter '%s' expects uint64", full)
		}
		if bits := intBits(t); bits < 64 && u>>bits != 0 {
			return fmt.Errorf("Parameter '%s' expects %s_t", key, t)
		}
		if err := e.versionRange(key, int64(u), u); err != nil {
			return err
		}
		v = json.Number(strconv.FormatUint(u, 10))
	default:
		return nil // links and structures: not modelled, left as they were
	}
	if _, shown := vals[key]; shown {
		vals[key] = v
	}
	for _, a := range e.alias[key] {
		if _, shown := vals[a]; shown {
			vals[a] = v
		}
	}
	return nil
}

// versionRange is the setter's check of family, model and stepping: i is
// the value as a signed property reads it, u as an unsigned one.
func (e *Expansion) versionRange(key string, i int64, u uint64) error {
	max, ok := versionLimits[key]
	switch {
	case !ok:
	case e.versionAtMost && u > uint64(max):
		return fmt.Errorf("parameter '%s' can be at most %d", key, max)
	case !e.versionAtMost && (i < 0 || i > max):
		return fmt.Errorf("Property .%s doesn't take value %d (minimum: 0, maximum: %d)", key, i, max)
	}
	return nil
}

func intBits(t string) int {
	switch strings.TrimLeft(t, "u") {
	case "int8":
		return 8
	case "int16":
		return 16
	case "int32":
		return 32
	}
	return 64
}

// ModelFeature is a model's feature as its full expansion shows it (the
// CPU's features before TCG filters them): ok false when the release or
// the model has no recording or the feature is not a boolean.
func (e *Expansion) ModelFeature(model, feature string) (on, ok bool) {
	if e == nil {
		return false, false
	}
	m, listed := e.models[model]
	if !listed {
		return false, false
	}
	v, found := m[feature]
	if !found {
		v, found = e.base[feature]
	}
	on, ok = v.(bool)
	return on, found && ok
}

// parseGlobal reads a global property's value as its type's visitor does
// (a bool as on/off/yes/no/true/false, an integer in any C base); false
// when it cannot.
func (e *Expansion) parseGlobal(prop, value string) (any, bool) {
	t := e.types[prop]
	if _, listed := e.types[prop]; !listed {
		switch e.base[prop].(type) {
		case bool:
			t = "bool"
		case json.Number:
			t = "int64"
		}
	}
	switch {
	case t == "bool":
		switch value {
		case "on", "yes", "true":
			return true, true
		case "off", "no", "false":
			return false, true
		}
	case t == "string" || t == "str":
		return value, true
	case strings.HasPrefix(t, "uint"):
		if u, err := strconv.ParseUint(value, 0, 64); err == nil {
			return json.Number(strconv.FormatUint(u, 10)), true
		}
	case strings.HasPrefix(t, "int"):
		if i, err := strconv.ParseInt(value, 0, 64); err == nil {
			return json.Number(strconv.FormatInt(i, 10)), true
		}
	}
	return nil, false
}

// vmxDependents: a model keeps its VMX capabilities (its MSR feature
// words' defaults) only when the CPU has vmx (feature_dependencies); a
// capability set explicitly keeps its value, and one whose word an explicit
// "off" clears goes with it (vmxWordOff). Without vmx every vmx-* is false.
func (e *Expansion) vmxDependents(vals map[string]any, model string, explicit map[string]any) {
	if _, shown := vals["vmx"]; !shown {
		return
	}
	if vals["vmx"] != true {
		for k := range vals {
			if strings.HasPrefix(k, "vmx-") {
				vals[k] = false
			}
		}
		return
	}
	if e.base["vmx"] == true || e.models[model]["vmx"] == true || e.rel == nil {
		return // the recorded expansion has the model's own capabilities
	}
	ms := For(e.rel)
	off := map[string]bool{}
	for k, v := range explicit {
		if v == false {
			off[k] = true
		}
	}
	for _, line := range ms.vmxDefaults(model) {
		name := vmxDefaultName(line)
		if _, set := explicit[name]; set || name == "" {
			continue
		}
		if _, shown := vals[name]; !shown {
			continue
		}
		on := true
		for _, b := range ms.MSRBits(name) {
			if vmxWordOff(off, b.Word, int(b.Bit)) {
				on = false
			}
		}
		vals[name] = on
		for _, a := range e.alias[name] {
			if _, shown := vals[a]; shown {
				vals[a] = on
			}
		}
	}
}

// vmxDefaultName is the feature a TCG warning names
// ("...: MSR(48EH).vmx-hlt-exit [bit 7]"), "" for an unnamed bit.
func vmxDefaultName(line string) string {
	_, rest, ok := strings.Cut(line, ").")
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, " ")
	return name
}
