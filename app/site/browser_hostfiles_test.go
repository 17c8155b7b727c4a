package site

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserHostFiles: a pasted line naming a disk image the simulated
// host lacks fails as QEMU fails; the host files panel offers to add the
// files the line names; once added, QEMU starts, the panel lists the image
// and `info block` shows it opened with its format.
func TestBrowserHostFiles(t *testing.T) {
	ctx, url := tab(t, 1280, 900)
	// QEMU does not start, so the console stays disabled: wait for the page.
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/?cmdline="+strings.ReplaceAll("-M pc -smp 2,maxcpus=4 -hda /tmp/vm.qcow2", " ", "+"))); err != nil {
		t.Fatal(err)
	}
	const missing = "Could not open '/tmp/vm.qcow2': No such file or directory"
	if err := waitJS(ctx, `!document.getElementById("app-wasm-loader") && (document.getElementById("qemu-stderr") || {textContent: ""}).textContent.includes("Could not open")`, 60*time.Second); err != nil {
		t.Fatalf("stderr shows %q, want %q", text(ctx, "#qemu-stderr"), missing)
	}
	if !shown(ctx, "#host-files-add") {
		t.Fatal("no button to add the files the command line names")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#host-files-add"))); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `!!document.querySelector("#host-files .host-files-list") && !document.querySelector("#host-files-add")`, 20*time.Second); err != nil {
		t.Fatalf("after adding, the panel shows %q", text(ctx, "#host-files"))
	}
	if got := text(ctx, "#host-files"); !strings.Contains(got, "/tmp/vm.qcow2") || !strings.Contains(got, "qcow2") || !strings.Contains(got, "10G") {
		t.Errorf("the panel lists %q", got)
	}
	if strings.Contains(text(ctx, "#qemu-stderr"), "Could not open") {
		t.Errorf("QEMU still fails: %q", text(ctx, "#qemu-stderr"))
	}
	if err := appReady(ctx); err != nil {
		t.Fatal(err)
	}
	if err := typeLine(ctx, "info block"); err != nil {
		t.Fatal(err)
	}
	if err := waitJS(ctx, `document.getElementById("console-log").textContent.includes("/tmp/vm.qcow2 (qcow2)")`, 20*time.Second); err != nil {
		t.Errorf("info block shows %q", text(ctx, "#console-log"))
	}
	shot(t, ctx, "hostfiles")
}
