"""Checks on the laid-out magazine, read back from the rendered document. Pure."""
from __future__ import annotations

from .errors import Problem
from .model import Edition
from .pdf import PlacedImage

MIN_PPI = 300
BODY_HEIGHT_MM = 297 - 18 - 20  # page height minus top and bottom margin (pages.css)
WORDS_PER_PAGE = 520  # a full page of body text in the side-column layout, measured on the sample edition


def notes_pages_needed(pages: int) -> int:
    """Blank notes pages that make a saddle-stitched magazine a multiple of four pages."""
    return -pages % 4


def spread_problems(edition: Edition, anchors: dict) -> list[Problem]:
    """Every practice must fill exactly one spread that starts on a left (even) page."""
    problems = []
    for practice in edition.practices:
        start, _ = anchors[practice.slug]
        if start % 2:
            problems.append(Problem(practice.source, 0, f"begint op een rechterpagina ({start}); controleer de opmaak"))
        problems += overflow_problems(practice, anchors)
    return problems


def overflow_problems(practice, anchors: dict) -> list[Problem]:
    """The practice's text must end within the two pages of its spread; say how much is over."""
    start, _ = anchors[practice.slug]
    end, end_mm = anchors[f"{practice.slug}-einde"]
    if end - start + 1 <= 2:
        return []
    over = (end - start - 2) + end_mm / BODY_HEIGHT_MM
    words = max(10, round(over * WORDS_PER_PAGE / 10) * 10)
    return [Problem(practice.source, 0, (
        f"past niet op twee pagina's: de tekst is ongeveer {_dutch(over)} pagina te lang "
        f"(pagina {start} tot en met {end}); maak de tekst zo'n {words} woorden korter "
        "of gebruik minder kerncijfers"))]


def resolution_problems(edition: Edition, images: tuple[PlacedImage, ...]) -> list[Problem]:
    """Every raster image needs at least 300 ppi at the size it is printed."""
    owners = {p.image.path.as_uri(): (p.source, p.image.line, p.image.src) for p in edition.practices if p.image}
    cover = edition.config.cover
    if cover:
        owners[cover.path.as_uri()] = ("magazine.yml", 0, cover.src)
    problems = []
    for image in images:
        if image.ppi >= MIN_PPI - 0.5:
            continue
        source, line, src = owners.get(image.url, (image.url, 0, image.url))
        width_px = round(image.width_mm / 25.4 * MIN_PPI)
        height_px = round(image.height_mm / 25.4 * MIN_PPI)
        problems.append(Problem(source, line, (
            f"de afbeelding '{src}' is te grof voor drukwerk: {image.width_mm:.0f} × {image.height_mm:.0f} mm "
            f"gedrukt bij {image.ppi:.0f} ppi (pagina {image.page}); nodig is minstens {MIN_PPI} ppi, "
            f"dus een bestand van minstens {width_px} × {height_px} pixels")))
    return problems


def font_problems(families: tuple[str, ...], label: str, committed: set[str]) -> list[Problem]:
    """A font that is not committed (a system fallback) makes the PDF depend on the machine."""
    return [Problem(label, 0, f"font '{family}' is not one of the committed fonts (templates/fonts); "
                              "give that element a font-family from templates/fonts/fonts.css")
            for family in families if family not in committed]


def _dutch(number: float) -> str:
    return f"{number:.1f}".replace(".", ",")
