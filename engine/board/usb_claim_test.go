package board_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// A USB device claims its port before its own realize checks: a
// usb-storage refused for want of a drive on a controller's last free
// port leaves the hub usb_claim_port chained there (probe_monitor's
// m4-q35-usb-storage, both releases); its unplug deletes its SCSI disk
// first.
func TestUSBClaimBeforeChecks(t *testing.T) {
	line := []string{"-M", "q35", "-device", "qemu-xhci,id=xhci", "-device", "usb-kbd,id=k1", "-device", "usb-kbd,id=k2",
		"-device", "usb-tablet,id=t"}
	for _, rel := range release.All() {
		s := session.Start(rel, "", append([]string{"-nodefaults"}, line...))
		if !startsAsWanted(t, rel.Name, s, "") {
			continue
		}
		if got := s.HMP("device_add usb-storage,id=us"); got != "Error: drive property not set\r\n" {
			t.Errorf("%s: device_add: %q", rel.Name, got)
		}
		if got := s.HMP("info usb"); !strings.HasSuffix(got, "  Device 0.0, Port 4, Speed 12 Mb/s, Product QEMU USB Hub\r\n") {
			t.Errorf("%s: info usb: %q", rel.Name, got)
		}
	}
}
