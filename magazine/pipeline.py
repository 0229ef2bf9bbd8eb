"""The whole build in one place: load and check everything, then render and write."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
import time
import traceback
from datetime import datetime, time as clock, timezone
from pathlib import Path
from typing import Callable

import jinja2

from .config import load_config, read_schema
from .errors import ConfigError, ContentError, Problem
from .model import Edition
from .output import check_target, staged, write_site
from .colour import PressColours
from .layout import font_problems, notes_pages_needed, overflow_problems, resolution_problems, spread_problems
from .pdf import RenderedPdf, render_pdf
from .render import environment, practice_html, print_html, print_stylesheets
from .site import OutputFile, site_files
from .schema import compile_validator
from .sources import load_practices

PDF_FILES = {"screen": "magazine.pdf", "press": "magazine-print.pdf"}
PRESS_PROFILE = "color/FOGRA39L-argyll.icc"
TARGETS = {"build": ("site", "screen", "press"), "html": ("site",), "pdf": ("screen", "press")}


def load_validator(config):
    """The practice schema, with the edition's vocabularies filled into its enums."""
    return compile_validator(read_schema(config), config.vocabularies)


def load_edition(config_path: Path) -> Edition:
    """Phase 1: read and check every file; raise ContentError listing all problems."""
    config = load_config(config_path)
    practices, problems = load_practices(config, load_validator(config))
    if problems:
        raise ContentError(problems)
    return Edition.assemble(config, practices)


def build(config_path: Path, out_dir: Path | None, command: str = "build",
          report: Callable[[str], None] = lambda line: None, crop_marks: bool | None = None) -> Edition:
    """Check, then write the outputs of `command` (build, html or pdf) into `out_dir`."""
    edition = load_edition(config_path)
    config = edition.config
    out_dir = out_dir or config.root / "output"
    check_target(out_dir, config.root)
    env = environment(config.templates_dir)
    targets = TARGETS[command]
    replaced = None if command == "build" else {"site" if t == "site" else PDF_FILES[t] for t in targets}
    report(f"checked {len(edition.practices)} practice(s), no problems")
    with staged(out_dir, replaced) as stage, _template_problems(config.templates_dir):
        pdfs = {}
        for variant in (t for t in targets if t != "site"):
            started = time.monotonic()
            report(f"{PDF_FILES[variant]}: laying out ({variant})...")
            pdfs[variant] = render_magazine(edition, env, variant, config.crop_marks if crop_marks is None else crop_marks)
            (stage / PDF_FILES[variant]).write_bytes(pdfs[variant].data)
            report(f"{PDF_FILES[variant]}: {pdfs[variant].pages} pages in {time.monotonic() - started:.1f} s")
        if "site" in targets:
            started = time.monotonic()
            files = site_files(edition, env)
            if "screen" in pdfs:
                files += download_files(pdfs["screen"], render_spreads(edition, env))
            else:
                report("site: downloads/ left out; `python build.py` makes the PDFs to download")
            write_site(stage / "site", files)
            index_site(stage / "site")
            report(f"site: {len(files)} files and the search index in {time.monotonic() - started:.1f} s")
    report(f"wrote {out_dir}")
    return edition


def render_magazine(edition: Edition, env, variant: str, crop_marks: bool = False) -> RenderedPdf:
    """Lay out one PDF and check the layout: spreads, resolution, and (press) a multiple of four pages."""
    config = edition.config
    colours = PressColours(config.templates_dir / PRESS_PROFILE) if variant == "press" else None
    styles = print_stylesheets(config.templates_dir, variant)
    label = f"output/{PDF_FILES[variant]}"

    def render(notes_pages: int) -> RenderedPdf:
        html = print_html(edition, env, variant, _timestamp(config.date), notes_pages)
        return render_pdf(html, styles, variant, list(config.asset_dirs), label, colours,
                          crop_marks and variant == "press")

    pdf = render(0)
    if variant == "press" and notes_pages_needed(pdf.pages):
        pdf = render(notes_pages_needed(pdf.pages))
    problems = list(pdf.problems) + spread_problems(edition, pdf.anchors)
    problems += font_problems(pdf.font_families, label, committed_font_families(config.templates_dir))
    problems += resolution_problems(edition, pdf.images)
    if problems:
        raise ContentError(problems)
    return pdf


def render_spreads(edition: Edition, env) -> dict[str, RenderedPdf]:
    """Each practice's spread as its own tagged PDF, rendered in parallel, and checked:
    the text fits two pages and every raster image has 300 ppi at its printed size."""
    config = edition.config
    styles = print_stylesheets(config.templates_dir, "screen")
    jobs = {p.slug: (practice_html(edition, p, env, _timestamp(config.date)), styles, "screen",
                     list(config.asset_dirs), f"output/site/downloads/{p.slug}.pdf") for p in edition.practices}
    with ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1) or 1) as pool:
        rendered = dict(zip(jobs, pool.map(_render_job, jobs.values()), strict=True))
    problems = [problem for pdf in rendered.values() for problem in pdf.problems]
    for practice in edition.practices:
        problems += overflow_problems(practice, rendered[practice.slug].anchors)
        problems += resolution_problems(edition, rendered[practice.slug].images)
    if problems:
        raise ContentError(problems)
    return rendered


def download_files(screen: RenderedPdf, spreads: dict[str, RenderedPdf]) -> list[OutputFile]:
    return [OutputFile("downloads/magazine.pdf", data=screen.data)] + [
        OutputFile(f"downloads/{slug}.pdf", data=pdf.data) for slug, pdf in spreads.items()]


def _render_job(job) -> RenderedPdf:
    return render_pdf(*job)


def index_site(site_dir: Path) -> None:
    """Pagefind's full-text index (Dutch stemming from <html lang="nl">), written into the site."""
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise ConfigError(f"pagefind failed to index the site: {result.stderr.strip() or result.stdout.strip()}")


def committed_font_families(templates_dir: Path) -> set[str]:
    css = (templates_dir / "fonts" / "fonts.css").read_text(encoding="utf-8")
    return set(re.findall(r'font-family:\s*"([^"]+)"', css))


def _timestamp(edition_date) -> str:
    """SOURCE_DATE_EPOCH when set, else the edition date: never the clock, for reproducible PDFs."""
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        moment = datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    else:
        moment = datetime.combine(edition_date, clock(0), tzinfo=timezone.utc)
    return moment.isoformat()


class _template_problems:
    """Turn a Jinja2 error into a problem that names the template file and line."""

    def __init__(self, templates_dir: Path):
        self.templates_dir = templates_dir.resolve()

    def __enter__(self):
        return self

    def __exit__(self, kind, error, tb):
        if not isinstance(error, jinja2.TemplateError):
            return False
        path, line = "templates", getattr(error, "lineno", None) or 0
        if getattr(error, "filename", None):
            path = error.filename
        for frame in traceback.extract_tb(tb):
            if frame.filename.startswith(str(self.templates_dir)):
                path, line = frame.filename, frame.lineno
        shown = Path(path).resolve().relative_to(self.templates_dir.parent).as_posix() if Path(path).is_absolute() else path
        raise ContentError([Problem(shown, line, f"template error: {error.message or error}")]) from None
