"""The typographic filter applied to every rendered document (magazine/typeset.py)."""
from __future__ import annotations

import pytest

from magazine.typeset import typeset


@pytest.mark.parametrize("html, expected", [
    ("<p>collega's en foto's</p>", "<p>collega’s en foto’s</p>"),
    ("<p>zo'n dag, 's avonds en 't werk</p>", "<p>zo’n dag, ’s avonds en ’t werk</p>"),
    ("<p>het woord 'samen' telt</p>", "<p>het woord ‘samen’ telt</p>"),
    ("<dt>Thema&#39;s</dt>", "<dt>Thema’s</dt>"),
    ('<a href="/o\'brien" title="it\'s">O\'Brien</a>', '<a href="/o\'brien" title="it\'s">O’Brien</a>'),
    ("<style>a::before { content: '„'; }</style><p>'t</p>", "<style>a::before { content: '„'; }</style><p>’t</p>"),
    ("<code>x = 'a'</code> en 'b'", "<code>x = 'a'</code> en ‘b’"),
])
def test_apostrophes_and_single_quotes_become_typographic_only_in_text(html, expected):
    assert typeset(html) == expected


@pytest.mark.parametrize("html, expected", [
    ("<p>Een zin die eindigt op samenwerking.</p>", '<p>Een zin die eindigt op <span class="keep">samenwerking</span>.</p>'),
    ("<li>twee <strong>werkgevers</strong></li>", '<li>twee <strong><span class="keep">werkgevers</span></strong></li>'),
    ("<p>Kort woord: ja.</p>", "<p>Kort woord: ja.</p>"),  # too short to be hyphenated anyway
    ("<h2>Een kop zonder afbreking</h2>", "<h2>Een kop zonder afbreking</h2>"),
])
def test_for_print_the_last_word_of_a_paragraph_is_kept_whole(html, expected):
    assert typeset(html, for_print=True) == expected
    assert "keep" not in typeset(html)


def test_the_words_an_article_lists_are_kept_whole_inside_it_only():
    html = ('<article data-keep-whole="werkgevers"><p>De werkgevers en de werkgevers tellen mee</p></article>'
            "<p>Andere werkgevers niet</p>")
    assert typeset(html, for_print=True) == (
        '<article data-keep-whole="werkgevers"><p>De <span class="keep">werkgevers</span> en de '
        '<span class="keep">werkgevers</span> tellen mee</p></article><p>Andere werkgevers niet</p>')


def test_for_print_a_compound_is_marked_so_display_type_does_not_break_it_at_its_hyphen():
    assert typeset("<h2>Mbo voor sw-medewerkers nu</h2>", for_print=True) == \
        '<h2>Mbo voor <span class="compound">sw-medewerkers</span> nu</h2>'
    assert typeset("<h2>sw-medewerkers</h2>") == "<h2>sw-medewerkers</h2>"


@pytest.mark.parametrize("flags, runs", [
    ([True, True, False, True, True, True, False], [(3, 3)]),
    ([True, True, True, True, True], [(0, 5)]),
    ([True, True], []),
])
def test_runs_of_three_or_more_hyphenated_lines_are_found(flags, runs):
    from magazine.pdf import _runs
    assert _runs(flags) == runs
