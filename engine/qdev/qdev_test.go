package qdev

import (
	"encoding/json"
	"hotpluglab/engine/release"
	"reflect"
	"testing"

	"hotpluglab/engine/machinetype"
	"hotpluglab/engine/qjson"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in       string
		id       string
		list     []Opt
		warnings int
		err      string
	}{
		{"qemu64-x86_64-cpu,id=cpu1,socket-id=1", "cpu1", []Opt{{"driver", "qemu64-x86_64-cpu", nil}, {"socket-id", "1", nil}}, 0, ""},
		{"driver=x,id=a,id=b", "a", []Opt{{"driver", "x", nil}}, 0, ""},
		{"x,model-id=a,,b", "", []Opt{{"driver", "x", nil}, {"model-id", "a,b", nil}}, 0, ""},
		{"x,pcid,nox2apic", "", []Opt{{"driver", "x", nil}, {"pcid", "on", nil}, {"x2apic", "off", nil}}, 2, ""},
		{"x,help", "", []Opt{{"driver", "x", nil}, {"help", "on", nil}}, 0, ""},
		{"x,id=2cpu", "", nil, 0, "Parameter 'id' expects an identifier"},
		{"x,id=", "", nil, 0, "Parameter 'id' expects an identifier"},
		{"", "", nil, 0, ""},
	} {
		o, w, err := Parse(c.in)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("Parse(%q) error %v, want %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || o.ID != c.id || !reflect.DeepEqual(o.List, c.list) || len(w) != c.warnings {
			t.Errorf("Parse(%q) = %+v %v %v", c.in, o, w, err)
		}
	}
}

func TestFromQMP(t *testing.T) {
	v, _ := qjson.Parse([]byte(`{"driver":"d","id":5,"a":1.0,"b":true,"c":"0x1","d":null,"e":[1],"f":1.5,"g":18446744073709551615}`))
	o, err := FromQMP(release.V7_2, v.(qjson.Object))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range o.List {
		got[p.Name] = p.Value
	}
	want := map[string]string{"driver": "d", "a": "1", "b": "on", "c": "0x1", "f": "1.5", "g": "18446744073709551615"}
	if o.HasID || !reflect.DeepEqual(got, want) {
		t.Fatalf("FromQMP: id %v, %v", o.HasID, got)
	}
	// A release that checks JSON types keeps null and [1] (no text), and a
	// string driver stays one.
	o, _ = FromQMP(release.V10_0, v.(qjson.Object))
	got = map[string]string{}
	for _, p := range o.List {
		got[p.Name] = p.Value
	}
	want = map[string]string{"driver": "d", "a": "1", "b": "on", "c": "0x1", "d": "", "e": "", "f": "1.5", "g": "18446744073709551615"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("FromQMP 10.0: %v", got)
	}
}

func TestIntegers(t *testing.T) {
	for _, c := range []struct {
		in  string
		i   int64
		iok bool
		u   uint64
		uok bool
	}{
		{"10", 10, true, 10, true}, {"010", 8, true, 8, true}, {"0x1f", 31, true, 31, true}, {" +4", 4, true, 4, true},
		{"-1", -1, true, 1<<64 - 1, true}, {"08", 0, false, 0, false}, {"0x", 0, false, 0, false}, {"", 0, false, 0, false},
		{"1e2", 0, false, 0, false}, {"99999999999999999999", 0, false, 0, false},
	} {
		i, iok := StrToI64(c.in)
		u, uok := StrToU64(c.in)
		if i != c.i || iok != c.iok || u != c.u || uok != c.uok {
			t.Errorf("%q: %d %v %d %v", c.in, i, iok, u, uok)
		}
	}
}

func TestSetPropertiesOrderAndErrors(t *testing.T) {
	cpu := Lookup(release.V7_2, machinetype.X86_64, "qemu64-x86_64-cpu")
	core := Lookup(release.V7_2, machinetype.PPC64, "power9_v2.0-spapr-cpu-core")
	for _, c := range []struct {
		t    Type
		opts string
		err  string
	}{
		// QDict order, not typed order: core-id's bucket comes first.
		{cpu, "x,socket-id=x,core-id=y,thread-id=z", "Parameter 'core-id' expects integer"},
		{cpu, "x,thread-id=99999999999", "Parameter 'thread-id' expects int32_t"},
		{cpu, "x,apic-id=-1", "Parameter 'apic-id' expects uint32_t"},
		{cpu, "x,pcid=maybe", "Parameter 'pcid' expects 'on' or 'off'"},
		{cpu, "x,foo=1", "Property 'qemu64-x86_64-cpu.foo' not found"},
		{core, "x,core-id=-2", "Invalid core id -2"},
		{core, "x,socket-id=0", "Property 'power9_v2.0-spapr-cpu-core.socket-id' not found"},
		{cpu, "x,socket-id=1,pcid=on,model-id=Q", ""},
	} {
		o, _, _ := Parse(c.opts)
		_, err := SetProperties(c.t, o.Dict())
		if (err == nil) != (c.err == "") || (err != nil && err.Error() != c.err) {
			t.Errorf("%s: %v, want %q", c.opts, err, c.err)
		}
	}
}

func TestDeviceClass(t *testing.T) {
	for _, c := range []struct {
		target machinetype.Target
		name   string
		err    string
	}{
		{machinetype.X86_64, "qemu64-x86_64-cpu", ""},
		{machinetype.X86_64, "qemu64", "'qemu64' is not a valid device model name"},
		{machinetype.X86_64, "x86_64-cpu", "Parameter 'driver' expects a non-abstract device type"},
		{machinetype.X86_64, "power9_v2.0-spapr-cpu-core", "'power9_v2.0-spapr-cpu-core' is not a valid device model name"},
		{machinetype.PPC64, "power9_v2.0-powerpc64-cpu", "Parameter 'driver' expects a pluggable device type"},
		{machinetype.PPC64, "spapr-cpu-core", "Parameter 'driver' expects a non-abstract device type"},
	} {
		_, err := DeviceClass(release.V7_2, c.target, c.name)
		if (err == nil) != (c.err == "") || (err != nil && err.Error() != c.err) {
			t.Errorf("%s: %v, want %q", c.name, err, c.err)
		}
	}
	b, _ := json.Marshal(len(Lookup(release.V7_2, machinetype.X86_64, "Haswell-x86_64-cpu").Props()))
	if string(b) != "432" {
		t.Errorf("x86 CPU properties: %s, want 432", b)
	}
}
