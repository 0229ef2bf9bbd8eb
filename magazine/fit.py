"""Copy-fitting: the family of spread designs and the rules that choose one per practice. Pure.

Every design lays the practice's text out in the same column (so one measuring render tells
how long the text runs) and fills the rest of its spread with one designed element of
flexible height, its *flex*: a picture, a display quote, a closing picture. Text is never
shrunk, stretched or letter-spaced; only the flex element grows or shrinks.

How a design is chosen (all rules are here):
1. Measure: the practice is rendered once in the reference design (`beeldband` at its
   smallest picture); where its text ends gives the text length in millimetres of column.
2. Predict: for every design the practice can have (a picture, a quote, two key figures),
   the flex that makes the text end at the foot of the design's last page (two pages, or four
   for `reportage`, the feature for long texts). A design whose flex falls outside its range
   does not fit.
3. Rhythm: in magazine order, each practice gets the fitting design used least so far, where
   a design that suits its content (`_suits`: three key figures, a short quote, a photograph)
   counts as used once less; never the design of the practice before it (when another fits).
   A theme opener starts afresh, and so does a feature. A feature of four pages is only chosen for
   a text too long for every spread (or by an editor). An editor's `layout:` wins when it fits. A
   text too short for every design (or without picture and quote) keeps the plain spread, and the
   report says so; a text too long for every design, the feature included, is a problem naming how
   many words too long.
   Photos limit a picture's height to what prints at 300 ppi (`flex_range`).
4. Verify: the practice is rendered in its design and `FlexSearch` steers the flex by how each
   render came out: it grows the element into room left on its page, corrects it by how far the
   text ends from `SAFETY_MM` above the foot of the spread, and bisects where a block that may not
   break jumps a page (at most `ROUNDS` renders); it keeps the largest flex that fits. A design
   that still runs over, or leaves a page more than `MAX_EMPTY` empty, gives way to the next that
   fits (`next_choice`). A paragraph with three hyphenated lines in a row (CSS cannot forbid it)
   gets the word at the middle one kept whole (typeset.py) and is verified again. The chosen
   layouts are then rendered once more as the site's downloads.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .binding import PAGE_WIDTH_MM

REFERENCE = "beeldband"
SAFETY_MM = 2.0  # the text ends this far above the foot of the last page, or less
TOLERANCE_MM = 8.0  # a verified layout ends within this of the target: under two lines, about 3 % of a page
ROUNDS = 3
BRACKET_MM = 2.0  # the flex is known closely enough when fitting and running over are nearer than this
ROOM_MIN_MM = 6.0  # less room than this left on a page counts as full
ROOM_MARGIN_MM = 1.0  # kept free when the flexible element grows into the room left on its page
JUMP_MM = 12.0  # an element that closes the text and starts this near the top of the next page has jumped
MAX_EMPTY = 0.25  # no practice page may be emptier than this (the build fails)
PLAIN_PAGES = 2  # the plain spread of a practice that keeps no design


@dataclass(frozen=True)
class Design:
    name: str  # the value of `layout:` in front matter, and the CSS class design-<name>
    label: str  # Dutch, for the fit report
    flex: tuple[float, float]  # smallest and largest height of the flexible element, in mm
    offset: float  # at its smallest flex, how much further down the text ends than in the reference
    image_flex: bool = True  # the flexible element is the picture (so a photo's pixels limit it)
    needs_image: bool = True
    needs_quote: bool = False
    min_figures: int = 0
    pages: int = 2  # one spread, or two for a feature
    flex_at_end: bool = False  # the flexible element closes the text (else it opens the first page)
    picture_mm: float = PAGE_WIDTH_MM  # at least this wide the picture is printed (designs.css; tests/test_fit.py)

    def capacity(self, column: float) -> float:
        """The text column of all the design's pages, in mm, given the column of one page."""
        return self.pages * column


# Offsets measured on the sample edition (mean over fifty practices, at each design's smallest flex).
DESIGNS: tuple[Design, ...] = (
    Design("beeldband", "beeld boven de tekst", (70, 230), 31),
    Design("beeldkop", "kop over het beeld", (95, 255), 36),
    Design("citaat", "groot citaat", (70, 255), -36, image_flex=False, needs_image=False, needs_quote=True,
           picture_mm=50),
    Design("cijfers", "kerncijfers groot", (55, 215), 6, min_figures=2),
    Design("slotbeeld", "beeld onder de tekst", (60, 215), 26, flex_at_end=True, picture_mm=175),
    # For short texts: the picture fills the left page, the text and a closing quote the right one.
    Design("kort", "beeldpagina en tekstpagina", (30, 230), 207, image_flex=False, needs_quote=True,
           flex_at_end=True),
    # For long texts, over two spreads: the picture fills the first page, the key figures open the text,
    # the quote on a colour field closes it, up to a page of its own (offset measured on the sample's feature).
    Design("reportage", "reportage van vier pagina's", (40, 259), 274, image_flex=False, needs_quote=True,
           pages=4, flex_at_end=True),
)
BY_NAME = {design.name: design for design in DESIGNS}
ORDER = {design.name: index for index, design in enumerate(DESIGNS)}


@dataclass(frozen=True)
class Layout:
    """A practice's design and the height of its flexible element."""

    design: str
    flex_mm: float
    measuring: bool = False  # the reference render: every element in its plain place

    @property
    def css_class(self) -> str:
        return f"design-{self.design}"

    @property
    def pages(self) -> int:
        return BY_NAME[self.design].pages


@dataclass(frozen=True)
class Fit:
    """A practice as laid out: its layout, and how full each of its pages is (0..1)."""

    slug: str
    layout: Layout | None  # None: too short for every design, laid out in the plain spread
    fills: tuple[float, ...]

    @property
    def empties(self) -> tuple[float, ...]:
        return tuple(max(0.0, 1 - fill) for fill in self.fills)

    @property
    def too_empty(self) -> bool:
        return any(empty > MAX_EMPTY for empty in self.empties)


def reference_layout() -> Layout:
    return Layout(REFERENCE, BY_NAME[REFERENCE].flex[0], measuring=True)


def applicable(practice) -> list[Design]:
    """The designs a practice has the content for: a picture, a quote, enough key figures."""
    return [d for d in DESIGNS
            if (practice.image or not d.needs_image) and (practice.quote or not d.needs_quote)
            and len(practice.figures) >= d.min_figures]


def predicted_flex(design: Design, text_end: float, column: float) -> float:
    """The flex that ends the text at the foot of the design's last page, from the reference measurement.

    text_end: where the text ends in the reference layout, in mm of column from the top of the
    practice's first page; column: the text column of one page, in mm.
    """
    return design.flex[0] + (design.capacity(column) - SAFETY_MM - text_end - design.offset)


def flex_range(design: Design, image_height_limit: float | None) -> tuple[float, float]:
    """The design's flex range, lowered where a photo would print below 300 ppi."""
    low, high = design.flex
    if design.image_flex and image_height_limit is not None:
        high = min(high, image_height_limit)
    return low, high


def fits(flex: float, limits: tuple[float, float]) -> bool:
    return limits[0] <= flex <= limits[1]


class FlexSearch:
    """The search for one practice's flex, from how each render came out.

    The text end is a staircase in the flex, not a line: a block that may not break (the header, the
    fact box, a quote) stays on its page until it no longer fits and then jumps to the next, leaving
    room at the foot of the page it left; while the flex grows into that room the text end does not
    move at all. So each render's page fills steer the next flex:
    - room at the foot of the first page, under an element that opens it, is taken first: the element
      grows by that much, which moves nothing else;
    - a run-over with room on the first page means a block has jumped: go back to the smallest flex
      (when nothing fitted yet; it tells at once whether the design can fit) or halfway to the largest
      that fitted;
    - an element that closes the text and has jumped to the next page is made as tall as the room the
      text left on the last page;
    - otherwise the flex is corrected by how far the text ends from its target, bisecting where the
      correction lands beyond what is known.
    The search is done when the text ends within TOLERANCE_MM of its target with the first page full,
    or when the largest flex that fits (its first page full) and the smallest that runs over are less
    than BRACKET_MM apart: between them a block jumps.
    """

    def __init__(self, layout: Layout, limits: tuple[float, float]):
        self.design, self.limits = BY_NAME[layout.design], limits
        self.flex = min(limits[1], max(limits[0], layout.flex_mm))
        self.fitting: float | None = None  # the largest flex seen whose text ends within the spread
        self.fitting_full = False  # and whether its first page came out full
        self.jumped = False  # a render ran over because a block jumped to the next page
        self.over: float | None = None  # the smallest flex seen whose text runs over
        self.done = False

    def next_layout(self) -> Layout:
        return Layout(self.design.name, round(self.flex, 1))

    def record(self, text_end: float, column: float, fills: tuple[float, ...]) -> None:
        """text_end: where the text ended, in mm of column; column: one page's text column in mm;
        fills: how full each of the design's pages came out (0..1)."""
        design, flex = self.design, self.flex
        capacity = design.capacity(column)
        target = capacity - SAFETY_MM
        room = 0.0 if design.flex_at_end else (1 - fills[0]) * column - ROOM_MARGIN_MM
        full = room < ROOM_MIN_MM
        if text_end <= capacity:
            if self.fitting is None or flex > self.fitting:
                self.fitting, self.fitting_full = flex, full
            self.done = full and text_end >= target - TOLERANCE_MM
            step = flex + room if not full else flex + (target - text_end)
        else:
            self.over = min(flex, self.over or flex)
            if not full:  # a block has jumped to the next page
                if self.fitting is not None:
                    self.done = self.fitting_full  # a larger flex than the one that fitted moves the block
                    step = (self.fitting + flex) / 2
                else:  # the second time without a fit: can the design fit at all?
                    step = self.limits[0] if self.jumped else flex + (target - text_end)
                self.jumped = True
            elif design.flex_at_end and 0 <= text_end - flex - capacity <= JUMP_MM:  # the element has jumped
                gap = text_end - flex - capacity  # its margin, measured at the top of the next page
                step = (1 - fills[-1]) * column - gap - SAFETY_MM
            else:
                step = flex + (target - text_end)
        low = self.fitting if self.fitting is not None else self.limits[0]
        high = self.over if self.over is not None else self.limits[1]
        trying_smallest = self.fitting is None and step == self.limits[0]
        if not low < step < high and not trying_smallest:  # the correction lands beyond what is known: bisect
            step = (low + high) / 2 if self.over is not None else high
        if abs(step - flex) < 0.5 or (self.over is not None and (
                self.over <= self.limits[0] or (self.fitting is not None and self.over - self.fitting < BRACKET_MM))):
            self.done = True
        self.flex = step

    def best(self) -> Layout:
        """The largest flex that fitted; else the smallest the design allows."""
        return Layout(self.design.name, round(self.fitting if self.fitting is not None else self.limits[0], 1))


# A design suits a practice better when the practice has much of what the design shows.
def _suits(design: Design, practice) -> int:
    if design.name == "cijfers":
        return len(practice.figures) >= 3
    if design.name == "citaat":
        return bool(practice.quote) and len(practice.quote.text) <= 140
    if design.name in ("beeldkop", "slotbeeld"):
        return bool(practice.image) and not practice.image.is_drawing
    return 0


def next_choice(slug: str, failed: str, options: dict[str, dict[str, float]], layouts: dict[str, Layout],
                practices) -> Layout | None:
    """Another fitting design for a practice whose design left a page too empty: not the failed one,
    and not the design of its neighbours when that can be avoided."""
    options[slug].pop(failed, None)
    order = [p.slug for p in practices]
    index = order.index(slug)
    neighbours = {layouts[s].design for s in order[max(0, index - 1):index + 2] if s != slug and s in layouts}
    names = [d.name for d in sorted(DESIGNS, key=lambda d: d.pages) if d.name in options[slug]]  # spreads first
    preferred = [name for name in names if name not in neighbours] or names
    return Layout(preferred[0], round(options[slug][preferred[0]], 1)) if preferred else None


def choose(practices, options: dict[str, dict[str, float]], overrides: dict[str, str]) -> dict[str, Layout]:
    """A layout for every practice that has a fitting design, in magazine order with rhythm.

    options: slug -> {design name: predicted flex} of the designs that fit.
    overrides: slug -> design name an editor asked for (already known to fit).
    """
    chosen: dict[str, Layout] = {}
    used: Counter[str] = Counter()
    previous, theme = None, None
    for practice in practices:
        if practice.theme != theme:
            theme, previous = practice.theme, None  # a theme opener breaks the sequence
        fitting = options.get(practice.slug, {})
        spreads = [d for d in DESIGNS if d.name in fitting and d.pages == 2]
        fitting_designs = spreads or [d for d in DESIGNS if d.name in fitting]  # a feature only when needed
        if practice.slug in overrides:
            name = overrides[practice.slug]
        else:
            candidates = [d for d in fitting_designs if d.name != previous] or fitting_designs
            if not candidates:
                continue
            name = min(candidates, key=lambda d: (used[d.name] - _suits(d, practice), ORDER[d.name])).name
        chosen[practice.slug] = Layout(name, round(fitting[name], 1))
        used[name] += 1
        previous = name if BY_NAME[name].pages == 2 else None  # so does a feature
    return chosen
