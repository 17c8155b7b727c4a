package monitor

import (
	"testing"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// The schema-driven checks answer as QEMU 7.2's input visitor (recorded in
// own_monitor: mx-args-*).
func TestArgumentChecking(t *testing.T) {
	mon := monitorFor(t, release.V7_2, "-S", "-M", "pc")
	for _, c := range []struct {
		cmd, args, want string
	}{
		{"qom-get", `{}`, "Parameter 'path' is missing"},
		{"qom-get", `{"path": 1, "property": "type"}`, "Invalid parameter type for 'path', expected: string"},
		{"qom-get", `{"path": "/machine", "property": "type", "x": 1}`, "Parameter 'x' is unexpected"},
		// Two unknown members: the first in the visitor's hash table.
		{"query-status", `{"x": 1, "y": 2}`, "Parameter 'y' is unexpected"},
		{"qmp_capabilities", `{"enable": "oob"}`, "Invalid parameter type for 'enable', expected: array"},
		{"qmp_capabilities", `{"enable": [5]}`, "Invalid parameter type for 'enable[0]', expected: string"},
		{"qmp_capabilities", `{"enable": ["nosuch"]}`, "Parameter 'null' does not accept value 'nosuch'"},
		{"human-monitor-command", `{"command-line": "info version", "cpu-index": 1.5}`, "Invalid parameter type for 'cpu-index', expected: integer"},
		{"query-cpu-model-expansion", `{"type": "full", "model": {"nm": "max"}}`, "Parameter 'model.name' is missing"},
		{"migrate-set-capabilities", `{"capabilities": [{"capability": "xbzrle", "state": true, "x": 1}]}`, "Parameter 'capabilities[0].x' is unexpected"},
		{"query-version", `{}`, ""},
	} {
		args, err := qjson.Parse([]byte(c.args))
		if err != nil {
			t.Fatal(err)
		}
		_, e := mon.Execute(c.cmd, args.(qjson.Object))
		got := ""
		if e != nil {
			got = e.Desc
		}
		if got != c.want {
			t.Errorf("%s %s: %q, want %q", c.cmd, c.args, got, c.want)
		}
	}
}
