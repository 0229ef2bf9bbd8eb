"""Settings are checked like content: magazine.yml and data/*.yml name the key, the line and what is allowed (exit 2)."""
from __future__ import annotations

import shutil

import pytest

from magazine.config import load_config
from magazine.errors import ConfigError

from .conftest import ROOT
from .test_cli import run

ALLOWED = ("title, subtitle, date, publisher, language, base_url, practices, templates, data, schema, "
           "foreword, colophon, cover, logo, favicon, accessibility, notice, foreword_by, image_credit, crop_marks, print, issue, blurb, isbn, cover_lines, "
           "register_prefixes, body_words, themes")

# (case, text to append to or replace in magazine.yml, the exact problems)
SETTINGS_CASES = {
    "crop_marks_not_a_boolean": (("", 'crop_marks: "ja"\n'), [
        """magazine.yml:38: 'crop_marks' must be true or false, not "ja\"""",
    ]),
    "unknown_key_with_guess": (("", "titel: Andere titel\n"), [
        f"magazine.yml:38: unknown key 'titel'; did you mean 'title'? allowed keys: {ALLOWED}",
    ]),
    "unknown_key_without_guess": (("", "kleurenprofiel: fogra\n"), [
        f"magazine.yml:38: unknown key 'kleurenprofiel'; allowed keys: {ALLOWED}",
    ]),
    "date_not_a_date": (("date: 2020-01-31", "date: 31 januari 2020"), [
        "magazine.yml:4: 'date' must be a date like 2019-12-16, not '31 januari 2020'",
    ]),
    "theme_colour_out_of_range": (("cmyk: [0.9, 0.3, 0.35, 0.25]", "cmyk: [90, 30, 35, 25]"), [
        "magazine.yml:14: 'themes[1].colour.cmyk[1]' must be between 0 and 1, not 90",
        "magazine.yml:14: 'themes[1].colour.cmyk[2]' must be between 0 and 1, not 30",
        "magazine.yml:14: 'themes[1].colour.cmyk[3]' must be between 0 and 1, not 35",
        "magazine.yml:14: 'themes[1].colour.cmyk[4]' must be between 0 and 1, not 25",
    ]),
    "unknown_key_in_a_theme": (("    name: Detachering\n", "    name: Detachering\n    kleur: blauw\n"), [
        "magazine.yml:16: unknown key 'themes[1].kleur'; allowed keys: slug, name, intro, aliases, colour",
    ]),
    "duplicate_theme_slug": (("slug: beschut-werk", "slug: detachering"), [
        "magazine.yml:17: the slug 'detachering' is used twice; slugs must be unique",
    ]),
    "anchor_in_settings": (("title: Testeditie", "title: &titel Testeditie\nsubtitle2: *titel"), [
        "magazine.yml:2: '&titel': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "magazine.yml:3: '*titel': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
    ]),
    "isbn_with_a_wrong_check_digit": (("isbn: 978-3-16-148410-0", "isbn: 978-3-16-148410-7"), [
        "magazine.yml:27: 'isbn': the last digit of 978-3-16-148410-7 must be 0; check the number the ISBN agency gave",
    ]),
    "isbn_of_ten_digits": (("isbn: 978-3-16-148410-0", "isbn: 3-16-148410-X"), [
        "magazine.yml:27: 'isbn' must be an ISBN of 13 digits starting with 978 or 979, like 978-3-16-148410-0, "
        "not '3-16-148410-X'",
    ]),
    "small_type_colour_missing": ((", small: [0.75, 0, 0, 0.55]}", "}"), [
        "magazine.yml:14: 'themes[1].colour': [0.9, 0.3, 0.35, 0.25] has 4 inks; type under 9 pt may use at most 2, "
        "so add e.g. small: [0.75, 0, 0, 0.55], the nearest with enough contrast",
    ]),
    "small_type_colour_in_three_inks": (("small: [0.75, 0, 0, 0.55]", "small: [0.75, 0.1, 0, 0.55]"), [
        "magazine.yml:14: 'themes[1].colour.small': [0.75, 0.1, 0, 0.55] has 3 inks; at most 2 are allowed, "
        "e.g. small: [0.75, 0, 0, 0.55], the nearest with enough contrast",
    ]),
    "small_type_colour_too_light": (("small: [0.75, 0, 0, 0.55]", "small: [0.3, 0, 0, 0]"), [
        "magazine.yml:14: 'themes[1].colour.small': [0.3, 0, 0, 0] stands out 1.4:1 against the paper, at least "
        "4.5:1 is needed; e.g. small: [0.75, 0, 0, 0.55], the nearest with enough contrast",
    ]),
    "unknown_binding": (("", "print:\n  binding: gelijmd\n"), [
        "magazine.yml:39: 'print.binding' must be perfect or saddle-stitch, not 'gelijmd'",
    ]),
    "paper_caliper_in_tenths_of_a_millimetre": (("", "print:\n  binding: perfect\n  paper_caliper_mm: 1\n"), [
        "magazine.yml:40: 'print.paper_caliper_mm' must be less than 0.5, not 1",
    ]),
    "missing_folder": (("practices: practices", "practices: praktijken"), [
        "magazine.yml:8: 'practices': the folder praktijken does not exist",
    ]),
}


def problems(config) -> list[str]:
    with pytest.raises(ConfigError) as raised:
        load_config(config)
    return [str(p) for p in raised.value.problems]


@pytest.mark.parametrize("case", sorted(SETTINGS_CASES))
def test_settings_problem_names_key_line_and_allowed_values(case, edition_copy):
    (old, new), expected = SETTINGS_CASES[case]
    text = edition_copy.read_text()
    edition_copy.write_text(text.replace(old, new, 1) if old else text + new)
    assert problems(edition_copy) == expected


def with_data_copy(config):
    data = config.parent / "data"
    shutil.copytree(ROOT / "data", data)
    config.write_text(config.read_text().replace(f"data: {ROOT}/data", "data: data"))
    return data


def test_unknown_key_in_a_vocabulary_file(edition_copy):
    regions = with_data_copy(edition_copy) / "regions.yml"
    regions.write_text(regions.read_text().replace("cbs: AM05,", "cbs: AM05, provincie: overijssel,"))
    assert problems(edition_copy) == [
        "data/regions.yml:23: unknown key '[4].provincie'; did you mean 'provinces'? allowed keys: slug, name, aliases, "
        "cbs, short, tile, centre, provinces"]


@pytest.mark.parametrize("old, new, expected", [
    ("short: TWE, tile: [6, 3], ", "", [
        "data/regions.yml:23: the region 'twente' has no 'short' or 'tile'; every region needs 'short', 'tile' and "
        "'centre' for the map (see the comment at the top)"]),
    ("tile: [6, 3]", "tile: [5, 0]", [
        "data/regions.yml:23: the region 'twente' has the tile [5, 0] of 'groningen'; every region needs a square "
        "of its own"]),
])
def test_every_region_has_a_place_on_the_map(edition_copy, old, new, expected):
    regions = with_data_copy(edition_copy) / "regions.yml"
    text = regions.read_text()
    assert old in text
    regions.write_text(text.replace(old, new))
    assert problems(edition_copy) == expected


def test_a_vocabulary_must_be_a_list_of_terms(edition_copy):
    groups = with_data_copy(edition_copy) / "target_groups.yml"
    groups.write_text("wsw: Medewerkers met een Wsw-indicatie\n")
    assert problems(edition_copy) == [
        "data/target_groups.yml:1: invalid YAML: dit moet een lijst zijn, met '- ' voor elke waarde"]


def test_valid_settings_keep_their_types(edition_copy):
    edition_copy.write_text(edition_copy.read_text() + "crop_marks: true\n")
    config = load_config(edition_copy)
    assert config.crop_marks is True
    assert config.date.isoformat() == "2020-01-31"
    assert config.base_url == "https://example.org/testeditie/"
    assert [t.slug for t in config.vocabularies.themes] == ["detachering", "beschut-werk", "samenwerking"]
    assert config.vocabularies.themes[0].cmyk == (0.9, 0.3, 0.35, 0.25)


def test_a_settings_problem_exits_2_with_file_and_line(edition_copy):
    edition_copy.write_text(edition_copy.read_text() + 'crop_marks: "ja"\n')
    result = run("check", "--no-layout", "--config", str(edition_copy))
    assert result.returncode == 2
    assert result.stderr == """magazine.yml:38: 'crop_marks' must be true or false, not "ja"\n"""
