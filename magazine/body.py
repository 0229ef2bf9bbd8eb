"""Check the Markdown body's structure: the four fixed sections, in order, none empty. Pure."""
from __future__ import annotations

import difflib
import re

from .errors import Problem

SECTIONS = ("Wat", "Aanpak", "Resultaat", "Tip")
ORDER = ", ".join(SECTIONS)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def find_headings(body: str, body_line: int) -> list[tuple[int, str, int]]:
    """(level, text, file line) of every ATX heading outside fenced code."""
    headings, in_fence = [], False
    for index, line in enumerate(body.split("\n")):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        elif not in_fence and (match := HEADING.match(line)):
            headings.append((len(match[1]), match[2], body_line + index))
    return headings


def check_body(body: str, body_line: int, source: str) -> list[Problem]:
    problems: list[Problem] = []
    lines = body.split("\n")
    last_line = body_line + len(lines) - 1
    found: dict[str, int] = {}  # section -> line
    misspelt: set[str] = set()
    for level, text, line in find_headings(body, body_line):
        if level != 2:
            problems.append(Problem(source, line, (
                f"gebruik alleen de koppen ## {', ## '.join(SECTIONS)}; maak van "
                f"'{'#' * level} {text}' gewone of **vetgedrukte** tekst")))
        elif text not in SECTIONS:
            guess = difflib.get_close_matches(text.capitalize(), SECTIONS, n=1, cutoff=0.5)
            hint = f"bedoelde je '## {guess[0]}'?" if guess else f"de secties zijn: {ORDER}"
            problems.append(Problem(source, line, f"onbekende sectie '## {text}'; {hint}"))
            misspelt.update(guess)  # its "did you mean" already says the section is missing
        elif text in found:
            problems.append(Problem(source, line, f"de sectie '## {text}' staat er twee keer in; voeg ze samen"))
        else:
            found[text] = line
    problems += _order_problems(found, source)
    problems += _missing_problems(found, misspelt, last_line, source)
    problems += _content_problems(lines, body_line, found, source)
    return problems


def _order_problems(found: dict[str, int], source: str) -> list[Problem]:
    problems, highest = [], -1
    for text, line in sorted(found.items(), key=lambda item: item[1]):
        position = SECTIONS.index(text)
        if position < highest:
            problems.append(Problem(source, line, (
                f"de sectie '## {text}' staat op de verkeerde plek; de volgorde is {ORDER}")))
        highest = max(highest, position)
    return problems


def _missing_problems(found: dict[str, int], misspelt: set[str], last_line: int, source: str) -> list[Problem]:
    problems = []
    for position, text in enumerate(SECTIONS):
        if text in found or text in misspelt:
            continue
        later = [found[s] for s in SECTIONS[position + 1:] if s in found]
        if later:
            where, place = min(later), f"voeg hem toe boven regel {min(later)}"
        else:
            where, place = last_line, "voeg hem toe aan het eind"
        problems.append(Problem(source, where, (
            f"de sectie '## {text}' ontbreekt; {place} (de secties zijn: {ORDER})")))
    return problems


def _content_problems(lines: list[str], body_line: int, found: dict[str, int], source: str) -> list[Problem]:
    """Text before the first section, and sections without text."""
    problems = []
    starts = sorted(found.values())
    first = starts[0] if starts else body_line + len(lines)
    if any(line.strip() for line in lines[: first - body_line]):
        line = body_line + next(i for i, text in enumerate(lines) if text.strip())
        problems.append(Problem(source, line, (
            "er staat tekst vóór de eerste sectie; zet die onder '## Wat' of in 'summary'")))
    ends = starts[1:] + [body_line + len(lines)]
    for text, start in found.items():
        end = ends[starts.index(start)]
        if not any(line.strip() for line in lines[start - body_line + 1: end - body_line]):
            problems.append(Problem(source, start, f"de sectie '## {text}' is leeg; schrijf er een paar zinnen onder"))
    return problems
