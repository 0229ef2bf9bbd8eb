"""The whole build in one place, for every command: load and check everything, then render and write.

build() makes the outputs, check() only checks (with a real layout), preview() checks and
shows one practice. Each loads and checks with the same functions; every render runs inside
template_problems(), so a template error is reported the same way by every command.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import jinja2

from . import copyfit, fit, fitlock
from .binding import INTERIOR_FIRST_PAGE, PAGES_PER_SHEET, Spine, saddle_stitch_problem
from .cache import Cache
from .colour import PRESS_PROFILE, PressColours
from .config import check_cover_lines, load_config, read_schema
from .errors import ConfigError, ContentError, Problem
from .fonts import committed_families
from .layout import (
    font_problems,
    page_geometry,
    resolution_problems,
    spread_problems,
)
from .model import Edition, OutputFile
from .output import check_target, claim, replace_file, staged, write_site
from .pdf import Padding, RenderedPdf, load_weasyprint, render_pdf, renders_at_once
from .practice import check_slug
from .prepress import PrintReport, print_report, read_press_pdf
from .render import cover_sheet_html, environment, print_html, print_report_html, print_stylesheets, timestamp
from .report import practices_phrase, seconds, silent
from .schema import compile_validator
from .site import site_files
from .sources import check_file, load_edition_texts, load_practices, parse_context
from .uptodate import STAMP, build_inputs, is_up_to_date, write_stamp
from .urls import url_for

PDF_FILES = {"screen": "magazine.pdf", "press": "magazine-print.pdf", "cover": "magazine-cover.pdf"}
PRINT_REPORT = "magazine-print-report.html"
NOTES_ANCHOR = "notes-"  # the notes pages' ids in templates/print/magazine.html
TARGETS = {"build": ("site", "screen", "press"), "html": ("site",), "pdf": ("screen", "press")}
SPAWN = multiprocessing.get_context("spawn")  # a fresh interpreter, not a fork: it starts small, its memory goes when it ends


def load_validator(config):
    """The practice schema, with the edition's vocabularies filled into its enums."""
    return compile_validator(read_schema(config), config.vocabularies)


def load_edition(config_path: Path) -> Edition:
    """Phase 1: read and check every file; raise ContentError listing all problems."""
    config = load_config(config_path)
    practices, problems = load_practices(config, load_validator(config), Cache.for_project(config.root))
    texts, text_problems = load_edition_texts(config)
    if problems or text_problems:
        raise ContentError(problems + text_problems)
    check_cover_lines(config, {p.slug for p in practices})
    return Edition.assemble(config, practices, texts.get("foreword", ""), texts.get("colophon", ""))


def check(config_path: Path, layout: bool = True, report: Callable[[str], None] = silent) -> Edition:
    """Check everything and, with `layout`, lay out the magazine to see that every spread fits; write nothing."""
    edition = load_edition(config_path)
    if layout:
        with template_problems(edition.config.templates_dir):
            fitted_edition(edition, environment(edition.config.templates_dir), report, pdfs=False)
    return edition


def preview(config_path: Path, source: Path, out_dir: Path | None, report: Callable[[str], None] = silent) -> Path:
    """One practice's spread as PDF and its web page, in <out>/preview/, in a few seconds.

    Only this practice is checked (its name, its content, its layout); the rest of the edition is not needed.
    """
    config = load_config(config_path)
    path = source.absolute()
    if path.resolve().parent != config.practices_dir or path.suffix != ".md":
        raise ConfigError(f"{source}: geef een praktijkvoorbeeld in {config.relative(config.practices_dir)}/, "
                          "bijvoorbeeld practices/mijn-voorbeeld.md")
    shown = config.relative(path)
    problems = check_slug(path.stem, shown)
    if not path.is_file():
        raise ConfigError(f"{shown}: dit bestand bestaat niet; kijk of de naam klopt")
    context = parse_context(config, load_validator(config))
    practice, file_problems = check_file(path, shown, path.stem, context)
    if file_problems and not problems:  # shown all the same when only its length, template text or pixels are wrong
        practice, blocking = check_file(path, shown, path.stem, dataclasses.replace(context, only_blocking=True))
        problems += blocking
    if problems:
        raise ContentError(problems + file_problems)
    edition = Edition.assemble(config, [practice])
    out_dir = (out_dir or config.root / "output") / "preview"
    check_target(out_dir.parent, config.root)
    check_target(out_dir, config.root)
    with template_problems(config.templates_dir):
        env = environment(config.templates_dir)
        spread, layout_problems = preview_spread(edition, env, report)
        files = site_files(edition, env)
    claim(out_dir.parent)
    with staged(out_dir, replaced={practice.slug, f"{practice.slug}.pdf"}) as stage:
        (stage / f"{practice.slug}.pdf").write_bytes(spread.data)
        write_site(stage / practice.slug, files)
    pdf, page = out_dir / f"{practice.slug}.pdf", out_dir / practice.slug / url_for("practice", practice)
    report(f"preview: de opmaak staat in {pdf} ({spread.pages} {'pagina' if spread.pages == 1 else 'pagina' + chr(39) + 's'})")
    report(f"preview: de webpagina staat in {page}")
    said = {(problem.path, problem.line) for problem in file_problems}  # the layout's word on the same line repeats it
    problems = file_problems + [problem for problem in layout_problems if (problem.path, problem.line) not in said]
    if problems:
        raise ContentError(problems, shown=f"{pdf} en {page}")
    return out_dir


def preview_spread(edition: Edition, env, report) -> tuple[RenderedPdf, list[Problem]]:
    """The practice fitted to its design, or, when it does not fit, laid out plainly (at the reference
    design, running over its pages) with what is wrong: the contributor sees what the check means."""
    (practice,) = edition.practices
    try:
        return fitted_edition(edition, env, report)[2][practice.slug], []
    except ContentError as error:
        plain = copyfit.render_practices(edition, env, {practice.slug: fit.reference_layout()})[practice.slug]
        return plain, list(error.problems)


def practice_downloads(config_path: Path, folder: Path) -> int:
    """Each practice's PDF as the site offers it for download, into `folder` (each file replaced whole),
    for `serve`, which makes them after the pages; a practice that did not change comes from the cache.
    Returns how many were written."""
    edition = load_edition(config_path)
    with template_problems(edition.config.templates_dir):
        spreads = fitted_edition(edition, environment(edition.config.templates_dir), silent)[2]
    folder.mkdir(parents=True, exist_ok=True)
    for slug, pdf in spreads.items():
        replace_file(folder / f"{slug}.pdf", pdf.data)
    return len(spreads)


def build(config_path: Path, out_dir: Path | None, command: str = "build",
          report: Callable[[str], None] = silent, crop_marks: bool | None = None) -> Edition:
    """Check, then write the outputs of `command` (build, html or pdf) into `out_dir`."""
    edition = load_edition(config_path)
    config = edition.config
    out_dir = out_dir or config.root / "output"
    check_target(out_dir, config.root)
    targets = TARGETS[command]
    made = {"site"} if command == "html" else {*PDF_FILES.values(), PRINT_REPORT}
    replaced = None if command == "build" else made | {STAMP}  # a partial build leaves no stamp
    report(f"checked {len(edition.practices)} practice(s), no problems")
    crop_marks = config.crop_marks if crop_marks is None else crop_marks
    inputs = build_inputs(config, command, crop_marks) if command == "build" else ""
    if inputs and is_up_to_date(out_dir, inputs):
        report(f"nothing changed since the last build; {out_dir} is up to date")
        return edition
    with staged(out_dir, replaced) as stage, template_problems(config.templates_dir):
        env = environment(config.templates_dir)
        printed, layouts, spreads, lock = (fitted_edition(edition, env, report, pdfs="site" in targets)
                                           if command != "html" else (edition, {}, {}, None))
        variants = [t for t in targets if t != "site"]
        at_once = renders_at_once(practice_pages(printed, layouts), len(variants))
        site_first = "site" in targets and at_once < len(variants)
        if site_first:  # a large magazine: the site in a process of its own, whose memory is free again after it
            with ProcessPoolExecutor(max_workers=1, mp_context=SPAWN) as pool:
                report(pool.submit(_site_job, edition, stage / "site").result())
        started = time.monotonic()
        with magazines_laid_out(printed, variants, crop_marks, layouts, at_once) as laying_out:
            if variants:
                names = " and ".join(PDF_FILES[v] for v in variants)
                report(f"{names}: laying out {'at the same time' if at_once > 1 else 'one after the other'}...")
            if "site" in targets and not site_first:  # made while the PDFs are laid out in their own processes
                write_site_edition(edition, env, stage / "site", report)
            pdfs = {}
            for laid_out in laying_out():
                write_pdfs(edition, env, laid_out, stage, time.monotonic() - started, report)
                pdfs |= laid_out
        if "site" in targets and "screen" in pdfs:
            downloads = download_files(pdfs["screen"], spreads)
            write_site(stage / "site", downloads)
            report(f"site: {len(downloads)} PDFs to download")
        elif "site" in targets:
            report("site: downloads/ left out; `python build.py` makes the PDFs to download")
        write_lock(config.root, lock, report)
        if inputs:  # the lock is one of the inputs: taken again when this build wrote it
            write_stamp(stage, build_inputs(config, command, crop_marks) if lock else inputs)
    report(f"wrote {out_dir}")
    Cache.for_project(config.root).prune(time.time())
    return edition


def fitted_edition(edition: Edition, env, report, pdfs: bool = True):
    """Copy-fitting (copyfit.py), from layouts.lock where it still holds (fitlock.py): the edition as
    printed, slug -> Layout, slug -> the practice's download, and the lock's new text (None: unchanged)."""
    started = time.monotonic()
    keys = copyfit.lock_keys(edition, env)
    locked = read_lock(edition.config.root, report)
    held = {slug: entry for slug, entry in locked.items() if keys.get(slug) == entry.key}
    report(f"opmaak kiezen voor {practices_phrase(len(edition.practices) - len(held))}"
           f"{f' (en {len(held)} zoals {fitlock.LOCK} ze bewaart)' if held else ''}...")
    printed, fits, spreads = copyfit.fit_spreads(edition, env, report, pdfs, held)
    kept = {p.slug: p.keep_whole for p in printed.practices}
    lock = fitlock.dump({slug: fitlock.LockedFit(keys[slug], fitted.layout, kept[slug], fitted.fills)
                         for slug, fitted in fits.items()})
    report(f"opmaak gekozen voor {practices_phrase(len(fits))} in {seconds(time.monotonic() - started)}")
    layouts = {slug: fitted.layout for slug, fitted in fits.items() if fitted.layout}
    return printed, layouts, spreads, (lock if lock != fitlock.dump(locked) else None)


def write_lock(root: Path, text: str | None, report) -> None:
    """layouts.lock anew, whole or not at all, when the fits changed."""
    if text is not None:
        replace_file(root / fitlock.LOCK, text.encode())
        report(f"{fitlock.LOCK}: the layouts written anew; commit it with the sources")


def read_lock(root: Path, report) -> dict[str, fitlock.LockedFit]:
    """The layouts a build kept in layouts.lock; none when there is no lock or it cannot be read (said so)."""
    path = root / fitlock.LOCK
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        report(f"{fitlock.LOCK}: cannot be read ({error}); every practice is fitted again")
        return {}
    try:
        return fitlock.parse(text)
    except ValueError as error:
        report(f"{fitlock.LOCK}: not usable ({error}); every practice is fitted again and the file written anew")
        return {}


def write_site_edition(edition: Edition, env, site_dir: Path, report) -> None:
    started = time.monotonic()
    files = site_files(edition, env)
    write_site(site_dir, files)
    index_site(site_dir)
    report(f"site: {len(files)} files and the search index in {time.monotonic() - started:.1f} s")


def _site_job(edition: Edition, site_dir: Path) -> str:
    """write_site_edition in a process of its own; returns what it reports."""
    said = []
    with template_problems(edition.config.templates_dir):  # the traceback that names the template stays here
        write_site_edition(edition, environment(edition.config.templates_dir), site_dir, said.append)
    return "\n".join(said)


def write_pdfs(edition: Edition, env, pdfs: dict[str, RenderedPdf], stage: Path, seconds: float, report) -> None:
    """The PDFs, and with the press PDFs the printer's report read back from them."""
    for name, pdf in pdfs.items():
        (stage / PDF_FILES[name]).write_bytes(pdf.data)
        report(f"{PDF_FILES[name]}: {pdf.pages} page{'s' * (pdf.pages != 1)}, laid out in {seconds:.1f} s")
    if "press" in pdfs:
        checked = write_print_report(edition, env, stage)
        report(f"{PRINT_REPORT}: {sum(c.passed for c in checked.checks)} of {len(checked.checks)} "
               "prepress checks passed, read back from the press PDFs")


def practice_pages(edition: Edition, layouts: dict) -> int:
    """The pages the practices take in the magazine: most of its pages, known before it is laid out."""
    return sum(layouts[p.slug].pages if p.slug in layouts else fit.PLAIN_PAGES for p in edition.practices)


@contextmanager
def magazines_laid_out(edition: Edition, variants: list[str], crop_marks: bool, layouts: dict, at_once: int = 2):
    """The screen and press PDFs laid out in processes of their own, `at_once` at the same time
    (pdf.renders_at_once), while the caller goes on; yields a function that gives them as they are needed,
    the press first, each as a dict by PDF_FILES key (a perfect-bound press edition also gives its cover
    sheet, "cover"). Without variants, nothing is laid out."""
    if not variants:
        yield lambda: iter(())
        return
    load_weasyprint()
    # one after the other: each in a new process, so that the memory of the first is free for the second
    one_by_one = {"max_tasks_per_child": 1, "mp_context": SPAWN}
    # the press first: the caller reads it back for the printer's report while the screen PDF is laid out
    order = sorted(variants, key=lambda variant: variant != "press")
    with ProcessPoolExecutor(max_workers=min(at_once, len(variants)),
                             **(one_by_one if at_once < len(variants) else {})) as pool:
        futures = [pool.submit(_render_magazine_job, edition, v, crop_marks, layouts) for v in order]
        yield lambda: (future.result() for future in futures)


def _render_magazine_job(edition: Edition, variant: str, crop_marks: bool, layouts: dict) -> dict[str, RenderedPdf]:
    templates_dir = edition.config.templates_dir
    with template_problems(templates_dir):  # here: the traceback that names the template stays in this process
        env = environment(templates_dir)
        if variant == "press":
            return render_press(edition, env, crop_marks, layouts)
        return {variant: render_magazine(edition, env, variant, crop_marks, layouts)}


def render_press(edition: Edition, env, crop_marks: bool = False, layouts: dict | None = None) -> dict[str, RenderedPdf]:
    """The press PDFs for the edition's binding (binding.py): stapled, the whole magazine ("press");
    perfect-bound, the interior ("press") and the cover sheet with its spine ("cover")."""
    config = edition.config
    binding = config.binding
    pdf = render_magazine(edition, env, "press", crop_marks, layouts, "interior" if binding.perfect else "whole")
    if problem := saddle_stitch_problem(binding, pdf.pages, config.relative(config.config_path)):
        raise ConfigError(problems=[problem])
    if not binding.perfect:
        return {"press": pdf}
    spine = Spine(pdf.pages, binding.paper_caliper_mm)
    page_of = {p.slug: pdf.anchors[p.slug][0] + INTERIOR_FIRST_PAGE - 1 for p in edition.cover_practices}
    html = cover_sheet_html(edition, env, timestamp(config.date), spine, page_of)
    label = f"output/{PDF_FILES['cover']}"
    cover = render_pdf(html, print_stylesheets(config.templates_dir, "press"), "press", list(config.asset_dirs),
                       label, press_colours(config.templates_dir), crop_marks,
                       cache=Cache.for_project(config.root))
    problems = list(cover.problems) + font_problems(cover.font_families, label, committed_families(config.templates_dir))
    if problems:
        raise ContentError(problems)
    return {"press": pdf, "cover": cover}


def render_magazine(edition: Edition, env, variant: str, crop_marks: bool = False, layouts: dict | None = None,
                    part: str = "whole") -> RenderedPdf:
    """Lay out one PDF and check the layout: spreads and how full their pages are, resolution,
    fonts, and (press) a multiple of four pages. layouts: slug -> Layout from copyfit.fit_spreads().
    part: "whole", or "interior" for a perfect-bound press edition (render.print_html)."""
    config = edition.config
    colours = press_colours(config.templates_dir) if variant == "press" else None
    styles = print_stylesheets(config.templates_dir, variant)
    label = f"output/{PDF_FILES[variant]}"

    # the press fills its last sheet with notes pages: laid out once with the most it can need (pdf.Padding)
    padding = Padding(PAGES_PER_SHEET, NOTES_ANCHOR) if variant == "press" else None
    html = print_html(edition, env, variant, timestamp(config.date), padding.most if padding else 0,
                      layouts, part)
    pdf = render_pdf(html, styles, variant, list(config.asset_dirs), label, colours, crop_marks and variant == "press",
                     cache=Cache.for_project(config.root), padding=padding)
    geometry = page_geometry(config.templates_dir)
    problems = list(pdf.problems) + spread_problems(edition, pdf.anchors, pdf.content_bottoms, geometry,
                                                    layouts or {}, fit.MAX_EMPTY)
    problems += font_problems(pdf.font_families, label, committed_families(config.templates_dir))
    problems += resolution_problems(edition, pdf.images)
    if problems:
        raise ContentError(problems)
    return pdf


@cache
def press_colours(templates_dir: Path) -> PressColours:
    """One conversion per process, so the interior and the cover sheet share their parsed stylesheets (pdf.py)."""
    return PressColours(templates_dir / PRESS_PROFILE)


def write_print_report(edition: Edition, env, stage: Path) -> PrintReport:
    """Read the press PDFs back, write the printer's report beside them, and stop the build when a
    prepress check fails: a printer must never get a file that breaks the rules it was made for."""
    try:
        interior = read_press_pdf(stage / PDF_FILES["press"])
        cover = read_press_pdf(stage / PDF_FILES["cover"]) if (stage / PDF_FILES["cover"]).exists() else None
    except OSError as error:
        raise ConfigError(f"cannot read the press PDFs back for {PRINT_REPORT}: {error}") from None
    checked = print_report(edition.config.binding, interior, cover)
    (stage / PRINT_REPORT).write_text(print_report_html(edition, env, checked), encoding="utf-8")
    failed = [Problem(f"output/{PRINT_REPORT}", 0, f"prepress check failed: {c.label}: {c.detail}")
              for c in checked.checks if not c.passed]
    if failed:
        raise ContentError(failed)
    return checked


def download_files(screen: RenderedPdf, spreads: dict[str, RenderedPdf]) -> list[OutputFile]:
    return [OutputFile("downloads/magazine.pdf", data=screen.data)] + [
        OutputFile(f"downloads/{slug}.pdf", data=pdf.data) for slug, pdf in spreads.items()]



def index_site(site_dir: Path) -> None:
    """Pagefind's full-text index (Dutch stemming from <html lang="nl">), written into the site."""
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise ConfigError(f"pagefind failed to index the site: {result.stderr.strip() or result.stdout.strip()}")


@contextmanager
def template_problems(templates_dir: Path):
    """A Jinja2 error as a ConfigError (exit 2) naming the template file and line: the templates
    are configuration, not a contributor's content. The one guard around every render."""
    try:
        yield
    except jinja2.TemplateError as error:
        raise ConfigError(problems=[_template_problem(error, templates_dir.resolve())]) from None


def _template_problem(error: jinja2.TemplateError, templates_dir: Path) -> Problem:
    path, line = getattr(error, "filename", None), getattr(error, "lineno", None) or 1
    for frame in traceback.extract_tb(error.__traceback__):  # a runtime error: the innermost template frame
        if frame.filename.startswith(str(templates_dir)):
            path, line = frame.filename, frame.lineno
    if path and Path(path).is_absolute() and Path(path).resolve().is_relative_to(templates_dir):
        shown = Path(path).resolve().relative_to(templates_dir.parent).as_posix()
    else:
        shown = path or templates_dir.name
    return Problem(shown, line, f"template error: {error.message or error}")
