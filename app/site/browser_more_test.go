package site

import (
	"context"
	"fmt"
	"hotpluglab/engine/release"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"hotpluglab/engine/session"
)

func TestBrowserSPAPR(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"desktop", 1280, 900}, {"375", 375, 812}} {
		t.Run(size.name, func(t *testing.T) {
			ctx, url := tab(t, size.w, size.h)
			if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
				t.Fatal(err)
			}
			if err := appReady(ctx); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`button.preset[title="-M pseries -smp 2,maxcpus=4"]`))); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `document.querySelectorAll(".grid.kind-spapr button.slot").length === 4`, 20*time.Second); err != nil {
				t.Fatal(err)
			}
			// A bare visit runs the latest release.
			ref := session.Start(release.Latest, "", []string{"-M", "pseries", "-smp", "2,maxcpus=4"})
			bin, _ := evalJS[string](ctx, `document.querySelector(".binary").textContent`)
			if bin != "$ "+ref.Binary() {
				t.Errorf("binary shown %q, want %q", bin, "$ "+ref.Binary())
			}
			boot, _ := evalJS[int](ctx, `document.querySelectorAll("button.slot.st-boot").length`)
			if boot != 2 {
				t.Errorf("%d boot cores, want 2", boot)
			}
			if err := typeLine(ctx, "info hotpluggable-cpus"); err != nil {
				t.Fatal(err)
			}
			want := monitorText(ref.HMP("info hotpluggable-cpus"))
			if got, _ := evalJS[string](ctx, lastOutputJS); got != want {
				t.Errorf("console shows\n%s\nwant\n%s", got, want)
			}
			// Clicking an empty core puts the engine's device_add in the input.
			want2 := ""
			v := ref.Topology()
			for i, sl := range v.Slots {
				if want2 == "" && sl.State == "empty" {
					want2 = v.Command(i)
				}
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`button.slot.st-empty`))); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `document.getElementById("console-input").value !== ""`, 20*time.Second); err != nil {
				shot(t, ctx, "spapr-"+size.name+"-failed")
				t.Fatal(err)
			}
			if got, _ := evalJS[string](ctx, `document.getElementById("console-input").value`); got != want2 {
				t.Errorf("input %q, want the first empty core's command %q", got, want2)
			}
			if size.w < 400 {
				// Nothing may stick out sideways at phone width.
				over, _ := evalJS[int](ctx, `document.documentElement.scrollWidth - window.innerWidth`)
				if over > 0 {
					t.Errorf("page is %dpx wider than the 375px screen", over)
				}
				keys, _ := evalJS[bool](ctx, `getComputedStyle(document.querySelector(".keyrow")).display !== "none"`)
				if !keys {
					t.Error("no touch key row at 375px")
				}
			}
			shot(t, ctx, "spapr-"+size.name)
		})
	}
}

func TestBrowserX86Phone(t *testing.T) {
	ctx, url := tab(t, 375, 812)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	// The key row's Up recalls the last line, as the Up arrow does.
	if err := typeLine(ctx, "info cpus"); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`.keyrow`))); err != nil {
		t.Fatal(err)
	}
	if _, err := evalJS[bool](ctx, `[...document.querySelectorAll(".keyrow .key")].find(b => b.textContent === "Up").click() === undefined`); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("console-input").value === "info cpus"`, 20*time.Second); err != nil {
		t.Error(err)
	}
	over, _ := evalJS[int](ctx, `document.documentElement.scrollWidth - window.innerWidth`)
	if over > 0 {
		t.Errorf("page is %dpx wider than the 375px screen", over)
	}
	shot(t, ctx, "x86-375")

	// The theme switch cycles system -> light -> dark; dark changes colours.
	bg := `getComputedStyle(document.body).backgroundColor`
	light, _ := evalJS[string](ctx, bg)
	for i := 0; i < 2; i++ {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#theme"))); err != nil {
			t.Fatal(err)
		}
	}
	if err := waitJS(ctx, `document.documentElement.getAttribute("data-theme") === "dark"`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if dark, _ := evalJS[string](ctx, bg); dark == light {
		t.Errorf("dark theme kept the background %s", dark)
	}
	shot(t, ctx, "x86-375-dark")
}

// freePort asks the kernel for an unused loopback port.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// TestBrowserStaticOffline: the built site under a sub-path, served by a
// plain static server, loads; then, with that server killed and the network
// emulated offline, it reloads from the service worker.
func TestBrowserStaticOffline(t *testing.T) {
	needChrome(t)
	py, err := exec.LookPath("python3")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("python3 missing: the offline test serves the site with python3 -m http.server")
		}
		t.Skip("python3 missing")
	}
	web := testWeb(t)
	root := t.TempDir()
	const base = "/sub/hotplug-lab/"
	site := filepath.Join(root, "sub", "hotplug-lab")
	// The level of app.wasm.br does not matter here (python serves raw).
	defer func(l int) { brotliLevel = l }(brotliLevel)
	brotliLevel = 4
	if err := buildSite(site, base, web); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "app-worker.js", "wasm_exec.js", "web/app.wasm.br", "web/app.wasm.gz", "web/icon-192.png"} {
		if _, err := os.Stat(filepath.Join(site, f)); err != nil {
			t.Errorf("built site lacks %s", f)
		}
	}
	port := freePort(t)
	srv := exec.Command(py, "-m", "http.server", fmt.Sprint(port), "--bind", "127.0.0.1", "--directory", root)
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	kill := func() {
		if !killed {
			killed = true
			srv.Process.Kill()
			srv.Wait()
		}
	}
	t.Cleanup(kill)
	url := fmt.Sprintf("http://127.0.0.1:%d%s", port, base)
	// A deadline, not a timing: Python starts slowly on a loaded machine.
	deadline := time.Now().Add(90 * time.Second)
	for {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("static server did not come up")
		}
		time.Sleep(50 * time.Millisecond)
	}

	ctx, cancel, err := testChrome()
	if err != nil {
		t.Fatal(err)
	}
	defer cancel()
	ctx, cancel2 := context.WithTimeout(ctx, 240*time.Second)
	defer cancel2()
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"?cmdline=-M%20pseries%20-smp%201,maxcpus%3D4")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	// Wait until the worker controls the page and has cached everything.
	if err := waitJS(ctx, `navigator.serviceWorker.controller !== null`, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `(async () => { const ks = await caches.keys(); if (!ks.length) return false; const c = await caches.open(ks[0]); return !!(await c.match("`+base+`web/app.wasm")) && !!(await c.match("`+base+`index.html")); })()`, 30*time.Second); err != nil {
		t.Fatal(err)
	}

	kill()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: ptrTo(true),
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	// A plain reload, and a navigation with another query string.
	for _, u := range []string{url + "?cmdline=-M%20pseries%20-smp%201,maxcpus%3D4", url + "?cmdline=-M%20q35%20-smp%202,maxcpus%3D4"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
			t.Fatalf("offline navigation to %s: %v", u, err)
		}
		if err := appReady(ctx); err != nil {
			t.Fatalf("offline %s: %v", u, err)
		}
		n, _ := evalJS[int](ctx, `document.querySelectorAll("button.slot").length`)
		if n != 4 {
			t.Errorf("offline %s: %d CPU boxes, want 4", u, n)
		}
	}
	online, _ := evalJS[bool](ctx, `navigator.onLine`)
	if online {
		t.Error("navigator.onLine is true: offline emulation did not take")
	}
	// The SVG icon and the learner's guide come from the cache too.
	for _, f := range []string{"web/icon.svg", "web/guide.html#unplug"} {
		ok, err := evalAwait[bool](ctx, `fetch("`+base+f+`").then(r => r.ok).catch(() => false)`)
		if err != nil || !ok {
			t.Errorf("offline, %s does not load (%v)", f, err)
		}
	}
	shot(t, ctx, "offline-desktop")
}

func ptrTo[T any](v T) *T { return &v }

// withCustomSection appends a WebAssembly custom section: the module stays
// valid and its hash (the site's version) changes, as a new build would.
func withCustomSection(wasm []byte, note string) []byte {
	name := "hotpluglab-test"
	payload := append([]byte{byte(len(name))}, name...)
	payload = append(payload, note...)
	out := append(append([]byte(nil), wasm...), 0) // section id 0: custom
	for n := len(payload); ; {                     // LEB128 size
		b := byte(n & 0x7f)
		n >>= 7
		if n == 0 {
			out = append(out, b)
			break
		}
		out = append(out, b|0x80)
	}
	return append(out, payload...)
}

// TestBrowserUpdateNotice: after a new build is deployed in place, a
// returning visitor (served from the cache) is offered a reload.
func TestBrowserUpdateNotice(t *testing.T) {
	site := staticSite(t)
	web := testWeb(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer srv.Close()
	ctx := browserFor(t, 300*time.Second)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `navigator.serviceWorker.controller !== null`, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	if shown(ctx, "#reload") {
		t.Fatal("update notice shown before any update")
	}

	// Deploy a new build in place: same URL, new app.wasm, new version.
	web2 := t.TempDir()
	if err := copyDir(web, web2, func(string) bool { return true }); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(filepath.Join(web2, "app.wasm"))
	if err := os.WriteFile(filepath.Join(web2, "app.wasm"), withCustomSection(raw, "v2"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := buildSite(site, "/", web2); err != nil {
		t.Fatal(err)
	}
	// go-app learns of a new worker on a visit after the deploy; allow the
	// documented one-visit lag.
	shown := false
	for visit := 0; visit < 2 && !shown; visit++ {
		if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
			t.Fatal(err)
		}
		if err := appReady(ctx); err != nil {
			t.Fatal(err)
		}
		shown = waitJS(ctx, `(() => { const r = document.getElementById("reload"); return !!r && r.getClientRects().length > 0; })()`, 30*time.Second) == nil
	}
	if !shown {
		t.Fatal("no update notice after deploying a new build")
	}
	shot(t, ctx, "update-notice-desktop")
}

// TestBrowserRecordingsMissing: app.wasm carries no QEMU recordings; when a
// release's file cannot be downloaded (a host that left it out), the page
// says so where start-up errors go instead of running a QEMU that knows
// nothing, and the release that is there still runs.
func TestBrowserRecordingsMissing(t *testing.T) {
	site := staticSite(t)
	for _, ext := range []string{"", ".gz", ".br"} {
		if err := os.Remove(filepath.Join(site, "web", release.V7_2.BundleName()+ext)); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer srv.Close()
	ctx := browserFor(t, 120*time.Second)

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/?qemu=7.2")); err != nil {
		t.Fatal(err)
	}
	want := "hotpluglab: could not download QEMU 7.2's recordings (/web/qemu-7.2.bin): 404 Not Found"
	if err := waitJS(ctx, fmt.Sprintf(`(document.getElementById("qemu-stderr") || {}).textContent === %q`, want), 60*time.Second); err != nil {
		t.Errorf("stderr %q, want %q", text(ctx, "#qemu-stderr"), want)
	}
	shot(t, ctx, "recordings-missing")

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, "info version"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, lastOutputJS+`.startsWith("10.0.13Debian")`, 30*time.Second); err != nil {
		t.Errorf("10.0, whose recordings are there, does not answer: %v", err)
	}
}

// TestBrowserFirmware: pseries memory before the guest runs is SLOF's
// image, which the page downloads (web/qemu-<version>-ppc64-firmware.bin)
// only when a command first reads it.
func TestBrowserFirmware(t *testing.T) {
	ctx := firmwarePage(t, "-M%20pseries%20-smp%201%20-S")
	fetched := func() int { return firmwareFetches(ctx, "ppc64") }
	if n := fetched(); n != 0 {
		t.Errorf("the firmware was downloaded %d times as the page started", n)
	}
	if err := typeLine(ctx, "xp /2x 0x500"); err != nil {
		t.Fatal(err)
	}
	want := "0000000000000500: 0x7c1043a6 0x7c0902a6" // slof.bin's bytes at 0x500, big-endian
	if err := waitJS(ctx, lastOutputJS+`.startsWith(`+strconv.Quote(want)+`)`, 30*time.Second); err != nil {
		got, _ := evalJS[string](ctx, lastOutputJS)
		t.Errorf("xp /2x 0x500: %q, want %q", got, want)
	}
	if n := fetched(); n != 1 {
		t.Errorf("the firmware was downloaded %d times, want once", n)
	}
	// Each target's firmware is a file of its own: a pseries page never
	// downloads SeaBIOS.
	if n := firmwareFetches(ctx, "x86_64"); n != 0 {
		t.Errorf("a pseries page downloaded x86's firmware %d times", n)
	}
	// The service worker does not install the firmware with the rest; a
	// page it controls keeps it once read (for offline use).
	inCache := `(async () => { for (const k of await caches.keys()) { if (await (await caches.open(k)).match("/web/` + release.Default.FirmwareName("ppc64") + `")) return true; } return false; })()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then((r) => !!r.active)`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if controlled, _ := evalJS[bool](ctx, `navigator.serviceWorker.controller !== null`); !controlled {
		t.Fatal("the page is not controlled by its service worker after a reload")
	}
	if cached, _ := evalJS[bool](ctx, inCache); cached {
		t.Error("the service worker installed the firmware with the page")
	}
	if err := typeLine(ctx, "xp /2x 0x500"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, inCache, 30*time.Second); err != nil {
		t.Errorf("the firmware read through the service worker was not kept: %v", err)
	}
}

// TestBrowserX86Firmware: `x /2i $pc` on an x86 machine that never ran
// disassembles SeaBIOS's reset vector as QEMU does, from the x86 firmware
// the page downloads then (and not pseries').
func TestBrowserX86Firmware(t *testing.T) {
	ctx := firmwarePage(t, "-M%20pc%20-S")
	if err := typeLine(ctx, "x /2i $pc"); err != nil {
		t.Fatal(err)
	}
	want := "0xfffffff0:  ea 5b e0 00 f0           ljmpw    $0xf000:$0xe05b\n0xfffffff5: unable to read memory"
	if err := waitJS(ctx, lastOutputJS+`.startsWith(`+strconv.Quote(want)+`)`, 30*time.Second); err != nil {
		got, _ := evalJS[string](ctx, lastOutputJS)
		t.Errorf("x /2i $pc: %q, want %q", got, want)
	}
	for target, want := range map[string]int{"x86_64": 1, "ppc64": 0} {
		if n := firmwareFetches(ctx, target); n != want {
			t.Errorf("%s's firmware was downloaded %d times, want %d", target, n, want)
		}
	}
}

// firmwarePage opens the static site on a command line (URL-escaped) in a
// browser of its own, until the console can be used.
func firmwarePage(t *testing.T, cmdline string) context.Context {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir(staticSite(t))))
	t.Cleanup(srv.Close)
	ctx := browserFor(t, 120*time.Second)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/?cmdline="+cmdline)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

// firmwareFetches is how many times the page downloaded a target's
// firmware bundle.
func firmwareFetches(ctx context.Context, target string) int {
	n, _ := evalJS[int](ctx, `performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/web/`+release.Default.FirmwareName(target)+`")).length`)
	return n
}

// staticSite builds the tests' app.wasm as a static site in a temporary
// folder, with brotli at level 1 for the test's length (level 11 takes
// long and is not what these tests look at).
func staticSite(t *testing.T) string {
	t.Helper()
	needChrome(t)
	level := brotliLevel
	brotliLevel = 1
	t.Cleanup(func() { brotliLevel = level })
	site := t.TempDir()
	if err := buildSite(site, "/", testWeb(t)); err != nil {
		t.Fatal(err)
	}
	return site
}

// browserFor is a Chromium of its own for a test, ended with it, and the
// test's deadline d: a fresh profile on disk, for what a browser context of
// the shared Chromium keeps only in memory (its HTTP cache does not hold a
// 15 MB app.wasm for the service worker's install).
func browserFor(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel, err := newChrome(context.Background(), 1280, 900)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	ctx, cancel2 := context.WithTimeout(ctx, d)
	t.Cleanup(cancel2)
	return ctx
}
