package qapi

import (
	"encoding/json"
	"testing"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

// The keyval form of an option is visited with every scalar a string the
// member's type parses (-blockdev driver=null-co,size=1M).
func TestCheckKeyval(t *testing.T) {
	s := For(release.V7_2, "x86_64")
	for _, c := range []struct {
		args qjson.Object
		want string
	}{
		{qjson.O("driver", "null-co", "node-name", "n", "size", "1048576"), ""},
		{qjson.O("driver", "null-co", "node-name", "n", "size", "1M"), "Parameter 'size' expects integer"},
		{qjson.O("driver", "null-co", "node-name", "n", "read-only", "maybe"), "Parameter 'read-only' expects 'on' or 'off'"},
		{qjson.O("driver", "nosuch"), "Parameter 'driver' does not accept value 'nosuch'"},
		{qjson.O("driver", "qcow2", "node-name", "q", "file", qjson.O("driver", "file", "filename", "/x")), ""},
		{qjson.O("node-name", "n"), "Parameter 'driver' is missing"},
	} {
		got := ""
		if err := s.CheckKeyval("blockdev-add", c.args); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%v: %q, want %q", c.args, got, c.want)
		}
	}
}

func TestVariantMembers(t *testing.T) {
	s := For(release.V7_2, "x86_64")
	got := s.VariantMembers("object-add", "rng-builtin")
	if len(got) != 1 || got[0] != "opened" {
		t.Errorf("rng-builtin members %v", got)
	}
	if s.VariantMembers("object-add", "nosuch") != nil {
		t.Error("a type the union lacks has members")
	}
}

// Introspection calls every integer "int"; the visitor's error for a
// non-number says which: the unsigned ones (the release's measured table)
// expect uint64, and take what does not fit an int64.
func TestUnsignedMembers(t *testing.T) {
	for _, c := range []struct {
		rel  *release.Release
		cmd  string
		args qjson.Object
		want string
	}{
		{release.V7_2, "object-add", qjson.O("qom-type", "memory-backend-ram", "id", "m", "size", "1G"), "Parameter 'size' expects uint64"},
		{release.V7_2, "object-add", qjson.O("qom-type", "memory-backend-ram", "id", "m", "size", json.Number("18446744073709551615")), ""},
		{release.V7_2, "object-add", qjson.O("qom-type", "memory-backend-ram", "id", "m", "size", json.Number("-1")), ""},
		{release.V7_2, "object-add", qjson.O("qom-type", "iothread", "id", "i", "poll-max-ns", "7"), "Invalid parameter type for 'poll-max-ns', expected: integer"},
		{release.V7_2, "migrate-set-parameters", qjson.O("max-bandwidth", "7"), "Parameter 'max-bandwidth' expects uint64"},
		{release.V7_2, "memsave", qjson.O("val", "7"), "Invalid parameter type for 'val', expected: integer"},
		{release.V10_0, "memsave", qjson.O("val", "7"), "Parameter 'val' expects uint64"},
		// set-numa-node's union: its branches' members by the tag (round 20)
		{release.V7_2, "set-numa-node", qjson.O("type", "node", "nodeid", "0"), "Parameter 'nodeid' expects uint64"},
		{release.V10_0, "set-numa-node", qjson.O("type", "node", "nodeid", "0"), "Parameter 'nodeid' expects uint64"},
		{release.V7_2, "set-numa-node", qjson.O("type", "node", "nodeid", json.Number("-1")), ""},
		{release.V10_0, "set-numa-node", qjson.O("type", "dist", "src", true, "dst", json.Number("1"), "val", json.Number("20")), "Parameter 'src' expects uint64"},
		{release.V10_0, "set-numa-node", qjson.O("type", "cpu", "node-id", "1"), "Invalid parameter type for 'node-id', expected: integer"},
	} {
		got := ""
		if err := For(c.rel, "x86_64").CheckJSON(c.cmd, c.args); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s %s %v: %q, want %q", c.rel.Name, c.cmd, c.args, got, c.want)
		}
	}
}
