package qapi

import (
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
