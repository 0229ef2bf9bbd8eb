"""Each fact is stated once: the facet table, the URL scheme, the page geometry, the committed fonts."""
from __future__ import annotations

import posixpath
import re

import pytest

from magazine.errors import Problem
from magazine.facets import FACETS
from magazine.fonts import committed_families, drawable_characters
from magazine.layout import page_geometry
from magazine.pipeline import load_edition
from magazine.render import environment, practice_html
from magazine.site import listings, site_files
from magazine.urls import canonical, root_of, url_for

from .conftest import EDITION, ROOT, use_templates_copy


@pytest.fixture(scope="module")
def fixture_site():
    edition = load_edition(EDITION)
    files = site_files(edition, environment(edition.config.templates_dir))
    return edition, {f.path: f for f in files}


def test_every_facet_has_its_vocabulary_schema_enum_filter_and_listing_folder(fixture_site):
    edition, files = fixture_site
    home = files["index.html"].text
    assert re.findall(r'<select id="filter-(\w+)" name="\w+">', home) == [f.filter for f in FACETS]
    card = re.search(r'<li class="card[^>]*>', home)[0]
    assert re.findall(r' data-(\w+)=', card) == [f.filter for f in FACETS]
    for facet in FACETS:
        assert edition.config.vocabularies.of(facet.field)
        assert facet.heading in home
    assert {listing.facet.folder for listing in listings(edition)} == {f.folder for f in FACETS}


@pytest.mark.parametrize("target, item, field, expected", [
    ("home", None, None, "index.html"),
    ("about", None, None, "over/index.html"),
    ("magazine-pdf", None, None, "downloads/magazine.pdf"),
    ("image", "kas-800.jpg", None, "images/kas-800.jpg"),
])
def test_url_for_pages_and_files(target, item, field, expected):
    assert url_for(target, item, field) == expected
    assert url_for(target, item, field, root="../../") == "../../" + expected


def test_every_page_the_site_writes_is_where_url_for_says(fixture_site):
    edition, files = fixture_site
    for practice in edition.practices:
        assert url_for("practice", practice) == f"praktijken/{practice.slug}/index.html"
        assert url_for("practice", practice) in files
    for listing in listings(edition):
        assert url_for("term", listing.term, listing.facet.field) in files
    assert root_of("praktijken/kas/index.html") == "../../"
    assert canonical("https://example.org/m/", "praktijken/kas/index.html") == "https://example.org/m/praktijken/kas/"


def test_every_relative_link_in_the_site_points_at_a_file_it_writes(fixture_site):
    _, files = fixture_site
    generated_later = ("downloads/", "pagefind/")  # the PDFs and the search index come from later steps
    for path, file in files.items():
        if not path.endswith(".html") or path == "404.html":
            continue
        for href in re.findall(r'(?:href|src)="([^"#:]+)(?:#[^"]*)?"', file.text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
            assert resolved in files or resolved.startswith(generated_later), f"{path}: {href}"


def test_text_area_height_is_read_from_the_page_rule(edition_copy, tmp_path):
    assert page_geometry(ROOT / "templates").body_height == 297 - 18 - 20
    pages = use_templates_copy(edition_copy, tmp_path) / "print" / "pages.css"
    pages.write_text(pages.read_text().replace("margin: 18mm 15mm 20mm 20mm;", "margin: 25mm 15mm 30mm;"))
    assert page_geometry(tmp_path / "templates").body_height == 297 - 25 - 30


def test_committed_fonts_come_from_fonts_css():
    templates = ROOT / "templates"
    assert committed_families(templates) == {"Source Serif 4", "Source Sans 3"}
    drawable = drawable_characters(templates)
    assert {ord(c) for c in "aéëâöŁ€„”’–"} <= drawable
    assert ord("Ĳ") not in drawable and ord("→") not in drawable


def test_end_anchor_is_named_once(fixture_site):
    edition, files = fixture_site
    practice = edition.practices[0]
    assert f'id="{practice.end_anchor}"' in files[url_for("practice", practice)].text


def test_every_problem_has_a_line():
    assert str(Problem("practices/Dubbel-Werkfit.md", 0, "x")) == "practices/Dubbel-Werkfit.md:1: x"
    assert str(Problem("practices/a.md", 7, "y")) == "practices/a.md:7: y"


def test_image_focus_reaches_print_and_site(edition_copy):
    practice_file = edition_copy.parent / "practices" / "kas-aan-de-dijk.md"
    practice_file.write_text(practice_file.read_text().replace("credit: Testillustratie}",
                                                                "credit: Testillustratie, focus: [40, 30]}"))
    edition = load_edition(edition_copy)
    env = environment(edition.config.templates_dir)
    practice = next(p for p in edition.practices if p.slug == "kas-aan-de-dijk")
    files = {f.path: f.text for f in site_files(edition, env) if f.text}
    assert 'style="object-position: 40% 30%"' in files[url_for("practice", practice)]
    assert 'style="object-position: 40% 30%"' in files["index.html"]  # the card crops the picture to 2:1
    assert 'style="object-position: 40% 30%"' in practice_html(edition, practice, env, "2020-01-31T00:00:00+00:00")
