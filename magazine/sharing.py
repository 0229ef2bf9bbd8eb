"""The link preview of each practice (og:image, twitter:card): a 1200 x 630 JPEG drawn at build time with
the committed fonts: the practice's photo on the right, its title, organisation and the magazine's name
on a field in its theme colour. A drawing (SVG) is drawn by WeasyPrint and rasterised by PDFium (pdf.py);
one that cannot be drawn whole gets the two neighbouring houses of the magazine's mark instead.
Made once per content and kept in the cache, like the site's picture variants.
"""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont, ImageOps

from .cache import NO_CACHE, Cache
from .model import Practice
from .pdf import drawing_pixels

SIZE = (1200, 630)
PHOTO_WIDTH = 520  # the photo's share of the width, at the right
MARGIN = 64
TITLE_SIZES = (64, 58, 52, 46, 40)  # px, the largest that sets the title in at most TITLE_LINES
TITLE_LINES = 4
# the Latin subsets of the committed fonts (Latin-1: every Dutch letter but the ligature ĳ)
BOLD, REGULAR, SEMIBOLD = (f"source-sans-3-latin-{weight}-normal.woff2" for weight in (700, 400, 600))
_CODE = Path(__file__).read_bytes()


def share_image(practice: Practice, magazine_title: str, fonts_dir: Path, allowed: list[Path],
                cache: Cache = NO_CACHE) -> bytes:
    """The practice's link preview as JPEG bytes, from the cache when its inputs did not change.
    allowed: the folders a drawing may read from (the project's asset folders)."""
    picture = practice.image.path.read_bytes() if practice.image else b""
    key = hashlib.sha256(b"\0".join([
        _CODE, practice.title.encode(), practice.organisation.encode(), magazine_title.encode(),
        practice.theme.rgb.encode(), picture, *((fonts_dir / name).read_bytes() for name in (BOLD, REGULAR, SEMIBOLD)),
        repr(practice.image.focus if practice.image else None).encode()])).hexdigest()
    if (cached := cache.get(key)) is not None:
        return cached
    made = _draw(practice, magazine_title, fonts_dir, _photo(practice, picture, allowed))
    cache.put(key, made)
    return made


def _photo(practice: Practice, picture: bytes, allowed: list[Path]):
    """The practice's picture cut to the preview's photo area, or None."""
    if not picture:
        return None
    focus = practice.image.focus or (50, 50)
    size = (PHOTO_WIDTH, SIZE[1])
    if practice.image.is_drawing:
        drawn = drawing_pixels(practice.image.path, size, focus, allowed)
        return ImageOps.fit(drawn, size, PillowImage.LANCZOS) if drawn else None
    with PillowImage.open(io.BytesIO(picture)) as photo:
        return ImageOps.fit(photo.convert("RGB"), size, PillowImage.LANCZOS, centering=tuple(v / 100 for v in focus))


def _draw(practice: Practice, magazine_title: str, fonts_dir: Path, photo) -> bytes:
    canvas = PillowImage.new("RGB", SIZE, practice.theme.rgb)
    draw = ImageDraw.Draw(canvas)
    text_right = SIZE[0] - PHOTO_WIDTH - MARGIN
    if photo:
        canvas.paste(photo, (SIZE[0] - PHOTO_WIDTH, 0))
    else:
        _houses(draw, SIZE[0] - PHOTO_WIDTH + 70, (SIZE[1] - 44 * 380 // 96) // 2, 380)
    font = ImageFont.truetype(str(fonts_dir / SEMIBOLD), 30)
    draw.text((MARGIN, MARGIN), magazine_title.upper(), font=font, fill="#ffffff")
    size, lines = _fitted_title(practice.title, fonts_dir / BOLD, text_right - MARGIN)
    title_font = ImageFont.truetype(str(fonts_dir / BOLD), size)
    y = 150
    for line in lines:
        draw.text((MARGIN, y), line, font=title_font, fill="#ffffff")
        y += round(size * 1.12)
    org_font = ImageFont.truetype(str(fonts_dir / REGULAR), 32)
    draw.text((MARGIN, max(y + 24, SIZE[1] - MARGIN - 40)), practice.organisation, font=org_font, fill="#ffffff")
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=85, optimize=True, progressive=True)
    return out.getvalue()


def _fitted_title(title: str, font_path: Path, width: int) -> tuple[int, list[str]]:
    """The largest size that sets the title in at most TITLE_LINES lines of `width`; at the smallest, a word
    too long for a line is broken with a hyphen and what does not fit ends in an ellipsis."""
    for size in TITLE_SIZES:
        font = ImageFont.truetype(str(font_path), size)
        lines = _wrapped(title, font, width)
        if len(lines) <= TITLE_LINES and all(font.getlength(line) <= width for line in lines):
            return size, lines
    font = ImageFont.truetype(str(font_path), TITLE_SIZES[-1])
    words = [part for word in title.split() for part in _broken(word, font, width)]
    lines = _wrapped(" ".join(words), font, width)
    if len(lines) > TITLE_LINES:
        lines = [*lines[:TITLE_LINES - 1], lines[TITLE_LINES - 1].rstrip(",:;") + " …"]
    return TITLE_SIZES[-1], lines


def _broken(word: str, font, width: int) -> list[str]:
    """A word wider than the line, in pieces that fit, each but the last ending in a hyphen."""
    pieces = []
    while font.getlength(word) > width:
        cut = max(1, max(i for i in range(1, len(word)) if font.getlength(word[:i] + "-") <= width))
        pieces.append(word[:cut] + "-")
        word = word[cut:]
    return [*pieces, word]


def _wrapped(text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and font.getlength(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def _houses(draw: ImageDraw.ImageDraw, x: int, y: int, width: int) -> None:
    """The magazine's mark, two neighbouring houses, in white and a light tint."""
    unit = width / 96
    for left, fill in ((4, "#ffffff"), (46, "#f2a27a")):
        points = [(left, 44), (left, 22), (left + 18, 6), (left + 36, 22), (left + 36, 44)]
        draw.polygon([(x + px * unit, y + py * unit) for px, py in points], fill=fill)
