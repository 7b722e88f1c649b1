/*
 * Qventory Sync's pages, made friendlier where a script can:
 * - every <time datetime> reads "3 min ago", with the exact local time on hover (title), and
 *   again every 30 s and after each Faces Ajax update;
 * - the browser's time zone is told to the server once per page when it differs from the one the
 *   server has (data-time-zone on <body>), so that "today" is the seller's today; the page is then
 *   read again;
 * - a picture that cannot be loaded shows a neutral placeholder instead of a broken image;
 * - an element with data-reload-after="N" reads the page again after N milliseconds (a page
 *   that waits for something in the background; the pages' policy allows no inline script).
 */
(function () {
  "use strict";

  var relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto", style: "short" });
  var exact = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
  var steps = [
    [60, "second"], [3600, "minute"], [86400, "hour"], [604800, "day"],
    [2629800, "week"], [31557600, "month"], [Infinity, "year"]
  ];
  var sizes = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, month: 2629800, year: 31557600 };

  function ago(date) {
    var seconds = (date.getTime() - Date.now()) / 1000;
    if (Math.abs(seconds) < 45) {
      return "just now";
    }
    for (var i = 0; i < steps.length; i++) {
      if (Math.abs(seconds) < steps[i][0]) {
        var unit = steps[i][1];
        return relative.format(Math.round(seconds / sizes[unit]), unit);
      }
    }
    return exact.format(date);
  }

  function renderTimes() {
    var times = document.querySelectorAll("time[datetime]");
    for (var i = 0; i < times.length; i++) {
      var element = times[i];
      var date = new Date(element.getAttribute("datetime"));
      if (isNaN(date.getTime())) {
        continue;
      }
      element.textContent = ago(date);
      element.title = exact.format(date);
      element.setAttribute("data-relative", "yes");
    }
  }

  function tellTimeZone() {
    var body = document.body;
    var known = body.getAttribute("data-time-zone");
    var endpoint = body.getAttribute("data-time-zone-url");
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!endpoint || !zone || known === zone || sessionStorage.getItem("qventory-zone-told") === zone) {
      return;
    }
    sessionStorage.setItem("qventory-zone-told", zone);
    fetch(endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "text/plain", "X-Requested-By": "qventory" },
      body: zone
    }).then(function (response) {
      if (response.status === 204 && body.hasAttribute("data-zone-sensitive")) {
        window.location.reload();
      }
    });
  }

  function placeholderFor(event) {
    var image = event.target;
    if (image.tagName === "IMG" && !image.hasAttribute("data-fallback-done")) {
      image.setAttribute("data-fallback-done", "yes");
      image.src = document.body.getAttribute("data-placeholder");
      image.classList.add("picture-missing");
    }
  }

  function reloadWhenAsked() {
    var asking = document.querySelector("[data-reload-after]");
    if (asking) {
      setTimeout(function () {
        window.location.reload();
      }, parseInt(asking.getAttribute("data-reload-after"), 10));
    }
  }

  document.addEventListener("error", placeholderFor, true);
  document.addEventListener("DOMContentLoaded", function () {
    reloadWhenAsked();
    renderTimes();
    tellTimeZone();
    setInterval(renderTimes, 30000);
    if (window.faces && faces.ajax) {
      faces.ajax.addOnEvent(function (data) {
        if (data.status === "success") {
          renderTimes();
        }
      });
    }
  });
})();
