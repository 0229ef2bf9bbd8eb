"""The committed fonts, as templates/fonts/fonts.css declares them: the one place that says
which families the magazine may use and which characters they can draw."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import tinycss2

FONTS_CSS = "fonts/fonts.css"  # below the templates folder; used by the site and both PDFs


@dataclass(frozen=True)
class FontFace:
    family: str
    style: str  # normal or italic
    weight: str  # "400", "700"
    file: Path


def font_faces(templates_dir: Path) -> tuple[FontFace, ...]:
    """Every @font-face in fonts.css, with its file resolved."""
    css_path = templates_dir / FONTS_CSS
    rules = tinycss2.parse_stylesheet(css_path.read_text(encoding="utf-8"), skip_comments=True, skip_whitespace=True)
    faces = []
    for rule in rules:
        if rule.type != "at-rule" or rule.lower_at_keyword != "font-face":
            continue
        declarations = tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True)
        values = {d.lower_name: d.value for d in declarations if d.type == "declaration"}
        family = next(t.value for t in values["font-family"] if t.type == "string")
        name = next(_url(t) for t in values["src"] if _url(t))
        faces.append(FontFace(family, _keyword(values.get("font-style"), "normal"),
                              _keyword(values.get("font-weight"), "400"), css_path.parent / name))
    return tuple(faces)


def committed_families(templates_dir: Path) -> frozenset[str]:
    return frozenset(face.family for face in font_faces(templates_dir))


@cache
def drawable_characters(templates_dir: Path) -> frozenset[int]:
    """Characters that every committed family can draw in its regular face (serif for text, sans for headings)."""
    from fontTools.ttLib import TTFont

    families: dict[str, set[int]] = {}
    for face in font_faces(templates_dir):
        if face.style == "normal" and face.weight == "400":
            families.setdefault(face.family, set()).update(TTFont(face.file).getBestCmap())
    return frozenset(set.intersection(*families.values())) if families else frozenset()


def font_css_for(css_path: Path, text: str) -> tuple[str, tuple[int, ...]]:
    """fonts.css with only the @font-face rules whose unicode-range holds a character of `text`, and the
    numbers of the rules kept. Every face makes each text run's font match slower (three times slower
    with the faces for the other scripts), and a document needs the Latin ones and seldom any other."""
    rules = _font_rules(css_path.read_bytes())
    characters = {ord(char) for char in set(text)}
    kept = tuple(i for i, (_, points) in enumerate(rules) if points is None or not points.isdisjoint(characters))
    return "\n".join(rules[i][0] for i in kept), kept


@cache
def _font_rules(css: bytes) -> tuple[tuple[str, frozenset[int] | None], ...]:
    """(rule as CSS, the code points of its unicode-range or None) for every rule of a fonts stylesheet."""
    rules = []
    for rule in tinycss2.parse_stylesheet(css.decode("utf-8"), skip_comments=True, skip_whitespace=True):
        points = None
        if rule.type == "at-rule" and rule.lower_at_keyword == "font-face":
            for declaration in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True):
                if declaration.type == "declaration" and declaration.lower_name == "unicode-range":
                    points = frozenset(code_points(tinycss2.serialize(declaration.value)))
        rules.append((rule.serialize(), points))
    return tuple(rules)


def code_points(ranges: str):
    """The code points of a unicode-range value such as "U+0000-00FF, U+0131"."""
    for part in ranges.split(","):
        start, _, end = part.strip().upper().removeprefix("U+").partition("-")
        yield from range(int(start, 16), int(end or start, 16) + 1)


def _url(token) -> str | None:
    if token.type == "url":
        return token.value
    if token.type == "function" and token.lower_name == "url":
        return next(a.value for a in token.arguments if a.type == "string")
    return None


def _keyword(tokens, default: str) -> str:
    for token in tokens or ():
        if token.type in ("ident", "number"):
            return str(token.value if token.type == "ident" else token.int_value or token.value)
    return default
