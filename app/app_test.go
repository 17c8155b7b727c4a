package app

import (
	"hotpluglab/engine/release"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"hotpluglab/components"
	"hotpluglab/engine/session"
)

func TestLineFromQuery(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"", DefaultLine},
		{"cmdline=-M+pseries+-smp+1,maxcpus%3D4", "-M pseries -smp 1,maxcpus=4"},
		{"machine=q35&smp=2,maxcpus%3D4", "-M q35 -smp 2,maxcpus=4"},
		{"machine=pseries", "-M pseries -smp 4,maxcpus=8,sockets=2,cores=2,threads=2"},
		{"cmdline=-M+pc&machine=q35", "-M pc"},
	} {
		q, _ := url.ParseQuery(tc.q)
		if got := LineFromQuery(q); got != tc.want {
			t.Errorf("LineFromQuery(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestPageStart(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	if !p.running() || p.view.Possible != 8 || p.view.Plugged != 4 {
		t.Fatalf("default machine: running %v, view %d/%d", p.running(), p.view.Plugged, p.view.Possible)
	}
	ref := session.Start(release.V7_2, "", strings.Fields(DefaultLine))
	if p.stderr != ref.Stderr() {
		t.Errorf("stderr %q, want QEMU's %q", p.stderr, ref.Stderr())
	}
	p.Start("-M pc -smp 8,maxcpus=4")
	if p.running() || !strings.Contains(p.stderr, "qemu-system-x86_64: ") {
		t.Errorf("bad -smp: running %v, stderr %q", p.running(), p.stderr)
	}
	// A line the shell cannot split is a clear error, not a panic.
	p.Start("-M 'pc")
	if p.running() || p.sess != nil || !strings.HasPrefix(p.stderr, "hotpluglab: ") {
		t.Errorf("unsplittable line: running %v, stderr %q", p.running(), p.stderr)
	}
	if out := p.sh.Run(components.HMP, "info cpus"); out != "" {
		t.Errorf("a line ran with no QEMU: %q", out)
	}
}

func TestShellRunsTheSession(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	ref := session.Start(release.V7_2, "", strings.Fields(DefaultLine))
	if got, want := p.sh.Run(components.HMP, "info hotpluggable-cpus"), ref.HMP("info hotpluggable-cpus"); got != want {
		t.Errorf("HMP through the shell differs from the session:\n%q\n%q", got, want)
	}
	out := p.sh.Run(components.QMP, `{"execute": "query-name"}`)
	if out != `{"return": {}}` {
		t.Errorf("QMP reply %q", out)
	}
}

func TestCompletion(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	v := p.view
	cmds := commandsOf(p.sess.Mon)
	has := func(c []string, s string) bool {
		for _, x := range c {
			if x == s {
				return true
			}
		}
		return false
	}
	if c := complete(components.HMP, "info hotp", v, cmds); !reflect.DeepEqual(c, []string{"info hotpluggable-cpus"}) {
		t.Errorf("info hotp -> %q", c)
	}
	if c := complete(components.HMP, "inf", v, cmds); !has(c, "info") {
		t.Errorf("inf -> %q, want info among them", c)
	}
	if c := complete(components.HMP, "device_add qemu", v, cmds); !reflect.DeepEqual(c, []string{"device_add " + v.CPUType}) {
		t.Errorf("device_add qemu -> %q (view type %q)", c, v.CPUType)
	}
	c := complete(components.HMP, "device_add "+v.CPUType+",id=cpu1,so", v, cmds)
	if !reflect.DeepEqual(c, []string{"device_add " + v.CPUType + ",id=cpu1,socket-id="}) {
		t.Errorf("property completion -> %q", c)
	}
	if c := complete(components.HMP, "device_add x,core-id=1", v, cmds); c != nil {
		t.Errorf("no completion inside a value, got %q", c)
	}
	if c := complete(components.QMP, `{"execute": "query-hotp`, v, cmds); !reflect.DeepEqual(c, []string{`{"execute": "query-hotpluggable-cpus"}`}) {
		t.Errorf("QMP -> %q", c)
	}
	if c := complete(components.QMP, `{"exec`, v, cmds); len(c) < 2 {
		t.Errorf("QMP prefix of the skeleton -> %d candidates", len(c))
	}
	if c := complete(components.QMP, `[1,2]`, v, cmds); c != nil {
		t.Errorf("QMP garbage -> %q", c)
	}
}

func TestPagePreRenders(t *testing.T) {
	Register()
	p := &Page{}
	d := app.NewServerTester(p)
	defer d.Close()
	p.OnPreRender(d.Context())
	p.Update()
	d.Consume()
	h := app.HTMLString(p)
	// A bare visit starts on the latest release.
	for _, s := range []string{"Topology of pc-i440fx-" + release.Latest.Name, `id="console-input"`, "x86 topology", "qemu-system-x86_64"} {
		if !strings.Contains(h, s) {
			t.Errorf("pre-rendered page lacks %q", s)
		}
	}
	// go-app writes an element's attributes in map order, so the selected
	// release is found as an <option> carrying both, in either order.
	if !regexp.MustCompile(`<option[^>]*\b(value="10\.0"[^>]*\bselected|selected[^>]*\bvalue="10\.0")`).MatchString(h) {
		t.Errorf("pre-rendered page does not select QEMU 10.0")
	}
}

func TestPickerChoicesFromEngine(t *testing.T) {
	ms := pickMachines(release.V7_2)
	for _, want := range []string{"pc", "q35", "pseries", "pc-q35-7.2", "pc-i440fx-7.2", "pseries-7.2"} {
		if !components.Contains(ms, want) {
			t.Errorf("machine picker lacks %s", want)
		}
	}
	s := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4"})
	ppc := pickCPUs(release.V7_2, s.Target())
	if !components.Contains(ppc, "power9_v2.0") {
		t.Errorf("ppc64 CPU picker (%s) lacks power9_v2.0: %v", s.Target(), ppc)
	}
	x86 := pickCPUs(release.V7_2, session.Start(release.V7_2, "", strings.Fields(DefaultLine)).Target())
	if !components.Contains(x86, "qemu64") || components.Contains(x86, "power9_v2.0") {
		t.Errorf("x86 CPU picker: %v", x86)
	}
}

func TestGuestActions(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	if p.guestState() != "not booted" {
		t.Fatalf("guest state %q before boot", p.guestState())
	}
	p.guestAction(components.GuestRequest{Kind: components.GuestBoot})
	if p.guestState() != "running" {
		t.Fatalf("guest state %q after boot", p.guestState())
	}
	if len(p.guestLog) == 0 {
		t.Error("no kernel lines after boot")
	}
	if got := components.OnlineList(p.view); got != "0-3" {
		t.Errorf("guest online after boot: %q, want 0-3", got)
	}
	p.guestAction(components.GuestRequest{Kind: components.GuestShell, Line: "cat /sys/devices/system/cpu/online"})
	if last := p.guestLog[len(p.guestLog)-1]; last != "0-3" {
		t.Errorf("guest shell answered %q (log tail %q)", last, p.guestLog[len(p.guestLog)-3:])
	}
	// Hotplug with auto-online: the guest onlines the new CPU.
	p.guestAction(components.GuestRequest{Kind: components.GuestAutoOnline, On: true})
	p.sh.Run(components.HMP, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0")
	p.guestAction(components.GuestRequest{Kind: components.GuestSettle})
	if got := components.OnlineList(p.view); got != "0-4" {
		t.Errorf("guest online after device_add with auto-online: %q, want 0-4", got)
	}
}

func TestPageNotesChanges(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	if p.changed != nil {
		t.Errorf("a fresh machine shows changes: %+v", p.changed)
	}
	p.sh.Run(components.HMP, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0")
	if len(p.changed) != 1 || p.changed[0].To != "hot-plugged" {
		t.Errorf("changes after device_add: %+v", p.changed)
	}
	p.sh.Run(components.HMP, "info cpus")
	if p.changed != nil {
		t.Errorf("a read-only command left changes: %+v", p.changed)
	}
}

// A line typed into a stopped guest shows nothing until cont; then its
// output joins the guest log (the shell's prompt does not).
func TestGuestTypedWhileStopped(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	p.guestAction(components.GuestRequest{Kind: components.GuestBoot})
	p.sh.Run(components.HMP, "stop")
	p.guestAction(components.GuestRequest{Kind: components.GuestShell, Line: "cat /sys/devices/system/cpu/online"})
	if last := p.guestLog[len(p.guestLog)-1]; last != "# cat /sys/devices/system/cpu/online" {
		t.Errorf("a stopped guest answered: log tail %q", p.guestLog[len(p.guestLog)-2:])
	}
	p.sh.Run(components.HMP, "cont")
	if last := p.guestLog[len(p.guestLog)-1]; last != "0-3" {
		t.Errorf("after cont: log tail %q, want the typed line's output", p.guestLog[len(p.guestLog)-3:])
	}
}
