package site

import (
	"context"
	"fmt"
	"hotpluglab/engine/release"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hotpluglab/engine/scenario"
	"hotpluglab/engine/session"
)

// Browser tests of the tutorial side: the host API from another origin,
// the built-in scenarios clicked through, share links in a fresh profile.

func evalAwait[T any](ctx context.Context, expr string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// TestBrowserEmbedHostAPI: a page on another loopback origin embeds
// <hotplug-lab> with embed.js and drives it through the host API.
func TestBrowserEmbedHostAPI(t *testing.T) {
	ctx, appURL := tab(t, 1280, 900)
	const line = "-M pc -smp 1,maxcpus=2"
	hostPage := `<!doctype html><html><body>
<h1>Host page</h1>
<script src="` + appURL + `/web/embed.js"></script>
<hotplug-lab id="lab" cmdline="` + line + `" height="300"></hotplug-lab>
<script>
  window.events = [];
  window.warnings = [];
  const origWarn = console.warn;
  console.warn = function () { window.warnings.push([...arguments].map(String).join(" ")); origWarn.apply(console, arguments); };
  const lab = document.getElementById("lab");
  for (const n of ["plugged", "unplugRequested", "unplugged", "guestOnline", "stepDone", "resize"]) {
    lab.addEventListener(n, e => window.events.push({name: n, detail: e.detail}));
  }
  lab.ready.then(info => { window.readyInfo = info; });
</script>
</body></html>`
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, hostPage)
	}))
	defer host.Close()
	if strings.Split(host.URL, ":")[2] == strings.Split(appURL, ":")[2] {
		t.Fatal("host and app share a port: the test needs two origins")
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(host.URL)); err != nil {
		t.Fatal(err)
	}
	// Lazy: the element is in view, so its iframe loads by itself.
	if err := waitJS(ctx, `!!window.readyInfo`, 40*time.Second); err != nil {
		t.Fatal(err)
	}
	info, _ := evalJS[map[string]any](ctx, `window.readyInfo`)
	// The element names no version: the embed keeps 7.2, and says so.
	if info["version"] != float64(1) || info["cmdline"] != line || info["qemu"] != "7.2" {
		t.Errorf("ready carried %v, want version 1, cmdline %q and qemu 7.2", info, line)
	}
	src, _ := evalJS[string](ctx, `document.querySelector("hotplug-lab iframe").src`)
	if !strings.HasPrefix(src, appURL+"/embed?") {
		t.Errorf("iframe src %q, want the app's embed page %s/embed?…", src, appURL)
	}

	ref := session.Start(release.V7_2, "", strings.Fields(line))
	got, err := evalAwait[string](ctx, `document.getElementById("lab").run("info hotpluggable-cpus")`)
	if err != nil {
		t.Fatal(err)
	}
	if want := ref.HMP("info hotpluggable-cpus"); got != want {
		t.Errorf("run(info hotpluggable-cpus) answered\n%q\nwant the engine's\n%q", got, want)
	}
	const add = "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0"
	want := ref.HMP(add)
	got, err = evalAwait[string](ctx, `document.getElementById("lab").run("`+add+`")`)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("run(device_add) answered %q, want %q", got, want)
	}
	if err := waitJS(ctx, `window.events.some(e => e.name === "plugged" && e.detail.id === "cpu1")`, 20*time.Second); err != nil {
		evs, _ := evalJS[any](ctx, `window.events`)
		t.Fatalf("no plugged event for cpu1 (events: %v): %v", evs, err)
	}
	plugged, _ := evalJS[map[string]any](ctx, `window.events.find(e => e.name === "plugged").detail`)
	if plugged["qomPath"] != "/machine/peripheral/cpu1" || plugged["slot"] != float64(1) {
		t.Errorf("plugged detail %v, want qomPath /machine/peripheral/cpu1, slot 1", plugged)
	}
	if st, err := evalAwait[map[string]any](ctx, `document.getElementById("lab").getState()`); err != nil || st["qemu"] != "7.2" {
		t.Errorf("getState's qemu: %v (%v)", st["qemu"], err)
	}
	state, err := evalAwait[map[string]any](ctx, `document.getElementById("lab").getState()`)
	if err != nil {
		t.Fatal(err)
	}
	if state["topology"] != ref.Topology().Text() || state["started"] != true {
		t.Errorf("getState topology\n%v\nwant the engine's\n%s", state["topology"], ref.Topology().Text())
	}
	// A QMP request answers with QMP's reply line.
	qmp, err := evalAwait[string](ctx, `document.getElementById("lab").run('{"execute": "query-hotpluggable-cpus"}')`)
	if err != nil {
		t.Fatal(err)
	}
	if w := strings.Join(ref.QMP(`{"execute": "query-hotpluggable-cpus"}`), "\n"); qmp != w {
		t.Errorf("QMP answer\n%s\nwant\n%s", qmp, w)
	}
	// The embedded console shows what the host ran, as if typed.
	frameText, err := evalAwait[string](ctx, `new Promise(r => r(document.querySelector("hotplug-lab iframe").contentWindow.location.href)).catch(e => "cross-origin")`)
	if err == nil && frameText != "cross-origin" {
		t.Errorf("the host could read the frame's location: not cross-origin (%q)", frameText)
	}
	// Errors reject; a bad theme is refused.
	msg, _ := evalAwait[string](ctx, `document.getElementById("lab").setTheme("purple").then(() => "resolved", e => e.message)`)
	if !strings.Contains(msg, "purple") {
		t.Errorf("setTheme(purple) gave %q, want a rejection naming it", msg)
	}
	// A scenario loads through the API, and its step-done events arrive.
	res, err := evalAwait[map[string]any](ctx, `document.getElementById("lab").loadScenario("x86-guide")`)
	if err != nil || res["id"] != "x86-guide" {
		t.Fatalf("loadScenario: %v %v", res, err)
	}
	if _, err := evalAwait[string](ctx, `document.getElementById("lab").run("info hotpluggable-cpus")`); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `window.events.some(e => e.name === "stepDone" && e.detail.scenario === "x86-guide" && e.detail.step === 1)`, 20*time.Second); err != nil {
		t.Error(err)
	}
	// Autosize: the frame took the page's height from the resize events.
	if err := waitJS(ctx, `window.events.some(e => e.name === "resize") && document.querySelector("hotplug-lab iframe").offsetHeight !== 300`, 20*time.Second); err != nil {
		t.Error(err)
	}
	// A foreign message to the frame is ignored; the frame still answers.
	if _, err := evalJS[bool](ctx, `document.querySelector("hotplug-lab iframe").contentWindow.postMessage({hotplugLab: 2, id: 99, method: "run", params: {command: "quit"}}, "*"), true`); err != nil {
		t.Fatal(err)
	}
	if s, err := evalAwait[map[string]any](ctx, `document.getElementById("lab").getState()`); err != nil || s["started"] != true {
		t.Errorf("after a version-2 message the frame answers %v (%v)", s, err)
	}
	if n, _ := evalJS[int](ctx, `window.warnings.length`); n != 0 {
		w, _ := evalJS[any](ctx, `window.warnings`)
		t.Errorf("host warned: %v", w)
	}
	shot(t, ctx, "embed-host-desktop")
}

// clickThrough runs every visible step of the loaded scenario by clicking
// its buttons: run/qmp/guest/boot/wait by a click, copy by a click and Enter.
func clickThrough(t *testing.T, ctx context.Context, id string, sc *scenario.Scenario) {
	t.Helper()
	for _, i := range sc.Visible() {
		st := sc.Steps[i]
		if len(st.Actions) == 0 {
			// Nothing to click but the step itself (e.g. a machine that fails).
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(fmt.Sprintf(`#step-%d .step-title`, i+1)))); err != nil {
				t.Fatalf("%s step %d: %v", id, i+1, err)
			}
		}
		for a, act := range st.Actions {
			btn := fmt.Sprintf(`button.act[data-step="%d"][data-action="%d"]`, i, a)
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(btn))); err != nil {
				t.Fatalf("%s step %d action %d: %v", id, i+1, a, err)
			}
			// Wait for this click's effect before the next: its output
			// shifts the buttons below, and a click lands by coordinates.
			switch act.Kind {
			case scenario.Run, scenario.QMP:
				prompt := ""
				if act.Kind == scenario.Run {
					prompt = "(qemu) "
				}
				if err := waitJS(ctx, `(() => { const i = document.querySelectorAll("#console-log pre.in"); return i.length > 0 && i[i.length-1].textContent === `+strconv.Quote(prompt+act.Text)+`; })()`, 30*time.Second); err != nil {
					t.Fatalf("%s step %d: %q did not show in the console: %v", id, i+1, act.Text, err)
				}
			case scenario.Guest, scenario.Boot, scenario.Wait:
				shown := `!!document.querySelector(` + strconv.Quote(btn) + `).parentElement.querySelector(".act-out")`
				if act.Kind != scenario.Guest && waitJS(ctx, shown, 10*time.Second) != nil {
					// A click lands by coordinates, and under load a late
					// re-layout can move the button between chromedp's
					// measure and its press: then nothing ran. Waiting and
					// booting twice is harmless, so click it again in the
					// DOM (guest commands are not retried: they may not be).
					t.Logf("%s step %d: %s %q showed nothing after 10s: clicking again", id, i+1, act.Kind, act.Text)
					if _, err := evalJS[bool](ctx, `(document.querySelector(`+strconv.Quote(btn)+`).click(), true)`); err != nil {
						t.Fatal(err)
					}
				}
				if err := waitJS(ctx, shown, 30*time.Second); err != nil {
					t.Fatalf("%s step %d: %s %q showed no output: %v", id, i+1, act.Kind, act.Text, err)
				}
			}
			if act.Kind == scenario.Copy {
				if err := waitJS(ctx, `document.getElementById("console-input").value === `+strconv.Quote(act.Text), 20*time.Second); err != nil {
					t.Fatalf("%s step %d: copy did not fill the input: %v", id, i+1, err)
				}
				// Focus moves to the input after the fill; make sure before Enter.
				if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("#console-input")), chromedp.KeyEvent("\r")); err != nil {
					t.Fatal(err)
				}
			}
		}
		sel := fmt.Sprintf(`#step-%d`, i+1)
		if err := waitJS(ctx, `(() => { const s = document.querySelector("`+sel+`"); return s && s.classList.contains("done") && s.querySelectorAll(".check.pass").length === `+strconv.Itoa(len(st.Checks))+`; })()`, 45*time.Second); err != nil {
			marks, _ := evalJS[string](ctx, `[...document.querySelectorAll("`+sel+` .check")].map(c => c.className + " " + c.textContent).join("\n")`)
			shot(t, ctx, "scenario-"+id+"-failed")
			t.Fatalf("%s step %d (%s) not done:\n%s\n%v", id, i+1, st.Title, marks, err)
		}
	}
}

// TestBrowserScenarios: each built-in scenario, picked in the panel and run
// through by clicking its steps' buttons, passes all its checks.
func TestBrowserScenarios(t *testing.T) {
	ctx, url := tabFor(t, 1280, 900, 400*time.Second)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("page ready in %v", time.Since(t0).Round(time.Millisecond))
	for _, id := range scenario.BuiltinIDs() {
		sc, _, _ := scenario.Builtin(id)
		// The chooser folds once a scenario is loaded: unfold it.
		if _, err := evalJS[bool](ctx, `(document.querySelector(".scenario-pick").open = true)`); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`button.scenario-choice[data-id="`+id+`"]`))); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `document.getElementById("scenario-title") && document.getElementById("scenario-title").textContent === `+strconv.Quote(sc.Title), 20*time.Second); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		clickThrough(t, ctx, id, sc)
		t.Logf("%s: %d steps clicked through in %v", id, len(sc.Visible()), time.Since(start).Round(time.Millisecond))
		total := 0
		for _, i := range sc.Visible() {
			total += len(sc.Steps[i].Checks)
		}
		pass, _ := evalJS[int](ctx, `document.querySelectorAll("#scenario .check.pass").length`)
		other, _ := evalJS[int](ctx, `document.querySelectorAll("#scenario .check:not(.pass)").length`)
		if pass != total || other != 0 {
			t.Errorf("%s: %d checks marked passed and %d not, want all %d passed", id, pass, other, total)
		}
		progress, _ := evalJS[string](ctx, `document.getElementById("scenario-progress").textContent`)
		if want := fmt.Sprintf("%d of %d steps done", len(sc.Visible()), len(sc.Visible())); progress != want {
			t.Errorf("%s: progress %q, want %q", id, progress, want)
		}
		if id == "x86-guide" {
			// The run buttons showed their commands in the transcript.
			log, _ := evalJS[string](ctx, `document.getElementById("console-log").textContent`)
			if !strings.Contains(log, "(qemu) device_del cpu1") {
				t.Errorf("the console's transcript lacks the scenario's device_del:\n%s", log)
			}
			if err := screenshotSel(ctx, "#scenario", filepath.Join(shots, "scenario-panel-desktop.png")); err != nil {
				t.Error(err)
			}
		}
	}

	t0 = time.Now()
	defer func() { t.Logf("file errors checked in %v", time.Since(t0).Round(time.Millisecond)) }()
	// A bad file is refused with its line number; the page keeps working.
	bad := "---\ntitle: Bad\nmachine: -M pc\n---\n\n## One\ncheck: frobnicate\n"
	if _, err := evalJS[bool](ctx, `(() => { const s = document.querySelector(".scenario-pick"); s.open = true; const t = document.getElementById("scenario-text"); t.value = `+strconv.Quote(bad)+`; return true; })()`); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#scenario-load"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.getElementById("scenario-error")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	msg, _ := evalJS[string](ctx, `document.getElementById("scenario-error").textContent`)
	if !strings.Contains(msg, "line 7:") || !strings.Contains(msg, "frobnicate") {
		t.Errorf("bad scenario error %q, want line 7 and the unknown check", msg)
	}
	// A same-origin URL loads; another origin is refused.
	for _, c := range []struct{ url, want string }{
		{"https://example.org/s.md", "another site"},
		{"/nope.md", "Could not load"},
	} {
		if _, err := evalJS[bool](ctx, `(() => { document.getElementById("scenario-text").value = ""; document.getElementById("scenario-url").value = `+strconv.Quote(c.url)+`; return true; })()`); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#scenario-load"))); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `(document.getElementById("scenario-error") || {}).textContent?.includes(`+strconv.Quote(c.want)+`)`, 30*time.Second); err != nil {
			msg, _ := evalJS[string](ctx, `(document.getElementById("scenario-error") || {}).textContent || ""`)
			t.Errorf("URL %s: error %q, want it to say %q", c.url, msg, c.want)
		}
	}
}

// TestBrowserScenarioPhone: the panel at 375px, by URL with a step lock.
func TestBrowserScenarioPhone(t *testing.T) {
	ctx, url := tab(t, 375, 812)
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/?scenario=x86-guide&steps=2-3")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll("#scenario li.step").length === 2 && !!document.getElementById("step-2") && !!document.getElementById("step-3")`, 30*time.Second); err != nil {
		n, _ := evalJS[int](ctx, `document.querySelectorAll("#scenario li.step").length`)
		t.Fatalf("steps=2-3 shows %d steps: %v", n, err)
	}
	sc, _, _ := scenario.Builtin("x86-guide")
	sc.LockFrom, sc.LockTo = 2, 3
	clickThrough(t, ctx, "x86-guide-2-3", sc)
	over, _ := evalJS[int](ctx, `document.documentElement.scrollWidth - window.innerWidth`)
	if over > 0 {
		t.Errorf("page is %dpx wider than the 375px screen", over)
	}
	if err := screenshotSel(ctx, "#scenario", filepath.Join(shots, "scenario-panel-375.png")); err != nil {
		t.Error(err)
	}

	// The embed page, read-only with autorun: no machine bar, step 1 ran
	// on load, a typed command is refused, and the full-page link is there.
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/embed?scenario=x86-guide&steps=1&readonly&autorun&ui=console")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector("#step-1.done") && document.querySelectorAll("#scenario .check.pass").length === 2`, 30*time.Second); err != nil {
		t.Errorf("autorun did not complete step 1: %v", err)
	}
	if n, _ := evalJS[int](ctx, `document.querySelectorAll("#cmdline, .scenario-pick, .topology").length`); n != 0 {
		t.Errorf("read-only console-only embed shows %d of machine bar / chooser / topology", n)
	}
	if err := typeLine(ctx, "quit"); err != nil {
		t.Fatal(err)
	}
	if out, _ := evalJS[string](ctx, lastOutputJS); !strings.Contains(out, "read-only") {
		t.Errorf("typed quit in a read-only embed answered %q", out)
	}
	if href, _ := evalJS[string](ctx, `(document.getElementById("open-full") || {}).href || ""`); !strings.HasPrefix(href, url+"/?") || !strings.Contains(href, "scenario=x86-guide") || !strings.Contains(href, "#v2.") {
		t.Errorf("open-full link %q", href)
	}
	shot(t, ctx, "embed-readonly-375")
	// The link opens a new tab; the embed stays where it is (go-app would
	// otherwise route the click inside the iframe).
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#open-full"))); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	if path, _ := evalJS[string](ctx, `location.pathname`); path != "/embed" {
		t.Errorf("clicking Open in Hotplug Lab navigated the embed itself to %s", path)
	}
}

func screenshotSel(ctx context.Context, sel, path string) error {
	b, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(sel)))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// TestBrowserShareLink: a link made with Copy link, opened in a fresh
// browser profile, shows the same transcript and topology; a damaged link
// shows its error and the page still works.
func TestBrowserShareLink(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	const line = "-M pc -smp 1,maxcpus=4"
	ctx2, cancel, err := testChrome()
	if err != nil {
		t.Fatal(err)
	}
	defer cancel()
	ctx2, cancel2 := context.WithTimeout(ctx2, 240*time.Second)
	defer cancel2()
	inputs := []string{
		"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0",
		"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=2,thread-id=0", // an error: duplicate id
		"info hotpluggable-cpus",
	}
	// A link made on each release reopens on that release, in a fresh
	// browser, exactly as its author saw it.
	for _, rel := range release.All() {
		if err := chromedp.Do(ctx, chromedp.Navigate(url+"/?cmdline=-M%20pc%20-smp%201,maxcpus%3D4&qemu="+rel.Name)); err != nil {
			t.Fatal(err)
		}
		if err := appReady(ctx); err != nil {
			t.Fatal(err)
		}
		for _, in := range inputs {
			if err := typeLine(ctx, in); err != nil {
				t.Fatal(err)
			}
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#copy-link"))); err != nil {
			t.Fatal(err)
		}
		const linkShown = `!!document.getElementById("share-text") && document.getElementById("share-text").value.includes("#v2.")`
		if waitJS(ctx, linkShown, 10*time.Second) != nil {
			// A click lands by coordinates, and the console's late render
			// (after the drawn frame) can move the button between chromedp's
			// measure and its press. Copying twice is harmless.
			t.Logf("%s: Copy link showed no link after 10s: clicking again in the DOM", rel.Name)
			if _, err := evalJS[bool](ctx, `(document.getElementById("copy-link").click(), true)`); err != nil {
				t.Fatal(err)
			}
		}
		if err := waitJS(ctx, linkShown, 20*time.Second); err != nil {
			t.Fatal(err)
		}
		link, _ := evalJS[string](ctx, `document.getElementById("share-text").value`)
		snap := `JSON.stringify({log: document.getElementById("console-log").innerText, grid: document.querySelector(".grid-wrap").innerHTML, sum: document.querySelector(".topo-sum").textContent, events: (document.getElementById("events-log") || {}).innerText || "", qemu: document.getElementById("pick-qemu").value})`
		before, _ := evalJS[string](ctx, snap)
		// The 10.0 link is opened without its query: the fragment alone
		// names the release.
		l := link
		if rel != release.Default {
			l = url + "/#" + strings.SplitN(link, "#", 2)[1]
		}
		{
			if err := chromedp.Do(ctx2, chromedp.Navigate(l)); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx2, chromedp.Reload()); err != nil { // a fragment-only change does not reload
				t.Fatal(err)
			}
			if err := appReady(ctx2); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx2, `document.querySelectorAll("#console-log pre.in").length === `+strconv.Itoa(len(inputs)), 30*time.Second); err != nil {
				t.Fatal(err)
			}
			after, _ := evalJS[string](ctx2, snap)
			if after != before {
				t.Errorf("%s: the link %s restored\n%s\nthe author saw\n%s", rel, l, after, before)
			}
			banner, _ := evalJS[string](ctx2, `document.querySelector("#console-log pre").textContent`)
			if banner != session.HMPBanner(rel) {
				t.Errorf("%s: the link opened %q", rel, banner)
			}
		}
		// And it is the engine's state for that log.
		ref := session.Start(rel, "", strings.Fields(line))
		for _, in := range inputs {
			ref.HMP(in)
		}
		if n, _ := evalJS[int](ctx2, `document.querySelectorAll("button.slot.st-hot-plugged").length`); n != ref.Topology().Plugged-1 {
			t.Errorf("%s: %d hot-plugged slots after restore, want %d", rel, n, ref.Topology().Plugged-1)
		}
		cmd, _ := evalJS[string](ctx2, `document.getElementById("cmdline").value`)
		if cmd != line {
			t.Errorf("restored command line %q, want %q", cmd, line)
		}
		shot(t, ctx2, "share-restored-"+rel.Name)
	}
	// A link of the first format (no release) opens on 7.2.
	const v1 = "v1.YmHS9WUqSGbRLc4t4DbUyU2sSC4oLbY1YmJwS0kty0xOjU9MSVEoTM0tNTPRrbAwizcz0U0uKNXJTLFNLig11CnOT85OLdHNTLE10EnOL0oFsQx1SjKKUhNTwKJs7IamBiAACAAA__8"
	if err := chromedp.Do(ctx2, chromedp.Navigate(url+"/#"+v1), chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx2); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx2, `document.querySelector("#console-log pre").textContent === `+strconv.Quote(session.HMPBanner(release.V7_2))+` && document.getElementById("pick-qemu").value === "7.2" && !!document.querySelector("button.slot.st-hot-plugged")`, 30*time.Second); err != nil {
		t.Errorf("a v1 link: %v", err)
	}

	// A damaged link: the error is shown, the page works on the query's machine.
	if err := chromedp.Do(ctx2, chromedp.Navigate(url+"/?cmdline=-M%20pc%20-smp%201,maxcpus%3D4#v1.!!!")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx2, chromedp.Reload()); err != nil { // a fragment-only change does not reload
		t.Fatal(err)
	}
	if err := appReady(ctx2); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx2, `!!document.getElementById("share-error")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	msg, _ := evalJS[string](ctx2, `document.getElementById("share-error").textContent`)
	if !strings.Contains(msg, "damaged") {
		t.Errorf("bad link error %q", msg)
	}
	if err := typeLine(ctx2, "info hotpluggable-cpus"); err != nil {
		t.Errorf("console after a bad link: %v", err)
	}
}
