"""The shipped sample edition: fifty honest, varied practices, read from the files themselves.

These tests are about the sample content, not the generator: a real edition replaces this folder's tests.
"""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter

import pytest
from PIL import Image

from magazine.pipeline import load_edition

from ..conftest import ROOT

pytestmark = pytest.mark.sample
SLUGS = sorted(p.stem for p in (ROOT / "practices").glob("[!_]*.md"))


@pytest.fixture(scope="module")
def edition():
    return load_edition(ROOT / "magazine.yml")


@pytest.fixture(scope="module")
def sources(edition):
    return {p.slug: (ROOT / p.source).read_text(encoding="utf-8") for p in edition.practices}


def body_words(text: str) -> int:
    body = text.split("---\n", 2)[2]
    return len(re.sub(r"^#+ .*$", "", body, flags=re.M).split())


def test_fifty_practices(edition):
    assert len(edition.practices) == len(SLUGS) == 50


@pytest.mark.parametrize("slug", SLUGS)
def test_practice_is_complete(slug, edition, sources):
    practice = next(p for p in edition.practices if p.slug == slug)
    assert 350 <= body_words(sources[slug]) <= 1200  # a spread, or two for a feature
    assert 2 <= len(practice.figures) <= 4
    assert practice.quote is not None
    assert practice.image is not None and practice.image.alt.strip()
    assert practice.contact.email.endswith("@example.org")
    assert practice.contact.website is None or ".example.org" in practice.contact.website \
        or practice.contact.website.startswith("https://example.org")


def test_spread_over_themes_provinces_regions_and_target_groups(edition):
    vocab, practices = edition.config.vocabularies, edition.practices
    themes = Counter(t.slug for p in practices for t in p.themes)
    assert {t.slug for t in vocab.themes} == set(themes) and min(themes.values()) >= 3, themes
    assert {p.province.slug for p in practices} == {t.slug for t in vocab.provinces}
    assert len({p.region.slug for p in practices}) >= 25
    groups = Counter(g.slug for p in practices for g in p.target_groups)
    assert {t.slug for t in vocab.target_groups} == set(groups) and min(groups.values()) >= 2, groups
    first_themes = Counter(p.theme.slug for p in practices)
    assert min(first_themes.values()) >= 3, first_themes


def test_organisations_are_unique_and_some_were_merged_or_renamed(edition):
    practices = edition.practices
    organisations = [p.organisation for p in practices]
    assert len(set(organisations)) == len(organisations)
    assert sum(1 for p in practices if p.former_names) >= 5


def test_variety_that_exercises_the_layout(edition, sources):
    practices = edition.practices
    html = [s.html for p in practices for s in p.sections]
    titles = [p.title for p in practices]
    assert any("<table>" in h for h in html)
    assert any(p.footnotes_html for p in practices)
    assert max(h.count("<li>") for h in html) >= 10  # one long list
    assert max(len(word) for t in titles for word in t.split()) >= 28  # a long Dutch compound in a title
    assert min(map(len, titles)) <= 20 and max(map(len, titles)) >= 80
    everything = "".join(sources.values())
    for letter in ("ë", "é", "ij", "â", "ö"):
        assert letter in everything, letter


def test_every_address_is_fictional(sources):
    addresses = re.findall(r"[\w.+-]+@[\w.-]+|https?://[^\s)>\"]+", "".join(sources.values()))
    assert addresses
    assert all(re.search(r"(^|[@./])example\.org(/|$)", a) for a in addresses), addresses


def test_colophon_and_readme_say_the_content_is_fictional(edition):
    assert "alle inhoud is verzonnen" in edition.colophon_html
    assert "The sample content is fictional." in (ROOT / "README.md").read_text()


def make_images_module():
    spec = importlib.util.spec_from_file_location("make_images", ROOT / "tools" / "make_images.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_images"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def test_raster_pictures_fill_a_full_page_at_print_resolution_and_the_repository_stays_lean():
    photos = sorted((ROOT / "practices" / "images").glob("*.jpg"))
    assert len(photos) >= 7
    for photo in photos:
        with Image.open(photo) as image:
            # a full page with bleed, 216 x 303 mm, at 300 ppi
            assert image.width >= 2552 and image.height >= 3579, (photo.name, image.size)
            assert image.info["dpi"] == (300, 300)
    size = sum(p.stat().st_size for folder in ("practices/images", "edition") for p in (ROOT / folder).iterdir())
    assert size < 3 * 1024 * 1024


def test_raster_pictures_are_crisp():
    """No soft focus: a sharp edge goes from one colour to the next within a few pixels."""
    for photo in sorted((ROOT / "practices" / "images").glob("*.jpg")):
        with Image.open(photo) as image:
            row = [sum(image.getpixel((x, image.height * 9 // 10 - 8))) for x in range(image.width)]
        jumps = [abs(b - a) for a, b in zip(row, row[4:], strict=False)]
        assert max(jumps) > 150, photo.name


@pytest.mark.slow
def test_illustrations_are_reproducible(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_images.py"), "--out", str(tmp_path)], check=True)
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert len(made) == 52  # 50 practices, the template's example and the cover
    for relative in made:
        assert (tmp_path / relative).read_bytes() == (ROOT / relative).read_bytes(), relative


def test_every_picture_shows_people_at_work_with_no_prop_twice():
    make_images = make_images_module()
    assert set(make_images.SCENES) == set(SLUGS)
    for slug, scene in make_images.SCENES.items():
        people = [item for item in scene.items if isinstance(item, make_images.P)]
        props = [item[0] for item in scene.items if not isinstance(item, make_images.P)]
        assert people, slug
        assert len(set(props)) == len(props), slug
    compositions = Counter(tuple(sorted(map(str, scene.items))) for scene in make_images.SCENES.values())
    assert max(compositions.values()) == 1


def test_alt_texts_describe_the_pictures_as_drawn(edition):
    make_images = make_images_module()
    for practice in edition.practices:
        assert practice.image.alt == make_images.alt_text(practice.slug), practice.slug
        is_photo = make_images.SCENES[practice.slug].photo
        assert practice.image.path.suffix == (".jpg" if is_photo else ".svg"), practice.slug
    assert edition.config.cover.alt == make_images.alt_text("omslag")
