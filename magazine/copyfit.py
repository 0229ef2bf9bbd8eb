"""Copy-fitting, the step that needs renders: measure each practice, choose its design, verify
that it fills its spread, and lay out the per-practice PDFs. The rules are in fit.py; this module
runs the renders they need (batched, one document per core, while measuring) and reads them back.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from . import fit, fitlock
from .cache import Cache
from .errors import ContentError, Problem
from .fitlock import LockedFit
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


def fit_spreads(edition: Edition, env, report: Callable[[str], None] = silent, pdfs: bool = True,
                locked: dict[str, LockedFit] | None = None) -> tuple[Edition, dict, dict[str, RenderedPdf]]:
    """Measure, choose and verify a design for every practice (the rules are in fit.py).

    Returns the edition as it is to be printed (with the words kept whole that break up runs of
    hyphenated lines), slug -> Fit, and slug -> the practice's final spread as a tagged PDF (the
    site's download; with pdfs=False, as `check` asks, only laid out and read back, which is faster,
    and only for the practices fitted here).
    locked: slug -> the fit layouts.lock keeps for a practice whose key still matches (fitlock.py);
    such a practice is not measured again, and is a fixed neighbour in the others' rhythm.
    """
    locked = locked or {}
    with render_workers():
        edition = edition.keeping_whole({slug: entry.keep_whole for slug, entry in locked.items() if entry.keep_whole})
        fits = {slug: entry.as_fit(slug) for slug, entry in locked.items()}
        spreads: dict[str, RenderedPdf] = {}
        todo = {p.slug for p in edition.practices} - set(locked)
        if todo:
            edition, fitted_here, spreads = _fit_spreads(edition, env, todo, fits)
            fits |= fitted_here
        if pdfs:  # each practice once more, now as its own tagged PDF: the site's download
            spreads = render_practices(edition, env, {slug: fitted_.layout for slug, fitted_ in fits.items()})
            if problems := spread_problems_of(edition, edition.practices, spreads, fits):
                raise ContentError(problems)
        for practice in edition.practices:
            report(fit_line(practice, fits[practice.slug]))
        return edition, fits, spreads


def lock_keys(edition: Edition, env) -> dict[str, str]:
    """slug -> the key of the practice's entry in layouts.lock (fitlock.py)."""
    config = edition.config
    common = fitlock.fingerprint(config.templates_dir)
    reference = {p.slug: fit.reference_layout() for p in edition.practices}
    # the editor's `layout:` is the one thing copy-fitting reads that the measuring HTML does not show
    return {p.slug: fitlock.practice_key(common, f"{measure_html(edition, [p], env, reference)}\0{p.layout or ''}",
                                         p.image.path.read_bytes() if p.image else b"", list(config.asset_dirs))
            for p in edition.practices}


def _fit_spreads(edition: Edition, env, todo: set[str], fixed: dict[str, fit.Fit]):
    """Fit the practices whose slugs are in `todo`; `fixed`: the others' fits, neighbours in the rhythm.
    Returns the edition with the words kept whole, and slug -> Fit and slug -> measured spread of `todo`."""
    def practices_of(edition):
        return [p for p in edition.practices if p.slug in todo]

    geometry = page_geometry(edition.config.templates_dir)
    column = geometry.body_height
    reference = {slug: fit.reference_layout() for slug in todo}
    measured = render_practices(edition, env, reference, measure_only=True)
    edition, measured = with_hyphen_runs_broken(edition, env, reference, measured)
    problems = once_per_message(problem for pdf in measured.values() for problem in pdf.problems)
    practices = practices_of(edition)
    text_ends = {p.slug: flow_end(p, measured[p.slug].anchors, geometry) for p in practices}
    limits = {p.slug: image_height_limit(p) for p in practices}  # reads each photo's size once
    options, overrides, option_problems = design_options(practices, text_ends, limits, column, geometry)
    if problems or option_problems:
        raise ContentError(problems + option_problems)
    fixed_layouts = {slug: fitted_.layout for slug, fitted_ in fixed.items() if fitted_.layout}
    rhythm = fit.choose(edition.practices, options | {s: {lay.design: lay.flex_mm} for s, lay in fixed_layouts.items()},
                        overrides | {slug: layout.design for slug, layout in fixed_layouts.items()})
    layouts = {slug: layout for slug, layout in rhythm.items() if slug in todo}
    rendered = verified_spreads(edition, env, layouts, limits, geometry)
    plain = {p.slug: None for p in practices if p.slug not in layouts}  # too short for every design
    rendered |= {slug: (None, pdf) for slug, pdf in render_practices(edition, env, plain, measure_only=True).items()}
    fits = fitted(practices, rendered, geometry)
    for _ in range(len(fit.DESIGNS) + HYPHEN_ROUNDS):
        # a design that runs over or leaves a page too empty gives way to the next that fits
        retry = {p.slug: fit.next_choice(p.slug, fits[p.slug].layout.design, options, layouts | fixed_layouts,
                                         edition.practices)
                 for p in practices if fits[p.slug].layout and p.slug not in overrides
                 and (fits[p.slug].too_empty or runs_over(p, rendered[p.slug]))}
        retry = {slug: layout for slug, layout in retry.items() if layout}
        # text beside a fact box that floats in the column breaks differently: runs of hyphens again
        runs = {slug: pdf.keep_whole for slug, (_, pdf) in rendered.items() if pdf.keep_whole}
        if not retry and not runs:
            break
        edition = edition.keeping_whole(runs) if runs else edition
        practices = practices_of(edition)
        layouts |= retry
        again = {slug: layouts[slug] for slug in {*retry, *runs} if slug in layouts}
        rendered |= verified_spreads(edition, env, again, limits, geometry)
        plain_again = {slug: None for slug in runs if slug not in layouts}
        rendered |= {slug: (None, pdf) for slug, pdf in render_practices(edition, env, plain_again, measure_only=True).items()}
        fits = fitted(practices, rendered, geometry)
    spreads = {slug: pdf for slug, (_, pdf) in rendered.items()}
    if problems := spread_problems_of(edition, practices, spreads, fits):
        raise ContentError(problems)
    return edition, fits, spreads


def spread_problems_of(edition: Edition, practices, spreads: dict[str, RenderedPdf], fits: dict) -> list[Problem]:
    """What each practice's own render shows: a run-over, a page too empty, a picture too coarse."""
    geometry = page_geometry(edition.config.templates_dir)
    problems = once_per_message(problem for pdf in spreads.values() for problem in pdf.problems)
    for practice in practices:
        layout, spread = fits[practice.slug].layout, spreads[practice.slug]
        problems += overflow_problems(practice, spread.anchors, geometry.body_height, layout.pages if layout else 2)
        if layout:
            problems += fill_problems(practice, layout.design, fits[practice.slug].fills, fit.MAX_EMPTY)
        problems += resolution_problems(edition, spread.images, " van het voorbeeld")
    return problems


HYPHEN_ROUNDS = 3


def with_hyphen_runs_broken(edition: Edition, env, layouts: dict, measured: dict[str, RenderedPdf]):
    """No paragraph may end three lines in a row in a hyphen, which CSS cannot ask of WeasyPrint: a word
    hyphenated in the middle of such a run is kept whole, and the practice measured again, until none is
    left (a few rounds). Designs whose fact box floats in the text column break some lines differently,
    so fit_spreads looks again after verifying them."""
    for _ in range(HYPHEN_ROUNDS):
        found = {slug: pdf.keep_whole for slug, pdf in measured.items() if pdf.keep_whole}
        if not found:
            break
        edition = edition.keeping_whole(found)
        measured = measured | render_practices(edition, env, {slug: layouts[slug] for slug in found}, measure_only=True)
    return edition, measured


def runs_over(practice, rendered: tuple) -> bool:
    """The text of a verified layout ends beyond the design's last page (its prediction was too hopeful)."""
    layout, pdf = rendered
    return pdf.anchors[practice.end_anchor][0] - pdf.anchors[practice.slug][0] + 1 > layout.pages


def once_per_message(problems) -> list[Problem]:
    """A stylesheet warning comes back from every practice's render; report it once."""
    seen, unique = set(), []
    for problem in problems:
        if problem.message not in seen:
            seen.add(problem.message)
            unique.append(problem)
    return unique


def fitted(practices, rendered: dict, geometry) -> dict:
    """slug -> Fit: each practice's layout and how full its pages came out."""
    return {p.slug: fit.Fit(p.slug, layout, page_fills(p, pdf.anchors, pdf.content_bottoms, geometry,
                                                       layout.pages if layout else 2))
            for p in practices for layout, pdf in [rendered[p.slug]]}


def fit_line(practice, fitted) -> str:
    """One line of the fit report: which design a practice got and how full its pages are."""
    percentages = [f"{100 * fill:.0f} %" for fill in fitted.fills]
    fills = " en ".join([", ".join(percentages[:-1]), percentages[-1]] if len(percentages) > 1 else percentages)
    if fitted.layout is None:
        return (f"{practice.source}: te kort voor de ontwerpen (of zonder afbeelding en citaat); standaardopmaak, "
                f"gevuld {fills}: schrijf meer of voeg een afbeelding en een citaat toe")
    return (f"{practice.source}: ontwerp {fitted.layout.design} ({fit.BY_NAME[fitted.layout.design].label}), "
            f"{len(fitted.fills)} pagina's, gevuld {fills}")


def design_options(practices, text_ends: dict[str, float], limits: dict[str, float | None], column: float,
                   geometry):
    """slug -> {design: predicted flex} of the designs that fit, the editors' choices, and the problems."""
    options, overrides, problems = {}, {}, []
    for practice in practices:
        limit = limits[practice.slug]
        predicted = {d.name: (fit.predicted_flex(d, text_ends[practice.slug], column), fit.flex_range(d, limit))
                     for d in fit.applicable(practice)}
        options[practice.slug] = {name: flex for name, (flex, bounds) in predicted.items() if fit.fits(flex, bounds)}
        if practice.layout and practice.layout in options[practice.slug]:
            overrides[practice.slug] = practice.layout
        elif practice.layout:
            others = (f"kies uit: {', '.join(options[practice.slug])}, of laat 'layout' weg" if options[practice.slug]
                      else "geen ander ontwerp ook; laat 'layout' weg om te zien wat er moet veranderen")
            problems.append(Problem(practice.source, practice.line_of("layout"), (
                f"het ontwerp '{practice.layout}' past niet bij deze tekst; {others}")))
        elif predicted and all(flex < bounds[0] for flex, bounds in predicted.values()):
            over = min(bounds[0] - flex for flex, bounds in predicted.values())
            problems.append(Problem(practice.source, practice.line_of("body"), too_long(practice, over, geometry)))
    return options, overrides, problems


def too_long(practice, over_mm: float, geometry) -> str:
    """What a contributor reads when the text is longer than every design it can have."""
    words = words_over(over_mm, geometry)
    longest = max(fit.DESIGNS, key=lambda d: d.pages)
    if longest in fit.applicable(practice):
        return (f"de tekst past in geen enkel ontwerp, ook niet in een {longest.label}: hij is zo'n {words} "
                "woorden te lang; maak hem korter of gebruik minder kerncijfers")
    return (f"de tekst past in geen enkel ontwerp van twee pagina's: hij is zo'n {words} woorden te lang; maak hem "
            f"korter, of geef hem een afbeelding en een citaat, dan kan hij een {longest.label} worden")


def image_height_limit(practice) -> float | None:
    """The tallest a photo may print at 300 ppi, in mm; None for drawings (SVG) and no picture."""
    if not practice.image or practice.image.is_drawing:
        return None
    return intrinsic_size(practice.image.path)[1] / MIN_PPI * 25.4


def verified_spreads(edition: Edition, env, layouts: dict, limits: dict[str, float | None], geometry) -> dict:
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
            pdf = rendered[practice.slug]
            fills = page_fills(practice, pdf.anchors, pdf.content_bottoms, geometry, searches[practice.slug].design.pages)
            searches[practice.slug].record(flow_end(practice, pdf.anchors, geometry), geometry.body_height, fills)
    final = {slug: search.best() for slug, search in searches.items()}
    rendered = render_practices(edition, env, final, measure_only=True)
    return {slug: (final[slug], rendered[slug]) for slug in final}


def render_practices(edition: Edition, env, layouts: dict, measure_only: bool = False) -> dict[str, RenderedPdf]:
    """The practices that have an entry in `layouts`, each as its own document, laid out in parallel
    and cached by content (a practice whose inputs did not change is not laid out again).

    measure_only: laid out and read back for copy-fitting, nothing written; otherwise as a tagged PDF
    (the site's download).
    """
    config = edition.config
    practices = [p for p in edition.practices if p.slug in layouts]
    if not practices:
        return {}
    common = {"stylesheets": print_stylesheets(config.templates_dir, "screen"), "variant": "screen",
              "allowed": list(config.asset_dirs), "cache": Cache.for_project(config.root)}
    if measure_only:  # laid out as in the magazine, starting on a left page
        jobs = [{**common, "html": measure_html(edition, [p], env, layouts), "label": "output/magazine.pdf",
                 "measure_only": True} for p in practices]
    else:
        jobs = [{**common, "html": practice_html(edition, p, env, timestamp(config.date), layouts[p.slug]),
                 "label": f"output/site/downloads/{p.slug}.pdf"} for p in practices]
    with render_workers() as pool:
        rendered = list(pool.map(_render_job, jobs, chunksize=max(1, len(jobs) // (4 * WORKERS))))
    return {p.slug: pdf for p, pdf in zip(practices, rendered, strict=True)}


WORKERS = os.cpu_count() or 1
_pool: ProcessPoolExecutor | None = None


@contextmanager
def render_workers():
    """One render process per core for all of copy-fitting's rounds (the outermost call makes them, inner
    calls reuse them): each keeps the stylesheets and fonts it parsed (pdf.py) from one round to the next,
    which costs about a second per round when a new pool has to parse them again."""
    global _pool
    if _pool is not None:
        yield _pool
        return
    load_weasyprint()  # imported once here, so the forked workers do not each import it again
    with ProcessPoolExecutor(max_workers=WORKERS) as pool:
        _pool = pool
        try:
            yield pool
        finally:
            _pool = None


def _render_job(job: dict) -> RenderedPdf:
    return render_pdf(**job)
