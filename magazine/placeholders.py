"""The sample texts of practices/_template.md: left in a practice, they are placeholders, not content.

Pure: the template's text in, its free-text values and paragraphs out; a practice's data in,
problems out. The template is the one place these texts are written, so they are never listed here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import frontmatter
from .errors import Problem
from .facets import FACETS

MOST_SEPARATE = 4  # more placeholders than this: the file is the template, said once
CHOSEN_FIELDS = {facet.field for facet in FACETS} | {"published", "layout"}  # codes and choices, not text
WHAT = {"title": "titel", "organisation": "naam van de organisatie", "summary": "samenvatting",
        "contact": "contactgegevens", "quote": "uitspraak", "image": "afbeelding en beschrijving",
        "figures": "kerncijfers", "former_names": "eerdere namen", "municipalities": "gemeenten"}


@dataclass(frozen=True)
class Placeholders:
    values: frozenset[tuple[tuple, str]]  # (path without list positions, text) of each free-text value
    paragraphs: frozenset[str]  # the body's paragraphs, whitespace normalised; headings left out

    @classmethod
    def none(cls) -> Placeholders:
        return cls(frozenset(), frozenset())

    @classmethod
    def parse(cls, text: str) -> Placeholders:
        split, _ = frontmatter.split(text, "practices/_template.md")
        if split is None:
            return cls.none()
        values = frozenset((_general(path), _normal(value)) for path, value in _leaves(split.data))
        paragraphs = frozenset(_normal(p) for p, _ in _paragraphs(split.body, 1) if not p.startswith("#"))
        return cls(values, paragraphs)

    def problems(self, data: dict, lines: dict, body: str, body_line: int, source: str) -> list[Problem]:
        problems = []
        for path, value in _leaves(data):
            if (_general(path), _normal(value)) in self.values:
                problems.append(Problem(source, frontmatter.line_at(lines, path), (
                    f"'{frontmatter.field_name(path)}' is nog de voorbeeldtekst uit practices/_template.md "
                    f"('{_short(value)}'); vul je eigen {WHAT.get(path[0], 'gegevens')} in")))
        for paragraph, line in _paragraphs(body, body_line):
            if _normal(paragraph) in self.paragraphs:
                problems.append(Problem(source, line, (
                    f"deze alinea is nog de uitleg uit practices/_template.md ('{_short(paragraph)}'); "
                    "vervang hem door je eigen tekst")))
        return problems if len(problems) <= MOST_SEPARATE else [_mostly_template(problems, source)]


def _mostly_template(problems: list[Problem], source: str) -> Problem:
    """A copy of the template hardly filled in: one message, not twenty."""
    lines = ", ".join(str(p.line) for p in problems)
    return Problem(source, 1, (
        f"dit is nog grotendeels de voorbeeldtekst uit practices/_template.md (regel {lines}); "
        "vervang die door de gegevens en de tekst van je eigen voorbeeld"))


def _leaves(data: dict):
    """(path, text) of every free-text value in front matter; shorter ones, like a key figure "42",
    are too common to be a placeholder."""
    for at, value in frontmatter.text_values(data):
        text = str(value).strip() if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""
        if at[0] not in CHOSEN_FIELDS and len(text) >= 8:
            yield at, str(value)


def _paragraphs(body: str, first_line: int):
    """(text, file line) of each paragraph: lines between blank lines."""
    current, start = [], first_line
    for number, line in enumerate(body.split("\n"), first_line):
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            yield " ".join(current), start
            current = []
    if current:
        yield " ".join(current), start


def _general(path: tuple) -> tuple:
    return tuple(part for part in path if not isinstance(part, int))


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:47] + "..."
