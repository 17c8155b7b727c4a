package cmdline

import (
	"errors"
	"slices"
	"strings"

	"hotpluglab/engine/netdev"
)

// qemuOptsGroups are the option groups -set finds (qemu_find_opts), each
// named as the option that fills it but for -m ("memory") and -acpitable
// ("acpi"). A string, not a map: a map literal costs app.wasm its init code.
const qemuOptsGroups = " device drive netdev chardev nic net numa mon fsdev virtfs tpmdev rtc global trace option-rom accel memory name icount sandbox add-fd overcommit msg action semihosting-config fw_cfg spice plugin smbios acpi iscsi "

// notQemuOptsGroups are read otherwise (is_qemuopts_group).
const notQemuOptsGroups = " object audiodev machine smp-opts boot-opts "

func optsGroup(option string) string {
	switch option {
	case "m":
		return "memory"
	case "acpitable":
		return "acpi"
	}
	return option
}

// noteOptsID records the id of a QemuOpts option as it is read, for -set.
// The JSON forms of -device and -netdev are not QemuOpts.
func (o *Options) noteOptsID(name, v string) {
	g := optsGroup(name)
	if !strings.Contains(qemuOptsGroups, " "+g+" ") || strings.HasPrefix(v, "{") || g == "netdev" && netdev.IsModern(v) {
		return
	}
	if id, ok := optValue(v, "id"); ok {
		if o.optsIDs == nil {
			o.optsIDs = map[string]bool{}
		}
		o.optsIDs[g+"."+id] = true
	}
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
		return errors.New("can't parse: \"" + v + "\"")
	}
	if strings.Contains(notQemuOptsGroups, " "+group+" ") {
		return errors.New("-set is not supported with " + group)
	}
	if !strings.Contains(qemuOptsGroups, " "+group+" ") {
		return errors.New("There is no option group '" + group + "'")
	}
	if !o.optsIDs[group+"."+id] {
		return errors.New("there is no " + group + " \"" + id + "\" defined")
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
	case "netdev":
		o.Net.Set(id, key, val)
	case "accel": // added after the option's own, where its messages still name it as typed
		for i, a := range o.AccelOptions {
			if got, ok := optValue(a, "id"); ok && got == id {
				if o.accelSet == nil {
					o.accelSet = map[int]string{}
				}
				o.accelSet[i] += "," + key + "=" + strings.ReplaceAll(val, ",", ",,")
			}
		}
	case "chardev": // qemu_opt_set checks the key against the list's
		if err := o.Chr.CheckParam(key, val); err != nil {
			return err
		}
		o.NotSimulated = append(o.NotSimulated, "-set "+v)
	default:
		if keys, ok := optionKeys[group]; ok && !slices.Contains(keys, key) {
			return errors.New("Invalid parameter '" + key + "'")
		}
		o.NotSimulated = append(o.NotSimulated, "-set "+v)
	}
	return nil
}

func deviceHasID(d, id string) bool {
	got, ok := optValue(d, "id")
	return ok && got == id
}

// legacyUSBDevice is -usbdevice's name for a device type
// (usb_legacy_register); braille also makes a chardev: not simulated ("").
func legacyUSBDevice(name string) (string, bool) {
	switch name {
	case "mouse":
		return "usb-mouse", true
	case "tablet":
		return "usb-tablet", true
	case "keyboard":
		return "usb-kbd", true
	case "wacom-tablet":
		return "usb-wacom-tablet", true
	case "braille":
		return "", true
	}
	return "", false
}
