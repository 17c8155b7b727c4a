package site

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Browser tests of the learner's page (issue 12): what a first visit sees,
// the notes beside QEMU's text, paste help, focus after every control, time
// that moves by itself, quit, the QMP tab, the version picker.

// inView reports whether an element is wholly inside the viewport.
func inView(ctx context.Context, sel string) (bool, string) {
	js := `(() => { const e = document.querySelector(` + strconv.Quote(sel) + `); if (!e) return "missing";
	  const r = e.getBoundingClientRect();
	  return (r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth) ? "" :
	    "at " + Math.round(r.left) + "," + Math.round(r.top) + " size " + Math.round(r.width) + "x" + Math.round(r.height) + " in " + innerWidth + "x" + innerHeight; })()`
	s, err := evalJS[string](ctx, js)
	if err != nil {
		return false, err.Error()
	}
	return s == "", s
}

// activeIs reports where focus is: the element's id (or tag).
func active(ctx context.Context) string {
	s, _ := evalJS[string](ctx, `(() => { const a = document.activeElement; return !a ? "none" : a === document.body ? "BODY" : (a.id || a.tagName + "." + a.className); })()`)
	return s
}

// setField replaces a field's text as typing does (an input event).
func setField(ctx context.Context, sel, text string) error {
	_, err := evalJS[bool](ctx, `(() => { const i = document.querySelector(`+strconv.Quote(sel)+`); i.focus(); i.value = `+strconv.Quote(text)+`; i.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	return err
}

// paste does what a paste does to a field: the text lands in it (the
// browser's default action, which a synthetic event lacks) and a paste
// event carrying the clipboard's text fires first.
func paste(ctx context.Context, sel, text string) error {
	_, err := evalJS[bool](ctx, `(() => { const i = document.querySelector(`+strconv.Quote(sel)+`); i.focus();
	  const dt = new DataTransfer(); dt.setData("text/plain", `+strconv.Quote(text)+`);
	  i.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	  i.value = i.tagName === "TEXTAREA" ? `+strconv.Quote(text)+` : `+strconv.Quote(text)+`.replace(/\r?\n/g, "");
	  i.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	return err
}

func text(ctx context.Context, sel string) string {
	s, _ := evalJS[string](ctx, `(document.querySelector(`+strconv.Quote(sel)+`) || {textContent: ""}).textContent`)
	return s
}

func shown(ctx context.Context, sel string) bool {
	b, _ := evalJS[bool](ctx, `(() => { const e = document.querySelector(`+strconv.Quote(sel)+`); return !!e && !e.hidden && e.getClientRects().length > 0; })()`)
	return b
}

// click clicks and requires focus to stay on something (never <body>).
func clickKeepsFocus(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	// As a person would, wait until the control is enabled: a click on a
	// disabled button (the clock's, while the guest boots) moves focus to
	// <body> in any browser.
	q := `document.querySelector(` + strconv.Quote(sel) + `)`
	for try := 0; ; try++ {
		if err := waitJS(ctx, `((e) => e && !e.disabled)(`+q+`)`, 20*time.Second); err != nil {
			t.Fatalf("%s stayed disabled: %v", sel, err)
		}
		// Mark the control, to tell afterwards whether the click met this
		// very node while it was enabled.
		if _, err := evalJS[bool](ctx, `(() => { `+q+`.__clicked = true; return true; })()`); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
			t.Fatalf("click %s: %v", sel, err)
		}
		// The deferred focus runs after the render: wait for it.
		if waitJS(ctx, `document.activeElement && document.activeElement !== document.body`, 10*time.Second) == nil {
			return
		}
		// A click that met the control as the page disabled or replaced it
		// (the guest's boot finishing as it lands) did not take; a person
		// clicks again. A control that stays put and still drops focus fails.
		stable, _ := evalJS[bool](ctx, `((e) => !!e && e.__clicked === true && !e.disabled)(`+q+`)`)
		if stable || try > 0 {
			t.Errorf("after clicking %s focus is on %s", sel, active(ctx))
			return
		}
	}
}

func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserFirstScreen: at 1280x800 and on a phone the topology and the
// monitor's input are on screen without scrolling; with a scenario open,
// its steps too, and Run shows its output on screen.
func TestBrowserFirstScreen(t *testing.T) {
	for _, size := range [][2]int{{1280, 800}, {375, 740}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ctx, url := tab(t, size[0], size[1])
			open(t, ctx, url)
			for _, sel := range []string{".topology .grid", "#" + "console-input", "#cmdline", "#start", "#pick-qemu"} {
				if ok, where := inView(ctx, sel); !ok {
					t.Errorf("%s is not on the first screen: %s", sel, where)
				}
			}
			shot(t, ctx, fmt.Sprintf("first-screen-%d", size[0]))
			if size[0] < 1000 {
				return
			}
			// Choosing a scenario leaves focus on its title, not on <body>.
			clickKeepsFocus(t, ctx, `button.scenario-choice[data-id="guide-spapr"]`)
			if err := waitJS(ctx, `document.activeElement.id === "scenario-title"`, 10*time.Second); err != nil {
				t.Errorf("after choosing a scenario focus is on %s", active(ctx))
			}
			clickKeepsFocus(t, ctx, "#step-3 button.step-go")
			open(t, ctx, url+"/?scenario=guide-x86")
			for _, sel := range []string{"#scenario-title", "#step-1 .act", ".topology .grid", "#console-input"} {
				if ok, where := inView(ctx, sel); !ok {
					t.Errorf("with a scenario open, %s is not on screen: %s", sel, where)
				}
			}
			// No check is marked failing before the reader did anything.
			if n, _ := evalJS[int](ctx, `document.querySelectorAll("#scenario .check.fail").length`); n != 0 {
				t.Errorf("%d checks marked failing on load", n)
			}
			// Every step but the current one has a visible button.
			missing, _ := evalJS[int](ctx, `[...document.querySelectorAll("#scenario li.step:not(.current)")].filter(s => !s.querySelector("button.step-go")).length`)
			if missing != 0 {
				t.Errorf("%d steps have no button to go to them", missing)
			}
			clickKeepsFocus(t, ctx, "#step-1 .act")
			if err := waitJS(ctx, `!!document.querySelector("#step-1 .act-out")`, 20*time.Second); err != nil {
				t.Fatal(err)
			}
			ref := session.Start(release.V7_2, "", strings.Fields("-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2"))
			want := monitorText(ref.HMP("info hotpluggable-cpus"))
			if got := text(ctx, lastOutputSel); got != want {
				t.Errorf("the console shows\n%s\nwant QEMU's\n%s", got, want)
			}
			if ok, where := inView(ctx, "#step-1 .act-out"); !ok {
				t.Errorf("Run's output is not on screen: %s", where)
			}
			shot(t, ctx, "first-screen-scenario-1280")
		})
	}
}

const lastOutputSel = "#console-log pre.out:last-of-type"

// TestBrowserMonitorHelp: Tab with several matches keeps the keyboard in
// the input; a pasted prompt is offered for stripping and never stripped by
// itself; QEMU's answer stays exact and the why note stands apart with a
// line to try and a guide link; the QMP tab negotiates visibly.
func TestBrowserMonitorHelp(t *testing.T) {
	ctx, url := tab(t, 1280, 800)
	open(t, ctx, url+"/?cmdline="+strings.ReplaceAll("-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2", " ", "+")+"&qemu=7.2")
	ref := session.Start(release.V7_2, "", strings.Fields("-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2"))

	// Tab with several matches: the choices show and typing goes on in the input.
	for try := 0; try < 3; try++ {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#console-input")), chromedp.SendKeys(chromedp.CSS("#console-input"), "dev"), chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `document.querySelectorAll(".completions .cand").length > 1`, 10*time.Second); err != nil {
			t.Fatal(err)
		}
		if a := active(ctx); a != "console-input" {
			t.Fatalf("try %d: after Tab focus is on %s", try, a)
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent("d")); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `document.getElementById("console-input").value === "device_d"`, 5*time.Second); err != nil {
			v, _ := evalJS[string](ctx, `document.getElementById("console-input").value`)
			t.Fatalf("try %d: typing after Tab gave %q", try, v)
		}
		setField(ctx, "#console-input", "")
	}

	// A pasted prompt: offered, not applied.
	if err := paste(ctx, "#console-input", "(qemu) info hotpluggable-cpus"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!document.getElementById("paste-offer").hidden`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if v, _ := evalJS[string](ctx, `document.getElementById("console-input").value`); v != "(qemu) info hotpluggable-cpus" {
		t.Errorf("the paste was changed by itself: %q", v)
	}
	// Run as pasted: QEMU's own answer, and a note apart from it.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#console-input")), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!document.getElementById("hint").hidden`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if got, want := text(ctx, lastOutputSel), monitorText(ref.HMP("(qemu) info hotpluggable-cpus")); got != want {
		t.Errorf("console shows %q, want QEMU's %q", got, want)
	}
	if inLog, _ := evalJS[bool](ctx, `document.getElementById("console-log").contains(document.getElementById("hint"))`); inLog {
		t.Error("the note is inside QEMU's transcript")
	}
	href, _ := evalJS[string](ctx, `document.getElementById("hint-link").getAttribute("href")`)
	if !strings.HasSuffix(href, "/web/guide.html#monitor") {
		t.Errorf("the note links to %q, want the guide's monitor section", href)
	}
	resp, err := http.Get(url + "/web/guide.html")
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("the guide the note links to: %v %v", resp, err)
	}
	shot(t, ctx, "hint-desktop")
	clickKeepsFocus(t, ctx, "#hint-try")
	if err := waitJS(ctx, `document.getElementById("console-input").value === "info hotpluggable-cpus" && document.activeElement.id === "console-input"`, 10*time.Second); err != nil {
		v, _ := evalJS[string](ctx, `document.getElementById("console-input").value`)
		t.Errorf("Use put %q in the input (focus on %s)", v, active(ctx))
	}
	setField(ctx, "#console-input", "")

	// The guide's device_del before a guest booted: QEMU's error, and why.
	for _, l := range []string{"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0", "device_del cpu1"} {
		if err := typeLine(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	ref.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0")
	if got, want := text(ctx, lastOutputSel), monitorText(ref.HMP("device_del cpu1")); got != want {
		t.Errorf("device_del shows %q, want %q", got, want)
	}
	// The note follows the answer in a later render: wait for it.
	if err := waitJS(ctx, `(document.getElementById("hint-why") || {textContent: ""}).textContent.includes("Boot the guest")`, 10*time.Second); err != nil {
		t.Errorf("device_del's note: %q", text(ctx, "#hint-why"))
	}

	// The QMP tab: the page negotiates, visibly; a second negotiation is QEMU's error.
	clickKeepsFocus(t, ctx, "#mode-qmp")
	if err := waitJS(ctx, `[...document.querySelectorAll("#console-log pre.in")].some(p => p.textContent.includes("qmp_capabilities")) && !!document.querySelector("#console-log .log-note")`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, `{"execute": "qmp_capabilities"}`); err != nil {
		t.Fatal(err)
	}
	if got := text(ctx, lastOutputSel); got != `{"error": {"class": "CommandNotFound", "desc": "Capabilities negotiation is already complete, command ignored"}}` {
		t.Errorf("a second qmp_capabilities answers %s", got)
	}
	clickKeepsFocus(t, ctx, "#mode-hmp")

	// Copy copies the transcript without the page's notes.
	for _, perm := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: perm}, Setting: browser.PermissionSettingGranted,
			BrowserContextID: chromedp.FromContext(ctx).BrowserContextID}); err != nil {
			t.Fatal(err)
		}
	}
	clickKeepsFocus(t, ctx, "#copy-output")
	if err := waitJS(ctx, `document.getElementById("console-note").textContent === "Copied."`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	clip, err := evalAwait[string](ctx, `navigator.clipboard.readText()`)
	if err != nil || !strings.Contains(clip, "(qemu) device_del cpu1\n"+monitorText(ref.HMP("device_del cpu1"))) || strings.Contains(clip, "Why?") {
		t.Errorf("copied transcript %q (%v)", clip, err)
	}

	// quit ends QEMU: the page says so and Reset starts a new one.
	if err := typeLine(ctx, "quit"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("console-input").disabled && (document.getElementById("qemu-exit") || {}).textContent?.includes("QEMU quit")`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	clickKeepsFocus(t, ctx, "#reset")
	if err := waitJS(ctx, `!document.getElementById("console-input").disabled && !document.getElementById("qemu-exit")`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserCommandLine: a line a shell would not run yet is refused
// clearly with the previous QEMU still running; a line pasted from a shell
// is offered tidied; pickers say that Start is needed; the version picker
// runs the other release; no control leaves focus on <body>.
func TestBrowserCommandLine(t *testing.T) {
	ctx, url := tab(t, 1280, 800)
	var mu sync.Mutex
	var warnings []string
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *log.EventEntryAdded:
			warnings = append(warnings, e.Entry.Text)
		case *runtime.EventExceptionThrown:
			warnings = append(warnings, e.ExceptionDetails.Text)
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, url)
	if v, _ := evalJS[string](ctx, `document.getElementById("pick-qemu").value`); v != release.Latest.Name {
		t.Errorf("a new session starts on %s, want %s", v, release.Latest.Name)
	}
	if err := waitJS(ctx, `document.querySelector("#console-log pre").textContent === "QEMU 10.0.13 monitor - type 'help' for more information"`, 10*time.Second); err != nil {
		t.Error(err)
	}

	for _, c := range []struct{ line, want string }{
		{"-M pc -smp 2 \\", "ends with a backslash"},
		{"-M pc -device 'qemu64-x86_64-cpu", "never closed"},
	} {
		if err := startLine(ctx, c.line); err != nil {
			t.Fatal(err)
		}
		// Start's own message, not the field's live check of the line.
		if err := waitJS(ctx, `(() => { const e = document.getElementById("cmdline-error"); return !e.hidden && e.textContent.startsWith("Not started") && e.textContent.includes(`+strconv.Quote(c.want)+`); })()`, 10*time.Second); err != nil {
			t.Fatal(err)
		}
		if msg := text(ctx, "#cmdline-error"); !strings.Contains(msg, c.want) || !strings.Contains(msg, "still runs the previous line") {
			t.Errorf("%q: error %q", c.line, msg)
		}
		if disabled, _ := evalJS[bool](ctx, `document.getElementById("console-input").disabled`); disabled {
			t.Errorf("%q stopped the running QEMU", c.line)
		}
	}

	// The guide's cold-plug example, pasted from a shell over three lines.
	const printed = "$ qemu-system-x86_64 -M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2 \\\n    -device qemu64-x86_64-cpu,id=cpu1,socket-id=1,\\\n    core-id=1,thread-id=0"
	if err := paste(ctx, "#cmdline", printed); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!document.getElementById("cmdline-paste").hidden`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if v, _ := evalJS[string](ctx, `document.getElementById("cmdline").value`); v != printed {
		t.Errorf("the paste was changed by itself: %q", v)
	}
	if !strings.Contains(text(ctx, "#cmdline-paste"), "without a space") {
		t.Errorf("the offer does not say how it joins the broken value: %q", text(ctx, "#cmdline-paste"))
	}
	shot(t, ctx, "paste-offer-desktop")
	clickKeepsFocus(t, ctx, "#cmdline-tidy")
	want := "-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2 -device qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=1,thread-id=0"
	if err := waitJS(ctx, `document.getElementById("cmdline").value === `+strconv.Quote(want), 10*time.Second); err != nil {
		v, _ := evalJS[string](ctx, `document.getElementById("cmdline").value`)
		t.Errorf("tidied to %q, want %q", v, want)
	}
	clickKeepsFocus(t, ctx, "#start")
	if err := waitJS(ctx, `!!document.querySelector('button.slot.st-cold-plugged')`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	if s := text(ctx, ".topo-sum"); !strings.Contains(s, "5 of 8 possible CPUs plugged (4 from -smp + 1 cold-plugged with -device)") {
		t.Errorf("the summary does not count the VCPUs: %q", s)
	}

	// A picker edits the line; the page says Start is needed.
	if _, err := evalJS[bool](ctx, `(document.querySelector(".pickers").open = true)`); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS("#smp-maxcpus"), "6"), chromedp.Focus(chromedp.CSS("#smp-maxcpus"))); err != nil {
		t.Fatal(err)
	}
	if _, err := evalJS[bool](ctx, `document.getElementById("smp-maxcpus").dispatchEvent(new Event("change", {bubbles: true}))`); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!document.getElementById("pending").hidden`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	// The version picker: 7.2 after Start.
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS("#pick-qemu"), "7.2")); err != nil {
		t.Fatal(err)
	}
	if _, err := evalJS[bool](ctx, `document.getElementById("pick-qemu").dispatchEvent(new Event("change", {bubbles: true}))`); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("pending").textContent.includes("QEMU 7.2 with")`, 10*time.Second); err != nil {
		t.Error(err)
	}
	if err := startLine(ctx, "-M pc -smp 1,maxcpus=2"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector("#console-log pre").textContent === "QEMU 7.2.22 monitor - type 'help' for more information" && document.getElementById("pending").hidden`, 10*time.Second); err != nil {
		t.Error(err)
	}
	if u, _ := evalJS[string](ctx, `location.search`); !strings.Contains(u, "qemu=7.2") {
		t.Errorf("the address bar does not carry the version: %s", u)
	}
	// Focus after every other control of the bar and the guest pane.
	for _, sel := range []string{"#reset", "button.preset", "#guest-boot", "#clock-pause", "#clock-pause", "#theme"} {
		clickKeepsFocus(t, ctx, sel)
	}
	if a := active(ctx); a != "theme" {
		t.Errorf("after the theme switch focus is on %s", a)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, w := range warnings {
		if strings.Contains(w, "cannot be parsed") || strings.Contains(w, "panic") {
			t.Errorf("the console logged %q", w)
		}
	}
}

// TestBrowserGuestAndTime: the guest's log follows its end, in terminal
// order; its shell has history; an unplug finishes with no click while the
// page is visible, and waits while time is paused.
func TestBrowserGuestAndTime(t *testing.T) {
	ctx, url := tab(t, 1280, 800)
	open(t, ctx, url+"/?qemu=7.2")
	clickKeepsFocus(t, ctx, "#guest-boot")
	if err := waitJS(ctx, `document.getElementById("guest-state").textContent === "running" && document.activeElement.id === "guest-shell"`, 20*time.Second); err != nil {
		t.Fatalf("after Boot Linux: %v (focus on %s)", err, active(ctx))
	}
	if s := text(ctx, "#guest-online"); s != "4 (slots 0-3)" {
		t.Errorf("online CPUs shown as %q", s)
	}
	if ph, _ := evalJS[string](ctx, `document.getElementById("guest-shell").placeholder`); strings.Contains(ph, "cpu4") {
		t.Errorf("the shell's placeholder names a CPU: %q", ph)
	}
	badge, _ := evalJS[string](ctx, `getComputedStyle(document.querySelector("button.slot.g-online"), "::after").content`)
	if badge != `"on"` {
		t.Errorf("online mark %s, want the word on", badge)
	}
	guest := func(l string) {
		t.Helper()
		n, _ := evalJS[int](ctx, `document.getElementById("guest-log").textContent.length`)
		if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#guest-shell"), l+"\r")); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, fmt.Sprintf(`document.getElementById("guest-log").textContent.length > %d`, n), 10*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	atEnd := func(what string) {
		t.Helper()
		if err := waitJS(ctx, `(() => { const l = document.getElementById("guest-log"); return l.scrollHeight > l.clientHeight && l.scrollTop + l.clientHeight >= l.scrollHeight - 2; })()`, 5*time.Second); err != nil {
			t.Errorf("%s: the guest log does not show its end", what)
		}
	}
	atEnd("after boot")
	if err := typeLine(ctx, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"); err != nil {
		t.Fatal(err)
	}
	// The clock runs: the guest sees the new CPU without a click.
	if err := waitJS(ctx, `document.getElementById("guest-log").textContent.includes("CPU4 has been hot-added")`, 10*time.Second); err != nil {
		t.Error(err)
	}
	guest("ls /sys/devices/system/cpu/")
	if !strings.Contains(text(ctx, "#guest-log"), "cpu4") {
		t.Errorf("ls after the hot-add does not list cpu4:\n%s", text(ctx, "#guest-log"))
	}
	guest("echo 1 > /sys/devices/system/cpu/cpu4/online")
	log := text(ctx, "#guest-log")
	if i, j := strings.LastIndex(log, "# echo 1 > /sys/devices/system/cpu/cpu4/online"), strings.LastIndex(log, "smpboot: Booting Node 0 Processor 4"); i < 0 || j < i {
		t.Errorf("the kernel lines of the echo come before the command (%d, %d):\n%s", i, j, log)
	}
	atEnd("after a shell command")
	// History: Up recalls the last line.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#guest-shell")), chromedp.KeyEvent(kb.ArrowUp)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("guest-shell").value === "echo 1 > /sys/devices/system/cpu/cpu4/online"`, 5*time.Second); err != nil {
		v, _ := evalJS[string](ctx, `document.getElementById("guest-shell").value`)
		t.Errorf("Up recalled %q", v)
	}
	setField(ctx, "#guest-shell", "")

	// Unplug finishes by itself.
	if err := typeLine(ctx, "device_del cpu1"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('button.slot.st-empty[data-i="4"]')`, 15*time.Second); err != nil {
		t.Errorf("the unplug did not finish by itself: %v", err)
	}
	// Paused, it waits; Step moves it.
	clickKeepsFocus(t, ctx, "#clock-pause")
	if err := typeLine(ctx, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second)
	if strings.Count(text(ctx, "#guest-log"), "CPU4 has been hot-added") != 1 {
		t.Error("the guest acted while time was paused")
	}
	if !strings.Contains(text(ctx, "#clock"), "paused") {
		t.Errorf("clock says %q", text(ctx, "#clock"))
	}
	// Seen twice in full runs: Step stayed disabled here (no guest action
	// pending). Say what the console answered, to tell why.
	if err := waitJS(ctx, `!document.querySelector("#clock-step").disabled`, 20*time.Second); err != nil {
		out, _ := evalJS[string](ctx, lastOutputJS)
		t.Fatalf("Step stayed disabled after device_add while paused: the console answered %q; the clock says %q; the guest log ends %q",
			out, text(ctx, "#clock"), lastLines(text(ctx, "#guest-log"), 5))
	}
	clickKeepsFocus(t, ctx, "#clock-step")
	if err := waitJS(ctx, `document.getElementById("guest-log").textContent.split("CPU4 has been hot-added").length === 3`, 10*time.Second); err != nil {
		t.Errorf("Step did not move the guest: %v", err)
	}
	// Nothing more is due: Step disabled itself and gave focus to Pause
	// (a disabled button would drop it to <body>, a keyboard user lost).
	if err := waitJS(ctx, `document.querySelector("#clock-step").disabled && document.activeElement.id === "clock-pause"`, 5*time.Second); err != nil {
		t.Errorf("after Step disabled itself focus is on %s, want Pause", active(ctx))
	}
	shot(t, ctx, "guest-desktop")
}

// TestBrowserEmbedCompact: the embed page fits a docs column: the console's
// input in view in a 400 px tall frame, no machine bar, share buttons or
// scenario chooser unless asked for; ui=topology promises no console; a
// scenario and a command line together follow the stated rule; the
// version defaults to 7.2 and follows qemu=.
func TestBrowserEmbedCompact(t *testing.T) {
	ctx, url := tab(t, 700, 400)
	open(t, ctx, url+"/embed?cmdline=-M+pc+-smp+1%2Cmaxcpus%3D2")
	if ok, where := inView(ctx, "#console-input"); !ok {
		t.Errorf("in a 700x400 frame the console's input is not in view: %s", where)
	}
	if n, _ := evalJS[int](ctx, `document.querySelectorAll("#cmdline, #copy-link, #copy-embed, .scenario-pick, header.top").length`); n != 0 {
		t.Errorf("the compact embed shows %d of machine bar, share buttons, chooser, header", n)
	}
	if !shown(ctx, "#open-full") {
		t.Error("the embed has no link to the full page")
	}
	if b := text(ctx, "#console-log pre"); b != session.HMPBanner(release.V7_2) {
		t.Errorf("an embed that names no version runs %q", b)
	}
	shot(t, ctx, "embed-compact-700x400")

	// ui=topology: a click shows the slot's command to copy, and says nothing of a console.
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/embed?ui=topology&qemu=10.0&cmdline=-M+pc+-smp+1%2Cmaxcpus%3D2")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector(".topology .grid button.slot") && !document.getElementById("app-wasm-loader")`, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	if n, _ := evalJS[int](ctx, `document.querySelectorAll("#console-input, .guest").length`); n != 0 {
		t.Errorf("ui=topology shows %d console/guest parts", n)
	}
	clickKeepsFocus(t, ctx, "button.slot.st-empty")
	if err := waitJS(ctx, `!!document.getElementById("copy-slot-cmd")`, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	detail := text(ctx, "#slot-detail")
	grid, _ := evalJS[string](ctx, `document.querySelector(".grid").getAttribute("aria-label")`)
	if strings.Contains(detail, "console") || strings.Contains(grid, "console") {
		t.Errorf("ui=topology promises a console: %q / %q", detail, grid)
	}
	if !strings.Contains(detail, "device_add ") || !strings.Contains(text(ctx, ".topology h2"), "pc-i440fx-10.0") {
		t.Errorf("slot detail %q on %q", detail, text(ctx, ".topology h2"))
	}

	// A scenario and a command line: the scenario's machine, and the page says so.
	open(t, ctx, url+"/embed?scenario=guide-spapr&cmdline=-M+q35")
	if err := waitJS(ctx, `!!document.getElementById("scenario-title")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if n := text(ctx, "#notices"); !strings.Contains(n, "the scenario starts its own machine") {
		t.Errorf("no notice of the rule: %q", n)
	}
	if h := text(ctx, ".topology h2"); !strings.Contains(h, "pseries-7.2") {
		t.Errorf("the machine is %q, want the scenario's", h)
	}
	// Parts on request: the machine bar and the share buttons.
	open(t, ctx, url+"/embed?ui=console,bar,share")
	if n, _ := evalJS[int](ctx, `document.querySelectorAll("#cmdline, #copy-link, #console-input").length`); n != 3 {
		t.Errorf("ui=console,bar,share shows %d of the three", n)
	}
	if n, _ := evalJS[int](ctx, `document.querySelectorAll(".topology, .guest").length`); n != 0 {
		t.Errorf("ui=console,bar,share shows %d parts it did not ask for", n)
	}
}

// lastLines is the last n lines of s.
func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(l[max(0, len(l)-n):], "\n")
}
