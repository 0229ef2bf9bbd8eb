"""Both PDFs of the fixture edition, read back and checked structurally (never byte-compared)."""
from __future__ import annotations

import io
import re
import subprocess

import pdfplumber
import pikepdf
import pytest
from PIL import Image, ImageCms, ImageStat

from magazine.pdf import Padding, render_pdf

from .conftest import ROOT
from .pdfcheck import (
    MM,
    annotation_count,
    destinations,
    embedded_fonts,
    outline,
    page_text,
    printed_page_numbers,
    raster_images,
    rgb_uses,
)

pytestmark = pytest.mark.slow  # renders PDFs or runs whole builds

A4 = (210 * MM, 297 * MM)
BLEED = 3 * MM
PRACTICES = ["detacheren-in-de-haven", "schoonmaak-met-perspectief", "kas-aan-de-dijk"]  # magazine order
TITLES = {"detacheren-in-de-haven": "Detacheren in de haven: samen sterk",
          "schoonmaak-met-perspectief": "Schoonmaak met perspectief", "kas-aan-de-dijk": "Kas aan de Dijk"}
BOTH = pytest.mark.parametrize("name", ["magazine.pdf", "magazine-print.pdf"])


@BOTH
def test_bookmarks_are_the_magazine_structure(built_fixture, name):
    with pikepdf.open(built_fixture / name) as pdf:
        assert outline(pdf) == [
            ("Colofon", []), ("Over deze uitgave", []), ("Inhoud", []),
            ("Detachering", [("Detacheren in de haven: samen sterk", []), ("Schoonmaak met perspectief", [])]),
            ("Nieuw beschut werk", [("Kas aan de Dijk", [])]),
            ("Register", [("Per arbeidsmarktregio", []), ("Per provincie", []), ("Per doelgroep", []),
                          ("Per organisatie", [])]),
        ]


@BOTH
def test_each_practice_is_one_spread_starting_on_a_left_page(built_fixture, name):
    with pikepdf.open(built_fixture / name) as pdf:
        pages = destinations(pdf)
    starts = [pages[slug] for slug in PRACTICES]
    for slug, start in zip(PRACTICES, starts, strict=True):
        assert start % 2 == 0, slug
        spread_text = page_text(built_fixture / name, start) + page_text(built_fixture / name, start + 1)
        assert TITLES[slug] in spread_text  # on the left page, or (design kort) facing the picture
        assert pages[f"{slug}-einde"] in (start, start + 1)  # the text ends within the spread
    assert starts[1] - starts[0] == 2  # same theme: spreads follow each other


def test_every_printed_page_number_is_the_real_page(built_fixture):
    with pikepdf.open(built_fixture / "magazine.pdf") as pdf:
        pages = destinations(pdf)
    printed = printed_page_numbers(built_fixture / "magazine.pdf")  # read through the links, so screen only
    # cover lines (2), contents (2 themes, 3 practices, register), opener lists (3), register (each practice
    # once per page however many parts list it: 3, on one page)
    assert len(printed) == 14
    assert {dest for _, dest, _ in printed} >= set(PRACTICES) | {"theme-detachering", "register"}
    for page, dest, number in printed:
        assert number == pages[dest], f"page {page}: link to {dest} says {number}, is {pages[dest]}"


@BOTH
def test_the_cover_announces_practices_with_pages_and_the_back_cover_gives_address_and_isbn(built_fixture, name):
    path = built_fixture / name
    with pikepdf.open(path) as pdf:
        pages = destinations(pdf)
        count = len(pdf.pages)
    cover = page_text(path, 1)
    if name == "magazine.pdf":  # the press has no links to read the numbers through; it prints the same text
        on_cover = [(dest, number) for page, dest, number in printed_page_numbers(path) if page == 1]
        assert on_cover == [("detacheren-in-de-haven", pages["detacheren-in-de-haven"]),
                            ("kas-aan-de-dijk", pages["kas-aan-de-dijk"])]
    else:
        assert cover == page_text(built_fixture / "magazine.pdf", 1)
    assert cover.startswith("TESTNUMMER 1 · 31 JANUARI 2020 Testeditie Drie voorbeelden om de bouw te testen")
    assert TITLES["detacheren-in-de-haven"] in cover and TITLES["kas-aan-de-dijk"] in cover
    back = page_text(path, count)
    assert "Drie voorbeelden om te zien of de achterkant een korte tekst krijgt." in back
    assert "Lees, zoek en download alle voorbeelden op example.org/testeditie" in back
    assert "ISBN 978-3-16-148410-0" in back and "9 783161 484100" in back
    ink = (0.0, 0.0, 0.0, 1.0) if name == "magazine-print.pdf" else (0.0, 0.0, 0.0)  # the press prints bars in K only
    with pdfplumber.open(path) as plumber:
        bars = [r for r in plumber.pages[-1].rects if tuple(r["non_stroking_color"]) == ink]
    assert len(bars) == 30  # vector bars, not a picture of them (test_navigation.py decodes the drawing)
    assert min(r["height"] for r in bars) == pytest.approx(66 * 0.33 * 72 / 25.4, abs=0.05)


def test_screen_pdf_is_tagged_pdf_ua_with_metadata(built_fixture):
    with pikepdf.open(built_fixture / "magazine.pdf") as pdf:
        assert pdf.pdf_version == "1.7"
        assert str(pdf.Root.Lang) == "nl"
        assert pdf.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in pdf.Root
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == "Testeditie: Drie voorbeelden om de bouw te testen"
        info = pdf.docinfo
        assert str(info.Title) == "Testeditie: Drie voorbeelden om de bouw te testen"
        assert str(info.Author) == "Testuitgever (fictief)"
        assert str(info.Subject) == "Drie voorbeelden om de bouw te testen"
        assert str(info.Keywords) == "Detachering, Nieuw beschut werk"
        for page in pdf.pages:  # no bleed, no marks on screen
            assert [float(v) for v in page.MediaBox] == pytest.approx([0, 0, *A4], abs=0.01)
        uris = {str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", []) if "/A" in a and "/URI" in a.A}
    assert {"https://example.org/haven", "mailto:bram@example.org", "tel:0118123456"} <= uris


def test_press_pdf_is_pdf_x4_with_fogra39_output_intent(built_fixture):
    with pikepdf.open(built_fixture / "magazine-print.pdf") as pdf:
        assert pdf.pdf_version == "1.6"
        assert pdf.open_metadata()["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        [intent] = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFX"
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        assert intent.DestOutputProfile.N == 4
        profile = ImageCms.getOpenProfile(io.BytesIO(intent.DestOutputProfile.read_bytes()))
        assert profile.profile.profile_description.startswith("FOGRA39L coated offset")
        assert profile.profile.xcolor_space.strip() == "CMYK"
        assert len(pdf.pages) % 4 == 0


def test_press_pdf_has_trim_and_bleed_boxes_on_every_page(built_fixture):
    with pikepdf.open(built_fixture / "magazine-print.pdf") as pdf:
        for page in pdf.pages:
            assert [float(v) for v in page.TrimBox] == pytest.approx([0, 0, *A4], abs=0.01)
            bleed = [float(v) for v in page.BleedBox]
            assert bleed == pytest.approx([-BLEED, -BLEED, A4[0] + BLEED, A4[1] + BLEED], abs=0.01)
            assert [float(v) for v in page.MediaBox] == pytest.approx(bleed, abs=0.01)


def test_press_pdf_pads_with_notes_pages_before_the_back_cover(built_fixture):
    path = built_fixture / "magazine-print.pdf"
    with pikepdf.open(path) as pdf:
        count = len(pdf.pages)
    assert count == 20
    assert [page_text(path, n) for n in (17, 18, 19)] == ["AANTEKENINGEN"] * 3
    assert page_text(path, 20).startswith("Testeditie")
    with pikepdf.open(built_fixture / "magazine.pdf") as pdf:
        assert len(pdf.pages) == 17  # the screen edition needs no padding
    report = (built_fixture / "magazine-print-report.html").read_text(encoding="utf-8")
    assert "<td>geniet (met nietjes in de rug), omslag in hetzelfde bestand</td>" in report
    assert "<td>20</td>" in report and "Nieten: hoogstens 64 pagina’s</th><td>20 pagina’s" in report


@pytest.mark.parametrize(("content_pages", "notes_kept"), [(3, 0), (4, 3), (5, 2), (6, 1)])
def test_a_document_laid_out_once_keeps_only_the_padding_pages_it_needs(tmp_path, content_pages, notes_kept):
    def page(text, anchor=""):
        return f'<section{anchor} style="break-before: page"><p>{text}</p></section>'

    html = ('<html lang="nl"><head><title>t</title></head><body>'
            + "".join(page(f"Pagina {n}") for n in range(1, content_pages + 1))
            + "".join(page("Aantekeningen", f' id="notes-{n}"') for n in (1, 2, 3)) + page("Achterkant") + "</body></html>")
    rendered = render_pdf(html, [ROOT / "templates" / "fonts" / "fonts.css"], "screen", [ROOT / "templates"],
                          "test.pdf", padding=Padding(4, "notes-"))
    path = tmp_path / "padded.pdf"
    path.write_bytes(rendered.data)
    texts = [page_text(path, n) for n in range(1, rendered.pages + 1)]
    assert rendered.pages == content_pages + 1 + notes_kept and rendered.pages % 4 == 0
    assert texts == [f"Pagina {n}" for n in range(1, content_pages + 1)] + ["Aantekeningen"] * notes_kept + ["Achterkant"]
    assert sorted(name for name in rendered.anchors if name.startswith("notes-")) == [
        f"notes-{n}" for n in range(1, notes_kept + 1)]


def test_press_pdf_has_no_annotations_the_screen_pdf_keeps_its_links(built_fixture):
    assert annotation_count(built_fixture / "magazine-print.pdf") == 0
    assert annotation_count(built_fixture / "magazine.pdf") > 20


def test_press_pdf_uses_no_rgb_at_all(built_fixture):
    assert rgb_uses(built_fixture / "magazine-print.pdf") == []
    assert rgb_uses(built_fixture / "magazine.pdf")  # the checker does find RGB where it is


def test_press_images_are_cmyk_and_at_least_300_ppi(built_fixture):
    # one photo, placed twice (its spread and its thumbnail in the opener list), embedded once
    placed = raster_images(built_fixture / "magazine-print.pdf")
    assert len(placed) == 2 and len({image["object"] for image in placed}) == 1
    assert all(image["color"] == "cmyk" and min(image["x-ppi"], image["y-ppi"]) >= 300 for image in placed)
    assert {image["color"] for image in raster_images(built_fixture / "magazine.pdf")} == {"rgb"}


def test_press_colours_look_like_the_screen_colours(built_fixture, tmp_path):
    """The CMYK conversion must not invert or swap colours (a real bug: the RGB file was embedded as CMYK)."""
    with pikepdf.open(built_fixture / "magazine.pdf") as pdf:
        page = destinations(pdf)["detacheren-in-de-haven"]
    means = []
    for name in ("magazine.pdf", "magazine-print.pdf"):
        png = tmp_path / name
        subprocess.run(["pdftoppm", "-r", "20", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                        "-cropbox", str(built_fixture / name), str(png)], check=True)
        with Image.open(f"{png}.png") as picture:
            band = picture.convert("RGB").crop((0, 0, picture.width, int(picture.height * 0.25)))
            means.append(ImageStat.Stat(band).mean)
    assert max(abs(a - b) for a, b in zip(*means, strict=True)) < 20, means


@BOTH
def test_all_fonts_are_the_committed_ones_and_embedded(built_fixture, name):
    fonts = embedded_fonts(built_fixture / name)
    assert fonts
    for font, embedded in fonts:
        assert re.match(r"[A-Z]{6}\+Source-(Serif-4|Sans-3)", font), font
        assert embedded == "yes", font


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
