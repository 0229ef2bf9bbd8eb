"""The content cache: entries that do not check out are made again; a cached build is the cold build to the byte."""
from __future__ import annotations

import os
import shutil
import time

import pytest
from PIL import Image

from magazine import pdf, pictures, sources
from magazine.cache import FOLDER, MAGIC, Cache
from magazine.colour import PRESS_PROFILE, PressColours
from magazine.model import Image as ModelImage
from magazine.pipeline import build, load_edition

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


FONTS = ROOT / "templates" / "fonts"
SQUARE = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#c00"/></svg>'


def _small_project(folder):
    """A page that uses a stylesheet, a font and a picture, each a file of its own."""
    folder.mkdir()
    shutil.copy(FONTS / "source-sans-3-latin-400-normal.woff2", folder / "tekst.woff2")
    (folder / "style.css").write_text('@font-face { font-family: T; src: url("tekst.woff2"); } body { font-family: T; }')
    (folder / "beeld.svg").write_text(SQUARE)
    return folder


CHANGES = {
    "the HTML, as a changed template makes it": lambda folder, html: html.replace("Tekst", "Tekst en meer"),
    "a stylesheet": lambda folder, html: (folder / "style.css").write_text(
        (folder / "style.css").read_text() + " p { color: #036; }") and html,
    "a font it uses": lambda folder, html: shutil.copy(FONTS / "source-sans-3-latin-700-normal.woff2",
                                                       folder / "tekst.woff2") and html,
    "an image it shows": lambda folder, html: (folder / "beeld.svg").write_text(SQUARE.replace("#c00", "#0c0")) and html,
    "nothing": lambda folder, html: html,
}


@pytest.mark.slow
@pytest.mark.parametrize("change", CHANGES)
def test_a_render_is_laid_out_again_exactly_when_something_it_read_changed(tmp_path, monkeypatch, change):
    project = _small_project(tmp_path / "project")
    cache, sheets, html = Cache(project / FOLDER), [project / "style.css"], _page((project / "beeld.svg").as_uri())
    renders = []
    render = pdf._render
    monkeypatch.setattr(pdf, "_render", lambda *args: renders.append(args) or render(*args))
    first = pdf.render_pdf(html, sheets, "screen", [project], "test.pdf", cache=cache)
    html = CHANGES[change](project, html)
    monkeypatch.setattr(pdf, "_PREPARED", {})  # as in the next build's process, which loads the fonts anew
    again = pdf.render_pdf(html, sheets, "screen", [project], "test.pdf", cache=cache)
    assert len(renders) == (1 if change == "nothing" else 2)
    assert (again == first) == (change == "nothing")


@pytest.mark.slow
def test_press_conversions_come_from_the_cache_and_give_the_same_bytes(tmp_path, monkeypatch):
    project = _small_project(tmp_path / "project")
    cache, sheets = Cache(project / FOLDER), [project / "style.css", ROOT / "templates" / "print" / "press.css"]
    colours = PressColours(ROOT / "templates" / PRESS_PROFILE)
    dated = '<head><meta name="dcterms.created" content="2019-06-30T00:00:00+00:00"><meta name="dcterms.modified" content="2019-06-30T00:00:00+00:00">'
    html = _page((project / "beeld.svg").as_uri()).replace("<head>", dated)  # else the XMP carries the clock
    pdf.render_pdf(html, sheets, "press", [project, ROOT / "templates"], "test.pdf", colours, cache=cache)
    changed = html.replace("Tekst", "Tekst en meer")  # laid out anew, its picture as before
    monkeypatch.setattr(pdf, "_PREPARED", {})  # as in a new process: no conversion remembered in memory
    with monkeypatch.context() as patched:
        patched.setattr(PressColours, "svg", lambda self, text: pytest.fail("converted again"))
        cached = pdf.render_pdf(changed, sheets, "press", [project, ROOT / "templates"], "test.pdf", colours, cache=cache)
    monkeypatch.setattr(pdf, "_PREPARED", {})
    cold = pdf.render_pdf(changed, sheets, "press", [project, ROOT / "templates"], "test.pdf", colours, cache=Cache(None))
    assert cached.data == cold.data


def test_site_picture_variants_are_made_once_per_image(tmp_path, monkeypatch):
    picture = tmp_path / "foto.png"
    Image.new("RGB", (900, 600), "#3a6").save(picture)
    image = ModelImage(path=picture, src="foto.png", alt="Een groen vlak")
    cache = Cache(tmp_path / FOLDER)
    made = pictures.site_picture(image, cache)
    monkeypatch.setattr(pictures, "_site_picture", lambda image: pytest.fail("made again"))
    assert pictures.site_picture(image, cache) == made
    Image.new("RGB", (900, 600), "#a36").save(picture)
    with pytest.raises(pytest.fail.Exception, match="made again"):
        pictures.site_picture(image, cache)


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


def test_a_parsed_practice_comes_from_the_cache_until_its_text_or_the_settings_change(edition_copy, monkeypatch):
    first = load_edition(edition_copy).practices
    parsed = []
    parse = sources.parse
    monkeypatch.setattr(sources, "parse", lambda *args: parsed.append(args[1]) or parse(*args))
    assert load_edition(edition_copy).practices == first
    assert parsed == []
    practice = edition_copy.parent / "practices" / "kas-aan-de-dijk.md"
    practice.write_text(practice.read_text().replace("Kas aan de Dijk", "Kas aan de Dijk en meer", 1))
    assert [p.title for p in load_edition(edition_copy).practices if p.slug == "kas-aan-de-dijk"] == [
        "Kas aan de Dijk en meer"]
    assert parsed == ["practices/kas-aan-de-dijk.md"]
    edition_copy.write_text(edition_copy.read_text() + "\n# the settings changed\n")
    load_edition(edition_copy)
    assert len(parsed) == 1 + len(first)
    (edition_copy.parent / "practices" / "_template.md").write_text("---\ntitle: Een nieuw sjabloon\n---\n")
    load_edition(edition_copy)  # its sample texts are what a practice may not keep: every practice parsed again
    assert len(parsed) == 1 + 2 * len(first)
