// Hotplug Lab embed: <hotplug-lab> creates the simulator's iframe lazily and
// speaks its host API over postMessage. One file, no dependencies.
//
//   <script src="https://example.org/hotplug-lab/embed.js" defer></script>
//   <hotplug-lab qemu="10.0" cmdline="-M pc -smp 1,maxcpus=2" ui="both"></hotplug-lab>
//
// Protocol (version 1): every message is an object {hotplugLab: 1, ...}.
//   host -> frame  {hotplugLab: 1, id, method, params}
//   frame -> host  {hotplugLab: 1, id, result} | {hotplugLab: 1, id, error}
//                  {hotplugLab: 1, event, data}
// Anything else is ignored with a console warning.
(function () {
  "use strict";
  var PROTOCOL = 1;
  var METHODS = ["run", "getState", "setTheme", "loadScenario", "getTimeline"];
  var EVENTS = ["ready", "plugged", "unplugRequested", "unplugged", "guestOnline", "stepDone", "timelineStep", "resize"];
  var PARAMS = ["qemu", "machine", "cmdline", "smp", "scenario", "steps", "ui", "theme", "mode", "readonly", "autorun", "timeline"];
  var here = (document.currentScript && document.currentScript.src) || location.href;
  // The site serves this file as <base>/web/embed.js: the embed page is at <base>/embed.
  var dir = new URL(".", here);
  if (/\/web\/$/.test(dir.pathname)) dir = new URL("..", dir);
  var defaultBase = dir.href;

  function warn(msg, data) {
    if (window.console) console.warn("hotplug-lab: " + msg, data);
  }

  class HotplugLab extends HTMLElement {
    constructor() {
      super();
      this._pending = new Map();
      this._nextId = 1;
      this._frame = null;
      this._ready = false;
      this._queue = [];
      var self = this;
      this.ready = new Promise(function (resolve) { self._resolveReady = resolve; });
      this._onMessage = this._onMessage.bind(this);
    }

    static get observedAttributes() { return ["theme"]; }

    connectedCallback() {
      if (this._frame) { window.addEventListener("message", this._onMessage); return; } // moved in the DOM
      if (this._placeholder) return;
      this.style.display = this.style.display || "block";
      var ph = document.createElement("button");
      ph.type = "button";
      ph.textContent = this.getAttribute("label") || "Open the CPU hotplug simulator";
      ph.style.cssText = "width:100%;min-height:" + (this.getAttribute("height") || "420") + "px;font:inherit;cursor:pointer;border:1px solid #8884;border-radius:6px;background:transparent;color:inherit";
      this._placeholder = ph;
      this.appendChild(ph);
      var self = this;
      ph.addEventListener("click", function () { self.load(); });
      if ((this.getAttribute("lazy") || "visible") === "visible" && "IntersectionObserver" in window) {
        this._io = new IntersectionObserver(function (es) {
          if (es.some(function (e) { return e.isIntersecting; })) self.load();
        }, { rootMargin: "200px" });
        this._io.observe(this);
      }
    }

    disconnectedCallback() {
      window.removeEventListener("message", this._onMessage);
      if (this._io) this._io.disconnect();
    }

    attributeChangedCallback(name, _old, value) {
      if (name === "theme" && this._frame) this.setTheme(value);
    }

    // src is the embed page's URL with the element's attributes as its query.
    get src() {
      var base = this.getAttribute("src") || defaultBase;
      if (!/\/$/.test(base)) base += "/"; // src="https://x/lab" means the folder
      var u = new URL("embed", base);
      for (var i = 0; i < PARAMS.length; i++) {
        var p = PARAMS[i];
        if (this.hasAttribute(p)) u.searchParams.set(p, this.getAttribute(p) || "1");
      }
      return u.href;
    }

    load() {
      if (this._frame) return this.ready;
      if (this.hasAttribute("scenario") && (this.hasAttribute("cmdline") || this.hasAttribute("machine") || this.hasAttribute("smp"))) {
        warn("scenario and cmdline/machine/smp given: the scenario starts its own machine, the command line is not used", this);
      }
      if (this._io) this._io.disconnect();
      var f = document.createElement("iframe");
      f.src = this.src;
      f.title = this.getAttribute("title") || "QEMU CPU hotplug simulator";
      f.loading = "eager";
      f.style.cssText = "width:100%;border:0;display:block;height:" + (this.getAttribute("height") || "420") + "px";
      f.setAttribute("allow", "clipboard-write");
      this._origin = new URL(f.src).origin;
      window.addEventListener("message", this._onMessage);
      this._frame = f;
      if (this._placeholder) this._placeholder.replaceWith(f); else this.appendChild(f);
      return this.ready;
    }

    _onMessage(ev) {
      if (!this._frame || ev.source !== this._frame.contentWindow) return;
      if (ev.origin !== this._origin) { warn("message from an unexpected origin ignored", ev.origin); return; }
      var m = ev.data;
      if (!m || typeof m !== "object" || m.hotplugLab === undefined) return;
      if (m.hotplugLab !== PROTOCOL) { warn("unsupported protocol version " + m.hotplugLab + " ignored", m); return; }
      if (typeof m.event === "string") {
        if (EVENTS.indexOf(m.event) < 0) { warn("unknown event ignored", m); return; }
        if (m.event === "ready") {
          this._ready = true;
          this._resolveReady(m.data || {});
          var q = this._queue; this._queue = [];
          for (var i = 0; i < q.length; i++) this._post(q[i]);
        }
        if (m.event === "resize" && m.data && typeof m.data.height === "number" && this.getAttribute("autosize") !== "off") {
          this._frame.style.height = Math.max(120, Math.ceil(m.data.height)) + "px";
        }
        this.dispatchEvent(new CustomEvent(m.event, { detail: m.data || {} }));
        return;
      }
      if (typeof m.id === "number" && this._pending.has(m.id)) {
        var p = this._pending.get(m.id);
        this._pending.delete(m.id);
        if (typeof m.error === "string") p.reject(new Error(m.error)); else p.resolve(m.result);
        return;
      }
      warn("malformed message ignored", m);
    }

    _post(msg) {
      if (!this._ready) { this._queue.push(msg); this.load(); return; }
      this._frame.contentWindow.postMessage(msg, this._origin);
    }

    _call(method, params) {
      if (METHODS.indexOf(method) < 0) return Promise.reject(new Error("unknown method " + method));
      var id = this._nextId++;
      var self = this;
      return new Promise(function (resolve, reject) {
        self._pending.set(id, { resolve: resolve, reject: reject });
        self._post({ hotplugLab: PROTOCOL, id: id, method: method, params: params || {} });
      });
    }

    // run(command): an HMP line, or a QMP request when it starts with "{"; resolves to its output.
    run(command) { return this._call("run", { command: String(command) }); }
    getState() { return this._call("getState"); }
    setTheme(theme) { return this._call("setTheme", { theme: String(theme) }); }
    // loadScenario(text or same-origin URL of the frame's site).
    loadScenario(source) { return this._call("loadScenario", { source: String(source) }); }
    // getTimeline([sources]): every timeline step (optionally only these sources), the sequences, the text.
    getTimeline(sources) { return this._call("getTimeline", sources ? { sources: Array.from(sources, String) } : {}); }
  }

  if (!customElements.get("hotplug-lab")) customElements.define("hotplug-lab", HotplugLab);
})();
