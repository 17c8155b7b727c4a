package cpumodel

import (
	"encoding/json"
	"strings"
	"testing"

	"hotpluglab/engine/qjson"
	"hotpluglab/engine/release"
)

func expandProps(t *testing.T, rel *release.Release, typ, model string, props any) (qjson.Object, string, error) {
	t.Helper()
	out, err := ExpansionFor(rel).Expand(typ, model, props, model+"-x86_64-cpu", rel.CPUExpansionPropsPath)
	if err != nil {
		return nil, "", err
	}
	m, _ := out.Get("model")
	name, _ := m.(qjson.Object).Get("name")
	p, _ := m.(qjson.Object).Get("props")
	return p.(qjson.Object), name.(string), nil
}

func TestExpansion(t *testing.T) {
	for _, c := range []struct {
		rel        *release.Release
		typ, model string
		props      qjson.Object
		name       string
		keys       int
		want       map[string]string // key -> printed value
		err        string
	}{
		{release.V7_2, "full", "qemu64", nil, "qemu64", 430,
			map[string]string{"vendor": `"AuthenticAMD"`, "sse4.1": "false", "lm": "true", "i64": "true", "lbr-fmt": "18446744073709551552"}, ""},
		{release.V7_2, "static", "qemu64", nil, "base", 327, map[string]string{"lm": "true", "mmx": "true"}, ""},
		{release.V7_2, "static", "base", nil, "base", 327, map[string]string{"mmx": "false"}, ""},
		{release.V7_2, "full", "max", nil, "max", 432, map[string]string{"migratable": "true"}, ""},
		{release.V7_2, "full", "Haswell", nil, "Haswell", 430, map[string]string{"avx2": "true", "vendor": `"GenuineIntel"`}, ""},
		// A feature set by one name sets its other names too.
		{release.V7_2, "full", "qemu64", qjson.O("sse4-1", true, "level", json.Number("7")), "qemu64", 430,
			map[string]string{"sse4.1": "true", "sse4_1": "true", "level": "7"}, ""},
		{release.V7_2, "full", "nosuch", nil, "", 0, nil, "CPU model 'nosuch' not found"},
		{release.V7_2, "full", "qemu64", qjson.O("nosuch", true), "", 0, nil, "Property 'qemu64-x86_64-cpu.nosuch' not found"},
		{release.V7_2, "full", "qemu64", qjson.O("vmx", "yes"), "", 0, nil, "Invalid parameter type for 'vmx', expected: boolean"},
		{release.V10_0, "full", "qemu64", qjson.O("vmx", "yes"), "", 0, nil, "Invalid parameter type for 'model.props.vmx', expected: boolean"},
		{release.V7_2, "full", "qemu64", qjson.O("level", "x"), "", 0, nil, "Parameter 'level' expects uint64"},
		{release.V10_0, "full", "qemu64", qjson.O("model-id", json.Number("5")), "", 0, nil, "Invalid parameter type for 'model.props.model-id', expected: string"},
		{release.V7_2, "full", "qemu64", qjson.O("phys-bits", json.Number("-1")), "", 0, nil, "Parameter 'phys-bits' expects uint32_t"},
		// Unsigned properties take INT64_MIN..UINT64_MAX, negatives as two's complement.
		{release.V7_2, "full", "qemu64", qjson.O("lbr-fmt", json.Number("-64"), "level", json.Number("4294967295")), "qemu64", 430,
			map[string]string{"lbr-fmt": "18446744073709551552", "level": "4294967295"}, ""},
		{release.V7_2, "full", "qemu64", qjson.O("level", json.Number("4294967296")), "", 0, nil, "Parameter 'level' expects uint32_t"},
		{release.V7_2, "full", "qemu64", qjson.O("lbr-fmt", json.Number("18446744073709551616")), "", 0, nil, "Parameter 'lbr-fmt' expects uint64"},
		{release.V7_2, "full", "qemu64", qjson.O("lbr-fmt", json.Number("-9223372036854775809")), "", 0, nil, "Parameter 'lbr-fmt' expects uint64"},
	} {
		props, name, err := expandProps(t, c.rel, c.typ, c.model, c.props)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("%s %s %s %v: error %v, want %q", c.rel.Name, c.typ, c.model, c.props, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %s %s: %v", c.rel.Name, c.typ, c.model, err)
			continue
		}
		if name != c.name || len(props) != c.keys {
			t.Errorf("%s %s %s: name %q with %d keys, want %q with %d", c.rel.Name, c.typ, c.model, name, len(props), c.name, c.keys)
		}
		for k, v := range c.want {
			if got, _ := props.Get(k); qjson.Marshal(got) != v {
				t.Errorf("%s %s %s: %s = %s, want %s", c.rel.Name, c.typ, c.model, k, qjson.Marshal(got), v)
			}
		}
	}
}

// The answer prints in the recorded order: QDict's, whatever the model.
func TestExpansionOrder(t *testing.T) {
	e := ExpansionFor(release.V7_2)
	props, _, _ := expandProps(t, release.V7_2, "full", "Skylake-Server", nil)
	text := qjson.Marshal(props)
	var keys []string
	for _, m := range props.Ordered() {
		keys = append(keys, m.Key)
	}
	if strings.Join(keys, ",") != strings.Join(e.full, ",") {
		t.Fatalf("full order differs from the recording's: %.200s", text)
	}
	if ExpansionFor(release.V10_0) == nil || !ExpansionFor(release.V10_0).Has("qemu64") {
		t.Error("10.0 has no expansion of qemu64")
	}
}

// In a running machine the expansion's CPU takes the globals (compat
// properties, -global, -cpu key=value), then the props, then -cpu's +f/-f
// on any model; a model keeps its VMX capabilities only with vmx, and a
// VMX flag asked for without vmx is cleared with the dependency warning
// (measured: probe_cmdline r6-expand-*, r6m-expand-*).
func TestExpandInEnvironment(t *testing.T) {
	rel := release.V10_0
	e := ExpansionFor(rel)
	get := func(o qjson.Object, key string) any {
		m, _ := o.Get("model")
		p, _ := m.(qjson.Object).Get("props")
		v, _ := p.(qjson.Object).Get(key)
		return v
	}
	env := ExpandEnv{
		Globals: [][3]string{{"x86_64-cpu", "guest-phys-bits", "0"}, {"x86_64-cpu", "legacy-multi-node", "on"},
			{"Skylake-Client-IBRS-x86_64-cpu", "vmx-ept", "off"}},
		Plus: []string{"vmx"}, Minus: []string{"hle"},
	}
	o, warnings, err := e.ExpandIn("full", "Skylake-Client-IBRS", qjson.O("vmx", false), "Skylake-Client-IBRS-x86_64-cpu", "", env)
	if err != nil || len(warnings) != 0 {
		t.Fatalf("ExpandIn: %v %v", err, warnings)
	}
	for key, want := range map[string]any{"guest-phys-bits": json.Number("0"), "legacy-multi-node": true, "vmx": true, "hle": false,
		"vmx-ept": false, "vmx-vpid": true, "vmx-activity-hlt": true} {
		if got := get(o, key); got != want {
			t.Errorf("Skylake-Client-IBRS %s = %v, want %v", key, got, want)
		}
	}
	// -cpu's +vmx reaches another model; its globals on the -cpu model's type do not.
	o, _, _ = e.ExpandIn("full", "EPYC", nil, "EPYC-x86_64-cpu", "", env)
	if get(o, "vmx") != true || get(o, "hle") != false || get(o, "vmx-activity-hlt") != false {
		t.Errorf("EPYC: vmx %v hle %v vmx-activity-hlt %v", get(o, "vmx"), get(o, "hle"), get(o, "vmx-activity-hlt"))
	}
	o, warnings, _ = e.ExpandIn("full", "Cascadelake-Server", qjson.O("vmx-ept", true), "Cascadelake-Server-x86_64-cpu", "", ExpandEnv{})
	if get(o, "vmx-ept") != false || len(warnings) != 1 ||
		warnings[0] != "This feature depends on other features that were not requested: MSR(48BH).vmx-ept [bit 1]" {
		t.Errorf("vmx-ept without vmx: %v %v", get(o, "vmx-ept"), warnings)
	}
}
