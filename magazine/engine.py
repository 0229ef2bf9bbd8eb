"""What this project changes in WeasyPrint 70 (pinned in pyproject.toml), in one place.

Lazy pseudo-element styles. WeasyPrint computes, for every element, the style of each pseudo-element
that a rule could match, and its user-agent stylesheet has universal rules for six of them
(::marker, ::footnote-call, ::footnote-marker and three for notes). So a document of n elements
holds about 7n computed styles of some 80 properties each, of which only the elements' own and a few
markers are ever read: 80 % of all styles and most of a long render's memory (measured on the
sample edition: 46,259 styles, 37,086 of them pseudo-elements of elements that have none). Here a
pseudo-element's style is computed when layout first asks for it, from the same cascaded values,
parent and root, so it is the same style and the same pages (tests/test_engine.py).

Layout state let go once the pages are laid out. What resolves target-counter() and page-based
counters keeps the unpaginated box tree of every element it looks up (our articles, sections and
register entries: 40 % of all boxes), and the page maker keeps the tree's resume points; WeasyPrint
holds both until the PDF is written. Neither is read after layout, so they are cleared then and the
memory is free for writing the PDF; so are the cascaded values kept for the pseudo-elements' styles that
were never asked for (a fifth of the Python memory a laid-out document holds).

No second layout of a page for its running elements. When a page holds running elements that an earlier
pass had not seen (our edge tabs, one per practice page), WeasyPrint marks the page to be laid out again,
which a note (position: note()) needs, as it is drawn in the page's own flow; other running elements are
only drawn in margin boxes, which are made once all pages are laid out. So half the pages of the magazine
were laid out twice for nothing (202 page layouts for 125 pages). Here the mark is taken back when the
page has no notes and nothing else asked for it (no counter lookup of the page was parsed again while it
was made).

The list of page references made once per page count. pydyf makes the list of all the PDF's page
references anew each time one is asked for, and the structure tree of a tagged PDF asks for one per tagged
box: time that grows with the square of the pages (at 1,146 pages, half a minute). It is kept while the
page count stays the same.

A drawn page's content kept as one string. WeasyPrint's PDF streams hold every drawing operation of every
page as a small object of its own until the file is written (a quarter of the memory of writing a long
PDF); each page's are joined once it is drawn, as writing joins them, so the file is the same.

A page laid out a third time for its cross-references. When target-counter() takes its anchor from an
attribute (target-counter(attr(href), page): the contents, the theme openers, the register), WeasyPrint's
build.py asks for the anchor's name without reading the attribute, gets none, and so is never told when
the target's page is known; such a page got its numbers only because the total page count changed after
the first pass, and showed them after a third. Here the name is the one the lookup just read, so the page
is marked when its targets are laid out; and the lookups and targets that show no counter(pages) take the
new total as already seen before a further pass, so that no page is laid out again for a total it does
not show (one that shows it is, as before).

One PDF font per font file. WeasyPrint keys the fonts it embeds by their CSS description (family,
weight, style), so the faces of one family that @font-face splits by unicode-range (latin, latin-ext,
and the Noto faces for Arabic, Hebrew and Ethiopic in templates/fonts/fonts.css) became one font: the
glyphs of all but the first file were drawn from the wrong file (Łódź, Ayşe and every Arabic word
printed as garbage). The key and the PDF font's name now also hold the file.
"""
from __future__ import annotations

import hashlib

INSTALLED = "_magazine_lazy_pseudo_styles"


def install(weasyprint) -> None:
    """Make the changes above in the loaded WeasyPrint; idempotent."""
    css = weasyprint.css
    if getattr(css.StyleFor, INSTALLED, False):
        return
    css.StyleFor = _lazy_style_for(css.StyleFor, css.ComputedStyle)
    weasyprint.document.layout_document = _releasing_layout_state(weasyprint.document.layout_document)
    targets, page = weasyprint.css.targets, weasyprint.layout.page
    targets.CounterLookupItem = _counting_parse_again(targets.CounterLookupItem)
    page.make_page = _no_remake_for_running_elements(page.make_page)
    targets.TargetCollector.lookup_target = _remembering_anchor(targets.TargetCollector.lookup_target)
    targets.anchor_name_from_token = _anchor_read(targets.anchor_name_from_token)
    weasyprint.layout.make_all_pages = _total_pages_seen(weasyprint.layout.make_all_pages)
    pydyf = weasyprint.pdf.pydyf
    weasyprint.document.Page.paint = _joined_when_drawn(weasyprint.document.Page.paint, pydyf._to_bytes)
    pydyf.PDF.page_references = _page_references_kept(pydyf.PDF.page_references)
    stream = weasyprint.pdf.stream
    stream.get_pango_font_key = _font_file_key(stream.get_pango_font_key, weasyprint.text.ffi)
    stream.Font = _font_per_file(stream.Font)


def _lazy_style_for(style_for, computed_style):
    class LazyPseudoStyleFor(style_for):
        def __init__(self, *args, **kwargs):
            self._pending, self._initialising = {}, True
            super().__init__(*args, **kwargs)
            self._initialising = False

        def set_computed_styles(self, element, parent, root=None, pseudo_type=None, base_url=None,
                                target_collector=None):
            cascaded = self.get_cascaded_styles().get((element, pseudo_type), {})
            if self._initialising and pseudo_type and "anchor" not in cascaded:  # an anchor is collected now
                self._pending[element, pseudo_type] = (parent, root, base_url, cascaded)
                return
            super().set_computed_styles(element, parent, root, pseudo_type, base_url, target_collector)

        def __call__(self, element, pseudo_type=None):
            if (pending := self._pending.pop((element, pseudo_type), None)) is not None:
                parent, root, base_url, cascaded = pending
                computed = self.get_computed_styles()
                computed[element, pseudo_type] = computed_style(
                    computed[parent, None], cascaded, pseudo_type, computed[root, None], base_url,
                    self.font_config, self.initial_page_sizes)
            return super().__call__(element, pseudo_type)

    setattr(LazyPseudoStyleFor, INSTALLED, True)
    return LazyPseudoStyleFor


def _releasing_layout_state(layout_document):
    def laid_out(html, root_box, context, *args, **kwargs):  # a generator, like WeasyPrint's
        yield from layout_document(html, root_box, context, *args, **kwargs)
        context.target_collector.target_lookup_items.clear()
        context.target_collector.counter_lookup_items.clear()
        context.page_maker.clear()
        context.style_for._pending.clear()  # the pseudo-elements nothing asked for: no style is asked for after layout

    return laid_out


_PARSED_AGAIN: list = []  # the page (index) of each counter lookup parsed again while a page is made


def _counting_parse_again(lookup_item):
    class CountedLookupItem(lookup_item):
        def __init__(self, parse_again, *args, **kwargs):
            def parsed_again(*parse_args, **parse_kwargs):
                _PARSED_AGAIN.append(self.page_maker_index)
                return parse_again(*parse_args, **parse_kwargs)

            super().__init__(parsed_again, *args, **kwargs)

    return CountedLookupItem


_LOOKED_UP = [None]  # the anchor name the last target lookup read from its attribute


def _remembering_anchor(lookup_target):
    def looked_up(self, anchor_token, source_box, css_token, parse_again):
        if anchor_token[0] == "attr()":
            attr_name, _, fallback = anchor_token[1]
            value = source_box.element.get(attr_name, fallback) or ""
            _LOOKED_UP[0] = (anchor_token, value[1:] if value.startswith("#") else None)
        return lookup_target(self, anchor_token, source_box, css_token, parse_again)

    return looked_up


def _anchor_read(anchor_name_from_token):
    def name(anchor_token):
        if anchor_token[0] == "attr()" and _LOOKED_UP[0] is not None and _LOOKED_UP[0][0] is anchor_token:
            return _LOOKED_UP[0][1]
        return anchor_name_from_token(anchor_token)

    return name


def _total_pages_seen(make_all_pages):
    def made(context, root_box, html, pages):
        if pages:  # a further pass: the total is that of the pages of the last one
            collector = context.target_collector
            for lookup in [*collector.counter_lookup_items.values(), *collector.target_lookup_items.values()]:
                seen = lookup.cached_page_counter_values
                if "pages" in seen and not _shows_total(lookup):
                    seen["pages"] = [len(pages)]
        yield from make_all_pages(context, root_box, html, pages)

    return made


def _shows_total(lookup) -> bool:
    """Whether a counter lookup shows counter(pages) (a target's lookup shows nothing itself)."""
    return "pages" in getattr(lookup, "missing_counters", ()) or any(
        "pages" in wanted for wanted in getattr(lookup, "missing_target_counters", {}).values())


def _no_remake_for_running_elements(make_page):
    def made(context, root_box, page_type, resume_at, page_number, page_state):
        remake = context.page_maker[page_number - 1][-1]
        marked = remake["content_changed"]
        _PARSED_AGAIN.clear()
        result = make_page(context, root_box, page_type, resume_at, page_number, page_state)
        if remake["content_changed"] and not marked and page_number - 1 not in _PARSED_AGAIN and not any(
                box.is_note() for running in context.running_elements.values()
                for box in running.get(page_number, ())):
            remake["content_changed"] = False
        _PARSED_AGAIN.clear()
        return result

    return made


def _joined_when_drawn(paint, to_bytes):
    def painted(page, stream, scale=1):
        paint(page, stream, scale)
        stream.stream = [b"\n".join(to_bytes(item) for item in stream.stream)]

    return painted


def _page_references_kept(page_references):
    def kept(pdf):
        kids = pdf.pages["Kids"]
        known = pdf.__dict__.get("_magazine_page_references")
        if known is None or known[0] is not kids or known[1] != len(kids):
            known = pdf._magazine_page_references = (kids, len(kids), page_references.fget(pdf))
        return known[2]

    return property(kept)


def _font_file_key(font_key, ffi_module):
    ffi, pango, harfbuzz = ffi_module.ffi, ffi_module.pango, ffi_module.harfbuzz

    def key(pango_font):
        description_key, description, font_size = font_key(pango_font)
        face = harfbuzz.hb_font_get_face(pango.pango_font_get_hb_font(pango_font))
        return (description_key, int(ffi.cast("uintptr_t", face))), description, font_size

    return key


def _font_per_file(font_class):
    class FontPerFile(font_class):
        def __init__(self, pango_font, description, font_size):
            super().__init__(pango_font, description, font_size)
            digest = hashlib.md5(self.hash.encode() + hashlib.md5(self.file_content).digest(), usedforsecurity=False)
            self.hash = "".join(chr(65 + letter % 26) for letter in digest.digest()[:6])
            self.name = b"/" + self.hash.encode() + b"+" + self.name.split(b"+", 1)[1]

    return FontPerFile
