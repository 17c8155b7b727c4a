package site

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
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
			tags := metaTags(idx)
			for _, want := range [][2]string{
				{"og:title", "Hotplug Lab: QEMU CPU hotplug, simulated"},
				{"og:image", c.root + "web/icon-512.png"},
				{"og:site_name", "Hotplug Lab"},
			} {
				if tags[want[0]] != want[1] {
					t.Errorf("url %q: %s has %s = %q, want %q", c.url, page, want[0], tags[want[0]], want[1])
				}
			}
			if !strings.Contains(string(idx), `<link rel="alternate" type="application/json+oembed" href="`+c.root+`oembed.json"`) {
				t.Errorf("url %q: %s lacks the oEmbed discovery link\n%s", c.url, page, head(idx))
			}
			if c.url != "" && tags["og:url"] != c.root+strings.TrimSuffix(strings.TrimSuffix(page, "index.html"), "/") {
				t.Errorf("url %q: %s og:url = %q", c.url, page, tags["og:url"])
			}
			// og:url is the site's address, never the build's local server.
			if strings.Contains(string(idx), "127.0.0.1") {
				t.Errorf("url %q: %s has a wrong og:url", c.url, page)
			}
		}
	}
	defer func() { siteURL = "" }() // buildMain sets the global from its flag
	if code := BuildMain([]string{"-out", t.TempDir(), "-url", "ftp://x/"}); code != 2 {
		t.Errorf("build -url ftp://x/ exits %d, want 2", code)
	}
}

func head(b []byte) string {
	s := string(b)
	if i := strings.Index(s, "</head>"); i >= 0 {
		return s[:i]
	}
	return s
}

var metaTag = regexp.MustCompile(`<meta [^>]*>`)
var metaAttr = regexp.MustCompile(`(property|content)="([^"]*)"`)

// metaTags maps each <meta property=…> to its content, whatever the
// attributes' order (go-app's varies).
func metaTags(page []byte) map[string]string {
	out := map[string]string{}
	for _, tag := range metaTag.FindAll(page, -1) {
		a := map[string]string{}
		for _, m := range metaAttr.FindAllSubmatch(tag, -1) {
			a[string(m[1])] = html.UnescapeString(string(m[2]))
		}
		if p := a["property"]; p != "" {
			out[p] = a["content"]
		}
	}
	return out
}
