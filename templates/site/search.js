// Full-text search with Pagefind's JavaScript API (the index is built at build time and served from this
// site only). The form, the Dutch texts and the filters are in zoeken/index.html; this script asks the
// index as the reader types, lists the results with their titles as headings, and keeps the address
// (?q=...&thema=...&provincie=...) in step, so that a search can be shared and the Back button works.
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-input");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var index = new URL(form.dataset.index, window.location.href);
  var pagefind = null, latest = 0, timer = null;

  function text(kind, term, count) {
    return status.dataset[kind].replace("[TERM]", term).replace("[COUNT]", count);
  }

  function filters() {
    var chosen = {};
    selects.forEach(function (select) { if (select.value) chosen[select.name] = select.value; });
    return chosen;
  }

  function remember() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind.js", index).href).then(function (module) {
        // result URLs are made relative to wherever this copy of the site is served from
        return module.options({ baseUrl: index.pathname.replace(/pagefind\/$/, ""), excerptLength: 24 })
          .then(function () { return module; });
      });
    }
    return pagefind;
  }

  function show(results, term) {
    list.replaceChildren();
    results.forEach(function (data) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = data.meta.title;
      heading.appendChild(link);
      var excerpt = document.createElement("p");
      excerpt.innerHTML = data.excerpt;  // Pagefind escapes the text and marks the words found
      item.append(heading, excerpt);
      list.appendChild(item);
    });
    var count = results.length;
    status.textContent = !term ? text("filtered", term, count)
      : text(count === 0 ? "none" : count === 1 ? "one" : "many", term, count);
  }

  function search() {
    var term = input.value.trim(), chosen = filters(), ticket = ++latest;
    remember();
    if (!term && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = text("loading", term, 0);
    load().then(function (module) {
      return module.search(term || null, { filters: chosen });
    }).then(function (found) {
      return Promise.all(found.results.slice(0, 50).map(function (result) { return result.data(); }));
    }).then(function (results) {
      if (ticket === latest) show(results, term);
    }).catch(function () {
      if (ticket === latest) status.textContent = text("failed", term, 0);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  selects.forEach(function (select) { select.value = params.get(select.name) || ""; });
  form.addEventListener("submit", function (event) { event.preventDefault(); search(); });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  });
  selects.forEach(function (select) { select.addEventListener("change", search); });
  search();
});
