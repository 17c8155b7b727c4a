package site

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// Embedding anywhere (issue 10): the app under a strict Content-Security-
// Policy, inside a host page with its own strict policy, on a host with an
// opaque origin, and in a frame sandboxed without allow-same-origin. Beside
// TestBrowserEmbedHostAPI (a cross-origin host).

// recordViolations makes every document the tab loads (frames included)
// keep the CSP violations it sees in window.cspViolations.
const recordViolations = `window.cspViolations = [];
document.addEventListener("securitypolicyviolation", e => window.cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || "") + ":" + e.lineNumber));`

// hostCSP is the policy docs/authoring.md gives a host page that embeds the
// lab from appOrigin.
func hostCSP(appOrigin string) string {
	return "default-src 'self'; script-src 'self' " + appOrigin + "; frame-src " + appOrigin + "; object-src 'none'; base-uri 'self'"
}

// TestBrowserStrictCSP: the app runs under the server's policy (script-src
// 'self' 'wasm-unsafe-eval', no inline script or handler) with no
// violation, through the controls that once had an inline handler; and a
// host page under the strict policy the docs give embeds it and drives it.
func TestBrowserStrictCSP(t *testing.T) {
	ctx, base := tab(t, 1280, 900)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: recordViolations}); err != nil {
		t.Fatal(err)
	}
	var csp string
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	csp = resp.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval';") {
		t.Fatalf("the server's policy is %q", csp)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?cmdline=-M%20pc%20-smp%201,maxcpus%3D2")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"); err != nil {
		t.Fatal(err)
	}
	// The share bar and the guide link (their clicks were an inline
	// handler once): Copy link makes a link; a target=_blank link opens a
	// tab and leaves this page where it is.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#copy-link"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.getElementById("share-text") || !!document.getElementById("share-status")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#link-guide"))); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	if u, _ := evalJS[string](ctx, `location.pathname`); u != "/" {
		t.Errorf("the guide link navigated the page to %q", u)
	}
	if err := typeLine(ctx, "info status"); err != nil {
		t.Fatalf("after the clicks the console does not answer: %v", err)
	}
	if v, _ := evalJS[[]string](ctx, `window.cspViolations`); len(v) > 0 {
		t.Errorf("the app broke its own policy: %q", v)
	}

	// A host page under the docs' strict policy.
	hostPage := `<!doctype html><html><body>
<h1>Strict host</h1>
<script src="` + base + `/web/embed.js"></script>
<hotplug-lab id="lab" cmdline="-M pc -smp 1,maxcpus=2" height="320"></hotplug-lab>
<script src="/host.js"></script>
</body></html>`
	hostJS := `document.getElementById("lab").ready.then(i => { window.readyInfo = i; });`
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", hostCSP(base))
		if r.URL.Path == "/host.js" {
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, hostJS)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, hostPage)
	}))
	defer host.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate(host.URL)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!window.readyInfo`, 60*time.Second); err != nil {
		v, _ := evalJS[[]string](ctx, `window.cspViolations`)
		t.Fatalf("the embed never got ready under the host's policy: %v (violations %q)", err, v)
	}
	got, err := evalAwait[string](ctx, `document.getElementById("lab").run("info status")`)
	if err != nil || !strings.HasPrefix(got, "VM status: ") {
		t.Errorf("run(info status) under the host's policy: %q, %v", got, err)
	}
	if v, _ := evalJS[[]string](ctx, `window.cspViolations`); len(v) > 0 {
		t.Errorf("the host page saw violations: %q", v)
	}
	frameV, _ := evalJS[[]string](ctx, `(() => { try { return document.querySelector("hotplug-lab iframe").contentWindow.cspViolations || [] } catch (e) { return [] } })()`)
	if len(frameV) > 0 {
		t.Errorf("the embed saw violations: %q", frameV)
	}
	shot(t, ctx, "strict-csp-host-desktop")
}

// sandboxWriter adds the sandbox of a frame embedded with
// sandbox="allow-scripts" to an answer.
type sandboxWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *sandboxWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		w.Header().Add("Content-Security-Policy", "sandbox allow-scripts")
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *sandboxWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// TestBrowserOpaqueOriginHost: a host page whose origin is opaque (a
// file:// page: the origin "null" a data: or sandboxed page has too)
// embeds the lab and calls it: the calls are answered (the frame used to
// throw posting to "null" and die). And a frame sandboxed without
// allow-same-origin says what it needs instead of failing silently.
func TestBrowserOpaqueOriginHost(t *testing.T) {
	sandboxedEmbed := func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/embed"
			h.ServeHTTP(&sandboxWriter{ResponseWriter: w}, r2)
		})
	}
	// The app's own /embed, answered as a sandboxed frame gets it.
	h, err := newServer(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, base := tabServing(t, map[string]http.Handler{"/sandboxed-embed": sandboxedEmbed(h)}, 4*time.Minute)
	hostPage := `<!doctype html><html><body>
<h1>Opaque host</h1>
<script src="` + base + `/web/embed.js"></script>
<hotplug-lab id="lab" cmdline="-M pc -smp 1,maxcpus=2" height="320"></hotplug-lab>
<script>
  window.origin0 = window.origin;
  const lab = document.getElementById("lab");
  lab.ready.then(i => { window.readyInfo = i; });
</script>
</body></html>`
	// A file:// page: its origin is opaque ("null"), as a data: page's is.
	// (A sandboxed host page would pass its sandbox on to the frame: the
	// frame then says what it needs, as below.)
	hostFile := filepath.Join(t.TempDir(), "host.html")
	if err := os.WriteFile(hostFile, []byte(hostPage), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+hostFile)); err != nil {
		t.Fatal(err)
	}
	if o, _ := evalJS[string](ctx, `window.origin0`); o != "null" {
		t.Fatalf("the host's origin is %q, want the opaque \"null\"", o)
	}
	if err := waitJS(ctx, `!!window.readyInfo`, 60*time.Second); err != nil {
		shot(t, ctx, "opaque-host-failed")
		t.Fatalf("the opaque host never heard ready: %v", err)
	}
	got, err := evalAwait[string](ctx, `document.getElementById("lab").run("info status")`)
	if err != nil || !strings.HasPrefix(got, "VM status: ") {
		t.Errorf("run(info status) from an opaque origin: %q, %v", got, err)
	}
	const add = "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"
	if _, err := evalAwait[string](ctx, `document.getElementById("lab").run("`+add+`")`); err != nil {
		t.Fatal(err)
	}
	ref := session.Start(release.V7_2, "", strings.Fields("-M pc -smp 1,maxcpus=2"))
	ref.HMP(add)
	st, err := evalAwait[map[string]any](ctx, `document.getElementById("lab").getState()`)
	if err != nil || st["topology"] != ref.Topology().Text() {
		t.Errorf("getState from an opaque origin after a plug: %v (%v), want the engine's topology\n%s", st["topology"], err, ref.Topology().Text())
	}
	shot(t, ctx, "opaque-host-desktop")

	// A frame sandboxed without allow-same-origin: the page says what it
	// needs, visibly, instead of "Failed to fetch" over a disabled page.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/sandboxed-embed")); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.getElementById("sandbox-notice")`, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	msg, _ := evalJS[string](ctx, `document.getElementById("sandbox-notice").textContent`)
	if !strings.Contains(msg, "allow-same-origin") || !strings.Contains(msg, "docs/authoring.md") {
		t.Errorf("the sandboxed frame says %q", msg)
	}
	if vis, _ := evalJS[bool](ctx, `document.getElementById("sandbox-notice").offsetHeight > 0`); !vis {
		t.Error("the notice is not visible")
	}
	shot(t, ctx, "sandboxed-frame-desktop")
}
