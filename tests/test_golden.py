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


def rendered() -> dict[str, str]:
    edition = load_edition(EDITION)
    env = environment(edition.config.templates_dir)
    pages = {f"site/{f.path}": f.text for f in site_files(edition, env) if f.text is not None}
    for variant in ("screen", "press"):
        html = print_html(edition, env, variant, "2020-01-31T00:00:00+00:00")
        pages[f"print-{variant}.html"] = html.replace(ROOT.as_uri(), "file:///PROJECT")
    return pages


PAGES = rendered()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_matches_golden(name):
    golden = GOLDEN / name
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(PAGES[name], encoding="utf-8")
    assert golden.is_file(), f"no golden file {name}: run `make golden`"
    assert PAGES[name] == golden.read_text(encoding="utf-8")


def test_no_stale_golden_files():
    stored = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file()}
    if UPDATE:
        for name in stored - set(PAGES):
            (GOLDEN / name).unlink()
        stored &= set(PAGES)
    assert stored == set(PAGES)
