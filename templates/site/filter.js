// Filters the overview in place. Without JavaScript the facet links lead to listing pages.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var list = document.getElementById("practice-list");
  var count = document.getElementById("filter-count");
  if (!form || !list || !count) return;
  var facets = { thema: "themes", provincie: "province", regio: "region", doelgroep: "groups" };
  var params = new URLSearchParams(window.location.search);
  Object.keys(facets).forEach(function (name) {
    if (params.has(name)) form.elements[name].value = params.get(name);
  });
  form.hidden = false;

  function apply() {
    var shown = 0;
    Array.prototype.forEach.call(list.children, function (card) {
      var match = Object.keys(facets).every(function (name) {
        var wanted = form.elements[name].value;
        return !wanted || card.dataset[facets[name]].split(" ").indexOf(wanted) !== -1;
      });
      card.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = shown === 1 ? "1 praktijkvoorbeeld" : shown + " praktijkvoorbeelden";
    var query = new URLSearchParams();
    Object.keys(facets).forEach(function (name) {
      if (form.elements[name].value) query.set(name, form.elements[name].value);
    });
    var search = query.toString();
    window.history.replaceState(null, "", search ? "?" + search + "#praktijken" : window.location.pathname);
  }

  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  apply();
})();
