package monitor_test

import (
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Round 18 (probe_cmdline's c18- cases): /machine's rtc-time reads -rtc's
// base date while the guest has not run (clock=vm), on pc, q35 and
// pseries; ICH9-LPC's PM object properties read as -global set them.
func TestRTCTimeAndICH9Globals(t *testing.T) {
	for _, c := range []struct {
		target, args, cmd, want string
	}{
		{"x86_64", "-M pc -rtc base=2020-01-01T00:00:00,clock=vm", "qom-get /machine rtc-time",
			`"tm_year": 120|"tm_mon": 0|"tm_mday": 1|"tm_hour": 0`},
		{"x86_64", "-M q35 -rtc base=2024-02-29T12:00:00,clock=vm", "qom-get /machine rtc-time",
			`"tm_year": 124|"tm_mon": 1|"tm_mday": 29|"tm_hour": 12`},
		{"ppc64", "-M pseries -rtc base=1999-12-31T23:59:59,clock=vm", "qom-get /machine rtc-time",
			`"tm_year": 99|"tm_mon": 11|"tm_mday": 31|"tm_sec": 59`},
		{"x86_64", "-M q35 -global ICH9-LPC.acpi-pci-hotplug-with-bridge-support=on",
			"qom-get /machine/q35/pcie.0/child[1] acpi-pci-hotplug-with-bridge-support", "true"},
		{"x86_64", "-M q35 -global ICH9-LPC.disable_s3=1", "qom-get /machine/q35/pcie.0/child[1] disable_s3", "1"},
		// their defaults (c18m-ich9-pm-defaults*)
		{"x86_64", "-M q35", "qom-get /machine/q35/pcie.0/child[1] s4_val", "2"},
		{"x86_64", "-M pc-q35-6.0", "qom-get /machine/q35/pcie.0/child[1] acpi-pci-hotplug-with-bridge-support", "false"},
		{"x86_64", "-M q35", "qom-get /machine/q35/pcie.0/child[1] memory-hotplug-support", "true"},
	} {
		s := session.Start(release.V7_2, c.target, strings.Fields("-S -nodefaults "+c.args))
		got := strings.TrimSpace(s.HMP(c.cmd))
		// a struct prints as JSON: each member it must hold ("|"-separated)
		for _, w := range strings.Split(c.want, "|") {
			if !strings.Contains(got, w) || !strings.Contains(c.want, "|") && got != w {
				t.Errorf("%s: %s: got %q, want %q", c.args, c.cmd, got, w)
			}
		}
	}
	// 10.0's ICH9-LPC has no memory-hotplug-support
	s := session.Start(release.V10_0, "x86_64", strings.Fields("-S -nodefaults -M q35"))
	want := "Error: Property 'ICH9-LPC.memory-hotplug-support' not found"
	if got := strings.TrimSpace(s.HMP("qom-get /machine/q35/pcie.0/child[1] memory-hotplug-support")); got != want {
		t.Errorf("10.0: got %q, want %q", got, want)
	}
}
