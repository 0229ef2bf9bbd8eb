"""Copy-fitting rules (magazine/fit.py): which designs a practice can have, the rhythm, the flex search."""
from __future__ import annotations

import itertools
import json
import pickle
from dataclasses import replace

import pytest

from magazine import fit
from magazine.copyfit import render_practices
from magazine.errors import ConfigError, ContentError, Problem
from magazine.layout import fill_problems, page_geometry, spread_problems
from magazine.model import Edition, Quote
from magazine.pipeline import load_edition
from magazine.render import environment
from magazine.sources import check_file

from .conftest import EDITION, FIXTURES, ROOT, copy_of_fixture_edition


@pytest.fixture(scope="module")
def practice():
    return next(p for p in load_edition(EDITION).practices if p.slug == "kas-aan-de-dijk")


def test_designs_need_their_content(practice):
    assert [d.name for d in fit.applicable(practice)] == ["beeldband", "beeldkop", "citaat", "slotbeeld", "kort",
                                                          "reportage"]
    assert [d.name for d in fit.applicable(replace(practice, image=None))] == ["citaat"]
    assert fit.applicable(replace(practice, image=None, quote=None)) == []


def test_a_photo_limits_the_picture_to_300_ppi():
    band = fit.BY_NAME["beeldband"]
    assert fit.flex_range(band, None) == band.flex
    assert fit.flex_range(band, 146.7) == (band.flex[0], 146.7)
    assert fit.flex_range(fit.BY_NAME["citaat"], 146.7) == fit.BY_NAME["citaat"].flex  # the quote is the flex


def test_rhythm_never_repeats_a_design_when_another_fits(practice):
    practices = [replace(practice, slug=f"p{i}") for i in range(12)]
    every = {d.name: sum(d.flex) / 2 for d in fit.DESIGNS}
    chosen = [fit.choose(practices, {p.slug: every for p in practices}, {})[p.slug].design for p in practices]
    assert all(a != b for a, b in itertools.pairwise(chosen)), chosen
    assert len(set(chosen)) >= 5


def test_a_feature_only_for_a_text_too_long_for_every_spread_and_it_breaks_the_sequence(practice):
    practices = [replace(practice, slug=s) for s in ("a", "b", "c", "d")]
    options = {"a": {"citaat": 100.0, "reportage": 60.0}, "b": {"reportage": 120.0},
               "c": {"citaat": 90.0, "cijfers": 80.0}, "d": {"citaat": 95.0, "cijfers": 85.0}}
    chosen = {slug: layout.design for slug, layout in fit.choose(practices, options, {}).items()}
    assert chosen == {"a": "citaat", "b": "reportage", "c": "citaat", "d": "cijfers"}
    assert fit.Layout("reportage", 60.0).pages == 4 and fit.Layout("citaat", 60.0).pages == 2


def test_an_editors_layout_wins(practice):
    practices = [replace(practice, slug="a"), replace(practice, slug="b")]
    options = {"a": {"citaat": 100.0, "beeldband": 120.0}, "b": {"citaat": 90.0}}
    chosen = fit.choose(practices, options, {"a": "citaat"})
    assert chosen["a"] == fit.Layout("citaat", 100.0)
    assert chosen["b"] == fit.Layout("citaat", 90.0)  # the only one that fits, even twice in a row


FULL = (1.0, 0.95)


@pytest.mark.parametrize("design, start, renders, tried, best", [
    # over (200 -> 116), short (116 -> 152), then on target
    ("beeldband", 200.0, [(600, FULL), (480, FULL), (514, FULL)], [200.0, 116.0, 152.0], 152.0),
    # a jump (116 over, 93 short): bisects, keeps the largest that fits
    ("beeldband", 200.0, [(600, FULL), (600, FULL), (470, FULL), (470, FULL)], [200.0, 116.0, 93.0, 104.5], 104.5),
    # room under the first page's last block is taken first (24.9 mm), then the text is 16 mm short, and
    # growing further makes a block jump: the largest flex with a full first page is kept
    ("beeldband", 150.0, [(500, (0.9, 0.95)), (500, FULL), (600, (0.8, 0.95))], [150.0, 174.9, 190.9], 174.9),
    # a block jumped twice without a fit: the smallest flex says at once that the design cannot fit
    ("beeldband", 200.0, [(560, (0.9, 0.95)), (560, (0.8, 0.95)), (560, (0.6, 0.95))], [200.0, 156.0, 70.0], 70.0),
    # a closing picture jumped to the next page (4 mm margin): made as tall as the room the text left
    ("slotbeeld", 170.0, [(692, (0.95, 0.40)), (515, (0.95, 0.99))], [170.0, 149.4], 149.4),
])
def test_flex_search(design, start, renders, tried, best):
    search = fit.FlexSearch(fit.Layout(design, start), fit.BY_NAME[design].flex)
    flexes = []
    for end, fills in renders:
        assert not search.done
        flexes.append(search.next_layout().flex_mm)
        search.record(end, 259.0, fills)
    assert search.done or len(renders) > fit.ROUNDS
    assert flexes == tried
    assert search.best().flex_mm == best


def test_layout_field_is_a_closed_list(fixture_context, tmp_path):
    source = (FIXTURES / "edition" / "practices" / "kas-aan-de-dijk.md").read_text()
    path = tmp_path / "ontwerp.md"
    path.write_text(source.replace("published: 2020-01-15", "published: 2020-01-15\nlayout: poster"))
    _, problems = check_file(path, "practices/ontwerp.md", "ontwerp", fixture_context)
    assert [str(p) for p in problems] == [
        "practices/ontwerp.md:20: 'poster' is geen ontwerp van het magazine; kies uit: beeldband, beeldkop, "
        "citaat, cijfers, slotbeeld, kort, reportage, of laat 'layout' weg"]


def test_a_page_emptier_than_a_quarter_fails_with_the_design_named(practice):
    assert fill_problems(practice, "citaat", (0.98, 0.80), fit.MAX_EMPTY) == []
    assert [str(p) for p in fill_problems(practice, "citaat", (0.98, 0.70), fit.MAX_EMPTY)] == [
        "practices/kas-aan-de-dijk.md:21: pagina 2 van het ontwerp 'citaat' is voor 30 % leeg (hooguit 25 % mag); "
        "kies met 'layout:' een ander ontwerp of pas de tekst aan"]


MAGAZINE_CASES = {
    # case: (layout or None, start page, end page, text end in mm down its page, how far down content reaches
    # on every page in mm, the problems)
    "fitted_and_full": (fit.Layout("citaat", 80.0), 4, 5, 200.0, 270.0, []),
    "fitted_but_runs_over_in_the_magazine": (fit.Layout("citaat", 80.0), 4, 6, 60.0, 270.0, [
        "practices/kas-aan-de-dijk.md:1: staat in het tijdschrift anders dan in zijn eigen opmaak (ontwerp citaat, "
        "pagina 4 tot en met 6): niet de tekst maar de opmaak eromheen is fout; meld dit met deze melding aan wie "
        "de opmaak onderhoudt, en kijk of het voorbeeld ervoor doorloopt op deze pagina's"]),
    "fitted_but_half_empty_in_the_magazine": (fit.Layout("citaat", 80.0), 4, 5, 120.0, 120.0, [
        "practices/kas-aan-de-dijk.md:1: staat in het tijdschrift anders dan in zijn eigen opmaak (ontwerp citaat, "
        "pagina 4 tot en met 5): niet de tekst maar de opmaak eromheen is fout; meld dit met deze melding aan wie "
        "de opmaak onderhoudt, en kijk of het voorbeeld ervoor doorloopt op deze pagina's"]),
    "not_fitted_and_too_long": (None, 4, 6, 100.0, 270.0, ["past niet op twee pagina's"]),
    "starts_on_a_right_page": (fit.Layout("citaat", 80.0), 5, 6, 200.0, 270.0, [
        "practices/kas-aan-de-dijk.md:1: begint op een rechterpagina (5); controleer de opmaak"]),
}


@pytest.mark.parametrize("case", MAGAZINE_CASES)
def test_the_magazine_tells_a_layout_fault_from_a_text_too_long(practice, case):
    layout, start, end, end_mm, bottom, expected = MAGAZINE_CASES[case]
    edition = type("Edition", (), {"practices": (practice,)})
    anchors = {practice.slug: (start, 20.0), practice.end_anchor: (end, end_mm)}
    problems = [str(p) for p in spread_problems(edition, anchors, (bottom,) * 8, page_geometry(ROOT / "templates"),
                                                {practice.slug: layout} if layout else {}, fit.MAX_EMPTY)]
    if expected and expected[0].startswith("past niet"):
        assert len(problems) == 1 and expected[0] in problems[0]
    else:
        assert problems == expected


def test_errors_cross_process_boundaries_whole():
    content = ContentError([Problem("practices/a.md", 3, "x")])
    config = ConfigError(problems=[Problem("templates/partials/practice.html", 9, "template error: y")])
    assert pickle.loads(pickle.dumps(content)).problems == content.problems
    assert str(pickle.loads(pickle.dumps(config))) == "templates/partials/practice.html:9: template error: y"


def test_the_schema_lists_exactly_the_designs_of_fit_py():
    schema = json.loads((ROOT / "schema" / "practice.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["layout"]["enum"] == [design.name for design in fit.DESIGNS]


@pytest.mark.slow
def test_every_design_prints_the_picture_as_wide_as_fit_says(tmp_path):
    """Design.picture_mm is what the fast check holds a photo's pixels against; designs.css sets the real width."""
    edition = load_edition(copy_of_fixture_edition(tmp_path))
    haven = next(p for p in edition.practices if p.slug == "detacheren-in-de-haven")  # a 2600 px photo
    practice = replace(haven, quote=Quote("Hier telt wat je kunt.", "Een medewerker"))
    one = Edition.assemble(edition.config, [practice])
    env = environment(edition.config.templates_dir)
    layouts = {design: {practice.slug: fit.Layout(design.name, design.flex[0])} for design in fit.DESIGNS}
    widths = {design.name: [image.width_mm for image in render_practices(one, env, layouts[design], True)[
        practice.slug].images] for design in fit.DESIGNS}
    assert {name: bool(found) for name, found in widths.items()} == {d.name: True for d in fit.DESIGNS}
    for design in fit.DESIGNS:  # never narrower than said (a sharp photo refused); at most the 3 mm bleed wider
        assert design.picture_mm - 0.5 <= min(widths[design.name]) <= design.picture_mm + 3.5, (design.name, widths)
