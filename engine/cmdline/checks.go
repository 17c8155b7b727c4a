package cmdline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/keyval"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Checks of pasted options QEMU makes while it parses them (QemuOpts'
// typed parameters, QAPI enums) or right after the option loop (-rtc).

// boolParams are QemuOpts lists' boolean parameters: a value that is no
// boolean fails as the parameter is added, in the option's order.
var boolParams = map[string][]string{
	"msg":        {"timestamp", "guest-name"},
	"overcommit": {"mem-lock", "cpu-pm"},
	"name":       {"debug-threads"},
	"run-with":   {"async-teardown"},
}

func checkBoolParams(rel *release.Release, opt, arg, implied string) error {
	keys, vals := qemuOpts(arg, implied)
	for i, k := range keys {
		if opt == "overcommit" && k == "mem-lock" && rel.MemLockValues != nil {
			if !slices.Contains(rel.MemLockValues, vals[i]) {
				return errors.New(rel.MemLockError)
			}
			continue
		}
		for _, b := range boolParams[opt] {
			if k == b {
				if _, ok := qemuopts.ParseBool(vals[i]); !ok {
					return fmt.Errorf("Parameter '%s' expects 'on' or 'off'", k)
				}
			}
		}
	}
	return nil
}

// watchdogActions is QAPI's WatchdogAction (-watchdog-action).
var watchdogActions = []string{"reset", "shutdown", "poweroff", "pause", "debug", "none", "inject-nmi"}

func checkWatchdogAction(v string) error {
	for _, a := range watchdogActions {
		if a == v {
			return nil
		}
	}
	return fmt.Errorf("Parameter 'watchdog' does not accept value '%s'", v)
}

// rtcOptions are the merged -rtc options (the last value of each key).
type rtcOptions map[string]string

func (r rtcOptions) add(arg string) {
	keys, vals := qemuOpts(arg, "")
	for i, k := range keys {
		r[k] = vals[i]
	}
}

// check is configure_rtc: base, then clock, then driftfix.
func (r rtcOptions) check() error {
	if v, ok := r["base"]; ok && v != "utc" && v != "localtime" && v != "datetime" && !rtcDatetime(v) {
		return fmt.Errorf("invalid datetime format\nvalid formats: '2006-06-17T16:01:21' or '2006-06-17'")
	}
	if v, ok := r["clock"]; ok && v != "host" && v != "rt" && v != "vm" {
		return fmt.Errorf("invalid option value '%s'", v)
	}
	if v, ok := r["driftfix"]; ok && v != "slew" && v != "none" {
		return fmt.Errorf("invalid option value '%s'", v)
	}
	return nil
}

// RTCBaseKey holds, in Machine.Extra, the seconds since the epoch of a
// -rtc base=DATE (rtc_ref_start_datetime): with clock=vm and the guest not
// yet run, the RTC's date (/machine's rtc-time) reads it.
const RTCBaseKey = "rtc.base"

// baseTime is a -rtc base given as a date, in seconds since the epoch
// (mktimegm's normalisation: February 30 is March 1 or 2).
func (r rtcOptions) baseTime() (int64, bool) {
	v, ok := r["base"]
	if !ok || v == "utc" || v == "localtime" || v == "datetime" {
		return 0, false
	}
	f, _ := scanIntValues(v, "--T::")
	if len(f) < 6 {
		if len(f) < 3 {
			return 0, false
		}
		f = append(f[:3], 0, 0, 0)
	}
	t := mktimegm(f[0]-1900, f[1]-1, f[2], f[3], f[4], f[5])
	return t, t != -1
}

// rtcDatetime is configure_rtc_base_datetime's sscanf: "%d-%d-%dT%d:%d:%d"
// or "%d-%d-%d" (numbers unchecked; what follows them ignored).
func rtcDatetime(v string) bool {
	f, _ := scanIntValues(v, "--T::")
	if len(f) < 6 {
		if len(f) < 3 {
			return false
		}
		f = append(f[:3], 0, 0, 0) // the second sscanf: "%d-%d-%d"
	}
	// mktimegm's -1 is the failure configure_rtc_base_datetime tests for:
	// one second before the epoch is refused, any other time is taken.
	return mktimegm(f[0]-1900, f[1]-1, f[2], f[3], f[4], f[5]) != -1
}

// mktimegm is QEMU's (util/cutils.c), in C's int and unsigned long long
// arithmetic.
func mktimegm(year, mon, day, hour, min, sec int32) int64 {
	y, m, d := year+1900, mon+1, day
	if m < 3 {
		m += 12
		y--
	}
	days := d + (153*m-457)/5 + 365*y + y/4 - y/100 + y/400 - 719469
	t := 86400 * uint64(int64(days))
	return int64(t) + int64(3600*hour+60*min+sec)
}

// scanIntValues reads %d numbers separated by seps, as sscanf does into
// ints (wrapped to 32 bits), and what was left when it stopped.
func scanIntValues(s, seps string) ([]int32, string) {
	var out []int32
	for {
		i := 0
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		j := i
		if j < len(s) && (s[j] == '-' || s[j] == '+') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j {
			return out, s
		}
		n, _ := strconv.ParseInt(s[j:k], 10, 64)
		if s[i] == '-' {
			n = -n
		}
		out = append(out, int32(n))
		s = s[k:]
		if len(out) > len(seps) || s == "" || s[0] != seps[len(out)-1] {
			return out, s
		}
		s = s[1:]
	}
}

// checkAudiodev is audio_parse_option's visit of an Audiodev: the id, then
// the driver (the release's AudiodevDriver).
func checkAudiodev(rel *release.Release, arg string) error {
	// qobject_input_visitor_new_str: keyval with "driver" implied.
	dict, help, err := keyval.Parse(arg, "driver")
	if err != nil {
		return err
	}
	if help {
		return keyval.ErrNoHelp
	}
	keys, vals := qemuOpts(arg, "driver")
	get := func(k string) (string, bool) {
		for i := len(keys) - 1; i >= 0; i-- {
			if keys[i] == k {
				return vals[i], true
			}
		}
		return "", false
	}
	if _, ok := get("id"); !ok {
		return errors.New("Parameter 'id' is missing")
	}
	d, ok := get("driver")
	if !ok {
		return errors.New("Parameter 'driver' is missing")
	}
	if !slices.Contains(rel.AudiodevDrivers, d) {
		return fmt.Errorf("Parameter 'driver' does not accept value '%s'", d)
	}
	if v, ok := dict.String("timer-period"); ok {
		if !keyvalUint(v) {
			return errors.New("Parameter 'timer-period' expects integer")
		}
	}
	// check_struct after the branch: a member the driver lacks.
	if extra, known := audiodevMembers[d]; known {
		for _, dir := range []string{"in", "out"} {
			if err := checkAudiodevDirection(dir, dict.Sub(dir)); err != nil {
				return err
			}
		}
		for _, k := range dict.Keys {
			if !slices.Contains(audiodevCommon, k) && !slices.Contains(extra, k) {
				return fmt.Errorf("Parameter '%s' is unexpected", k)
			}
		}
		for _, dir := range []string{"in", "out"} {
			if _, err := AudiodevDirection(dict.Sub(dir)); err != nil {
				return err
			}
		}
	}
	return nil
}

// AudiodevDirection is audio_validate_per_direction_opts: a direction's
// options with QEMU's defaults filled in, in the order it checks them.
func AudiodevDirection(d *keyval.Dict) (qjson.Object, error) {
	given := func(k string) (string, bool) { return d.String(k) }
	flag := func(k string, def bool) bool {
		if v, ok := given(k); ok {
			b, _ := qemuopts.ParseBool(v)
			return b
		}
		return def
	}
	mixing := flag("mixing-engine", true)
	fixed := flag("fixed-settings", mixing)
	_, hasFreq := given("frequency")
	_, hasCh := given("channels")
	_, hasFmt := given("format")
	if !fixed && (hasFreq || hasCh || hasFmt) {
		return nil, errors.New("You can't use frequency, channels or format with fixed-settings=off")
	}
	if !mixing && fixed {
		return nil, errors.New("You can't use fixed-settings without mixingeng")
	}
	num := func(k string, def int64) int64 {
		if v, ok := given(k); ok {
			n, _ := strconv.ParseInt(v, 0, 64)
			return n
		}
		return def
	}
	voices := int64(1)
	if !mixing {
		voices = 2147483647
	}
	format := "s16"
	if hasFmt {
		format, _ = given("format")
	}
	o := qjson.O("mixing-engine", mixing, "fixed-settings", fixed, "frequency", num("frequency", 44100),
		"channels", num("channels", 2), "voices", num("voices", voices), "format", format)
	if _, ok := given("buffer-length"); ok {
		o = append(o, qjson.Member{Key: "buffer-length", Value: num("buffer-length", 0)})
	}
	return o, nil
}

// checkAudiodevDirection visits AudiodevPerDirectionOptions (the generic
// drivers' in and out) in the schema's member order, then refuses a member
// it lacks.
func checkAudiodevDirection(dir string, d *keyval.Dict) error {
	if d == nil {
		return nil
	}
	for _, m := range []string{"mixing-engine", "fixed-settings", "frequency", "channels", "voices", "format", "buffer-length"} {
		v, ok := d.String(m)
		if !ok {
			continue
		}
		switch m {
		case "mixing-engine", "fixed-settings":
			if _, ok := qemuopts.ParseBool(v); !ok {
				return fmt.Errorf("Parameter '%s.%s' expects 'on' or 'off'", dir, m)
			}
		case "format":
			if !slices.Contains([]string{"u8", "s8", "u16", "s16", "u32", "s32", "f32"}, v) {
				return fmt.Errorf("Parameter '%s' does not accept value '%s'", m, v) // the enum visitor names the member alone
			}
		default:
			if !keyvalUint(v) {
				return fmt.Errorf("Parameter '%s.%s' expects integer", dir, m)
			}
		}
	}
	for _, k := range d.Keys {
		if !slices.Contains([]string{"mixing-engine", "fixed-settings", "frequency", "channels", "voices", "format", "buffer-length"}, k) {
			return fmt.Errorf("Parameter '%s.%s' is unexpected", dir, k)
		}
	}
	return nil
}

// keyvalUint is the keyval visitor's unsigned number (qemu_strtou64: base
// 0, a minus sign wrapping).
func keyvalUint(v string) bool {
	_, err := strconv.ParseUint(strings.TrimPrefix(v, "-"), 0, 64)
	return err == nil
}

// audiodevCommon are Audiodev's base members; audiodevMembers a driver's
// own top-level members (qapi/audio.json), for the drivers listed.
var (
	audiodevCommon  = []string{"id", "driver", "timer-period", "in", "out"}
	audiodevMembers = map[string][]string{"none": nil, "wav": {"path"}}
)

// checkAudiodevJSON is -audiodev's JSON form, read by the QAPI visitor
// (Audiodev's members in order: id, then the driver that picks the union's
// branch); the branch's own members are not checked.
func checkAudiodevJSON(rel *release.Release, arg string) error {
	if err := checkJSONObject(arg); err != nil {
		return err
	}
	v, _ := qjson.Parse([]byte(arg))
	o, _ := v.(qjson.Object)
	for _, k := range []string{"id", "driver"} {
		x, ok := o.Get(k)
		if !ok {
			return fmt.Errorf("Parameter '%s' is missing", k)
		}
		str, isStr := x.(string)
		if !isStr {
			return fmt.Errorf("Invalid parameter type for '%s', expected: string", k)
		}
		if k == "driver" && !slices.Contains(rel.AudiodevDrivers, str) {
			return fmt.Errorf("Parameter 'driver' does not accept value '%s'", str)
		}
	}
	// then the base's timer-period and the per-direction objects (each
	// driver's in/out share AudiodevPerDirectionOptions' typed members)
	if x, ok := o.Get("timer-period"); ok && !jsonUint(x) {
		return errors.New("Parameter 'timer-period' expects uint64")
	}
	for _, dir := range []string{"in", "out"} {
		x, ok := o.Get(dir)
		if !ok {
			continue
		}
		per, isObj := x.(qjson.Object)
		if !isObj {
			return fmt.Errorf("Invalid parameter type for '%s', expected: object", dir)
		}
		for _, m := range per {
			full := dir + "." + m.Key
			switch m.Key {
			case "frequency", "channels", "voices", "buffer-length":
				if !jsonUint(m.Value) {
					return fmt.Errorf("Parameter '%s' expects uint64", full)
				}
			case "mixing-engine", "fixed-settings":
				if _, isBool := m.Value.(bool); !isBool {
					return fmt.Errorf("Invalid parameter type for '%s', expected: boolean", full)
				}
			case "format":
				if _, isStr := m.Value.(string); !isStr {
					return fmt.Errorf("Invalid parameter type for '%s', expected: string", full)
				}
			}
		}
	}
	return nil
}

// jsonUint is a JSON value qobject_input_type_uint64 takes: an integer
// that fits 64 bits, signed or not.
func jsonUint(x any) bool {
	n, isNum := x.(fmt.Stringer)
	if !isNum {
		return false
	}
	_, errU := strconv.ParseUint(n.String(), 10, 64)
	_, errI := strconv.ParseInt(n.String(), 10, 64)
	return errU == nil || errI == nil
}

// AudiodevsKey is where a machine keeps its -audiodev options (Extra).
const AudiodevsKey = "audiodevs"
