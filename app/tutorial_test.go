package app

import (
	"hotpluglab/engine/release"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"hotpluglab/components"
	"hotpluglab/engine/scenario"
	"hotpluglab/engine/session"
	"hotpluglab/engine/sharelink"
)

func TestParseHostCall(t *testing.T) {
	c, err := parseHostCall(`{"hotplugLab":1,"id":7,"method":"run","params":{"command":"info cpus"}}`)
	if err != nil || c.ID != 7 || c.Method != "run" || c.Params["command"] != "info cpus" {
		t.Fatalf("good call: %+v, %v", c, err)
	}
	if c, err := parseHostCall(`{"hotplugLab":1,"id":1,"method":"getState"}`); err != nil || c.Params != nil {
		t.Errorf("call without params: %+v, %v", c, err)
	}
	for raw, want := range map[string]string{
		`"hello"`:                                "not an object",
		`null`:                                   "not an object",
		`{"id":1,"method":"run"}`:                "no hotplugLab field",
		`{"hotplugLab":2,"id":1,"method":"run"}`: "unsupported protocol version 2",
		`{"hotplugLab":"1","id":1,"method":"run"}`:          "unsupported protocol version",
		`{"hotplugLab":1,"method":"run"}`:                   "whole-number id",
		`{"hotplugLab":1,"id":1.5,"method":"run"}`:          "whole-number id",
		`{"hotplugLab":1,"id":1}`:                           "method name",
		`{"hotplugLab":1,"id":1,"method":"run","params":3}`: "params must be an object",
	} {
		if _, err := parseHostCall(raw); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("parseHostCall(%s) = %v, want an error with %q", raw, err, want)
		}
	}
}

func TestViewEvents(t *testing.T) {
	s := session.Start(release.V7_2, "", strings.Fields("-M pc -smp 1,maxcpus=2"))
	a := s.Topology()
	s.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0")
	b := s.Topology()
	ev := viewEvents(a, b)
	if len(ev) != 1 || ev[0].name != "plugged" || ev[0].data["id"] != "cpu1" || ev[0].data["qomPath"] != "/machine/peripheral/cpu1" {
		t.Fatalf("device_add gave %+v, want one plugged for cpu1", ev)
	}
	if ev := viewEvents(b, a); len(ev) != 1 || ev[0].name != "unplugged" || ev[0].data["id"] != "cpu1" {
		t.Errorf("slot emptied gave %+v, want unplugged cpu1", ev)
	}
	// A pending unplug, as a booted guest shows it.
	g := session.Start(release.V7_2, "", strings.Fields("-M pc -smp 1,maxcpus=2"))
	g.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0")
	g.BootGuestAndWait()
	before := g.Topology()
	g.HMP("device_del cpu1")
	after := g.Topology()
	names := []string{}
	for _, e := range viewEvents(before, after) {
		names = append(names, e.name)
	}
	g.Settle()
	for _, e := range viewEvents(after, g.Topology()) {
		names = append(names, e.name)
	}
	if !reflect.DeepEqual(names, []string{"unplugRequested", "guestOnline", "unplugged"}) && !reflect.DeepEqual(names, []string{"guestOnline", "unplugRequested", "unplugged"}) &&
		!reflect.DeepEqual(names, []string{"unplugRequested", "unplugged", "guestOnline"}) {
		t.Errorf("device_del with a guest gave %v, want unplugRequested, unplugged and a guestOnline change", names)
	}
}

func TestSiteBaseAndLinks(t *testing.T) {
	for in, want := range map[string]string{
		"http://h/":                          "http://h/",
		"http://h/embed?cmdline=x":           "http://h/",
		"http://h/embed/?cmdline=x#v1.abc":   "http://h/",
		"http://h/sub/lab/":                  "http://h/sub/lab/",
		"http://h/sub/lab/index.html?x=1":    "http://h/sub/lab/",
		"http://h/sub/lab/embed?ui=console":  "http://h/sub/lab/",
		"http://h/sub/lab/embed/?ui=console": "http://h/sub/lab/",
	} {
		u, _ := url.Parse(in)
		if got := siteBase(u).String(); got != want {
			t.Errorf("siteBase(%s) = %s, want %s", in, got, want)
		}
	}
	u, _ := url.Parse("http://h/sub/lab/embed?cmdline=-M+pc&ui=console&readonly")
	code := embedCode(u, `-M pc -device "a<b"`, "10.0", "")
	want := `<script src="http://h/sub/lab/web/embed.js" defer></script>` + "\n" +
		`<hotplug-lab qemu="10.0" cmdline="-M pc -device &#34;a&lt;b&#34;"></hotplug-lab>`
	if code != want {
		t.Errorf("embed code\n%s\nwant\n%s", code, want)
	}
	// A built-in scenario starts its own machine: the snippet names it only.
	if code, want := embedCode(u, "-M pc", "7.2", "x86-guide"), `<hotplug-lab qemu="7.2" scenario="x86-guide"></hotplug-lab>`; !strings.HasSuffix(code, want) {
		t.Errorf("embed code with a scenario\n%s\nwant it to end in\n%s", code, want)
	}
	if code := embedCode(u, "-M pc", "7.2", "my-own"); strings.Contains(code, "scenario=") || !strings.Contains(code, `cmdline="-M pc"`) {
		t.Errorf("an author's own scenario id went into the embed code: %s", code)
	}
	s := session.Start(release.V7_2, "", strings.Fields("-M pc -smp 1,maxcpus=2"))
	s.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0")
	full := fullPageLink(u, s)
	if !strings.HasPrefix(full, "http://h/sub/lab/?cmdline=-M+pc#v2.") || strings.Contains(full, "ui=") || strings.Contains(full, "readonly") {
		t.Errorf("full page link %s", full)
	}
	link, err := shareLink(u, s)
	if err != nil {
		t.Fatal(err)
	}
	_, frag, _ := strings.Cut(link, "#")
	back, err := sharelink.Decode(frag)
	if err != nil || back.QEMU != "7.2" || !reflect.DeepEqual(back.Args, s.Args) || len(back.Log) != 1 || back.Log[0].Text != s.Log[0].Text {
		t.Errorf("share link decodes to %+v (%v), want the session", back, err)
	}
	if _, err := shareLink(u, nil); err == nil {
		t.Error("a share link of no session: no error")
	}
}

// A restore's replay and session.FromLog must agree, or a restored
// page would show a transcript of another state.
func TestTranscriptMatchesFromLog(t *testing.T) {
	args := strings.Fields("-M pc -smp 1,maxcpus=2")
	s := session.Start(release.V7_2, "", args)
	s.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0")
	s.SetAutoOnline(true)
	s.BootGuestAndWait()
	s.GuestShell("cat /sys/devices/system/cpu/online")
	s.QMP(`{"execute": "device_del", "arguments": {"id": "cpu1"}}`)
	s.Advance(3_000_000)
	s.Settle()
	s.HMP("info hotpluggable-cpus")
	res := replayJob(restoreJob{rel: release.V7_2, args: args, log: s.Log, budget: session.LinkBudget}, nil)
	shown, guest := res.shown, res.guest
	if res.stop != nil || len(res.skipped) > 0 || res.sess.Topology().Text() != s.Topology().Text() {
		t.Fatalf("replay: stop %v, skipped %v", res.stop, res.skipped)
	}
	if len(guest) == 0 || !strings.Contains(strings.Join(guest, "\n"), "# cat /sys/devices/system/cpu/online") {
		t.Errorf("guest log %q lacks the shell line", guest)
	}
	if len(shown) != 3 || shown[1].Mode != components.QMP || shown[2].Line != "info hotpluggable-cpus" {
		t.Fatalf("transcript %+v", shown)
	}
	ref := session.Start(release.V7_2, "", args)
	ref.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0")
	ref.SetAutoOnline(true)
	ref.BootGuestAndWait()
	ref.GuestShell("cat /sys/devices/system/cpu/online")
	ref.QMP(`{"execute": "device_del", "arguments": {"id": "cpu1"}}`)
	ref.Advance(3_000_000)
	ref.Settle()
	if want := ref.HMP("info hotpluggable-cpus"); shown[2].Output != want {
		t.Errorf("transcript output\n%s\nwant\n%s", shown[2].Output, want)
	}
	fl := session.FromLog(release.V7_2, "", args, s.Log)
	if fl.Topology().Text() != s.Topology().Text() || !reflect.DeepEqual(fl.Log, s.Log) {
		t.Errorf("FromLog differs from the session it was made from")
	}
}

func TestScenarioOnPage(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	sc, src, _ := scenario.Builtin("x86-guide")
	if err := p.useScenario(nil, sc, src); err != nil {
		t.Fatal(err)
	}
	if p.sess != p.tut().r.S || p.line != sc.Machine {
		t.Fatalf("page runs %q, want the scenario's machine %q", p.line, sc.Machine)
	}
	v := p.scenarioView()
	if v.Title != sc.Title || len(v.Steps) != len(sc.Steps) || !v.Steps[0].Current {
		t.Fatalf("view %+v", v)
	}
	// Step 1's check "slot … is empty" holds at once; its output check
	// waits for the command.
	if st := v.Steps[0].Checks; st[0].State != components.CheckFail || st[1].State != components.CheckPass {
		t.Errorf("step 1 checks before running: %+v", st)
	}
	out, err := p.runLine(components.HMP, "info hotpluggable-cpus", false)
	if err != nil || !strings.Contains(out, "Hotpluggable CPUs:") {
		t.Fatalf("run: %q %v", out, err)
	}
	v = p.scenarioView()
	if !v.Steps[0].Done || v.Steps[0].Checks[0].State != components.CheckPass {
		t.Errorf("step 1 after its command: %+v", v.Steps[0])
	}
	// A step that restarts QEMU: entering it gives the page a new machine.
	old := p.sess
	p.enterStep(3)
	if p.sess == old || p.line != sc.Steps[3].Machine {
		t.Errorf("step 4 runs %q, want %q", p.line, sc.Steps[3].Machine)
	}
	// A read-only page refuses typed lines but runs the scenario's.
	p.tut().readonly = true
	if _, err := p.runLine(components.HMP, "quit", false); err != errReadonly {
		t.Errorf("read-only page ran a typed quit: %v", err)
	}
	if _, err := p.runLine(components.HMP, "info hotpluggable-cpus", false); err != nil {
		t.Errorf("read-only page refused the scenario's own command: %v", err)
	}
}

func TestScenarioLockAndErrors(t *testing.T) {
	p := &Page{}
	p.Start(DefaultLine)
	p.tut().lock = [2]int{2, 3}
	sc, src, _ := scenario.Builtin("x86-guide")
	if err := p.useScenario(nil, sc, src); err != nil {
		t.Fatal(err)
	}
	if v := p.scenarioView(); len(v.Steps) != 2 || v.Steps[0].Number != 2 || !v.Steps[0].Current {
		t.Errorf("steps=2-3 shows %+v", v.Steps)
	}
	p.tut().lock = [2]int{2, 30}
	sc, src, _ = scenario.Builtin("x86-guide")
	if err := p.useScenario(nil, sc, src); err == nil || !strings.Contains(err.Error(), "30") {
		t.Errorf("steps=2-30 on 8 steps: %v", err)
	}
	q := &Page{}
	q.Start(DefaultLine)
	var got error
	q.loadScenarioSource(nil, "---\ntitle: x\nmachine: -M pc\n---\n## a\ncheck: frobnicate\n", func(err error) { got = err })
	if got == nil || !strings.Contains(q.tut().err, "line 6") {
		t.Errorf("bad file: %v, shown %q", got, q.tut().err)
	}
}
