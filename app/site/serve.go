package site

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"maps"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"hotpluglab/engine/release"

	"github.com/andybalholm/brotli"
)

func ServeMain(args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	webDir := fs.String("web", "web", "directory holding app.wasm and the static files")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "hotpluglab serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab serve:", err)
		return 1
	}
	h, err := newServerAt(*webDir, ln.Addr().String())
	if err != nil {
		ln.Close()
		fmt.Fprintln(os.Stderr, "hotpluglab serve:", err)
		return 1
	}
	fmt.Printf("Hotplug Lab: http://%s/\n", ln.Addr())
	srv := newHTTPServer(h)
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "hotpluglab serve:", err)
		return 1
	}
	return 0
}

// newServer serves the app at "/", static files from webDir under /web/,
// and app.wasm compressed when the browser accepts it; its pages name the
// host "localhost" (newServerAt names another).
func newServer(webDir string) (http.Handler, error) { return newServerAt(webDir, "localhost") }

// newServerAt is newServer for a server reached at host (its og:url).
func newServerAt(webDir, host string) (http.Handler, error) {
	version, raw, err := wasmVersion(webDir)
	if err != nil {
		return nil, err
	}
	w := &wasmFile{raw: raw, modTime: time.Now()}
	// Prefer precompressed files written by "build" for this very wasm.
	if br, err := os.ReadFile(filepath.Join(webDir, "app.wasm.br")); err == nil && fresh(webDir, "app.wasm.br") {
		w.br = br
	}
	if gz, err := os.ReadFile(filepath.Join(webDir, "app.wasm.gz")); err == nil && fresh(webDir, "app.wasm.gz") {
		w.gz = gz
	} else {
		w.gz = gzipFast(raw)
	}
	mux := http.NewServeMux()
	mux.Handle("/web/app.wasm", w)
	if err := handleRecordings(mux); err != nil {
		return nil, err
	}
	mux.Handle("/web/", http.StripPrefix("/web/", http.FileServer(noDirs{http.Dir(webDir)})))
	mux.Handle("/", canonical(host, newHandler("/", version)))
	return secured(mux), nil
}

// fresh reports whether a compressed file is at least as new as app.wasm.
func fresh(dir, name string) bool {
	a, err1 := os.Stat(filepath.Join(dir, "app.wasm"))
	b, err2 := os.Stat(filepath.Join(dir, name))
	return err1 == nil && err2 == nil && !b.ModTime().Before(a.ModTime())
}

func gzipFast(raw []byte) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	zw.Write(raw)
	zw.Close()
	return b.Bytes()
}

// brotliFast is brotli at a level that takes a fraction of a second for a
// release's recordings (the static build writes level 11).
func brotliFast(raw []byte) []byte {
	var b bytes.Buffer
	bw := brotli.NewWriterLevel(&b, 6)
	bw.Write(raw)
	bw.Close()
	return b.Bytes()
}

// handleRecordings serves each release's files (releaseFiles: its
// recordings bundle, /web/qemu-<version>.bin, and its firmware),
// compressed. The files are made once per process (a server per test, in
// the tests).
func handleRecordings(mux *http.ServeMux) error {
	files, err := recordingFiles()
	if err != nil {
		return err
	}
	for _, f := range files {
		mux.Handle("/web/"+f.name, f.file)
	}
	return nil
}

type servedFile struct {
	name string
	file *wasmFile
}

var recordingFiles = sync.OnceValues(func() ([]servedFile, error) {
	files, err := releaseFiles()
	if err != nil {
		return nil, err
	}
	var out []servedFile
	for _, f := range files {
		out = append(out, servedFile{f.name, &wasmFile{raw: f.raw, gz: gzipFast(f.raw), br: brotliFast(f.raw), modTime: time.Now(), contentType: "application/octet-stream"}})
	}
	return out, nil
})

// releaseFile is a file a page downloads beside app.wasm: a release's
// recordings bundle, or its firmware images (read only when a command
// reads guest memory they fill).
type releaseFile struct {
	name string
	raw  []byte
}

func releaseFiles() ([]releaseFile, error) {
	var out []releaseFile
	for _, rel := range release.All() {
		b, err := rel.Bundle()
		if err != nil {
			return nil, err
		}
		out = append(out, releaseFile{rel.BundleName(), b})
		fws, err := rel.FirmwareBundles()
		if err != nil {
			return nil, err
		}
		for _, name := range slices.Sorted(maps.Keys(fws)) {
			out = append(out, releaseFile{name, fws[name]})
		}
	}
	return out, nil
}

// wasmFile is app.wasm (or another built file: contentType), served
// compressed when the browser accepts it.
type wasmFile struct {
	raw, gz, br []byte
	modTime     time.Time
	contentType string // "" for application/wasm
}

func (f *wasmFile) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.contentType != "" {
		w.Header().Set("Content-Type", f.contentType)
	} else {
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set(wasmLengthHeader, strconv.Itoa(len(f.raw)))
	}
	w.Header().Set("Vary", "Accept-Encoding")
	w.Header().Set("Cache-Control", "no-cache")
	body := f.raw
	ae := r.Header.Get("Accept-Encoding")
	switch {
	case f.br != nil && strings.Contains(ae, "br"):
		w.Header().Set("Content-Encoding", "br")
		body = f.br
	case f.gz != nil && strings.Contains(ae, "gzip"):
		w.Header().Set("Content-Encoding", "gzip")
		body = f.gz
	}
	http.ServeContent(w, r, path.Base(r.URL.Path), f.modTime, bytes.NewReader(body))
}
