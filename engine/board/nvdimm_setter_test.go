package board

import "testing"

// nvdimm's setters (pe-p-r11-three-nv-0, -1): a label under 128 KiB, a
// uuid that does not parse.
func TestNVDIMMSetterError(t *testing.T) {
	for _, c := range []struct {
		name string
		v    any
		want string
	}{
		{"label-size", uint64(64 << 10), "Property 'nvdimm.label-size' (0x10000) is required at least 0x20000"},
		{"label-size", uint64(128 << 10), ""},
		{"uuid", "nonsense", "Property 'nvdimm.uuid' has invalid value"},
		{"uuid", "12345678-1234-1234-1234-123456789abc", ""},
		{"unarmed", true, ""},
	} {
		err := nvdimmSetterError("nvdimm", c.name, c.v)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s=%v: %q, want %q", c.name, c.v, got, c.want)
		}
	}
}
