package pci

import "testing"

// ParseDevFn reads addr= as QEMU's PCI address property does: "slot" or
// "slot.fn" in hex (with or without 0x), or an integer devfn (JSON).
func TestParseDevFn(t *testing.T) {
	for _, c := range []struct {
		in     any
		devfn  int
		wantOK bool
	}{
		{"0x3", 3 << 3, true},
		{"3", 3 << 3, true},
		{"0x2.0x1", 2<<3 | 1, true}, // libvirt's root-port functions
		{"1f.7", 0xff, true},
		{int64(3), 3, true}, // -device {"addr":3}: slot 0, function 3
		{"20", 0, false},    // slots stop at 0x1f
		{"2.8", 0, false},   // functions stop at 7
		{"x", 0, false},
	} {
		got, ok := ParseDevFn(c.in)
		if ok != c.wantOK || ok && got != c.devfn {
			t.Errorf("ParseDevFn(%v) = %d, %v; want %d, %v", c.in, got, ok, c.devfn, c.wantOK)
		}
	}
}

func TestFormatDevFn(t *testing.T) {
	for devfn, want := range map[int]string{0x18: "03.0", 0xff: "1f.7", 0x11: "02.1"} {
		if got := FormatDevFn(devfn); got != want {
			t.Errorf("FormatDevFn(%#x) = %q, want %q", devfn, got, want)
		}
	}
}
