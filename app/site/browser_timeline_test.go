package site

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/stdio"
	"hotpluglab/engine/timeline"
)

// The timeline pane: every step of a plug and unplug in the page's order,
// equal to the engine's timeline of the same inputs; its text export with
// only trace lines shown is what QEMU (and the terminal monitor) printed.

// timelineRows reads the drawn rows: each row's step index and text.
const timelineRowsJS = `JSON.stringify(Array.from(document.querySelectorAll("#timeline-steps li.tl-row")).map(li => [Number(li.dataset.step), li.querySelector(".tl-text").textContent]))`

type drawnRow struct {
	Step int
	Text string
}

func drawnRows(ctx context.Context) ([]drawnRow, error) {
	s, err := evalJS[string](ctx, timelineRowsJS)
	if err != nil {
		return nil, err
	}
	var raw [][2]any
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, err
	}
	out := make([]drawnRow, len(raw))
	for i, r := range raw {
		out[i] = drawnRow{int(r[0].(float64)), r[1].(string)}
	}
	return out, nil
}

// checkRows compares the drawn rows with the engine's rows for the same
// session: every step in order (runs folded alike), nothing else.
func checkRows(t *testing.T, ctx context.Context, ref *session.Session) {
	t.Helper()
	want := ref.Timeline().Rows(nil, nil)
	var got []drawnRow
	err := waitFor(ctx, 30*time.Second, func() bool {
		got, _ = drawnRows(ctx)
		return len(got) == len(want) || len(want) > 150 && len(got) == 150
	})
	if err != nil {
		t.Fatalf("the timeline shows %d rows, the engine %d", len(got), len(want))
	}
	want = want[len(want)-len(got):]
	for i, r := range want {
		text := r.Step.Text
		if r.Count > 1 {
			text = fmt.Sprintf("%s … (%d lines: %s)", strings.SplitN(r.Step.Text, "\n", 2)[0], r.Count, r.Step.Name)
		}
		if got[i].Step != r.Step.Index || got[i].Text != text {
			t.Fatalf("row %d: page shows step %d %q, engine step %d %q", i, got[i].Step, got[i].Text, r.Step.Index, text)
		}
	}
}

func waitFor(ctx context.Context, d time.Duration, ok func() bool) error {
	end := time.Now().Add(d)
	for !ok() {
		if time.Now().After(end) {
			return fmt.Errorf("timed out")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return nil
}

// exportTrace shows only trace lines, opens the export and returns its text.
func exportTrace(t *testing.T, ctx context.Context) string {
	t.Helper()
	js := `(() => { for (const c of document.querySelectorAll(".tl-filters input")) { if (c.checked !== (c.id === "tl-show-trace")) c.click(); } return true; })()`
	if _, err := evalJS[bool](ctx, js); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#tl-export-toggle"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.getElementById("timeline-export")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	// The download link carries the exported file, byte for byte.
	text, err := evalJS[string](ctx, `decodeURIComponent(document.querySelector("#tl-export-box a[download]").getAttribute("href").slice("data:text/plain;charset=utf-8,".length))`)
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// traceLines keeps the lines of QEMU's stderr that are trace lines.
func traceLines(stderr string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(stderr, "\n") {
		if strings.HasPrefix(l, "cpuhp_") || strings.HasPrefix(l, "spapr_") {
			b.WriteString(l)
		}
	}
	return b.String()
}

func guestShell(ctx context.Context, line string) error {
	n, _ := evalJS[int](ctx, `document.getElementById("guest-log").textContent.length`)
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#guest-shell")),
		chromedp.SendKeys(chromedp.CSS("#guest-shell"), line),
		chromedp.KeyEvent("\r"),
	); err != nil {
		return err
	}
	return waitJS(ctx, `document.getElementById("guest-log").textContent.length > `+strconv.Itoa(n), 20*time.Second)
}

// openLine opens the page on a command line and waits for the app.
func openLine(t *testing.T, ctx context.Context, url, line string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/?cmdline="+strings.ReplaceAll(line, " ", "%20"))); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
}

// openShareLink copies the page's share link and opens it in a fresh
// browser; it returns that browser once the link's n inputs have run.
func openShareLink(t *testing.T, ctx context.Context, n int) context.Context {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#copy-link"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.getElementById("share-text") && document.getElementById("share-text").value.includes("#v")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	link, _ := evalJS[string](ctx, `document.getElementById("share-text").value`)
	ctx2, cancel, err := testChrome()
	if err != nil {
		t.Fatal(err)
	}
	ctx2, cancel2 := context.WithTimeout(ctx2, 240*time.Second)
	t.Cleanup(func() { cancel2(); cancel() })
	if err := chromedp.Do(ctx2, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx2); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx2, `document.querySelectorAll("#console-log pre.in").length === `+strconv.Itoa(n), 30*time.Second); err != nil {
		t.Fatal(err)
	}
	return ctx2
}

func clickAndWait(ctx context.Context, id, until string) error {
	// As a person would, once the button is enabled: the page enables
	// Step and Skip to idle in its render after a command, a frame after
	// the console shows the command (a click before that does nothing).
	if err := waitJS(ctx, fmt.Sprintf(`!document.getElementById(%q).disabled`, id), 10*time.Second); err != nil {
		return fmt.Errorf("#%s stays disabled: %w", id, err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#"+id))); err != nil {
		return err
	}
	return waitJS(ctx, until, 60*time.Second)
}

// pauseTime stops the page's clock, which follows real time: the tests
// compare the page's session with the engine's, which only settles, so a
// loaded machine taking longer than the guest's answer between a command
// and "Skip to idle" must not let the clock act first.
func pauseTime(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := clickAndWait(ctx, "clock-pause", `document.getElementById("clock-pause").getAttribute("aria-pressed") === "true"`); err != nil {
		t.Fatal(err)
	}
}

// The guide's x86 example with -trace: plug, boot, online, unplug.
func TestBrowserTimelineX86Guide(t *testing.T) {
	ctx, url := tabFor(t, 1280, 900, 300*time.Second)
	line := "-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2 -trace cpuhp_*"
	openLine(t, ctx, url, line)
	add := "device_add qemu64-x86_64-cpu,id=cpu4,socket-id=1,core-id=0,thread-id=0"
	if err := typeLine(ctx, add); err != nil {
		t.Fatal(err)
	}
	if err := clickAndWait(ctx, "guest-boot", `document.getElementById("guest-state").textContent.includes("running")`); err != nil {
		t.Fatal(err)
	}
	pauseTime(t, ctx)
	if err := guestShell(ctx, "echo 1 > /sys/devices/system/cpu/cpu4/online"); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, "device_del cpu4"); err != nil {
		t.Fatal(err)
	}
	if err := clickAndWait(ctx, "guest-settle", `document.querySelector(".tl-group:last-child .tl-badge")?.textContent === "done"`); err != nil {
		shot(t, ctx, "timeline-x86-failed")
		t.Fatal(err)
	}
	// The engine on the same inputs, as the page ran them.
	ref := session.Start(release.Default, "", strings.Fields(line))
	ref.HMP(add)
	ref.BootGuestAndWait()
	ref.GuestShell("echo 1 > /sys/devices/system/cpu/cpu4/online")
	ref.HMP("device_del cpu4")
	ref.Settle()
	checkRows(t, ctx, ref)
	tl := ref.Timeline()
	if len(tl.Groups) != 2 || tl.Groups[0].Status != "done" || tl.Groups[1].Status != "done" {
		t.Fatalf("engine sequences %+v", tl.Groups)
	}
	// Plugged before the kernel ran (the block still in legacy mode), the
	// CPU is simply there at boot: no insert event; the unplug is a scan,
	// _OST 0x84, the offline, the eject (measured with QEMU 7.2 and Linux).
	if g := tl.Groups[0]; !strings.Contains(g.Why, "present when the guest booted") {
		t.Errorf("plug before boot: %+v", g)
	}
	for _, name := range []string{"cpuhp_acpi_cpu_has_events", "cpuhp_acpi_clear_remove_evt", "ACPI_DEVICE_OST",
		"cpuhp_acpi_ejecting_cpu", "DEVICE_DELETED"} {
		if tl.Find(name) < 0 {
			t.Errorf("no %s step", name)
		}
	}
	shot(t, ctx, "timeline-x86-desktop")

	// Expanding a step shows its explanation, apart from QEMU's text.
	ej := tl.Find("cpuhp_acpi_ejecting_cpu")
	sel := fmt.Sprintf("#tl-step-%d .tl-why", ej)
	if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS(sel)), chromedp.Click(chromedp.CSS(sel))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, fmt.Sprintf(`!!document.getElementById("tl-step-%d-why")`, ej), 20*time.Second); err != nil {
		t.Fatal(err)
	}
	why, _ := evalJS[string](ctx, fmt.Sprintf(`document.getElementById("tl-step-%d-why").textContent`, ej))
	if why != tl.Steps[ej].Explain {
		t.Errorf("explanation %q, want the engine's %q", why, tl.Steps[ej].Explain)
	}
	expanded, _ := evalJS[string](ctx, fmt.Sprintf(`document.querySelector("#tl-step-%d .tl-why").getAttribute("aria-expanded")`, ej))
	if expanded != "true" {
		t.Errorf("aria-expanded %q", expanded)
	}
	shot(t, ctx, "timeline-x86-explained-desktop")

	got := exportTrace(t, ctx)
	if want := traceLines(ref.Stderr()); got != want || want == "" {
		t.Errorf("trace export:\n%s\nwant the trace lines QEMU printed:\n%s", got, want)
	}
}

// A pseries core unplug with the guest, at phone width.
func TestBrowserTimelineSPAPRUnplug(t *testing.T) {
	ctx, url := tabFor(t, 375, 812, 300*time.Second)
	line := "-M pseries -smp 1,maxcpus=4 -trace spapr_drc_* -trace -spapr_drc_re*"
	openLine(t, ctx, url, line)
	if err := clickAndWait(ctx, "guest-boot", `document.getElementById("guest-state").textContent.includes("running")`); err != nil {
		t.Fatal(err)
	}
	pauseTime(t, ctx)
	add := "device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=1"
	if err := typeLine(ctx, add); err != nil {
		t.Fatal(err)
	}
	if err := clickAndWait(ctx, "guest-settle", `document.querySelector(".tl-group:last-child .tl-badge")?.textContent === "done"`); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, "device_del core1"); err != nil {
		t.Fatal(err)
	}
	// Before the guest acts the unplug is pending, and says why (the pane
	// renders after the console: wait for the unplug's own sequence).
	if err := waitJS(ctx, `document.querySelector(".tl-group:last-child")?.textContent.includes("unplug")`, 10*time.Second); err != nil {
		t.Fatal("the unplug's sequence never showed: ", err)
	}
	pending, _ := evalJS[string](ctx, `document.querySelector(".tl-group:last-child").textContent`)
	if !strings.Contains(pending, "pending") || !strings.Contains(pending, "waits") {
		t.Errorf("unplug before the guest acts: %q", pending)
	}
	if err := clickAndWait(ctx, "guest-settle", `document.querySelector(".tl-group:last-child .tl-badge")?.textContent === "done"`); err != nil {
		shot(t, ctx, "timeline-spapr-375-failed")
		t.Fatal(err)
	}
	ref := session.Start(release.Default, "", strings.Fields(line))
	ref.BootGuestAndWait()
	ref.HMP(add)
	ref.Settle()
	ref.HMP("device_del core1")
	ref.Settle()
	checkRows(t, ctx, ref)
	tl := ref.Timeline()
	for _, name := range []string{"spapr_drc_attach", "spapr_drc_set_configured", "spapr_drc_unplug_request",
		"spapr_drc_awaiting_quiesce", "spapr_drc_set_allocation_state_finalizing", "DEVICE_DELETED"} {
		i := tl.Find(name)
		if i < 0 {
			t.Errorf("no %s step", name)
			continue
		}
		// Drawn as its own row, or inside a folded run of alike lines.
		js := fmt.Sprintf(`Array.from(document.querySelectorAll("#timeline-steps li.tl-row")).filter(li => Number(li.dataset.step) <= %d && %d <= Number(li.dataset.last)).length`, i, i)
		if n, _ := evalJS[int](ctx, js); n != 1 {
			t.Errorf("step %d (%s) not drawn", i, name)
		}
	}
	over, _ := evalJS[int](ctx, `document.documentElement.scrollWidth - window.innerWidth`)
	if over > 0 {
		t.Errorf("page is %dpx wider than the 375px screen", over)
	}
	if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS("#timeline"))); err != nil {
		t.Fatal(err)
	}
	shot(t, ctx, "timeline-spapr-375")
	got := exportTrace(t, ctx)
	if want := traceLines(ref.Stderr()); got != want || want == "" {
		t.Errorf("trace export:\n%s\nwant the trace lines QEMU printed:\n%s", got, want)
	}
}

// Without a guest, the export equals what the terminal monitor prints on
// stderr for the same lines; the timeline survives a share link.
func TestBrowserTimelineTerminalAndShare(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	args := []string{"-M", "pc", "-smp", "1,maxcpus=3", "-trace", "cpuhp_acpi_*"}
	openLine(t, ctx, url, strings.Join(args, " "))
	lines := []string{"o /b 0xaf00 0", "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0",
		"o /w 0xaf00 0", "o /b 0xaf05 0", "i /w 0xaf08", "i /b 0xaf04", "o /b 0xaf04 2", "device_del cpu1",
		"trace-event cpuhp_acpi_read_flags off", "o /b 0xaf05 0", "i /b 0xaf04"}
	for _, l := range lines {
		if err := typeLine(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	ctx2 := openShareLink(t, ctx, len(lines))
	a, _ := drawnRows(ctx)
	b, _ := drawnRows(ctx2)
	if fmt.Sprint(a) != fmt.Sprint(b) || len(a) == 0 {
		t.Errorf("the link's timeline differs:\n%v\nthe author's:\n%v", b, a)
	}
	var stdout, stderr bytes.Buffer
	stdio.Run(args, strings.NewReader(strings.Join(lines, "\n")+"\n"), &stdout, &stderr)
	got := exportTrace(t, ctx)
	if want := traceLines(stderr.String()); got != want || want == "" {
		t.Errorf("trace export:\n%s\nterminal monitor's stderr:\n%s", got, want)
	}

	ref := session.Start(release.Default, "", args)
	for _, l := range lines {
		ref.HMP(l)
	}
	if n := len(ref.Timeline().Visible(timeline.Filter{timeline.Trace: true})); n == 0 {
		t.Error("the engine traced nothing")
	}
}

// A host page narrates beside the embed: one timelineStep event per step,
// in order, the engine's steps; getTimeline gives the export.
func TestBrowserTimelineHostEvents(t *testing.T) {
	ctx, appURL := tab(t, 1280, 900)
	const line = "-M pseries -smp 2,maxcpus=3 -trace spapr_drc_attach -trace spapr_drc_unplug_request -trace spapr_drc_awaiting_quiesce"
	hostPage := `<!doctype html><html><body>
<script src="` + appURL + `/web/embed.js"></script>
<hotplug-lab id="lab" cmdline="` + line + `" timeline="on" height="400"></hotplug-lab>
<script>
  window.steps = [];
  const lab = document.getElementById("lab");
  lab.addEventListener("timelineStep", e => window.steps.push(e.detail));
  lab.ready.then(info => { window.readyInfo = info; });
</script></body></html>`
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, hostPage)
	}))
	defer host.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate(host.URL)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!window.readyInfo`, 40*time.Second); err != nil {
		t.Fatal(err)
	}
	// A core the guest never configured goes at once; a boot core waits.
	cmds := []string{"device_add power9_v2.0-spapr-cpu-core,id=core2,core-id=2", "device_del core2",
		"device_del /machine/unattached/device[2]", "info hotpluggable-cpus"}
	ref := session.Start(release.Default, "", strings.Fields(line))
	for _, c := range cmds {
		if _, err := evalAwait[string](ctx, `document.getElementById("lab").run(`+strconv.Quote(c)+`)`); err != nil {
			t.Fatal(err)
		}
		ref.HMP(c)
	}
	tl := ref.Timeline()
	if err := waitJS(ctx, fmt.Sprintf(`window.steps.length >= %d`, len(tl.Steps)), 20*time.Second); err != nil {
		n, _ := evalJS[int](ctx, `window.steps.length`)
		t.Fatalf("%d timelineStep events, the engine has %d steps", n, len(tl.Steps))
	}
	got, _ := evalJS[[]map[string]any](ctx, `window.steps`)
	if len(got) != len(tl.Steps) {
		t.Fatalf("%d events for %d steps", len(got), len(tl.Steps))
	}
	for i, s := range tl.Steps {
		e := got[i]
		if e["index"] != float64(i) || e["text"] != s.Text || e["source"] != s.Source.String() || e["title"] != s.Title ||
			e["from"] != s.From.String() || e["to"] != s.To.String() {
			t.Errorf("event %d = %v, want step %+v", i, e, s)
		}
	}
	aq := tl.Find("spapr_drc_awaiting_quiesce")
	if aq < 0 {
		t.Fatal("no awaiting_quiesce step")
	}
	seq, _ := got[aq]["sequence"].(map[string]any)
	if seq["kind"] != "unplug" || seq["device"] != "/machine/unattached/device[2]" || seq["status"] != "pending" {
		t.Errorf("awaiting_quiesce's sequence %v", seq)
	}
	if g := tl.Groups[1]; g.Kind != "unplug" || g.Status != "done" {
		t.Errorf("the unconfigured core's unplug: %+v", g)
	}
	res, err := evalAwait[map[string]any](ctx, `document.getElementById("lab").getTimeline(["trace"])`)
	if err != nil {
		t.Fatal(err)
	}
	if res["text"] != traceLines(ref.Stderr()) {
		t.Errorf("getTimeline text %q, want %q", res["text"], traceLines(ref.Stderr()))
	}
	msg, _ := evalAwait[string](ctx, `document.getElementById("lab").getTimeline(["nosuch"]).then(() => "resolved", e => e.message)`)
	if !strings.Contains(msg, "unknown source nosuch") {
		t.Errorf("getTimeline with a bad source: %q", msg)
	}
}

// A scenario step points at a timeline step: once the command produced it,
// the pane opens, marks and shows that step.
func TestBrowserTimelineScenarioFocus(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	const file = `---
id: timeline-focus
title: Why device_del waits
machine: -M pseries -smp 2,maxcpus=3 -trace spapr_drc_unplug_request -trace spapr_drc_awaiting_quiesce
---

## Ask for the boot core's removal

QEMU asks the guest, and waits.

run: device_del /machine/unattached/device[2]
timeline: spapr_drc_awaiting_quiesce
`
	if err := os.WriteFile(filepath.Join(testWeb(t), "timeline-focus.md"), []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/?scenario=/web/timeline-focus.md")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector(".scenario button.act-run")`, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".scenario button.act-run"))); err != nil {
		t.Fatal(err)
	}
	ref := session.Start(release.Default, "", strings.Fields("-M pseries -smp 2,maxcpus=3 -trace spapr_drc_unplug_request -trace spapr_drc_awaiting_quiesce"))
	ref.HMP("device_del /machine/unattached/device[2]")
	i := ref.Timeline().Find("spapr_drc_awaiting_quiesce")
	if i < 0 {
		t.Fatal("the engine has no awaiting_quiesce step")
	}
	if err := waitJS(ctx, fmt.Sprintf(`(document.getElementById("tl-step-%d") || {className: ""}).className.includes("tl-focus") && !!document.getElementById("tl-step-%d-why")`, i, i), 30*time.Second); err != nil {
		shot(t, ctx, "timeline-focus-failed")
		t.Fatal(err)
	}
	shot(t, ctx, "timeline-focus-desktop")
}
