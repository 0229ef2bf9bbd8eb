"""The HTML edition: every page, feed and asset as OutputFiles. Pure apart from reading templates and images."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

import jinja2

from .cache import Cache
from .facets import FACETS, Facet
from .facets import facet as facet_of
from .model import Edition, OutputFile, Practice, Term
from .pictures import Picture, site_picture
from .regions import neighbours, region_map
from .sharing import SIZE as SHARE_SIZE
from .sharing import share_image
from .typeset import typeset
from .urls import canonical, root_of, url_for

ASSETS = ("site.css", "filter.js", "search.js")  # templates/site/<name> -> assets/<name>
FONT_SUFFIXES = {".woff2", ".css", ".txt", ".md"}
RELATED = 3


@dataclass(frozen=True)
class Listing:
    """A page that lists the practices of one term of a facet: a theme, province, region or target group."""

    facet: Facet
    term: Term
    practices: tuple[Practice, ...]

    @property
    def path(self) -> str:
        return url_for("term", self.term, self.facet.field)


def related(practice: Practice, practices: tuple[Practice, ...]) -> list[Practice]:
    """The practices most like this one: shared themes first, then region and province."""
    def score(other: Practice) -> int:
        shared = len(set(practice.themes) & set(other.themes))
        return 4 * shared + 2 * (other.region == practice.region) + (other.province == practice.province)
    others = [p for p in practices if p.slug != practice.slug]
    return sorted(others, key=lambda other: -score(other))[:RELATED]  # sorted() is stable: magazine order breaks ties


def search_data(practices: tuple[Practice, ...]) -> str:
    """What the search page filters by, as JSON: each practice's address, title, summary and the slugs of its
    themes and province under their filter names. (Pagefind's own filters are left out: their index files
    come out in a different order on every run, and the build must give the same bytes every time.)"""
    themes, province = facet_of("themes").filter, facet_of("province").filter
    return json.dumps([{"url": canonical("", url_for("practice", p)), "title": p.title, "summary": p.summary,
                        themes: [t.slug for t in p.themes], province: p.province.slug} for p in practices],
                      ensure_ascii=False, separators=(",", ":")) + "\n"


def not_among(practices: tuple[Practice, ...], near) -> tuple[Practice, ...]:
    """The practices not already linked under "Bij de buren"."""
    slugs = {neighbour.practice.slug for neighbour in near}
    return tuple(p for p in practices if p.slug not in slugs)


def listings(edition: Edition) -> list[Listing]:
    vocab = edition.config.vocabularies
    found = []
    for facet in FACETS:
        for term in vocab.of(facet.field):
            practices = tuple(p for p in edition.practices if term in p.terms(facet.field))
            if practices:
                found.append(Listing(facet, term, practices))
    return found


def site_files(edition: Edition, env: jinja2.Environment) -> list[OutputFile]:
    config = edition.config
    cache = Cache.for_project(config.root)
    pictures, files = {}, []
    for practice in edition.practices:
        if practice.image:
            pictures[practice.slug], variants = site_picture(practice.image, cache)
            files += [OutputFile(v.path, data=v.data) for v in variants]
        files.append(OutputFile(url_for("share-image", practice),
                                data=share_image(practice, config.title, config.templates_dir / "fonts",
                                                list(config.asset_dirs), cache)))
    cover = site_picture(config.cover, cache)[0] if config.cover else None
    pages = Pages(edition, env, pictures, cover, listings(edition))
    files += pages.render_all()
    for name in ASSETS:
        files.append(OutputFile(url_for("asset", name), source=config.templates_dir / "site" / name))
    for source in (config.logo.path if config.logo else None, config.favicon):
        if source:
            files.append(OutputFile(url_for("asset", source.name), source=source))
    for font in sorted((config.templates_dir / "fonts").iterdir()):
        if font.suffix in FONT_SUFFIXES:
            files.append(OutputFile(url_for("font", font.name), source=font))
    svgs = {p.image.path for p in edition.practices if p.image and p.image.path.suffix == ".svg"}
    for image in sorted(svgs | ({config.cover.path} if config.cover else set())):
        files.append(OutputFile(url_for("image", image.name), source=image))
    return files


class Pages:
    """Renders each page with what every template needs: root, canonical URL, facets."""

    def __init__(self, edition: Edition, env: jinja2.Environment, pictures: dict[str, Picture],
                 cover: Picture | None, listings: list[Listing]):
        self.edition, self.env, self.pictures, self.cover, self.listings = edition, env, pictures, cover, listings
        self.base_url = edition.config.base_url
        self.regions_map = region_map(edition.config.vocabularies.of("region"), edition.practices)
        self.base_path = urlsplit(self.base_url).path

    def page(self, path: str, template: str, **context) -> OutputFile:
        # Relative links work from any sub-path; the 404 page, served at any depth, is relative to its <base>.
        root = root_of(path)
        url = canonical(self.base_url, path)
        html = self.env.get_template(template).render(
            edition=self.edition, root=root, canonical=url, base_url=self.base_url, base_path=self.base_path,
            url_for=partial(url_for, root=root), absolute_url=self.absolute_url,
            term_url=lambda term, field: url_for("term", term, field, root=root), regions_map=self.regions_map,
            share_size=SHARE_SIZE,
            pictures=self.pictures, cover=self.cover, listings=self.listings, **context)
        return OutputFile(path, typeset(html))

    def absolute_url(self, target: str, item=None, field: str | None = None) -> str:
        return canonical(self.base_url, url_for(target, item, field))

    def render_all(self) -> list[OutputFile]:
        practices = self.edition.practices
        files = [self.page(url_for("home"), "site/index.html"),
                 self.page(url_for("regions"), "site/regions.html"),
                 self.page(url_for("about"), "site/about.html"),
                 *([self.page(url_for("accessibility"), "site/accessibility.html",
                              statement=self.edition.config.accessibility)] if self.edition.config.accessibility else []),
                 self.page(url_for("search"), "site/search.html"),
                 self.page(url_for("not-found"), "site/404.html")]
        for index, practice in enumerate(practices):
            near = neighbours(practice, practices)
            files.append(self.page(
                url_for("practice", practice), "site/practice.html", practice=practice,
                previous=practices[index - 1] if index > 0 else None,
                next=practices[index + 1] if index + 1 < len(practices) else None,
                neighbours=near, related=related(practice, not_among(practices, near))))
        for listing in self.listings:
            files.append(self.page(listing.path, "site/listing.html", listing=listing))
        addresses = [canonical(self.base_url, f.path) for f in files if f.path != url_for("not-found")]
        files.append(self.page(url_for("sitemap"), "site/sitemap.xml", addresses=addresses))
        files.append(self.page(url_for("feed"), "site/feed.xml"))
        files.append(OutputFile(url_for("search-data"), search_data(practices)))
        sitemap = canonical(self.base_url, url_for("sitemap"))
        files.append(OutputFile(url_for("robots"), f"User-agent: *\nAllow: /\nSitemap: {sitemap}\n"))
        return files
