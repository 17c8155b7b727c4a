package cmdline

import (
	"fmt"
	"slices"
	"strings"
)

// qemuOptsGroups are the option groups -set finds (qemu_find_opts), by
// the option that fills each; "object", "audiodev", "machine", "smp-opts"
// and "boot-opts" are read otherwise (is_qemuopts_group).
var qemuOptsGroups = map[string]string{
	"device": "device", "drive": "drive", "netdev": "netdev", "chardev": "chardev", "nic": "nic", "net": "net",
	"numa": "numa", "mon": "mon", "fsdev": "fsdev", "virtfs": "virtfs", "tpmdev": "tpmdev", "rtc": "rtc",
	"global": "global", "trace": "trace", "option-rom": "option-rom", "accel": "accel", "m": "memory",
	"name": "name", "icount": "icount", "sandbox": "sandbox", "add-fd": "add-fd", "overcommit": "overcommit",
	"msg": "msg", "action": "action", "semihosting-config": "semihosting-config", "fw_cfg": "fw_cfg",
	"spice": "spice", "plugin": "plugin", "smbios": "smbios", "acpitable": "acpi", "iscsi": "iscsi",
}

var notQemuOptsGroups = map[string]bool{"object": true, "audiodev": true, "machine": true, "smp-opts": true, "boot-opts": true}

// noteOptsID records the id of a QemuOpts option as it is read, for -set.
// The JSON forms of -device and -netdev are not QemuOpts.
func (o *Options) noteOptsID(name, v string) {
	g := qemuOptsGroups[name]
	if g == "" || strings.HasPrefix(v, "{") {
		return
	}
	keys, vals := qemuOpts(v, "")
	id, ok := "", false
	for i, k := range keys {
		if k == "id" {
			id, ok = vals[i], true
		}
	}
	if !ok {
		return
	}
	if o.optsIDs == nil {
		o.optsIDs = map[string]map[string]bool{}
	}
	if o.optsIDs[g] == nil {
		o.optsIDs[g] = map[string]bool{}
	}
	o.optsIDs[g][id] = true
}

// setOption is qemu_set_option (-set group.id.key=value), run where it
// stands among the options: the option must be read already. A device's
// or drive's key is added after its own (the last one counts); its
// messages still name the option as given.
func (o *Options) setOption(v string) error {
	group, rest, ok1 := strings.Cut(v, ".")
	id, kv, ok2 := strings.Cut(rest, ".")
	key, val, ok3 := strings.Cut(kv, "=")
	if !ok1 || !ok2 || !ok3 || group == "" || id == "" || key == "" || len(group) > 63 || len(id) > 63 || len(key) > 63 {
		return fmt.Errorf("can't parse: \"%s\"", v)
	}
	if notQemuOptsGroups[group] {
		return fmt.Errorf("-set is not supported with %s", group)
	}
	known := false
	for _, g := range qemuOptsGroups {
		known = known || g == group
	}
	if !known {
		return fmt.Errorf("There is no option group '%s'", group)
	}
	if !o.optsIDs[group][id] {
		return fmt.Errorf("there is no %s \"%s\" defined", group, id)
	}
	switch group {
	case "device":
		for i, d := range o.Devices {
			if strings.HasPrefix(d, "{") || !deviceHasID(d, id) {
				continue
			}
			if o.deviceLoc == nil {
				o.deviceLoc = map[int]string{}
			}
			if _, given := o.deviceLoc[i]; !given {
				o.deviceLoc[i] = "-device " + d
			}
			o.Devices[i] = d + "," + key + "=" + strings.ReplaceAll(val, ",", ",,")
		}
	case "drive":
		for _, d := range o.drives {
			if got, ok := d.Get("id"); ok && got == id {
				d.Keys, d.Vals = append(d.Keys, key), append(d.Vals, val)
			}
		}
	case "chardev": // qemu_opt_set checks the key against the list's
		if err := o.Chr.CheckParam(key, val); err != nil {
			return err
		}
		o.NotSimulated = append(o.NotSimulated, "-set "+v)
	default:
		if keys, ok := optionKeys[group]; ok && !slices.Contains(keys, key) {
			return fmt.Errorf("Invalid parameter '%s'", key)
		}
		o.NotSimulated = append(o.NotSimulated, "-set "+v)
	}
	return nil
}

func deviceHasID(d, id string) bool {
	keys, vals := qemuOpts(d, "driver")
	got := ""
	for i, k := range keys {
		if k == "id" {
			got = vals[i]
		}
	}
	return got == id
}

// legacyUSBDevices are -usbdevice's names (usb_legacy_register); braille
// also makes a chardev: not simulated ("").
var legacyUSBDevices = map[string]string{"braille": "",
	"mouse": "usb-mouse", "tablet": "usb-tablet", "keyboard": "usb-kbd", "wacom-tablet": "usb-wacom-tablet",
}
