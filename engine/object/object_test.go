package object

import (
	"strings"
	"testing"

	"hotpluglab/engine/machine"
	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
	"hotpluglab/engine/smp"
)

// The checks answer as each release's -object does (recorded in the
// devices and block corpora: dv-x-obj-*, dv-x-json-object-*, bk-x-obj-*).
func TestChecks(t *testing.T) {
	for _, rel := range release.All() {
		for _, c := range []struct{ json, want string }{
			{`{"qom-type":"iothread","id":"io0","foo":1}`, "Parameter 'foo' is unexpected"},
			{`{"id":"io0"}`, "Parameter 'qom-type' is missing"},
			{`{"qom-type":"memory-backend-ram","id":"m","size":"128M"}`, "Parameter 'size' expects uint64"},
			{`{"qom-type":"iothread","id":"io0","poll-max-ns":32768}`, ""},
		} {
			v, _ := qjson.Parse([]byte(c.json))
			got := ""
			if err := CheckJSON(rel, "x86_64", v.(qjson.Object)); err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("%s %s: %q, want %q", rel.Name, c.json, got, c.want)
			}
		}
		for _, c := range []struct{ typ, kv, want string }{
			{"iothread", "id=a,foo=1", "Invalid parameter 'foo'"},
			{"iothread", "id=io0,poll-max-ns=lots", "Parameter 'poll-max-ns' expects an int64 value"},
			{"secret", "id=s,data=x,format=hex", "Parameter 'format' does not accept value 'hex'"},
			{"throttle-group", "id=tg0,x-bps-total=1000000", ""},
		} {
			var keys, vals []string
			for _, p := range strings.Split(c.kv, ",") {
				k, v, _ := strings.Cut(p, "=")
				keys, vals = append(keys, k), append(vals, v)
			}
			got := ""
			if err := CheckKeys(rel, "x86_64", c.typ, keys, vals); err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("%s %s,%s: %q, want %q", rel.Name, c.typ, c.kv, got, c.want)
			}
		}
	}
}

func TestHelp(t *testing.T) {
	for _, rel := range release.All() {
		list, ok := Help(rel, "x86_64", "help")
		if !ok || !strings.HasPrefix(list, "List of user creatable objects:\n") || !strings.Contains(list, "\n  iothread\n") {
			t.Errorf("%s -object help: %q", rel.Name, list)
		}
		typ, ok := Help(rel, "x86_64", "iothread,help")
		if !ok || !strings.HasPrefix(typ, "iothread options:\n") || !strings.Contains(typ, "poll-max-ns=<int>") {
			t.Errorf("%s -object iothread,help: %q", rel.Name, typ)
		}
		if _, ok := Help(rel, "x86_64", "iothread,id=x"); ok {
			t.Errorf("%s: iothread,id=x taken for help", rel.Name)
		}
	}
}

// /objects in creation order: early -object, late -object (memory
// backends), the board's RAM backend, then object_add's; no RAM backend of
// the board's when NUMA nodes take memdevs or memory-backend= names one.
func TestOf(t *testing.T) {
	ids := func(m *machine.Machine) string {
		var l []string
		for _, o := range Of(m) {
			l = append(l, o.ID)
		}
		return strings.Join(l, " ")
	}
	m := machine.New(machinetype.Lookup(release.V7_2, machinetype.X86_64, "pc"), smp.Topology{CPUs: 1, Drawers: 1, Books: 1, Sockets: 1, Dies: 1, Clusters: 1, Modules: 1, Cores: 1, Threads: 1, MaxCPUs: 1}, "tcg")
	Set(m, []Object{{ID: "mem", Type: "memory-backend-ram"}, {ID: "io", Type: "iothread"}})
	if err := Add(m, Object{ID: "late", Type: "iothread"}); err != nil {
		t.Fatal(err)
	}
	if err := Add(m, Object{ID: "pc.ram", Type: "iothread"}); err == nil {
		t.Error("object_add of the board's RAM backend's id: no error")
	}
	if got := ids(m); got != "io mem pc.ram late" {
		t.Errorf("objects: %q", got)
	}
	m.NUMAMemdevs = true
	if got := ids(m); got != "io mem late" {
		t.Errorf("objects with NUMA memdevs: %q", got)
	}
}

// A throttle-group's limits given as keys (JSON -object's "limits"), and
// an iothread's thread pool bounds (lv-x-r6-bd-throttle*, r6-obj-iothread-*).
func TestRound6Objects(t *testing.T) {
	for _, c := range []struct {
		typ   string
		props map[string]string
		want  string
	}{
		{"throttle-group", map[string]string{"limits.iops-total": "100", "limits.iops-total-max": "200"}, ""},
		{"throttle-group", map[string]string{"limits.bps-total-max": "1000"}, "bps_max/iops_max require corresponding bps/iops values"},
		{"throttle-group", map[string]string{"limits.iops-total": "-5"}, "bps/iops/max values must be within [0, 1000000000000000]"},
		{"iothread", map[string]string{"thread-pool-min": "2", "thread-pool-max": "16"}, ""},
		{"iothread", map[string]string{"thread-pool-min": "8", "thread-pool-max": "2"}, "bad thread-pool-min/thread-pool-max values"},
		{"iothread", map[string]string{"thread-pool-max": "0"}, "bad thread-pool-min/thread-pool-max values"},
		{"iothread", map[string]string{"thread-pool-min": "65"}, "bad thread-pool-min/thread-pool-max values"},
		{"iothread", map[string]string{"thread-pool-min": "-1"}, "thread-pool-min value must be in range [0, 9223372036854775807]"},
	} {
		var err error
		if c.typ == "throttle-group" {
			err = ThrottleLimitsProps(c.props)
		}
		if err == nil {
			err = CreationError(c.typ, c.props, nil)
		}
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s %v: %q, want %q", c.typ, c.props, got, c.want)
		}
	}
	p := map[string]string{"id": "g", "limits.iops-total": "100"}
	if ThrottleLimitsProps(p); p["x-iops-total"] != "100" || p["limits.iops-total"] != "" {
		t.Errorf("limits not moved: %v", p)
	}
}
