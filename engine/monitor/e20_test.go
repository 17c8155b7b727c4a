package monitor

import (
	"encoding/json"
	"strings"
	"testing"

	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// set-numa-node under -preconfig (round 20, recorded: pe-*-e20-numa-*):
// a negative node id is its uint64 wrap, refused by the narrower range;
// pseries' start-up node is not there yet, so a CPU takes any node; the
// boot CPUs' warnings are put off to x-exit-preconfig, and NUMA's failure
// there comes first and alone.
func TestSetNumaNodePreconfig(t *testing.T) {
	for _, rel := range release.All() {
		for _, c := range []struct {
			args   []string
			key    string
			stderr string
		}{
			{[]string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2", "-preconfig"}, "socket-id",
				"total memory for NUMA nodes (0x0) should equal RAM size (0x8000000)\n"},
			{[]string{"-M", "pseries", "-cpu", "POWER8", "-smp", "2,maxcpus=8", "-preconfig"}, "core-id",
				"total memory for NUMA nodes (0x0) should equal RAM size (0x20000000)\n"},
		} {
			r := cmdline.Start(rel, "", c.args)
			if !r.Started || c.key == "socket-id" && r.Stderr != "" {
				t.Fatalf("%s %v: start-up printed %q", rel.Name, c.args, r.Stderr)
			}
			mon := New(r.Machine)
			for _, s := range []struct {
				args qjson.Object
				err  string
			}{
				{qjson.O("type", "node", "nodeid", json.Number("-1")), "Parameter 'nodeid' expects uint16_t"},
				{qjson.O("type", "node", "nodeid", json.Number("0")), ""},
				{qjson.O("type", "node", "nodeid", json.Number("1")), ""},
				{qjson.O("type", "cpu", "node-id", json.Number("1"), c.key, json.Number("1")), ""},
			} {
				_, e := mon.Execute("set-numa-node", s.args)
				got := ""
				if e != nil {
					got = e.Desc
				}
				if got != s.err {
					t.Errorf("%s %v %v: %q, want %q", rel.Name, c.args, s.args, got, s.err)
				}
			}
			mon.Stderr.Reset()
			mon.Execute("x-exit-preconfig", nil)
			if got := mon.Stderr.String(); got != c.stderr {
				t.Errorf("%s %v: x-exit-preconfig printed %q, want %q", rel.Name, c.args, got, c.stderr)
			}
		}
	}
}

// 10.0's QMP device_add takes an empty id: the device is the peripheral
// container's child "", which its listing shows by its own type, while a
// path naming it reaches the container (recorded: pe-x-e20m-empty-pc).
func TestEmptyDeviceID(t *testing.T) {
	mon := monitorFor(t, release.V10_0, "-M", "pc")
	if _, e := mon.Execute("device_add", qjson.O("driver", "e1000", "id", "")); e != nil {
		t.Fatal(e.Desc)
	}
	ret, e := mon.Execute("qom-list", qjson.O("path", "/machine/peripheral"))
	if e != nil {
		t.Fatal(e.Desc)
	}
	if got := qjson.Marshal(ret); !strings.Contains(got, `{"name": "", "type": "child<e1000>"}`) {
		t.Errorf("qom-list /machine/peripheral: %s", got)
	}
	if _, e := mon.Execute("device_del", qjson.O("id", "")); e == nil || e.Desc != " is not a device" {
		t.Errorf("device_del '': %v", e)
	}
}
