"""Templates -> HTML. Pure apart from reading the templates: returns text, writes nothing."""
from __future__ import annotations

import os
from datetime import UTC, datetime
from datetime import time as clock
from pathlib import Path

import jinja2
from markupsafe import Markup

from .binding import BLEED_MM, PAGE_HEIGHT_MM, PAGE_WIDTH_MM, Spine
from .ean import ean13_svg, human_readable
from .facets import FACETS, facet
from .model import Edition
from .pictures import print_picture
from .regions import region_map
from .typeset import typeset
from .urls import url_for

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
PRESS_ONLY = ["print/press.css"]  # bleed and the colour profile, on top of the same document


def timestamp(edition_date) -> str:
    """SOURCE_DATE_EPOCH when set, else the edition date: never the clock, for reproducible PDFs."""
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        moment = datetime.fromtimestamp(int(epoch), tz=UTC)
    else:
        moment = datetime.combine(edition_date, clock(0), tzinfo=UTC)
    return moment.isoformat()


def dutch_date(value) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


CSS_ESCAPES = {"\\": "\\5c ", '"': "\\22 ", "\n": "\\a ", "<": "\\3c ", ">": "\\3e "}


def css_string(text) -> Markup:
    """Text as a quoted CSS string, for text that goes into a stylesheet: escaped for CSS, not for HTML
    (an "&" stays "&"), and unable to end the string or the <style> element."""
    return Markup('"' + "".join(CSS_ESCAPES.get(char, char) for char in str(text)) + '"')


def web_address(url: str) -> str:
    """An address as people type it: example.org/gluren-bij-de-buren, without https:// and the last slash."""
    return url.split("://", 1)[-1].rstrip("/")


def environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters["dutch_date"] = dutch_date
    env.filters["css_string"] = css_string
    env.filters["web_address"] = web_address
    env.globals.update(facets=FACETS, facet=facet, url_for=url_for, ean13_svg=ean13_svg, ean13_digits=human_readable)
    return env


def print_html(edition: Edition, env: jinja2.Environment, variant: str, timestamp: str, notes_pages: int = 0,
               layouts: dict | None = None, part: str = "whole") -> str:
    """The magazine as one HTML document for WeasyPrint (variant: screen or press).

    layouts: slug -> Layout (magazine/fit.py); a practice without one gets the plain spread.
    part: "whole" (covers included) or "interior" (a perfect-bound magazine's pages, binding.py).
    """
    return _print_document(
        env, "print/magazine.html",
        edition=edition, variant=variant, timestamp=timestamp, notes_pages=notes_pages, layouts=layouts or {},
        pictures={p.slug: print_picture(p.image) if p.image else None for p in edition.practices},
        cover_url=_cover_url(edition), part=part,
        regions_map=region_map(edition.config.vocabularies.of("region"), edition.practices),
    )


def cover_sheet_html(edition: Edition, env: jinja2.Environment, timestamp: str, spine: Spine,
                     page_of: dict[str, int]) -> str:
    """A perfect-bound magazine's cover as one press page: back cover, spine, front cover.
    page_of: slug -> the page the interior prints it on, for the cover lines."""
    return _print_document(env, "print/cover.html", edition=edition, variant="press", timestamp=timestamp,
                           spine=spine, page_of=page_of, cover_url=_cover_url(edition),
                           page_width=PAGE_WIDTH_MM, page_height=PAGE_HEIGHT_MM, bleed=BLEED_MM)


def print_report_html(edition: Edition, env: jinja2.Environment, report) -> str:
    """The printer's report (prepress.PrintReport) as one printable HTML page."""
    return typeset(env.get_template("report/print-report.html").render(edition=edition, report=report))


def _cover_url(edition: Edition) -> str:
    return edition.config.cover.path.as_uri() if edition.config.cover else ""


def practice_html(edition: Edition, practice, env: jinja2.Environment, timestamp: str, layout=None) -> str:
    """One practice's spread as its own document (the site's per-practice download, and the measuring render)."""
    return _print_document(
        env, "print/practice.html", edition=edition, practice=practice, variant="screen", timestamp=timestamp, layout=layout,
        picture=print_picture(practice.image) if practice.image else None)


def measure_html(edition: Edition, practices, env: jinja2.Environment, layouts: dict) -> str:
    """Several practices in one document, each on its own spread, for copy-fitting's measuring renders."""
    return _print_document(
        env, "print/measure.html", edition=edition, practices=practices, variant="screen", layouts=layouts,
        pictures={p.slug: print_picture(p.image) if p.image else None for p in practices})


def _print_document(env: jinja2.Environment, template: str, **context) -> str:
    """A print template rendered and typeset (typeset.py): the one place every print document passes."""
    return typeset(env.get_template(template).render(**context), for_print=True)


def print_stylesheets(templates_dir: Path, variant: str) -> list[Path]:
    """The print stylesheets in cascade order; the variants differ only in colour values and press.css."""
    names = ["fonts/fonts.css", "print/typography.css", "print/layout.css", "print/designs.css", "print/colors.css",
             f"print/colors-{variant}.css", "print/pages.css"] + (PRESS_ONLY if variant == "press" else [])
    return [templates_dir / name for name in names]

