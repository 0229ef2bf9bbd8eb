"""Both PDFs of the fixture edition, read back and checked structurally (never byte-compared)."""
from __future__ import annotations

import re
import subprocess

import pdfplumber
import pikepdf
import pytest

from magazine.pdf import render_pdf

from .conftest import EDITION, ROOT

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
BLEED = 3 * MM
PRACTICES = {  # title -> theme, in magazine order
    "Detacheren in de haven: samen sterk": "Detachering",
    "Schoonmaak met perspectief": "Detachering",
    "Kas aan de Dijk": "Nieuw beschut werk",
}


def outline(path) -> list:
    with pikepdf.open(path) as pdf, pdf.open_outline() as tree:
        def walk(items):
            return [(item.title, walk(item.children)) for item in items]
        return walk(tree.root)


def page_texts(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


@pytest.mark.parametrize("name", ["magazine.pdf", "magazine-print.pdf"])
def test_bookmarks_are_themes_and_practices_in_order(built_fixture, name):
    assert outline(built_fixture / name) == [
        ("Inhoud", []),
        ("Detachering", [("Detacheren in de haven: samen sterk", []), ("Schoonmaak met perspectief", [])]),
        ("Nieuw beschut werk", [("Kas aan de Dijk", [])]),
    ]


@pytest.mark.parametrize("name", ["magazine.pdf", "magazine-print.pdf"])
def test_toc_numbers_equal_the_pages_where_practices_start(built_fixture, name):
    texts = page_texts(built_fixture / name)
    toc_page = next(i for i, text in enumerate(texts) if text.lstrip().startswith("Inhoud") or "\nInhoud\n" in text)
    toc = texts[toc_page]
    for title in PRACTICES:
        listed = int(re.search(re.escape(title) + r".*?\.+ ?(\d+)\s*$", toc, re.M)[1])
        actual = next(i + 1 for i, text in enumerate(texts) if i != toc_page and title in text)
        assert listed == actual, title
    for theme in set(PRACTICES.values()):
        listed = int(re.search(rf"^{theme}\.+ ?(\d+)$", toc, re.M)[1])
        assert texts[listed - 1].strip().splitlines()[0] == theme


def test_screen_pdf_is_tagged_pdf_ua(built_fixture):
    with pikepdf.open(built_fixture / "magazine.pdf") as pdf:
        assert pdf.pdf_version == "1.7"
        assert str(pdf.Root.Lang) == "nl"
        assert pdf.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in pdf.Root
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == "Testeditie: Drie voorbeelden om de bouw te testen"
        assert str(pdf.docinfo.Title) == "Testeditie: Drie voorbeelden om de bouw te testen"
        assert str(pdf.docinfo.Author) == "Testuitgever (fictief)"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        for page in pdf.pages:
            assert [round(float(v), 2) for v in page.MediaBox] == [0, 0, round(A4[0], 2), round(A4[1], 2)]


def test_screen_pdf_toc_and_external_links_are_clickable(built_fixture):
    with pikepdf.open(built_fixture / "magazine.pdf") as pdf:
        targets = {str(a.Dest) for a in pdf.pages[1].get("/Annots", []) if a.Subtype == "/Link"}
        assert targets == {"theme-detachering", "theme-beschut-werk", "detacheren-in-de-haven",
                           "schoonmaak-met-perspectief", "kas-aan-de-dijk"}
        destinations = {str(k) for k in pdf.Root.Names.Dests.Names[::2]}
        assert targets <= destinations
        uris = {str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", []) if "/A" in a and "/URI" in a.A}
    assert {"https://example.org/haven", "mailto:bram@example.org", "tel:0118123456"} <= uris


def test_press_pdf_is_pdf_x4_with_bleed_and_trim(built_fixture):
    with pikepdf.open(built_fixture / "magazine-print.pdf") as pdf:
        assert pdf.pdf_version == "1.6"
        assert pdf.open_metadata()["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        for page in pdf.pages:
            media = [float(v) for v in page.MediaBox]
            trim = [float(v) for v in page.TrimBox]
            bleed = [float(v) for v in page.BleedBox]
            assert trim == pytest.approx([0, 0, A4[0], A4[1]], abs=0.01)
            assert bleed == pytest.approx([-BLEED, -BLEED, A4[0] + BLEED, A4[1] + BLEED], abs=0.01)
            assert media == pytest.approx(bleed, abs=0.01)


@pytest.mark.parametrize("name", ["magazine.pdf", "magazine-print.pdf"])
def test_all_fonts_are_the_committed_ones_and_embedded(built_fixture, name):
    listing = subprocess.run(["pdffonts", str(built_fixture / name)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    assert rows
    for row in rows:
        assert re.match(r"[A-Z]{6}\+Source-(Serif-4|Sans-3)", row[0]), row
        assert row[-5] == "yes", row  # the "emb" column


def test_same_input_gives_the_same_pdf(built_fixture, tmp_path):
    from magazine.pipeline import build
    build(EDITION, tmp_path / "again", "pdf")
    for name in ("magazine.pdf", "magazine-print.pdf"):
        assert (tmp_path / "again" / name).read_bytes() == (built_fixture / name).read_bytes(), name


@pytest.mark.parametrize("src, reason", [
    ("https://example.org/beeld.png", "never the network"),
    ("file:///etc/hostname", "is outside"),
])
def test_renderer_reads_nothing_outside_the_project(src, reason):
    html = f'<html lang="nl"><head><title>t</title></head><body><img src="{src}" alt="x"></body></html>'
    result = render_pdf(html, [], "screen", [ROOT / "templates"], "test.pdf")
    assert len(result.problems) == 1
    assert result.problems[0].path == "test.pdf"
    assert reason in result.problems[0].message
