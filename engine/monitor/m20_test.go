package monitor

import (
	"fmt"
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

// HMP's 'o' sizes are qemu_strtosz_MiB: a bare number in MiB, a fraction
// with or without a suffix, hex without a fraction; a hex number with a
// suffix warns (7.2) or is refused (10.0) (recorded: m20-*-osize).
func TestSizeMiB(t *testing.T) {
	for _, c := range []struct {
		s             string
		hexErr        bool
		v             int64
		n             int
		ok, hexSuffix bool
	}{
		{"2", false, 2 << 20, 1, true, false},
		{"1g", false, 1 << 30, 2, true, false},
		{"1.5", false, 3 << 19, 3, true, false},
		{"0.5k", false, 512, 4, true, false},
		{"1.5b", false, 0, 0, false, false},
		{"0x100000", false, 0x100000 << 20, 8, true, false},
		{"0x10M", false, 16 << 20, 5, true, true},
		{"0x10M", true, 0, 0, false, false},
		{"0x10b", true, 0x10b << 20, 5, true, false},
		{"0x1.8", false, 0, 0, false, false},
		{"1e6", false, 1 << 60, 2, true, false},
		{"9999999999999", false, 0, 0, false, false},
		{"", false, 0, 0, false, false},
		{"-1", false, 0, 0, false, false},
	} {
		v, n, ok, hex := sizeMiB(c.s, c.hexErr)
		if ok != c.ok || hex != c.hexSuffix || ok && (v != c.v || n != c.n) {
			t.Errorf("sizeMiB(%q, %v) = %d, %d, %v, %v; want %d, %d, %v, %v", c.s, c.hexErr, v, n, ok, hex, c.v, c.n, c.ok, c.hexSuffix)
		}
	}
}

// migrate_set_parameter max-bandwidth: a bare number (fraction and all)
// in MiB; a hex number with a suffix warns on 7.2 and is refused on 10.0
// (recorded: m20-*-sizes).
func TestMaxBandwidthHMP(t *testing.T) {
	rels := map[string]*release.Release{"7.2": release.V7_2, "10.0": release.V10_0}
	for _, c := range []struct{ rel, line, out, want string }{
		{"7.2", "migrate_set_parameter max-bandwidth 1.5", "", "max-bandwidth: 1572864 bytes/second"},
		{"10.0", "migrate_set_parameter max-bandwidth 1.5", "", "max-bandwidth: 1572864 bytes/second"},
		{"7.2", "migrate_set_parameter max-bandwidth 0x1000k", "warning: Using a multiplier suffix on hex numbers is deprecated: 0x1000k\r\n", "max-bandwidth: 4194304 bytes/second"},
		{"10.0", "migrate_set_parameter max-bandwidth 0x1000k", "Error: Invalid size 0x1000k\r\n", "max-bandwidth: 134217728 bytes/second"},
		{"10.0", "migrate_set_parameter max-bandwidth 9999999999999", "Error: Invalid size 9999999999999\r\n", "max-bandwidth: 134217728 bytes/second"},
	} {
		mon := monitorFor(t, rels[c.rel], "-S", "-M", "pc")
		if got := mon.HMP(c.line); got != c.out {
			t.Errorf("%s %s: %q, want %q", c.rel, c.line, got, c.out)
		}
		if got := mon.HMP("info migrate_parameters"); !strings.Contains(got, c.want+"\r\n") {
			t.Errorf("%s %s: info migrate_parameters lacks %q:\n%s", c.rel, c.line, c.want, got)
		}
	}
}

// 10.0's older machine versions: their compat properties set
// zero-page-detection back to legacy (8.2 and older) and
// send-switchover-start off (9.2 and older) (recorded: m20-*-m-migviews).
func TestMigrationCompatViews(t *testing.T) {
	for _, c := range []struct {
		machine, zpd, switchover string
	}{
		{"pc", "multifd", "on"},
		{"pc-i440fx-9.2", "multifd", "off"},
		{"pc-i440fx-9.0", "multifd", "off"},
		{"pc-i440fx-8.2", "legacy", "off"},
		{"pc-i440fx-7.2", "legacy", "off"},
	} {
		mon := monitorFor(t, release.V10_0, "-S", "-M", c.machine)
		if got := mon.HMP("info migrate_parameters"); !strings.Contains(got, "\r\nzero-page-detection: "+c.zpd+"\r\n") {
			t.Errorf("%s: info migrate_parameters:\n%s", c.machine, got)
		}
		if got := mon.HMP("info migrate"); !strings.Contains(got, "\r\nsend-switchover-start: "+c.switchover+"\r\n") {
			t.Errorf("%s: info migrate:\n%s", c.machine, got)
		}
		v, err := mon.Execute("query-migrate-parameters", nil)
		if got := fmt.Sprint(v); err != nil || !strings.Contains(got, `"zero-page-detection": "`+c.zpd+`"`) {
			t.Errorf("%s: query-migrate-parameters: %s %v", c.machine, got, err)
		}
		if got := mon.HMP("migrate_set_parameter max-bandwidth 10k"); got != "" {
			t.Errorf("%s: migrate_set_parameter max-bandwidth 10k: %q", c.machine, got)
		}
	}
}

func TestSetListedValue(t *testing.T) {
	in := "a: 1\r\nzero-page-detection: multifd\r\nb: 2 ms\r\n"
	want := "a: 1\r\nzero-page-detection: legacy\r\nb: 2 ms\r\n"
	if got := setListedValue(in, "zero-page-detection", "legacy"); got != want {
		t.Errorf("setListedValue: %q, want %q", got, want)
	}
}
