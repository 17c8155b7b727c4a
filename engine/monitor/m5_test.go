package monitor_test

import (
	"encoding/json"
	"strings"
	"testing"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// What probe_monitor's fifth round (m5-, m5m-) measured on both releases:
// a line, monitor commands in turn, what the last one answers.
func TestMonitorRound5(t *testing.T) {
	for _, tc := range []struct {
		args string
		cmds []string // HMP, or QMP when it begins with "{"
		want string
	}{
		// -incoming: inmigrate until a migration comes; cont does not run.
		{"-incoming defer", []string{"cont", "info status"}, "VM status: paused (inmigrate)\r\n"},
		// -action reboot=shutdown: a reset request shuts down (paused here).
		{"-action reboot=shutdown,shutdown=pause", []string{`{"execute": "system_reset"}`},
			`"event": "SHUTDOWN", "data": {"guest": false, "reason": "host-qmp-system-reset"}`},
		// query-iothreads walks /objects in its hash order: io1 before io0.
		{"-object iothread,id=io0 -object iothread,id=io1", []string{"info iothreads"}, "io1:"},
		// vmgenid's guid reads back in lower case.
		{"-device vmgenid,guid=324E6EAF-D1D1-4BF6-BF41-B9BB6C91FB87", []string{"info vm-generation-id"},
			"324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87\r\n"},
		// ACPI memory hotplug lists every DIMM slot.
		{"-m 512M,slots=2,maxmem=1G", []string{`{"execute": "query-acpi-ospm-status"}`},
			`{"return": [{"slot": "0", "slot-type": "DIMM", "source": 0, "status": 0}, {"slot": "1", "slot-type": "DIMM", "source": 0, "status": 0}]}`},
		// A 486 has no APIC: no vapic option ROM.
		{"-cpu 486", []string{"info roms"}, "addr=00000000fffc0000 size=0x040000 mem=rom name=\"bios-256k.bin\"\r\n"},
		// Capabilities and parameters are kept; their checks refuse.
		{"", []string{"migrate_set_capability xbzrle on", "info migrate_capabilities"}, "xbzrle: on\r\n"},
		{"", []string{"migrate_set_capability postcopy-preempt on"}, "Error: Postcopy preempt requires postcopy-ram\r\n"},
		{"", []string{"migrate_set_parameter max-bandwidth 100", "info migrate_parameters"}, "max-bandwidth: 104857600 bytes/second\r\n"},
		{"", []string{`{"execute": "migrate-set-parameters", "arguments": {"cpu-throttle-initial": 50, "max-cpu-throttle": 40}}`},
			`{"error": {"class": "GenericError", "desc": "Parameter 'max_cpu_throttle' expects an integer in the range of cpu_throttle_initial to 99"}}`},
		{"", []string{`{"execute": "migrate-set-parameters", "arguments": {"multifd-channels": 300, "nosuch": 1}}`},
			`{"error": {"class": "GenericError", "desc": "Parameter 'multifd-channels' expects uint8_t"}}`},
	} {
		for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
			s := session.Start(rel, "x86_64", append([]string{"-M", "pc", "-S", "-nodefaults"}, strings.Fields(tc.args)...))
			got := lastAnswer(s, tc.cmds)
			if !sameJSONOrText(got, tc.want) && !strings.Contains(got, tc.want) {
				t.Errorf("%s %s: %v: got %q, want %q", rel.Name, tc.args, tc.cmds, got, tc.want)
			}
		}
	}
}

// sameJSONOrText compares two QMP replies as JSON (member order aside),
// or two HMP outputs as text.
func sameJSONOrText(a, b string) bool {
	var x, y any
	if json.Unmarshal([]byte(a), &x) == nil && json.Unmarshal([]byte(b), &y) == nil {
		xa, _ := json.Marshal(x)
		ya, _ := json.Marshal(y)
		return string(xa) == string(ya)
	}
	return strings.TrimSpace(a) == strings.TrimSpace(b)
}

// The migration tables name only parameters and capabilities the
// release's recorded listings have.
func TestMigrationTablesMatchListings(t *testing.T) {
	for _, rel := range []*release.Release{release.V7_2, release.V10_0} {
		s := session.Start(rel, "x86_64", []string{"-M", "pc", "-S", "-nodefaults"})
		params := strings.Join(s.QMP(`{"execute": "query-migrate-parameters"}`), "")
		for _, p := range rel.MigrationParams {
			if !strings.Contains(params, `"`+p.Name+`": `) {
				t.Errorf("%s: parameter %s is not in query-migrate-parameters", rel.Name, p.Name)
			}
		}
		caps := s.HMP("info migrate_capabilities")
		for _, k := range rel.MigrationCapChecks {
			for _, c := range []string{k.Cap, k.Needs, k.Conflicts} {
				if c != "" && !strings.Contains(caps, c+": off") {
					t.Errorf("%s: capability %s is not in info migrate_capabilities", rel.Name, c)
				}
			}
		}
	}
}
