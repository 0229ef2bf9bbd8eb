"""Markdown rendering and sanitizing: what contributors write is shown, nothing unsafe gets through."""
from __future__ import annotations

import pytest

from magazine.markup import sanitize, split_sections, to_html

BODY = """## Wat

Ze zei "goed zo" en 'prima'.[^1]

| Taak | Uren |
|:-----|-----:|
| Zaaien | 12 |

[^1]: Een voetnoot.

## Tip

```
code blijft code
```
"""


def test_sections_and_footnotes_are_split():
    sections, footnotes = split_sections(to_html(BODY), "kas")
    assert [s.title for s in sections] == ["Wat", "Tip"]
    assert 'id="kas-fn:1"' in footnotes
    assert 'href="#kas-fnref:1"' in footnotes
    assert '<sup id="kas-fnref:1"><a class="footnote-ref" href="#kas-fn:1"' in sections[0].html


def test_dutch_quotes_and_tables():
    sections, _ = split_sections(to_html(BODY), "kas")
    assert "„goed zo”" in sections[0].html
    assert "‘prima’" in sections[0].html
    assert '<td style="text-align:right">12</td>' in sections[0].html
    assert "<pre><code>code blijft code\n</code></pre>" in sections[1].html


@pytest.mark.parametrize("raw, expected", [
    ('<p>hoi<script>alert(1)</script></p>', "<p>hoi</p>"),
    ('<p><a href="javascript:alert(1)">x</a></p>', '<p><a rel="noopener">x</a></p>'),
    ('<p><a href="../geheim.md">x</a></p>', '<p><a rel="noopener">x</a></p>'),
    ('<p><a href="https://example.org" onclick="x()">x</a></p>', '<p><a href="https://example.org" rel="noopener">x</a></p>'),
    ('<p><a href="mailto:a@example.org">a</a> <a href="tel:0301234567">b</a></p>',
     '<p><a href="mailto:a@example.org" rel="noopener">a</a> <a href="tel:0301234567" rel="noopener">b</a></p>'),
    ('<p><img src="x.jpg" onerror="x()"></p>', "<p></p>"),
    ('<p style="color:red" class="evil" id="top">x</p>', "<p>x</p>"),
    ('<iframe src="https://example.org"></iframe>', ""),
])
def test_sanitize_allows_only_safe_html(raw, expected):
    assert sanitize(raw, "kas") == expected
