package monitor

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/numa"
	"hotpluglab/engine/qapi"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Migration capabilities and parameters (migration/options.c): what
// migrate-set-capabilities / migrate-set-parameters and their HMP twins
// check and keep, and the listings that show them. No migration runs:
// the listings are the release's recorded defaults with what was set.

type migrationState struct {
	caps   map[string]bool
	params map[string]any // uint64, bool or string
	// status and errDesc: the last outgoing migration ("failed" after a
	// refused one, see migrate.go; "" when none was tried).
	status, errDesc string
}

func (mon *Monitor) migration() *migrationState {
	if mon.mig == nil {
		mon.mig = &migrationState{caps: map[string]bool{}, params: map[string]any{}}
	}
	return mon.mig
}

// narrowIntChecks are the input visitor's checks of integer members
// narrower than int64, per command (see Execute).
var narrowIntChecks = map[string]func(*Monitor, qjson.Object) error{
	"migrate-set-parameters": func(mon *Monitor, args qjson.Object) error {
		_, err := mon.visitParameters(args)
		return err
	},
}

func init() {
	registerLater(func() {
		RegisterQMP("migrate-set-capabilities", func(mon *Monitor, args qjson.Object) (any, *Error) {
			l, _ := args.Get("capabilities")
			set := map[string]bool{}
			var order []string
			for _, e := range l.([]any) {
				o := e.(qjson.Object)
				c, _ := o.Get("capability")
				st, _ := o.Get("state")
				set[c.(string)] = st == true
				order = append(order, c.(string))
			}
			w, err := mon.setCapabilities(set, order)
			if w != "" {
				mon.WriteStderr(w) // a QMP monitor current: stderr
			}
			if err != nil {
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("migrate-start-postcopy", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			if err := mon.startPostcopy(); err != nil {
				return nil, err
			}
			return qjson.Object{}, nil
		})
		RegisterQMP("migrate-set-parameters", func(mon *Monitor, args qjson.Object) (any, *Error) {
			if err := mon.setParameters(args); err != nil {
				return nil, GenericError(err.Error())
			}
			return qjson.Object{}, nil
		})
		RegisterInfo(&HMPCommand{Name: "migrate_capabilities", Run: func(mon *Monitor, _ Args) string {
			lines := strings.SplitAfter(mon.fixed().hmp["info migrate_capabilities"], "\r\n")
			for i, l := range lines {
				name, _, _ := strings.Cut(l, ": ")
				if on, set := mon.migration().caps[name]; set {
					lines[i] = name + ": " + onOff(on) + "\r\n"
				}
			}
			return strings.Join(lines, "")
		}})
		RegisterQMP("query-migrate-capabilities", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			v, err := replyOf(mon.fixed().qmp["query-migrate-capabilities"])
			if err != nil {
				return nil, err
			}
			text := string(v.(qjson.Raw))
			for c, on := range mon.migration().caps {
				text = strings.Replace(text, fmt.Sprintf(`{"state": %t, "capability": %q}`, !on, c),
					fmt.Sprintf(`{"state": %t, "capability": %q}`, on, c), 1)
			}
			return qjson.Raw(text), nil
		})
		RegisterInfo(&HMPCommand{Name: "migrate_parameters", Run: func(mon *Monitor, _ Args) string {
			lines := strings.SplitAfter(mon.fixed().hmp["info migrate_parameters"], "\r\n")
			for i, l := range lines {
				name, rest, ok := strings.Cut(l, ": ")
				v, set := mon.migration().params[name]
				if !ok || !set {
					continue
				}
				val, unit, _ := strings.Cut(rest, " ") // "300 ms\r\n", "'foo'\r\n"
				if unit == "" {
					val, unit = strings.TrimSuffix(rest, "\r\n"), "\r\n"
				} else {
					unit = " " + unit
				}
				switch x := v.(type) {
				case bool:
					val = onOff(x)
				case string:
					if strings.HasPrefix(val, "'") {
						val = "'" + x + "'"
					} else {
						val = x
					}
				default:
					val = fmt.Sprint(x)
				}
				lines[i] = name + ": " + val + unit
			}
			return strings.Join(lines, "")
		}})
		RegisterQMP("query-migrate-parameters", func(mon *Monitor, _ qjson.Object) (any, *Error) {
			v, err := replyOf(mon.fixed().qmp["query-migrate-parameters"])
			if err != nil {
				return nil, err
			}
			text := string(v.(qjson.Raw))
			for name, val := range mon.migration().params {
				b, _ := json.Marshal(val)
				text = replaceMember(text, name, string(b))
			}
			return qjson.Raw(text), nil
		})
	})
}

// startPostcopy is qmp_migrate_start_postcopy with no migration under
// way: the capability is checked first (the recorded refusal), then the
// migration's state (measured on both releases).
func (mon *Monitor) startPostcopy() *Error {
	if !mon.migration().caps["postcopy-ram"] {
		_, err := replyOf(mon.fixed().qmp["migrate-start-postcopy"])
		return err
	}
	return GenericError("Postcopy must be started after migration has been started")
}

// replaceMember gives every member name of the recorded reply text the
// value val (JSON): a string value ends at its closing quote, any other at
// the next ',' or '}'. (Go's regexp is kept out of the wasm.)
func replaceMember(text, name, val string) string {
	key := `"` + name + `": `
	var out strings.Builder
	for {
		i := strings.Index(text, key)
		if i < 0 {
			out.WriteString(text)
			return out.String()
		}
		out.WriteString(text[:i+len(key)])
		rest := text[i+len(key):]
		end := 0
		if strings.HasPrefix(rest, `"`) {
			end = 1
			for end < len(rest) && rest[end] != '"' {
				if rest[end] == '\\' {
					end++
				}
				end++
			}
			end = min(end+1, len(rest))
		} else {
			for end < len(rest) && rest[end] != ',' && rest[end] != '}' {
				end++
			}
		}
		out.WriteString(val)
		text = rest[end:]
	}
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// setCapabilities is qmp_migrate_set_capabilities: the new set is checked
// whole (migrate_caps_check), then kept; deprecated capabilities warn.
func (mon *Monitor) setCapabilities(set map[string]bool, order []string) (warnings string, err error) {
	rel := mon.M.Release()
	st := mon.migration()
	caps := map[string]bool{}
	for c, on := range st.caps {
		caps[c] = on
	}
	for c, on := range set {
		caps[c] = on
	}
	// migrate_caps_check warns of the merged capabilities: one that is on
	// warns at every later setting too.
	for _, c := range rel.MigrationCapsDeprecated {
		if caps[c] {
			warnings += "warning: " + c + " capability is deprecated\n"
		}
	}
	for _, k := range rel.MigrationCapChecks {
		if !caps[k.Cap] {
			continue
		}
		bad := k.Needs == "" && k.Conflicts == ""
		if k.Needs != "" && !caps[k.Needs] {
			bad = true
		}
		if k.Conflicts != "" && caps[k.Conflicts] {
			bad = true
		}
		if k.Cap == "zero-copy-send" && k.Needs != "" {
			// ... nor with multifd compression or TLS.
			if c := mon.paramString("multifd-compression"); c != "none" && c != "" {
				bad = true
			}
			if mon.paramString("tls-creds") != "" {
				bad = true
			}
		}
		if bad {
			return warnings, fmt.Errorf("%s", k.Error)
		}
	}
	st.caps = caps
	return warnings, nil
}

// paramString is a string parameter's current value (set, or the default).
func (mon *Monitor) paramString(name string) string {
	if v, ok := mon.migration().params[name].(string); ok {
		return v
	}
	d, _ := mon.paramDefault(name)
	s, _ := d.(string)
	return s
}

// paramUint is an integer parameter's current value.
func (mon *Monitor) paramUint(name string) uint64 {
	if v, ok := mon.migration().params[name].(uint64); ok {
		return v
	}
	d, _ := mon.paramDefault(name)
	n, _ := d.(json.Number)
	u, _ := strconv.ParseUint(string(n), 10, 64)
	return u
}

func paramOf(rel *release.Release, name string) *release.MigrationParam {
	for i := range rel.MigrationParams {
		if rel.MigrationParams[i].Name == name {
			return &rel.MigrationParams[i]
		}
	}
	return nil
}

// setParameters is qmp_migrate_set_parameters: the input visitor's type
// checks, then migrate_params_check on the merged values, then the values
// are kept.
func (mon *Monitor) setParameters(args qjson.Object) error {
	given, err := mon.visitParameters(args)
	if err != nil {
		return err
	}
	return mon.checkAndKeep(given)
}

// visitParameters reads the parameters as their QAPI types.
func (mon *Monitor) visitParameters(args qjson.Object) (map[string]any, error) {
	rel := mon.M.Release()
	given := map[string]any{}
	for _, m := range args {
		v := m.Value
		if p := paramOf(rel, m.Key); p != nil {
			n, ok := v.(json.Number)
			u, err := strconv.ParseUint(string(n), 10, 64)
			if err != nil {
				i, err2 := strconv.ParseInt(string(n), 10, 64)
				u, ok = uint64(i), ok && err2 == nil
			}
			if !ok || p.Type == "uint8" && u > 255 || p.Type == "uint32" && u > 1<<32-1 {
				return nil, fmt.Errorf("Parameter '%s' expects %s_t", m.Key, p.Type)
			}
			v = u
		} else if v == nil {
			v = "" // StrOrNull: null resets a string
		}
		given[m.Key] = v
	}
	return given, nil
}

func (mon *Monitor) checkAndKeep(given map[string]any) error {
	rel := mon.M.Release()
	merged := func(name string) uint64 {
		if v, ok := given[name].(uint64); ok {
			return v
		}
		return mon.paramUint(name)
	}
	// migrate_params_check's order: the announce timers come last, after
	// max-cpu-throttle.
	checks := slices.Clone(rel.MigrationParams)
	rank := func(p release.MigrationParam) int {
		switch {
		case strings.HasPrefix(p.Name, "announce-"):
			return 2
		case p.MinIs != "":
			return 1
		}
		return 0
	}
	slices.SortStableFunc(checks, func(a, b release.MigrationParam) int { return rank(a) - rank(b) })
	for _, p := range checks {
		v, ok := given[p.Name].(uint64)
		if !ok || p.Error == "" {
			continue
		}
		min := p.Min
		if p.MinIs != "" {
			min = merged(p.MinIs)
		}
		if v < min || v > p.Max || p.Pow2 && v&(v-1) != 0 {
			return fmt.Errorf("%s", p.Error)
		}
	}
	for k, v := range given {
		if p := paramOf(rel, k); p != nil && p.NotApplied {
			continue
		}
		mon.migration().params[k] = v
	}
	return nil
}

// setParameterHMP is hmp_migrate_set_parameter: the value read as its
// parameter's type from text, then the QMP command's checks.
func (mon *Monitor) setParameterHMP(name, value string) string {
	rel := mon.M.Release()
	var v any = value
	warn := ""
	if p := paramOf(rel, name); p != nil {
		// qemu_strtosz on a hex number with a suffix: 7.2 warns and takes
		// it, 10.0 refuses it (measured: max-bandwidth 0x1000k).
		hexSuffix := (p.HMPMiB || p.HMPSize) && numa.IsHexWithSuffix(value)
		if hexSuffix && !rel.SizeHexSuffixError {
			warn = "warning: Using a multiplier suffix on hex numbers is deprecated: " + value + "\r\n"
		}
		switch {
		case p.HMPMiB:
			n, err := parseSizeDefault(value, 1<<20)
			if hexSuffix && rel.SizeHexSuffixError {
				err = errors.New("invalid size")
			}
			if err != nil {
				return warn + "Error: Invalid size " + value + "\r\n"
			}
			v = n
		case p.HMPSize:
			n, err := parseSizeDefault(value, 1)
			if hexSuffix && rel.SizeHexSuffixError {
				err = errors.New("invalid size")
			}
			if err != nil && sizeOutOfRange(rel, strings.TrimLeft(value, " ")) {
				// parse_option_size's -ERANGE (10.0's qemu_strtosz calls
				// a negative number out of range)
				return warn + "Error: Value '" + value + "' is out of range for parameter '" + name + "'\r\n"
			}
			if err != nil {
				return warn + "Error: Parameter '" + name + "' expects a non-negative number below 2^64\r\nOptional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\r\nand exabytes, respectively.\r\n"
			}
			v = n
		default:
			// qemu_strtou64 in base 0 (C's strtoull: a negative number
			// modulo 2^64, 0b only where the release's C library reads it).
			n, ok := cStrtou64(value, mon.M.Release().StrtoullBinary)
			if !ok {
				return "Error: Parameter '" + name + "' expects uint64\r\n"
			}
			if p.Type == "uint8" && n > 255 || p.Type == "uint32" && n > 1<<32-1 {
				return fmt.Sprintf("Error: Parameter '%s' expects %s_t\r\n", name, p.Type)
			}
			v = n
		}
	} else if d, ok := mon.paramDefault(name); ok {
		switch d.(type) {
		case bool:
			b, ok := map[string]bool{"on": true, "yes": true, "true": true, "off": false, "no": false, "false": false}[value]
			if !ok {
				return "Error: Parameter '" + name + "' expects 'on' or 'off'\r\n"
			}
			v = b
		case string:
			if !strings.HasPrefix(name, "tls-") {
				if s := qapi.For(rel, string(mon.Target)); !s.EnumHasAll(d.(string), value) {
					return "Error: Parameter '" + name + "' does not accept value '" + value + "'\r\n"
				}
			}
		}
	}
	if err := mon.checkAndKeep(map[string]any{name: v}); err != nil {
		return warn + "Error: " + err.Error() + "\r\n"
	}
	return warn
}

// paramDefault is a parameter's recorded default (query-migrate-parameters;
// numbers as json.Number).
func (mon *Monitor) paramDefault(name string) (any, bool) {
	v, err := replyOf(mon.fixed().qmp["query-migrate-parameters"])
	if err != nil {
		return nil, false
	}
	d := json.NewDecoder(strings.NewReader(string(v.(qjson.Raw))))
	d.UseNumber()
	var all map[string]any
	if d.Decode(&all) != nil {
		return nil, false
	}
	p, ok := all[name]
	return p, ok
}

// parseSizeDefault is qemu_strtosz with a default unit for a bare number
// (a decimal fraction takes it as its scale: max-bandwidth 1.5 is 1.5 MiB,
// measured on both releases; a hex number takes no fraction or suffix).
func parseSizeDefault(s string, unit int64) (uint64, error) {
	if unit != 1 && s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' {
		if suffix, ok := unitSuffix[unit]; ok && strings.Contains(s, ".") && !strings.HasPrefix(strings.ToLower(strings.TrimLeft(s, " \t\n\v\f\r")), "0x") {
			n, err := numa.ParseSize(s + suffix)
			return uint64(n), err
		}
		n, err := numa.ParseSize(s)
		hi, lo := bits.Mul64(uint64(n), uint64(unit))
		if err == nil && (hi != 0 || lo > math.MaxInt64) {
			err = errors.New("invalid size")
		}
		return lo, err
	}
	n, err := numa.ParseSize(s)
	return uint64(n), err
}

var unitSuffix = map[int64]string{1 << 10: "K", 1 << 20: "M", 1 << 30: "G"}

// negativeDecimal: "-" and decimal digits only.
// sizeOutOfRange: qemu_strtosz's -ERANGE, which parse_option_size reports
// as "out of range": 2^64 or more, and on 10.0 any negative number.
func sizeOutOfRange(rel *release.Release, v string) bool {
	return numa.SizeOutOfRange(v) || rel.SizeHexSuffixError && negativeDecimal(v)
}

func negativeDecimal(v string) bool {
	digits, ok := strings.CutPrefix(v, "-")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}
