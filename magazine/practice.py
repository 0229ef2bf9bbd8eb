"""Parse one practice file into a Practice. Pure: text in, Practice and problems out.

`sources.py` does the reading; this module never touches the file system.
"""
from __future__ import annotations

import dataclasses
import difflib
import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import body, frontmatter, markup, schema
from .errors import Problem
from .facets import FACETS
from .model import Contact, Figure, Image, Practice, Quote, Vocabularies
from .placeholders import Placeholders

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HEADING = re.compile(r"<h[1-6][^>]*>.*?</h[1-6]>", re.S)
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"\w[\w'’-]*")  # a word as readers count it: letters or digits, with ' and -
SUMMARY_WORDS = (20, 60)
OPENING_QUOTES, CLOSING_QUOTES = "\"'„“‘‚«»", "\"'”“’‘»«"  # straight, Dutch, English, German, French
# The Dutch ij as one character (Ĳsselmeer) is written as two letters, as Unicode's compatibility form is
# and as Dutch print sets it: the fonts have i and j, and search finds the word either way.
SAME_LETTERS = str.maketrans({"Ĳ": "IJ", "ĳ": "ij"})
REPLACEMENTS = {"→": "->", "←": "<-", "‐": "-", "≥": ">=", "≤": "<="}


@dataclass(frozen=True)
class ParseContext:
    """What parsing needs from the edition: the compiled schema and the vocabularies."""

    validator: object
    vocabularies: Vocabularies
    practices_dir: Path
    image_files: frozenset[str]  # what exists, as "images/<name>", listed by sources.py
    characters: frozenset[int] = frozenset()  # what the committed fonts can draw; empty: no check
    font_families: frozenset[str] = frozenset()  # the committed families, which a drawing's text must use
    body_words: tuple[int, int] = (0, 10**9)  # fewest and most words of text (magazine.yml)
    placeholders: Placeholders = dataclasses.field(default_factory=Placeholders.none)  # practices/_template.md: sample texts
    only_blocking: bool = False  # preview: leave out what does not stop a render (words, placeholders, pixels)


def check_slug(stem: str, source: str) -> list[Problem]:
    if SLUG.match(stem):
        return []
    suggestion = schema.slugify(stem) or "mijn-praktijk"
    return [Problem(source, 1, (
        f"de bestandsnaam '{stem}.md' kan niet; gebruik kleine letters, cijfers en streepjes, "
        f"bijvoorbeeld '{suggestion}.md'"))]


def parse(text: str, source: str, slug: str, context: ParseContext) -> tuple[Practice | None, list[Problem]]:
    text = text.translate(SAME_LETTERS)
    problems = _character_problems(text, source, context.characters)
    split, split_problems = frontmatter.split(text, source)
    problems += split_problems
    if split is None:
        return None, problems
    data, lines = schema.codes_by_name(split.data, context.vocabularies), split.lines
    problems += schema.check_front_matter(data, lines, source, context.validator, context.vocabularies)
    if not problems:  # a pair is judged once both its values are readable and known
        problems += schema.region_province_problems(data, lines, source, context.vocabularies)
    problems += _curly_value_problems(data, lines, source)
    problems += _summary_problems(data.get("summary"), lines.get(("summary",), 1), source)
    problems += _image_problems(data.get("image"), lines.get(("image", "src"), 1), source, context)
    raw_html = markup.to_html(split.body)  # the one parse: it decides the headings, so the sections
    headings = body.locate_headings(markup.headings(raw_html), split.body, split.body_line)
    problems += body.check_body(headings, split.body, split.body_line, source)
    if not context.only_blocking:
        problems += _body_word_problems(raw_html, source, split.body_line, context.body_words)
        problems += context.placeholders.problems(data, lines, split.body, split.body_line, source)
    problems += markup.audit(raw_html, split.body, split.body_line, source)
    if problems:
        return None, problems
    sections, footnotes = markup.split_sections(raw_html, slug)
    lines = {**lines, ("body",): split.body_line}
    return _practice(data, lines, slug, source, sections, footnotes, context), []


def parse_edition_text(text: str, source: str, prefix: str, characters: frozenset[int]) -> tuple[str, list[Problem]]:
    """An edition text (foreword, colophon) -> (sanitized HTML, problems), checked like a practice body."""
    text = text.translate(SAME_LETTERS)
    raw_html = markup.to_html(text)
    problems = _character_problems(text, source, characters) + markup.audit(raw_html, text, 1, source, headings=True)
    return markup.sanitize(raw_html, prefix), problems


def _character_problems(text: str, source: str, characters: frozenset[int]) -> list[Problem]:
    """A character the magazine's fonts lack would print as a box or in a stray font."""
    if not characters:
        return []
    problems, seen = [], set()
    for number, line in enumerate(text.split("\n"), 1):
        for char in line:
            if ord(char) not in characters and not char.isspace() and char not in seen:
                seen.add(char)
                fix = f"schrijf '{REPLACEMENTS[char]}'" if char in REPLACEMENTS else "vervang het door een gewoon teken of woord"
                problems.append(Problem(source, number, (
                    f"het teken '{char}' (U+{ord(char):04X}) staat niet in de lettertypen van het magazine; {fix}")))
    return problems


def _curly_value_problems(data: dict, lines: dict, source: str) -> list[Problem]:
    """A value Word wrapped in curly quotes keeps them (YAML only knows straight ones); a quote's own
    quotation marks are taken off (without_outer_quotes), any others are named."""
    return [Problem(source, frontmatter.line_at(lines, path), (
                f"de waarde van '{frontmatter.field_name(path)}' staat tussen gekrulde aanhalingstekens "
                "(“ ” uit Word); haal ze weg"))
            for path, value in frontmatter.text_values(data)
            if isinstance(value, str) and len(value) > 1 and value[0] in "“‘„" and value[-1] in "”’“"
            and path != ("quote", "text")]


def _summary_problems(summary, line: int, source: str) -> list[Problem]:
    if not isinstance(summary, str) or not summary.strip():
        return []  # the schema reports it
    words = len(summary.split())
    low, high = SUMMARY_WORDS
    if low <= words <= high:
        return []
    fix = "schrijf er wat meer bij" if words < low else "maak hem korter"
    return [Problem(source, line, f"de samenvatting ('summary') heeft {words} woorden; gebruik er {low} tot {high}, {fix}")]


def _body_word_problems(raw_html: str, source: str, line: int, limits: tuple[int, int]) -> list[Problem]:
    """Too few or too many words for every design: known from the text, long before any layout."""
    text = html.unescape(TAG.sub(" ", HEADING.sub(" ", raw_html)))
    words = len(WORD.findall(text))
    low, high = limits
    if words < low:
        return [Problem(source, line, (
            f"de tekst heeft {words} woorden; het magazine vraagt er minstens {low}, schrijf er {low - words} bij"))]
    if words > high:
        return [Problem(source, line, (
            f"de tekst heeft {words} woorden, te veel voor elk ontwerp van het magazine (hooguit {high}); "
            f"haal er {words - high} weg"))]
    return []


def _image_problems(image, line: int, source: str, context: ParseContext) -> list[Problem]:
    src = image.get("src") if isinstance(image, dict) else None
    pattern = context.validator.schema["properties"]["image"]["properties"]["src"]["pattern"]
    if not isinstance(src, str) or not re.search(pattern, src) or src in context.image_files:
        return []  # absent or malformed: the schema reports it
    names = sorted(name.removeprefix("images/") for name in context.image_files)
    written = src.removeprefix("images/")
    same_but_capitals = [name for name in names if name.casefold() == written.casefold()]
    if same_but_capitals:
        return [Problem(source, line, (
            f"de afbeelding heet 'images/{same_but_capitals[0]}', met hoofdletters; hernoem het bestand naar "
            f"'{written}' (in kleine letters, zoals hier geschreven)"))]
    folded = {name.casefold(): name for name in names}
    guess = [folded[g] for g in difflib.get_close_matches(written.casefold(), list(folded), n=1, cutoff=0.6)]
    if guess and not re.search(pattern, f"images/{guess[0]}"):
        stem, _, ext = guess[0].rpartition(".")
        return [Problem(source, line, (
            f"de afbeelding '{src}' bestaat niet; bedoelde je 'images/{guess[0]}'? Hernoem dat bestand dan naar "
            f"'{schema.slugify(stem) or 'foto'}.{ext.lower()}' en schrijf die naam hier"))]
    hint = f"bedoelde je 'images/{guess[0]}'?" if guess else "upload het bestand naar practices/images/"
    return [Problem(source, line, f"de afbeelding '{src}' bestaat niet; {hint}")]


def _practice(data: dict, lines: dict, slug: str, source: str, sections, footnotes: str,
              context: ParseContext) -> Practice:
    vocab = {field: {t.slug: t for t in terms} for field, terms in context.vocabularies.by_field}

    def terms(facet) -> tuple:
        codes = data.get(facet.field, ()) if facet.multiple else (data[facet.field],)
        return tuple(vocab[facet.field][code] for code in codes)

    image = data.get("image")
    return Practice(
        slug=slug,
        source=source,
        title=data["title"].strip(),
        organisation=data["organisation"].strip(),
        classification=tuple((facet.field, terms(facet)) for facet in FACETS),
        summary=" ".join(data["summary"].split()),
        contact=Contact(**data["contact"]),
        sections=sections,
        footnotes_html=footnotes,
        former_names=tuple(data.get("former_names", ())),
        municipalities=tuple(data.get("municipalities", ())),
        figures=tuple(Figure(str(f["value"]), f["label"]) for f in data.get("figures", ())),
        quote=Quote(without_outer_quotes(data["quote"]["text"]), data["quote"]["by"]) if "quote" in data else None,
        image=Image(context.practices_dir / image["src"], image["src"], image["alt"], image.get("credit"),
                    lines.get(("image", "src"), 0),
                    tuple(image["focus"]) if "focus" in image else None) if image else None,
        published=date.fromisoformat(data["published"]) if "published" in data else None,
        layout=data.get("layout"),
        lines=tuple((key[0], line) for key, line in lines.items() if len(key) == 1),
    )


def without_outer_quotes(text: str) -> str:
    """A quote's text without the quotation marks around it, of any kind (the layout sets „…”)."""
    text = text.strip()
    while len(text) > 1 and text[0] in OPENING_QUOTES and text[-1] in CLOSING_QUOTES:
        text = text[1:-1].strip()
    return text


def duplicate_problems(practices: list[Practice]) -> list[Problem]:
    """A title or organisation that already has a practice: one story per organisation, no repeats."""
    problems, seen = [], {}
    for practice in sorted(practices, key=lambda p: p.source):
        for field, value in (("title", practice.title), ("organisation", practice.organisation)):
            key = (field, " ".join(value.casefold().split()))
            if key in seen:
                what = "titel" if field == "title" else "organisatie"
                problems.append(Problem(practice.source, practice.line_of(field), (
                    f"deze {what} staat al in {seen[key]}; kies een andere titel of voeg de voorbeelden samen"
                    if field == "title" else
                    f"van '{value}' staat al een praktijkvoorbeeld in {seen[key]}; één voorbeeld per organisatie")))
            else:
                seen[key] = practice.source
    return problems

