package cmdline

import (
	"fmt"
	"strings"
)

// argOptions are QEMU 7.2 options that take an argument (qemu-options.def).
// Options the simulator models are handled in startup.go; the rest are
// accepted and reported as not simulated.
var argOptions = map[string]bool{
	"machine": true, "M": true, "cpu": true, "accel": true, "smp": true, "numa": true, "m": true,
	"device": true, "object": true, "drive": true, "netdev": true, "nic": true, "net": true,
	"display": true, "serial": true, "monitor": true, "qmp": true, "qmp-pretty": true, "mon": true,
	"chardev": true, "vga": true, "boot": true, "kernel": true, "initrd": true, "append": true,
	"dtb": true, "bios": true, "L": true, "name": true, "uuid": true, "rtc": true, "k": true,
	"hda": true, "hdb": true, "hdc": true, "hdd": true, "cdrom": true, "fda": true, "fdb": true,
	"blockdev": true, "fsdev": true, "virtfs": true, "audiodev": true, "global": true,
	"D": true, "d": true, "pidfile": true, "gdb": true, "incoming": true, "icount": true,
	"watchdog-action": true, "action": true, "msg": true, "trace": true, "plugin": true,
	"runas": true, "chroot": true, "sandbox": true, "add-fd": true, "fw_cfg": true, "smbios": true,
	"usbdevice": true, "spice": true, "vnc": true, "parallel": true, "debugcon": true,
	"overcommit": true, "mem-path": true, "iscsi": true, "compat": true, "set": true,
	"readconfig": true, "semihosting-config": true, "acpitable": true, "pflash": true,
	"mtdblock": true, "sd": true, "option-rom": true, "prom-env": true, "g": true, "portrait": false,
	"tpmdev": true, "rotate": true, "async-teardown": false, "loadvm": true, "mem-prealloc": false,
	"device-help": false, "run-with": true, "audio": true, "dfilter": true, "echr": true,
}

// flagOptions take no argument.
var flagOptions = map[string]bool{
	"S": true, "nodefaults": true, "no-user-config": true, "nographic": true, "enable-kvm": true,
	"no-reboot": true, "no-shutdown": true, "snapshot": true, "daemonize": true, "s": true,
	"full-screen": true, "no-acpi": true, "no-hpet": true, "usb": true, "enable-sync-profile": true,
	"preconfig": true, "only-migratable": true, "win2k-hack": true, "no-fd-bootchk": true,
	"mem-prealloc": true, "no-quit": true,
	"old-param": true, "semihosting": true, "portrait": true, "singlestep": true,
	"async-teardown": true,
}

// firstPass is qemu_init's first walk over the options (lookup_opt): an
// unknown option or one missing its argument ends QEMU before any option
// is acted on, help included, wherever it stands on the line.
func firstPass(removed map[string]bool, args []string) error {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		if name == "target" {
			i++
			continue
		}
		if removed[name] {
			return fmt.Errorf("%s: invalid option", a)
		}
		if flagOptions[name] {
			continue
		}
		if _, ok := argOptions[name]; !ok {
			return fmt.Errorf("%s: invalid option", a)
		}
		if i+1 >= len(args) {
			return fmt.Errorf("%s: requires an argument", a)
		}
		i++
	}
	return nil
}

// strtolReads says whether strtol(s, &end, 0) reads a number (end != s):
// blanks, a sign, then a digit.
func strtolReads(s string) bool {
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	s = strings.TrimLeft(s[:min(len(s), 1)], "+-") + s[min(len(s), 1):]
	return s != "" && s[0] >= '0' && s[0] <= '9'
}
