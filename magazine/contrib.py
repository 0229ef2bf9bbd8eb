"""Start a practice from the template (`build.py new SLUG`); `preview` is in pipeline.py."""
from __future__ import annotations

import shutil
from pathlib import Path

from .config import load_config
from .errors import ConfigError, ContentError, Problem
from .practice import check_slug


def new_practice(config_path: Path, slug: str) -> Path:
    """practices/<slug>.md, copied from practices/_template.md."""
    config = load_config(config_path)
    target = config.practices_dir / f"{slug}.md"
    problems = check_slug(slug, config.relative(target))
    if problems:
        raise ContentError(problems)
    if target.exists():
        raise ContentError([Problem(config.relative(target), 1, "dit bestand bestaat al; kies een andere naam")])
    template = config.practices_dir / "_template.md"
    if not template.is_file():
        raise ConfigError(f"{config.relative(template)}: het sjabloon ontbreekt; haal het terug uit de repository")
    shutil.copyfile(template, target)
    return target
