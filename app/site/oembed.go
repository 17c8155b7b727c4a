package site

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// oEmbed and Open Graph for the static site, so a CMS given the site's URL
// can embed the lab. A static host cannot answer oEmbed's ?url= query, so
// oembed.json describes the default lab; a given session embeds with
// "Copy embed code".

// siteURL is the site's public URL (build -url), for the absolute links
// oEmbed consumers want; without it the links are root-relative.
var siteURL string

const (
	oembedWidth  = 800
	oembedHeight = 560
)

// siteRoot is where the site lives: siteURL, else the base path.
func siteRoot(base string) string {
	if siteURL != "" {
		return strings.TrimSuffix(siteURL, "/") + "/"
	}
	return strings.TrimSuffix(base, "/") + "/"
}

// checkSiteURL refuses a -url that is not an absolute http(s) URL.
func checkSiteURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("bad -url %q: want the site's public address, such as https://example.org/hotplug-lab/", s)
	}
	return nil
}

// ogImage is og:image: absolute with -url; else go-app adds the base.
func ogImage() string {
	if siteURL != "" {
		return siteRoot("") + "web/icon-512.png"
	}
	return "/web/icon-512.png"
}

// discoveryHeaders are the <head> tags go-app does not write: oEmbed
// discovery and the Open Graph site name.
func discoveryHeaders(base string) []string {
	root := siteRoot(base)
	return []string{
		`<link rel="alternate" type="application/json+oembed" href="` + html.EscapeString(root+"oembed.json") + `" title="Hotplug Lab">`,
		`<meta property="og:site_name" content="Hotplug Lab">`,
	}
}

// oembedJSON is the site's oEmbed answer (type rich: an iframe of the embed page).
func oembedJSON(base string) ([]byte, error) {
	root := siteRoot(base)
	frame := fmt.Sprintf(`<iframe src="%s" title="QEMU CPU hotplug simulator" width="%d" height="%d" style="border:0;width:100%%;max-width:%dpx" loading="lazy" allow="clipboard-write"></iframe>`,
		html.EscapeString(root+"embed"), oembedWidth, oembedHeight, oembedWidth)
	return json.MarshalIndent(map[string]any{
		"version":          "1.0",
		"type":             "rich",
		"provider_name":    "Hotplug Lab",
		"provider_url":     root,
		"title":            "Hotplug Lab: QEMU CPU hotplug, simulated",
		"html":             frame,
		"width":            oembedWidth,
		"height":           oembedHeight,
		"thumbnail_url":    root + "web/icon-512.png",
		"thumbnail_width":  512,
		"thumbnail_height": 512,
	}, "", "  ")
}

// ogURL matches go-app's og:url, which static generation fills with the
// address of its temporary local server (go-app writes attributes in any order).
var ogURL = regexp.MustCompile(`<meta (?:property="og:url" content="[^"]*"|content="[^"]*" property="og:url")>`)

// writeOEmbed writes oembed.json and sets og:url in the pre-rendered pages
// to the site's address (-url), or drops it when the address is unknown.
func writeOEmbed(out, base string) error {
	b, err := oembedJSON(base)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "oembed.json"), append(b, '\n'), 0o644); err != nil {
		return err
	}
	for page, path := range map[string]string{"index.html": "", "embed.html": "embed"} {
		f := filepath.Join(out, page)
		h, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		tag := ""
		if siteURL != "" {
			tag = `<meta property="og:url" content="` + html.EscapeString(siteRoot(base)+path) + `">`
		}
		if err := os.WriteFile(f, ogURL.ReplaceAll(h, []byte(tag)), 0o644); err != nil {
			return err
		}
	}
	return nil
}
