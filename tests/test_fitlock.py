"""layouts.lock (magazine/fitlock.py): a fresh clone builds from the layouts a build chose, to the byte."""
from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from magazine import copyfit, fit, fitlock, pdf
from magazine.cache import FOLDER
from magazine.model import Edition
from magazine.pipeline import build, load_edition, read_lock
from magazine.render import environment

from .conftest import EDITION
from .test_cache import _files

ENTRY = fitlock.LockedFit("k1", fit.Layout("citaat", 123.4), ("werkgeversdienstverlening",), (1.0, 0.9))


def test_the_lock_reads_back_what_it_wrote_and_writes_the_same_bytes():
    text = fitlock.dump({"b": ENTRY, "a": fitlock.LockedFit("k2", None, (), (0.5, 0.4))})
    assert list(fitlock.parse(text)) == ["a", "b"]
    assert fitlock.parse(text)["b"] == ENTRY
    assert fitlock.dump(fitlock.parse(text)) == text


@pytest.mark.parametrize("text, reason", [
    ("{", "Expecting property name enclosed in double quotes"),
    ('{"version": 0, "practices": {}}', "not a version 1 lock"),
    ('{"version": 1, "practices": {"a": {"key": "k"}}}', "entry 'a': 'design'"),
    ('{"version": 1, "practices": {"a": {"key": "k", "design": "poster", "flex_mm": 1, "keep_whole": [], '
     '"fills": []}}}', "entry 'a': unknown design 'poster'"),
])
def test_a_lock_that_cannot_be_used_is_said_so_and_counts_as_empty(tmp_path, text, reason):
    (tmp_path / fitlock.LOCK).write_text(text)
    said = []
    assert read_lock(tmp_path, said.append) == {}
    assert len(said) == 1 and said[0].startswith("layouts.lock: not usable (") and reason in said[0], said
    assert said[0].endswith("every practice is fitted again and the file written anew")


def test_a_key_does_not_depend_on_where_the_project_is(tmp_path):
    here, there = tmp_path / "here", tmp_path / "there"
    html = '<img src="{}/practices/images/a.svg">'
    common = b"common"
    assert (fitlock.practice_key(common, html.format((here / "practices").resolve().as_uri()), b"pic", [here / "practices"])
            == fitlock.practice_key(common, html.format((there / "practices").resolve().as_uri()), b"pic",
                                    [there / "practices"]))
    assert fitlock.practice_key(common, html, b"pic", []) != fitlock.practice_key(common, html, b"other", [])
    assert fitlock.practice_key(common, html, b"pic", []) != fitlock.practice_key(b"changed css", html, b"pic", [])


@pytest.mark.parametrize("change", [
    lambda p: replace(p, layout="kort"),  # the editor's choice
    lambda p: replace(p, summary=p.summary + " Meer."),
    lambda p: replace(p, image=replace(p.image, focus=(10, 90))),
])
def test_whatever_the_fit_reads_changes_the_key_and_nothing_else_does(change):
    edition = load_edition(EDITION)
    env = environment(edition.config.templates_dir)
    keys = copyfit.lock_keys(edition, env)
    assert copyfit.lock_keys(edition, env) == keys
    changed = [change(p) if p.slug == "kas-aan-de-dijk" else p for p in edition.practices]
    new_keys = copyfit.lock_keys(Edition.assemble(edition.config, changed), env)
    assert {slug for slug in keys if new_keys[slug] != keys[slug]} == {"kas-aan-de-dijk"}


@pytest.mark.slow
def test_a_fresh_clone_builds_from_the_lock_without_measuring_to_the_same_bytes(edition_copy, tmp_path, monkeypatch):
    project = edition_copy.parent
    lines = []
    build(edition_copy, tmp_path / "first", report=lines.append)
    locked = read_lock(project, print)
    assert sorted(locked) == sorted(p.stem for p in (project / "practices").glob("*.md") if not p.stem.startswith("_"))
    assert "layouts.lock: the layouts written anew; commit it with the sources" in lines

    shutil.rmtree(project / FOLDER)  # a fresh clone: the lock, no cache
    real_render = pdf._render

    def not_measuring(*args):
        assert not args[7], "a practice the lock holds was measured again"  # measure_only
        return real_render(*args)

    lines.clear()
    with monkeypatch.context() as patched:  # the forked render workers inherit the patch
        patched.setattr(pdf, "_render", not_measuring)
        build(edition_copy, tmp_path / "from-lock", report=lines.append)
    assert _files(tmp_path / "from-lock") == _files(tmp_path / "first")
    assert f"opmaak kiezen voor geen praktijkvoorbeelden (en {len(locked)} zoals layouts.lock ze bewaart)..." in lines
    assert not any(line.startswith("layouts.lock:") for line in lines)  # unchanged, not written

    practice = project / "practices" / "kas-aan-de-dijk.md"
    practice.write_text(practice.read_text().replace("Kas aan de Dijk", "Kas aan de Dijk en de Weg", 1))
    lines.clear()
    build(edition_copy, tmp_path / "one-changed", report=lines.append)
    assert f"opmaak kiezen voor 1 praktijkvoorbeeld (en {len(locked) - 1} zoals layouts.lock ze bewaart)..." in lines
    changed = read_lock(project, print)
    assert {slug for slug in locked if changed[slug] != locked[slug]} == {"kas-aan-de-dijk"}
