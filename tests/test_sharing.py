"""Link previews (magazine/sharing.py): a 1200 x 630 JPEG per practice, drawn with the committed fonts."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image as PillowImage
from PIL import ImageFont

from magazine import sharing
from magazine.cache import Cache
from magazine.pipeline import load_edition

from .conftest import EDITION, ROOT

FONTS = ROOT / "templates" / "fonts"


@pytest.fixture(scope="module")
def practices():
    return {p.slug: p for p in load_edition(EDITION).practices}


@pytest.mark.parametrize("slug", ["detacheren-in-de-haven", "kas-aan-de-dijk"])  # a photo; a drawing
def test_a_preview_is_a_1200_by_630_jpeg_and_comes_from_the_cache_to_the_byte(practices, slug, tmp_path):
    cache = Cache(tmp_path / "cache")
    made = sharing.share_image(practices[slug], "Testeditie", FONTS, cache)
    with PillowImage.open(io.BytesIO(made)) as image:
        assert (image.format, image.size) == ("JPEG", (1200, 630))
    assert sharing.share_image(practices[slug], "Testeditie", FONTS, cache) == made
    other = sharing.share_image(replace(practices[slug], title="Een andere titel"), "Testeditie", FONTS, cache)
    assert other != made


@pytest.mark.parametrize("title, size, lines", [
    ("Kas aan de Dijk", 64, 1),
    ("Een koffiebranderij als leer- en werkbedrijf voor mensen die willen leren", 52, 4),
    ("Werkgeversdienstverleningsteamcoördinatorenoverleg" * 2, 40, 4),  # broken with hyphens
])
def test_the_title_takes_the_largest_size_that_fits(title, size, lines):
    chosen, set_lines = sharing._fitted_title(title, FONTS / sharing.BOLD, 560)
    font = ImageFont.truetype(str(FONTS / sharing.BOLD), chosen)
    assert (chosen, len(set_lines)) == (size, lines)
    assert all(font.getlength(line) <= 560 for line in set_lines)
    assert "".join(set_lines).replace(" ", "").replace("-", "") == title.replace(" ", "").replace("-", "")
