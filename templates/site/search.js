// Full-text search with Pagefind's JavaScript API (the index is built at build time and served from this
// site only). The form, the Dutch texts and the filters are in zoeken/index.html; this script asks the
// index as the reader types, filters by theme and province with zoeken/praktijken.json, lists the results
// with their titles as headings, and keeps the address (?q=...&thema=...&provincie=...) in step, so that
// a search can be shared and the Back button works.
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-input");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var index = new URL(form.dataset.index, window.location.href);
  var root = new URL(form.dataset.root, window.location.href);
  var pagefind = null, practices = null, latest = 0, timer = null;

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

  function catalogue() {  // every practice's address, title, summary, themes and province
    if (!practices) {
      practices = fetch(new URL(form.dataset.practices, window.location.href)).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      });
    }
    return practices;
  }

  function matching(list, chosen) {  // path -> practice, for the practices that pass every chosen filter
    var allowed = {};
    list.forEach(function (practice) {
      var passes = Object.keys(chosen).every(function (name) {
        var value = practice[name];
        return Array.isArray(value) ? value.indexOf(chosen[name]) >= 0 : value === chosen[name];
      });
      if (passes) allowed[new URL(practice.url, root).pathname] = practice;
    });
    return allowed;
  }

  function show(results, term) {
    list.replaceChildren();
    results.forEach(function (data) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = data.title;
      heading.appendChild(link);
      var excerpt = document.createElement("p");
      if (data.excerpt) excerpt.innerHTML = data.excerpt;  // Pagefind escapes the text and marks the words found
      else excerpt.textContent = data.summary;
      item.append(heading, excerpt);
      list.appendChild(item);
    });
    var count = results.length;
    status.textContent = !term ? text("filtered", term, count)
      : text(count === 0 ? "none" : count === 1 ? "one" : "many", term, count);
  }

  function found(term, chosen) {  // [{url, title, excerpt or summary}] for the term, within the filters
    var allowed = Object.keys(chosen).length > 0
      ? catalogue().then(function (all) { return matching(all, chosen); }) : Promise.resolve(null);
    if (!term) {
      return allowed.then(function (byPath) {
        return Object.keys(byPath).map(function (path) {
          return { url: new URL(byPath[path].url, root).href, title: byPath[path].title, summary: byPath[path].summary };
        });
      });
    }
    var pages = load().then(function (module) { return module.search(term); }).then(function (search) {
      return Promise.all(search.results.slice(0, 100).map(function (result) { return result.data(); }));
    });
    return Promise.all([allowed, pages]).then(function (both) {
      var byPath = both[0];
      return both[1].filter(function (page) { return !byPath || byPath[new URL(page.url, root).pathname]; })
        .slice(0, 50).map(function (page) { return { url: page.url, title: page.meta.title, excerpt: page.excerpt }; });
    });
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
    found(term, chosen).then(function (results) {
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
