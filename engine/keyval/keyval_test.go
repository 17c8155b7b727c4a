package keyval

import "testing"

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in, implied string
		want        map[string]string // flattened a.b=v
		help        bool
		err         string
	}{
		{in: "4", implied: "cpus", want: map[string]string{"cpus": "4"}},
		{in: "4,cpus=8", implied: "cpus", want: map[string]string{"cpus": "8"}},
		{in: "4,", implied: "cpus", want: map[string]string{"cpus": "4"}},
		{in: "", implied: "cpus", want: map[string]string{}},
		{in: ",", implied: "cpus", err: "Invalid parameter ''"},
		{in: ",4", implied: "cpus", err: "Invalid parameter ''"},
		{in: "4,,", implied: "cpus", err: "Invalid parameter ''"},
		{in: "=4", implied: "cpus", err: "Invalid parameter ''"},
		{in: "4;sockets=2", implied: "cpus", err: "Invalid parameter '4;sockets'"},
		{in: "4,sockets", implied: "cpus", err: "Expected '=' after parameter 'sockets'"},
		{in: "sockets", implied: "cpus", want: map[string]string{"cpus": "sockets"}},
		{in: "4,help", implied: "cpus", help: true, want: map[string]string{"cpus": "4"}},
		{in: "pc,smp.cpus=4,acpi=off", implied: "type", want: map[string]string{"type": "pc", "smp.cpus": "4", "acpi": "off"}},
		{in: "a=x,,y", want: map[string]string{"a": "x,y"}},
		{in: "a=1,a.b=2", err: "Parameters 'a.*' used inconsistently"},
	} {
		d, help, err := Parse(tc.in, tc.implied)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("%q: err = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if help != tc.help {
			t.Errorf("%q: help = %v", tc.in, help)
		}
		got := map[string]string{}
		flatten(d, "", got)
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.in, got, tc.want)
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("%q: %s = %q, want %q", tc.in, k, got[k], v)
			}
		}
	}
}

func flatten(d *Dict, prefix string, out map[string]string) {
	for _, k := range d.Keys {
		switch v := d.Values[k].(type) {
		case string:
			out[prefix+k] = v
		case *Dict:
			flatten(v, prefix+k+".", out)
		}
	}
}

func TestMergeLaterWins(t *testing.T) {
	a, _, _ := Parse("pc,smp.cpus=4,smp.sockets=2", "type")
	b, _, _ := Parse("8", "cpus")
	s := NewDict()
	s.put("smp", b)
	if err := a.Merge(s); err != nil {
		t.Fatal(err)
	}
	if v, _ := a.Sub("smp").String("cpus"); v != "8" {
		t.Fatalf("cpus = %q", v)
	}
	if v, _ := a.Sub("smp").String("sockets"); v != "2" {
		t.Fatalf("sockets = %q", v)
	}
}

// keyval_listify's missing-index check, as QEMU 7.2 and 10.0 answered -smp
// with these keys: an index is the key's number ("00" and "0" are both 0),
// and the first index missing is looked for below both the largest index
// and the count of keys plus one.
func TestListIndices(t *testing.T) {
	for _, tc := range []struct{ in, err string }{
		{"A.0=", ""}, {"A.00=", ""}, {"A.0=1,A.00=2", ""}, {"A.0=1,A.1=2", ""},
		{"A.1=1", "Parameter 'A.0' missing"}, {"A.01=", "Parameter 'A.0' missing"},
		{"A.5=", "Parameter 'A.0' missing"}, {"A.4294967296=", "Parameter 'A.0' missing"},
		{"A.0=1,A.2=1", "Parameter 'A.1' missing"}, {"cpus.1=2", "Parameter 'cpus.0' missing"},
		{"A.0=1,A.b=2", "Parameters 'A.*' used inconsistently"},
	} {
		_, _, err := Parse(tc.in, "cpus")
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.err {
			t.Errorf("%q: error %q, want %q", tc.in, got, tc.err)
		}
	}
}
