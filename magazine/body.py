"""Check the Markdown body's structure: the four fixed sections, in order, none empty. Pure."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .errors import Problem

SECTIONS = ("Wat", "Aanpak", "Resultaat", "Tip")
ORDER = ", ".join(SECTIONS)
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
ATX = re.compile(r"^ {0,3}#{1,6}(\s|$)")
CONTAINER_MARKS = re.compile(r"^\s*(?:(?:[-*+]|\d+[.)]|>)\s*)+")  # list items and quotes around a heading
UNDERLINE = re.compile(r"^ {0,3}(=+|-+)\s*$")


@dataclass(frozen=True)
class Heading:
    """A heading as the Markdown parse made it, with where it stands in the file."""

    level: int
    text: str  # plain text, as rendered
    line: int  # file line of the heading text
    underline: str = ""  # the '---' or '===' line below a setext heading; empty for '## ' headings
    nested: bool = False  # inside a list item, quote or table cell


def locate_headings(parsed: list[tuple[int, str, bool]], body: str, body_line: int) -> list[Heading]:
    """Give each heading of the parse (level, text, nested) its file line.

    The parse decides what is a heading; this only finds where it stands: the next
    '#' line, or text line above a '---'/'===' line, whose text matches.
    """
    candidates = _candidate_lines(body.split("\n"))
    headings, start = [], 0
    for level, text, nested in parsed:
        found = next((i for i in range(start, len(candidates)) if _same(candidates[i][1], text)), None)
        if found is None:
            line = headings[-1].line if headings else body_line
            headings.append(Heading(level, text, line, nested=nested))
            continue
        index, _, underline = candidates[found]
        headings.append(Heading(level, text, body_line + index, underline, nested))
        start = found + 1
    return headings


def _candidate_lines(lines: list[str]) -> list[tuple[int, str, str]]:
    """(index, text, underline) of every line outside fenced code that could be a heading."""
    found, fence = [], None
    for index, line in enumerate(lines):
        if match := FENCE.match(line):
            fence = None if fence and match[1].startswith(fence) else (fence or match[1][:3])
        elif fence:
            continue
        elif ATX.match(CONTAINER_MARKS.sub("", line)):
            found.append((index, CONTAINER_MARKS.sub("", line).strip().strip("#"), ""))
        elif line.strip() and index + 1 < len(lines) and UNDERLINE.match(lines[index + 1]):
            found.append((index, line, lines[index + 1].strip()))
    return found


TEXT_HEADING = re.compile(r"^\s*(?:\*\*|__)?\s*([A-Za-z]+\s*:?)\s*(?:\*\*|__)?\s*:?\s*$")


def _same(source_text: str, rendered: str) -> bool:
    def letters(text: str) -> str:
        return "".join(char for char in text.casefold() if char.isalnum())
    return letters(source_text) == letters(rendered)


def check_body(headings: list[Heading], body: str, body_line: int, source: str) -> list[Problem]:
    problems: list[Problem] = []
    lines = body.split("\n")
    last_line = body_line + len(lines) - 1
    found: dict[str, int] = {}  # section -> line
    misspelt: set[str] = set()
    for heading in headings:
        level, text, line = heading.level, heading.text, heading.line
        if heading.nested:
            problems.append(Problem(source, line, (
                f"de kop '{text}' staat in een lijst, citaat of tabel; zet een sectiekop "
                "aan het begin van een eigen regel, zoals '## Aanpak'")))
            if text in SECTIONS:
                found.setdefault(text, line)  # present, if misplaced: not also "missing"
        elif heading.underline:
            problems.append(_setext_problem(heading, source))
            if text in SECTIONS and level == 2 and text not in found:
                found[text] = line
        elif level != 2 and (name := _section_named(text)) and name not in found:
            problems.append(Problem(source, line, (
                f"een sectiekop heeft twee hekjes: maak van '{'#' * level} {text}' de kop '## {name}'")))
            found[name] = line
        elif level != 2:
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
    written_as_text = list(_headings_written_as_text(lines, body_line, found, source))
    misspelt.update(name for name, _ in written_as_text)
    problems += [problem for _, problem in written_as_text]
    problems += _order_problems(found, source)
    problems += _missing_problems(found, misspelt, last_line, source)
    problems += _content_problems(lines, body_line, found, source, text_first=not written_as_text)
    return problems


def _section_named(text: str) -> str | None:
    """The section a heading or a line of text names, in any capitals, with or without a colon."""
    return next((name for name in SECTIONS if name.casefold() == text.strip().rstrip(":").strip().casefold()), None)


def _headings_written_as_text(lines: list[str], body_line: int, found: dict[str, int], source: str):
    """(section, problem) for a line that is only a section's name, such as 'Aanpak:' or '**Aanpak**'."""
    for index, line in enumerate(lines):
        if (match := TEXT_HEADING.match(line)) and (name := _section_named(match[1])) and name not in found:
            yield name, Problem(source, body_line + index, (
                f"'{line.strip()}' is gewone tekst, geen sectiekop; schrijf '## {name}' op een eigen regel"))


def _setext_problem(heading: Heading, source: str) -> Problem:
    """A line of only '---' or '===' right under text makes that text a heading: a fifth section, unseen."""
    text = heading.text if len(heading.text) <= 40 else heading.text[:37] + "..."
    return Problem(source, heading.line + 1, (
        f"de regel '{heading.underline}' maakt van de regel erboven ('{text}') een kop; "
        f"wil je een scheidingslijn, zet dan een lege regel boven '{heading.underline}', "
        "anders haal de regel weg (secties maak je met '## ')"))


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


def _content_problems(lines: list[str], body_line: int, found: dict[str, int], source: str,
                      text_first: bool = True) -> list[Problem]:
    """Text before the first section (text_first: worth saying, not when a heading was written as text),
    and sections without text."""
    problems = []
    starts = sorted(found.values())
    first = starts[0] if starts else body_line + len(lines)
    if text_first and any(line.strip() for line in lines[: first - body_line]):
        line = body_line + next(i for i, text in enumerate(lines) if text.strip())
        problems.append(Problem(source, line, (
            "er staat tekst vóór de eerste sectie; zet die onder '## Wat' of in 'summary'")))
    ends = [*starts[1:], body_line + len(lines)]
    for text, start in found.items():
        end = ends[starts.index(start)]
        if not any(line.strip() for line in lines[start - body_line + 1: end - body_line]):
            problems.append(Problem(source, start, f"de sectie '## {text}' is leeg; schrijf er een paar zinnen onder"))
    return problems
