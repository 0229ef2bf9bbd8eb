"""The real practices/ folder, built strictly: any problem or WeasyPrint warning fails."""
from __future__ import annotations

import itertools
import json
import re
import shutil

import pdfplumber
import pikepdf
import pytest

from magazine.config import load_config
from magazine.errors import ContentError
from magazine.facets import FACETS
from magazine.layout import page_geometry
from magazine.pipeline import NOTES_ANCHOR, load_edition
from magazine.typeset import typographic

from ..conftest import ROOT
from ..pdfcheck import (
    MM,
    annotation_count,
    bleed_gaps,
    destinations,
    empty_share,
    hyphen_runs,
    is_body,
    is_display,
    outline,
    page_text,
    printed_page_numbers,
    raster_images,
    rgb_uses,
    small_type_in_more_than_two_inks,
    text_lines,
)

pytestmark = pytest.mark.sample


def designs_in_report(out, edition) -> list[str]:
    """The design each practice got, in magazine order, from the fit report the build printed."""
    report = (out.parent / "build-report.txt").read_text()
    return [re.search(rf"practices/{p.slug}\.md: ontwerp (\w+)", report)[1] for p in edition.practices]


def designed_pages(out, edition) -> dict[str, int]:
    """slug -> how many pages the fit report says its design has (two, or four for a feature)."""
    report = (out.parent / "build-report.txt").read_text()
    return {p.slug: int(re.search(rf"practices/{p.slug}\.md: ontwerp \w+ \([^)]*\), (\d) pagina's", report)[1])
            for p in edition.practices}


@pytest.mark.slow
def test_real_edition_builds_every_output(real_build):
    edition, out = real_build
    assert len(edition.practices) == len(list((ROOT / "practices").glob("[!_]*.md")))
    for practice in edition.practices:
        assert (out / "site" / "praktijken" / practice.slug / "index.html").is_file()
    with pikepdf.open(out / "magazine.pdf") as pdf:
        tree = outline(pdf)
    themes = [g.theme.name for g in edition.groups]
    assert [title for title, _ in tree] == ["Colofon", "Voorwoord", "Inhoud", *themes, "Register"]
    assert [t for title, children in tree if title in themes for t, _ in children] == [typographic(p.title) for p in edition.practices]  # bookmarks are typeset too


@pytest.mark.slow
@pytest.mark.parametrize("name", ["magazine.pdf", "magazine-print.pdf"])
def test_real_edition_spreads_and_page_numbers(real_build, name):
    edition, out = real_build
    with pikepdf.open(out / name) as pdf:
        pages = destinations(pdf)
        count = len(pdf.pages)
    lengths = designed_pages(out, edition)
    for practice in edition.practices:
        start = pages[practice.slug]
        assert start % 2 == 0, practice.slug
        assert start <= pages[practice.end_anchor] < start + lengths[practice.slug], practice.slug
    if name == "magazine.pdf":  # read through the links, which the press PDF does not have
        printed = printed_page_numbers(out / name)
        assert {dest for _, dest, _ in printed} >= {p.slug for p in edition.practices}
        assert all(number == pages[dest] for _, dest, number in printed)
    else:  # the perfect-bound interior starts on magazine page 3 and fills sheets of four
        assert count % 4 == 0
        with pikepdf.open(out / "magazine.pdf") as screen:
            on_screen = destinations(screen)
        assert pages.pop("colofon-title") == count and on_screen.pop("colofon-title") == 2  # moved to the end
        notes = {name for name in pages if name.startswith(NOTES_ANCHOR)}  # the notes pages the press keeps
        assert len(notes) == -(count - len(notes)) % 4
        assert {slug: page + 2 for slug, page in pages.items() if slug not in notes} == on_screen


@pytest.mark.slow
def test_real_press_files_are_what_a_perfect_binder_asks_for(real_build):
    edition, out = real_build
    interior, cover = out / "magazine-print.pdf", out / "magazine-cover.pdf"
    assert edition.config.binding.perfect
    with pikepdf.open(interior) as pdf:
        pages = len(pdf.pages)
    with pdfplumber.open(cover) as plumber:
        sheet = plumber.pages[0]
        spine = [c for c in sheet.chars if not c["upright"]]
        spine_text = "".join(c["text"] for c in sorted(spine, key=lambda c: c["top"]))
    with pikepdf.open(cover) as pdf:
        trim = [float(v) / MM for v in pdf.pages[0].TrimBox]
    assert trim[2] - trim[0] == pytest.approx(420 + pages / 2 * 0.1, abs=0.5)
    assert spine_text == "Gluren bij de buren · Voorbeeldeditie 2019"  # the spine is 6.2 mm: wide enough
    for path in (interior, cover):
        assert annotation_count(path) == 0, path.name
        assert bleed_gaps(path) == [], path.name
        assert small_type_in_more_than_two_inks(path) == [], path.name
        assert rgb_uses(path) == [], path.name
    report = (out / "magazine-print-report.html").read_text(encoding="utf-8")
    assert f"<td>{pages} (binnenwerk, zonder omslag)" in report and "Alle controles geslaagd." in report


@pytest.mark.slow
def test_every_spread_is_filled_by_a_varied_family_of_designs(real_build):
    """Read back from the screen PDF: no practice page over 25 % empty, the last pages on average
    at most 10 % empty, at least five designs, never more than two alike in a row."""
    edition, out = real_build
    geometry = page_geometry(ROOT / "templates")
    with pikepdf.open(out / "magazine.pdf") as pdf:
        pages = destinations(pdf)
    lengths = designed_pages(out, edition)
    empties = {p.slug: [empty_share(out / "magazine.pdf", pages[p.slug] + i, geometry.margin_top, geometry.body_height)
                        for i in range(lengths[p.slug])] for p in edition.practices}
    assert max(max(e) for e in empties.values()) <= 0.25, empties
    assert sum(e[-1] for e in empties.values()) / len(empties) <= 0.10
    designs = designs_in_report(out, edition)
    assert len(set(designs)) >= 5
    assert "reportage" in designs  # the sample's long text exercises the feature over two spreads
    assert max(len(list(run)) for _, run in itertools.groupby(designs)) <= 2, designs


@pytest.mark.slow
def test_type_rules_hold_in_the_render(real_build):
    """Read back from the screen PDF: no display line ends in a hyphen, at most 12 % of body lines do
    and never three in a row, nothing is set below 8 pt, and an intro runs at most about 70 characters."""
    _, out = real_build
    lines = list(text_lines(out / "magazine.pdf"))
    display = [(page, text) for page, font, size, text in lines if is_display(font, size) and text.endswith("-")]
    assert display == []
    body = [text for _, font, size, text in lines if is_body(font, size)]
    assert sum(text.endswith("-") for text in body) / len(body) <= 0.12
    assert max(hyphen_runs(lines), default=0) <= 2
    sizes = {size for _, _, size, _ in lines}
    assert min(sizes) >= 8
    intros = [text for _, font, size, text in lines if "Serif" in font and size in (12.0, 13.0)]
    assert intros and max(map(len, intros)) <= 62  # spaces are not counted: about 70 characters with them


@pytest.mark.slow
def test_navigation_reads_back_from_the_render(real_build):
    """Read back from the screen PDF: a contents spread filled on both pages, a register in four parts, a cover
    that names practices with their real pages, a back cover with the web address of the HTML edition."""
    edition, out = real_build
    path = out / "magazine.pdf"
    geometry = page_geometry(ROOT / "templates")
    with pikepdf.open(path) as pdf:
        pages = destinations(pdf)
        count = len(pdf.pages)
        tree = dict(outline(pdf))
    contents = pages["toc-title"]
    assert contents % 2 == 0 and pages[f"theme-{edition.groups[0].theme.slug}"] == contents + 2  # one spread
    for page in (contents, contents + 1):
        assert empty_share(path, page, geometry.margin_top, geometry.body_height) <= 0.35, page
    assert tree["Register"] == [("Per arbeidsmarktregio", []), ("Per provincie", []), ("Per doelgroep", []),
                                ("Per organisatie", [])]
    with pdfplumber.open(path) as plumber:
        register_lines = [line["text"] for page in plumber.pages[pages["register"] - 1:count - 1]
                          for line in page.extract_text_lines()]
    assert not [line for line in register_lines if line.strip().isdigit()]  # no page number alone on a line
    register = " ".join(page_text(path, n) for n in range(pages["register"], count))
    assert "Sudergoa, Werkbedrijf" in register and "Werkbedrijf, zie Amstelrand; Deltahof;" in register
    on_cover = [(dest, number) for page, dest, number in printed_page_numbers(path) if page == 1]
    assert len(on_cover) >= 3 and all(number == pages[dest] for dest, number in on_cover)
    cover = page_text(path, 1)
    assert all(typographic(p.title) in cover for p in edition.cover_practices)
    assert "example.org/gluren-bij-de-buren" in page_text(path, count)


@pytest.mark.slow
def test_real_press_pdf_is_cmyk_with_print_resolution_images(real_build):
    _, out = real_build
    assert rgb_uses(out / "magazine-print.pdf") == []
    images = raster_images(out / "magazine-print.pdf")
    assert len(images) == 14 and len({i["object"] for i in images}) == 7  # each photo also a thumbnail, embedded once
    assert all(i["color"] == "cmyk" and min(i["x-ppi"], i["y-ppi"]) >= 300 for i in images)


def test_an_untouched_copy_of_the_template_is_refused_as_the_template_and_for_nothing_else(tmp_path):
    """practices/_template.md, copied as contributors do and left as it is: its fields and layout are
    valid, so the only problems are that its texts are the template's and too short (the fast check)."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("magazine.yml", "data", "schema", "templates", "edition"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, project / name)
    (project / "practices" / "images").mkdir(parents=True)
    for name in ("_template.md", "mijn-voorbeeld.md"):
        shutil.copy(ROOT / "practices" / "_template.md", project / "practices" / name)
    shutil.copy(ROOT / "practices" / "images" / "voorbeeld.svg", project / "practices" / "images")
    settings = project / "magazine.yml"  # without the cover lines: they name practices this project lacks
    settings.write_text(re.sub(r"\ncover_lines:\n(  - .*\n)+", "\n", settings.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_edition(settings)
    assert [str(p) for p in raised.value.problems] == [
        "practices/mijn-voorbeeld.md:1: dit is nog grotendeels de voorbeeldtekst uit practices/_template.md "
        "(regel 7, 9, 12, 19, 27, 34, 36, 39, 40, 43, 44, 45, 48, 49, 50, 51, 58, 64, 67, 72, 76); "
        "vervang die door de gegevens en de tekst van je eigen voorbeeld",
        "practices/mijn-voorbeeld.md:55: de tekst heeft 79 woorden; het magazine vraagt er minstens 150, "
        "schrijf er 71 bij",
    ]


def test_committed_schema_lists_the_vocabularies():
    """Editors read the enums in the schema file; they must match data/ and magazine.yml."""
    schema = json.loads((ROOT / "schema" / "practice.schema.json").read_text())
    vocab = load_config(ROOT / "magazine.yml").vocabularies
    for facet in FACETS:
        field = schema["properties"][facet.field]
        assert (field["items"] if facet.multiple else field)["enum"] == [t.slug for t in vocab.of(facet.field)]
    assert len(vocab.regions) == 35 and len(vocab.provinces) == 12
