package site

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"

	"hotpluglab/app/site/wasmfile"
	"hotpluglab/engine/cmdline"
	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// bench-app -profile: where the app's start goes, by function. Chromium's
// sampling profiler runs from navigation to the usable console on a build
// that keeps the wasm name section (the served one is stripped), and the
// samples' self time is summed by function and by package. Wasm functions
// the browser compiles lazily show their compile time as their own; V8's
// own work shows as "(program)" and "(garbage collector)".

// profiledSite serves a copy of webDir whose app.wasm keeps its name
// section, in Chromium; done undoes it.
func profiledSite(webDir string) (browser context.Context, url, wasm string, done func(), err error) {
	tmp, err := os.MkdirTemp("", "hotpluglab-profile-")
	if err != nil {
		return nil, "", "", nil, err
	}
	web := filepath.Join(tmp, "web")
	wasm = filepath.Join(web, "app.wasm")
	if err == nil {
		err = os.CopyFS(web, os.DirFS(webDir))
	}
	if err == nil {
		err = buildUnstripped(wasm)
	}
	var stop func()
	if err == nil {
		browser, url, stop, err = siteInChrome(web)
	}
	if err != nil {
		os.RemoveAll(tmp)
		return nil, "", "", nil, err
	}
	return browser, url, wasm, func() { stop(); os.RemoveAll(tmp) }, nil
}

// printSelfTimes prints m's top n entries as a share of total (microseconds).
func printSelfTimes(title string, m map[string]float64, n int, total float64) {
	fmt.Printf("## %s\n", title)
	fmt.Println("| self time | share | name |")
	fmt.Println("|---:|---:|---|")
	for _, k := range topKeys(m, n) {
		fmt.Printf("| %.1f ms | %.1f%% | %s |\n", m[k]/1000, 100*m[k]/total, k)
	}
	fmt.Println()
}

// profilePlugs samples the second plug on line's machine (the steady state
// bench-app's large table times: Enter to the new CPU drawn, page idle).
func profilePlugs(runs, top int, webDir, line string) error {
	browser, url, _, done, err := profiledSite(webDir)
	if err != nil {
		return err
	}
	defer done()
	slots, err := possibleCPUs(line)
	if err != nil {
		return err
	}
	url += machineQuery(line, slots)
	byFunc, byPkg := map[string]float64{}, map[string]float64{}
	total, took := 0.0, 0.0
	for i := 0; i < runs; i++ {
		ctx, cancel, err := freshTab(browser)
		if err != nil {
			return err
		}
		prof, t, err := profilePlug(ctx, url)
		cancel()
		if err != nil {
			return err
		}
		took += t[0] / float64(runs)
		for name, us := range selfTimes(prof) {
			if name == "(idle)" {
				continue
			}
			byFunc[name] += us / float64(runs)
			byPkg[startPackage(name)] += us / float64(runs)
			total += us / float64(runs)
		}
	}
	what := fmt.Sprintf("(mean of %d second plugs on %s: %.1f ms Enter to drawn, %.0f ms sampled busy from Enter to the CPU drawn and until the page's answer (the profiler stops a round trip later))", runs, line, took, total/1000)
	printSelfTimes("Self time by package "+what, byPkg, top, total)
	printSelfTimes("Self time by function "+what, byFunc, top, total)
	return nil
}

// profilePlug opens url, plugs once, waits for the page to idle and samples
// the second plug.
func profilePlug(ctx context.Context, url string) (*profiler.Profile, [2]float64, error) {
	var t [2]float64
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, t, err
	}
	for _, m := range []string{"grid", "usable"} {
		if _, err := markAt(ctx, m); err != nil {
			return nil, t, err
		}
	}
	if _, err := plugOnce(ctx); err != nil {
		return nil, t, err
	}
	if err := idle(ctx); err != nil {
		return nil, t, err
	}
	if err := fillPlug(ctx); err != nil {
		return nil, t, err
	}
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return nil, t, err
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 50}); err != nil {
		return nil, t, err
	}
	if _, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{}); err != nil {
		return nil, t, err
	}
	t, err := enterPlug(ctx)
	if err != nil {
		return nil, t, err
	}
	r, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return nil, t, err
	}
	return r.Profile, t, nil
}

func profileStart(runs, top int, webDir, line string) error {
	browser, url, wasm, done, err := profiledSite(webDir)
	if err != nil {
		return err
	}
	defer done()
	mark, until := "usable", "usable"
	if line != "" {
		slots, err := possibleCPUs(line)
		if err != nil {
			return err
		}
		url += machineQuery(line, slots)
		mark, until = "grid", "grid drawn"
	}

	byFunc, byPkg := map[string]float64{}, map[string]float64{}
	total := 0.0
	for i := 0; i < runs; i++ {
		ctx, cancel, err := freshTab(browser)
		if err != nil {
			return err
		}
		prof, err := profileLoad(ctx, url, mark)
		cancel()
		if err != nil {
			return err
		}
		for name, us := range selfTimes(prof) {
			byFunc[name] += us / float64(runs)
			byPkg[startPackage(name)] += us / float64(runs)
			total += us / float64(runs)
		}
	}
	what := fmt.Sprintf(" (mean of %d loads; %.0f ms sampled from navigation to %s)", runs, total/1000, until)
	printSelfTimes("Start-up self time by package"+what, byPkg, top, total)
	printSelfTimes("Start-up self time by function"+what, byFunc, top, total)

	// What V8 compiled on the page's thread before the console was usable:
	// it compiles each wasm function the first time it runs, so this is the
	// code start-up touches (a count of bytes, steady from run to run, where
	// the times above vary with the machine's load).
	mod, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	funcs, err := wasmfile.Functions(mod)
	if err != nil {
		return err
	}
	ctx, cancel2, err := freshTab(browser)
	if err != nil {
		return err
	}
	defer cancel2()
	compiled, compileUS, activity, err := lazyCompiled(ctx, url, mark)
	if err != nil {
		return err
	}
	busy := 0.0
	for _, us := range activity {
		busy += us
	}
	printSelfTimes("The page's main thread from navigation to the "+until+", by traced activity (self time, one load)", activity, top, busy)
	bytes, pkgBytes, funcBytes := 0, map[string]float64{}, map[string]float64{}
	for _, i := range compiled {
		if i < len(funcs) {
			bytes += funcs[i].Size
			pkgBytes[symbolPackage(funcs[i].Name)] += float64(funcs[i].Size)
			funcBytes[funcs[i].Name] += float64(funcs[i].Size)
		}
	}
	code := 0
	for _, f := range funcs {
		code += f.Size
	}
	fmt.Printf("## Code compiled before the %s: %d functions, %d KB of %d KB (%.1f%%), in %.0f ms of V8's lazy compiles\n",
		until, len(compiled), bytes/1000, code/1000, 100*float64(bytes)/float64(code), compileUS/1000)
	fmt.Println("| package | KB |")
	fmt.Println("|---|---:|")
	for _, k := range topKeys(pkgBytes, top) {
		fmt.Printf("| %s | %.0f |\n", k, pkgBytes[k]/1000)
	}
	// A function compiles whole however little of it runs: the largest
	// ones are where splitting pays.
	fmt.Println()
	fmt.Println("| largest compiled functions | KB |")
	fmt.Println("|---|---:|")
	for _, k := range topKeys(funcBytes, top) {
		fmt.Printf("| %s | %.1f |\n", k, funcBytes[k]/1000)
	}
	return nil
}

// topKeys are m's n keys of the largest values, largest first.
func topKeys(m map[string]float64, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
	return keys[:min(n, len(keys))]
}

// lazyCompiled loads the page with V8's wasm tracing on and returns the
// index of every function compiled lazily (on first call) before the
// console was usable, and the page's main thread's time by activity
// (mainThreadActivities).
func lazyCompiled(ctx context.Context, url, mark string) (funcs []int, compileUS float64, activity map[string]float64, err error) {
	var mu sync.Mutex
	var raw [][]byte
	done := make(chan struct{})
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				raw = append(raw, append([]byte(nil), v...))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	}); err != nil {
		return nil, 0, nil, err
	}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{
			"v8.wasm", "devtools.timeline", "v8", "blink.user_timing", "toplevel"}},
	}); err != nil {
		return nil, 0, nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, 0, nil, err
	}
	if _, err := markAt(ctx, mark); err != nil {
		return nil, 0, nil, err
	}
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		return nil, 0, nil, err
	}
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		return nil, 0, nil, fmt.Errorf("tracing did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	var events []traceEvent
	for _, b := range raw {
		var e traceEvent
		if json.Unmarshal(b, &e) != nil {
			continue
		}
		events = append(events, e)
		if e.Name == "wasm.CompileLazy" && e.Args.FuncIndex != nil {
			funcs = append(funcs, *e.Args.FuncIndex)
			compileUS += e.Dur
		}
	}
	if len(funcs) == 0 {
		return nil, 0, nil, fmt.Errorf("the trace has no wasm.CompileLazy events (does this Chromium compile wasm lazily?)")
	}
	return funcs, compileUS, mainThreadActivities(events, "hl-"+mark), nil
}

// traceEvent is the part of a Chrome trace event the profile reads.
type traceEvent struct {
	Name string
	Ph   string
	Ts   float64
	Dur  float64
	Pid  int
	Tid  int
	Args struct {
		FuncIndex *int `json:"func_index"`
		Name      string
	}
}

// mainThreadActivities is where the page's main thread spent the start:
// the self time (microseconds) of each traced activity on the thread
// that compiled the wasm, from its first event to the mark markJS set
// (performance.mark name), nested events taken out of their parents.
// "(idle)" is the thread waiting (the network, a timer, the compositor).
func mainThreadActivities(events []traceEvent, mark string) map[string]float64 {
	pid, tid := 0, 0
	for _, e := range events {
		if e.Name == "wasm.CompileLazy" {
			pid, tid = e.Pid, e.Tid
			break
		}
	}
	end := 0.0
	var xs []traceEvent
	for _, e := range events {
		if e.Pid != pid {
			continue
		}
		if e.Ph == "R" || e.Ph == "I" || e.Ph == "i" || e.Ph == "b" || e.Ph == "n" {
			if e.Name == mark && end == 0 {
				end = e.Ts
			}
		}
		if e.Tid == tid && e.Ph == "X" && e.Dur > 0 {
			xs = append(xs, e)
		}
	}
	if len(xs) == 0 {
		return nil
	}
	sort.Slice(xs, func(i, j int) bool {
		if xs[i].Ts != xs[j].Ts {
			return xs[i].Ts < xs[j].Ts
		}
		return xs[i].Dur > xs[j].Dur
	})
	start := xs[0].Ts
	if end == 0 {
		end = xs[len(xs)-1].Ts + xs[len(xs)-1].Dur
	}
	out := map[string]float64{}
	// A sweep with a stack of open events: each instant goes to the
	// innermost event open then.
	type open struct {
		name string
		end  float64
	}
	var stack []open
	at := start
	advance := func(to float64) {
		for at < to {
			for len(stack) > 0 && stack[len(stack)-1].end <= at {
				stack = stack[:len(stack)-1]
			}
			next := to
			if len(stack) > 0 && stack[len(stack)-1].end < next {
				next = stack[len(stack)-1].end
			}
			name := "(idle)"
			if len(stack) > 0 {
				name = stack[len(stack)-1].name
			}
			out[name] += next - at
			at = next
		}
	}
	for _, e := range xs {
		if e.Ts >= end {
			break
		}
		advance(e.Ts)
		stack = append(stack, open{e.Name, min(e.Ts+e.Dur, end)})
	}
	advance(end)
	return out
}

// profileLoad samples one load, navigation to the usable console.
func profileLoad(ctx context.Context, url, mark string) (*profiler.Profile, error) {
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
		return nil, err
	}
	if _, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{}); err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	if _, err := markAt(ctx, mark); err != nil {
		return nil, err
	}
	r, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return nil, err
	}
	return r.Profile, nil
}

// selfTimes sums a profile's samples by the function they were taken in
// (microseconds).
func selfTimes(p *profiler.Profile) map[string]float64 {
	names := map[int64]string{}
	for _, n := range p.Nodes {
		name := n.CallFrame.FunctionName
		if name == "" {
			name = "(anonymous " + filepath.Base(n.CallFrame.URL) + ")"
		}
		names[int64(n.ID)] = name
	}
	out := map[string]float64{}
	for i, id := range p.Samples {
		if i < len(p.TimeDeltas) {
			out[names[id]] += float64(p.TimeDeltas[i])
		}
	}
	return out
}

// startPackage groups a sampled function the way sizeByPackage does; V8's
// and the page's own entries keep their names.
func startPackage(name string) string {
	if strings.HasPrefix(name, "(") {
		return name
	}
	n := strings.TrimPrefix(name, "$")
	if !strings.Contains(n, ".") {
		return "(js) " + name
	}
	return symbolPackage(n)
}

// possibleCPUs is how many CPU slots line's machine draws (the grid mark
// waits for them all).
func possibleCPUs(line string) (int, error) {
	args, err := cmdline.Split(line)
	if err != nil {
		return 0, err
	}
	s := session.Start(release.Latest, "", args)
	if !s.Started() {
		return 0, fmt.Errorf("%q does not start: %s", line, s.Stderr())
	}
	return len(s.Topology().Slots), nil
}
