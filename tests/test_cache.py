"""The content cache: entries that do not check out are made again; a cached build is the cold build to the byte."""
from __future__ import annotations

import os
import shutil
import time

import pytest

from magazine import pdf
from magazine.cache import FOLDER, MAGIC, Cache
from magazine.pipeline import build

from .conftest import ROOT


def test_an_entry_comes_back_as_it_was_stored(tmp_path):
    cache = Cache(tmp_path / FOLDER)
    cache.put("ab12", b"laid out")
    assert cache.get("ab12") == b"laid out"
    assert cache.get("cd34") is None


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "no header", "empty"])
def test_a_damaged_entry_is_never_trusted_and_is_removed(tmp_path, damage):
    cache = Cache(tmp_path / FOLDER)
    cache.put("ab12", b"laid out" * 100)
    path = tmp_path / FOLDER / "ab" / "ab12"
    blob = path.read_bytes()
    damaged = {"truncated": blob[:-10], "flipped byte": blob[:-1] + bytes([blob[-1] ^ 1]),
               "no header": blob[len(MAGIC):], "empty": b""}[damage]
    path.write_bytes(damaged)
    assert cache.get("ab12") is None
    assert not path.exists()


def test_a_cache_that_cannot_be_written_costs_time_not_the_build(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    cache = Cache(tmp_path / "file" / FOLDER)
    cache.put("ab12", b"laid out")
    assert cache.get("ab12") is None


def test_without_a_folder_nothing_is_cached():
    cache = Cache(None)
    cache.put("ab12", b"laid out")
    assert cache.get("ab12") is None


def _page(src: str) -> str:
    return f'<html lang="nl"><head><title>t</title></head><body><p>Tekst</p><img src="{src}" alt="x"></body></html>'


@pytest.mark.slow
def test_a_render_is_found_again_until_a_file_it_read_changes(tmp_path, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    image = project / "beeld.svg"
    image.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    cache = Cache(project / FOLDER)
    html = _page(image.as_uri())
    first = pdf.render_pdf(html, [ROOT / "templates" / "fonts" / "fonts.css"], "screen", [project, ROOT / "templates"],
                           "test.pdf", cache=cache)

    def laid_out_again(*args):
        raise AssertionError("laid out again")

    monkeypatch.setattr(pdf, "_render", laid_out_again)
    again = pdf.render_pdf(html, [ROOT / "templates" / "fonts" / "fonts.css"], "screen", [project, ROOT / "templates"],
                           "test.pdf", cache=cache)
    assert again == first
    image.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="5"/></svg>')
    with pytest.raises(AssertionError, match="laid out again"):
        pdf.render_pdf(html, [ROOT / "templates" / "fonts" / "fonts.css"], "screen", [project, ROOT / "templates"],
                       "test.pdf", cache=cache)


def _files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_cached_build_gives_the_same_bytes_as_a_cold_one(edition_copy, tmp_path, monkeypatch):
    cache = edition_copy.parent / FOLDER
    build(edition_copy, tmp_path / "cold")
    assert any(cache.rglob("*")), "the cold build stored its renders"

    def laid_out_again(*args):
        raise AssertionError("a build with nothing changed laid a document out again")

    with monkeypatch.context() as patched:  # the forked render workers inherit the patch
        patched.setattr(pdf, "_render", laid_out_again)
        build(edition_copy, tmp_path / "warm")
    assert _files(tmp_path / "warm") == _files(tmp_path / "cold")

    shutil.rmtree(cache)
    build(edition_copy, tmp_path / "cold-again")
    assert _files(tmp_path / "cold-again") == _files(tmp_path / "cold")


def test_entries_no_build_used_for_a_month_are_removed(tmp_path):
    cache = Cache(tmp_path / FOLDER)
    cache.put("ab12", b"old")
    cache.put("cd34", b"recent")
    old = tmp_path / FOLDER / "ab" / "ab12"
    month_ago = time.time() - 31 * 86400
    os.utime(old, (month_ago, month_ago))
    os.utime(tmp_path / FOLDER / "cd" / "cd34", (month_ago, month_ago))
    assert cache.get("cd34") == b"recent"  # used now: kept
    assert cache.prune(time.time()) == 1
    assert not old.exists() and cache.get("cd34") == b"recent"
