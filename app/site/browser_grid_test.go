package site

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"hotpluglab/engine/release"
	"hotpluglab/engine/session"
)

// gridJS are helpers for the grid tests, evaluated in the page.
const gridJS = `window.__grid = {
  wrap: () => document.querySelector(".grid-wrap"),
  slots: () => document.querySelectorAll("button.slot").length,
  // visible: the element lies within the scroll area's box.
  visible: (el) => {
    const w = __grid.wrap().getBoundingClientRect(), r = el.getBoundingClientRect();
    return r.top >= w.top - 1 && r.bottom <= w.bottom + 1 && r.height > 0;
  },
  key: (k) => document.activeElement.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true})),
  // walk presses key n times from the focused slot and checks after each
  // press that focus is on the expected slot, visible, labelled with its
  // ids and state, and the grid's only Tab stop.
  walk: (k, n, delta, want) => {
    for (let s = 0; s < n; s++) {
      const from = Number(document.activeElement.dataset.i);
      const prevented = !__grid.key(k);
      const el = document.activeElement, i = Number(el.dataset.i);
      if (!prevented) return "the key's default action was not prevented at slot " + from;
      if (i !== from + delta) return k + " from slot " + from + " reached " + el.outerHTML.slice(0, 120);
      if (!__grid.visible(el)) return "slot " + i + " is focused but not in view";
      const label = el.getAttribute("aria-label") || "";
      if (!want(i, label)) return "slot " + i + " label: " + label;
      if (el.tabIndex !== 0 || document.querySelectorAll('.grid-wrap button[tabindex="0"]').length !== 1) return "slot " + i + " is not the one Tab stop";
    }
    return "";
  },
};`

// TestBrowserLargeGrid: on a 4096-core pseries the grid draws only what is
// in view, the keyboard reaches every slot (each focused slot in view,
// labelled with its ids and state), a click anywhere puts that slot's
// command in the console, and a device_add patches the one slot it filled.
func TestBrowserLargeGrid(t *testing.T) {
	ctx, url := tabFor(t, 1280, 900, 400*time.Second)
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"?cmdline=-M%20pseries%20-smp%201,maxcpus%3D4096")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll("button.slot").length > 100`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := evalJS[bool](ctx, gridJS+`; true`); err != nil {
		t.Fatal(err)
	}
	n, _ := evalJS[int](ctx, `__grid.slots()`)
	if n >= 2048 {
		t.Errorf("%d slot buttons in the page for 4096 cores: the grid is not drawn by rows in view", n)
	}
	t.Logf("4096 cores: %d slot buttons in the page", n)
	ref := session.Start(release.V7_2, "", []string{"-M", "pseries", "-smp", "1,maxcpus=4096"})
	v := ref.Topology()

	// The scroll area is as tall as every row: the last row is reachable
	// by scrolling, and drawn when scrolled to.
	if _, err := evalJS[bool](ctx, `(() => { const w = __grid.wrap(); w.scrollTop = w.scrollHeight; w.dispatchEvent(new Event("scroll")); return true; })()`); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector('button.slot[data-i="4095"]') && __grid.visible(document.querySelector('button.slot[data-i="4095"]'))`, 10*time.Second); err != nil {
		t.Fatalf("scrolled to the end, slot 4095 not drawn in view: %v", err)
	}
	// Click-to-command on a slot drawn only after scrolling.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`button.slot[data-i="4090"]`))); err != nil {
		t.Fatal(err)
	}
	want := v.Command(4090)
	if err := waitJS(ctx, `document.getElementById("console-input").value === `+strconv.Quote(want), 10*time.Second); err != nil {
		got, _ := evalJS[string](ctx, `document.getElementById("console-input").value`)
		t.Fatalf("clicking slot 4090 put %q in the console, want %q", got, want)
	}

	// Keyboard: from the Tab stop, ArrowRight walks every slot in order.
	if _, err := evalJS[bool](ctx, `(() => { const w = __grid.wrap(); w.scrollTop = 0; w.dispatchEvent(new Event("scroll")); return true; })()`); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`.grid-wrap button.slot[tabindex="0"]`))); err != nil {
		t.Fatal(err)
	}
	// The click made slot 4090 the Tab stop; Home goes back to slot 0.
	if i, _ := evalJS[string](ctx, `document.activeElement.dataset.i`); i != "4090" {
		t.Errorf("after the click the grid's Tab stop is slot %s, want 4090", i)
	}
	if i, _ := evalJS[string](ctx, `(__grid.key("Home"), document.activeElement.dataset.i)`); i != "0" {
		t.Fatalf("Home focused slot %s, want 0", i)
	}
	labelOK := `(i, label) => label === "CPU core-id " + i + " · node 0 · " + (i === 0 ? "boot · /machine/unattached/device[1]" : "empty")`
	start := time.Now()
	if msg, err := evalJS[string](ctx, `__grid.walk("ArrowRight", 4095, 1, `+labelOK+`)`); err != nil || msg != "" {
		t.Fatalf("walking every slot with ArrowRight: %s %v", msg, err)
	}
	t.Logf("ArrowRight through 4096 slots: %v", time.Since(start))
	// ... and ArrowLeft walks back a stretch; Home, End, Up and Down jump.
	if msg, err := evalJS[string](ctx, `__grid.walk("ArrowLeft", 300, -1, `+labelOK+`)`); err != nil || msg != "" {
		t.Fatalf("ArrowLeft: %s %v", msg, err)
	}
	for _, step := range []struct{ key, want string }{
		{"Home", "0"}, {"ArrowDown", "cols"}, {"ArrowUp", "0"}, {"End", "4095"}, {"PageUp", "4095-10*cols"},
	} {
		got, err := evalJS[string](ctx, `(() => { __grid.key(`+strconv.Quote(step.key)+`); const el = document.activeElement; return el.dataset.i + (__grid.visible(el) ? "" : " (not in view)"); })()`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := evalJS[int](ctx, `document.querySelector('.vrow:not(.vhead)').querySelectorAll("button").length`)
		want := strings.ReplaceAll(step.want, "cols", strconv.Itoa(cols))
		if w, ok := strings.CutPrefix(want, "4095-10*"); ok {
			c, _ := strconv.Atoi(w)
			want = strconv.Itoa(4095 - 10*c)
		}
		if got != want {
			t.Errorf("%s: focus on slot %s, want %s", step.key, got, want)
		}
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Home)); err != nil {
		t.Fatal(err)
	}

	// A device_add patches the slot it filled; the rest of the grid stays
	// (the same DOM nodes). The patch is made while the Enter key is
	// handled (the console's listener), not in a later task of go-app's:
	// a window listener that runs after the console's clears the flag,
	// and the observer, called after each listener, reads it.
	if _, err := evalJS[bool](ctx, `(() => {
	  document.querySelector('button.slot[data-i="3"]').__kept = true;
	  window.__inEnter = false;
	  document.addEventListener("keydown", (e) => { if (e.key === "Enter") window.__inEnter = true; }, true);
	  window.addEventListener("keydown", (e) => { if (e.key === "Enter") window.__inEnter = false; });
	  new MutationObserver(() => {
	    if (window.__patchedInEnter === undefined && document.querySelector('button.slot[data-i="2"]').classList.contains("st-hot-plugged")) window.__patchedInEnter = window.__inEnter;
	  }).observe(__grid.wrap(), {subtree: true, attributes: true, childList: true});
	  return true; })()`); err != nil {
		t.Fatal(err)
	}
	if _, err := evalJS[bool](ctx, `(() => { const i = document.getElementById("console-input"); i.value = ""; i.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, "device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=2"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelector('button.slot[data-i="2"]').classList.contains("st-hot-plugged")`, 10*time.Second); err != nil {
		t.Fatalf("slot 2 not drawn hot-plugged: %v", err)
	}
	if inEnter, _ := evalJS[bool](ctx, `window.__patchedInEnter === true`); !inEnter {
		t.Error("the new core was drawn after the Enter key's handling, not in it (the grid waited for a page render)")
	}
	kept, _ := evalJS[bool](ctx, `document.querySelector('button.slot[data-i="3"]').__kept === true`)
	if !kept {
		t.Error("device_add redrew slots it did not change")
	}
	label, _ := evalJS[string](ctx, `document.querySelector('button.slot[data-i="2"]').getAttribute("aria-label")`)
	if label != "CPU core-id 2 · node 0 · hot-plugged · id core1 · /machine/peripheral/core1" {
		t.Errorf("patched slot's label %q", label)
	}
	shot(t, ctx, "spapr-4096-desktop")
}

// TestBrowserLarge288: a 288-CPU q35 draws in rows under its socket's
// heading, the console answers, and End reaches the last CPU.
func TestBrowserLarge288(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"?cmdline=-M%20q35%20-smp%201,maxcpus%3D288%20-accel%20kvm")); err != nil {
		t.Fatal(err)
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.querySelectorAll("button.slot").length > 0`, 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if head, _ := evalJS[string](ctx, `document.querySelector(".vrow.vhead").textContent`); head != "socket 0" {
		t.Errorf("first row %q, want the socket's heading", head)
	}
	if err := typeLine(ctx, "info cpus"); err != nil {
		t.Fatalf("console did not answer: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(`.grid-wrap button.slot[tabindex="0"]`)), chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.activeElement.dataset.i === "1" && document.getElementById("slot-detail").textContent.includes("empty")`, 10*time.Second); err != nil {
		t.Errorf("ArrowRight did not move focus to slot 1 and show its detail: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.End)); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, fmt.Sprintf(`document.activeElement.dataset.i === "%d"`, 287), 10*time.Second); err != nil {
		t.Errorf("End did not reach the last CPU: %v", err)
	}
	shot(t, ctx, "q35-288-desktop")
}
