"""The checked content model. Templates see only these frozen dataclasses, never raw YAML."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Term:
    """One entry of a closed vocabulary: a theme, region, province or target group."""

    slug: str  # the code contributors write in front matter
    name: str  # the Dutch name readers see
    intro: str = ""  # themes only: the opener paragraph
    aliases: tuple[str, ...] = ()  # other spellings, used for suggestions
    rgb: str = ""  # themes only: colour on screen, "#0b5c6b"
    cmyk: tuple[float, ...] = ()  # themes only: the same colour for the press, 0..1 each

    def colour_css(self, variant: str, tint: float = 1.0) -> str:
        """The theme colour (or a tint of it on white) as CSS: RGB on screen, CMYK for the press."""
        if variant == "press":
            return "device-cmyk(" + " ".join(f"{v * tint:.3g}" for v in self.cmyk) + ")"
        channels = (int(self.rgb[i:i + 2], 16) for i in (1, 3, 5))
        return "#" + "".join(f"{round(255 - (255 - c) * tint):02x}" for c in channels)


@dataclass(frozen=True)
class Vocabularies:
    themes: tuple[Term, ...]  # in magazine order
    regions: tuple[Term, ...]
    provinces: tuple[Term, ...]
    target_groups: tuple[Term, ...]

    def by_field(self) -> dict[str, tuple[Term, ...]]:
        """The vocabulary behind each front-matter field that takes codes."""
        return {
            "themes": self.themes,
            "region": self.regions,
            "province": self.provinces,
            "target_groups": self.target_groups,
        }


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
    region: Term
    province: Term
    themes: tuple[Term, ...]  # the first one places the practice in the magazine
    summary: str
    contact: Contact
    sections: tuple[Section, ...]
    footnotes_html: str = ""  # sanitized; empty when there are no footnotes
    former_names: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    target_groups: tuple[Term, ...] = ()
    figures: tuple[Figure, ...] = ()
    quote: Quote | None = None
    image: Image | None = None
    published: date | None = None
    lines: tuple[tuple[str, int], ...] = ()  # (field, line in the file), for messages after parsing

    def line_of(self, field: str) -> int:
        return dict(self.lines).get(field, 0)

    @property
    def theme(self) -> Term:
        return self.themes[0]

    @property
    def sort_key(self) -> str:
        """Dutch-friendly order: accents and case ignored."""
        return _plain(self.title)


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
    foreword_html: str = ""  # sanitized; empty when magazine.yml names no foreword
    colophon_html: str = ""
    cover: Image | None = None
    notice: str = ""  # one sentence for the back cover, e.g. that the content is fictional
    crop_marks: bool = False  # press PDF: trim marks outside the bleed (many printers want none)
    base_url: str = "https://example.org/"  # where the HTML edition is published; ends with /

    @property
    def asset_dirs(self) -> tuple[Path, ...]:
        """The only folders the renderer may read files from."""
        extra = (self.cover.path.parent,) if self.cover else ()
        return (self.templates_dir, self.practices_dir, *extra)

    def relative(self, path: Path) -> str:
        """A path as shown in messages: relative to the project when possible."""
        try:
            return path.absolute().relative_to(self.root).as_posix()  # not resolve(): keep symlink names
        except ValueError:
            return path.as_posix()


@dataclass(frozen=True)
class ThemeGroup:
    theme: Term
    practices: tuple[Practice, ...]


@dataclass(frozen=True)
class Edition:
    config: EditionConfig
    practices: tuple[Practice, ...]  # in magazine order: by first theme, then title
    groups: tuple[ThemeGroup, ...] = field(default=())

    @classmethod
    def assemble(cls, config: EditionConfig, practices: list[Practice]) -> "Edition":
        order = {t.slug: i for i, t in enumerate(config.vocabularies.themes)}
        ordered = sorted(practices, key=lambda p: (order[p.theme.slug], p.sort_key, p.slug))
        groups = tuple(
            ThemeGroup(theme, tuple(p for p in ordered if p.theme == theme))
            for theme in config.vocabularies.themes
        )
        return cls(config, tuple(ordered), tuple(g for g in groups if g.practices))

    @property
    def by_region(self) -> list[tuple[Term, list[Practice]]]:
        """Regions that have practices, by name, each with its practices by title."""
        regions = sorted({p.region for p in self.practices}, key=lambda t: _plain(t.name))
        return [(r, sorted((p for p in self.practices if p.region == r), key=lambda p: p.sort_key)) for r in regions]

    @property
    def by_organisation(self) -> list[Practice]:
        return sorted(self.practices, key=lambda p: (_plain(p.organisation), p.sort_key))


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
