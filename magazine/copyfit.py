"""Copy-fitting, the step that needs renders: measure each practice, choose its design, verify
that it fills its spread, and lay out the per-practice PDFs. The rules are in fit.py; this module
runs the renders they need (batched, one document per core, while measuring) and reads them back.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from . import fit
from .errors import ContentError, Problem
from .layout import (
    MIN_PPI,
    fill_problems,
    flow_end,
    overflow_problems,
    page_fills,
    page_geometry,
    resolution_problems,
    words_over,
)
from .model import Edition
from .pdf import RenderedPdf, load_weasyprint, render_pdf
from .pictures import intrinsic_size
from .render import measure_html, practice_html, print_stylesheets, timestamp
from .report import silent


def fit_spreads(edition: Edition, env, report: Callable[[str], None] = silent,
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
    limits = {p.slug: image_height_limit(p) for p in edition.practices}  # reads each photo's size once
    options, overrides, option_problems = design_options(edition, text_ends, limits, capacity, geometry)
    if problems or option_problems:
        raise ContentError(problems + option_problems)
    layouts = fit.choose(edition.practices, options, overrides)
    rendered = verified_spreads(edition, env, layouts, limits, geometry, capacity)
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
        rendered |= verified_spreads(edition, env, retry, limits, geometry, capacity)
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


def design_options(edition: Edition, text_ends: dict[str, float], limits: dict[str, float | None], capacity: float,
                   geometry):
    """slug -> {design: predicted flex} of the designs that fit, the editors' choices, and the problems."""
    options, overrides, problems = {}, {}, []
    for practice in edition.practices:
        limit = limits[practice.slug]
        predicted = {d.name: (fit.predicted_flex(d, text_ends[practice.slug], capacity), fit.flex_range(d, limit))
                     for d in fit.applicable(practice)}
        options[practice.slug] = {name: flex for name, (flex, bounds) in predicted.items() if fit.fits(flex, bounds)}
        if practice.layout and practice.layout in options[practice.slug]:
            overrides[practice.slug] = practice.layout
        elif practice.layout:
            problems.append(Problem(practice.source, practice.line_of("layout"), (
                f"het ontwerp '{practice.layout}' past niet bij deze tekst; kies uit: "
                f"{', '.join(options[practice.slug]) or 'geen'}, of laat 'layout' weg")))
        elif predicted and all(flex < bounds[0] for flex, bounds in predicted.values()):
            over = min(bounds[0] - flex for flex, bounds in predicted.values())
            problems.append(Problem(practice.source, practice.line_of("body"), (
                f"de tekst past in geen enkel ontwerp van twee pagina's: hij is zo'n {words_over(over, geometry)} "
                "woorden te lang; maak hem korter of gebruik minder kerncijfers")))
    return options, overrides, problems


def image_height_limit(practice) -> float | None:
    """The tallest a photo may print at 300 ppi, in mm; None for drawings (SVG) and no picture."""
    if not practice.image or practice.image.is_drawing:
        return None
    return intrinsic_size(practice.image.path)[1] / MIN_PPI * 25.4


def verified_spreads(edition: Edition, env, layouts: dict, limits: dict[str, float | None], geometry,
                     capacity: float) -> dict:
    """Find, per practice, the flex that ends its text nearest the foot of the spread without running
    over (the text jumps where a block that may not break meets a page end, so the search keeps the
    best fitting flex and bisects around jumps), and lay it out once more at that flex."""
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
        jobs = [(practice_html(edition, p, env, timestamp(config.date), layouts[p.slug]), styles, "screen",
                 list(config.asset_dirs), f"output/site/downloads/{p.slug}.pdf") for p in practices]
    load_weasyprint()  # imported once here, so the forked workers do not each import it again
    with ProcessPoolExecutor(max_workers=workers) as pool:
        rendered = list(pool.map(_render_job, jobs))
    return {p.slug: pdf for batch, pdf in zip(batches, rendered, strict=True) for p in batch}


def _render_job(job) -> RenderedPdf:
    return render_pdf(*job)
