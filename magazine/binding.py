"""How the magazine is bound, and what that asks of the press PDFs: every fact in one place.

saddle-stitch (stapled): one press PDF with the covers, a multiple of four pages, at most 64.
perfect (glued): the interior as one PDF (a multiple of four pages, starting at magazine page 3 on a
right-hand page, so every spread keeps its pages), and the cover as one sheet: back cover, spine
and front cover side by side, the spine as wide as the interior is thick.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import Problem

PERFECT, SADDLE_STITCH = "perfect", "saddle-stitch"
BINDINGS = (PERFECT, SADDLE_STITCH)
PAGES_PER_SHEET = 4  # a sheet folded once carries four pages
SADDLE_STITCH_MAX_PAGES = 64
INTERIOR_FIRST_PAGE = 3  # the magazine page the interior starts on; pages.css resets its counter to it
PAGE_WIDTH_MM, PAGE_HEIGHT_MM, BLEED_MM = 210.0, 297.0, 3.0  # pages.css (A4) and press.css (bleed)
SPINE_TITLE_MIN_MM = 5.0


@dataclass(frozen=True)
class Binding:
    kind: str = SADDLE_STITCH
    paper_caliper_mm: float = 0.1  # one leaf (two pages) of the interior paper
    line: int = 1  # where magazine.yml sets it, for messages

    @property
    def perfect(self) -> bool:
        return self.kind == PERFECT


@dataclass(frozen=True)
class Spine:
    """The cover sheet's spine for an interior of `pages` pages: its width, and the title on it."""

    pages: int
    paper_caliper_mm: float

    @property
    def width_mm(self) -> float:
        return round(self.pages / 2 * self.paper_caliper_mm, 2)

    @property
    def has_title(self) -> bool:
        return self.width_mm >= SPINE_TITLE_MIN_MM

    @property
    def font_pt(self) -> float:
        """Capitals that fill about half the spine's width, between 6 and 14 pt."""
        return round(min(14.0, max(6.0, self.width_mm * 1.45)), 1)

    @property
    def sheet_width_mm(self) -> float:
        return round(2 * PAGE_WIDTH_MM + self.width_mm, 2)


def saddle_stitch_problem(binding: Binding, pages: int, config_shown: str) -> Problem | None:
    """Above 64 pages the staples do not hold and the middle pages stick out: the build stops."""
    if binding.perfect or pages <= SADDLE_STITCH_MAX_PAGES:
        return None
    return Problem(config_shown, binding.line,
                   f"het tijdschrift heeft {pages} pagina's; nieten (saddle-stitch) kan tot "
                   f"{SADDLE_STITCH_MAX_PAGES} pagina's. Kies een gelijmde rug: zet onder 'print:' "
                   f"'binding: perfect' en 'paper_caliper_mm:' met de dikte van het papier (vraag het de drukker)")
