package site

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserGuestShell: boot the guest in the page, type shell lines a
// learner types, and see busybox's answers in the guest console (an
// applet's --help too, its text downloaded with the recordings), with the
// simulator's notes in their own list beside it (never in the console).
func TestBrowserGuestShell(t *testing.T) {
	ctx, url := tab(t, 1280, 1000)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#guest-boot"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!document.getElementById("guest-shell").disabled`, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	typeGuest := func(line string) string {
		t.Helper()
		before, _ := evalJS[string](ctx, `document.getElementById("guest-log").textContent`)
		if err := chromedp.Do(ctx,
			chromedp.Click(chromedp.CSS("#guest-shell")),
			chromedp.SendKeys(chromedp.CSS("#guest-shell"), line),
			chromedp.KeyEvent("\r"),
		); err != nil {
			t.Fatal(err)
		}
		if err := waitJS(ctx, `document.getElementById("guest-log").textContent.includes(`+jsString("# "+line)+`)`, 20*time.Second); err != nil {
			t.Fatalf("%q never showed: %v", line, err)
		}
		after, _ := evalJS[string](ctx, `document.getElementById("guest-log").textContent`)
		return strings.TrimPrefix(after, before)
	}
	if out := typeGuest("grep -c processor /proc/cpuinfo"); !strings.Contains(out, "\n4") {
		t.Errorf("grep -c: %q", out)
	}
	if out := typeGuest("lscpu"); !strings.Contains(out, "sh: lscpu: not found") {
		t.Errorf("lscpu: %q", out)
	}
	// The usage texts come with the release's recordings, not in app.wasm.
	if out := typeGuest("head --help"); !strings.Contains(out, "Usage: head [OPTIONS] [FILE]...") {
		t.Errorf("head --help: %q", out)
	}
	out := typeGuest("sort -z /proc/cpuinfo")
	if strings.Contains(out, "not modelled") {
		t.Errorf("a note in the guest console: %q", out)
	}
	notes, err := evalJS[string](ctx, `(() => { const n = document.getElementById("guest-notes"); return n ? n.textContent : ""; })()`)
	if err != nil || !strings.Contains(notes, "sort -z is not modelled") {
		t.Errorf("notes beside the console: %q, %v", notes, err)
	}
	shot(t, ctx, "guest-shell-notes")
}

func jsString(s string) string {
	return "`" + strings.ReplaceAll(strings.ReplaceAll(s, "\\", "\\\\"), "`", "\\`") + "`"
}
