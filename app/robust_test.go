package app

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"net/url"
	"strings"
	"testing"

	"hotpluglab/components"
	"hotpluglab/engine/release"
	"hotpluglab/engine/scenario"
	"hotpluglab/engine/session"
	"hotpluglab/engine/sharelink"
)

func lastNotice(p *Page) components.Notice {
	if len(p.notices) == 0 {
		return components.Notice{}
	}
	return p.notices[len(p.notices)-1]
}

// A panic below a typed line becomes a notice and an answer in the
// console; the session is rebuilt without the line and goes on.
func TestGuardKeepsTheSession(t *testing.T) {
	p := &Page{}
	p.Start("-M pc -smp 1,maxcpus=2")
	if _, err := p.runLine(components.HMP, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0", false); err != nil {
		t.Fatal(err)
	}
	before := p.view.Text()
	// A runner whose step does not exist: recording the line's output
	// panics after the engine ran (and logged) it.
	sc, _, _ := scenario.Builtin("x86-guide")
	p.tut().r = &scenario.Runner{Sc: sc, S: p.sess, Current: 99}
	out, err := p.runLine(components.HMP, "device_del cpu1", false)
	if err != errInternal || !strings.HasPrefix(out, "hotpluglab: internal error") {
		t.Fatalf("runLine answered %q, %v", out, err)
	}
	n := lastNotice(p)
	if n.Kind != components.NoticeError || !strings.Contains(n.Text, `running "device_del cpu1"`) || !strings.Contains(n.Text, `without that input (HMP "device_del cpu1")`) {
		t.Errorf("notice %+v", n)
	}
	if p.tut().r.S != p.sess {
		t.Error("the scenario runner still looks at the old session")
	}
	p.tut().r = nil
	if len(p.sess.Log) != 1 || p.view.Text() != before || !p.running() {
		t.Fatalf("rebuilt session: log %v, running %v, view changed %v", p.sess.Log, p.running(), p.view.Text() != before)
	}
	if out, err := p.runLine(components.HMP, "info status", false); err != nil || out != "VM status: running\r\n" {
		t.Errorf("the session does not go on: %q %v", out, err)
	}
	// A panic outside any input keeps every input.
	p.guard("testing", func() { panic("boom") })
	if len(p.sess.Log) != 2 || !strings.Contains(lastNotice(p).Text, "rebuilt from its log: it goes on") {
		t.Errorf("log %v, notice %+v", p.sess.Log, lastNotice(p))
	}
	if len(p.notices) > maxNotices {
		t.Errorf("%d notices kept", len(p.notices))
	}
}

// The audit's 161-byte link stops within the link budget, says where, and
// the console gets no more than it keeps.
func TestRestoreHeavyLinkWithinBudget(t *testing.T) {
	sh := sharelink.Session{QEMU: "7.2", Args: []string{"-M", "pseries", "-smp", "1,maxcpus=4096"}}
	for i := 0; i < 500; i++ {
		sh.Log = append(sh.Log, sharelink.Input{Kind: "hmp", Text: "info hotpluggable-cpus"})
	}
	frag, _ := sharelink.Encode(sh)
	u, _ := url.Parse("http://h/#" + frag)
	j, ok, err := shareJob(u)
	if !ok || err != nil {
		t.Fatal(ok, err)
	}
	ticks := 0
	res := replayJob(j, func(int) { ticks++ })
	if ticks != 9 || res.stop == nil || len(res.sess.Log) != 9 {
		t.Fatalf("replayed %d inputs (log %d): %v", ticks, len(res.sess.Log), res.stop)
	}
	bytes := 0
	for _, s := range res.shown {
		bytes += len(s.Line) + len(s.Output)
	}
	if bytes > components.MaxScrollbackBytes+600<<10 || len(res.shown) >= 9 {
		t.Errorf("the console gets %d entries, %d bytes", len(res.shown), bytes)
	}
	p := &Page{}
	p.Start(DefaultLine)
	if !p.adopt(nil, j, res) {
		t.Fatal("not adopted")
	}
	if n := lastNotice(p); n.Kind != components.NoticeWarn || !strings.Contains(n.Text, "at input 9 of 500") || !strings.Contains(n.Text, "session file") {
		t.Errorf("notice %+v", n)
	}
	if p.line != "-M pseries -smp 1,maxcpus=4096" || p.unsaved() {
		t.Errorf("line %q, unsaved %v", p.line, p.unsaved())
	}
}

// An input that makes the simulator fail is left out of a restore, which
// says so and goes on; a start that fails restores nothing.
func TestRestoreLeavesOutFailingInputs(t *testing.T) {
	real := replay
	defer func() { replay = real }()
	replay = func(rel *release.Release, target string, args []string, log []session.Input, b session.Budget, each func(*session.Session, int, session.Input, string)) (*session.Session, error) {
		return real(rel, target, args, log, b, func(s *session.Session, i int, in session.Input, out string) {
			if in.Text == "info status" {
				panic("injected fault")
			}
			each(s, i, in, out)
		})
	}
	j := restoreJob{what: "the test", rel: release.Default, args: []string{"-M", "pc"}, budget: session.LinkBudget,
		log: []session.Input{{Kind: "hmp", Text: "info cpus"}, {Kind: "hmp", Text: "info status"}, {Kind: "hmp", Text: "info version"}}}
	res := replayJob(j, nil)
	if res.sess == nil || len(res.sess.Log) != 2 || len(res.skipped) != 1 || !strings.Contains(res.skipped[0], `input 2 of 3 (HMP "info status") made the simulator fail (injected fault)`) {
		t.Fatalf("log %v, skipped %q", res.sess, res.skipped)
	}
	for i := 0; i < 5; i++ {
		j.log = append(j.log, session.Input{Kind: "hmp", Text: "info status"})
	}
	if res := replayJob(j, nil); res.sess != nil || len(res.skipped) != maxSkipped+1 {
		t.Errorf("many failing inputs: %v, %q", res.sess, res.skipped)
	}
	j.rel = nil // starting QEMU panics
	res = replayJob(j, nil)
	p := &Page{}
	p.Start(DefaultLine)
	if res.sess != nil || p.adopt(nil, j, res) || !strings.Contains(p.notices[0].Text, "starting QEMU made the simulator fail") {
		t.Errorf("failed start: %v, notices %+v", res.sess, p.notices)
	}
	if p.line != DefaultLine || !p.running() {
		t.Error("the page lost its own machine")
	}
}

// Copy link warns, instead of making a link the page would refuse, when
// the session is past the link budget; the file says what to do instead.
func TestLinkWarning(t *testing.T) {
	s := session.Start(release.Default, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4096"})
	if w := linkWarning(s, nil); w != "" {
		t.Fatalf("empty session: %q", w)
	}
	for s.Cost().Output <= session.LinkBudget.Output {
		s.HMP("info hotpluggable-cpus")
	}
	if w := linkWarning(s, nil); !strings.Contains(w, "larger than a link can carry") || !strings.Contains(w, "Export the session as a file") {
		t.Errorf("warning %q", w)
	}
	noise := make([]byte, sharelink.MaxFragment*2)
	r := rand.New(rand.NewSource(1))
	for i := range noise {
		noise[i] = byte('!' + r.Intn(90))
	}
	_, err := sharelink.Encode(sharelink.Session{QEMU: "7.2", Log: []sharelink.Input{{Kind: "hmp", Text: string(noise)}}})
	if w := linkWarning(nil, err); err == nil || !strings.Contains(w, "a link carries at most") {
		t.Errorf("too long: %v, %q", err, w)
	}
}

// A session file round-trips, and a bad one says what is wrong.
func TestSessionFile(t *testing.T) {
	s := session.Start(release.V10_0, "", []string{"-M", "pc", "-smp", "1,maxcpus=2"})
	s.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0")
	s.BootGuestAndWait()
	s.GuestShell("nproc")
	b, _ := json.Marshal(fileOf(s))
	j, err := parseSessionFile(b)
	if err != nil {
		t.Fatal(err)
	}
	res := replayJob(j, nil)
	if res.sess.QEMU != release.V10_0 || res.sess.Topology().Text() != s.Topology().Text() || len(res.sess.Log) != len(s.Log) {
		t.Errorf("the file restores another session")
	}
	for in, want := range map[string]string{
		`nope`:                   "not JSON",
		`{"hotplugLab": "link"}`: `no "hotplugLab": "session"`,
		`{"hotplugLab": "session", "version": 2}`:                                             "version 2",
		`{"hotplugLab": "session", "version": 1, "qemu": "3.0"}`:                              "3.0",
		`{"hotplugLab": "session", "version": 1, "qemu": "7.2", "log": [{"kind": "rm -rf"}]}`: `input 1 has an unknown kind "rm -rf"`,
		strings.Repeat(" ", maxFileBytes+1):                                                   "larger than a session file may be (32 MiB)",
	} {
		if _, err := parseSessionFile([]byte(in)); err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), "session file: ") {
			t.Errorf("%.40q: %v, want %q", in, err, want)
		}
	}
}

// Answers to a host with an opaque origin go to any origin: postMessage
// cannot target "null".
func TestReplyOrigin(t *testing.T) {
	for in, want := range map[string]string{"null": "*", "": "*", "https://a.example": "https://a.example"} {
		if got := replyOrigin(in); got != want {
			t.Errorf("replyOrigin(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzHostCall: any message is a well-formed call or refused with a reason
// (the frame warns and ignores it); none panics.
func FuzzHostCall(f *testing.F) {
	for _, s := range []string{
		`{"hotplugLab": 1, "id": 1, "method": "run", "params": {"command": "info cpus"}}`,
		`{"hotplugLab": 1, "id": 2, "method": "getState"}`,
		`{"hotplugLab": 2}`, `[]`, `null`, `{"hotplugLab": 1, "id": 1e400}`,
		`{"hotplugLab": 1, "id": -0, "method": "x", "params": null}`,
		`{"hotplugLab":1,"id":1,"method":"run","params":{"command":"` + strings.Repeat("[", 30000) + `"}}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := parseHostCall(raw)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an empty reason")
			}
			return
		}
		if c.Method == "" || c.ID < 0 || c.ID != math.Trunc(c.ID) {
			t.Fatalf("accepted %q as %+v", raw, c)
		}
		if len(raw) > maxHostMessage {
			t.Fatalf("accepted a %d-byte message", len(raw))
		}
	})
}

// FuzzSessionFile: any file is a session or a clear refusal.
func FuzzSessionFile(f *testing.F) {
	s := session.Start(release.Default, "", []string{"-M", "pc"})
	s.HMP("info cpus")
	b, _ := json.Marshal(fileOf(s))
	f.Add(b)
	f.Add([]byte(`{"hotplugLab":"session","version":1,"qemu":"10.0","args":["-M","pseries"],"log":[{"kind":"guest","text":"head --1"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		j, err := parseSessionFile(b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "session file: ") {
				t.Fatalf("unclear error %q", err)
			}
			return
		}
		if len(j.log) > session.FileBudget.Inputs || j.rel == nil {
			t.Fatalf("accepted %d inputs, release %v", len(j.log), j.rel)
		}
		for _, in := range j.log {
			if !inputKinds[in.Kind] {
				t.Fatalf("accepted kind %q", in.Kind)
			}
		}
	})
}

func Example_linkBudget() {
	fmt.Println(session.LinkBudget)
	// Output: 2000 inputs, 4 MiB of output
}
