"""Helpers for contributors: start a practice from the template, preview one practice."""
from __future__ import annotations

import shutil
from pathlib import Path

from .config import load_config
from .errors import ConfigError, ContentError, Problem
from .model import Edition
from .output import check_target, staged, write_site
from .practice import check_slug


def new_practice(config_path: Path, slug: str) -> Path:
    """practices/<slug>.md, copied from practices/_template.md."""
    config = load_config(config_path)
    target = config.practices_dir / f"{slug}.md"
    problems = check_slug(slug, config.relative(target))
    if problems:
        raise ContentError(problems)
    if target.exists():
        raise ContentError([Problem(config.relative(target), 0, "dit bestand bestaat al; kies een andere naam")])
    template = config.practices_dir / "_template.md"
    if not template.is_file():
        raise ConfigError(f"{template}: the template is missing")
    shutil.copyfile(template, target)
    return target


def preview(config_path: Path, source: Path, out_dir: Path | None, report) -> Path:
    """One practice's spread as PDF and its web page, in output/preview/, in a few seconds.

    Only this practice is checked and laid out; the rest of the edition is not needed.
    """
    from . import pipeline, render, site
    from .sources import check_file, parse_context

    config = load_config(config_path)
    source = source.resolve()
    if source.parent != config.practices_dir or source.suffix != ".md":
        raise ConfigError(f"{source}: give a practice file in {config.practices_dir}, e.g. practices/<slug>.md")
    context = parse_context(config, pipeline.load_validator(config))
    practice, problems = check_file(source, config.relative(source), source.stem, context)
    if problems:
        raise ContentError(problems)
    edition = Edition.assemble(config, [practice])
    env = render.environment(config.templates_dir)
    out_dir = (out_dir or config.root / "output") / "preview"
    check_target(out_dir, config.root)
    spread = pipeline.render_spreads(edition, env)[practice.slug]
    with staged(out_dir, replaced={practice.slug, f"{practice.slug}.pdf"}) as stage:
        (stage / f"{practice.slug}.pdf").write_bytes(spread.data)
        write_site(stage / practice.slug, site.site_files(edition, env))
    report(f"preview: {out_dir / (practice.slug + '.pdf')} ({spread.pages} pages)")
    report(f"preview: {out_dir / practice.slug / 'praktijken' / practice.slug / 'index.html'}")
    return out_dir
