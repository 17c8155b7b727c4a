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
