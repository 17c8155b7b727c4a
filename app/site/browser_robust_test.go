package site

import (
	"context"
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"hotpluglab/engine/sharelink"
)

// Browser tests of the page's robustness (issue 10): nothing a link, a
// message or a typed line can do kills the page.

// tabServing is tab with more routes on the app's own origin.
func tabServing(t *testing.T, extra map[string]http.Handler, d time.Duration) (context.Context, string) {
	t.Helper()
	needChrome(t)
	h, err := newServer(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	for p, eh := range extra {
		mux.Handle(p, eh)
	}
	mux.Handle("/", h)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	ctx, cancel, err := testChrome()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel2 := context.WithTimeout(ctx, d)
	t.Cleanup(func() { cancel2(); cancel() })
	return ctx, srv.URL
}

// link is a share link's fragment for a session.
func link(t *testing.T, args []string, log ...sharelink.Input) string {
	t.Helper()
	frag, err := sharelink.Encode(sharelink.Session{QEMU: "7.2", Args: args, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	return frag
}

func hmpInputs(line string, n int) []sharelink.Input {
	var out []sharelink.Input
	for i := 0; i < n; i++ {
		out = append(out, sharelink.Input{Kind: "hmp", Text: line})
	}
	return out
}

// setInputAndEnter puts a line into the console's input (as a paste does)
// and presses Enter: long lines need not be typed key by key.
// The console empties its input once the line ran (counting entries would
// not do: the scrollback drops old ones past its byte budget).
func setInputAndEnter(ctx context.Context, line string) error {
	if _, err := evalJS[bool](ctx, `(() => { const i = document.getElementById("console-input"); i.value = `+strconv.Quote(line)+`; return true; })()`); err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("#console-input")), chromedp.KeyEvent("\r")); err != nil {
		return err
	}
	return waitJS(ctx, `document.getElementById("console-input").value === ""`, 60*time.Second)
}

// alive checks the page still answers `info status` (starting QEMU again
// first when a typed line made it quit, as a reader would).
func alive(ctx context.Context) error {
	if err := waitJS(ctx, `!document.getElementById("app-wasm-loader") && !document.getElementById("restore-progress") && !!document.getElementById("console-input")`, 90*time.Second); err != nil {
		return err
	}
	if off, _ := evalJS[bool](ctx, `document.getElementById("console-input").disabled`); off {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#start"))); err != nil {
			return err
		}
		if err := waitJS(ctx, `!document.getElementById("console-input").disabled`, 20*time.Second); err != nil {
			return fmt.Errorf("QEMU does not start again: %w", err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#mode-hmp"))); err != nil {
		return err
	}
	// A console the page re-mounted just then (a restart it was finishing)
	// shows its greeting last: the line is asked again, twice at most.
	var out string
	for try := 0; try < 3; try++ {
		if err := setInputAndEnter(ctx, "info status"); err != nil {
			return err
		}
		var err error
		if out, err = evalJS[string](ctx, lastOutputJS); err != nil {
			return err
		}
		if strings.HasPrefix(out, "VM status: ") {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("info status answered %q", out)
}

// openMarked navigates to a URL of the app and marks the page, so a reload the
// test did not ask for (the crash fallback) shows.
func openMarked(ctx context.Context, u string) error {
	if err := chromedp.Do(ctx, chromedp.Navigate(u)); err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil { // a fragment-only change does not load
		return err
	}
	_, err := evalJS[bool](ctx, `window.chaosMark = true`)
	return err
}

func noticeText(ctx context.Context) string {
	s, _ := evalJS[string](ctx, `[...document.querySelectorAll("#notices .notice")].map(n => n.textContent).join(" | ")`)
	return s
}

// chaosStep is one adversarial input and what the page must show after it.
type chaosStep struct {
	name string
	do   func(ctx context.Context) error
	// want: a text the notices, share error or scenario error must show.
	want string
	// reloads: the step may restart the page (the crash path).
	reloads bool
}

// TestBrowserChaos throws adversarial and random inputs at the real page
// (share links, scenario files and URLs, typed lines, guest lines, host
// messages, thrown JS exceptions); after each the page answers `info
// status`. CHAOS_SEED picks the random part (logged, so a failure
// reproduces).
func TestBrowserChaos(t *testing.T) {
	seed := int64(1)
	if s := os.Getenv("CHAOS_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	t.Logf("CHAOS_SEED=%d", seed)
	r := rand.New(rand.NewSource(seed))
	big := strings.Repeat("x", 300<<10)
	// Another origin that lets any page read its files (CORS): only the
	// page's own check of the final URL keeps its scenario out.
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		fmt.Fprint(w, "---\ntitle: evil\nmachine: -M pc\n---\n## Evil\nrun: quit\n")
	}))
	defer evil.Close()
	extra := map[string]http.Handler{
		"/chaos/away.md": http.RedirectHandler(evil.URL+"/evil.md", http.StatusFound),
		"/chaos/huge.md": http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			// 200 MB, unannounced: the page must stop reading at its cap.
			w.Header().Set("Content-Type", "text/markdown")
			chunk := []byte(strings.Repeat("# padding padding padding padding\n", 1<<10))
			for n := 0; n < 200<<20; n += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		}),
		"/chaos/heavy.md": http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			fmt.Fprint(w, "---\ntitle: heavy\nmachine: -M pseries -smp 1,maxcpus=4096\n---\n## All at once\n"+strings.Repeat("run: info hotpluggable-cpus\n", 300))
		}),
		"/chaos/guest.md": http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			fmt.Fprint(w, "---\ntitle: guest\nmachine: -M pc -smp 1,maxcpus=2\n---\n## Head\nboot: Linux\nguest: head --1\nguest: dmesg | tail --5\nguest: head --2 /proc/cpuinfo\n")
		}),
	}
	ctx, base := tabServing(t, extra, 12*time.Minute)
	pc := []string{"-M", "pc", "-smp", "1,maxcpus=2"}
	deep := strings.Repeat("[", 30000) + strings.Repeat("]", 30000)
	guestLink := link(t, pc, sharelink.Input{Kind: "boot", Text: "wait"}, sharelink.Input{Kind: "guest", Text: "head --1"})
	heavyLink := link(t, []string{"-M", "pseries", "-smp", "1,maxcpus=4096"}, hmpInputs("info hotpluggable-cpus", 500)...)
	manyLink := link(t, pc, hmpInputs("info status", 65536)...)
	deepLink := link(t, pc, sharelink.Input{Kind: "qmp", Text: deep})
	t.Logf("links: guest %d bytes, heavy %d, 65,536 entries %d, deep QMP %d", len(guestLink), len(heavyLink), len(manyLink), len(deepLink))

	steps := []chaosStep{
		{name: "guest head --1 link (77 bytes)", do: func(ctx context.Context) error { return openMarked(ctx, base+"/#"+guestLink) }},
		{name: "161-byte 4096-CPU link", do: func(ctx context.Context) error { return openMarked(ctx, base+"/#"+heavyLink) }, want: "at input 9 of 500"},
		{name: "65,536-entry link", do: func(ctx context.Context) error { return openMarked(ctx, base+"/#"+manyLink) }, want: "at input 2001 of 65536"},
		{name: "deep QMP link", do: func(ctx context.Context) error { return openMarked(ctx, base+"/#"+deepLink) }},
		{name: "damaged link", do: func(ctx context.Context) error { return openMarked(ctx, base+"/#v1.!!!") }, want: "damaged"},
		{name: "future link", do: func(ctx context.Context) error { return openMarked(ctx, base+"/#v9.abc") }, want: "unknown format"},
		{name: "long link", do: func(ctx context.Context) error { return openMarked(ctx, base+"/#v1."+strings.Repeat("A", 70000)) }, want: "too long"},
		{name: "deep QMP typed", do: func(ctx context.Context) error {
			if err := openMarked(ctx, base+"/"); err != nil {
				return err
			}
			if err := alive(ctx); err != nil {
				return err
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#mode-qmp"))); err != nil {
				return err
			}
			return setInputAndEnter(ctx, deep)
		}},
		{name: "5000-byte HMP line", do: func(ctx context.Context) error { return setInputAndEnter(ctx, strings.Repeat("A", 5000)) }},
		{name: "1 MiB QMP line", do: func(ctx context.Context) error {
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#mode-qmp"))); err != nil {
				return err
			}
			return setInputAndEnter(ctx, `{"execute": "`+strings.Repeat("q", 1<<20)+`"}`)
		}},
		{name: "a 4096-CPU machine's half-megabyte answers", do: func(ctx context.Context) error {
			if err := startLine(ctx, "-M pseries -smp 1,maxcpus=4096"); err != nil {
				return err
			}
			// The grid draws only the rows in view on large machines: wait
			// for its summary of all 4096 and for its first boxes.
			if err := waitJS(ctx, `document.querySelector(".topo-sum")?.textContent.includes(" of 4096 possible") && document.querySelectorAll("button.slot").length > 0`, 30*time.Second); err != nil {
				return err
			}
			for i := 0; i < 12; i++ {
				if err := setInputAndEnter(ctx, "info hotpluggable-cpus"); err != nil {
					return err
				}
			}
			return nil
		}},
		{name: "guest shell lines", do: func(ctx context.Context) error {
			if err := startLine(ctx, "-M pc -smp 1,maxcpus=2"); err != nil {
				return err
			}
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#guest-boot"))); err != nil {
				return err
			}
			if err := waitJS(ctx, `!document.getElementById("guest-shell").disabled`, 30*time.Second); err != nil {
				return err
			}
			for _, l := range []string{"head --1", "tail --1", "dmesg | tail --5", "head --2 /proc/cpuinfo"} {
				if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#guest-shell"), l+"\r")); err != nil {
					return err
				}
				if err := waitJS(ctx, `document.getElementById("guest-log").textContent.includes(`+strconv.Quote("# "+l)+`)`, 20*time.Second); err != nil {
					return err
				}
			}
			return nil
		}},
		{name: "scenario guest: lines", do: func(ctx context.Context) error {
			if err := openMarked(ctx, base+"/?scenario=/chaos/guest.md&autorun"); err != nil {
				return err
			}
			return waitJS(ctx, `document.querySelectorAll(".act-out").length >= 4`, 60*time.Second)
		}},
		{name: "scenario autorun past its budget", do: func(ctx context.Context) error {
			return openMarked(ctx, base+"/?scenario=/chaos/heavy.md&autorun")
		}, want: "autorun stopped before command 10 of step 1"},
		{name: "scenario redirected to another site", do: func(ctx context.Context) error {
			return openMarked(ctx, base+"/?scenario=/chaos/away.md")
		}, want: "another site"},
		{name: "200 MB scenario", do: func(ctx context.Context) error {
			return openMarked(ctx, base+"/?scenario=/chaos/huge.md")
		}, want: "a scenario may be at most 256 KiB"},
		{name: "300 KiB pasted scenario", do: func(ctx context.Context) error {
			if err := openMarked(ctx, base+"/"); err != nil {
				return err
			}
			// Mounted (the pre-rendered page has the field too, and go-app
			// replaces it as it mounts).
			if err := appReady(ctx); err != nil {
				return err
			}
			if _, err := evalJS[bool](ctx, `(() => { document.getElementById("scenario-text").value = "---\ntitle: t\nmachine: -M pc\n---\n## A\n" + `+strconv.Quote(big)+`; return true; })()`); err != nil {
				return err
			}
			return chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#scenario-load")))
		}, want: "a scenario may be at most 256 KiB"},
		{name: "a JS exception under a handler (history.replaceState throws)", do: func(ctx context.Context) error {
			if _, err := evalJS[bool](ctx, `(() => { history.replaceState = () => { throw new Error("injected") }; return true; })()`); err != nil {
				return err
			}
			return startLine(ctx, "-M pc -smp 1,maxcpus=2,sockets=1,cores=2,threads=1")
		}, want: "internal error while starting QEMU"},
	}
	// The random part: lines of random bytes and words, random fragments.
	words := []string{"info", "device_add", "device_del", "help", "cpu", "x", "-1", "99999999999999999999", "id=", ",", "\\", "\"", "'", "{", "}", "[", "%", "é", "\u202e", "\x00", "\x1b[2J"}
	for i := 0; i < 10; i++ {
		var b strings.Builder
		for n := r.Intn(8); n >= 0; n-- {
			if r.Intn(3) == 0 {
				raw := make([]byte, r.Intn(12))
				r.Read(raw)
				b.Write(raw)
			} else {
				b.WriteString(words[r.Intn(len(words))])
			}
			b.WriteByte(' ')
		}
		line := strings.ToValidUTF8(b.String(), "?")
		mode := []string{"hmp", "qmp"}[r.Intn(2)]
		steps = append(steps, chaosStep{name: fmt.Sprintf("random %s line %q", mode, line), do: func(ctx context.Context) error {
			if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#mode-"+mode))); err != nil {
				return err
			}
			return setInputAndEnter(ctx, line)
		}})
	}
	for i := 0; i < 4; i++ {
		b := []byte(guestLink)
		b[3+r.Intn(len(b)-3)] ^= byte(1 + r.Intn(255))
		frag := string(b)
		steps = append(steps, chaosStep{name: fmt.Sprintf("mutated link %q", frag), do: func(ctx context.Context) error { return openMarked(ctx, base+"/#"+frag) }})
	}

	if err := openMarked(ctx, base+"/"); err != nil {
		t.Fatal(err)
	}
	for _, st := range steps {
		start := time.Now()
		if err := st.do(ctx); err != nil {
			shot(t, ctx, "chaos-failed")
			t.Fatalf("%s: %v (notices: %s)", st.name, err, noticeText(ctx))
		}
		// What the page must say settles first (a scenario's fetch ends
		// after the page is up).
		const said = `[...document.querySelectorAll("#notices, #share-error, #scenario-error, #share-warn")].map(n => n.textContent).join(" | ")`
		if st.want != "" {
			waitJS(ctx, said+`.includes(`+strconv.Quote(st.want)+`)`, 60*time.Second)
		}
		if err := alive(ctx); err != nil {
			shot(t, ctx, "chaos-failed")
			t.Fatalf("after %s the page does not answer: %v (notices: %s)", st.name, err, noticeText(ctx))
		}
		if st.want != "" {
			all, _ := evalJS[string](ctx, said)
			if !strings.Contains(all, st.want) {
				t.Errorf("%s: the page says %q, want %q", st.name, all, st.want)
			}
		}
		if marked, _ := evalJS[bool](ctx, `!!window.chaosMark`); !marked && !st.reloads {
			t.Errorf("%s reloaded the page: a crash the guards missed (notices: %s)", st.name, noticeText(ctx))
		}
		if _, err := evalJS[bool](ctx, `window.chaosMark = true`); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %v", st.name, time.Since(start).Round(time.Millisecond))
	}
	shot(t, ctx, "chaos-end")
}

// TestBrowserReloadKeepsSession: a reload of the same tab restores the
// session (sessionStorage), saying so; leaving with unsaved work asks
// first, and not once the session was exported.
func TestBrowserReloadKeepsSession(t *testing.T) {
	ctx, base := tab(t, 1280, 900)
	var dialogs []string
	chromedp.Listen(ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs = append(dialogs, string(d.Type))
		}
	})
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?cmdline=-M%20pc%20-smp%201,maxcpus%3D4")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0", "info hotpluggable-cpus"} {
		if err := typeLine(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := evalJS[string](ctx, `document.getElementById("console-log").innerText`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll("button.slot.st-hot-plugged").length === 1`, 30*time.Second); err != nil {
		t.Fatalf("the reload lost the plugged CPU: %v (notices %q)", err, noticeText(ctx))
	}
	// The console's lines come back in a render of their own (seen once in
	// CI: the grid restored, the console a frame later).
	_ = waitJS(ctx, `document.getElementById("console-log").innerText.includes("info hotpluggable-cpus")`, 10*time.Second)
	after, _ := evalJS[string](ctx, `document.getElementById("console-log").innerText`)
	if after != before {
		t.Errorf("console after the reload\n%s\nbefore\n%s", after, before)
	}
	if n := noticeText(ctx); !strings.Contains(n, "The session from before the reload is back.") {
		t.Errorf("notices %q", n)
	}
	shot(t, ctx, "reload-restored-desktop")
	// Leaving with unsaved work asks (the test's browser says yes).
	// (The browser cannot tell a reload from leaving: the reload asked too.)
	if err := typeLine(ctx, "info status"); err != nil {
		t.Fatal(err)
	}
	asked := len(dialogs)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/embed")); err != nil {
		t.Fatal(err)
	}
	if len(dialogs) != asked+1 || dialogs[asked] != "beforeunload" {
		t.Errorf("leaving with unsaved work: dialogs %v, want one more beforeunload", dialogs)
	}
	// Exported: leaving does not ask.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, "info status"); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#export-session"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `(document.getElementById("share-status") || {textContent: ""}).textContent.startsWith("Session exported")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	n := len(dialogs)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/embed")); err != nil {
		t.Fatal(err)
	}
	if len(dialogs) != n {
		t.Errorf("leaving an exported session asked: %v", dialogs)
	}
}

// TestBrowserCopyLinkWarns: a session larger than a link can carry gets a
// warning that says to export it, and the exported file opens it whole.
func TestBrowserCopyLinkWarns(t *testing.T) {
	ctx, base := tab(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/?cmdline=-M%20pseries%20-smp%201,maxcpus%3D4096")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 9; i++ { // 9 × 0.5 MB: past the link budget
		if err := setInputAndEnter(ctx, "info hotpluggable-cpus"); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#copy-link"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.getElementById("share-warn")`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	w, _ := evalJS[string](ctx, `document.getElementById("share-warn").textContent`)
	if !strings.Contains(w, "larger than a link can carry") || !strings.Contains(w, "Export the session as a file") {
		t.Errorf("warning %q", w)
	}
	if n, _ := evalJS[int](ctx, `document.querySelectorAll("#share-text").length`); n != 0 {
		t.Error("a link was made anyway")
	}
	// Long outputs show collapsed: their first lines, the rest a click away.
	if n, _ := evalJS[int](ctx, `document.querySelectorAll("#console-log details.long:not([open])").length`); n == 0 {
		t.Error("no collapsed output")
	}
	shot(t, ctx, "copy-link-warns-desktop")
	// The file opens the whole session.
	file, _ := evalJS[string](ctx, `JSON.stringify({hotplugLab: "session", version: 1, qemu: "7.2", args: ["-M", "pseries", "-smp", "1,maxcpus=4096"], log: Array(9).fill({kind: "hmp", text: "info hotpluggable-cpus"})})`)
	path := filepath.Join(t.TempDir(), "session.json")
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#import-session"), []string{path})); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector("#notices").textContent.includes("The session file is open (9 inputs).")`, 60*time.Second); err != nil {
		t.Errorf("%v (notices: %s)", err, noticeText(ctx))
	}
}
