package components

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/topoview"
)

func view(t *testing.T, args ...string) topoview.View {
	t.Helper()
	s := session.Start(release.V7_2, "", args)
	if !s.Started() {
		t.Fatalf("%v did not start: %s", args, s.Stderr())
	}
	return s.Topology()
}

var slotRe = regexp.MustCompile(`<button type="button" tabindex="-?[01]" class="slot st-([a-z-]+)[^"]*" data-i="(\d+)" aria-label="([^"]*)"`)

func TestGridX86Nesting(t *testing.T) {
	v := view(t, "-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2")
	h := GridHTML(v, 0)
	slots := slotRe.FindAllStringSubmatch(h, -1)
	if len(slots) != 8 {
		t.Fatalf("%d slot boxes, want one per possible CPU (8)", len(slots))
	}
	states := map[string]int{}
	for i, m := range slots {
		states[m[1]]++
		if m[2] != strconv.Itoa(i) {
			t.Errorf("box %d is slot %s: not in possible-CPU order", i, m[2])
		}
	}
	if states["boot"] != 4 || states["empty"] != 4 {
		t.Errorf("states %v, want 4 boot and 4 empty", states)
	}
	if n := strings.Count(h, `class="box sock"`); n != 2 {
		t.Errorf("%d socket boxes, want 2", n)
	}
	if n := strings.Count(h, `class="box core"`); n != 4 {
		t.Errorf("%d core boxes, want 4", n)
	}
	if strings.Contains(h, `class="box die"`) {
		t.Error("die boxes drawn for a one-die machine")
	}
	if strings.Count(h, "<div") != strings.Count(h, "</div>") {
		t.Errorf("unbalanced boxes:\n%s", h)
	}
	// Socket 1's first thread sits inside socket 1's box.
	s1 := h[strings.Index(h, `aria-label="socket 1"`):]
	if !strings.Contains(s1, "socket-id 1, core-id 0, thread-id 0") {
		t.Error("socket 1 box does not hold its thread 0")
	}
	// A plugged CPU's label carries its QOM path.
	for _, s := range v.Slots {
		if s.State == topoview.Boot && s.QOMPath != "" && !strings.Contains(h, s.QOMPath) {
			t.Errorf("QOM path %s missing from the grid", s.QOMPath)
		}
	}
}

func TestGridDies(t *testing.T) {
	v := view(t, "-M", "q35", "-smp", "8,sockets=1,dies=2,cores=2,threads=2")
	if !v.ShowDies {
		t.Fatal("engine reports no dies for a 2-die machine")
	}
	h := GridHTML(v, 0)
	if n := strings.Count(h, `class="box die"`); n != 2 {
		t.Errorf("%d die boxes, want 2", n)
	}
	if strings.Count(h, "<div") != strings.Count(h, "</div>") {
		t.Errorf("unbalanced boxes:\n%s", h)
	}
}

func TestGridEscapes(t *testing.T) {
	v := topoview.View{Kind: topoview.X86, Possible: 1, Slots: []topoview.Slot{
		{State: topoview.HotPlugged, ID: `a"><script>x</script>`, QOMPath: "/machine/peripheral/a", Node: -1},
	}}
	h := GridHTML(v, 0)
	if strings.Contains(h, "<script>") {
		t.Fatalf("id not escaped: %s", h)
	}
	if !strings.Contains(h, "&lt;script&gt;") {
		t.Errorf("escaped id missing: %s", h)
	}
}

func TestTopologyPickFillsCommand(t *testing.T) {
	v := view(t, "-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2")
	topo := &Topology{View: v}
	con := &Console{Shell: &fakeShell{}, Running: true}
	det := &SlotDetail{}
	root := &testRoot{kids: []app.UI{topo, con, det}}
	d := app.NewClientTester(root)
	defer d.Close()

	const empty, boot = 4, 0
	if !strings.HasPrefix(v.Command(empty), "device_add ") {
		t.Fatalf("empty slot's command %q", v.Command(empty))
	}
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: topo, Function: func(ctx app.Context) { topo.Pick(ctx, empty) }})
	d.Consume()
	if con.Input() != v.Command(empty) {
		t.Errorf("console input %q, want %q", con.Input(), v.Command(empty))
	}
	if !strings.Contains(app.HTMLString(det), v.Command(empty)) {
		t.Error("detail pane does not show the picked slot's command")
	}
	// The first boot CPU has no command (not removable): the input keeps its line.
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: topo, Function: func(ctx app.Context) { topo.Pick(ctx, boot) }})
	d.Consume()
	if con.Input() != v.Command(empty) {
		t.Errorf("picking a non-removable CPU changed the input to %q", con.Input())
	}
	if !strings.Contains(app.HTMLString(det), SlotSummary(v.Kind, v.Slots[boot])) {
		t.Error("detail pane does not show the boot CPU")
	}
}

func TestTopologyRenders(t *testing.T) {
	v := view(t, "-M", "pseries", "-smp", "1,maxcpus=4")
	topo := &Topology{View: v}
	d := app.NewClientTester(topo)
	defer d.Close()
	h := app.HTMLString(topo)
	if !strings.Contains(h, "1 of 4 possible cores plugged") {
		t.Errorf("summary missing:\n%s", h)
	}
	if n := len(slotRe.FindAllString(h, -1)); n != 4 {
		t.Errorf("%d boxes, want 4", n)
	}
}

// testRoot mounts several components side by side.
type testRoot struct {
	app.Compo
	kids []app.UI
}

func (r *testRoot) Render() app.UI { return app.Div().Body(r.kids...) }

func htmlOf(t *testing.T, c app.UI) string {
	t.Helper()
	d := app.NewClientTester(c)
	defer d.Close()
	return app.HTMLString(c)
}

func TestDiffShowsWhatACommandDid(t *testing.T) {
	s := session.Start(release.V7_2, "", []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"})
	before := s.Topology()
	if out := s.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"); out != "" {
		t.Fatalf("device_add said %q", out)
	}
	after := s.Topology()
	ch := Diff(before, after)
	if len(ch) != 1 || ch[0].Index != 4 || ch[0].From != "empty" || ch[0].To != "hot-plugged" {
		t.Fatalf("Diff = %+v, want slot 4 empty → hot-plugged", ch)
	}
	h := GridHTML(after, 0, ch...)
	if !strings.Contains(h, `class="slot st-hot-plugged changed" data-i="4"`) {
		t.Error("changed slot not marked in the grid")
	}
	if Diff(before, view(t, "-M", "pseries", "-smp", "1,maxcpus=8")) != nil {
		t.Error("Diff across different machines should be empty")
	}
}

func TestGridOneTabStop(t *testing.T) {
	v := view(t, "-M", "pseries", "-smp", "1,maxcpus=32")
	for _, focus := range []int{0, 7, 31} {
		h := GridHTML(v, focus)
		if n := strings.Count(h, `tabindex="0"`); n != 1 || !strings.Contains(h, `tabindex="0" class="slot st-`+string(v.Slots[focus].State)+`" data-i="`+strconv.Itoa(focus)+`"`) {
			t.Errorf("focus %d: %d slots in the Tab order, want exactly slot %d (roving tabindex)", focus, n, focus)
		}
	}
}

// A large machine is laid out in rows: every slot in exactly one row, in
// order, rows no wider than the columns.
func TestGridLayout(t *testing.T) {
	for _, tc := range []struct {
		name      string
		args      []string
		cols      int
		rows      int // slot rows
		headings  []string
		rowLength int // of a full row
	}{
		{"sPAPR 4096 cores", []string{"-M", "pseries", "-smp", "1,maxcpus=4096"}, 25, 164, nil, 25},
		// pc-q35-7.2 prefers cores: one socket of 288.
		{"q35 288 cores", []string{"-M", "q35", "-smp", "1,maxcpus=288", "-accel", "kvm"}, 20, 15, []string{"socket 0"}, 20},
		// 96 one-CPU sockets (6.1 and older prefer sockets): no heading each.
		{"x86 small sockets", []string{"-M", "pc-i440fx-6.1", "-smp", "1,maxcpus=96", "-accel", "kvm"}, 20, 5, nil, 20},
		// Threads of a core stay together: 25 columns hold 12 two-thread cores.
		{"x86 sockets and threads", []string{"-M", "q35", "-smp", "1,maxcpus=128,sockets=2,cores=32,threads=2", "-accel", "kvm"}, 25, 6, []string{"socket 0", "socket 1"}, 24},
		{"x86 dies", []string{"-M", "q35", "-smp", "1,maxcpus=128,sockets=2,dies=2,cores=16,threads=2", "-accel", "kvm"}, 16, 8, []string{"socket 0 · die 0", "socket 0 · die 1", "socket 1 · die 0", "socket 1 · die 1"}, 16},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := view(t, tc.args...)
			l := newGridLayout(v, tc.cols)
			next, slotRows := 0, 0
			var heads []string
			for r, row := range l.rows {
				if row.Head != "" {
					heads = append(heads, row.Head)
					continue
				}
				slotRows++
				if row.First != next || row.N < 1 || row.N > tc.cols {
					t.Fatalf("row %d holds slots %d..%d after slot %d", r, row.First, row.First+row.N-1, next-1)
				}
				for i := row.First; i < row.First+row.N; i++ {
					if got := l.rowOf(i); got != r {
						t.Fatalf("rowOf(%d) = %d, want %d", i, got, r)
					}
				}
				next += row.N
			}
			if next != len(v.Slots) || slotRows != tc.rows {
				t.Errorf("%d slots in %d rows, want %d in %d", next, slotRows, len(v.Slots), tc.rows)
			}
			if strings.Join(heads, "|") != strings.Join(tc.headings, "|") {
				t.Errorf("headings %q, want %q", heads, tc.headings)
			}
			if first := l.rows[l.slots[0]]; first.N != tc.rowLength {
				t.Errorf("first row holds %d slots, want %d", first.N, tc.rowLength)
			}
		})
	}
}

// The keys reach every slot: Right walks all of them in order, Down and Up
// keep the column, Home and End jump.
func TestGridKeys(t *testing.T) {
	v := view(t, "-M", "q35", "-smp", "1,maxcpus=128,sockets=2,cores=32,threads=2", "-accel", "kvm")
	l := newGridLayout(v, 25) // 24 per row: socket 0 rows hold 24, 24, 16
	n := len(v.Slots)
	seen := map[int]bool{0: true}
	for i := 0; i < n-1; {
		to, ok := l.step(i, n, "ArrowRight")
		if !ok || to != i+1 {
			t.Fatalf("ArrowRight from %d went to %d", i, to)
		}
		seen[to], i = true, to
	}
	if len(seen) != n {
		t.Errorf("ArrowRight reached %d of %d slots", len(seen), n)
	}
	for _, tc := range []struct {
		from int
		key  string
		want int
	}{
		{0, "ArrowLeft", 0},
		{n - 1, "ArrowRight", n - 1},
		{5, "ArrowDown", 29},
		{29, "ArrowUp", 5},
		{5, "ArrowUp", 5},
		{47, "ArrowDown", 63}, // the next row holds 16: the nearest slot
		{50, "ArrowDown", 66}, // socket 0's last row to socket 1's first
		{3, "PageDown", 115},  // ten rows down: the last row (112..127)
		{115, "PageUp", 3},
		{70, "Home", 0},
		{3, "End", n - 1},
	} {
		if got, ok := l.step(tc.from, n, tc.key); !ok || got != tc.want {
			t.Errorf("%s from %d: %d, want %d", tc.key, tc.from, got, tc.want)
		}
	}
	if _, ok := l.step(3, n, "a"); ok {
		t.Error("a letter key moved focus")
	}
}

// A row of a large grid is placed at its row's top and holds its slots.
func TestRowHTML(t *testing.T) {
	v := view(t, "-M", "pseries", "-smp", "1,maxcpus=4096")
	l := newGridLayout(v, 25)
	var b strings.Builder
	l.rowHTML(&b, v, 100, 28, 2510, map[int]bool{2505: true})
	h := b.String()
	if !strings.HasPrefix(h, `<div class="vrow" data-r="100" style="top:2800.0px">`) {
		t.Errorf("row head %q", h[:60])
	}
	got := slotRe.FindAllStringSubmatch(h, -1)
	if len(got) != 25 || got[0][2] != "2500" || got[24][2] != "2524" {
		t.Fatalf("row 100 holds %d slots", len(got))
	}
	if !strings.Contains(h, `tabindex="0" class="slot st-empty" data-i="2510"`) || !strings.Contains(h, `class="slot st-empty changed" data-i="2505"`) {
		t.Error("focus or highlight missing")
	}
	if !strings.Contains(h, `aria-label="CPU core-id 2500 · node 0 · empty"`) {
		t.Errorf("slot label: %s", got[0][3])
	}
}

// The page's link hands a command's view to the mounted grid at once (the
// grid is patched in the command's own task); its header follows at the
// next frame, and a dismounted grid is let go.
func TestTopologyLinkShowsAtOnce(t *testing.T) {
	s := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4"})
	before := s.Topology()
	var link TopologyLink
	link.Show(before, nil) // nothing mounted yet: nothing to do
	topo := &Topology{View: before, Link: &link}
	d := app.NewClientTester(topo)
	defer d.Close()
	if link.mounted != topo {
		t.Fatal("the mounted grid did not register with its link")
	}
	if out := s.HMP("device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=2"); out != "" {
		t.Fatalf("device_add said %q", out)
	}
	after := s.Topology()
	link.Show(after, Diff(before, after))
	if topo.View.Slots[2].State != topoview.HotPlugged || len(topo.Changed) != 1 || topo.Changed[0].Index != 2 {
		t.Fatalf("the grid holds slot 2 as %s, changes %+v: the view did not reach it", topo.View.Slots[2].State, topo.Changed)
	}
	d.Consume()
	if h := app.HTMLString(topo); !strings.Contains(h, "2 of 4 possible cores plugged (1 from -smp + 1 hot-plugged)") || !strings.Contains(h, "CPU 2: empty → hot-plugged") {
		t.Errorf("header not rendered from the new view:\n%s", h)
	}
	topo.OnDismount()
	if link.mounted != nil {
		t.Error("a dismounted grid stays linked")
	}
}
