package site

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"hotpluglab/engine/explain"
	"hotpluglab/engine/release"
)

// fakeWeb is a web/ directory with a stand-in app.wasm: these tests check
// serving and site layout, not the wasm.
func fakeWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := copyDir(filepath.Join("..", "..", "web"), dir, func(n string) bool { return !strings.HasPrefix(n, "app.wasm") }); err != nil {
		t.Fatal(err)
	}
	wasm := []byte("\x00asm" + strings.Repeat("hotplug", 5000))
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestServeWasmCompressed(t *testing.T) {
	web := fakeWeb(t)
	h, err := newServer(web)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(filepath.Join(web, "app.wasm"))
	for _, ae := range []string{"", "gzip", "gzip, deflate, br"} {
		req := httptest.NewRequest("GET", "/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", ae)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			t.Fatalf("%q: status %d", ae, rec.Code)
		}
		if got := rec.Header().Get(wasmLengthHeader); got != strconv.Itoa(len(raw)) {
			t.Errorf("%q: %s = %s, want the raw size %d", ae, wasmLengthHeader, got, len(raw))
		}
		enc := rec.Header().Get("Content-Encoding")
		switch {
		case ae == "" && (enc != "" || rec.Body.Len() != len(raw)):
			t.Errorf("no Accept-Encoding: got encoding %q, %d bytes", enc, rec.Body.Len())
		case ae != "" && enc != "gzip": // no .br on disk: serve gzips on the fly
			t.Errorf("%q: encoding %q, want gzip", ae, enc)
		}
	}
}

func TestServePage(t *testing.T) {
	h, err := newServer(fakeWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	get := func(path string) string {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("%s: status %d", path, res.StatusCode)
		}
		return string(b)
	}
	page := get("/")
	// A bare visit is pre-rendered on the latest release; a URL names its own.
	for _, s := range []string{"Topology of pc-i440fx-" + release.Latest.Name, "/web/app.css", "/web/loader.js", "icon-192.png", `href="/web/guide.html"`} {
		if !strings.Contains(page, s) {
			t.Errorf("page lacks %q", s)
		}
	}
	// The server pre-renders without the query (nothing of the request is
	// reflected: harden.go); the app reads the URL itself when it starts.
	if p := get("/?qemu=7.2&cmdline=-M+q35"); strings.Contains(p, "Topology of pc-q35") || !strings.Contains(p, "Topology of pc-i440fx-"+release.Latest.Name) {
		t.Error("/?qemu=7.2&cmdline=-M+q35 is not served the query-free pre-render")
	}
	if strings.Contains(page, "raw.githubusercontent.com") {
		t.Error("page references remote icons (offline install would fail)")
	}
	worker := get("/app-worker.js")
	if !strings.Contains(worker, "ignoreSearch: true") || !strings.Contains(worker, `scope + "index.html"`) {
		t.Error("the custom service worker is not the one served")
	}
	if embed := get("/embed"); !strings.Contains(embed, `class="page embed"`) {
		t.Error("/embed is not the compact page")
	}
}

func TestServeNeedsWasm(t *testing.T) {
	if _, err := newServer(t.TempDir()); err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("missing app.wasm: err %v, want a hint to build it", err)
	}
}

func TestBuildSiteSubPath(t *testing.T) {
	defer func(l int) { brotliLevel = l }(brotliLevel)
	brotliLevel = 1
	out := t.TempDir()
	if err := buildSite(out, "/sub/lab/", fakeWeb(t)); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "404.html", ".nojekyll", "app.js", "app-worker.js", "manifest.webmanifest",
		"wasm_exec.js", "embed.html", "embed/index.html", "web/app.wasm", "web/app.wasm.gz", "web/app.wasm.br", "web/icon-512.png", "web/app.css"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("site lacks %s", f)
		}
	}
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(index), `href="/sub/lab/web/app.css"`) {
		t.Error("index.html does not load its styles from the sub-path")
	}
	worker, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
	for _, f := range []string{"/sub/lab/web/icon.svg", "/sub/lab/web/guide.html", "/sub/lab/web/app.css"} {
		if !strings.Contains(string(worker), `"`+f+`"`) {
			t.Errorf("the service worker does not cache %s, so it is missing offline", f)
		}
	}
	appJS, _ := os.ReadFile(filepath.Join(out, "app.js"))
	if !strings.Contains(string(appJS), `"/sub/lab/web/app.wasm"`) || !strings.Contains(string(appJS), `"/sub/lab/app-worker.js"`) {
		t.Error("app.js does not fetch app.wasm and the worker under the sub-path")
	}
	we, _ := os.ReadFile(filepath.Join(out, "wasm_exec.js"))
	want, err := wasmExecJS()
	if err != nil || string(we) != string(want) {
		t.Errorf("wasm_exec.js is not the toolchain's (%v)", err)
	}
}

func TestBuildRootAndBadBase(t *testing.T) {
	defer func(l int) { brotliLevel = l }(brotliLevel)
	brotliLevel = 1
	out := t.TempDir()
	if err := buildSite(out, "/", fakeWeb(t)); err != nil {
		t.Fatal(err)
	}
	appJS, _ := os.ReadFile(filepath.Join(out, "app.js"))
	if strings.Contains(string(appJS), `"//web/app.wasm"`) || !strings.Contains(string(appJS), `"/web/app.wasm"`) {
		t.Error("root site fetches app.wasm from the wrong path")
	}
	for _, b := range []string{"/a/../b", "http://x/", "/a b/", "/a?x"} {
		if err := buildSite(t.TempDir(), b, "web"); err == nil || !strings.Contains(err.Error(), "bad -base") {
			t.Errorf("base %q: err %v", b, err)
		}
	}
	if code := BuildMain(nil); code != 2 {
		t.Errorf("build with no -out exits %d, want 2", code)
	}
}

// TestGuideHasEverySection: every section a learner's note links to is an
// anchor of the guide page.
func TestGuideHasEverySection(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "web", "guide.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(explain.Sections(), "page", "versions") {
		if !strings.Contains(string(b), `<section id="`+s+`">`) || !strings.Contains(string(b), `href="#`+s+`"`) {
			t.Errorf("guide.html lacks section %q (or its entry in the contents)", s)
		}
	}
}
