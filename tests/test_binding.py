"""Binding: what saddle-stitch and perfect binding ask of the press PDFs, the cover sheet with its
spine, and the printer's report read back from the files (magazine/binding.py, magazine/prepress.py)."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from PIL import Image

from magazine import binding
from magazine.binding import PAGES_PER_SHEET, Binding, Spine, saddle_stitch_problem
from magazine.errors import ConfigError
from magazine.pdf import Padding
from magazine.pipeline import build, load_edition, render_press
from magazine.prepress import PressPdf, Where, print_report, read_press_pdf
from magazine.render import environment

from .conftest import FIXTURES, ROOT
from .pdfcheck import MM, annotation_count, bleed_gaps, destinations, page_text, rgb_uses

SADDLE_STITCH = Binding()
PERFECT = Binding("perfect", 0.1)


@pytest.mark.parametrize(("pages", "caliper", "width", "titled"), [
    (124, 0.1, 6.2, True), (100, 0.1, 5.0, True), (96, 0.1, 4.8, False), (16, 0.08, 0.64, False)])
def test_the_spine_is_as_wide_as_the_interior_is_thick(pages, caliper, width, titled):
    spine = Spine(pages, caliper)
    assert (spine.width_mm, spine.has_title, spine.sheet_width_mm) == (width, titled, round(420 + width, 2))


@pytest.mark.parametrize(("pages", "notes"), [(120, 0), (121, 3), (122, 2), (123, 1), (17, 3)])
def test_notes_pages_fill_the_last_sheet_of_four(pages, notes):
    assert Padding(PAGES_PER_SHEET, "notes-").needed(pages) == notes


def test_saddle_stitch_stops_above_64_pages_and_suggests_perfect_binding():
    assert saddle_stitch_problem(SADDLE_STITCH, 64, "magazine.yml") is None
    assert saddle_stitch_problem(PERFECT, 124, "magazine.yml") is None
    assert str(saddle_stitch_problem(Binding("saddle-stitch", 0.1, 38), 68, "magazine.yml")) == (
        "magazine.yml:38: het tijdschrift heeft 68 pagina's; nieten (saddle-stitch) kan tot 64 pagina's. "
        "Kies een gelijmde rug: zet onder 'print:' 'binding: perfect' en 'paper_caliper_mm:' met de dikte "
        "van het papier (vraag het de drukker)")


def press_pdf(name="binnenwerk.pdf", **changes) -> PressPdf:
    """A press PDF as prepress.read_press_pdf() reads a good one; `changes` make it bad."""
    good = dict(name=name, pages=124, trim_mm=(210.0, 297.0), bleed_mm=(3.0, 3.0, 3.0, 3.0), same_size=True,
                pdfx="PDF/X-4", output_intent="FOGRA39", annotations=0, fonts=(("Source Serif 4", True),),
                colour_spaces=("CMYK",), lowest_ppi=Where(302.0, 16, "2700 × 3600 px"),
                highest_ink=Where(238.9, 5, "vlak of tekst"))
    return PressPdf(**(good | changes))


def failed(report) -> list[str]:
    return [f"{check.label}: {check.detail}" for check in report.checks if not check.passed]


def test_the_report_passes_good_files_and_derives_spine_and_caliper_from_them():
    report = print_report(PERFECT, press_pdf(), press_pdf("omslag.pdf", pages=1, trim_mm=(426.2, 297.0),
                                                          lowest_ppi=None))
    assert failed(report) == []
    assert (report.spine_mm, report.caliper_mm, report.interior_pages) == (6.2, 0.1, 124)


@pytest.mark.parametrize(("interior", "cover", "expected"), [
    ({"annotations": 838}, {}, ["Geen annotaties of links: binnenwerk.pdf: 838 annotaties; omslag.pdf: 0 annotaties"]),
    ({"colour_spaces": ("CMYK", "RGB")}, {}, ["Alleen CMYK: binnenwerk.pdf: CMYK, RGB; omslag.pdf: CMYK"]),
    ({"highest_ink": Where(340.0, 7, "beeld")}, {},
     ["Inktdekking hoogstens 300 %: binnenwerk.pdf: 340 % op pagina 7 (beeld); omslag.pdf: 238,9 % op pagina 5 "
      "(vlak of tekst)"]),
    ({}, {"trim_mm": (427.0, 297.0)},
     ["Omslag: rug past bij het binnenwerk: rug 7,0 mm, binnenwerk 124 pagina's × 0,1 mm per blad = 6,2 mm"]),
    ({"pages": 122}, {"trim_mm": (426.1, 297.0)}, ["Paginatal een veelvoud van 4: binnenwerk.pdf: 122 pagina's"]),
    ({"bleed_mm": (3.0, 3.0, 0.0, 3.0)}, {}, ["Afloop van 3 mm rondom: binnenwerk.pdf: 0,0 mm; omslag.pdf: 3,0 mm"]),
    ({"fonts": (("Source Serif 4", False),)}, {}, ["Alle fonts ingebed: 2 fonts, 1 niet ingebed"]),
])
def test_the_report_names_each_failed_check_with_what_it_found(interior, cover, expected):
    sheet = {"pages": 1, "trim_mm": (426.2, 297.0), "lowest_ppi": None} | cover
    report = print_report(PERFECT, press_pdf(**interior), press_pdf("omslag.pdf", **sheet))
    assert failed(report) == expected


def test_a_stapled_magazine_over_64_pages_fails_the_report():
    assert failed(print_report(SADDLE_STITCH, press_pdf(pages=68), None)) == ["Nieten: hoogstens 64 pagina's: 68 pagina's"]


# The fixture edition perfect-bound, with crop marks: its interior, cover sheet and report, read back.

@pytest.fixture(scope="module")
def perfect_build(tmp_path_factory) -> Path:
    edition = tmp_path_factory.mktemp("perfect") / "edition"
    shutil.copytree(FIXTURES / "edition", edition)
    config = edition / "magazine.yml"
    config.write_text(config.read_text().replace("../../../", f"{ROOT}/")
                      + "crop_marks: true\nprint:\n  binding: perfect\n  paper_caliper_mm: 0.1\n")
    out = edition.parent / "output"
    build(config, out, "pdf")
    return out


@pytest.mark.slow
def test_a_perfect_bound_interior_starts_on_page_3_and_fills_sheets_of_four(perfect_build):
    interior = perfect_build / "magazine-print.pdf"
    with pikepdf.open(interior) as pdf:
        count, pages = len(pdf.pages), destinations(pdf)
    assert count == 16 and count % 4 == 0
    assert page_text(interior, 1).startswith("Over deze uitgave") and page_text(interior, 1).endswith("3")
    assert page_text(interior, 2).endswith("4 TESTEDITIE")  # the contents, on a left page as in the whole magazine
    assert all((pages[slug] + 2) % 2 == 0 for slug in ("detacheren-in-de-haven", "kas-aan-de-dijk"))
    assert page_text(interior, count).startswith("Colofon")  # moved from the inside front cover to the last page
    assert "Testeditie" not in page_text(interior, count - 1) and "AANTEKENINGEN" in page_text(interior, count - 1)
    with pikepdf.open(perfect_build / "magazine.pdf") as screen:
        assert page_text(perfect_build / "magazine.pdf", 1).startswith("TESTNUMMER 1")  # the screen PDF keeps
        assert page_text(perfect_build / "magazine.pdf", len(screen.pages)).startswith("Testeditie")  # its covers


@pytest.mark.slow
def test_the_cover_sheet_is_back_spine_and_front_on_one_x4_page(perfect_build):
    cover, interior = perfect_build / "magazine-cover.pdf", perfect_build / "magazine-print.pdf"
    with pikepdf.open(cover) as pdf, pikepdf.open(interior) as inside:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        spine = len(inside.pages) / 2 * 0.1
        trim = [float(v) / MM for v in page.TrimBox]
        assert trim[2] - trim[0] == pytest.approx(420 + spine, abs=0.5) and trim[3] - trim[1] == pytest.approx(297, abs=0.01)
        bleed = [float(v) / MM for v in page.BleedBox]
        assert [t - b for t, b in zip(trim[:2], bleed[:2], strict=True)] == pytest.approx([3, 3], abs=0.01)
        assert [float(v) / MM for v in page.MediaBox] == pytest.approx([trim[0] - 10, trim[1] - 10, trim[2] + 10,
                                                                         trim[3] + 10], abs=0.01)  # crop marks
        assert pdf.Root.OutputIntents[0].OutputConditionIdentifier == inside.Root.OutputIntents[0].OutputConditionIdentifier
        assert str(pdf.open_metadata()["{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion"]) == "PDF/X-4"
        pages = destinations(inside)
    assert rgb_uses(cover) == [] and annotation_count(cover) == 0 and annotation_count(interior) == 0
    with pdfplumber.open(cover) as plumber:
        sheet = plumber.pages[0]
        words = sheet.extract_words()
        middle = sheet.bbox[0] + sheet.width / 2  # pdfplumber's x is PDF x: the sheet's middle, the spine's
    back = " ".join(w["text"] for w in words if w["x1"] < middle - spine / 2 * MM)
    front = " ".join(w["text"] for w in words if w["x0"] > middle + spine / 2 * MM)
    assert front.startswith("TESTNUMMER 1 · 31 JANUARI 2020 Testeditie")
    assert "Lees, zoek en download alle voorbeelden op example.org/testeditie" in back
    assert f"{pages['detacheren-in-de-haven'] + 2} Detacheren in de haven" in front  # the interior's folio
    assert f"{pages['kas-aan-de-dijk'] + 2} Kas aan de Dijk" in front


@pytest.mark.slow
def test_every_edge_that_ink_reaches_continues_into_the_bleed(perfect_build, tmp_path):
    assert bleed_gaps(perfect_build / "magazine-cover.pdf") == []
    assert bleed_gaps(perfect_build / "magazine-print.pdf") == []
    # the check finds a colour field that stops at the trim: the cover sheet without its spine and bleed
    with pikepdf.open(perfect_build / "magazine-cover.pdf") as pdf:
        pdf.pages[0].BleedBox = pdf.pages[0].TrimBox
        pdf.pages[0].MediaBox = pdf.pages[0].TrimBox
        pdf.save(tmp_path / "no-bleed.pdf")
    assert {edge for _, edge, _ in bleed_gaps(tmp_path / "no-bleed.pdf")} == {"left", "right", "top", "bottom"}


@pytest.mark.slow
def test_the_printers_report_is_read_back_from_the_files(perfect_build):
    report = (perfect_build / "magazine-print-report.html").read_text(encoding="utf-8")
    assert "<h1>Drukwerkrapport</h1>" in report and "Alle controles geslaagd." in report
    assert "<th scope=\"row\">Pagina’s</th><td>16 (binnenwerk, zonder omslag), in 4 keer 4 pagina’s" in report
    assert "Rugdikte</th><td>0,8 mm, berekend met een papierdikte van 0,1 mm per blad (8 bladen)" in report
    assert "Output intent</th><td>FOGRA39" in report and "magazine-cover.pdf: PDF/X-4" in report
    assert report.count('class="result passed"') == 10 and 'class="result failed"' not in report


@pytest.mark.slow
def test_stapling_more_pages_than_staples_hold_stops_the_press_render(edition_copy, monkeypatch):
    monkeypatch.setattr(binding, "SADDLE_STITCH_MAX_PAGES", 16)  # the fixture edition has 20 pages stapled
    edition = load_edition(edition_copy)
    with pytest.raises(ConfigError) as raised:
        render_press(edition, environment(edition.config.templates_dir))
    assert [str(p) for p in raised.value.problems] == [
        "magazine.yml:1: het tijdschrift heeft 20 pagina's; nieten (saddle-stitch) kan tot 16 pagina's. Kies een "
        "gelijmde rug: zet onder 'print:' 'binding: perfect' en 'paper_caliper_mm:' met de dikte van het papier "
        "(vraag het de drukker)"]


def test_reading_back_finds_the_ink_of_images_and_fills_and_the_colour_spaces(tmp_path):
    """A page with a fill of 80 % and a CMYK picture of 300 %, drawn twice, built with pikepdf."""
    picture = io.BytesIO()
    Image.new("CMYK", (30, 30), (204, 178, 153, 230)).save(picture, "JPEG", quality=100)
    pdf = pikepdf.new()
    image = pikepdf.Stream(pdf, picture.getvalue(), Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image,
                           Width=30, Height=30, ColorSpace=pikepdf.Name.DeviceCMYK, BitsPerComponent=8,
                           Filter=pikepdf.Name.DCTDecode, Decode=[1, 0, 1, 0, 1, 0, 1, 0])
    content = b"0.2 0.2 0.2 0.2 k 0 0 50 50 re f q 7.2 0 0 7.2 0 0 cm /Im0 Do Q q 7.2 0 0 7.2 60 0 cm /Im0 Do Q"
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 200, 200],
                              Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
                              Contents=pikepdf.Stream(pdf, content))
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(tmp_path / "ink.pdf")
    read = read_press_pdf(tmp_path / "ink.pdf")
    assert read.colour_spaces == ("CMYK",) and read.annotations == 0 and read.pdfx == ""
    assert read.highest_ink.page == 1 and read.highest_ink.what == "beeld"
    assert read.highest_ink.value == pytest.approx(300, abs=3)  # the picture's pixels, not its 80 % neighbour
    assert read.lowest_ppi == Where(300.0, 1, "30 × 30 px")  # 30 px over 0.1 inch
