package cmdline

import (
	"fmt"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qdev"
	"hotpluglab/engine/release"
)

// DeviceHelp is qemu_device_help for "<type>,help": the type's properties,
// or the error text when there is no such concrete type.
func DeviceHelp(rel *release.Release, target machinetype.Target, driver string) (out, errText string) {
	t := qdev.Lookup(rel, target, driver)
	switch t.Kind {
	case qdev.NotADevice, qdev.OtherDevice:
		if t.Kind == qdev.OtherDevice {
			return "", fmt.Sprintf("hotpluglab: device type '%s' is not simulated (CPU devices only)", driver)
		}
		return "", fmt.Sprintf("Device '%s' not found", driver)
	case qdev.Abstract:
		return "", "Parameter 'typename' expects a non-abstract device type"
	}
	h := t.Help()
	if h == "" {
		return fmt.Sprintf("There are no options for %s.\n", driver), ""
	}
	return h, ""
}
