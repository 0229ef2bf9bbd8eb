"""Typographic clean-up of rendered HTML, applied once to every finished document (magazine/render.py,
magazine/site.py), so no template or text has to remember it. Pure: text in, text out.

Everywhere: apostrophes and single quotes become typographic in all text (collega’s, zo’n,
’s avonds, ‘zo’), never inside tags, attribute values, styles or scripts; a paragraph, list item,
heading, quote or cell whose text begins in a right-to-left script (Arabic, Persian, Hebrew) gets
dir="rtl", so it is set from the right in both PDFs and on the site (a few words of it inside Dutch
text stay in the Dutch paragraph: the bidi algorithm orders them).

For print (the CSS that uses these classes is in templates/print/typography.css):
- the last word of every paragraph and list item is kept whole (`<span class="keep">`), so that
  no paragraph ends in a lone syllable;
- the words an article lists in `data-keep-whole` are kept whole inside it: copy-fitting found
  them at the third of three hyphenated lines in a row (magazine/copyfit.py);
- a compound with a hyphen (sw-medewerkers) is marked `<span class="compound">`, so display type
  never breaks it at its hyphen.
"""
from __future__ import annotations

import html as html_escape
import re
import unicodedata

TAG = re.compile(r"(<[^>]*>)")
RAW = ("style", "script", "pre", "code", "textarea", "svg")  # their text is not prose (an SVG title is alt text)
ENTITIES = {"&#39;": "'", "&#x27;": "'", "&apos;": "'"}
ELISION = re.compile(r"(?<![\w’])'(?=(?:s|t|n|k)\b)")  # ’s avonds, ’t, ’n: an elided word, not an opening quote
OPENING = re.compile(r"(?:^|(?<=[\s(\[„“—–-]))'")
LAST_WORD = re.compile(r"(\w[\w’-]{5,})(\W*)$")  # shorter words are never hyphenated (hyphenate-limit-chars)
COMPOUND = re.compile(r"\b\w+(?:-\w+)+\b|\b\w+- (?:en|of)\b")  # sw-medewerkers; praktijk- en vso
BLOCK = re.compile(r"<(p|li|h[1-6]|blockquote|figcaption|td|th|dt|dd)\b[^>]*>$", re.I)
KEEP_WHOLE = re.compile(r'\bdata-keep-whole="([^"]*)"')


def typographic(text: str) -> str:
    """Straight apostrophes and single quotes in one piece of text made typographic."""
    for entity, char in ENTITIES.items():
        text = text.replace(entity, char)
    text = ELISION.sub("’", text)
    text = OPENING.sub("‘", text)
    return text.replace("'", "’")


def typeset(html: str, for_print: bool = False) -> str:
    """`html` with typographic apostrophes in its text; for print also the spans described above."""
    parts = _directed(TAG.split(html))
    prose: list[int] = []  # indices of the text parts that are prose
    raw_until = None  # the closing tag that ends a raw element being skipped
    last_text = None  # index of the last part with a word since a paragraph or list item opened
    kept: re.Pattern | None = None  # the words to keep whole in the current article
    for index, part in enumerate(parts):
        if index % 2 == 0:
            if part and not raw_until:
                text = typographic(part)
                parts[index] = kept.sub(r'<span class="keep">\1</span>', text) if kept and for_print else text
                prose.append(index)
                last_text = index if re.search(r"\w", part) else last_text
            continue
        lower = part.lower()
        if raw_until:
            raw_until = None if lower.startswith(raw_until) else raw_until
        elif (name := re.match(r"<(\w+)", lower)) and name[1] in RAW and not lower.endswith("/>"):
            raw_until = f"</{name[1]}"
        elif lower.startswith("<article"):
            words = KEEP_WHOLE.search(part)
            kept = _words_pattern(html_escape.unescape(words[1]).split()) if words else None
        elif lower.startswith("</article"):
            kept = None
        elif re.match(r"<(p|li)\b", lower):
            last_text = None
        elif for_print and lower.startswith(("</p>", "</li>")) and last_text is not None:
            parts[last_text] = LAST_WORD.sub(r'<span class="keep">\1</span>\2', parts[last_text], count=1)
            last_text = None
    if for_print:
        for index in prose:
            parts[index] = _marked_compounds(parts[index])
    return "".join(parts)


def _directed(parts: list[str]) -> list[str]:
    """dir="rtl" on each block whose first strong character (skipping tags) is right-to-left."""
    for index in range(1, len(parts), 2):
        tag = parts[index]
        if BLOCK.match(tag) and " dir=" not in tag and _first_strong(parts, index + 1) == "rtl":
            parts[index] = tag[:-1].rstrip("/") + ' dir="rtl">' if not tag.endswith("/>") else tag
    return parts


def _first_strong(parts: list[str], start: int) -> str | None:
    raw = 0
    for index in range(start, len(parts)):
        if index % 2:
            raw += 1 if re.match(r"<(style|script)\b", parts[index], re.I) else 0
            raw -= 1 if re.match(r"</(style|script)\b", parts[index], re.I) else 0
            continue
        for char in (html_escape.unescape(parts[index]) if not raw else ""):
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return "rtl"
            if kind == "L":
                return "ltr"
    return None


def _words_pattern(words: list[str]) -> re.Pattern | None:
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")\b") if words else None


def _marked_compounds(text: str) -> str:
    # only outside the spans added above: split them off first
    pieces = re.split(r"(<[^>]*>)", text)
    return "".join(piece if i % 2 else COMPOUND.sub(r'<span class="compound">\g<0></span>', piece)
                   for i, piece in enumerate(pieces))
