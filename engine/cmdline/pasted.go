package cmdline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"hotpluglab/engine/block"
	"hotpluglab/engine/compat"
	"hotpluglab/engine/keyval"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/qemuopts"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// Options the simulator does not model but checks the way QEMU does, so that
// a malformed one is refused with QEMU's text. Each check returns the
// message without its "<option> <argument>: " location.

var displayTypes = map[string]bool{"none": true, "gtk": true, "sdl": true, "egl-headless": true, "curses": true,
	"spice-app": true, "dbus": true}

// displayCommonKeys are DisplayOptions' members; displayKeys each type's own.
var displayCommonKeys = map[string]bool{"type": true, "full-screen": true, "window-close": true, "show-cursor": true, "gl": true}

var displayKeys = map[string]map[string]bool{
	"gtk":          {"grab-on-hover": true, "zoom-to-fit": true, "show-tabs": true, "show-menubar": true},
	"sdl":          {"grab-mod": true},
	"curses":       {"charset": true},
	"egl-headless": {"rendernode": true},
	"dbus":         {"rendernode": true, "addr": true, "p2p": true, "audiodev": true},
}

// DisplayOptionsKey holds, in Machine.Extra, query-display-options'
// answer for a display of the "none" type (a qjson.Object); without it the
// recorded default holds.
const DisplayOptionsKey = "display.options"

// displayMembers are a -display option's members as given (keyval's
// last value of each).
type displayMembers map[string]string

func displayOptions(arg string) displayMembers {
	keys, vals := qemuOpts(arg, "type")
	d := displayMembers{}
	for i, k := range keys {
		d[k] = vals[i]
	}
	return d
}

// withType is -nographic: the type becomes none, the rest stays.
func (d displayMembers) withType(t string) displayMembers {
	out := displayMembers{"type": t}
	for k, v := range d {
		if k != "type" {
			out[k] = v
		}
	}
	return out
}

// object is DisplayOptions as QMP shows it (the base members in QAPI's
// order, the booleans typed), for a display of type none only (the one
// the simulator has); nil otherwise.
func (d displayMembers) object() qjson.Object {
	if d["type"] != "none" {
		return nil
	}
	o := qjson.Object{{Key: "type", Value: "none"}}
	for _, k := range []string{"full-screen", "window-close", "show-cursor", "gl"} {
		v, ok := d[k]
		if !ok {
			continue
		}
		var x any = v
		if k != "gl" {
			b, ok := qemuopts.ParseBool(v)
			if !ok {
				return nil // not measured: left to the recorded answer
			}
			x = b
		}
		o = append(o, qjson.Member{Key: k, Value: x})
	}
	return o
}

// checkDisplay is parse_display's visit of DisplayOptions (-display none
// takes no options; "vnc=..." is the legacy VNC form).
func checkDisplay(arg string) error {
	if strings.HasPrefix(arg, "vnc") {
		return nil
	}
	if strings.HasPrefix(arg, ",") {
		return errors.New("Invalid parameter ''") // keyval: an empty key
	}
	// qobject_input_visitor_new_str: keyval's own errors, then its
	// refusal of help
	if _, help, err := keyval.Parse(arg, "type"); err != nil {
		return err
	} else if help {
		return keyval.ErrNoHelp
	}
	keys, vals := qemuOpts(arg, "type")
	typ := ""
	if len(keys) > 0 && keys[0] == "type" {
		typ = vals[0]
	}
	if !displayTypes[typ] {
		return fmt.Errorf("Parameter 'type' does not accept value '%s'", typ)
	}
	// The visitor reads DisplayOptions' base members in QAPI's order, then
	// finds what is left unexpected.
	last := displayOptions(arg)
	for _, k := range []string{"full-screen", "window-close", "show-cursor"} {
		if v, ok := last[k]; ok {
			if _, ok := qemuopts.ParseBool(v); !ok {
				return fmt.Errorf("Parameter '%s' expects 'on' or 'off'", k)
			}
		}
	}
	if v, ok := last["gl"]; ok && !displayGLModes[v] {
		return fmt.Errorf("Parameter 'gl' does not accept value '%s'", v)
	}
	for _, k := range keys[1:] {
		if !displayCommonKeys[k] && !displayKeys[typ][k] {
			return fmt.Errorf("Parameter '%s' is unexpected", k)
		}
	}
	return nil
}

// displayGLModes are DisplayGLMode's values.
var displayGLModes = map[string]bool{"off": true, "on": true, "core": true, "es": true}

// displayEarlyChecks are qemu_create_early_backends' checks of the display
// (before the early objects and the chardevs): window-close outside GTK and
// SDL is ignored with a message; OpenGL on a display without it is fatal.
func (d displayMembers) earlyChecks(rel *release.Release) (printed string, err error) {
	if _, ok := d["window-close"]; ok && d["type"] != "gtk" && d["type"] != "sdl" {
		printed = "window-close is only valid for GTK and SDL, ignoring option"
	}
	if gl, ok := d["gl"]; ok && gl != "off" && d["type"] == "none" {
		err = errors.New(strings.ReplaceAll(rel.DisplayGLUnsupported, "%s", d["type"]))
	}
	return printed, err
}

// serialBackends are the legacy character device names -serial accepts.
var serialBackends = []string{"null", "none", "stdio", "pty", "vc", "msmouse", "braille", "mon:", "file:",
	"pipe:", "tcp:", "telnet:", "websocket:", "udp:", "unix:", "chardev:", "/dev/", "COM", "spicevmc", "spiceport"}

// checkSerial is qemu_chr_new_from_opts on a legacy -serial name.
func checkSerial(arg string) error {
	for _, b := range serialBackends {
		if arg == b || (strings.HasSuffix(b, ":") || b == "/dev/") && strings.HasPrefix(arg, b) || strings.HasPrefix(arg, b+",") || strings.HasPrefix(arg, b+":") {
			return nil
		}
	}
	return fmt.Errorf("'%s' is not a valid char driver", arg)
}

var driveInterfaces = map[string]bool{"none": true, "ide": true, "scsi": true, "floppy": true, "pflash": true,
	"mtd": true, "sd": true, "virtio": true, "xen": true}

// cacheModes are bdrv_parse_cache_mode's words.
var cacheModes = map[string]bool{"off": true, "none": true, "directsync": true, "writeback": true,
	"unsafe": true, "writethrough": true}

// checkDrive is the part of drive_new that needs no file; known says
// whether a block driver exists (bdrv_find_format).
func checkDrive(arg string, known func(string) bool) error {
	d := block.ParseDrive("", arg)
	keys, vals := d.Keys, d.Vals
	has := map[string]string{}
	unknown := false
	for i, k := range keys {
		has[k] = vals[i]
		if !block.DriveOption(k) {
			unknown = true
		}
	}
	if v, ok := has["cache"]; ok {
		if !cacheModes[v] {
			return errors.New("invalid cache option")
		}
		unknown = true // cache.direct and cache.no-flush go to the driver
	}
	if v, ok := has["if"]; ok && !driveInterfaces[v] {
		return fmt.Errorf("unsupported bus type '%s'", v)
	}
	_, hasFile := has["file"]
	if _, ok := has["file.driver"]; ok { // the protocol node by its options
		hasFile = true
	}
	_, hasDriver := has["driver"]
	if !hasFile && !hasDriver {
		// (a format alone opens as its driver: the block layer's)
		if _, ok := has["format"]; unknown && !ok {
			return errors.New("Must specify either driver or file")
		}
	}
	return nil
}

// lastValues maps each key of a QemuOpts argument to its last value, the
// one qemu_opt_get reads.
func lastValues(keys, vals []string) map[string]string {
	m := make(map[string]string, len(keys))
	for i, k := range keys {
		m[k] = vals[i]
	}
	return m
}

// qemuOpts splits a QemuOpts argument into keys and values; a bare first
// word is the implied key, a later bare word means key=on.
func qemuOpts(arg, implied string) (keys, vals []string) {
	if arg == "" {
		return nil, nil
	}
	for i, p := range qemuopts.Split(arg) {
		k, v, ok := strings.Cut(p, "=")
		if !ok {
			if i == 0 && implied != "" {
				k, v = implied, p
			} else {
				k, v = qemuopts.ShortForm(p)
			}
		}
		keys, vals = append(keys, k), append(vals, v)
	}
	return keys, vals
}

// shortFormBooleans are the QemuOpts warnings for "key" meaning key=on.
func shortFormBooleans(opt, arg, implied string) []string {
	var out []string
	for i, p := range qemuopts.Split(arg) {
		if i == 0 && implied != "" || strings.Contains(p, "=") || p == "" || keyval.IsHelpOption(p) {
			continue
		}
		k, v := qemuopts.ShortForm(p)
		out = append(out, fmt.Sprintf("%s %s: warning: short-form boolean option '%s' deprecated\nPlease use %s=%s instead", opt, arg, p, k, v))
	}
	return out
}

// emptyIDEDisk says whether a -drive makes an IDE hard disk with no medium:
// the x86 board creates it and fails ("Device needs media, but drive is
// empty").
func emptyIDEDisk(arg string) bool {
	d := block.ParseDrive("", arg)
	keys, vals := d.Keys, d.Vals
	has := map[string]string{}
	for i, k := range keys {
		has[k] = vals[i]
	}
	_, hasFile := has["file"]
	if _, ok := has["file.driver"]; ok { // the protocol node by its options
		hasFile = true
	}
	_, hasDriver := has["driver"]
	iface, ok := has["if"]
	return !hasFile && !hasDriver && (!ok || iface == "ide") && has["media"] != "cdrom"
}

// optionKeys are the keys of QemuOpts options checked while parsing (an
// unknown key is "Invalid parameter").
var optionKeys = map[string][]string{
	"rtc":        {"base", "clock", "driftfix"},
	"name":       {"guest", "process", "debug-threads"},
	"overcommit": {"mem-lock", "cpu-pm", "id"},                              // not merged: an id is taken (optsCreate)
	"run-with":   {"async-teardown", "chroot", "user"},                      // 10.0: qemu_run_with_opts
	"icount":     {"shift", "align", "sleep", "rr", "rrfile", "rrsnapshot"}, // qemu_icount_opts
	"mon":        {"mode", "chardev", "pretty", "id"},                       // qemu_mon_opts (not merged: an id is taken)
	"fw_cfg":     {"name", "file", "string", "gen_id"},                      // qemu_fw_cfg_opts
	"option-rom": {"romfile", "bootindex"},                                  // qemu_option_rom_opts
}

// fsdevKeys are qemu_fsdev_opts' keys (-virtfs adds mount_tag; the
// throttling.* group is taken whole).
var fsdevKeys = []string{"id", "fsdriver", "path", "security_model", "writeout", "readonly", "socket", "sock_fd", "fmode", "dmode", "multidevs"}

// impliedKey is the key a QemuOpts list gives a first word without "="
// (implied_opt_name); -rtc and -overcommit have none, so "-rtc utc" is the
// short-form boolean utc=on (measured).
var impliedKey = map[string]string{"name": "guest", "icount": "shift", "mon": "chardev", "fw_cfg": "name", "option-rom": "romfile"}

// checkKeys rejects a key the option does not have.
func checkKeys(opt, arg string) error {
	keys, _ := qemuOpts(arg, impliedKey[opt])
	for _, k := range keys {
		if !slices.Contains(optionKeys[opt], k) {
			return fmt.Errorf("Invalid parameter '%s'", k)
		}
	}
	return nil
}

// checkUUID is qemu_uuid_parse: 8-4-4-4-12 hex digits.
func checkUUID(s string) error {
	bad := errors.New("failed to parse UUID string: wrong format")
	if len(s) != 36 {
		return bad
	}
	for i, c := range s {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if c != '-' {
				return bad
			}
		} else if !isHexDigit(byte(c)) {
			return bad
		}
	}
	return nil
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// vgaTypes are the -vga interfaces QEMU knows, by the name its messages
// give them ("none" has none); whether a binary has one is its -vga help.
// xenfb is not among them: without Xen, "unknown vga type" (measured).
var vgaTypes = map[string]string{"std": "standard VGA", "cirrus": "Cirrus VGA", "vmware": "VMWare SVGA", "qxl": "QXL VGA",
	"tcx": "TCX framebuffer", "cg3": "CG3 framebuffer", "virtio": "Virtio VGA", "none": ""}

var bootKeys = []string{"order", "once", "menu", "splash", "splash-time", "reboot-timeout", "strict"}

// checkBoot is setting the machine's "boot" property: known keys, and boot
// devices are drive letters a to p.
func checkBoot(d *keyval.Dict) error {
	if d == nil {
		return nil
	}
	// The visitor types the members in the struct's order, then rejects
	// the keys it does not have; the setter checks the devices last.
	for _, k := range bootKeys {
		v, ok := d.String(k)
		if !ok {
			continue
		}
		switch k {
		case "menu", "strict":
			if _, ok := qemuopts.ParseBool(v); !ok {
				return fmt.Errorf("Parameter 'boot.%s' expects 'on' or 'off'", k)
			}
		case "splash-time", "reboot-timeout":
			if _, err := strconv.ParseInt(v, 0, 64); err != nil {
				return fmt.Errorf("Parameter 'boot.%s' expects integer", k)
			}
		}
	}
	for _, k := range d.Keys {
		if !slices.Contains(bootKeys, k) {
			return fmt.Errorf("Parameter 'boot.%s' is unexpected", k)
		}
	}
	for _, k := range []string{"order", "once"} {
		v, _ := d.String(k)
		if msg := BootDevicesError(v); msg != "" {
			return errors.New(msg)
		}
	}
	return nil
}

// BootDevicesError is validate_bootdevices: drive letters a to p, each
// once ("" when they are).
func BootDevicesError(s string) string {
	seen := map[rune]bool{}
	for _, c := range s {
		if c < 'a' || c > 'p' {
			return fmt.Sprintf("Invalid boot device '%c'", c)
		}
		if seen[c] {
			return fmt.Sprintf("Boot device '%c' was given twice", c)
		}
		seen[c] = true
	}
	return ""
}

// PCBootDevicesError is the PC boards' set_boot_dev: at most three
// devices, each a floppy (a, b), disk (c), CD-ROM (d) or network (n).
func PCBootDevicesError(order string) error {
	if len(order) > 3 {
		return errors.New("Too many boot devices for PC")
	}
	for i := 0; i < len(order); i++ {
		if !strings.ContainsRune("abcdn", rune(order[i])) {
			return fmt.Errorf("Invalid boot device for PC: '%c'", order[i])
		}
	}
	return nil
}

// spaprFirmwareMax is spapr's FW_MAX_SIZE, the most of -bios it loads.
const spaprFirmwareMax = 4 << 20

// BootConfigKey holds, in Machine.Extra, the members of the machine's
// "boot" property the command line gave (-boot, -M boot.*), typed and in
// BootConfiguration's order; machine_copy_boot_config fills in the board's
// default order when none is given.
const BootConfigKey = "machine.boot"

// SingleStepKey is set when -singlestep turned TCG's one instruction per
// translation block on from the start (the monitor's `singlestep` state).
const SingleStepKey = "singlestep"

// BootConfig is the BootConfiguration a checked boot dict holds.
func BootConfig(d *keyval.Dict) qjson.Object {
	o := qjson.Object{}
	for _, k := range bootKeys {
		v, ok := d.String(k)
		if !ok {
			continue
		}
		var x any = v
		switch k {
		case "menu", "strict":
			x, _ = qemuopts.ParseBool(v)
		case "splash-time", "reboot-timeout":
			x, _ = strconv.ParseInt(v, 0, 64)
		}
		o = append(o, qjson.Member{Key: k, Value: x})
	}
	return o
}

// globalOption is qemu_global_option: DRIVER.PROP=VALUE, else the
// QemuOpts form driver=,property=,value= (as DRIVER.PROP=VALUE).
func globalOption(arg string) (compat.Global, error) {
	if i := strings.IndexAny(arg, ".="); i > 0 && i <= 63 && arg[i] == '.' {
		if j := strings.IndexByte(arg[i+1:], '='); j > 0 && j <= 255 {
			// the short form: the driver ends at the first dot
			return compat.Global{Type: arg[:i], Property: arg[i+1 : i+1+j], Value: arg[i+2+j:]}, nil
		}
	}
	given := map[string]string{}
	for _, p := range qemuopts.Split(arg) {
		k, v, ok := strings.Cut(p, "=")
		if !ok { // a short-form boolean: "x" is x=on, "nox" x=off
			k, v = qemuopts.ShortForm(p)
		}
		switch k {
		case "driver", "property", "value":
			given[k] = v
		default:
			return compat.Global{}, fmt.Errorf("Invalid parameter '%s'", k)
		}
	}
	if len(given) < 3 {
		return compat.Global{}, errors.New("options 'driver', 'property', and 'value' are required")
	}
	// the long form: a driver may have dots (cfi.pflash01)
	return compat.Global{Type: given["driver"], Property: given["property"], Value: given["value"]}, nil
}

// coldTypes are device types whose class is not hot-pluggable though
// device_add does not say so first: an unused -global for them is warned
// about (measured on both releases: PIIX4_PM on q35, intel-iommu; ICH9-LPC
// on pc, kvm-pit, hpet, ioapic are not).
var coldTypes = map[string]bool{"PIIX4_PM": true, "intel-iommu": true}

// coldOnlyType: a device type that cannot be hot-plugged (DeviceClass
// hotpluggable off): a user-creatable one device_add refuses, or a board's.
func coldOnlyType(rel *release.Release, target machinetype.Target, driver string) bool {
	t := qdev.Lookup(rel, target, driver)
	return t.UserCreatable() && !t.Hotpluggable() || coldTypes[driver]
}

// deviceListWanted: a -device whose driver (implied first, or driver=, the
// last one given) is "help" or "?": qdev_device_help lists every device,
// whatever else the option says ("help,storage" is no filter).
func deviceListWanted(arg string) bool {
	keys, vals := qemuOpts(arg, "driver")
	drv := ""
	for i, k := range keys {
		if k == "driver" {
			drv = vals[i]
		}
	}
	return keyval.IsHelpOption(drv)
}
