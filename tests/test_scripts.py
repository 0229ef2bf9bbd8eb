"""Names and greetings in the scripts people write print and show: committed fallback fonts, right to left per paragraph."""
from __future__ import annotations

import io
import re
import subprocess

import pikepdf
import pytest
from fontTools.ttLib import TTFont

from magazine.fonts import font_css_for

from .conftest import ROOT
from .test_cli import run

FONTS_CSS = ROOT / "templates" / "fonts" / "fonts.css"

# what a practice may quote, and what draws it: a letter that only its own file has (for scripts whose letters
# take other shapes in a word, the embedded subset keeps only those shapes: there the font's name)
WRITTEN = {
    "vietnamese": ("Onze collega Trần Thị Nguyễn komt uit Đà Nẵng.", "ễ"),
    "turkish_polish_ij": ("Ayşe Yılmaz uit İzmir en Łukasz uit Łódź werken aan de Ĳssel.", "ş"),
    "arabic": ("مرحبا بكم في الكاس.", "Noto Sans Arabic"),
    "persian": ("سلام، به کارگاه ما خوش آمدید.", "Noto Sans Arabic"),
    "tigrinya": ("ሰላም ንዓኹም።", "ሰ"),
    "hebrew": ("שלום לכולם.", "Noto Sans Hebrew"),
    "cyrillic_greek": ("Они говорят: «Привет». Καλημέρα σας.", "П"),
}


@pytest.mark.parametrize(("text", "files"), [
    ("Een kas aan de dijk.", {"source-serif-4-latin", "source-sans-3-latin"}),
    ("Łódź en Ayşe", {"source-serif-4-latin", "source-sans-3-latin", "source-serif-4-latin-ext",
                      "source-sans-3-latin-ext"}),
    ("Welkom, مرحبا", {"source-serif-4-latin", "source-sans-3-latin", "noto-sans-arabic-arabic"}),
])
def test_a_document_loads_only_the_font_faces_its_characters_need(text, files):
    css, _ = font_css_for(FONTS_CSS, text)
    used = {name.rsplit("-", 2)[0] for name in re.findall(r'url\("([^"]+)\.woff2"\)', css)}
    assert used == files


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from .conftest import copy_of_fixture_edition

    config = copy_of_fixture_edition(tmp_path_factory.mktemp("scripts"))
    practice = config.parent / "practices" / "kas-aan-de-dijk.md"
    paragraphs = "\n\n".join(text for text, _ in WRITTEN.values())
    text = practice.read_text(encoding="utf-8").replace("## Aanpak\n", f"## Aanpak\n\n{paragraphs}\n", 1)
    text = text.replace("quote: {text: Hier mag ik in mijn eigen tempo werken., by:",  # as pasted from Word
                        "quote: {text: “Hier mag ik in mijn eigen tempo werken.”, by:")
    practice.write_text(text, encoding="utf-8")
    out = config.parent / "out"
    result = run("build", "--config", str(config), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def embedded_fonts(path) -> list[tuple[str, set[int]]]:
    """(family, code points) of every font program the PDF embeds."""
    with pikepdf.open(path) as pdf:
        programs = {font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes()
                    for page in pdf.pages for font in page.Resources.Font.values() if "/DescendantFonts" in font}
    fonts = [TTFont(io.BytesIO(program)) for program in programs]
    return [(font["name"].getDebugName(1), set(font.getBestCmap() or ())) for font in fonts]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["magazine.pdf", "magazine-print.pdf"])
def test_every_script_is_drawn_from_a_font_file_that_has_it(built, name):
    fonts = embedded_fonts(built / name)
    for case, (_, drawn_by) in WRITTEN.items():
        if len(drawn_by) == 1:
            assert any(ord(drawn_by) in cmap for _, cmap in fonts), case
        else:
            assert any(family.startswith(drawn_by) for family, _ in fonts), case
    text = subprocess.run(["pdftotext", str(built / name), "-"], capture_output=True, text=True, check=True).stdout
    for word in ("Nguyễn", "Ayşe", "Łódź", "IJssel", "Καλημέρα"):  # the Dutch ij as two letters
        assert word in text
    assert text.count("„Hier mag ik in mijn eigen tempo werken.”") == 1 and "“Hier" not in text  # Word's quotes


@pytest.mark.slow
def test_a_paragraph_in_a_right_to_left_script_is_set_from_the_right_on_the_site(built):
    page = (built / "site" / "praktijken" / "kas-aan-de-dijk" / "index.html").read_text(encoding="utf-8")
    for case in ("arabic", "persian", "hebrew"):
        assert f'<p dir="rtl">{WRITTEN[case][0]}</p>' in page
    assert f"<p>{WRITTEN['tigrinya'][0]}</p>" in page  # Ethiopic runs left to right
