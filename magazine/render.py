"""Templates -> HTML. Pure apart from reading the templates: returns text, writes nothing."""
from __future__ import annotations

from pathlib import Path

import jinja2

from .model import Edition
from .pictures import print_picture

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
PRINT_STYLES = {  # variant -> stylesheets, in cascade order
    "screen": ["fonts/fonts.css", "print/typography.css", "print/layout.css", "print/colors.css",
               "print/colors-screen.css", "print/pages.css"],
    "press": ["fonts/fonts.css", "print/typography.css", "print/layout.css", "print/colors.css",
              "print/colors-press.css", "print/pages.css", "print/press.css"],
}


def dutch_date(value) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters["dutch_date"] = dutch_date
    return env


def print_html(edition: Edition, env: jinja2.Environment, variant: str, timestamp: str, notes_pages: int = 0) -> str:
    """The magazine as one HTML document for WeasyPrint (variant: screen or press)."""
    return env.get_template("print/magazine.html").render(
        edition=edition, variant=variant, timestamp=timestamp, notes_pages=notes_pages,
        pictures={p.slug: print_picture(p.image) if p.image else None for p in edition.practices},
        cover_url=edition.config.cover.path.as_uri() if edition.config.cover else "",
    )


def practice_html(edition: Edition, practice, env: jinja2.Environment, timestamp: str) -> str:
    """One practice's spread as its own document (the site's per-practice download)."""
    return env.get_template("print/practice.html").render(
        edition=edition, practice=practice, variant="screen", timestamp=timestamp,
        picture=print_picture(practice.image) if practice.image else None)


def print_stylesheets(templates_dir: Path, variant: str) -> list[Path]:
    return [templates_dir / name for name in PRINT_STYLES[variant]]

