package site

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The monitor's face in the page: QEMU's text, the simulator's notes apart
// from it, and quit: the page says QEMU exited, the console takes no more
// input, and Start brings a machine back.
func TestBrowserMonitorQuit(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, "savevm s1"); err != nil {
		t.Fatal(err)
	}
	if got, _ := evalJS[string](ctx, lastOutputJS); got != "Error: no block device can store vmstate for snapshot" {
		t.Fatalf("savevm answered %q", got)
	}
	if err := typeLine(ctx, "log int"); err != nil {
		t.Fatal(err)
	}
	note, err := evalJS[string](ctx, `(() => { const n = document.querySelectorAll("#console-log .log-note"); return n.length ? n[n.length-1].textContent : ""; })()`)
	if err != nil || !strings.HasPrefix(note, "Simulator note: Logging is not simulated") {
		t.Fatalf("note %q (%v)", note, err)
	}
	if err := typeLine(ctx, "quit"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `(() => { const e = document.getElementById("qemu-exit"); return !!e && e.textContent.includes("QEMU quit") && document.getElementById("console-input").disabled; })()`, 20*time.Second); err != nil {
		t.Fatalf("the page does not show QEMU stopped: %v", err)
	}
	shot(t, ctx, "monitor-quit")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#start"))); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatalf("Start did not bring a machine back: %v", err)
	}
}
