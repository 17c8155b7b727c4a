package trace

import (
	"slices"
	"strings"
	"testing"

	"hotpluglab/engine/release"
)

func TestSprintf(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
		want   string
	}{
		{"idx[0x%x] flags: 0x%x", []any{uint32(3), uint8(5)}, "idx[0x3] flags: 0x5"},
		{"drc: 0x%x, child name: %s", []any{uint32(0x10000001), "dr-connector[268435457]"}, "drc: 0x10000001, child name: dr-connector[268435457]"},
		{"inserting: %d, removing: %d", []any{true, false}, "inserting: 1, removing: 0"},
		{"type: %u", []any{-1}, "type: 4294967295"},
		{"%d", []any{uint32(0xffffffff)}, "-1"},
		{"%lld|%llx", []any{int64(-2), int64(-2)}, "-2|fffffffffffffffe"},
		{"%hhx %hx", []any{0x1ff, 0x1ffff}, "ff ffff"},
		{"[%5d|%-5d|%05d|%+d|% d]", []any{42, 42, -42, 42, 42}, "[   42|42   |-0042|+42| 42]"},
		{"%#x %#o %#x %X", []any{255, 8, 0, 255}, "0xff 010 0 FF"},
		{"%.3d %.0d %.2s %c %%", []any{7, 0, "abc", 'A'}, "007  ab A %"},
		{"%p %p", []any{0, 0x1000}, "(nil) 0x1000"},
		{"%s %d", []any{}, "(null) 0"},
	} {
		if got := Sprintf(c.format, c.args...); got != c.want {
			t.Errorf("Sprintf(%q) = %q, want %q", c.format, got, c.want)
		}
	}
}

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		want       bool
	}{
		{"cpuhp_*", "cpuhp_acpi_write_idx", true},
		{"*", "", true},
		{"*_idx", "cpuhp_acpi_write_idx", true},
		{"cpuhp_acpi_write_?dx", "cpuhp_acpi_write_idx", true},
		{"cpuhp_*_cmd", "cpuhp_acpi_write_cmd_data", false},
		{"*a*b*", "xaxxbx", true},
		{"*a*b", "xaxxbx", false},
		{"CPUHP_*", "cpuhp_acpi_write_idx", false},
		{"", "x", false},
	} {
		if got := Match(c.pattern, c.s); got != c.want {
			t.Errorf("Match(%q, %q) = %v", c.pattern, c.s, got)
		}
	}
}

// The catalogs are the recorded `-trace help` lists: their sizes and a few
// events QEMU 7.2 and 10.0 list differently.
func TestCatalogs(t *testing.T) {
	for _, c := range []struct {
		rel      *release.Release
		target   string
		n        int
		vcpu     bool // guest_cpu_enter exists and is vCPU-specific
		hasCPUHP bool
	}{
		{release.V7_2, "x86_64", 4246, true, true},
		{release.V7_2, "ppc64", 4496, true, true},
		{release.V10_0, "x86_64", 5195, false, true},
		{release.V10_0, "ppc64", 5115, false, true},
	} {
		cat := For(c.rel, c.target)
		if len(cat.Events) != c.n {
			t.Errorf("%s %s: %d events, want %d", c.rel, c.target, len(cat.Events), c.n)
		}
		i, ok := cat.Lookup("guest_cpu_enter")
		if ok != c.vcpu || (ok && !cat.Events[i].VCPU) {
			t.Errorf("%s %s: guest_cpu_enter %v", c.rel, c.target, ok)
		}
		if _, ok := cat.Lookup("cpuhp_acpi_write_idx"); ok != c.hasCPUHP {
			t.Errorf("%s %s: cpuhp_acpi_write_idx %v", c.rel, c.target, ok)
		}
		if !strings.HasPrefix(cat.HelpText(), "breakpoint_insert\nbreakpoint_remove\n") {
			t.Errorf("%s %s: help starts %q", c.rel, c.target, cat.HelpText()[:40])
		}
		if cat.Format("cpuhp_acpi_write_idx") != "set active cpu idx: 0x%x" {
			t.Errorf("%s %s: format %q", c.rel, c.target, cat.Format("cpuhp_acpi_write_idx"))
		}
	}
	if _, ok := For(release.V7_2, "ppc64").Lookup("spapr_drc_attach"); !ok {
		t.Error("ppc64 lacks spapr_drc_attach")
	}
	if _, ok := For(release.V7_2, "x86_64").Lookup("spapr_drc_attach"); ok {
		t.Error("x86_64 lists spapr_drc_attach")
	}
}

func TestBackend(t *testing.T) {
	b := NewBackend(Lazy(release.V7_2, "x86_64"))
	var out strings.Builder
	b.Out = func(l string) { out.WriteString(l) }
	b.Trace("cpuhp_acpi_write_idx", uint32(1))
	if out.Len() != 0 || b.Enabled("cpuhp_acpi_write_idx") {
		t.Fatal("a disabled event printed")
	}
	for _, c := range []struct{ line, warning string }{
		{"cpuhp_*", ""},
		{"-cpuhp_acpi_read_flags", ""},
		{"nosuch", "trace event 'nosuch' does not exist"},
		{"qxl_io_write_vga", "trace event 'qxl_io_write_vga' is not traceable"},
		{"nosuch*", ""},
	} {
		if w := b.EnableEvents(c.line); w != c.warning {
			t.Errorf("EnableEvents(%q) = %q, want %q", c.line, w, c.warning)
		}
	}
	b.Trace("cpuhp_acpi_write_idx", uint32(1))
	b.Trace("cpuhp_acpi_read_flags", uint32(1), uint8(3))
	b.Trace("cpuhp_acpi_cpu_has_events", uint32(2), true, false)
	want := "cpuhp_acpi_write_idx set active cpu idx: 0x1\ncpuhp_acpi_cpu_has_events idx[0x2] inserting: 1, removing: 0\n"
	if out.String() != want {
		t.Errorf("printed %q, want %q", out.String(), want)
	}
	// QMP order is the reverse of registration; unavailable events show.
	st, err := b.GetState("cpuhp_acpi_write_*", nil)
	if err != nil || len(st) != 4 || st[0].Name != "cpuhp_acpi_write_ost_status" || st[3].State != "enabled" {
		t.Errorf("GetState = %+v, %v", st, err)
	}
	if _, err := b.GetState("cpuhp_acpi_write_?dx", nil); err == nil || err.Error() != `unknown event "cpuhp_acpi_write_?dx"` {
		t.Errorf("a '?' name without '*' is exact: %v", err)
	}
	if err := b.SetState("qxl_*", true, false, nil); err == nil || err.Error() != `event "qxl_interface_set_mm_time" is disabled` {
		t.Errorf("unavailable in a pattern: %v", err)
	}
	vcpu := &VCPU{Index: 0, Exists: func(i int64) bool { return i == 0 }}
	if err := b.SetState("cpuhp_acpi_write_idx", false, true, vcpu); err == nil || err.Error() != `event "cpuhp_acpi_write_idx" is not vCPU-specific` {
		t.Errorf("vCPU on a plain event: %v", err)
	}
	if err := b.SetState("guest_cpu_exit", true, false, vcpu); err != nil {
		t.Fatal(err)
	}
	st, _ = b.GetState("guest_cpu_*", vcpu)
	if len(st) != 3 || st[1].Name != "guest_cpu_exit" || st[1].State != "enabled" || st[0].State != "disabled" {
		t.Errorf("per-vCPU state: %+v", st)
	}
	if _, err := b.GetState("*", &VCPU{Index: -1, Exists: vcpu.Exists}); err == nil || err.Error() != "invalid vCPU index 4294967295" {
		t.Errorf("bad vCPU: %v", err)
	}
	// A log file takes the lines off stderr; the observer still sees them.
	var seen []string
	b.Observe = func(ev, line string) { seen = append(seen, ev) }
	b.File = "trace.log"
	out.Reset()
	b.Trace("cpuhp_acpi_write_idx", uint32(2))
	if out.Len() != 0 || !slices.Equal(seen, []string{"cpuhp_acpi_write_idx"}) {
		t.Errorf("file output: stderr %q, observed %v", out.String(), seen)
	}
	b.File, b.Timestamps = "", true
	b.Now = func() int64 { return 2_500_000 }
	out.Reset()
	b.Trace("cpuhp_acpi_write_idx", uint32(2))
	if out.String() != "999@2.500000:cpuhp_acpi_write_idx set active cpu idx: 0x2\n" {
		t.Errorf("timestamped: %q", out.String())
	}
}

func TestEventsFileLines(t *testing.T) {
	long := strings.Repeat("a", 1030) + "\n"
	lines, numbers := EventsFileLines([]byte("cpuhp_acpi_write_idx\n# comment\n\nnosuch\n-x\ncpuhp_acpi_read_flag" + "\n" + long + "last"))
	want := []string{"cpuhp_acpi_write_idx", "nosuch", "-x", "cpuhp_acpi_read_flag", strings.Repeat("a", 1022), strings.Repeat("a", 7), "las"}
	wantN := []int{1, 4, 5, 6, 7, 8, 9}
	if !slices.Equal(lines, want) || !slices.Equal(numbers, wantN) {
		t.Errorf("lines %q\nnumbers %v", lines, numbers)
	}
}

// A QMP name can be any size: matching stays cheap and exact.
func TestMatchingHugePatterns(t *testing.T) {
	c := For(release.V7_2, "x86_64")
	all := len(c.Matching("*"))
	for _, p := range []struct {
		pattern string
		want    int
	}{
		{strings.Repeat("*", 1<<20), all},
		{"cpuhp_acpi_write_idx" + strings.Repeat("*", 1<<20), 1},
		{strings.Repeat("a", 1<<20) + "*", 0},
		{strings.Repeat("*a", 1<<16), 0},
	} {
		if got := len(c.Matching(p.pattern)); got != p.want {
			t.Errorf("a %d-byte pattern matched %d events, want %d", len(p.pattern), got, p.want)
		}
	}
}

// TestBackendReadsItsCatalogWhenAsked: trace points of a backend with no
// event enabled do not read the catalog; the first -trace pattern does.
func TestBackendReadsItsCatalogWhenAsked(t *testing.T) {
	loads := 0
	b := NewBackend(func() *Catalog { loads++; return For(release.V7_2, "x86_64") })
	b.Trace("cpuhp_acpi_clear_inserting_evt", 0)
	if b.Enabled("cpuhp_acpi_clear_inserting_evt") || loads != 0 {
		t.Fatalf("a backend with nothing enabled read its catalog %d times", loads)
	}
	if w := b.EnableEvents("cpuhp_acpi_clear_inserting_evt"); w != "" {
		t.Fatal(w)
	}
	if !b.Enabled("cpuhp_acpi_clear_inserting_evt") || loads != 1 {
		t.Fatalf("enabled %v after %d loads", b.Enabled("cpuhp_acpi_clear_inserting_evt"), loads)
	}
	b.EnableEvents("-cpuhp_acpi_clear_inserting_evt")
	if loads != 1 {
		t.Fatalf("the catalog was read %d times", loads)
	}
}
