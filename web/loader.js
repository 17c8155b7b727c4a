// A progress bar for go-app's wasm loader: go-app only writes a percentage
// into #app-wasm-loader-label, so mirror it into a bar's width.
(function () {
  function attach() {
    var loader = document.getElementById("app-wasm-loader");
    var label = document.getElementById("app-wasm-loader-label");
    if (!loader || !label) {
      return;
    }
    var bar = document.createElement("div");
    bar.className = "loadbar";
    bar.setAttribute("role", "progressbar");
    bar.setAttribute("aria-label", "Loading Hotplug Lab");
    bar.setAttribute("aria-valuemin", "0");
    bar.setAttribute("aria-valuemax", "100");
    var fill = document.createElement("div");
    fill.className = "loadbar-fill";
    bar.appendChild(fill);
    loader.appendChild(bar);
    var update = function () {
      var m = /(\d+)%/.exec(label.textContent || "");
      if (m) {
        fill.style.width = m[1] + "%";
        bar.setAttribute("aria-valuenow", m[1]);
      }
    };
    new MutationObserver(update).observe(label, { childList: true, characterData: true, subtree: true });
    update();
  }
  // A frame sandboxed without allow-same-origin has an opaque origin: its
  // storage throws (go-app reads localStorage as it starts) and app.wasm is
  // a cross-origin fetch ("Failed to fetch" over a disabled page). Say what
  // the frame needs instead, and keep go-app's loader from trying: it skips
  // loading for crawlers, so it is told it is one.
  function sandboxed() {
    try {
      return !window.localStorage && false;
    } catch (e) {
      return true;
    }
  }
  function explain() {
    var box = document.createElement("div");
    box.id = "sandbox-notice";
    box.className = "notice error";
    box.setAttribute("role", "alert");
    box.textContent = "Hotplug Lab cannot run in this frame: its sandbox lacks allow-same-origin, " +
      "so the page has no storage and may not load its own app.wasm. Embed it with " +
      "sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads\" " +
      "(or without a sandbox); docs/authoring.md has the details.";
    var page = document.querySelector(".page");
    if (page) {
      page.insertBefore(box, page.firstChild);
    } else {
      document.body.insertBefore(box, document.body.firstChild);
    }
  }
  if (sandboxed()) {
    try {
      Object.defineProperty(navigator, "userAgent", { get: function () { return "sandboxed-frame bot"; } });
    } catch (e) {}
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", explain);
    } else {
      explain();
    }
    return;
  }
  // The recordings of the release the page opens on start downloading
  // now, beside app.wasm, as a preload that the engine's own fetch takes
  // (app/recordings_js.go). The release follows the page's rule
  // (app.releaseFromURL): qemu= when given, the default for an embed or a
  // link that carries a session, the latest otherwise; the meta just
  // before this script names them (app/site/site.go). One static preload
  // could name only one: embeds, which open on the default, would download
  // the latest's for nothing.
  try {
    var meta = document.querySelector('meta[name="hotplug-lab-releases"]');
    var me = document.currentScript && document.currentScript.src;
    if (meta && me && /\/loader\.js(\?|$)/.test(me)) {
      var rel = {};
      meta.getAttribute("content").split(" ").forEach(function (kv) {
        var p = kv.split("=");
        rel[p[0]] = p[1];
      });
      var q = new URLSearchParams(location.search);
      var given = function (k) { return (q.get(k) || "").trim() !== ""; };
      var name = (q.get("qemu") || "").trim();
      if (name === "") {
        var session = /\/embed\/?$/.test(location.pathname) || location.hash.length > 1 ||
          ["cmdline", "machine", "smp", "scenario"].some(given);
        name = session ? rel["default"] : rel["latest"];
      } else if (rel["all"].split(",").indexOf(name) < 0) {
        name = rel["latest"]; // the page says it does not know that one and runs the latest
      }
      var link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.crossOrigin = "anonymous";
      link.href = me.replace(/loader\.js(\?.*)?$/, "qemu-" + name + ".bin");
      document.head.appendChild(link);
    }
  } catch (e) {}
  try {
    var th = JSON.parse(localStorage.getItem("hotpluglab.theme") || "null");
    if (th) {
      document.documentElement.setAttribute("data-theme", th);
    }
  } catch (e) {}
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attach);
  } else {
    attach();
  }
})();
