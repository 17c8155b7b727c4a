package block

import "testing"

// A drive's file name with a colon before any slash names a protocol
// (bdrv_find_protocol), as QEMU 7.2 and 10.0 answered each of these.
func TestProtocolError(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{`{"driver":"x"}`, `Unknown protocol '{"driver"'`},
		{"nbdx:foo", "Unknown protocol 'nbdx'"},
		{"a:b", "Unknown protocol 'a'"},
		{"null-co:x", "The only allowed filename for this driver is 'null-co://'"},
		{"null-co://", ""},
		{"/tmp/a:b", ""},
		{"./a:b", ""},
		{"disk.qcow2", ""},
		{"nbd:localhost:10809", ""},
	} {
		got := ""
		if err := protocolError(c.file); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.file, got, c.want)
		}
	}
}
