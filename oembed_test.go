package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildOEmbedAndOpenGraph(t *testing.T) {
	defer func(l int) { brotliLevel = l }(brotliLevel)
	brotliLevel = 1
	for _, c := range []struct{ url, root string }{
		{"", "/sub/lab/"},
		{"https://docs.example/sub/lab/", "https://docs.example/sub/lab/"},
	} {
		siteURL = c.url
		out := t.TempDir()
		err := buildSite(out, "/sub/lab/", fakeWeb(t))
		siteURL = ""
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out, "oembed.json"))
		if err != nil {
			t.Fatal(err)
		}
		var o map[string]any
		if err := json.Unmarshal(b, &o); err != nil {
			t.Fatalf("oembed.json: %v", err)
		}
		if o["version"] != "1.0" || o["type"] != "rich" || o["width"] != float64(800) {
			t.Errorf("oembed.json %v", o)
		}
		if h, _ := o["html"].(string); !strings.Contains(h, `<iframe src="`+c.root+`embed"`) {
			t.Errorf("oEmbed html %q does not frame %sembed", h, c.root)
		}
		for _, page := range []string{"index.html", "embed/index.html"} {
			idx, _ := os.ReadFile(filepath.Join(out, page))
			for _, want := range []string{
				`<link rel="alternate" type="application/json+oembed" href="` + c.root + `oembed.json"`,
				`property="og:title" content="Hotplug Lab`,
				`property="og:image" content="` + c.root + `web/icon-512.png"`,
				`property="og:site_name" content="Hotplug Lab"`,
			} {
				if !strings.Contains(string(idx), want) {
					t.Errorf("url %q: %s lacks %s", c.url, page, want)
				}
			}
			// og:url is the site's address, never the build's local server.
			if strings.Contains(string(idx), "127.0.0.1") || (c.url != "" && !strings.Contains(string(idx), `property="og:url" content="`+c.root)) {
				t.Errorf("url %q: %s has a wrong og:url", c.url, page)
			}
		}
	}
	if code := buildMain([]string{"-out", t.TempDir(), "-url", "ftp://x/"}); code != 2 {
		t.Errorf("build -url ftp://x/ exits %d, want 2", code)
	}
}
