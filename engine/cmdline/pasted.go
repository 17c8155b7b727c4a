package cmdline

import (
	"errors"
	"fmt"
	"strings"
)

// Options the simulator does not model but checks the way QEMU does, so that
// a malformed one is refused with QEMU's text. Each check returns the
// message without its "<option> <argument>: " location.

var netdevTypes = map[string]bool{"user": true, "tap": true, "l2tpv3": true, "socket": true, "stream": true,
	"dgram": true, "vde": true, "bridge": true, "hubport": true, "netmap": true, "vhost-user": true, "vhost-vdpa": true}

var netdevUserKeys = map[string]bool{"type": true, "id": true, "hostname": true, "restrict": true, "ipv4": true,
	"ipv6": true, "ip": true, "net": true, "host": true, "tftp": true, "bootfile": true, "dhcpstart": true,
	"dns": true, "dnssearch": true, "domainname": true, "ipv6-prefix": true, "ipv6-prefixlen": true,
	"ipv6-host": true, "ipv6-dns": true, "smb": true, "smbserver": true, "hostfwd": true, "guestfwd": true,
	"tftp-server-name": true, "ipv6-net": true}

// checkNetdev is netdev_parse_modern's visit of Netdev; it returns the id.
func checkNetdev(arg string, ids map[string]bool) (string, error) {
	keys, vals := qemuOpts(arg, "type")
	get := func(k string) (string, bool) {
		for i := len(keys) - 1; i >= 0; i-- {
			if keys[i] == k {
				return vals[i], true
			}
		}
		return "", false
	}
	id, hasID := get("id")
	if hasID && ids[id] {
		return "", fmt.Errorf("Duplicate ID '%s' for netdev", id)
	}
	typ, ok := get("type")
	if !ok {
		return "", errors.New("Parameter 'type' is missing")
	}
	if !netdevTypes[typ] {
		return "", fmt.Errorf("Parameter 'type' does not accept value '%s'", typ)
	}
	if !hasID {
		return "", errors.New("Parameter 'id' is missing")
	}
	if typ == "user" {
		for _, k := range keys {
			if !netdevUserKeys[k] {
				return "", fmt.Errorf("Invalid parameter '%s'", k)
			}
		}
	}
	ids[id] = true
	return id, nil
}

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

// checkDisplay is parse_display's visit of DisplayOptions (-display none
// takes no options; "vnc=..." is the legacy VNC form).
func checkDisplay(arg string) error {
	if strings.HasPrefix(arg, "vnc") {
		return nil
	}
	keys, vals := qemuOpts(arg, "type")
	typ := ""
	if len(keys) > 0 && keys[0] == "type" {
		typ = vals[0]
	}
	if !displayTypes[typ] {
		return fmt.Errorf("Parameter 'type' does not accept value '%s'", typ)
	}
	for _, k := range keys[1:] {
		if !displayCommonKeys[k] && !displayKeys[typ][k] {
			return fmt.Errorf("Parameter '%s' is unexpected", k)
		}
	}
	return nil
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

// driveKeys are the -drive options drive_new knows; any other key is handed
// to the block layer.
var driveKeys = map[string]bool{"if": true, "bus": true, "unit": true, "index": true, "media": true, "cyls": true,
	"heads": true, "secs": true, "trans": true, "addr": true, "boot": true, "copy-on-read": true, "werror": true,
	"rerror": true, "serial": true, "file": true, "format": true, "driver": true, "id": true, "cache": true,
	"aio": true, "snapshot": true, "readonly": true, "read-only": true, "discard": true, "detect-zeroes": true,
	"throttling.iops-total": true, "cache.direct": true, "cache.no-flush": true, "auto-read-only": true}

// checkDrive is the part of drive_new that needs no file.
func checkDrive(arg string) error {
	keys, vals := qemuOpts(arg, "file")
	has := map[string]string{}
	unknown := false
	for i, k := range keys {
		has[k] = vals[i]
		if !driveKeys[k] {
			unknown = true
		}
	}
	if v, ok := has["if"]; ok && !driveInterfaces[v] {
		return fmt.Errorf("unsupported bus type '%s'", v)
	}
	_, hasFile := has["file"]
	_, hasDriver := has["driver"]
	if !hasFile && !hasDriver {
		if unknown {
			return errors.New("Must specify either driver or file")
		}
		if _, ok := has["format"]; ok {
			return errors.New(`A block device must be specified for "file"`)
		}
	}
	return nil
}

// qemuOpts splits a QemuOpts argument into keys and values; a bare first
// word is the implied key, a later bare word means key=on.
func qemuOpts(arg, implied string) (keys, vals []string) {
	if arg == "" {
		return nil, nil
	}
	for i, p := range splitOpts(arg) {
		k, v, ok := strings.Cut(p, "=")
		if !ok {
			if i == 0 {
				k, v = implied, p
			} else {
				k, v = p, "on"
			}
		}
		keys, vals = append(keys, k), append(vals, v)
	}
	return keys, vals
}

// shortFormBooleans are the QemuOpts warnings for "key" meaning key=on.
func shortFormBooleans(opt, arg, implied string) []string {
	var out []string
	for i, p := range splitOpts(arg) {
		if i == 0 && implied != "" || strings.Contains(p, "=") || p == "" {
			continue
		}
		out = append(out, fmt.Sprintf("%s %s: warning: short-form boolean option '%s' deprecated\nPlease use %s=on instead", opt, arg, p, p))
	}
	return out
}

// emptyIDEDisk says whether a -drive makes an IDE hard disk with no medium:
// the x86 board creates it and fails ("Device needs media, but drive is
// empty").
func emptyIDEDisk(arg string) bool {
	keys, vals := qemuOpts(arg, "file")
	has := map[string]string{}
	for i, k := range keys {
		has[k] = vals[i]
	}
	_, hasFile := has["file"]
	_, hasDriver := has["driver"]
	iface, ok := has["if"]
	return !hasFile && !hasDriver && (!ok || iface == "ide") && has["media"] != "cdrom"
}
