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
def edition():
    return load_edition(EDITION)


@pytest.fixture(scope="module")
def practices(edition):
    return {p.slug: p for p in edition.practices}


@pytest.mark.parametrize("slug", ["detacheren-in-de-haven", "kas-aan-de-dijk"])  # a photo; a drawing
def test_a_preview_is_a_1200_by_630_jpeg_and_comes_from_the_cache_to_the_byte(edition, practices, slug, tmp_path):
    cache, allowed = Cache(tmp_path / "cache"), list(edition.config.asset_dirs)
    made = sharing.share_image(practices[slug], "Testeditie", FONTS, allowed, cache)
    with PillowImage.open(io.BytesIO(made)) as image:
        assert (image.format, image.size) == ("JPEG", (1200, 630))
        picture = image.crop((1200 - sharing.PHOTO_WIDTH, 0, 1200, 630))
        assert len(picture.getcolors(1 << 24)) > 1000  # the picture itself, not the flat mark on the theme colour
    assert sharing.share_image(practices[slug], "Testeditie", FONTS, allowed, cache) == made
    other = sharing.share_image(replace(practices[slug], title="Een andere titel"), "Testeditie", FONTS, allowed, cache)
    assert other != made


@pytest.mark.parametrize("reference", ["file:///etc/passwd", "https://example.org/foto.png"])
def test_a_drawing_that_reads_outside_the_project_gets_the_mark(edition, practices, reference, tmp_path):
    practice = practices["kas-aan-de-dijk"]
    hostile = tmp_path / "hostile.svg"
    hostile.write_text(practice.image.path.read_text().replace("</svg>", f'<image href="{reference}" width="10" height="10"/></svg>'))
    practice = replace(practice, image=replace(practice.image, path=hostile))
    made = sharing.share_image(practice, "Testeditie", FONTS, [tmp_path])
    assert made == sharing._draw(practice, "Testeditie", FONTS, None)  # the two houses, nothing fetched


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
