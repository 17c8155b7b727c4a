package site

import (
	"context"
	"flag"
	"fmt"
	"math"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"hotpluglab/app/site/wasmfile"
	"hotpluglab/engine/release"
)

// bench-app: the figures of issue 11, each beside a go-app v9.8.0 hello
// world (stock go-app, its own module) built and measured in the same run:
// app.wasm's size, start-up, the large topology views' first draw and
// update, and an embedded instance's memory. Figures only, as medians of
// -runs measurements and ratios; nothing here is asserted (the size budget
// is a test: wasm_test.go).

// helloModule is the hello world's own module: it builds with the stock
// go-app v9.8.0, not the patched copy this module replaces it with.
const helloModule = "app/site/testdata/hello"

func BenchAppMain(args []string) int {
	fs := flag.NewFlagSet("bench-app", flag.ContinueOnError)
	runs := fs.Int("runs", 5, "measurements per figure (the median is reported)")
	webDir := fs.String("web", "web", "directory holding the built app.wasm")
	commands := fs.Int("commands", 1000, "commands run in the embedded instance before its memory is read again")
	largeOnly := fs.Bool("large", false, "only the large machines' table (no hello world, size, start-up or memory)")
	profile := fs.Int("profile", 0, "instead of the figures: where start-up goes, the top N packages and functions by sampled self time")
	profileLine := fs.String("profile-machine", "", "with -profile: profile this command line's start to its grid drawn (e.g. \"-M pseries -smp 1,maxcpus=4096\") instead of the default page's start to its usable console")
	profilePlug := fs.Bool("profile-plug", false, "with -profile and -profile-machine: profile the second plug on that machine (Enter to the CPU drawn, page idle) instead of its start")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *runs < 1 || *commands < 0 {
		fmt.Fprintln(os.Stderr, "bench-app: -runs must be at least 1, -commands at least 0")
		return 2
	}
	bench := benchApp
	if *largeOnly {
		bench = func(runs, _ int, webDir string) error { return benchLarge(runs, webDir) }
	}
	if *profile > 0 {
		bench = func(runs, _ int, webDir string) error { return profileStart(runs, *profile, webDir, *profileLine) }
		if *profilePlug {
			if *profileLine == "" {
				fmt.Fprintln(os.Stderr, "bench-app: -profile-plug needs -profile-machine")
				return 2
			}
			bench = func(runs, _ int, webDir string) error { return profilePlugs(runs, *profile, webDir, *profileLine) }
		}
	}
	if err := bench(*runs, *commands, *webDir); err != nil {
		fmt.Fprintln(os.Stderr, "bench-app:", err)
		return 1
	}
	return 0
}

type sizes struct{ raw, gz, br int }

// siteSizes reads app.wasm and the .gz/.br that the site build wrote beside
// it (gzip -9, brotli 11).
func siteSizes(site string) (sizes, error) { return fileSizes(site, "app.wasm") }

// fileSizes is siteSizes for any file the site build compressed.
func fileSizes(site, name string) (sizes, error) {
	var s sizes
	for _, f := range []struct {
		ext string
		n   *int
	}{{"", &s.raw}, {".gz", &s.gz}, {".br", &s.br}} {
		st, err := os.Stat(filepath.Join(site, "web", name+f.ext))
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
	for _, rel := range release.All() { // the site build's bundles, brotli
		name := filepath.Join(dir, "web", rel.BundleName())
		if raw, err := os.ReadFile(name); err == nil {
			f := &wasmFile{raw: raw, modTime: time.Now(), contentType: "application/octet-stream"}
			f.br, _ = os.ReadFile(name + ".br")
			mux.Handle("/web/"+rel.BundleName(), f)
		}
	}
	mux.Handle("/", http.FileServer(http.Dir(dir)))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", err
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	return srv, "http://" + ln.Addr().String() + "/", nil
}

// markJS runs before any page script (in every frame) and records, in
// window.__mark, when each condition first held and two frames were then
// drawn; "start" is when the wasm module was instantiated (the app starts
// running), and window.__wasm is its instance (for its memory).
// "hot" (a plugged CPU drawn) is the start of the frame that draws it: its
// requestAnimationFrame, after which that frame's style, layout and paint
// follow at once. Two frames would count the next frame as well, and any
// task the page runs between the two (its own render of the console and
// the rest, which comes after the grid's patch): "beyond the engine" <=
// 16.7 ms then says the CPU is in the first frame after the engine's work.
// (Tasks posted from that frame, a message or a user-blocking postTask,
// were measured running after later frames on a loaded machine.)
const markJS = `window.__mark = {};
(() => {
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const f = WebAssembly[name];
    if (!f) continue;
    WebAssembly[name] = async function (...args) {
      const r = await f.apply(this, args);
      const inst = r instanceof WebAssembly.Instance ? r : r.instance;
      if (inst && window.__mark.start === undefined) { window.__wasm = inst; window.__mark.start = performance.now(); }
      return r;
    };
  }
  const want = () => Number(new URLSearchParams(location.search).get("bench_slots") || 1);
  const conds = {
    usable: () => { const i = document.getElementById("console-input"); return !!i && !i.disabled && !document.getElementById("app-wasm-loader"); },
    hello: () => !!document.getElementById("hello") && !document.getElementById("app-wasm-loader"),
    grid: () => document.querySelectorAll("button.slot").length > 0 && document.querySelector(".topo-sum") && document.querySelector(".topo-sum").textContent.includes(" of " + want() + " possible"),
    hot: () => window.__hotWant !== undefined && document.querySelectorAll("button.slot.st-hot-plugged").length >= window.__hotWant,
  };
  const check = () => {
    for (const k in conds) {
      if (window.__mark[k] === undefined && conds[k]()) {
        window.__mark[k] = -1;
        const at = () => { window.__mark[k] = performance.now(); performance.mark("hl-" + k); };
        requestAnimationFrame(k === "hot" ? at : () => requestAnimationFrame(at));
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
	if err := waitJS(ctx, expr, 90*time.Second); err != nil {
		return 0, err
	}
	return evalJS[float64](ctx, fmt.Sprintf(`window.__mark[%q]`, name))
}

// loadTimes navigates a fresh context to url and returns navigation start
// to the mark, then (warm) the same after a second visit in that context,
// once its service worker is active (the browser may reuse the compiled
// module).
// Each figure comes with the time the wasm was instantiated (downloaded
// and compiled), so that the rest is the app's own start.
func loadTimes(browser context.Context, url, mark string) (cold, coldWasm, warm, warmWasm float64, err error) {
	ctx, cancel, err := freshTab(browser)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	defer cancel()
	visit := func() (at, wasm float64, err error) {
		if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
			return 0, 0, err
		}
		if at, err = markAt(ctx, mark); err != nil {
			return 0, 0, err
		}
		wasm, err = evalJS[float64](ctx, `window.__mark.start || 0`)
		return at, wasm, err
	}
	if cold, coldWasm, err = visit(); err != nil {
		return 0, 0, 0, 0, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then((r) => !!r.active)`, chromedp.EvalAwaitPromise)); err != nil {
		return 0, 0, 0, 0, err
	}
	warm, warmWasm, err = visit()
	return cold, coldWasm, warm, warmWasm, err
}

// gridTimes loads a large machine in a fresh context: navigation to the
// grid drawn, and the app's start (wasm instantiated) to the grid drawn.
func gridTimes(browser context.Context, url string) (nav, fromStart float64, err error) {
	ctx, cancel, err := freshTab(browser)
	if err != nil {
		return 0, 0, err
	}
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return 0, 0, err
	}
	if nav, err = markAt(ctx, "grid"); err != nil {
		return 0, 0, err
	}
	start, err := evalJS[float64](ctx, `window.__mark.start || 0`)
	return nav, nav - start, err
}

// laterPlugs is how many plugs follow the first in each run: the steady
// state is their median over every run (one plug a run was at the mercy of
// a garbage collection or of V8 tiering up the code it runs).
const laterPlugs = 5

// plugTime loads a large machine in a fresh context and plugs CPUs from its
// grid (click a free slot, Enter): the first plug, then laterPlugs more,
// each once the page is idle, as a learner types one command after another.
// Each is Enter to the new CPU drawn, and the engine's time.
func plugTime(browser context.Context, url string) (first [2]float64, later [][2]float64, err error) {
	ctx, cancel, err := freshTab(browser)
	if err != nil {
		return first, nil, err
	}
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return first, nil, err
	}
	if _, err := markAt(ctx, "grid"); err != nil {
		return first, nil, err
	}
	if _, err := markAt(ctx, "usable"); err != nil {
		return first, nil, err
	}
	// A learner reads the page before the first plug: the page's own
	// idle-time work (its warm-up plug on a scratch machine) is done.
	if err := idle(ctx); err != nil {
		return first, nil, err
	}
	if first, err = plugOnce(ctx); err != nil {
		return first, nil, err
	}
	for range laterPlugs {
		// The last plug's own deferred work (the console's render after
		// the frame, code compiled on first use) is done first, or this
		// plug would time it too.
		if err := idle(ctx); err != nil {
			return first, later, err
		}
		t, err := plugOnce(ctx)
		if err != nil {
			return first, later, err
		}
		later = append(later, t)
	}
	return first, later, nil
}

// idle waits until the page is idle (at most 3 s).
func idle(ctx context.Context) error {
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`new Promise((r) => requestIdleCallback(() => r(true), {timeout: 3000}))`, chromedp.EvalAwaitPromise))
	return err
}

// plugOnce plugs a CPU into the first free slot: Enter to drawn, and the
// engine's time.
func plugOnce(ctx context.Context) (times [2]float64, err error) {
	if err := fillPlug(ctx); err != nil {
		return times, err
	}
	return enterPlug(ctx)
}

// fillPlug clicks the first free slot, which puts its device_add in the
// console's input.
func fillPlug(ctx context.Context) error {
	if _, err := evalJS[bool](ctx, `(() => { window.__mark.hot = undefined; window.__hotWant = document.querySelectorAll("button.slot.st-hot-plugged").length + 1; document.querySelector("button.slot.st-empty").click(); return true; })()`); err != nil {
		return err
	}
	return waitJS(ctx, `document.getElementById("console-input").value.startsWith("device_add")`, 10*time.Second)
}

// enterPlug presses Enter on the filled device_add: Enter to drawn, and the
// engine's time.
func enterPlug(ctx context.Context) (times [2]float64, err error) {
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("#console-input")), chromedp.KeyEvent("\r")); err != nil {
		return times, err
	}
	if err := waitJS(ctx, `window.__mark.hot > 0 || /unknown command|Error/.test((document.querySelectorAll("#console-log pre.out") || []).length ? [...document.querySelectorAll("#console-log pre.out")].pop().textContent : "")`, 20*time.Second); err != nil {
		return times, err
	}
	hot, _ := evalJS[float64](ctx, `window.__mark.hot || 0`)
	if hot <= 0 {
		out, _ := evalJS[string](ctx, `[...document.querySelectorAll("#console-log pre.out")].pop().textContent`)
		return times, fmt.Errorf("device_add drew no new CPU (monitor said %q)", strings.TrimSpace(out))
	}
	enter, err := evalJS[float64](ctx, `window.__enterAt`)
	if err != nil {
		return times, err
	}
	engine, err := evalJS[float64](ctx, `(() => { const m = performance.getEntriesByName("hotpluglab: engine"); return m.length ? m[m.length-1].duration : -1; })()`)
	return [2]float64{hot - enter, engine}, err
}

// memory is an embedded instance's wasm linear memory and the page's JS
// heap (after a garbage collection), in bytes.
type memory struct{ wasm, heap float64 }

// hostPage is a page that embeds the app the way documentation does
// (embed.js and <hotplug-lab>) or, for the hello, a plain iframe.
const hostPage = `<!doctype html><meta charset="utf-8"><title>host</title>
<p>A page that embeds the simulator.</p>
%s`

func memoryOf(ctx context.Context) (memory, error) {
	if _, err := chromedp.Call(ctx, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		return memory{}, err
	}
	wasm, err := evalJS[float64](ctx, `document.querySelector("iframe").contentWindow.__wasm.exports.mem.buffer.byteLength`)
	if err != nil {
		return memory{}, err
	}
	heap, err := chromedp.Call(ctx, runtime.GetHeapUsage, cdp.Empty{})
	return memory{wasm: wasm, heap: heap.UsedSize}, err
}

// embedMemory opens a host page embedding the app (or the hello) and reads
// the memory once started and, for the app, after n commands.
func embedMemory(browser context.Context, url string, app bool, n int) (started, after memory, err error) {
	ctx, cancel, err := freshTab(browser)
	if err != nil {
		return started, after, err
	}
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return started, after, err
	}
	ready := `(() => { const f = document.querySelector("iframe"); return !!f && !!f.contentWindow.__wasm && !f.contentDocument.getElementById("app-wasm-loader") && !!f.contentDocument.getElementById(` + map[bool]string{true: `"console-input"`, false: `"hello"`}[app] + `); })()`
	if err := waitJS(ctx, ready, 90*time.Second); err != nil {
		return started, after, err
	}
	if started, err = memoryOf(ctx); err != nil || !app {
		return started, started, err
	}
	// A learner's mix: listings, a plug and its unplug request, errors.
	run := fmt.Sprintf(`(async () => {
  const el = document.querySelector("hotplug-lab");
  await el.ready;
  const cmds = ["info cpus", "info hotpluggable-cpus", "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0", "device_del cpu1", "info status", "query-hotpluggable-cpus", "{\"execute\": \"query-cpus-fast\"}", "help device_add"];
  for (let i = 0; i < %d; i++) {
    try { await el.run(cmds[i %% cmds.length]); } catch (e) {}
  }
  return true;
})()`, n)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](run, chromedp.EvalAwaitPromise)); err != nil {
		return started, after, err
	}
	after, err = memoryOf(ctx)
	return started, after, err
}

func median(xs []float64) float64 {
	sort.Float64s(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// percentile is the nearest-rank p-th quantile of xs (0 < p <= 1).
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	sort.Float64s(s)
	k := int(math.Ceil(p*float64(len(s)))) - 1
	return s[min(max(k, 0), len(s)-1)]
}

// medians runs f n times and returns the median of each of its figures.
func medians(n int, f func() ([]float64, error)) ([]float64, error) {
	var cols [][]float64
	for i := 0; i < n; i++ {
		xs, err := f()
		if err != nil {
			return nil, err
		}
		if cols == nil {
			cols = make([][]float64, len(xs))
		}
		for j, x := range xs {
			cols[j] = append(cols[j], x)
		}
	}
	out := make([]float64, len(cols))
	for j := range cols {
		out[j] = median(cols[j])
	}
	return out, nil
}

// loadAverage is /proc/loadavg's first three figures ("" where there is none).
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// buildHello builds the stock go-app hello world as a static site in dir.
func buildHello(dir, webDir string) error {
	if err := os.MkdirAll(filepath.Join(dir, "web"), 0o755); err != nil {
		return err
	}
	wasm := filepath.Join(dir, "web", "app.wasm")
	if err := goBuildWasm(helloModule, ".", wasm); err != nil {
		return err
	}
	gen := exec.Command("go", "run", ".", dir)
	gen.Dir = helloModule
	if b, err := gen.CombinedOutput(); err != nil {
		return fmt.Errorf("hello site: %v\n%s", err, b)
	}
	if err := copyDir(webDir, filepath.Join(dir, "web"), func(n string) bool { return strings.HasPrefix(n, "icon") }); err != nil {
		return err
	}
	raw, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	return writeCompressed(wasm, raw)
}

// sizeByPackage builds the app's wasm with its function names and sums
// its functions' code by package: what each package adds. (Data, about a
// third of the file, carries no names and is one row.)
func sizeByPackage() ([]string, error) {
	tmp, err := os.MkdirTemp("", "hotpluglab-size-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "app.wasm")
	if err := buildUnstripped(bin); err != nil {
		return nil, err
	}
	mod, err := os.ReadFile(bin)
	if err != nil {
		return nil, err
	}
	funcs, err := wasmfile.CodeSizes(mod)
	if err != nil {
		return nil, err
	}
	segs, err := wasmfile.Segments(mod)
	if err != nil {
		return nil, err
	}
	byPkg := map[string]int{}
	for name, n := range funcs {
		byPkg[symbolPackage(name)] += n
	}
	for _, s := range segs {
		byPkg["(data: tables, strings, type data)"] += len(s.Data)
	}
	type row struct {
		pkg string
		n   int
	}
	var rows []row
	total := 0
	for k, v := range byPkg {
		rows = append(rows, row{k, v})
		total += v
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].n > rows[j].n })
	var lines []string
	for i, r := range rows {
		if i == 25 {
			break
		}
		lines = append(lines, fmt.Sprintf("| %s | %d KB | %.1f%% |", r.pkg, r.n/1000, 100*float64(r.n)/float64(total)))
	}
	return lines, nil
}

// symbolPackage is the package of a function as the wasm name section
// spells it (the linker writes "/" as "_": hotpluglab_engine_monitor.run),
// grouped the way a reader thinks of it: each of our packages, go-app, the
// runtime, the rest of the standard library by package.
func symbolPackage(name string) string {
	name = strings.TrimPrefix(name, "type_.")
	name = strings.TrimPrefix(name, "eq.")
	if strings.HasPrefix(name, "github.com_maxence_charriere_go_app_") {
		return "go-app"
	}
	pkg, _, ok := strings.Cut(name, ".")
	if !ok || pkg == "" || strings.HasPrefix(pkg, "go:") || strings.HasPrefix(pkg, "func[") {
		return "(unnamed)"
	}
	pkg = strings.ReplaceAll(pkg, "_", "/")
	if pkg == "runtime" || strings.HasPrefix(pkg, "runtime/") || strings.HasPrefix(pkg, "internal/") {
		return "runtime, internal/*"
	}
	return pkg
}

func benchApp(runs, commands int, webDir string) error {
	fmt.Printf("load average at start: %s (%s)\n\n", loadAverage(), time.Now().UTC().Format(time.RFC3339))
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
	fmt.Fprintln(os.Stderr, "building the go-app hello world…")
	helloSite := filepath.Join(tmp, "hello")
	if err := buildHello(helloSite, webDir); err != nil {
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
	mb := func(n float64) string { return fmt.Sprintf("%.2f MB", n/1e6) }
	fmt.Println("## app.wasm size (gzip -9, brotli -q 11)")
	fmt.Println("| build | raw | gzip | brotli |")
	fmt.Println("|---|---:|---:|---:|")
	fmt.Printf("| Hotplug Lab | %s | %s | %s |\n", mb(float64(as.raw)), mb(float64(as.gz)), mb(float64(as.br)))
	fmt.Printf("| go-app v9.8.0 hello world | %s | %s | %s |\n", mb(float64(hs.raw)), mb(float64(hs.gz)), mb(float64(hs.br)))
	fmt.Printf("| ratio (goal: brotli <= 1.10) | %.2f | %.2f | %.2f |\n", float64(as.raw)/float64(hs.raw), float64(as.gz)/float64(hs.gz), float64(as.br)/float64(hs.br))
	// The wasm carries no QEMU recordings: a page downloads its release's
	// beside it (preloaded), so the first download is both.
	rs, err := fileSizes(appSite, release.Latest.BundleName())
	if err != nil {
		return err
	}
	fmt.Printf("| Hotplug Lab: QEMU %s's recordings (%s, downloaded beside app.wasm) | %s | %s | %s |\n", release.Latest.Name, release.Latest.BundleName(), mb(float64(rs.raw)), mb(float64(rs.gz)), mb(float64(rs.br)))
	fmt.Printf("| Hotplug Lab's first download: app.wasm + recordings, ratio to the hello | %.2f | %.2f | %.2f |\n\n", float64(as.raw+rs.raw)/float64(hs.raw), float64(as.gz+rs.gz)/float64(hs.gz), float64(as.br+rs.br)/float64(hs.br))

	if lines, err := sizeByPackage(); err != nil {
		fmt.Fprintln(os.Stderr, "size by package:", err)
	} else {
		fmt.Println("## What each package adds to app.wasm (raw code by the name section of an unstripped build, and the data)")
		fmt.Println("| package | size | share |")
		fmt.Println("|---|---:|---:|")
		fmt.Println(strings.Join(lines, "\n") + "\n")
	}

	for dir, body := range map[string]string{
		appSite:   `<script src="/web/embed.js"></script><hotplug-lab cmdline="-M pc -smp 1,maxcpus=4" height="600"></hotplug-lab>`,
		helloSite: `<iframe src="/" style="width:100%;height:600px;border:0"></iframe>`,
	} {
		if err := os.WriteFile(filepath.Join(dir, "bench-host.html"), fmt.Appendf(nil, hostPage, body), 0o644); err != nil {
			return err
		}
	}
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

	fmt.Printf("## Start-up: headless Chromium on loopback, wasm served brotli, fresh browser context each run (median of %d)\n", runs)
	fmt.Println("| figure | Hotplug Lab | go-app hello world | ratio |")
	fmt.Println("|---|---:|---:|---:|")
	load := func(url, mark string) ([]float64, error) {
		return medians(runs, func() ([]float64, error) {
			c, cw, w, ww, err := loadTimes(browser, url, mark)
			return []float64{c, cw, c - cw, w, ww, w - ww}, err
		})
	}
	a, err := load(appURL, "usable")
	if err != nil {
		return fmt.Errorf("app load: %w", err)
	}
	h, err := load(helloURL, "hello")
	if err != nil {
		return fmt.Errorf("hello load: %w", err)
	}
	for i, what := range []string{
		"first visit: navigation to usable console (hello: to its text; goal: ratio <= 1.25)",
		"… of which navigation to wasm instantiated (download, compile)",
		"… of which wasm instantiated to usable (the app's own start)",
		"second visit (service worker; the browser may reuse compiled code)",
		"… of which navigation to wasm instantiated",
		"… of which wasm instantiated to usable",
	} {
		fmt.Printf("| %s | %.0f ms | %.0f ms | %.2f |\n", what, a[i], h[i], a[i]/h[i])
	}
	fmt.Println()

	largeMachines(browser, appURL, runs)

	fmt.Printf("## Memory of an embedded instance (<hotplug-lab> on a host page; hello: an iframe), after GC (median of %d)\n", runs)
	fmt.Println("| figure | Hotplug Lab | go-app hello world | ratio |")
	fmt.Println("|---|---:|---:|---:|")
	am, err := medians(runs, func() ([]float64, error) {
		s, a, err := embedMemory(browser, appURL+"bench-host.html", true, commands)
		return []float64{s.wasm, s.heap, a.wasm, a.heap}, err
	})
	if err != nil {
		return fmt.Errorf("app memory: %w", err)
	}
	hm, err := medians(runs, func() ([]float64, error) {
		s, _, err := embedMemory(browser, helloURL+"bench-host.html", false, 0)
		return []float64{s.wasm, s.heap}, err
	})
	if err != nil {
		return fmt.Errorf("hello memory: %w", err)
	}
	fmt.Printf("| wasm memory after start | %s | %s | %.2f |\n", mb(am[0]), mb(hm[0]), am[0]/hm[0])
	fmt.Printf("| JS heap after start | %s | %s | %.2f |\n", mb(am[1]), mb(hm[1]), am[1]/hm[1])
	fmt.Printf("| wasm memory after %d commands | %s | %s (after start) | %.2f |\n", commands, mb(am[2]), mb(hm[0]), am[2]/hm[0])
	fmt.Printf("| JS heap after %d commands | %s | %s (after start) | %.2f |\n\n", commands, mb(am[3]), mb(hm[1]), am[3]/hm[1])

	fmt.Printf("load average at end: %s\n", loadAverage())
	return nil
}

// benchLarge is the large machines' table alone (bench-app -large).
func benchLarge(runs int, webDir string) error {
	fmt.Printf("load average at start: %s (%s)\n\n", loadAverage(), time.Now().UTC().Format(time.RFC3339))
	browser, url, done, err := siteInChrome(webDir)
	if err != nil {
		return err
	}
	defer done()
	largeMachines(browser, url, runs)
	fmt.Printf("load average at end: %s\n", loadAverage())
	return nil
}

// siteInChrome builds the site of webDir in a temporary folder, serves it
// as staticServer does and starts Chromium; done undoes all three.
func siteInChrome(webDir string) (browser context.Context, url string, done func(), err error) {
	site, err := os.MkdirTemp("", "hotpluglab-bench-")
	if err != nil {
		return nil, "", nil, err
	}
	if err := buildSite(site, "/", webDir); err != nil {
		os.RemoveAll(site)
		return nil, "", nil, err
	}
	srv, url, err := staticServer(site)
	if err != nil {
		os.RemoveAll(site)
		return nil, "", nil, err
	}
	browser, cancel, err := newChrome(context.Background(), 1280, 900)
	if err != nil {
		srv.Close()
		os.RemoveAll(site)
		return nil, "", nil, err
	}
	return browser, url, func() { cancel(); srv.Close(); os.RemoveAll(site) }, nil
}

// buildUnstripped builds the wasm with its name section (the served one is
// linked with -s), for what is measured by function.
func buildUnstripped(out string) error {
	// The served build's flags without the linker's -s -w: the name section stays.
	flags := []string{"build"}
	for _, f := range wasmBuildFlags {
		if !strings.HasPrefix(f, "-ldflags") {
			flags = append(flags, f)
		}
	}
	cmd := exec.Command("go", append(flags, "-o", out, "hotpluglab/wasm")...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%v\n%s", err, b)
	}
	return nil
}

// machineQuery is the page query that starts line and marks "grid" once
// slots slots are drawn.
func machineQuery(line string, slots int) string {
	return "?bench_slots=" + strconv.Itoa(slots) + "&cmdline=" + strings.ReplaceAll(strings.ReplaceAll(line, " ", "%20"), "=", "%3D")
}

// largeMachines prints the large machines' table: first draw and plugs.
func largeMachines(browser context.Context, appURL string, runs int) {
	fmt.Printf("## Large machines (median of %d; goals: app start to grid drawn <= 200 ms; Enter to drawn <= engine + 16.7 ms)\n", runs)
	fmt.Printf("(Enter on device_add to the new CPU drawn, each plug once the page is idle: the page's first plug runs code the browser compiles on first use; the %d after it, each once the page is idle, are the steady state: their median over every run, and the 90th percentile of what they took beyond the engine)\n", laterPlugs)
	fmt.Println("| machine | navigation to grid drawn | app start to grid drawn | 1st plug: Enter to drawn | engine | beyond the engine | later plugs (page idle): Enter to drawn | engine | beyond the engine | … 90th percentile |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, m := range []struct {
		line  string
		slots int
	}{
		{"-M pseries -smp 1,maxcpus=4096", 4096},
		{"-M q35 -smp 1,maxcpus=288 -accel kvm", 288},
	} {
		u := appURL + machineQuery(m.line, m.slots)
		row := fmt.Sprintf("| `%s` |", m.line)
		if g, err := medians(runs, func() ([]float64, error) { n, s, err := gridTimes(browser, u); return []float64{n, s}, err }); err != nil {
			row += " failed: " + err.Error() + " | |"
		} else {
			row += fmt.Sprintf(" %.0f ms | %.0f ms |", g[0], g[1])
		}
		var firsts, enters, engines, beyond []float64
		var perr error
		for range runs {
			a, later, err := plugTime(browser, u)
			if err != nil {
				perr = err
				break
			}
			firsts = append(firsts, a[0], a[1], a[0]-a[1])
			for _, t := range later {
				enters, engines, beyond = append(enters, t[0]), append(engines, t[1]), append(beyond, t[0]-t[1])
			}
		}
		if perr != nil {
			row += " n/a: " + perr.Error() + " | | | | | | |"
		} else {
			f := func(k int) float64 {
				var xs []float64
				for i := k; i < len(firsts); i += 3 {
					xs = append(xs, firsts[i])
				}
				return median(xs)
			}
			row += fmt.Sprintf(" %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |", f(0), f(1), f(2), median(enters), median(engines), median(beyond), percentile(beyond, 0.9))
		}
		fmt.Println(row)
	}
	fmt.Println()
}
