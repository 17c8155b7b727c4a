package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// qom-set of a size property by text is parse_option_size: qemu_strtosz's
// "out of range" for 2^64 and more, and on 10.0 for a negative number too
// (probe_mix pm-p-r51-c5); else "expects a non-negative number".
func TestQOMSetSizeOutOfRange(t *testing.T) {
	for _, tc := range []struct {
		rel         *release.Release
		value, want string
	}{
		{release.V7_2, "-1", "Error: Parameter 'cap-hpt-max-page-size' expects a non-negative number below 2^64\r\n"},
		{release.V10_0, "-1", "Error: Value '-1' is out of range for parameter 'cap-hpt-max-page-size'\r\n"},
		{release.V7_2, "99999999T", "Error: Value '99999999T' is out of range for parameter 'cap-hpt-max-page-size'\r\n"},
		{release.V10_0, "x", "Error: Parameter 'cap-hpt-max-page-size' expects a non-negative number below 2^64\r\n"},
	} {
		s := session.Start(tc.rel, "ppc64", strings.Fields("-nodefaults -M pseries"))
		if got := s.HMP("qom-set /machine cap-hpt-max-page-size " + tc.value); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: qom-set %s = %q, want %q", tc.rel.Version(), tc.value, got, tc.want)
		}
	}
}

// pc with acpi=off never adds /machine's acpi-device link (its class has
// it; probe_mix pm-x-r53-d0): qom-get and qom-set do not find it. q35
// links its LPC whatever acpi= says.
func TestMachineACPIDeviceLink(t *testing.T) {
	for _, tc := range []struct {
		machine string
		found   bool
	}{{"pc-i440fx-6.2,acpi=off", false}, {"pc-i440fx-6.2", true}, {"q35,acpi=off", true}} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			s := session.Start(rel, "x86_64", strings.Fields("-nodefaults -machine "+tc.machine))
			got := s.QMP(`{"execute": "qom-get", "arguments": {"path": "/machine", "property": "acpi-device"}}`)
			notFound := strings.Contains(strings.Join(got, ""), "acpi-device' not found")
			if notFound == tc.found {
				t.Errorf("%s (%s): qom-get acpi-device = %q", tc.machine, rel.Version(), got)
			}
		}
	}
}
