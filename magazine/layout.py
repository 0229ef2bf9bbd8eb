"""Checks on the laid-out magazine, read back from the rendered document. Pure, apart from
reading the page geometry from pages.css, where it is stated once."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import tinycss2

from .errors import ConfigError, Problem
from .model import Edition
from .pdf import PlacedImage

MIN_PPI = 300
PAGES_CSS = "print/pages.css"  # every @page rule of the magazine
PAGE_SIZES_MM = {"a4": (210.0, 297.0), "a5": (148.0, 210.0)}
WORDS_PER_PAGE = 520  # a full page of body text in the side-column layout, measured on the sample edition


@dataclass(frozen=True)
class PageGeometry:
    """The page box of the magazine's default @page rule, in millimetres."""

    width: float
    height: float
    margin_top: float
    margin_bottom: float

    @property
    def body_height(self) -> float:
        """The height of the text area: what a full page of text fills."""
        return self.height - self.margin_top - self.margin_bottom


def page_geometry(templates_dir: Path) -> PageGeometry:
    """Size and margins of the first plain `@page { size; margin }` rule in pages.css."""
    css = (templates_dir / PAGES_CSS).read_text(encoding="utf-8")
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "at-rule" and rule.lower_at_keyword == "page" and not tinycss2.serialize(rule.prelude).strip():
            values = {d.lower_name: [v for v in d.value if v.type != "whitespace"]
                      for d in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True)
                      if d.type == "declaration"}
            size = values.get("size", [])
            width, height = PAGE_SIZES_MM.get(size[0].lower_value if size and size[0].type == "ident" else "", (0, 0))
            margins = [_mm(v) for v in values.get("margin", [])]
            top, _right, bottom, _left = _box(margins)
            if width and margins:
                return PageGeometry(width, height, top, bottom)
    raise ConfigError(f"{templates_dir / PAGES_CSS}: needs a first rule `@page {{ size: A4; margin: ... }}` in mm")


def _box(values: list[float]) -> tuple[float, float, float, float]:
    """CSS margin shorthand (1 to 4 values) -> top, right, bottom, left."""
    if not values:
        return 0.0, 0.0, 0.0, 0.0
    top = values[0]
    right = values[1] if len(values) > 1 else top
    bottom = values[2] if len(values) > 2 else top
    left = values[3] if len(values) > 3 else right
    return top, right, bottom, left


def _mm(token) -> float:
    if token.type == "dimension" and token.lower_unit == "mm":
        return float(token.value)
    if token.type == "number" and token.value == 0:
        return 0.0
    raise ConfigError(f"{PAGES_CSS}: page margins must be in mm, found {tinycss2.serialize([token])}")


def flow_end(practice, anchors: dict, geometry: PageGeometry) -> float:
    """Where the practice ends, in mm of text column from the top of its first page's text area."""
    start, _ = anchors[practice.slug]
    end, end_mm = anchors[practice.end_anchor]
    return (end - start) * geometry.body_height + end_mm - geometry.margin_top


def page_fills(practice, anchors: dict, content_bottoms: tuple[float, ...], geometry: PageGeometry,
               pages: int = 2) -> tuple[float, ...]:
    """How full each page of the practice's spread is: its lowest content over the text area (0..1)."""
    start, _ = anchors[practice.slug]
    fills = []
    for page in range(start, min(start + pages, len(content_bottoms) + 1)):
        used = (content_bottoms[page - 1] - geometry.margin_top) / geometry.body_height
        fills.append(min(1.0, max(0.0, used)))
    return tuple(fills)


def fill_problems(practice, design: str, fills: tuple[float, ...], max_empty: float) -> list[Problem]:
    """A page of the chosen design that is emptier than `max_empty` fails the build."""
    return [Problem(practice.source, practice.line_of("body"), (
        f"pagina {number} van het ontwerp '{design}' is voor {100 * (1 - fill):.0f} % leeg (hooguit "
        f"{100 * max_empty:.0f} % mag); kies met 'layout:' een ander ontwerp of pas de tekst aan"))
        for number, fill in enumerate(fills, 1) if 1 - fill > max_empty]


def words_over(over_mm: float, geometry: PageGeometry) -> int:
    """About how many words make `over_mm` of text column, rounded up to tens."""
    return max(10, -(-round(over_mm * WORDS_PER_PAGE / geometry.body_height) // 10) * 10)


def spread_problems(edition: Edition, anchors: dict, content_bottoms: tuple[float, ...], geometry: PageGeometry,
                    layouts: dict, max_empty: float) -> list[Problem]:
    """Every practice must fill its spread (or, for a feature, two spreads) starting on a left (even) page.

    layouts: slug -> Layout of the copy-fitted practices (copyfit.py), which were verified in their own
    render: one that runs over or leaves a page empty in the magazine was laid out differently there,
    a fault of the layout around it, not of its text, and is reported as such."""
    problems = []
    for practice in edition.practices:
        start, _ = anchors[practice.slug]
        if start % 2:
            problems.append(Problem(practice.source, 1, f"begint op een rechterpagina ({start}); controleer de opmaak"))
        layout = layouts.get(practice.slug)
        if layout is None:
            problems += overflow_problems(practice, anchors, geometry.body_height)
            continue
        fills = page_fills(practice, anchors, content_bottoms, geometry, layout.pages)
        if overflow_problems(practice, anchors, geometry.body_height, layout.pages) or fill_problems(
                practice, layout.design, fills, max_empty):
            problems.append(layout_mismatch(practice, anchors, layout.design))
    return problems


def layout_mismatch(practice, anchors: dict, design: str) -> Problem:
    """A copy-fitted practice that the magazine lays out otherwise than its own render did."""
    start, end = anchors[practice.slug][0], anchors[practice.end_anchor][0]
    return Problem(practice.source, 1, (
        f"staat in het tijdschrift anders dan in zijn eigen opmaak (ontwerp {design}, pagina {start} tot en met "
        f"{end}): niet de tekst maar de opmaak eromheen is fout; meld dit met deze melding aan wie de opmaak "
        "onderhoudt, en kijk of het voorbeeld ervoor doorloopt op deze pagina's"))


PAGE_COUNTS = {2: "twee", 4: "vier"}


def overflow_problems(practice, anchors: dict, body_height: float, pages: int = 2) -> list[Problem]:
    """The practice's text must end within the pages of its design; say how much is over."""
    start, _ = anchors[practice.slug]
    end, end_mm = anchors[practice.end_anchor]
    if end - start + 1 <= pages:
        return []
    over = (end - start - pages) + end_mm / body_height
    words = max(10, round(over * WORDS_PER_PAGE / 10) * 10)
    return [Problem(practice.source, 1, (
        f"past niet op {PAGE_COUNTS.get(pages, pages)} pagina's: de tekst is ongeveer {_dutch(over)} pagina te lang "
        f"(pagina {start} tot en met {end}); maak de tekst zo'n {words} woorden korter "
        "of gebruik minder kerncijfers"))]


def resolution_problems(edition: Edition, images: tuple[PlacedImage, ...], where: str = "") -> list[Problem]:
    """Every raster image needs at least 300 ppi at the size it is printed.

    where: what the page numbers count in, e.g. " van het voorbeeld" for a practice's own render."""
    owners = {p.image.path.as_uri(): (p.source, p.image.line, p.image.src) for p in edition.practices if p.image}
    cover = edition.config.cover
    if cover:
        owners[cover.path.as_uri()] = (edition.config.relative(edition.config.config_path), cover.line, cover.src)
    problems = []
    for image in images:
        if image.ppi >= MIN_PPI - 0.5:
            continue
        source, line, src = owners.get(image.url, (image.url, 0, image.url))
        width_px = round(image.width_mm / 25.4 * MIN_PPI)
        height_px = round(image.height_mm / 25.4 * MIN_PPI)
        problems.append(Problem(source, line, (
            f"de afbeelding '{src}' is te grof voor drukwerk: {image.width_mm:.0f} × {image.height_mm:.0f} mm "
            f"gedrukt bij {image.ppi:.0f} ppi (pagina {image.page}{where}); nodig is minstens {MIN_PPI} ppi, "
            f"dus een bestand van minstens {width_px} × {height_px} pixels")))
    return problems


def font_problems(families: tuple[str, ...], label: str, committed: set[str]) -> list[Problem]:
    """A font that is not committed (a system fallback) makes the PDF depend on the machine."""
    return [Problem(label, 1, f"font '{family}' is not one of the committed fonts (templates/fonts); "
                              "give that element a font-family from templates/fonts/fonts.css")
            for family in families if family not in committed]


def _dutch(number: float) -> str:
    return f"{number:.1f}".replace(".", ",")
