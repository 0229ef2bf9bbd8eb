"""The whole build in one place, for every command: load and check everything, then render and write.

build() makes the outputs, check() only checks (with a real layout), preview() checks and
shows one practice. Each loads and checks with the same functions; every render runs inside
template_problems(), so a template error is reported the same way by every command.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from datetime import time as clock
from pathlib import Path

import jinja2

from . import fit
from .colour import PressColours
from .config import load_config, read_schema
from .errors import ConfigError, ContentError, Problem
from .fonts import committed_families
from .layout import (
    MIN_PPI,
    fill_problems,
    flow_end,
    font_problems,
    notes_pages_needed,
    overflow_problems,
    page_fills,
    page_geometry,
    resolution_problems,
    spread_problems,
    words_over,
)
from .model import Edition, OutputFile
from .output import check_target, claim, staged, write_site
from .pdf import RenderedPdf, load_weasyprint, render_pdf
from .pictures import intrinsic_size
from .practice import check_slug
from .render import environment, measure_html, practice_html, print_html, print_stylesheets
from .schema import compile_validator
from .site import site_files
from .sources import check_file, load_edition_texts, load_practices, parse_context
from .urls import url_for

PDF_FILES = {"screen": "magazine.pdf", "press": "magazine-print.pdf"}
PRESS_PROFILE = "color/FOGRA39L-argyll.icc"
TARGETS = {"build": ("site", "screen", "press"), "html": ("site",), "pdf": ("screen", "press")}


def _silent(line: str) -> None:
    """The default report: say nothing."""


def load_validator(config):
    """The practice schema, with the edition's vocabularies filled into its enums."""
    return compile_validator(read_schema(config), config.vocabularies)


def load_edition(config_path: Path) -> Edition:
    """Phase 1: read and check every file; raise ContentError listing all problems."""
    config = load_config(config_path)
    practices, problems = load_practices(config, load_validator(config))
    texts, text_problems = load_edition_texts(config)
    if problems or text_problems:
        raise ContentError(problems + text_problems)
    return Edition.assemble(config, practices, texts.get("foreword", ""), texts.get("colophon", ""))


def check(config_path: Path, layout: bool = True, report: Callable[[str], None] = _silent) -> Edition:
    """Check everything and, with `layout`, lay out the magazine to see that every spread fits; write nothing."""
    edition = load_edition(config_path)
    if layout:
        report(f"fitting {len(edition.practices)} practice(s) to their designs...")
        with template_problems(edition.config.templates_dir):
            fit_spreads(edition, environment(edition.config.templates_dir), report, pdfs=False)
    return edition


def preview(config_path: Path, source: Path, out_dir: Path | None, report: Callable[[str], None] = _silent) -> Path:
    """One practice's spread as PDF and its web page, in <out>/preview/, in a few seconds.

    Only this practice is checked (its name, its content, its layout); the rest of the edition is not needed.
    """
    config = load_config(config_path)
    path = source.absolute()
    if path.resolve().parent != config.practices_dir or path.suffix != ".md":
        raise ConfigError(f"{source}: give a practice file in {config.relative(config.practices_dir)}/, "
                          "e.g. practices/<slug>.md")
    shown = config.relative(path)
    problems = check_slug(path.stem, shown)
    if not path.is_file():
        raise ConfigError(f"{shown}: file not found")
    practice, file_problems = check_file(path, shown, path.stem, parse_context(config, load_validator(config)))
    if problems or file_problems:
        raise ContentError(problems + file_problems)
    edition = Edition.assemble(config, [practice])
    out_dir = (out_dir or config.root / "output") / "preview"
    check_target(out_dir.parent, config.root)
    check_target(out_dir, config.root)
    with template_problems(config.templates_dir):
        env = environment(config.templates_dir)
        spread = fit_spreads(edition, env, report)[1][practice.slug]
        files = site_files(edition, env)
    claim(out_dir.parent)
    with staged(out_dir, replaced={practice.slug, f"{practice.slug}.pdf"}) as stage:
        (stage / f"{practice.slug}.pdf").write_bytes(spread.data)
        write_site(stage / practice.slug, files)
    report(f"preview: {out_dir / (practice.slug + '.pdf')} ({spread.pages} pages)")
    report(f"preview: {out_dir / practice.slug / url_for('practice', practice)}")
    return out_dir


def build(config_path: Path, out_dir: Path | None, command: str = "build",
          report: Callable[[str], None] = _silent, crop_marks: bool | None = None) -> Edition:
    """Check, then write the outputs of `command` (build, html or pdf) into `out_dir`."""
    edition = load_edition(config_path)
    config = edition.config
    out_dir = out_dir or config.root / "output"
    check_target(out_dir, config.root)
    targets = TARGETS[command]
    replaced = None if command == "build" else {"site" if t == "site" else PDF_FILES[t] for t in targets}
    report(f"checked {len(edition.practices)} practice(s), no problems")
    with staged(out_dir, replaced) as stage, template_problems(config.templates_dir):
        env = environment(config.templates_dir)
        pdfs, layouts, spreads = {}, {}, {}
        if command != "html":
            started = time.monotonic()
            report(f"fitting {len(edition.practices)} practice(s) to their designs...")
            fits, spreads = fit_spreads(edition, env, report)
            layouts = {slug: fitted.layout for slug, fitted in fits.items() if fitted.layout}
            report(f"fitted {len(fits)} practice(s) in {time.monotonic() - started:.1f} s")
        variants = [t for t in targets if t != "site"]
        if variants:
            started = time.monotonic()
            report(f"{' and '.join(PDF_FILES[v] for v in variants)}: laying out at the same time...")
            pdfs = render_magazines(edition, variants, config.crop_marks if crop_marks is None else crop_marks, layouts)
            for variant in variants:
                (stage / PDF_FILES[variant]).write_bytes(pdfs[variant].data)
                report(f"{PDF_FILES[variant]}: {pdfs[variant].pages} pages in {time.monotonic() - started:.1f} s")
        if "site" in targets:
            started = time.monotonic()
            files = site_files(edition, env)
            if "screen" in pdfs:
                files += download_files(pdfs["screen"], spreads)
            else:
                report("site: downloads/ left out; `python build.py` makes the PDFs to download")
            write_site(stage / "site", files)
            index_site(stage / "site")
            report(f"site: {len(files)} files and the search index in {time.monotonic() - started:.1f} s")
    report(f"wrote {out_dir}")
    return edition


def render_magazines(edition: Edition, variants: list[str], crop_marks: bool, layouts: dict) -> dict[str, RenderedPdf]:
    """The screen and press PDFs laid out at the same time, one process each."""
    load_weasyprint()
    with ProcessPoolExecutor(max_workers=len(variants)) as pool:
        futures = {v: pool.submit(_render_magazine_job, edition, v, crop_marks, layouts) for v in variants}
        return {variant: future.result() for variant, future in futures.items()}


def _render_magazine_job(edition: Edition, variant: str, crop_marks: bool, layouts: dict) -> RenderedPdf:
    templates_dir = edition.config.templates_dir
    with template_problems(templates_dir):  # here: the traceback that names the template stays in this process
        return render_magazine(edition, environment(templates_dir), variant, crop_marks, layouts)


def render_magazine(edition: Edition, env, variant: str, crop_marks: bool = False, layouts: dict | None = None) -> RenderedPdf:
    """Lay out one PDF and check the layout: spreads and how full their pages are, resolution,
    fonts, and (press) a multiple of four pages. layouts: slug -> Layout from fit_spreads()."""
    config = edition.config
    colours = PressColours(config.templates_dir / PRESS_PROFILE) if variant == "press" else None
    styles = print_stylesheets(config.templates_dir, variant)
    label = f"output/{PDF_FILES[variant]}"

    def render(notes_pages: int) -> RenderedPdf:
        html = print_html(edition, env, variant, _timestamp(config.date), notes_pages, layouts)
        return render_pdf(html, styles, variant, list(config.asset_dirs), label, colours,
                          crop_marks and variant == "press")

    pdf = render(0)
    if variant == "press" and notes_pages_needed(pdf.pages):
        pdf = render(notes_pages_needed(pdf.pages))
    geometry = page_geometry(config.templates_dir)
    problems = list(pdf.problems) + spread_problems(edition, pdf.anchors, geometry.body_height)
    for practice in edition.practices:
        if layouts and practice.slug in layouts:
            fills = page_fills(practice, pdf.anchors, pdf.content_bottoms, geometry)
            problems += fill_problems(practice, layouts[practice.slug].design, fills, fit.MAX_EMPTY)
    problems += font_problems(pdf.font_families, label, committed_families(config.templates_dir))
    problems += resolution_problems(edition, pdf.images)
    if problems:
        raise ContentError(problems)
    return pdf


def fit_spreads(edition: Edition, env, report: Callable[[str], None] = _silent,
                pdfs: bool = True) -> tuple[dict, dict[str, RenderedPdf]]:
    """Measure, choose and verify a design for every practice (the rules are in fit.py).

    Returns slug -> Fit and slug -> the practice's final spread as a tagged PDF (the site's download;
    with pdfs=False, as `check` asks, only laid out and read back, which is faster).
    """
    geometry = page_geometry(edition.config.templates_dir)
    capacity = 2 * geometry.body_height
    reference = {p.slug: fit.reference_layout() for p in edition.practices}
    measured = render_practices(edition, env, reference, measure_only=True)
    problems = once_per_message(problem for pdf in measured.values() for problem in pdf.problems)
    text_ends = {p.slug: flow_end(p, measured[p.slug].anchors, geometry) for p in edition.practices}
    options, overrides, option_problems = design_options(edition, text_ends, capacity, geometry)
    if problems or option_problems:
        raise ContentError(problems + option_problems)
    layouts = fit.choose(edition.practices, options, overrides)
    rendered = verified_spreads(edition, env, layouts, geometry, capacity)
    plain = {p.slug: None for p in edition.practices if p.slug not in layouts}  # too short for every design
    rendered |= {slug: (None, pdf) for slug, pdf in render_practices(edition, env, plain, measure_only=True).items()}
    fits = fitted(edition, rendered, geometry)
    for _ in fit.DESIGNS:  # a design that leaves a page too empty gives way to the next that fits
        retry = {slug: fit.next_choice(slug, fits[slug].layout.design, options, layouts, edition.practices)
                 for slug, fitted_ in fits.items() if fitted_.layout and fitted_.too_empty and slug not in overrides}
        retry = {slug: layout for slug, layout in retry.items() if layout}
        if not retry:
            break
        layouts |= retry
        rendered |= verified_spreads(edition, env, retry, geometry, capacity)
        fits = fitted(edition, rendered, geometry)
    if pdfs:  # each practice once more, now as its own tagged PDF: the site's download
        final = render_practices(edition, env, {slug: fitted_.layout for slug, fitted_ in fits.items()})
        rendered = {slug: (layout, final[slug]) for slug, (layout, _) in rendered.items()}
    spreads = {slug: pdf for slug, (_, pdf) in rendered.items()}
    problems = once_per_message(problem for pdf in spreads.values() for problem in pdf.problems)
    for practice in edition.practices:
        problems += overflow_problems(practice, spreads[practice.slug].anchors, geometry.body_height)
        if fits[practice.slug].layout:
            problems += fill_problems(practice, fits[practice.slug].layout.design, fits[practice.slug].fills, fit.MAX_EMPTY)
        problems += resolution_problems(edition, spreads[practice.slug].images, " van het voorbeeld")
    if problems:
        raise ContentError(problems)
    for practice in edition.practices:
        report(fit_line(practice, fits[practice.slug]))
    return fits, spreads


def once_per_message(problems) -> list[Problem]:
    """A stylesheet warning comes back from every practice's render; report it once."""
    seen, unique = set(), []
    for problem in problems:
        if problem.message not in seen:
            seen.add(problem.message)
            unique.append(problem)
    return unique


def fitted(edition: Edition, rendered: dict, geometry) -> dict:
    """slug -> Fit: each practice's layout and how full its pages came out."""
    return {p.slug: fit.Fit(p.slug, rendered[p.slug][0],
                            page_fills(p, rendered[p.slug][1].anchors, rendered[p.slug][1].content_bottoms, geometry))
            for p in edition.practices}


def fit_line(practice, fitted) -> str:
    """One line of the fit report: which design a practice got and how full its pages are."""
    fills = " en ".join(f"{100 * fill:.0f} %" for fill in fitted.fills)
    if fitted.layout is None:
        return (f"{practice.source}: te kort voor de ontwerpen (of zonder afbeelding en citaat); standaardopmaak, "
                f"gevuld {fills}: schrijf meer of voeg een afbeelding en een citaat toe")
    return (f"{practice.source}: ontwerp {fitted.layout.design} ({fit.BY_NAME[fitted.layout.design].label}), "
            f"{len(fitted.fills)} pagina's, gevuld {fills}")


def design_options(edition: Edition, text_ends: dict[str, float], capacity: float, geometry):
    """slug -> {design: predicted flex} of the designs that fit, the editors' choices, and the problems."""
    options, overrides, problems = {}, {}, []
    for practice in edition.practices:
        limit = image_height_limit(practice)
        predicted = {d.name: (fit.predicted_flex(d, text_ends[practice.slug], capacity), fit.flex_range(d, limit))
                     for d in fit.applicable(practice)}
        options[practice.slug] = {name: flex for name, (flex, limits) in predicted.items() if fit.fits(flex, limits)}
        if practice.layout and practice.layout in options[practice.slug]:
            overrides[practice.slug] = practice.layout
        elif practice.layout:
            problems.append(Problem(practice.source, practice.line_of("layout"), (
                f"het ontwerp '{practice.layout}' past niet bij deze tekst; kies uit: "
                f"{', '.join(options[practice.slug]) or 'geen'}, of laat 'layout' weg")))
        elif predicted and all(flex < limits[0] for flex, limits in predicted.values()):
            over = min(limits[0] - flex for flex, limits in predicted.values())
            problems.append(Problem(practice.source, practice.line_of("body"), (
                f"de tekst past in geen enkel ontwerp van twee pagina's: hij is zo'n {words_over(over, geometry)} "
                "woorden te lang; maak hem korter of gebruik minder kerncijfers")))
    return options, overrides, problems


def image_height_limit(practice) -> float | None:
    """The tallest a photo may print at 300 ppi, in mm; None for drawings (SVG) and no picture."""
    if not practice.image or practice.image.path.suffix.lower() == ".svg":
        return None
    return intrinsic_size(practice.image.path)[1] / MIN_PPI * 25.4


def verified_spreads(edition: Edition, env, layouts: dict, geometry, capacity: float) -> dict:
    """Find, per practice, the flex that ends its text nearest the foot of the spread without running
    over (the text jumps where a block that may not break meets a page end, so the search keeps the
    best fitting flex and bisects around jumps), and lay it out once more at that flex."""
    limits = {p.slug: image_height_limit(p) for p in edition.practices}
    searches = {slug: fit.FlexSearch(layout, fit.flex_range(fit.BY_NAME[layout.design], limits[slug]))
                for slug, layout in layouts.items()}
    for _ in range(fit.ROUNDS):
        pending = {slug: search.next_layout() for slug, search in searches.items() if not search.done}
        if not pending:
            break
        rendered = render_practices(edition, env, pending, measure_only=True)
        for practice in (p for p in edition.practices if p.slug in pending):
            searches[practice.slug].record(flow_end(practice, rendered[practice.slug].anchors, geometry), capacity)
    final = {slug: search.best() for slug, search in searches.items()}
    rendered = render_practices(edition, env, final, measure_only=True)
    return {slug: (final[slug], rendered[slug]) for slug in final}


def render_practices(edition: Edition, env, layouts: dict, measure_only: bool = False) -> dict[str, RenderedPdf]:
    """The practices that have an entry in `layouts`, laid out in parallel.

    measure_only: a few documents of several practices each (one per core), read back for copy-fitting,
    nothing written; otherwise each practice as its own tagged PDF (the site's download).
    """
    config = edition.config
    styles = print_stylesheets(config.templates_dir, "screen")
    practices = [p for p in edition.practices if p.slug in layouts]
    if not practices:
        return {}
    workers = min(len(practices), os.cpu_count() or 1)
    if measure_only:
        batches = [practices[i::workers] for i in range(workers)]
        jobs = [(measure_html(edition, batch, env, layouts), styles, "screen", list(config.asset_dirs),
                 "output/magazine.pdf", None, False, True) for batch in batches]  # laid out as in the magazine
    else:
        batches = [[p] for p in practices]
        jobs = [(practice_html(edition, p, env, _timestamp(config.date), layouts[p.slug]), styles, "screen",
                 list(config.asset_dirs), f"output/site/downloads/{p.slug}.pdf") for p in practices]
    load_weasyprint()  # imported once here, so the forked workers do not each import it again
    with ProcessPoolExecutor(max_workers=workers) as pool:
        rendered = list(pool.map(_render_job, jobs))
    return {p.slug: pdf for batch, pdf in zip(batches, rendered, strict=True) for p in batch}


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


def _timestamp(edition_date) -> str:
    """SOURCE_DATE_EPOCH when set, else the edition date: never the clock, for reproducible PDFs."""
    if epoch := os.environ.get("SOURCE_DATE_EPOCH"):
        moment = datetime.fromtimestamp(int(epoch), tz=UTC)
    else:
        moment = datetime.combine(edition_date, clock(0), tzinfo=UTC)
    return moment.isoformat()


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
