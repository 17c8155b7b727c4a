package cmdline

import (
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/release"
)

// DeviceHelp is qdev_device_help for "<type>,help" (the name may be an
// alias): the type's properties, or device-list-properties' error text.
func DeviceHelp(rel *release.Release, target machinetype.Target, driver string) (out, errText string) {
	t := qdev.Resolve(rel, target, driver)
	if _, desc := qdev.ListError(rel, target, t.Name); desc != "" {
		return "", desc
	}
	return t.Help(), ""
}
