package components

import (
	"hotpluglab/engine/release"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

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

var slotRe = regexp.MustCompile(`<button type="button" tabindex="-?[01]" class="slot st-([a-z-]+)[^"]*" data-i="(\d+)" title="([^"]*)"`)

func TestGridX86Nesting(t *testing.T) {
	v := view(t, "-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2")
	h := GridHTML(v)
	slots := slotRe.FindAllStringSubmatch(h, -1)
	if len(slots) != 8 {
		t.Fatalf("%d slot boxes, want one per possible CPU (8)", len(slots))
	}
	states := map[string]int{}
	for _, m := range slots {
		states[m[1]]++
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
	// Socket 1's first thread sits inside socket 1's box.
	s1 := h[strings.Index(h, `aria-label="socket 1"`):]
	if !strings.Contains(s1, "socket-id 1, core-id 0, thread-id 0") {
		t.Error("socket 1 box does not hold its thread 0")
	}
	// A plugged CPU's title carries its QOM path.
	for _, s := range Slots(v) {
		if s.State == topoview.Boot && s.QOMPath != "" && !strings.Contains(h, s.QOMPath) {
			t.Errorf("QOM path %s missing from the grid", s.QOMPath)
		}
	}
	if strings.Contains(h, "compact") {
		t.Error("8 CPUs drawn compact")
	}
}

func TestGridDies(t *testing.T) {
	v := view(t, "-M", "q35", "-smp", "8,sockets=1,dies=2,cores=2,threads=2")
	if !v.ShowDies {
		t.Fatal("engine reports no dies for a 2-die machine")
	}
	if n := strings.Count(GridHTML(v), `class="box die"`); n != 2 {
		t.Errorf("%d die boxes, want 2", n)
	}
}

func TestGridSPAPRLarge(t *testing.T) {
	v := view(t, "-M", "pseries", "-smp", "1,maxcpus=4096")
	h := GridHTML(v)
	if n := len(slotRe.FindAllString(h, -1)); n != 4096 {
		t.Fatalf("%d core boxes, want 4096", n)
	}
	if !strings.Contains(h, "compact") {
		t.Error("4096 cores not drawn compact")
	}
	if n := strings.Count(h, `class="chunk"`); n != 4096/chunk {
		t.Errorf("%d chunks, want %d (content-visibility blocks)", n, 4096/chunk)
	}
	if strings.Contains(h, "sock") {
		t.Error("sPAPR grid drew socket boxes")
	}
	// The whole grid stays a few hundred bytes per CPU.
	if per := len(h) / 4096; per > 400 {
		t.Errorf("%d bytes of HTML per core", per)
	}
}

func TestGridEscapes(t *testing.T) {
	v := topoview.View{Kind: topoview.X86, Possible: 1, Sockets: []topoview.Socket{{Dies: []topoview.Die{{Cores: []topoview.Core{{Slots: []topoview.Slot{
		{State: topoview.HotPlugged, ID: `a"><script>x</script>`, QOMPath: "/machine/peripheral/a", Node: -1},
	}}}}}}}}
	h := GridHTML(v)
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
	det := &SlotDetail{Arch: v.Kind}
	root := &testRoot{kids: []app.UI{topo, con, det}}
	d := app.NewClientTester(root)
	defer d.Close()

	var empty, boot topoview.Slot
	for _, s := range Slots(v) {
		if s.State == topoview.Empty && empty.Command == "" {
			empty = s
		}
		if s.State == topoview.Boot {
			boot = s
		}
	}
	if !strings.HasPrefix(empty.Command, "device_add ") {
		t.Fatalf("empty slot's command %q", empty.Command)
	}
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: topo, Function: func(ctx app.Context) { topo.Pick(ctx, empty) }})
	d.Consume()
	if con.Input() != empty.Command {
		t.Errorf("console input %q, want %q", con.Input(), empty.Command)
	}
	if !strings.Contains(app.HTMLString(det), empty.Command) {
		t.Error("detail pane does not show the picked slot's command")
	}
	// A boot CPU has no command (not removable): the input keeps its line.
	d.Dispatch(app.Dispatch{Mode: app.Update, Source: topo, Function: func(ctx app.Context) { topo.Pick(ctx, boot) }})
	d.Consume()
	if boot.Command == "" && con.Input() != empty.Command {
		t.Errorf("picking a non-removable CPU changed the input to %q", con.Input())
	}
	if !strings.Contains(app.HTMLString(det), SlotSummary(v.Kind, boot)) {
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
	h := GridHTML(after, ch...)
	if !strings.Contains(h, `class="slot st-hot-plugged changed" data-i="4"`) {
		t.Error("changed slot not marked in the grid")
	}
	if Diff(before, view(t, "-M", "pseries", "-smp", "1,maxcpus=8")) != nil {
		t.Error("Diff across different machines should be empty")
	}
}

func TestGridCompactX86(t *testing.T) {
	v := view(t, "-M", "q35", "-smp", "1,maxcpus=288", "-accel", "kvm")
	h := GridHTML(v)
	if n := len(slotRe.FindAllString(h, -1)); n != 288 {
		t.Fatalf("%d boxes, want 288", n)
	}
	if !strings.Contains(h, "compact") || strings.Contains(h, `class="box core"`) {
		t.Error("288 one-thread cores: want compact boxes without a core box each")
	}
}

func TestGridOneTabStop(t *testing.T) {
	h := GridHTML(view(t, "-M", "pseries", "-smp", "1,maxcpus=4096"))
	if n := strings.Count(h, `tabindex="0"`); n != 1 {
		t.Errorf("%d slots in the Tab order, want 1 (roving tabindex)", n)
	}
	if n := strings.Count(h, `tabindex="-1"`); n != 4095 {
		t.Errorf("%d slots out of the Tab order, want 4095", n)
	}
}
