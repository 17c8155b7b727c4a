package site

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// wasmCounter serves a static site and counts app.wasm's full downloads
// (answers with a body, status 200).
type wasmCounter struct {
	h         http.Handler
	mu        sync.Mutex
	downloads int
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) { s.status = code; s.ResponseWriter.WriteHeader(code) }

func (c *wasmCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	c.h.ServeHTTP(rec, r)
	if strings.HasSuffix(r.URL.Path, "/web/app.wasm") && rec.status == http.StatusOK {
		c.mu.Lock()
		c.downloads++
		c.mu.Unlock()
	}
}

func (c *wasmCounter) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.downloads
}

// noMachineJS records whether the page ever showed its topology with no
// machine (a render before the machine started).
// (Mutation callbacks run after go-app's synchronous first renders: the
// text a render replaced is in the records' old values and removed nodes.)
const noMachineJS = `window.__noMachine = false;
new MutationObserver((records) => {
  const said = (t) => (t || "").includes("No machine is running");
  for (const r of records) {
    if (said(r.oldValue) || [...r.removedNodes].some((n) => said(n.textContent)) || [...r.addedNodes].some((n) => said(n.textContent))) window.__noMachine = true;
  }
}).observe(document, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });`

// TestBrowserFirstVisit: a first visit to the static site downloads
// app.wasm once (the preload is what the app's fetch uses, and the service
// worker's install takes it from the HTTP cache), the page is drawn once
// the machine runs (never empty first), and a second visit is answered by
// the worker.
func TestBrowserFirstVisit(t *testing.T) {
	site := staticSite(t)
	counter := &wasmCounter{h: http.FileServer(http.Dir(site))}
	srv := httptest.NewServer(counter)
	defer srv.Close()
	ctx := browserFor(t, 240*time.Second)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: noMachineJS}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if empty, _ := evalJS[bool](ctx, `window.__noMachine`); empty {
		t.Error("the page was drawn with no machine before the machine started")
	}
	// The app's fetch took the preloaded response: one resource entry,
	// started by the <link>.
	if got, _ := evalJS[string](ctx, `performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/web/app.wasm")).map((e) => e.initiatorType).join(",")`); got != "link" {
		t.Errorf("app.wasm's resource entries: %q, want one, the preload's (\"link\")", got)
	}
	if err := waitJS(ctx, `navigator.serviceWorker.controller !== null`, 60*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `(async () => { for (const k of await caches.keys()) { if (await (await caches.open(k)).match("/web/app.wasm")) return true; } return false; })()`, 60*time.Second); err != nil {
		t.Fatal(err)
	}
	if n := counter.count(); n != 1 {
		t.Errorf("a first visit downloaded app.wasm %d times, want once", n)
	}
	// A second visit: the worker answers, nothing is downloaded again.
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if n := counter.count(); n != 1 {
		t.Errorf("after a second visit app.wasm was downloaded %d times, want once", n)
	}
}

// TestBrowserReleasePreload: the page downloads the recordings of the
// release it opens on, once, from the head (web/loader.js adds a preload;
// the engine's fetch takes it), and no other release's:
// the latest on a bare visit, the default for an embed or a link that
// carries a session, the one qemu= names.
func TestBrowserReleasePreload(t *testing.T) {
	site := staticSite(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer srv.Close()
	browser := browserFor(t, 300*time.Second)
	for _, c := range []struct {
		path string
		want *release.Release
	}{
		{"/", release.Latest},
		{"/?qemu=" + release.V7_2.Name, release.V7_2},
		{"/embed?cmdline=-M%20pc%20-smp%202", release.Default},
		{"/?smp=2", release.Default},
		{"/?qemu=" + release.Latest.Name + "&cmdline=-M%20pc", release.Latest},
		{"/?qemu=9.9", release.Latest},
	} {
		ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext()) // a fresh cache
		defer cancel()
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+c.path)); err != nil {
			t.Fatal(err)
		}
		if err := appReady(ctx); err != nil {
			t.Fatal(err)
		}
		for _, rel := range release.All() {
			got, _ := evalJS[string](ctx, `performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/web/`+rel.BundleName()+`")).map((e) => e.initiatorType).join(",")`)
			want := ""
			if rel == c.want {
				want = "link" // one, web/loader.js's preload
			}
			if got != want {
				t.Errorf("%s: %s's resource entries: %q, want %q", c.path, rel.BundleName(), got, want)
			}
		}
		// and runs that release
		if got, _ := evalJS[string](ctx, `document.getElementById("console-log").textContent`); !strings.Contains(got, session.HMPBanner(c.want)) {
			t.Errorf("%s: the console does not greet as QEMU %s: %q", c.path, c.want.Name, got)
		}
	}
}

// TestBrowserPickers: the machine bar's pickers are built when opened and
// write into the command line.
func TestBrowserPickers(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if n, _ := evalJS[int](ctx, `document.querySelectorAll(".pickers option").length`); n != 0 {
		t.Errorf("%d <option>s in the page with the pickers closed", n)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".pickers summary"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll("#pick-machine option").length > 10 && document.querySelectorAll("#pick-cpu option").length > 10`, 20*time.Second); err != nil {
		t.Fatalf("opened pickers hold no choices: %v", err)
	}
	if _, err := evalJS[bool](ctx, `(() => { const s = document.getElementById("pick-machine"); s.value = "q35"; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("cmdline").value.startsWith("-M q35 ")`, 10*time.Second); err != nil {
		got, _ := evalJS[string](ctx, `document.getElementById("cmdline").value`)
		t.Errorf("picking q35 left the line %q", got)
	}
}
