/*
 * Katsuyaku: the message for Excel versions whose task pane cannot run the pane.
 *
 * ES5 on purpose (no arrow functions, no let/const, no template literals): this file must run
 * in Internet Explorer 11 ("Trident") and Edge Legacy ("EdgeHTML"), the webviews of Office
 * 2016/2019 on some Windows builds (Microsoft: "Support older Microsoft webviews and Office
 * versions"). The pane itself is a `type="module"` script with modern syntax:
 * - Trident ignores module scripts (and would run a `nomodule` one): the pane stays blank.
 *   Detected the way the `nomodule` attribute is decided: a script element without `noModule`.
 * - EdgeHTML 16-18 runs module scripts but not `?.`/`??`, so a `nomodule` script alone would
 *   miss it: detected by its user agent ("Edge/", where Chromium Edge says "Edg/").
 * - Any other webview that loads the module but cannot parse it (an old Safari on Mac, where
 *   `?.` arrived in 13.1) never runs addin/src/started.ts: at the load event, by which time a
 *   module script has run, the missing flag shows the message too.
 * test/e2e/old-webview.test.ts checks these paths; test/addin/page checks that this is ES5.
 */
(function () {
  var ua = window.navigator.userAgent || "";
  var noModules = !("noModule" in document.createElement("script"));
  var trident = ua.indexOf("Trident/") !== -1;
  var edgeHtml = /Edge\/\d/.test(ua);

  function show() {
    var box = document.getElementById("old-webview");
    if (!box || box.getAttribute("data-shown") === "yes") return;
    box.setAttribute("data-shown", "yes");
    box.removeAttribute("hidden");
    box.style.display = "block";
    var root = document.getElementById("root");
    if (root) root.style.display = "none";
    var address = location.protocol + "//" + location.host + location.pathname;
    var slots = box.querySelectorAll("[data-pane-address]");
    for (var i = 0; i < slots.length; i++) slots[i].appendChild(document.createTextNode(address));
  }

  window.addEventListener("load", function () {
    if (!window.katsuyakuStarted) show();
  });
  if (!(noModules || trident || edgeHtml)) return;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
