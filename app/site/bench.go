package site

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// bench-app: sizes and load/draw timings of the browser app, each beside a
// go-app v9 hello world built and measured in the same run. Figures only;
// nothing here is asserted.

// helloModule is the hello world's own module: it builds with the stock
// go-app v9.8.0, not the patched copy this module replaces it with.
const helloModule = "app/site/testdata/hello"

func BenchAppMain(args []string) int {
	fs := flag.NewFlagSet("bench-app", flag.ContinueOnError)
	runs := fs.Int("runs", 5, "measurements per figure (the median is reported)")
	webDir := fs.String("web", "web", "directory holding the built app.wasm")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *runs < 1 {
		fmt.Fprintln(os.Stderr, "bench-app: -runs must be at least 1")
		return 2
	}
	if err := benchApp(*runs, *webDir); err != nil {
		fmt.Fprintln(os.Stderr, "bench-app:", err)
		return 1
	}
	return 0
}

type sizes struct{ raw, gz, br int }

// siteSizes reads app.wasm and the .gz/.br that the site build wrote beside
// it (gzip -9, brotli 11).
func siteSizes(site string) (sizes, error) {
	var s sizes
	for _, f := range []struct {
		ext string
		n   *int
	}{{"", &s.raw}, {".gz", &s.gz}, {".br", &s.br}} {
		st, err := os.Stat(filepath.Join(site, "web", "app.wasm"+f.ext))
		if err != nil {
			return s, err
		}
		*f.n = int(st.Size())
	}
	return s, nil
}

// staticServer serves a built site the way a good static host does:
// app.wasm brotli-compressed when the browser accepts it.
func staticServer(dir string) (*http.Server, string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "web", "app.wasm"))
	if err != nil {
		return nil, "", err
	}
	w := &wasmFile{raw: raw, modTime: time.Now()}
	w.br, _ = os.ReadFile(filepath.Join(dir, "web", "app.wasm.br"))
	w.gz, _ = os.ReadFile(filepath.Join(dir, "web", "app.wasm.gz"))
	mux := http.NewServeMux()
	mux.Handle("/web/app.wasm", w)
	mux.Handle("/", http.FileServer(http.Dir(dir)))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	return srv, "http://" + ln.Addr().String() + "/", nil
}

// markJS runs before any page script and records, in window.__mark, when
// each condition first held and two frames were then drawn.
const markJS = `window.__mark = {};
(() => {
  const want = () => Number(new URLSearchParams(location.search).get("bench_slots") || 1);
  const conds = {
    usable: () => { const i = document.getElementById("console-input"); return !!i && !i.disabled && !document.getElementById("app-wasm-loader"); },
    hello: () => !!document.getElementById("hello") && !document.getElementById("app-wasm-loader"),
    grid: () => document.querySelectorAll("button.slot").length >= want(),
    hot: () => window.__hotWant !== undefined && document.querySelectorAll("button.slot.st-hot-plugged").length >= window.__hotWant,
  };
  const check = () => {
    for (const k in conds) {
      if (window.__mark[k] === undefined && conds[k]()) {
        window.__mark[k] = -1;
        requestAnimationFrame(() => requestAnimationFrame(() => { window.__mark[k] = performance.now(); }));
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener("keydown", (e) => { if (e.key === "Enter" && window.__hotWant !== undefined) window.__enterAt = performance.now(); }, true);
})();`

// freshTab is a tab in a new browser context (no cache, no service worker).
func freshTab(browser context.Context) (context.Context, context.CancelFunc, error) {
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: markJS}); err != nil {
		cancel()
		return nil, nil, err
	}
	return ctx, cancel, nil
}

func markAt(ctx context.Context, name string) (float64, error) {
	expr := fmt.Sprintf(`window.__mark && window.__mark[%q] > 0`, name)
	if err := waitJS(ctx, expr, 60*time.Second); err != nil {
		return 0, err
	}
	return evalJS[float64](ctx, fmt.Sprintf(`window.__mark[%q]`, name))
}

// loadTime is navigation start to the mark, in a fresh context.
func loadTime(browser context.Context, url, mark string) (float64, error) {
	ctx, cancel, err := freshTab(browser)
	if err != nil {
		return 0, err
	}
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return 0, err
	}
	return markAt(ctx, mark)
}

// plugTime loads a machine, clicks its first empty slot (which fills the
// device_add) and times Enter to the new CPU drawn in the view.
func plugTime(browser context.Context, url string) (float64, error) {
	ctx, cancel, err := freshTab(browser)
	if err != nil {
		return 0, err
	}
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return 0, err
	}
	if _, err := markAt(ctx, "grid"); err != nil {
		return 0, err
	}
	if _, err := markAt(ctx, "usable"); err != nil {
		return 0, err
	}
	if _, err := evalJS[bool](ctx, `(() => { window.__hotWant = document.querySelectorAll("button.slot.st-hot-plugged").length + 1; document.querySelector("button.slot.st-empty").click(); return true; })()`); err != nil {
		return 0, err
	}
	if err := waitJS(ctx, `document.getElementById("console-input").value.startsWith("device_add")`, 10*time.Second); err != nil {
		return 0, err
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("#console-input")), chromedp.KeyEvent("\r")); err != nil {
		return 0, err
	}
	if err := waitJS(ctx, `window.__mark.hot > 0 || /unknown command|Error/.test((document.querySelectorAll("#console-log pre.out") || []).length ? [...document.querySelectorAll("#console-log pre.out")].pop().textContent : "")`, 20*time.Second); err != nil {
		return 0, err
	}
	hot, _ := evalJS[float64](ctx, `window.__mark.hot || 0`)
	if hot <= 0 {
		out, _ := evalJS[string](ctx, `[...document.querySelectorAll("#console-log pre.out")].pop().textContent`)
		return 0, fmt.Errorf("device_add drew no new CPU (monitor said %q)", strings.TrimSpace(out))
	}
	enter, err := evalJS[float64](ctx, `window.__enterAt`)
	return hot - enter, err
}

func median(f func() (float64, error), n int) (float64, error) {
	var xs []float64
	for i := 0; i < n; i++ {
		x, err := f()
		if err != nil {
			return 0, err
		}
		xs = append(xs, x)
	}
	sort.Float64s(xs)
	if n%2 == 1 {
		return xs[n/2], nil
	}
	return (xs[n/2-1] + xs[n/2]) / 2, nil
}

func benchApp(runs int, webDir string) error {
	tmp, err := os.MkdirTemp("", "hotpluglab-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	// Hotplug Lab: the built web/app.wasm as a static site.
	appSite := filepath.Join(tmp, "app")
	if err := buildSite(appSite, "/", webDir); err != nil {
		return err
	}

	// The hello world, built the same way in this run.
	helloSite := filepath.Join(tmp, "hello")
	fmt.Fprintln(os.Stderr, "building the go-app hello world…")
	if err := os.MkdirAll(filepath.Join(helloSite, "web"), 0o755); err != nil {
		return err
	}
	helloWasm := filepath.Join(helloSite, "web", "app.wasm")
	if err := goBuildWasm(helloModule, ".", helloWasm); err != nil {
		return err
	}
	gen := exec.Command("go", "run", ".", helloSite)
	gen.Dir = helloModule
	if b, err := gen.CombinedOutput(); err != nil {
		return fmt.Errorf("hello site: %v\n%s", err, b)
	}
	if err := copyDir(webDir, filepath.Join(helloSite, "web"), func(n string) bool { return strings.HasPrefix(n, "icon") }); err != nil {
		return err
	}
	hw, _ := os.ReadFile(helloWasm)
	if err := writeCompressed(helloWasm, hw); err != nil {
		return err
	}

	as, err := siteSizes(appSite)
	if err != nil {
		return err
	}
	hs, err := siteSizes(helloSite)
	if err != nil {
		return err
	}
	mb := func(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }
	fmt.Println("## app.wasm size (gzip -9, brotli q11)")
	fmt.Println("| build | raw | gzip | brotli |")
	fmt.Println("|---|---:|---:|---:|")
	fmt.Printf("| Hotplug Lab | %s | %s | %s |\n", mb(as.raw), mb(as.gz), mb(as.br))
	fmt.Printf("| go-app hello world | %s | %s | %s |\n", mb(hs.raw), mb(hs.gz), mb(hs.br))
	fmt.Printf("| ratio | %.2f | %.2f | %.2f |\n\n", float64(as.raw)/float64(hs.raw), float64(as.gz)/float64(hs.gz), float64(as.br)/float64(hs.br))

	appSrv, appURL, err := staticServer(appSite)
	if err != nil {
		return err
	}
	defer appSrv.Close()
	helloSrv, helloURL, err := staticServer(helloSite)
	if err != nil {
		return err
	}
	defer helloSrv.Close()

	browser, cancel, err := newChrome(context.Background(), 1280, 900)
	if err != nil {
		return err
	}
	defer cancel()

	fmt.Printf("## Headless Chromium on loopback, wasm served brotli, fresh browser context each run (median of %d)\n", runs)
	fmt.Println("| figure | Hotplug Lab | go-app hello world | ratio |")
	fmt.Println("|---|---:|---:|---:|")
	tApp, err := median(func() (float64, error) { return loadTime(browser, appURL, "usable") }, runs)
	if err != nil {
		return fmt.Errorf("app load: %w", err)
	}
	tHello, err := median(func() (float64, error) { return loadTime(browser, helloURL, "hello") }, runs)
	if err != nil {
		return fmt.Errorf("hello load: %w", err)
	}
	fmt.Printf("| navigation to usable console (hello: to its text) | %.0f ms | %.0f ms | %.2f |\n\n", tApp, tHello, tApp/tHello)

	fmt.Println("| machine | possible CPUs | navigation to topology drawn | Enter on device_add to new CPU drawn |")
	fmt.Println("|---|---:|---:|---:|")
	for _, m := range []struct {
		line  string
		slots int
	}{
		{"-M pseries -smp 1,maxcpus=4096", 4096},
		{"-M q35 -smp 1,maxcpus=288 -accel kvm", 288},
	} {
		u := appURL + "?bench_slots=" + fmt.Sprint(m.slots) + "&cmdline=" + strings.ReplaceAll(strings.ReplaceAll(m.line, " ", "%20"), "=", "%3D")
		draw, err := median(func() (float64, error) { return loadTime(browser, u, "grid") }, runs)
		drawS := fmt.Sprintf("%.0f ms", draw)
		if err != nil {
			drawS = "failed: " + err.Error()
		}
		plug, err := median(func() (float64, error) { return plugTime(browser, u) }, runs)
		plugS := fmt.Sprintf("%.0f ms", plug)
		if err != nil {
			plugS = "n/a: " + err.Error()
		}
		fmt.Printf("| `%s` | %d | %s | %s |\n", m.line, m.slots, drawS, plugS)
	}
	return nil
}
