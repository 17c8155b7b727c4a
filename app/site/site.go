package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	hotplug "hotpluglab/app"
	"hotpluglab/engine/release"
)

// wasmLengthHeader carries app.wasm's raw size when it is served compressed,
// so go-app's loader shows true progress (it divides by Content-Length
// otherwise, which is the compressed size).
const wasmLengthHeader = "X-Wasm-Content-Length"

// wasmVersion is the hash of app.wasm: the service worker's cache name, so a
// new build (and only a new build) makes browsers update.
func wasmVersion(webDir string) (string, []byte, error) {
	b, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return "", nil, fmt.Errorf("%w (build it first: make wasm)", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8]), b, nil
}

// normBase turns "-base" into "/" or "/sub/path" (no trailing slash), the
// forms go-app's providers want.
func normBase(base string) (string, error) {
	base = strings.TrimSpace(base)
	if base == "" || base == "/" {
		return "/", nil
	}
	if strings.ContainsAny(base, "?#\\ ") || strings.Contains(base, "//") || strings.Contains(base, "..") {
		return "", fmt.Errorf("bad -base %q: want a URL path such as /hotplug-lab/", base)
	}
	return "/" + strings.Trim(base, "/"), nil
}

// newHandler is the app's go-app handler for a site under base.
func newHandler(base, version string) *app.Handler {
	hotplug.Register()
	h := &app.Handler{
		Name:        "Hotplug Lab",
		ShortName:   "Hotplug Lab",
		Title:       "Hotplug Lab: QEMU CPU hotplug, simulated",
		Description: "A simulator of QEMU 7.2's CPU hotplug: monitor console and live CPU topology, in the browser.",
		Lang:        "en",
		// Local icons: remote defaults make the worker's install fail offline.
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		Styles: []string{"/web/app.css", "/web/tutorial.css", "/web/timeline.css"},
		// Offline, the guide, the SVG icon and every release's recordings
		// must come from the cache too (a release's firmware is kept when
		// first read: workerJS).
		CacheableResources:      append([]string{"/web/icon.svg", "/web/guide.html", "/web/loader.js"}, recordingPaths()...),
		BackgroundColor:         "#101418",
		ThemeColor:              "#1f6feb",
		LoadingLabel:            "Loading Hotplug Lab… {progress}%",
		Version:                 version,
		WasmContentLengthHeader: wasmLengthHeader,
		ServiceWorkerTemplate:   recordingsStamp() + workerJS,
		Image:                   ogImage(), // og:image
		// oEmbed discovery (oembed.go), and app.wasm's download started as
		// soon as the page's head is read, not after its scripts.
		RawHeaders: append(discoveryHeaders(base), wasmPreload(base), releasesMeta(), loaderScript(base)),
	}
	if base != "/" {
		h.Resources = app.CustomProvider("", base)
	}
	return h
}

// wasmPreload starts app.wasm's download with the page: the browser's
// preload scanner finds it in the head at once, where go-app's fetch would
// only start once the deferred scripts ran, after the style sheets. It is
// the same request as that fetch (a CORS-mode GET), so the fetch takes it.
func wasmPreload(base string) string {
	return `<link rel="preload" href="` + strings.TrimSuffix(base, "/") + `/web/app.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">`
}

// releasesMeta names, for web/loader.js, the releases a page may open on:
// the latest on a bare visit, the default for an embed or a link that
// carries a session (app.releaseFromURL's rule). The loader preloads the
// recordings of the page's own (a static <link rel=preload> could name only
// one, and embeds, which open on the default, would download the latest's
// for nothing).
func releasesMeta() string {
	return `<meta name="hotplug-lab-releases" content="latest=` + release.Latest.Name + ` default=` + release.Default.Name +
		` all=` + strings.Join(release.Names(), ",") + `">`
}

// loaderScript is web/loader.js, after releasesMeta (go-app writes its
// Scripts before the raw headers), run as the head is read: it draws the
// loading bar and starts the recordings' download.
func loaderScript(base string) string {
	return `<script src="` + strings.TrimSuffix(base, "/") + `/web/loader.js"></script>`
}

func recordingPaths() []string {
	var out []string
	for _, rel := range release.All() {
		out = append(out, "/web/"+rel.BundleName())
	}
	return out
}

// recordingsStamp is the worker's first line: a hash of every release's
// recordings. The worker's version is app.wasm's hash, which no longer
// covers the recordings; a change to them alone changes the worker's
// script, so browsers install it and fetch them again.
var recordingsStamp = sync.OnceValue(func() string {
	h := sha256.New()
	files, _ := releaseFiles()
	for _, f := range files {
		h.Write(f.raw)
	}
	return "// recordings " + hex.EncodeToString(h.Sum(nil)[:8]) + "\n"
})

// workerJS replaces go-app's service worker, which fails offline under a
// sub-path (it caches "/prefix" without its slash and matches exactly). This
// one caches the scope and its index.html, answers navigations from the cache
// whatever the query string, and never hands the page a redirected response.
// It never downloads app.wasm a second time on a first visit: the page
// registers it once the wasm has loaded (app/third_party/go-app), and the
// install takes app.wasm from the HTTP cache when it is this version's (the
// version is a hash of app.wasm), downloading it only when it is not.
const workerJS = `// Hotplug Lab service worker, version {{.Version}}.
const version = "{{.Version}}";
const cacheName = "hotpluglab-" + version;
const scope = new URL(self.registration.scope).pathname; // ends in "/"
const listed = {{.ResourcesToCache}};
const resourcesToCache = Array.from(new Set(
  listed.filter((r) => r + "/" !== scope).concat([scope, scope + "index.html"])
));
const isWasm = (r) => r.endsWith("/web/app.wasm");
// The recordings the page may have downloaded already: revalidated, not
// downloaded again when unchanged.
const isRecordings = (r) => /\/web\/qemu-[^/]*\.bin$/.test(r);

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(resourcesToCache.filter((r) => !isWasm(r)).map((r) => new Request(r, { cache: isRecordings(r) ? "no-cache" : "reload" })));
    for (const r of resourcesToCache.filter(isWasm)) {
      await cache.put(r, await wasmOfThisVersion(r));
    }
    await self.skipWaiting();
  })());
});

// app.wasm as the page loaded it, from the HTTP cache, if it is this
// version's; else downloaded.
async function wasmOfThisVersion(url) {
  try {
    const cached = await fetch(url, { cache: "force-cache" });
    if (cached.ok && (await versionOf(cached.clone())) === version) {
      return cached;
    }
  } catch (e) {}
  const fresh = await fetch(url, { cache: "reload" });
  if (!fresh.ok) {
    throw new Error(url + ": " + fresh.status);
  }
  return fresh;
}

async function versionOf(resp) {
  const sum = new Uint8Array(await crypto.subtle.digest("SHA-256", await resp.arrayBuffer()));
  return Array.from(sum.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.map((k) => (k !== cacheName ? caches.delete(k) : null))))
      .then(() => self.clients.claim())
  );
});

// A redirected response may not answer a navigation: copy it.
function unredirect(resp) {
  if (!resp || !resp.redirected) {
    return resp;
  }
  return resp.blob().then((body) => new Response(body, {
    status: resp.status, statusText: resp.statusText, headers: resp.headers,
  }));
}

async function answer(req) {
  const cache = await caches.open(cacheName);
  let hit = await cache.match(req, { ignoreSearch: true });
  if (!hit && req.mode === "navigate") {
    hit = (await cache.match(scope + "index.html")) || (await cache.match(scope));
  }
  if (hit) {
    return unredirect(hit);
  }
  const resp = await fetch(req);
  // A release's firmware for a target (-<target>-firmware.bin, 180 to
  // 370 KB compressed) is not installed with the rest: it is kept when a
  // page first reads it (memory of a machine that never ran).
  if (resp.ok && /-firmware\.bin$/.test(new URL(req.url).pathname)) {
    await cache.put(req, resp.clone());
  }
  return resp;
}

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") {
    return;
  }
  event.respondWith(answer(event.request));
});
`
