package numa

import "testing"

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"64M": 64 << 20, "1G": 1 << 30, "1.5G": 3 << 29, "4096": 4096,
		"1k": 1024, "0x10M": 16 << 20, "0x100": 256, "0x1E": 30, "2b": 2, " 1G": 1 << 30, "\t64M": 64 << 20} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "64X", "-1", "1.5", "1 ", " ", "1G ", " -1", "abc", "0x", "99999999999999999999"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) accepted", in)
		}
	}
}

func TestParseRange(t *testing.T) {
	if r, err := parseRange("2-4"); err != nil || len(r) != 3 || r[0] != 2 || r[2] != 4 {
		t.Errorf("2-4: %v %v", r, err)
	}
	for in, want := range map[string]string{"3-1": "Parameter 'cpus' expects a uint64 value or range",
		"a": "Parameter 'cpus' expects a uint64 value or range", "-1": "Parameter 'cpus' expects a uint64 value or range",
		"70000": "Parameter 'null' expects uint16_t"} {
		if _, err := parseRange(in); err == nil || err.Error() != want {
			t.Errorf("parseRange(%q) = %v; want %q", in, err, want)
		}
	}
}
