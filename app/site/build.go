package site

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func BuildMain(args []string) int {
	fset := flag.NewFlagSet("build", flag.ContinueOnError)
	out := fset.String("out", "", "directory to write the site into (required)")
	base := fset.String("base", "/", "URL path the site is served under, e.g. /hotplug-lab/")
	webDir := fset.String("web", "web", "directory holding app.wasm and the static files")
	fset.StringVar(&siteURL, "url", "", "the site's public URL, for absolute oEmbed and Open Graph links (optional)")
	if err := fset.Parse(args); err != nil {
		return 2
	}
	if err := checkSiteURL(siteURL); err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab build:", err)
		return 2
	}
	if *out == "" || fset.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: hotpluglab build -out DIR [-base /sub/path/] [-web DIR] [-url https://host/sub/path/]")
		return 2
	}
	if err := buildSite(*out, *base, *webDir); err != nil {
		fmt.Fprintln(os.Stderr, "hotpluglab build:", err)
		return 1
	}
	fmt.Printf("static site written to %s (serve it under %s)\n", *out, *base)
	return 0
}

// buildSite writes a static site that works from any static host under base
// and offline after the first visit.
func buildSite(out, base, webDir string) error {
	b, err := normBase(base)
	if err != nil {
		return err
	}
	version, raw, err := wasmVersion(webDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, newHandler(b, version)); err != nil {
		return err
	}
	// GenerateStaticWebsite leaves web/ empty: copy ours.
	if err := copyDir(webDir, filepath.Join(out, "web"), func(name string) bool {
		return !strings.HasPrefix(name, "app.wasm.") // rewritten below
	}); err != nil {
		return err
	}
	if err := writeCompressed(filepath.Join(out, "web", "app.wasm"), raw); err != nil {
		return err
	}
	// Each release's recordings and firmware, which the wasm does not carry.
	files, err := releaseFiles()
	if err != nil {
		return err
	}
	for _, f := range files {
		p := filepath.Join(out, "web", f.name)
		if err := os.WriteFile(p, f.raw, 0o644); err != nil {
			return err
		}
		if err := writeCompressed(p, f.raw); err != nil {
			return err
		}
	}
	// wasm_exec.js must match the toolchain that built app.wasm.
	we, err := wasmExecJS()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "wasm_exec.js"), we, 0o644); err != nil {
		return err
	}
	if err := writeOEmbed(out, b); err != nil { // and og:url (oembed.go)
		return err
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		return err
	}
	// /embed: GitHub Pages maps it to embed.html; plain servers (python3 -m
	// http.server) only find a directory's index.html.
	embed, err := os.ReadFile(filepath.Join(out, "embed.html"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(out, "embed"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "embed", "index.html"), embed, 0o644); err != nil {
		return err
	}
	// GitHub Pages answers unknown paths with 404.html, and skips Jekyll.
	if err := os.WriteFile(filepath.Join(out, "404.html"), index, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, ".nojekyll"), nil, 0o644)
}

// brotliLevel is the quality of app.wasm.br: 11, the smallest, for what is
// deployed. (Pure-Go brotli at 11 takes about a minute for app.wasm on a
// small machine; tests that do not measure it lower the level.)
var brotliLevel = brotli.BestCompression

func writeCompressed(path string, raw []byte) error {
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := zw.Write(raw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotliLevel)
	if _, err := bw.Write(raw); err != nil {
		return err
	}
	if err := bw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(path+".gz", gz.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(path+".br", br.Bytes(), 0o644)
}

// wasmExecJS reads the toolchain's wasm_exec.js ("go env GOROOT" first, as
// the binary may have been built by another toolchain than the one in use).
func wasmExecJS() ([]byte, error) {
	var roots []string
	if o, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
		roots = append(roots, strings.TrimSpace(string(o)))
	}
	roots = append(roots, runtime.GOROOT())
	for _, r := range roots {
		if r == "" {
			continue
		}
		if b, err := os.ReadFile(filepath.Join(r, "lib", "wasm", "wasm_exec.js")); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("wasm_exec.js not found under GOROOT (%s)", strings.Join(roots, ", "))
}

func copyDir(src, dst string, keep func(name string) bool) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !keep(d.Name()) {
			return nil
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		o, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(o, in); err != nil {
			o.Close()
			return err
		}
		return o.Close()
	})
}
