package site

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Headless Chromium for the browser tests and the benchmark.

// chromiumPath finds the browser ("" when there is none).
func chromiumPath() string {
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

var errNoChromium = errors.New("chromium not found (apt-get install chromium)")

// newChrome starts a fresh headless Chromium (its own profile, so no cache or
// service worker carries over) and returns a tab context.
func newChrome(parent context.Context, width, height int) (context.Context, context.CancelFunc, error) {
	path := chromiumPath()
	if path == "" {
		return nil, nil, errNoChromium
	}
	dir, err := os.MkdirTemp("", "hotpluglab-chrome-")
	if err != nil {
		return nil, nil, err
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir),
		chromedp.WindowSize(width, height),
	}
	actx, acancel := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancel := chromedp.NewContext(actx)

	// Start the browser now, so a failure shows here.
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		acancel()
		os.RemoveAll(dir)
		return nil, nil, fmt.Errorf("starting chromium: %w", err)
	}
	// The full page asks before it is left with unsaved work (beforeunload):
	// tests that navigate on say yes.
	chromedp.Listen(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	})
	return ctx, func() {
		cancel()
		acancel()
		os.RemoveAll(dir)
	}, nil
}

// waitJS polls a JavaScript expression until it is truthy.
func waitJS(ctx context.Context, expr string, timeout time.Duration) error {
	_, err := chromedp.Run(ctx, chromedp.Poll[any](expr,
		chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(10*time.Millisecond)))
	if err != nil {
		return fmt.Errorf("waiting for %s: %w", expr, err)
	}
	return nil
}

// evalJS evaluates an expression and returns its value.
func evalJS[T any](ctx context.Context, expr string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr))
}

// screenshot writes a PNG of the page.
func screenshot(ctx context.Context, path string) error {
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil && strings.Contains(err.Error(), "too large") {
		// A page taller than Chromium can capture (a 4096-CPU grid with long
		// outputs): what the user sees, the viewport, instead.
		b, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	}
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
