"""What the reader finds the practices by: the register's parts, the contents spread, the cover lines and the
ISBN bar code. Fast: the edition model and the drawn bar code, no render (test_pdf.py reads them back)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from magazine.config import check_cover_lines
from magazine.ean import ean13_svg, human_readable
from magazine.errors import ConfigError
from magazine.model import Edition
from magazine.pipeline import load_edition

from .conftest import EDITION

# EAN-13 digit patterns (GS1 General Specifications 5.2.1.2): L and G on the left, R on the right
L_CODES = ["0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111", "0111011", "0110111", "0001011"]
G_CODES = ["".join("1" if b == "0" else "0" for b in code)[::-1] for code in L_CODES]
R_CODES = ["".join("1" if b == "0" else "0" for b in code) for code in L_CODES]
FIRST_DIGIT = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"]


@pytest.fixture(scope="module")
def edition() -> Edition:
    return load_edition(EDITION)


def test_organisations_are_filed_on_their_own_name_with_a_cross_reference(edition):
    entries = edition.register_of_organisations
    assert [(e.letter, e.name, [p.slug for p in e.practices], e.see) for e in entries] == [
        ("H", "Havenwerk Testmond", ["detacheren-in-de-haven"], ()),
        ("S", "Schoonmaakbedrijf Testdorp Werkt", ["schoonmaak-met-perspectief"], ()),
        ("T", "Testdorp, Werkbedrijf", ["kas-aan-de-dijk"], ()),
        ("W", "Werkbedrijf", [], ("Testdorp",)),
    ]


def test_register_parts_list_only_terms_with_practices(edition):
    assert [(e.name, [p.slug for p in e.practices]) for e in edition.by_term("province")] == [
        ("Zeeland", ["kas-aan-de-dijk", "schoonmaak-met-perspectief"]),
        ("Zuid-Holland", ["detacheren-in-de-haven"]),
    ]
    assert [e.name for e in edition.by_term("region")] == ["Rijnmond", "Zeeland"]


def test_contents_spread_splits_the_themes_between_its_two_pages(edition):
    left, right = edition.contents_pages
    assert [g.theme.slug for g in left] == ["detachering"]
    assert [g.theme.slug for g in right] == ["beschut-werk"]


def test_cover_lines_are_the_editors_choice_or_one_practice_per_theme(edition):
    assert [p.slug for p in edition.cover_practices] == ["detacheren-in-de-haven", "kas-aan-de-dijk"]
    chosen = replace(edition, config=replace(edition.config, cover_lines=("schoonmaak-met-perspectief", "kas-aan-de-dijk")))
    assert [p.slug for p in chosen.cover_practices] == ["schoonmaak-met-perspectief", "kas-aan-de-dijk"]


def test_a_cover_line_must_name_a_practice(edition):
    config = replace(edition.config, cover_lines=("kas-aan-dijk",), cover_lines_line=30)
    with pytest.raises(ConfigError) as raised:
        check_cover_lines(config, {p.slug for p in edition.practices})
    assert [str(p) for p in raised.value.problems] == [
        "magazine.yml:30: 'cover_lines': no practice has the slug 'kas-aan-dijk'; did you mean 'kas-aan-de-dijk'? "
        "write the name of its file in practices/ without .md"]


def decoded(svg: str) -> str:
    """The 13 digits an EAN-13 scanner reads from the drawn bars (module positions from the rects)."""
    width = int(re.search(r'viewBox="0 0 (\d+) ', svg)[1])
    modules = ["0"] * width
    for x, w in re.findall(r'<rect x="(\d+)" y="0" width="(\d+)"', svg):
        modules[int(x):int(x) + int(w)] = ["1"] * int(w)
    bars = "".join(modules).strip("0")
    assert len(bars) == 95 and bars[:3] == bars[-3:] == "101" and bars[45:50] == "01010"
    left = [bars[3 + 7 * i: 10 + 7 * i] for i in range(6)]
    right = [bars[50 + 7 * i: 57 + 7 * i] for i in range(6)]
    parity = "".join("L" if code in L_CODES else "G" for code in left)
    digits = [L_CODES.index(c) if c in L_CODES else G_CODES.index(c) for c in left] + [R_CODES.index(c) for c in right]
    return str(FIRST_DIGIT.index(parity)) + "".join(map(str, digits))


@pytest.mark.parametrize("isbn", ["978-3-16-148410-0", "9789012345675", "979-10-90636-07-1"])
def test_the_bar_code_encodes_the_isbn(isbn):
    svg = ean13_svg(isbn, "#000000", f"ISBN {isbn}")
    assert decoded(svg) == isbn.replace("-", "")
    assert svg.count("<rect") == 30  # 2 + 12 + 2 + 12 + 2 bars
    assert f"<title>ISBN {isbn}</title>" in svg
    assert 'width="37.29mm"' in svg  # 113 modules of 0.33 mm: the bars at 100 % with their quiet zones


def test_the_digits_under_the_bar_code_are_grouped_as_printed():
    assert human_readable("978-3-16-148410-0") == "9 783161 484100"
