"""The HTML edition's URL scheme, stated once: every page's path and every link come from url_for()."""
from __future__ import annotations

from .facets import facet as facet_of

PAGES = {
    "home": "index.html",
    "regions": "regios/index.html",
    "about": "over/index.html",
    "accessibility": "toegankelijkheid/index.html",
    "search": "zoeken/index.html",
    "search-data": "zoeken/praktijken.json",  # what the search page filters by (search.js)
    "not-found": "404.html",
    "magazine-pdf": "downloads/magazine.pdf",
    "feed": "feed.xml",
    "sitemap": "sitemap.xml",
    "robots": "robots.txt",
}


ITEMS = {  # pages and files of one item; {folder} is the facet's URL folder
    "practice": "praktijken/{item.slug}/index.html",
    "download": "downloads/{item.slug}.pdf",
    "term": "{folder}/{item.slug}/index.html",
    "image": "images/{item}",
    "share-image": "images/delen/{item.slug}.jpg",  # a practice's link preview (sharing.py)
    "asset": "assets/{item}",
    "font": "fonts/{item}",
    "pagefind": "pagefind/{item}",  # the search index and its UI, written by Pagefind
}


def url_for(target: str, item=None, field: str | None = None, root: str = "") -> str:
    """The path of a page or file below the site root, prefixed with `root` (e.g. "../../").

    url_for("home"), url_for("practice", practice), url_for("download", practice),
    url_for("term", term, "region"), url_for("image", "kas-800.jpg"), url_for("asset", "site.css").
    """
    if target in PAGES:
        return root + PAGES[target]
    return root + ITEMS[target].format(item=item, folder=facet_of(field).folder if field else "")


def canonical(base_url: str, path: str) -> str:
    """The public address of a page: the base URL and the path, without a trailing index.html."""
    return base_url + path.removesuffix("index.html")


def root_of(path: str) -> str:
    """The relative prefix from a page back to the site root: "" for index.html, "../../" two folders down."""
    return "../" * path.count("/")
