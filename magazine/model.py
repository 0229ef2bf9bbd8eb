"""The checked content model. Templates see only these frozen dataclasses, never raw YAML."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import ClassVar

from .binding import Binding

COVER_LINES = 4  # practices announced on the cover when magazine.yml does not choose them
CONTENTS_EXTRA_ROWS = (3, 1)  # rows of entries the contents heading (left) and register line (right) take


@dataclass(frozen=True)
class Term:
    """One entry of a closed vocabulary: a theme, region, province or target group."""

    slug: str  # the code contributors write in front matter
    name: str  # the Dutch name readers see
    intro: str = ""  # themes only: the opener paragraph
    aliases: tuple[str, ...] = ()  # other spellings, used for suggestions
    rgb: str = ""  # themes only: colour on screen, "#0b5c6b"
    cmyk: tuple[float, ...] = ()  # themes only: the same colour for the press, 0..1 each
    small_cmyk: tuple[float, ...] = ()  # themes only: the press colour of type under 9 pt, at most two inks
    short: str = ""  # regions only: the label of its tile on the map
    tile: tuple[int, ...] = ()  # regions only: (column, row) on the map
    centre: tuple[float, ...] = ()  # regions only: (latitude, longitude) of its central town
    provinces: tuple[str, ...] = ()  # regions only: the slugs of the provinces it lies in

    def colour_css(self, variant: str, tint: float = 1.0, small: bool = False) -> str:
        """The theme colour (or a tint of it on white) as CSS: RGB on screen, CMYK for the press;
        `small`: the press colour of small type, which a slight misregistration would blur in four inks."""
        if variant == "press":
            cmyk = self.small_cmyk if small else self.cmyk
            return "device-cmyk(" + " ".join(f"{v * tint:.3g}" for v in cmyk) + ")"
        channels = (int(self.rgb[i:i + 2], 16) for i in (1, 3, 5))
        return "#" + "".join(f"{round(255 - (255 - c) * tint):02x}" for c in channels)


@dataclass(frozen=True)
class Vocabularies:
    """The terms of every facet, by front-matter field (see facets.py), each in its file's order."""

    by_field: tuple[tuple[str, tuple[Term, ...]], ...]

    def of(self, field: str) -> tuple[Term, ...]:
        return dict(self.by_field)[field]

    @property
    def themes(self) -> tuple[Term, ...]:  # in magazine order
        return self.of("themes")

    @property
    def regions(self) -> tuple[Term, ...]:
        return self.of("region")

    @property
    def provinces(self) -> tuple[Term, ...]:
        return self.of("province")

    @property
    def target_groups(self) -> tuple[Term, ...]:
        return self.of("target_groups")


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    phone: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class Figure:
    """A key result, e.g. value "85%", label "stroomt door naar regulier werk"."""

    value: str
    label: str


@dataclass(frozen=True)
class Quote:
    text: str
    by: str


@dataclass(frozen=True)
class Image:
    path: Path  # absolute path of the file in practices/images/
    src: str  # as written in front matter, relative to practices/
    alt: str
    credit: str | None = None
    line: int = 0  # the line of `src` in the practice file, for messages
    focus: tuple[float, float] | None = None  # the point that stays in view when cropped, % from left and top

    @property
    def is_drawing(self) -> bool:
        """A vector drawing (SVG), sharp at any size; otherwise a photo with a pixel size."""
        return self.path.suffix.lower() == ".svg"

    @property
    def object_position(self) -> str:
        """The focus as CSS object-position; centred without one."""
        x, y = self.focus or (50, 50)
        return f"{x:g}% {y:g}%"


@dataclass(frozen=True)
class Section:
    """One of the fixed body sections (Wat, Aanpak, Resultaat, Tip)."""

    title: str
    html: str  # sanitized HTML


@dataclass(frozen=True)
class Practice:
    slug: str  # the file stem; also the web address praktijken/<slug>/
    source: str  # path relative to the project, for messages
    title: str
    organisation: str
    classification: tuple[tuple[str, tuple[Term, ...]], ...]  # facet field -> its terms (facets.py)
    summary: str
    contact: Contact
    sections: tuple[Section, ...]
    footnotes_html: str = ""  # sanitized; empty when there are no footnotes
    former_names: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    quote: Quote | None = None
    image: Image | None = None
    published: date | None = None
    layout: str | None = None  # the editor's choice of design (magazine/fit.py); None: chosen to fit
    keep_whole: tuple[str, ...] = ()  # print only: words never hyphenated here (set by copy-fitting, typeset.py)
    lines: tuple[tuple[str, int], ...] = ()  # (field, line in the file), for messages after parsing

    def line_of(self, field: str) -> int:
        return dict(self.lines).get(field, 1)

    def terms(self, field: str) -> tuple[Term, ...]:
        """The practice's terms of one facet: one for a single-code field, any number for a list."""
        return dict(self.classification).get(field, ())

    @property
    def themes(self) -> tuple[Term, ...]:
        return self.terms("themes")

    @property
    def theme(self) -> Term:
        """The first theme places the practice in the magazine."""
        return self.themes[0]

    @property
    def region(self) -> Term:
        return self.terms("region")[0]

    @property
    def province(self) -> Term:
        return self.terms("province")[0]

    @property
    def target_groups(self) -> tuple[Term, ...]:
        return self.terms("target_groups")

    @property
    def end_anchor(self) -> str:
        """The id of the mark after the practice's last line; the layout checks read its position."""
        return f"{self.slug}-einde"

    @property
    def sort_key(self) -> str:
        """Dutch-friendly order: accents and case ignored."""
        return _plain(self.title)


@dataclass(frozen=True)
class AccessibilityStatement:
    """What the Dutch model statement (toegankelijkheidsverklaring) says about the site, from magazine.yml."""

    organisation: str
    date: date
    status: str  # A to E, as in the model
    standard: str  # e.g. "WCAG 2.1 niveau AA (EN 301 549)"
    tested: str  # how, by whom and when
    contact: str  # e-mail address for problems and requests
    exceptions: tuple[str, ...] = ()
    response_days: int = 10  # working days to answer

    STATUSES: ClassVar[dict[str, str]] = {"A": "voldoet volledig", "B": "voldoet gedeeltelijk", "C": "eerste maatregelen genomen",
                "D": "geen maatregelen genomen", "E": "niet van toepassing"}

    @property
    def status_text(self) -> str:
        return self.STATUSES[self.status]


@dataclass(frozen=True)
class EditionConfig:
    """magazine.yml, with every path resolved."""

    root: Path  # the folder of magazine.yml
    practices_dir: Path
    templates_dir: Path
    data_dir: Path
    schema_path: Path
    title: str
    subtitle: str
    date: date
    publisher: str
    language: str
    vocabularies: Vocabularies
    config_path: Path | None = None  # magazine.yml itself
    foreword: Path | None = None  # Markdown, checked like a practice; None when magazine.yml names none
    colophon: Path | None = None
    cover: Image | None = None
    notice: str = ""  # one sentence for the back cover, e.g. that the content is fictional
    foreword_by: str = ""  # who signs the foreword
    image_credit: str = ""  # the credit of most pictures, said once in the colophon instead of under each
    crop_marks: bool = False  # press PDF: trim marks outside the bleed (many printers want none)
    binding: Binding = field(default_factory=Binding)  # print: how the printed magazine is bound (binding.py)
    register_prefixes: tuple[str, ...] = ()  # words like "Werkbedrijf" the register files names after, not under
    body_words: tuple[int, int] = (150, 1000)  # a practice's text: fewest and most words any design holds
    cover_lines: tuple[str, ...] = ()  # slugs of the practices the cover announces; () lets the build choose
    cover_lines_line: int = 1  # where cover_lines stands in magazine.yml, for messages
    issue: str = ""  # the edition as the cover names it, e.g. "Voorbeeldeditie 2019"
    blurb: str = ""  # a few sentences on the back cover about what is inside
    isbn: str = ""  # ISBN-13 digits only, checked; the back cover prints it with its EAN-13 bar code
    base_url: str = "https://example.org/"  # where the HTML edition is published; ends with /
    logo: Image | None = None  # the publisher's logo, in the site's footer
    favicon: Path | None = None  # the site's icon (SVG)
    accessibility: AccessibilityStatement | None = None  # the site's toegankelijkheidsverklaring

    @property
    def asset_dirs(self) -> tuple[Path, ...]:
        """The only folders the renderer may read files from."""
        extra = (self.cover.path.parent,) if self.cover else ()
        return (self.templates_dir, self.practices_dir, *extra)

    @property
    def sources(self) -> tuple[Path, ...]:
        """Every file and folder the edition is made from: what `serve` watches."""
        files = (self.config_path, self.foreword, self.colophon, self.cover.path if self.cover else None,
                 self.logo.path if self.logo else None, self.favicon)
        return (self.practices_dir, self.templates_dir, self.data_dir, self.schema_path,
                *sorted({path for path in files if path is not None}))

    def relative(self, path: Path) -> str:
        """A path as shown in messages: relative to the project when possible."""
        try:
            return path.absolute().relative_to(self.root).as_posix()  # not resolve(): keep symlink names
        except ValueError:
            return path.as_posix()


@dataclass(frozen=True)
class OutputFile:
    """A file of the HTML edition: rendered text, generated bytes, or a copy of a source file."""

    path: str  # relative to the site folder
    text: str | None = None
    source: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class ThemeGroup:
    theme: Term
    practices: tuple[Practice, ...]


@dataclass(frozen=True)
class RegisterEntry:
    """One entry of the register: a heading with the practices filed under it, or a cross-reference."""

    name: str  # "Sudergoa, Werkbedrijf": as filed
    practices: tuple[Practice, ...] = ()
    see: tuple[str, ...] = ()  # a cross-reference: the entries to look under instead

    @property
    def letter(self) -> str:
        return _plain(self.name)[:1].upper()


@dataclass(frozen=True)
class Edition:
    config: EditionConfig
    practices: tuple[Practice, ...]  # in magazine order: by first theme, then title
    groups: tuple[ThemeGroup, ...] = field(default=())
    foreword_html: str = ""  # sanitized; empty when magazine.yml names no foreword
    colophon_html: str = ""

    @classmethod
    def assemble(cls, config: EditionConfig, practices: list[Practice],
                 foreword_html: str = "", colophon_html: str = "") -> Edition:
        order = {t.slug: i for i, t in enumerate(config.vocabularies.themes)}
        practices = [_credited(p, config.image_credit) for p in practices]
        ordered = sorted(practices, key=lambda p: (order[p.theme.slug], p.sort_key, p.slug))
        groups = tuple(
            ThemeGroup(theme, tuple(p for p in ordered if p.theme == theme))
            for theme in config.vocabularies.themes
        )
        return cls(config, tuple(ordered), tuple(g for g in groups if g.practices), foreword_html, colophon_html)

    def keeping_whole(self, words: dict[str, tuple[str, ...]]) -> Edition:
        """This edition with more words kept whole in print: slug -> the words to add for that practice."""
        practices = [replace(p, keep_whole=tuple(sorted({*p.keep_whole, *words[p.slug]}))) if p.slug in words else p
                     for p in self.practices]
        return Edition.assemble(self.config, practices, self.foreword_html, self.colophon_html)

    def by_term(self, field: str) -> list[RegisterEntry]:
        """The terms of one facet that have practices, by name, each with its practices by title."""
        entries = [RegisterEntry(term.name, tuple(sorted((p for p in self.practices if term in p.terms(field)),
                                                         key=lambda p: p.sort_key)))
                   for term in self.config.vocabularies.of(field)]
        return sorted((e for e in entries if e.practices), key=lambda e: _plain(e.name))

    @property
    def register_of_organisations(self) -> list[RegisterEntry]:
        """Organisations filed on their distinctive name ("Sudergoa, Werkbedrijf"), and one cross-reference
        per leading word that was moved ("Werkbedrijf, zie Amstelrand, ..."), in alphabetical order."""
        filed, moved = [], {}
        for practice in self.practices:
            name = practice.organisation
            prefix = next((w for w in self.config.register_prefixes if name.startswith(w + " ")), None)
            if prefix:
                moved.setdefault(prefix, []).append(name[len(prefix) + 1:])
                name = f"{name[len(prefix) + 1:]}, {prefix}"
            filed.append(RegisterEntry(name, (practice,)))
        see = [RegisterEntry(prefix, see=tuple(sorted(names, key=_plain))) for prefix, names in moved.items()]
        return sorted(filed + see, key=lambda e: (_plain(e.name), e.practices[0].sort_key if e.practices else ""))

    @property
    def contents_pages(self) -> tuple[tuple[ThemeGroup, ...], tuple[ThemeGroup, ...]]:
        """The themes of the contents spread: the left page (under the heading) and the right page (above the
        register line), split where the two pages come out most nearly equal. A theme takes a band and its
        practices in two columns; CONTENTS_EXTRA_ROWS is what the heading and the register line take."""
        rows = [1 + (len(g.practices) + 1) // 2 for g in self.groups]
        def imbalance(split: int) -> int:
            return abs(CONTENTS_EXTRA_ROWS[0] + sum(rows[:split]) - CONTENTS_EXTRA_ROWS[1] - sum(rows[split:]))
        split = min(range(len(rows) + 1), key=lambda s: (imbalance(s), abs(2 * s - len(rows))))  # ties: the middle
        return self.groups[:split], self.groups[split:]

    @property
    def cover_practices(self) -> tuple[Practice, ...]:
        """The practices the cover announces: the editor's choice, else the first practice of each of the first
        COVER_LINES themes, so the cover shows the range of the issue."""
        if self.config.cover_lines:
            by_slug = {p.slug: p for p in self.practices}
            return tuple(by_slug[slug] for slug in self.config.cover_lines if slug in by_slug)
        return tuple(group.practices[0] for group in self.groups[:COVER_LINES])


def _credited(practice: Practice, default: str) -> Practice:
    """A picture's credit is shown only where it differs from the edition's default credit."""
    if practice.image and default and practice.image.credit == default:
        return replace(practice, image=replace(practice.image, credit=None))
    return practice


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
