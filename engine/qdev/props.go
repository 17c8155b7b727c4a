package qdev

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/qjson"
)

// Values are the properties a device_add set, by name: int64 for signed
// integers, uint64 for unsigned ones, bool, or string.
type Values map[string]any

// Int returns a signed integer property, or def when it was not set.
func (v Values) Int(name string, def int64) int64 {
	if x, ok := v[name].(int64); ok {
		return x
	}
	return def
}

// Uint returns an unsigned integer property, or def when it was not set.
func (v Values) Uint(name string, def uint64) uint64 {
	if x, ok := v[name].(uint64); ok {
		return x
	}
	return def
}

// SetProperties is object_set_properties_from_keyval: the options other than
// driver, bus and id are set one by one in QDict order (QEMU's hash order,
// which decides which of several bad properties is reported), each parsed
// from text by its type; the first failure stops.
func SetProperties(t Type, dict qjson.Object) (Values, error) {
	vals := Values{}
	for _, m := range dict.Ordered() {
		switch m.Key {
		case "driver", "bus", "id":
			continue
		}
		p := t.prop(m.Key)
		if p == nil && (m.Key == "hotpluggable" || m.Key == "hotplugged") {
			// device_class_init's read-only properties, on every device
			return nil, fmt.Errorf("Property '%s.%s' is not writable", t.Name, m.Key)
		}
		if p == nil {
			return nil, fmt.Errorf("Property '%s.%s' not found", t.Name, m.Key)
		}
		s, _ := m.Value.(string)
		if o, fromQMP := m.Value.(Opt); fromQMP {
			if o.JSON != nil { // set from a typed QDict (see Opt.JSON)
				jp := *p
				if t.versionFieldUnsigned(p.Name) {
					// listed as int, set with visit_type_uint64 (which
					// refuses a string as "expects uint64")
					jp.Type = "uint64"
				}
				if err := checkJSONType(&jp, o.JSON); err != nil {
					return nil, err
				}
			}
			s = o.Value
			if o.JSON != nil {
				s = JSONSizeText(*p, s)
			}
		}
		v, err := parseValue(p, s)
		if err != nil {
			return nil, err
		}
		vals[m.Key] = v
	}
	return vals, nil
}

// checkJSONType is the QObject input visitor's type check of a QMP value
// against a property's type: signed integers want an integer, unsigned ones
// a number that fits (else "expects uint64"), booleans a boolean, strings
// and enums a string.
func checkJSONType(p *Prop, v any) error { return CheckJSONType(*p, v) }

// versionFieldUnsigned: an x86 CPU's family, model or stepping on a release
// whose setters read them unsigned (release.X86VersionUnsigned).
func (t Type) versionFieldUnsigned(prop string) bool {
	switch prop {
	case "family", "model", "stepping":
		return t.cat != nil && t.cat.rel.X86VersionUnsigned && strings.HasSuffix(t.Name, "-x86_64-cpu")
	}
	return false
}

// CheckJSONType is the typed input visitor's check of a JSON value (see
// checkJSONType).
func CheckJSONType(p Prop, v any) error {
	num, isNum := v.(fmt.Stringer)
	switch {
	case intRanges[p.Type] != [2]int64{}:
		if _, err := strconv.ParseInt(fmt.Sprint(num), 10, 64); !isNum || err != nil {
			return fmt.Errorf("Invalid parameter type for '%s', expected: integer", p.Name)
		}
	case uintRanges[p.Type] != 0 || p.Type == "size": // visit_type_size reads a uint64
		text := fmt.Sprint(num)
		_, errU := strconv.ParseUint(text, 10, 64)
		_, errI := strconv.ParseInt(text, 10, 64)
		if !isNum || (errU != nil && errI != nil) {
			return fmt.Errorf("Parameter '%s' expects uint64", p.Name)
		}
	case p.Type == "bool":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("Invalid parameter type for '%s', expected: boolean", p.Name)
		}
	case p.Type == "str" || p.Type == "string" || p.Type == "OnOffAuto":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("Invalid parameter type for '%s', expected: string", p.Name)
		}
	}
	return nil
}

// JSONSizeText is the text a size property's JSON integer is read from:
// the QObject visitor reads a size as a uint64, so a negative integer
// wraps (measured on 10.0: requested-size -1 is then no multiple of the
// block size).
func JSONSizeText(p Prop, text string) string {
	if n, err := strconv.ParseInt(text, 10, 64); err == nil && n < 0 && p.Type == "size" {
		return strconv.FormatUint(uint64(n), 10)
	}
	return text
}

var intRanges = map[string][2]int64{
	"int8": {math.MinInt8, math.MaxInt8}, "int16": {math.MinInt16, math.MaxInt16},
	"int32": {math.MinInt32, math.MaxInt32}, "int64": {math.MinInt64, math.MaxInt64},
	"int": {math.MinInt64, math.MaxInt64},
}

var uintRanges = map[string]uint64{
	"uint8": math.MaxUint8, "uint16": math.MaxUint16, "uint32": math.MaxUint32, "uint64": math.MaxUint64,
}

func parseValue(p *Prop, s string) (any, error) { return ParseValue(*p, s) }

// ParseValue parses a property value from text by the property's type,
// with the error QEMU's setter gives.
func ParseValue(p Prop, s string) (any, error) {
	if r, ok := intRanges[p.Type]; ok {
		n, ok := StrToI64(s)
		if !ok {
			return nil, fmt.Errorf("Parameter '%s' expects integer", p.Name)
		}
		if n < r[0] || n > r[1] {
			return nil, fmt.Errorf("Parameter '%s' expects %s_t", p.Name, p.Type)
		}
		if p.Check != nil {
			if err := p.Check(n); err != nil {
				return nil, err
			}
		}
		return n, nil
	}
	if max, ok := uintRanges[p.Type]; ok {
		n, ok := StrToU64(s)
		if !ok {
			return nil, fmt.Errorf("Parameter '%s' expects integer", p.Name)
		}
		if n > max {
			return nil, fmt.Errorf("Parameter '%s' expects %s_t", p.Name, p.Type)
		}
		return n, nil
	}
	switch p.Type {
	case "bool":
		switch s {
		case "on", "yes", "true", "y":
			return true, nil
		case "off", "no", "false", "n":
			return false, nil
		}
		return nil, fmt.Errorf("Parameter '%s' expects 'on' or 'off'", p.Name)
	case "str", "string":
		return s, nil
	case "OnOffAuto":
		switch s {
		case "on", "off", "auto":
			return s, nil
		}
		return nil, fmt.Errorf("Parameter '%s' does not accept value '%s'", p.Name, s)
	case "size":
		n, ok := StrToSize(s)
		if !ok {
			// the string input visitor's parse_type_size (-global's): QemuOpts'
			// size parser, with its suffix hint
			return nil, fmt.Errorf("Parameter '%s' expects a non-negative number below 2^64\nOptional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\nand exabytes, respectively.", p.Name)
		}
		return n, nil
	}
	if !strings.Contains(p.Type, "<") && p.Type != "" {
		// An enum or another text-valued type: an enum whose values its
		// description lists ("FDC drive type, 144/288/120/none/auto") or
		// enumValues has takes one of them.
		if values := enumChoices(p); values != nil && !slices.Contains(values, s) {
			return nil, fmt.Errorf("Parameter '%s' does not accept value '%s'", p.Name, s)
		}
		return s, nil
	}
	// Read-only properties (feature-words, crash-information, ...) have no setter.
	return nil, fmt.Errorf("Insufficient permission to perform this operation")
}

// StrToI64 is qemu_strtoi64(s, NULL, 0): C strtoll with base 0 (0x hex,
// leading 0 octal), leading blanks allowed, the whole string consumed, no
// overflow.
func StrToI64(s string) (int64, bool) {
	neg, mag, ok := cInteger(s)
	if !ok {
		return 0, false
	}
	if neg {
		if mag > 1<<63 {
			return 0, false
		}
		return -int64(mag), true
	}
	if mag > math.MaxInt64 {
		return 0, false
	}
	return int64(mag), true
}

// StrToU64 is qemu_strtou64(s, NULL, 0): like strtoull, a minus sign negates
// modulo 2^64.
func StrToU64(s string) (uint64, bool) {
	neg, mag, ok := cInteger(s)
	if !ok {
		return 0, false
	}
	if neg {
		return -mag, true
	}
	return mag, true
}

// cInteger parses [blanks][sign][0x|0]digits, all of s.
func cInteger(s string) (neg bool, mag uint64, ok bool) {
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	base := uint64(10)
	if len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && len(s) > 2 && isHexDigit(s[2]) {
		base, s = 16, s[2:]
	} else if len(s) > 1 && s[0] == '0' {
		base, s = 8, s[1:]
	}
	if s == "" {
		return false, 0, false
	}
	for i := 0; i < len(s); i++ {
		d := digitValue(s[i])
		if d >= base {
			return false, 0, false
		}
		if mag > (math.MaxUint64-d)/base {
			return false, 0, false
		}
		mag = mag*base + d
	}
	return neg, mag, true
}

func isHexDigit(c byte) bool { return digitValue(c) < 16 }

// DigitValue is a character's value as a hex digit (99: none).
func DigitValue(c byte) uint64 { return digitValue(c) }

func digitValue(c byte) uint64 {
	switch {
	case c >= '0' && c <= '9':
		return uint64(c - '0')
	case c >= 'a' && c <= 'f':
		return uint64(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return uint64(c-'A') + 10
	}
	return 99
}

// StrToSize is qemu_strtosz: a number with an optional k/M/G/T/P/E suffix
// (powers of 1024), at most 2^64-1.
func StrToSize(s string) (uint64, bool) {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i == 0 {
		return 0, false
	}
	num, suffix := s[:i], s[i:]
	mult := uint64(1)
	if suffix != "" {
		idx := strings.IndexByte("BKMGTPE", byte(unicode(suffix[0])))
		if idx < 0 || len(suffix) > 1 {
			return 0, false
		}
		for ; idx > 0; idx-- {
			mult *= 1024
		}
	}
	if strings.Contains(num, ".") {
		f, err := strconv.ParseFloat(num, 64)
		if err != nil || f*float64(mult) >= math.MaxUint64 {
			return 0, false
		}
		return uint64(f * float64(mult)), true
	}
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil || n > math.MaxUint64/mult {
		return 0, false
	}
	return n * mult, true
}

func unicode(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

// SizeString is size_to_str: three significant digits and a binary unit.
func SizeString(v uint64) string {
	suffixes := []string{"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"}
	_, e := math.Frexp(float64(v) / (1000.0 / 1024.0))
	i := (e - 1) / 10
	if i < 0 {
		i = 0
	}
	div := float64(uint64(1) << (uint(i) * 10))
	return cFormatG3(float64(v)/div) + " " + suffixes[i] + "B"
}

// cFormatG3 is printf("%0.3g").
func cFormatG3(f float64) string {
	s := strconv.FormatFloat(f, 'g', 3, 64)
	mant, exp, hasExp := strings.Cut(s, "e")
	if strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	if hasExp {
		return mant + "e" + exp
	}
	return mant
}

// enumValues are enums whose properties describe no values.
var enumValues = map[string][]string{"LostTickPolicy": {"discard", "delay", "slew"}}

// enumChoices are an enum property's values: enumValues', else the
// "a/b/c" list that ends its description (after ", " on 7.2, in
// parentheses on 10.0).
func enumChoices(p Prop) []string {
	if v, ok := enumValues[p.Type]; ok {
		return v
	}
	d := p.Description
	if i := strings.LastIndex(d, " ("); i >= 0 && strings.HasSuffix(d, ")") {
		// 10.0 words them "Error handling policy (report/ignore/...)"
		d = d[i+2 : len(d)-1]
	} else if i := strings.LastIndex(d, ", "); i >= 0 {
		d = d[i+2:]
	}
	values := strings.Split(d, "/")
	if len(values) < 2 {
		return nil
	}
	for _, v := range values {
		if v == "" || strings.ContainsAny(v, " ()") {
			return nil
		}
	}
	return values
}
