"""Templates -> HTML. Pure apart from reading the templates: returns text, writes nothing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from .model import Edition, Practice

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")
SITE_ASSETS = {"assets/site.css": "site/site.css"}  # output path -> template path
FONT_SUFFIXES = {".woff2", ".css", ".txt", ".md"}
PRINT_STYLES = {  # variant -> stylesheets, in cascade order
    "screen": ["fonts/fonts.css", "print/typography.css", "print/layout.css", "print/colors.css",
               "print/colors-screen.css", "print/pages.css"],
    "press": ["fonts/fonts.css", "print/typography.css", "print/layout.css", "print/colors.css",
              "print/colors-press.css", "print/pages.css", "print/press.css"],
}


@dataclass(frozen=True)
class OutputFile:
    """A file of the HTML edition: either rendered text or a copy of a source file."""

    path: str  # relative to the site folder
    text: str | None = None
    source: Path | None = None


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


def site_files(edition: Edition, env: jinja2.Environment) -> list[OutputFile]:
    config = edition.config
    files = [OutputFile("index.html", env.get_template("site/index.html").render(edition=edition, root=""))]
    practice_page = env.get_template("site/practice.html")
    practices = edition.practices
    for index, practice in enumerate(practices):
        root = "../../"
        files.append(OutputFile(f"praktijken/{practice.slug}/index.html", practice_page.render(
            edition=edition, practice=practice, root=root,
            image_src=f"{root}{practice.image.src}" if practice.image else "",
            previous=practices[index - 1] if index > 0 else None,
            next=practices[index + 1] if index + 1 < len(practices) else None,
        )))
    for target, template in SITE_ASSETS.items():
        files.append(OutputFile(target, source=config.templates_dir / template))
    for font in sorted((config.templates_dir / "fonts").iterdir()):
        if font.suffix in FONT_SUFFIXES:
            files.append(OutputFile(f"fonts/{font.name}", source=font))
    images = {p.image.path for p in practices if p.image} | ({config.cover.path} if config.cover else set())
    for image in sorted(images):
        files.append(OutputFile(f"images/{image.name}", source=image))
    return files


def print_html(edition: Edition, env: jinja2.Environment, variant: str, timestamp: str, notes_pages: int = 0) -> str:
    """The magazine as one HTML document for WeasyPrint (variant: screen or press)."""
    return env.get_template("print/magazine.html").render(
        edition=edition, variant=variant, timestamp=timestamp, notes_pages=notes_pages,
        image_urls={p.slug: _image_url(p) for p in edition.practices},
        cover_url=edition.config.cover.path.as_uri() if edition.config.cover else "",
    )


def print_stylesheets(templates_dir: Path, variant: str) -> list[Path]:
    return [templates_dir / name for name in PRINT_STYLES[variant]]


def _image_url(practice: Practice) -> str:
    return practice.image.path.as_uri() if practice.image else ""
