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
memory is free for writing the PDF.

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
    """Make WeasyPrint's style computation lazy for pseudo-elements; idempotent."""
    css = weasyprint.css
    if getattr(css.StyleFor, INSTALLED, False):
        return
    css.StyleFor = _lazy_style_for(css.StyleFor, css.ComputedStyle)
    weasyprint.document.layout_document = _releasing_layout_state(weasyprint.document.layout_document)
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

    return laid_out


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
