// Filters the overview in place. Without JavaScript the facet links lead to listing pages.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var list = document.getElementById("practice-list");
  var count = document.getElementById("filter-count");
  if (!form || !list || !count) return;
  // One <select> per facet; its name is also the query parameter and the cards' data-<name> attribute.
  var facets = Array.prototype.map.call(form.querySelectorAll("select"), function (select) { return select.name; });
  var params = new URLSearchParams(window.location.search);
  facets.forEach(function (name) {
    if (params.has(name)) form.elements[name].value = params.get(name);
  });
  form.hidden = false;

  function apply() {
    var shown = 0;
    Array.prototype.forEach.call(list.children, function (card) {
      var match = facets.every(function (name) {
        var wanted = form.elements[name].value;
        return !wanted || card.dataset[name].split(" ").indexOf(wanted) !== -1;
      });
      card.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = shown === 1 ? "1 praktijkvoorbeeld" : shown + " praktijkvoorbeelden";
    var query = new URLSearchParams();
    facets.forEach(function (name) {
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
