"""Layout problems found by reading the rendered document back: they fail the build with a clear message."""
from __future__ import annotations

import re
import shutil

import pikepdf
import pytest
from PIL import Image

from .conftest import FIXTURES, use_templates_copy
from .test_cli import run

pytestmark = pytest.mark.slow  # renders PDFs or runs whole builds

LAYOUT = FIXTURES / "layout"


def add(edition_config, name: str, image: str | None = None) -> None:
    practices = edition_config.parent / "practices"
    shutil.copy(LAYOUT / f"{name}.md", practices / f"{name.replace('_', '-')}.md")
    if image:
        shutil.copy(LAYOUT / image, practices / "images" / image)


def test_practice_longer_than_its_spread_is_an_error_with_the_overflow(edition_copy, tmp_path):
    add(edition_copy, "too_long")
    result = run("pdf", "--config", str(edition_copy), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if "too-long" in line]
    assert len(lines) == 1  # the screen PDF is laid out first and already fails
    assert re.fullmatch(
        r"practices/too-long\.md:1: past niet op twee pagina's: de tekst is ongeveer \d+,\d pagina te lang "
        r"\(pagina \d+ tot en met \d+\); maak de tekst zo'n \d+ woorden korter of gebruik minder kerncijfers",
        lines[0]), lines[0]
    assert not (tmp_path / "out").exists()


def test_low_resolution_image_names_file_line_size_and_ppi(edition_copy, tmp_path):
    """A practice's photo is checked before layout (tests/test_picturecheck.py); the cover, the editor's,
    as it is laid out."""
    Image.new("RGB", (600, 800), (90, 120, 60)).save(edition_copy.parent / "omslag.jpg", quality=85)
    edition_copy.write_text(edition_copy.read_text() + "cover: {src: omslag.jpg, alt: Een kleine foto.}\n")
    result = run("pdf", "--config", str(edition_copy), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        # the cover picture is 123 mm wide on the front page; 600 px over 123 mm is 124 ppi
        "magazine.yml:38: de afbeelding 'omslag.jpg' is te grof voor drukwerk: 123 × 164 mm gedrukt bij 124 ppi "
        "(pagina 1); nodig is minstens 300 ppi, dus een bestand van minstens 1453 × 1937 pixels",
    ]


def test_crop_marks_are_off_by_default_and_switchable(edition_copy, tmp_path):
    assert run("pdf", "--crop-marks", "--config", str(edition_copy), "--out", str(tmp_path / "marks")).returncode == 0
    with pikepdf.open(tmp_path / "marks" / "magazine-print.pdf") as pdf:
        page = pdf.pages[0]
        media, bleed = [float(v) for v in page.MediaBox], [float(v) for v in page.BleedBox]
    assert media[0] < bleed[0] and media[2] > bleed[2]  # room for the marks outside the bleed
    edition_copy.write_text(edition_copy.read_text() + "crop_marks: true\n")
    assert run("pdf", "--no-crop-marks", "--config", str(edition_copy), "--out", str(tmp_path / "none")).returncode == 0
    with pikepdf.open(tmp_path / "none" / "magazine-print.pdf") as pdf:
        assert pdf.pages[0].MediaBox == pdf.pages[0].BleedBox


def test_a_font_that_is_not_committed_fails_the_build(edition_copy, tmp_path):
    css = use_templates_copy(edition_copy, tmp_path) / "print" / "typography.css"
    css.write_text(css.read_text() + '\n.cover-title { font-family: "DejaVu Sans", sans-serif; }\n')
    result = run("pdf", "--config", str(edition_copy), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "is not one of the committed fonts (templates/fonts)" in result.stdout
