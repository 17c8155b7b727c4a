package timeline

import (
	"strings"
	"testing"
)

// A recorded-looking x86 stream: plug with a guest, then an unplug the
// guest refuses, then one it accepts.
var x86Stream = []Record{
	{Source: Action, Name: "boot", Text: "boot the guest"},
	{Source: Trace, Name: "cpuhp_acpi_write_idx", Text: "cpuhp_acpi_write_idx set active cpu idx: 0x0"},
	{Source: Command, Name: "hmp", Micros: 10, Text: "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0"},
	{Source: Reply, Name: "hmp", Micros: 10, Text: ""},
	{Source: Trace, Name: "cpuhp_acpi_write_idx", Micros: 10, Text: "cpuhp_acpi_write_idx set active cpu idx: 0x0"},
	{Source: Trace, Name: "cpuhp_acpi_cpu_has_events", Micros: 10, Text: "cpuhp_acpi_cpu_has_events idx[0x1] inserting: 1, removing: 0"},
	{Source: Trace, Name: "cpuhp_acpi_clear_inserting_evt", Micros: 10, Text: "cpuhp_acpi_clear_inserting_evt idx[0x1]"},
	{Source: Kernel, Micros: 13, Text: "[    6.600013] CPU1 has been hot-added"},
	{Source: Event, Name: "ACPI_DEVICE_OST", Micros: 13, Text: `{"timestamp": {"seconds": 0, "microseconds": 13}, "event": "ACPI_DEVICE_OST", "data": {"info": {"device": "cpu1", "slot": "1", "slot-type": "CPU", "source": 1, "status": 0}}}`},
	{Source: Trace, Name: "cpuhp_acpi_write_ost_status", Micros: 13, Text: "cpuhp_acpi_write_ost_status idx[0x1] OST STATUS: 0x0"},
	{Source: Shell, Micros: 20, Text: "echo 0 > /sys/firmware/acpi/hotplug/processor/enabled"},
	{Source: Command, Name: "qmp", Micros: 30, Text: `{"execute": "device_del", "arguments": {"id": "cpu1"}}`},
	{Source: Reply, Name: "qmp", Micros: 30, Text: `{"return": {}}`},
	{Source: Trace, Name: "cpuhp_acpi_cpu_has_events", Micros: 30, Text: "cpuhp_acpi_cpu_has_events idx[0x1] inserting: 0, removing: 1"},
	{Source: Event, Name: "ACPI_DEVICE_OST", Micros: 33, Text: `{"timestamp": {"seconds": 0, "microseconds": 33}, "event": "ACPI_DEVICE_OST", "data": {"info": {"device": "cpu1", "slot": "1", "slot-type": "CPU", "source": 3, "status": 128}}}`},
	{Source: Command, Name: "hmp", Micros: 40, Text: "info cpus"},
	{Source: Reply, Name: "hmp", Micros: 40, Text: "* CPU #0: thread_id=1000\n  CPU #1: thread_id=1001"},
	{Source: Command, Name: "hmp", Micros: 50, Text: "device_del cpu1"},
	{Source: Reply, Name: "hmp", Micros: 50, Text: ""},
	{Source: Trace, Name: "cpuhp_acpi_clear_remove_evt", Micros: 50, Text: "cpuhp_acpi_clear_remove_evt idx[0x1]"},
	{Source: Command, Name: "hmp", Micros: 60, Text: "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0"},
	{Source: Reply, Name: "hmp", Micros: 60, Text: "Error: CPU[1] with APIC ID 1 exists"},
	{Source: Trace, Name: "cpuhp_acpi_ejecting_cpu", Micros: 1600, Text: "cpuhp_acpi_ejecting_cpu 0x1"},
	{Source: Event, Name: "DEVICE_DELETED", Micros: 1600, Text: `{"timestamp": {"seconds": 0, "microseconds": 1600}, "event": "DEVICE_DELETED", "data": {"path": "/machine/peripheral/cpu1/lapic"}}`},
}

func TestBuildGroups(t *testing.T) {
	tl := Build(x86Stream)
	if len(tl.Steps) != len(x86Stream) {
		t.Fatalf("%d steps for %d records", len(tl.Steps), len(x86Stream))
	}
	want := []struct{ kind, device, status string }{
		{"plug", "cpu1", "done"}, {"unplug", "cpu1", "refused"}, {"unplug", "cpu1", "done"}, {"plug", "cpu1", "failed"},
	}
	if len(tl.Groups) != len(want) {
		t.Fatalf("groups %+v", tl.Groups)
	}
	for i, w := range want {
		g := tl.Groups[i]
		if g.Kind != w.kind || g.Device != w.device || g.Status != w.status || g.Why == "" {
			t.Errorf("group %d = %s %s %s (%q), want %v", i, g.Kind, g.Device, g.Status, g.Why, w)
		}
	}
	// Lines before any plug, and commands that are not plugs, belong to none.
	for _, i := range []int{0, 1, 15, 16} {
		if g := tl.Steps[i].Group; g != -1 {
			t.Errorf("step %d (%s) in group %d", i, tl.Steps[i].Text, g)
		}
	}
	// The late eject belongs to the accepted unplug, not to the failed plug
	// typed after it: it names slot 1, which that unplug is bound to.
	if g := tl.Steps[22].Group; g != 2 {
		t.Errorf("the eject went to group %d", g)
	}
	if g := tl.Steps[23].Group; g != 2 {
		t.Errorf("DEVICE_DELETED went to group %d", g)
	}
}

func TestLanesAndExplanations(t *testing.T) {
	tl := Build(x86Stream)
	for _, c := range []struct {
		i        int
		from, to Lane
		title    string
	}{
		{2, You, QEMU, "You ask QEMU to plug a CPU"},
		{4, Guest, QEMU, "The guest selects CPU slot 0"},
		{5, QEMU, QEMU, "QEMU finds an event at slot 1"},
		{7, Guest, Guest, "Linux adds the new CPU"},
		{8, QEMU, You, "The guest reports back (_OST)"},
		{10, You, Guest, "You type in the guest's shell"},
		{21, QEMU, You, "QEMU refuses"},
		{22, Guest, QEMU, "The guest ejects slot 1: QEMU unplugs the CPU"},
	} {
		s := tl.Steps[c.i]
		if s.From != c.from || s.To != c.to || s.Title != c.title {
			t.Errorf("step %d %q: %s->%s %q", c.i, s.Text, s.From, s.To, s.Title)
		}
	}
	if e := tl.Steps[14].Explain; !strings.Contains(e, "eject not supported") {
		t.Errorf("_OST 128 explained as %q", e)
	}
}

func TestText(t *testing.T) {
	tl := Build(x86Stream)
	trace := tl.Text(Filter{Trace: true})
	var want strings.Builder
	for _, r := range x86Stream {
		if r.Source == Trace {
			want.WriteString(r.Text + "\n")
		}
	}
	if trace != want.String() {
		t.Errorf("trace export:\n%s\nwant:\n%s", trace, want.String())
	}
	all := tl.Text(nil)
	for _, l := range []string{"# boot the guest\n", "(qemu) device_del cpu1\n", "guest# echo 0 > /sys/firmware/acpi/hotplug/processor/enabled\n",
		`{"execute": "device_del", "arguments": {"id": "cpu1"}}` + "\n", "Error: CPU[1] with APIC ID 1 exists\n"} {
		if !strings.Contains(all, l) {
			t.Errorf("full export lacks %q", l)
		}
	}
	if strings.Contains(all, "\n\n") {
		t.Error("empty HMP answers printed as blank lines")
	}
	if n := len(tl.Visible(Filter{Command: true, Shell: true})); n != 6 {
		t.Errorf("%d commands and shell lines", n)
	}
}

func TestSPAPRSequence(t *testing.T) {
	rec := func(src Source, name, text string) Record { return Record{Source: src, Name: name, Text: text} }
	tl := Build([]Record{
		rec(Command, "hmp", "device_add power10_v2.0-spapr-cpu-core,id=core1,core-id=1"),
		rec(Trace, "spapr_drc_attach", "spapr_drc_attach drc: 0x10000001"),
		rec(Reply, "hmp", ""),
		rec(Command, "hmp", "device_del core1"),
		rec(Trace, "spapr_drc_unplug_request", "spapr_drc_unplug_request drc: 0x10000001"),
		rec(Trace, "spapr_drc_awaiting_quiesce", "spapr_drc_awaiting_quiesce drc: 0x10000001"),
		rec(Reply, "hmp", ""),
		rec(Command, "hmp", "device_add power10_v2.0-spapr-cpu-core,id=core2,core-id=2"),
		rec(Trace, "spapr_drc_attach", "spapr_drc_attach drc: 0x10000002"),
		rec(Reply, "hmp", ""),
		rec(Trace, "spapr_drc_set_isolation_state", "spapr_drc_set_isolation_state drc: 0x10000001, state: 0x0"),
		rec(Trace, "spapr_drc_set_allocation_state_finalizing", "spapr_drc_set_allocation_state_finalizing drc: 0x10000001"),
		rec(Event, "DEVICE_DELETED", `{"event": "DEVICE_DELETED", "data": {"path": "/machine/peripheral/core1/thread[0]"}}`),
		rec(Event, "DEVICE_DELETED", `{"event": "DEVICE_DELETED", "data": {"device": "core1", "path": "/machine/peripheral/core1"}}`),
	})
	if g := tl.Groups[1]; g.Status != "done" || len(g.Steps) != 8 {
		t.Errorf("unplug %+v", g)
	}
	if g := tl.Groups[2]; g.Status != "pending" || !strings.Contains(g.Why, "no guest") {
		t.Errorf("second plug %+v", g)
	}
	if s := tl.Steps[5]; !strings.Contains(s.Explain, "device_del returns before the core is gone") {
		t.Errorf("awaiting quiesce: %q", s.Explain)
	}
	if s := tl.Steps[1]; !strings.Contains(s.Explain, "a CPU core") {
		t.Errorf("attach: %q", s.Explain)
	}
}

func TestFindAndRows(t *testing.T) {
	tl := Build(x86Stream)
	for sel, want := range map[string]int{
		"ACPI_DEVICE_OST": 14, "ACPI_DEVICE_OST#1": 8, "ACPI_DEVICE_OST#2": 14, "ACPI_DEVICE_OST#3": -1,
		"cpuhp_acpi_ejecting_cpu": 22, "nosuch": -1, "cpuhp_acpi_write_idx#2": 4,
	} {
		if got := tl.Find(sel); got != want {
			t.Errorf("Find(%q) = %d, want %d", sel, got, want)
		}
	}
	for sel, nth := range map[string]int{"X": 0, "X#3": 3, "X#0": -1, "X#": -1, "X#a": -1, " X#12 ": 12} {
		if _, n := ParseSelector(sel); n != nth {
			t.Errorf("ParseSelector(%q) = %d, want %d", sel, n, nth)
		}
	}
	// A reset's run of alike lines folds into one row, unless unfolded.
	var recs []Record
	for i := 0; i < 289; i++ {
		recs = append(recs, Record{Source: Trace, Name: "spapr_drc_reset", Text: "spapr_drc_reset drc: 0x40000000"})
	}
	recs = append(recs, Record{Source: Stderr, Text: "qemu-system-ppc64: warning: x"})
	rl := Build(recs)
	rows := rl.Rows(nil, nil)
	if len(rows) != 2 || rows[0].Count != 289 || rows[0].Last != 288 {
		t.Errorf("rows %+v", rows[:min(len(rows), 3)])
	}
	if n := len(rl.Rows(nil, map[int]bool{0: true})); n != 290 {
		t.Errorf("unfolded: %d rows", n)
	}
	if n := len(rl.Rows(Filter{Stderr: true}, nil)); n != 1 {
		t.Errorf("filtered: %d rows", n)
	}
}
