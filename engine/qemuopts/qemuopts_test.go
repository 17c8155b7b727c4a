package qemuopts

import (
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	for in, want := range map[string][]string{
		"a=1,b=2":       {"a=1", "b=2"},
		"a=x,,y,b":      {"a=x,y", "b"},
		"":              {""},
		"a,":            {"a"},
		"a=1,b=,":       {"a=1", "b="},
		",":             {""},
		",,":            {","},
		",,,":           {","},
		"a,,":           {"a,"},
		"node,cpus=0-1": {"node", "cpus=0-1"},
	} {
		if got := Split(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Split(%q) = %q, want %q", in, got, want)
		}
	}
}

// QEMU's boolean words (qapi_bool_parse), and what it refuses.
func TestParseBool(t *testing.T) {
	for v, want := range map[string][2]bool{
		"on": {true, true}, "yes": {true, true}, "true": {true, true}, "y": {true, true},
		"off": {false, true}, "no": {false, true}, "false": {false, true}, "n": {false, true},
		"maybe": {false, false}, "ON": {false, false}, "1": {false, false}, "": {false, false},
	} {
		if on, ok := ParseBool(v); on != want[0] || ok != want[1] {
			t.Errorf("ParseBool(%q) = %v, %v, want %v, %v", v, on, ok, want[0], want[1])
		}
	}
}

// opts_parse_id reads the first "id=" and qemu_opts_create checks it
// before anything else: "id=" is malformed, a later id is not looked at.
func TestFirstID(t *testing.T) {
	for arg, want := range map[string][2]any{
		"null,id=c0":      {"c0", true},
		"null,id=,id=c1":  {"", true},
		"null,id=x,id=1y": {"x", true},
		"null":            {"", false},
		"null,xid=1":      {"", false},
	} {
		id, ok := FirstID(arg)
		if id != want[0] || ok != want[1] {
			t.Errorf("FirstID(%q) = %q, %v, want %v", arg, id, ok, want)
		}
	}
	for id, want := range map[string]bool{"c0": true, "": false, "1c": false, "a.b-c_d": true, "a b": false} {
		if IDWellFormed(id) != want {
			t.Errorf("IDWellFormed(%q) = %v", id, !want)
		}
	}
}

// A QemuOpts number as measured on -m slots=, -chardev debug=, -add-fd,
// -drive throttling.* and -smbios (r9m-): base 0, blanks before, a sign
// that wraps, past 2^64 "too large", anything after the digits refused.
func TestNumber(t *testing.T) {
	for v, want := range map[string]struct {
		n            uint64
		ok, tooLarge bool
	}{
		"2": {2, true, false}, "0x2": {2, true, false}, "010": {8, true, false}, "+2": {2, true, false},
		" 2": {2, true, false}, "-0": {0, true, false}, "-1": {1<<64 - 1, true, false}, "-2": {1<<64 - 2, true, false},
		"18446744073709551615": {1<<64 - 1, true, false}, "99999999999999999999": {1<<64 - 1, false, true},
		"2 ": {0, false, false}, "0x": {0, false, false}, "1e3": {0, false, false}, "": {0, false, false},
		"08": {0, false, false}, "two": {0, false, false}, "99999999999999999999x": {0, false, false},
	} {
		n, ok, tooLarge := Number(v)
		if n != want.n || ok != want.ok || tooLarge != want.tooLarge {
			t.Errorf("Number(%q) = %d, %v, %v, want %d, %v, %v", v, n, ok, tooLarge, want.n, want.ok, want.tooLarge)
		}
	}
	if err := NumberError("slots", "99999999999999999999"); err == nil ||
		err.Error() != "Value '99999999999999999999' is too large for parameter 'slots'" {
		t.Errorf("NumberError past 2^64: %v", err)
	}
	if err := NumberError("fd", "x"); err == nil || err.Error() != "Parameter 'fd' expects a number" {
		t.Errorf("NumberError of a word: %v", err)
	}
	if err := NumberError("debug", " 1"); err != nil {
		t.Errorf("NumberError(\" 1\") = %v, want nil", err)
	}
}
