"""Golden HTML: the fixture edition's pages must match tests/golden/ exactly.

After an intended template change, refresh with:  make golden
(which runs: UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py) and review the diff.
"""
from __future__ import annotations

import os

import pytest

from magazine.pipeline import load_edition
from magazine.render import environment, print_html
from magazine.site import site_files

from .conftest import EDITION, ROOT

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    """The fixture edition's pages, rendered once for this module (never at import time)."""
    edition = load_edition(EDITION)
    env = environment(edition.config.templates_dir)
    pages = {f"site/{f.path}": f.text for f in site_files(edition, env) if f.text is not None}
    for variant in ("screen", "press"):
        html = print_html(edition, env, variant, "2020-01-31T00:00:00+00:00")
        pages[f"print-{variant}.html"] = html.replace(ROOT.as_uri(), "file:///PROJECT")
    return pages


STORED = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", STORED)
def test_page_matches_golden(name, rendered):
    if UPDATE:
        return  # test_golden_folder_is_complete writes every page
    assert name in rendered, f"golden file {name} is no longer rendered: run `make golden`"
    assert rendered[name] == (GOLDEN / name).read_text(encoding="utf-8")


def test_golden_folder_is_complete(rendered):
    """Every rendered page has a golden file and every golden file a page; `make golden` rewrites them."""
    if UPDATE:
        for name in set(STORED) - set(rendered):
            (GOLDEN / name).unlink()
        for name, text in rendered.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, encoding="utf-8")
    stored = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    assert stored == set(rendered)
