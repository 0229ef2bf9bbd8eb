// Full-text search with Pagefind (index built at build time, served from this site only).
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  if (typeof PagefindUI === "undefined") return;
  var container = document.getElementById("search");
  var ui = new PagefindUI({ element: "#search", showImages: false, resetStyles: false });
  // Pagefind labels its input only with a title; give it a proper accessible name.
  function label() {
    var input = container.querySelector("input");
    if (input) input.setAttribute("aria-label", container.dataset.placeholder);
    return Boolean(input);
  }
  if (!label()) {
    new MutationObserver(function (changes, observer) {
      if (label()) observer.disconnect();
    }).observe(container, { childList: true, subtree: true });
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
});
