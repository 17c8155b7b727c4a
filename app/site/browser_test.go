package site

import (
	"context"
	"fmt"
	"hotpluglab/engine/release"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"hotpluglab/engine/session"
)

// Browser tests: the real app.wasm in headless Chromium. Without Chromium
// they skip, except under CI (CI=true), where they fail.

var (
	webOnce sync.Once
	webDir  string
	webErr  error
)

// testWeb is a web/ directory holding a freshly built app.wasm (or the one
// HOTPLUG_WASM names, so `make` builds it once).
func testWeb(t *testing.T) string {
	t.Helper()
	webOnce.Do(func() {
		dir, err := os.MkdirTemp("", "hotpluglab-web-")
		if err != nil {
			webErr = err
			return
		}
		if err := copyDir(filepath.Join("..", "..", "web"), dir, func(name string) bool { return !strings.HasPrefix(name, "app.wasm") }); err != nil {
			webErr = err
			return
		}
		wasm := filepath.Join(dir, "app.wasm")
		if src := os.Getenv("HOTPLUG_WASM"); src != "" {
			b, err := os.ReadFile(src)
			if err != nil {
				webErr = err
				return
			}
			webErr = os.WriteFile(wasm, b, 0o644)
		} else {
			webErr = buildAppWasm(wasm)
		}
		webDir = dir
	})
	if webErr != nil {
		t.Fatal(webErr)
	}
	return webDir
}

// The package's tests share one Chromium: each test gets a browser context
// of its own (its own storage, HTTP cache, service workers and
// permissions, as a fresh profile has) in it. A Chromium per test took
// seconds to start and stop each, minutes in all on a loaded machine.
var (
	chromeOnce  sync.Once
	chromeTab   context.Context
	chromeStop  context.CancelFunc
	chromeStart error
)

// TestMain ends the shared Chromium after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if chromeStop != nil {
		chromeStop()
	}
	os.Exit(code)
}

// testChrome is a tab in a fresh browser context of the shared Chromium;
// cancel closes the tab and drops the context with all it stored.
func testChrome() (context.Context, context.CancelFunc, error) {
	chromeOnce.Do(func() { chromeTab, chromeStop, chromeStart = newChrome(context.Background(), 1280, 900) })
	if chromeStart != nil {
		return nil, nil, chromeStart
	}
	ctx, cancel := chromedp.NewContext(chromeTab, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		return nil, nil, fmt.Errorf("opening a browser context: %w", err)
	}
	// The full page asks before it is left with unsaved work
	// (beforeunload): tests that navigate on say yes.
	chromedp.Listen(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	})
	return ctx, cancel, nil
}

func needChrome(t *testing.T) {
	t.Helper()
	if chromiumPath() != "" {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set and Chromium is missing: `make chromium` installs it")
	}
	t.Skip("Chromium not installed (CI unset): skipping browser test")
}

// tab opens a fresh browser on the app served by `serve`'s handler.
func tab(t *testing.T, width, height int) (context.Context, string) {
	return tabFor(t, width, height, 240*time.Second)
}

// tabFor is tab with its own deadline, for tests that walk many steps.
func tabFor(t *testing.T, width, height int, d time.Duration) (context.Context, string) {
	t.Helper()
	needChrome(t)
	h, err := newServer(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	ctx, cancel, err := testChrome()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel2 := context.WithTimeout(ctx, d)
	t.Cleanup(func() { cancel2(); cancel() })
	// Headless windows have a minimum width: emulate phones' viewports.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		t.Fatal(err)
	}
	return ctx, srv.URL
}

const shots = "testdata/screenshots"

func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if err := screenshot(ctx, filepath.Join(shots, name+".png")); err != nil {
		t.Errorf("screenshot %s: %v", name, err)
	}
}

// appReady waits until the wasm app has mounted and the console can be used.
func appReady(ctx context.Context) error {
	return waitJS(ctx, `(() => { const i = document.getElementById("console-input"); return i && !i.disabled && !document.getElementById("app-wasm-loader"); })()`, 30*time.Second)
}

// typeLine types a line into the console, presses Enter and waits until the
// line shows in the scrollback (its output, if any, is rendered with it).
func typeLine(ctx context.Context, line string) error {
	before, err := evalJS[int](ctx, `document.querySelectorAll("#console-log pre.in").length`)
	if err != nil {
		return err
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#console-input")),
		chromedp.SendKeys(chromedp.CSS("#console-input"), line),
		chromedp.KeyEvent("\r"),
	); err != nil {
		return err
	}
	return waitJS(ctx, fmt.Sprintf(`document.querySelectorAll("#console-log pre.in").length > %d`, before), 20*time.Second)
}

// lastOutput is the text of the scrollback's last output block.
const lastOutputJS = `(() => { const o = document.querySelectorAll("#console-log pre.out"); return o.length ? o[o.length-1].textContent : ""; })()`

// startLine replaces the machine bar's command line (as typing or pasting
// does: an input event) and presses Start.
func startLine(ctx context.Context, line string) error {
	js := `(() => { const i = document.getElementById("cmdline"); i.value = ` + strconv.Quote(line) + `; i.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`
	if _, err := evalJS[bool](ctx, js); err != nil {
		return err
	}
	return chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#start")))
}

func monitorText(s string) string {
	return strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
}

func TestBrowserX86Walkthrough(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	line, err := evalJS[string](ctx, `document.getElementById("cmdline").value`)
	if err != nil || line != "-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2" {
		t.Fatalf("page opened on %q (%v), want the x86 topology example", line, err)
	}
	// A bare visit runs the latest release.
	ref := session.Start(release.Latest, "", []string{"-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"})
	if err := typeLine(ctx, "info hotpluggable-cpus"); err != nil {
		t.Fatal(err)
	}
	want := monitorText(ref.HMP("info hotpluggable-cpus"))
	got, err := evalJS[string](ctx, lastOutputJS)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("console shows\n%s\nwant exactly s.HMP's text\n%s", got, want)
	}
	shot(t, ctx, "x86-desktop")

	// Tab completes a command name from the engine's table.
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#console-input"), "info hotp"),
		chromedp.KeyEvent("\t"),
	); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("console-input").value === "info hotpluggable-cpus"`, 20*time.Second); err != nil {
		v, _ := evalJS[string](ctx, `document.getElementById("console-input").value`)
		t.Errorf("Tab after %q gave %q: %v", "info hotp", v, err)
	}
	if _, err := evalJS[bool](ctx, `(() => { const i = document.getElementById("console-input"); i.value = ""; i.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`); err != nil {
		t.Fatal(err)
	}

	// device_add turns the slot into hot-plugged (needs the hotplug engine).
	if err := typeLine(ctx, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"); err != nil {
		t.Fatal(err)
	}
	slotState := func(sel string) string {
		s, _ := evalJS[string](ctx, `(() => { const b = document.querySelector(`+"`"+sel+"`"+`); return b ? b.className : "missing"; })()`)
		return s
	}
	hot := `button.slot[aria-label*="socket-id 1, core-id 0, thread-id 0 "]`
	if err := waitJS(ctx, `!!document.querySelector('`+hot+`.st-hot-plugged')`, 20*time.Second); err != nil {
		t.Errorf("after device_add the slot socket 1/core 0/thread 0 is %q, want hot-plugged: %v", slotState(hot), err)
	}
	// ... and the view says so in words.
	if err := waitJS(ctx, `(document.getElementById("topo-changes") || {}).textContent === "CPU 4: empty → hot-plugged"`, 20*time.Second); err != nil {
		txt, _ := evalJS[string](ctx, `(document.getElementById("topo-changes") || {textContent: "(none)"}).textContent`)
		t.Errorf("change list %q: %v", txt, err)
	}

	// Clicking an empty slot fills its device_add into the input, runs nothing.
	before, _ := evalJS[int](ctx, `document.querySelectorAll("#console-log pre").length`)
	empty := `button.slot.st-empty`
	cmd, err := evalJS[string](ctx, `(() => { const b = document.querySelector("`+empty+`"); return b ? b.getAttribute("data-i") : ""; })()`)
	if err != nil || cmd == "" {
		t.Fatalf("no empty slot to click (%v)", err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(empty+`[data-i="`+cmd+`"]`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("console-input").value.startsWith("device_add ")`, 20*time.Second); err != nil {
		v, _ := evalJS[string](ctx, `document.getElementById("console-input").value`)
		t.Fatalf("input after clicking an empty slot: %q: %v", v, err)
	}
	val, _ := evalJS[string](ctx, `document.getElementById("console-input").value`)
	detail, _ := evalJS[string](ctx, `document.querySelector(".slot-cmd") ? document.querySelector(".slot-cmd").textContent : ""`)
	if val != detail {
		t.Errorf("input %q differs from the slot's command %q", val, detail)
	}
	after, _ := evalJS[int](ctx, `document.querySelectorAll("#console-log pre").length`)
	if after != before {
		t.Errorf("clicking a slot ran something: scrollback went from %d to %d blocks", before, after)
	}
	shot(t, ctx, "x86-clicked-desktop")

	// Clicking the plugged CPU puts its device_del in the input instead.
	ref.HMP("device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0")
	v := ref.Topology()
	var del string
	for i, sl := range v.Slots {
		if sl.Socket == 1 && sl.Core == 0 && sl.Thread == 0 {
			del = v.Command(i)
		}
	}
	if !strings.HasPrefix(del, "device_del ") {
		t.Fatalf("engine's command for a hot-plugged CPU: %q", del)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`button.slot.st-hot-plugged`))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("console-input").value === `+strconv.Quote(del), 20*time.Second); err != nil {
		v, _ := evalJS[string](ctx, `document.getElementById("console-input").value`)
		t.Errorf("input after clicking the hot-plugged CPU: %q, want %q", v, del)
	}
}

func TestBrowserStartupError(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	line := "-M pc -smp 8,maxcpus=4"
	ref := session.Start(release.Latest, "", strings.Fields(line))
	if ref.Started() {
		t.Fatalf("engine starts %q; this test needs a start-up error", line)
	}
	if err := startLine(ctx, line); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.getElementById("qemu-exit")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	got, _ := evalJS[string](ctx, `document.getElementById("qemu-stderr").textContent`)
	if got != strings.TrimRight(ref.Stderr(), "\n") {
		t.Errorf("start-up error shown as\n%q\nwant QEMU's text\n%q", got, ref.Stderr())
	}
	exit, _ := evalJS[string](ctx, `document.getElementById("qemu-exit").textContent`)
	if !strings.Contains(exit, fmt.Sprintf("status %d", ref.ExitCode())) {
		t.Errorf("exit line %q lacks status %d", exit, ref.ExitCode())
	}
	disabled, _ := evalJS[bool](ctx, `document.getElementById("console-input").disabled`)
	if !disabled {
		t.Error("console input stays enabled with no QEMU running")
	}
	shot(t, ctx, "startup-error-desktop")
}
