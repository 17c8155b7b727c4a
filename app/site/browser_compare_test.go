package site

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
	"hotpluglab/engine/versiondiff"
)

// TestBrowserCompareVersions: the guide's x86 example typed in the page,
// then "Compare" beside the version picker, by keyboard: the panel shows the
// inputs whose outputs differ, each differing line tagged with the release
// that prints it (as the engine's comparison says), the filter shows every
// input, Escape closes it and gives focus back to the button; at 375 px it
// fits the screen's width.
func TestBrowserCompareVersions(t *testing.T) {
	guide := []string{
		"info hotpluggable-cpus",
		"device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0",
		"info cpus",
	}
	var log []session.Input
	for _, l := range guide {
		log = append(log, session.Input{Kind: "hmp", Text: l})
	}
	want := versiondiff.Compare(release.V7_2, release.V10_0, "", strings.Fields("-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2"), log)
	var wantOld, wantNew []string
	for _, b := range want.Blocks {
		for _, l := range b.Lines {
			switch l.In {
			case "7.2":
				wantOld = append(wantOld, l.Text)
			case "10.0":
				wantNew = append(wantNew, l.Text)
			}
		}
	}
	// What QEMU itself prints on the guide's machine: 7.2 breaks its AMD
	// hyperthreading warning over two lines, 10.0 prints it on one.
	const warn72 = "qemu-system-x86_64: warning: This family of AMD CPU doesn't support hyperthreading(2)"
	const warn10 = warn72 + ". Please configure -smp options properly or try enabling topoext feature."
	if !contains(wantOld, warn72) || !contains(wantNew, warn10) || want.Differing() == 0 || want.Differing() == len(want.Blocks) {
		t.Fatalf("the engine's comparison changed: 7.2 %q, 10.0 %q, %d of %d differ", wantOld, wantNew, want.Differing(), len(want.Blocks))
	}

	for _, size := range [][2]int{{1280, 800}, {375, 740}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ctx, url := tab(t, size[0], size[1])
			open(t, ctx, url+"/?cmdline="+strings.ReplaceAll("-M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2", " ", "+"))
			if ok, where := inView(ctx, "#compare"); !ok {
				t.Errorf("the Compare button is not on the first screen: %s", where)
			}
			for _, l := range guide {
				if err := typeLine(ctx, l); err != nil {
					t.Fatalf("%s: %v", l, err)
				}
			}
			transcript := text(ctx, "#console-log")
			if !strings.Contains(transcript, "CPU #4") {
				t.Fatalf("the console shows %q", transcript)
			}
			// Keyboard: focus the button, press Enter.
			if _, err := evalJS[bool](ctx, `(() => { document.getElementById("compare").focus(); return true; })()`); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!!document.querySelector("#compare-panel .compare-blocks")`, 20*time.Second); err != nil {
				t.Fatal("Enter on Compare opened no panel")
			}
			if err := waitJS(ctx, `document.activeElement.id === "compare-title"`, 3*time.Second); err != nil {
				t.Errorf("after opening the comparison focus is on %s", active(ctx))
			}
			if got := text(ctx, "#console-log"); got != transcript {
				t.Errorf("opening the comparison changed the console: %q", got)
			}
			if x, _ := evalJS[string](ctx, `document.getElementById("compare").getAttribute("aria-expanded")`); x != "true" {
				t.Errorf("Compare's aria-expanded is %q", x)
			}
			if got := textsOf(t, ctx, "#compare-panel .cl.old code"); strings.Join(got, "\n") != strings.Join(wantOld, "\n") {
				t.Errorf("lines tagged 7.2:\n%q\nwant\n%q", got, wantOld)
			}
			if got := textsOf(t, ctx, "#compare-panel .cl.new code"); strings.Join(got, "\n") != strings.Join(wantNew, "\n") {
				t.Errorf("lines tagged 10.0:\n%q\nwant\n%q", got, wantNew)
			}
			tags := textsOf(t, ctx, "#compare-panel .compare-blocks .tag.old, #compare-panel .compare-blocks .tag.new")
			if len(tags) != len(wantOld)+len(wantNew) {
				t.Errorf("%d tags for %d differing lines", len(tags), len(wantOld)+len(wantNew))
			}
			for _, tag := range tags {
				if tag != "7.2" && tag != "10.0" {
					t.Errorf("a line is tagged %q", tag)
				}
			}
			if n, _ := evalJS[int](ctx, `document.querySelectorAll("#compare-panel .compare-block").length`); n != want.Differing() {
				t.Errorf("%d inputs shown, %d differ", n, want.Differing())
			}
			inputs := textsOf(t, ctx, "#compare-panel .compare-input code")
			if len(inputs) == 0 || inputs[0] != "$ qemu-system-x86_64 -M pc -smp 4,maxcpus=8,sockets=2,cores=2,threads=2" {
				t.Errorf("inputs shown: %q", inputs)
			}
			if over, _ := evalJS[int](ctx, `document.documentElement.scrollWidth - innerWidth`); over > 0 {
				t.Errorf("the page is %d px wider than the screen with the comparison open", over)
			}
			shot(t, ctx, fmt.Sprintf("compare-%d", size[0]))

			// Every input, by keyboard: the checkbox keeps focus.
			if _, err := evalJS[bool](ctx, `(() => { document.getElementById("compare-only").focus(); return true; })()`); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, fmt.Sprintf(`document.querySelectorAll("#compare-panel .compare-block").length === %d`, len(want.Blocks)), 5*time.Second); err != nil {
				n, _ := evalJS[int](ctx, `document.querySelectorAll("#compare-panel .compare-block").length`)
				t.Errorf("unfiltered: %d inputs shown, the session has %d", n, len(want.Blocks))
			}
			if a := active(ctx); a != "compare-only" {
				t.Errorf("after the filter focus is on %s", a)
			}
			// The long listing both print is folded, not lost.
			if s := text(ctx, "#compare-panel button.cl-fold"); !strings.HasSuffix(s, "more lines both print") {
				t.Errorf("fold: %q", s)
			}
			before, _ := evalJS[int](ctx, `document.querySelectorAll("#compare-panel .cl").length`)
			if _, err := evalJS[bool](ctx, `(() => { document.querySelector("#compare-panel button.cl-fold").focus(); return true; })()`); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, fmt.Sprintf(`document.querySelectorAll("#compare-panel .cl").length > %d`, before), 5*time.Second); err != nil {
				t.Error("Enter on the fold showed no more lines")
			}
			if a, _ := evalJS[string](ctx, `document.activeElement.className + "|" + document.activeElement.getAttribute("aria-expanded")`); a != "cl-fold|true" {
				t.Errorf("after unfolding focus is on %q", a)
			}

			// Escape closes and gives focus back to the button.
			if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
				t.Fatal(err)
			}
			if err := waitJS(ctx, `!document.getElementById("compare-panel") && document.activeElement.id === "compare"`, 5*time.Second); err != nil {
				t.Errorf("after Escape: panel shown %v, focus on %s", shown(ctx, "#compare-panel"), active(ctx))
			}
			if got := text(ctx, "#console-log"); got != transcript {
				t.Errorf("the comparison changed the console: %q", got)
			}
		})
	}
}

// textsOf is the text of every element a selector matches.
func textsOf(t *testing.T, ctx context.Context, sel string) []string {
	t.Helper()
	s, err := evalJS[string](ctx, `JSON.stringify([...document.querySelectorAll(`+jsQuote(sel)+`)].map(e => e.textContent))`)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func jsQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
