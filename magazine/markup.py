"""Markdown -> sanitized HTML, once per practice, shared by the site and both PDFs.

Contributor HTML is untrusted. Two layers: an audit that reports what is not allowed
(so nothing disappears silently), and nh3 as the guarantee that it never reaches output.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import nh3

from .errors import Problem
from .model import Section

CURLY_DOUBLE = re.compile("[“”″]")  # “ ” and the inch mark Word sometimes puts for a quote
EXTENSIONS = ["tables", "fenced_code", "sane_lists", "footnotes", "smarty"]
EXTENSION_CONFIGS = {
    # Dutch quotation marks: „zo” and ‘zo’.
    "smarty": {"substitutions": {"left-double-quote": "&bdquo;", "right-double-quote": "&rdquo;"}},
    "footnotes": {"BACKLINK_TEXT": "↑", "BACKLINK_TITLE": "Terug naar voetnoot %d in de tekst"},
}
TAGS = {"p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre", "table",
        "thead", "tbody", "tr", "th", "td", "sup", "sub", "div", "hr", "h2", "abbr", "del"}
ATTRIBUTES = {"a": {"href", "title"}, "li": {"id"}, "sup": {"id"}, "ol": {"start"},
              "abbr": {"title"}, "th": {"style"}, "td": {"style"}}
CLASSES = {"a": {"footnote-ref", "footnote-backref"}, "div": {"footnote"}}
HEADING_TAG = re.compile(r"h[1-6]$")
SCHEMES = ("http://", "https://", "mailto:", "tel:")


def link_allowed(href: str) -> bool:
    return href.startswith("#") or href.lower().startswith(SCHEMES)


def to_html(body: str) -> str:
    """The unsanitized HTML of a Markdown body; pass it to audit() and split_sections()."""
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS).convert(straight_quotes(body))


def straight_quotes(text: str) -> str:
    """Word's curly double quotes (“…”, and „…“) made straight outside code, so that they become Dutch
    „…” like typed ones: smarty chooses opening or closing from where each stands."""
    parts = re.split(r"(`+[^`]*`+)", text)
    return "".join(part if index % 2 else CURLY_DOUBLE.sub('"', part) for index, part in enumerate(parts))


def headings(raw: str) -> list[tuple[int, str, bool]]:
    """(level, plain text, nested) of every heading in parsed HTML, in order: what the parse made a
    heading. Nested: inside a list, quote or table, where a section heading cannot be."""
    collector = _Headings()
    collector.feed(raw)
    return collector.found


HEADING_CONTAINERS = frozenset({"li", "blockquote", "td", "th"})  # where a section heading cannot stand


class _Headings(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, bool]] = []
        self.level = 0
        self.open_containers = 0

    def handle_starttag(self, tag, attrs):
        if HEADING_TAG.match(tag):
            self.level = int(tag[1])
            self.found.append((self.level, "", self.open_containers > 0))
        elif tag in HEADING_CONTAINERS:
            self.open_containers += 1

    def handle_endtag(self, tag):
        if HEADING_TAG.match(tag):
            self.level = 0
        elif tag in HEADING_CONTAINERS:
            self.open_containers -= 1

    def handle_data(self, data):
        if self.level:
            level, text, nested = self.found[-1]
            self.found[-1] = (level, text + data, nested)


def split_sections(raw: str, slug: str) -> tuple[tuple[Section, ...], str]:
    """Return the body's sections and its footnotes, as sanitized HTML.

    Every id and in-page link gets the slug as prefix, so many practices can share
    one document (the magazine) without clashing ids.
    """
    clean = sanitize(raw, slug)
    clean, _, footnotes = clean.partition('<div class="footnote">')
    footnotes = f'<div class="footnote">{footnotes}' if footnotes else ""
    parts = re.split(r"<h2>(.*?)</h2>", clean)
    sections = tuple(Section(title, html.strip()) for title, html in zip(parts[1::2], parts[2::2], strict=True))
    return sections, footnotes


def sanitize(html: str, slug: str) -> str:
    def attribute(tag: str, name: str, value: str) -> str | None:
        if name == "id":
            return f"{slug}-{value}"
        if name == "href":
            if not link_allowed(value):
                return None
            return f"#{slug}-{value[1:]}" if value.startswith("#") else value
        return value

    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, allowed_classes=CLASSES,
                     attribute_filter=attribute, filter_style_properties={"text-align"},
                     url_schemes={"http", "https", "mailto", "tel"}, link_rel="noopener")


def audit(raw: str, body: str, body_line: int, source: str, headings: bool = False) -> list[Problem]:
    """Report raw HTML, images and links in `raw` that the sanitizer would remove.

    headings: also report headings the sanitizer drops (for texts whose headings body.py does not check).
    """
    auditor = _Auditor(headings)
    auditor.feed(raw)
    lines = body.split("\n")

    def line_of(needle: str) -> int:
        hits = [i for i, line in enumerate(lines) if needle in line]
        return body_line + (hits[0] if hits else 0)

    problems = []
    for tag in sorted(auditor.tags):
        problems.append(Problem(source, line_of(f"<{tag}"), (
            f"HTML-code <{tag}> is niet toegestaan; gebruik Markdown (zie practices/_template.md)")))
    for level in sorted(auditor.dropped_headings):
        problems.append(Problem(source, line_of("#" * level + " "), (
            f"een kop met {'#' * level} kan hier niet; gebruik '## ' of **vetgedrukte** tekst")))
    for src in auditor.images:
        problems.append(Problem(source, line_of(src), (
            "een afbeelding in de tekst is niet mogelijk; gebruik het veld 'image' bovenaan")))
    for href in auditor.links:
        problems.append(Problem(source, line_of(href), (
            f"de link '{href}' is niet toegestaan; gebruik een volledig webadres "
            "(https://...), een e-mailadres (mailto:...) of een telefoonnummer (tel:...)")))
    return problems


class _Auditor(HTMLParser):
    def __init__(self, headings: bool):
        super().__init__(convert_charrefs=True)
        self.headings = headings
        self.dropped_headings: set[int] = set()
        self.tags: set[str] = set()
        self.images: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs.get("src") or "<img")
        elif HEADING_TAG.match(tag):  # in practices, body.py checks the headings
            if self.headings and tag not in TAGS:
                self.dropped_headings.add(int(tag[1]))
        elif tag not in TAGS:
            self.tags.add(tag)
        href = attrs.get("href")
        if tag == "a" and href is not None and not link_allowed(href):
            self.links.append(href)
