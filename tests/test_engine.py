"""What magazine/engine.py changes in WeasyPrint: less memory, the same PDF to the byte."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow  # renders PDFs

# Lists (::marker), a footnote, generated content, target-counter(), page counters and a running element in
# a margin box (as the edge tabs): every pseudo-element, lookup and page layout the engine changes touches,
# tagged as the screen PDF is.
DOCUMENT = """<!doctype html><html lang="nl"><head><title>Proef</title><style>
@page { size: A5; margin: 20mm; @bottom-center { content: counter(page) " van " counter(pages) }
        @right-middle { content: element(tab); width: 15mm } }
.tab { position: running(tab); height: 20mm; background: #a1352a } .total::after { content: counter(pages) }
h2::before { content: "§ " } a.ref::after { content: " (blz. " target-counter(attr(href), page) ")" }
.note { float: footnote } li::marker { color: #a1352a } section { break-before: page }
</style></head><body>
<h1>Inhoud</h1><ol><li><a class="ref" href="#een">Een</a></li><li><a class="ref" href="#twee">Twee</a></li></ol>
<section id="een"><div class="tab"></div><h2>Een</h2><p>Tekst met een noot<span class="note">De noot.</span>.</p>
<ul><li>eerste</li><li>tweede</li></ul></section>
<section id="twee"><div class="tab"></div><h2>Twee</h2><p>Zie <a class="ref" href="#een">een</a>.</p></section>
<section id="drie"><div class="tab"></div><h2>Drie</h2><p>Zonder verwijzing, van <span class="total"></span> bladzijden.</p></section>
</body></html>"""

RENDER = """
import gc, hashlib, io, json, pathlib, subprocess, sys, tempfile
import pikepdf, weasyprint
from magazine import engine
if sys.argv[1] == "engine":
    engine.install(weasyprint)
    engine.install(weasyprint)  # twice is once
made, make_page = [], weasyprint.layout.page.make_page
weasyprint.layout.page.make_page = lambda *args: made.append(args[4]) or make_page(*args)
document = weasyprint.HTML(string=sys.stdin.read()).render(pdf_variant="pdf/ua-1", pdf_identifier=b"proef")
styles = sum(isinstance(o, weasyprint.css.ComputedStyle) for o in gc.get_objects())
data = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=b"proef")
with tempfile.TemporaryDirectory() as folder:
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-", f"{folder}/page"], input=data, check=True)
    pixels = b"".join(path.read_bytes() for path in sorted(pathlib.Path(folder).iterdir()))
assert len(pixels) > 130_000, len(pixels)  # four pages of pixels
with pikepdf.open(io.BytesIO(data)) as pdf:
    tags = sum(1 for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/StructElem")
print(json.dumps({"pixels": hashlib.sha256(pixels).hexdigest(), "tags": tags, "styles": styles,
                  "pages": len(document.pages), "layouts": made}))
"""


def render(mode: str) -> dict:
    result = subprocess.run([sys.executable, "-c", RENDER, mode], input=DOCUMENT, capture_output=True, text=True,
                            check=True, env={"SOURCE_DATE_EPOCH": "1560000000", "PATH": "/usr/bin:/bin"})
    return json.loads(result.stdout)


def test_the_engine_changes_give_the_same_pages_and_tags_with_fewer_styles_and_page_layouts():
    plain, changed = render("plain"), render("engine")
    assert changed["pages"] == plain["pages"] == 4
    assert (changed["pixels"], changed["tags"]) == (plain["pixels"], plain["tags"]) and plain["tags"] > 10
    assert changed["styles"] < plain["styles"] * 0.6  # the pseudo-elements nobody asked for are not computed
    # The pages laid out, in order. WeasyPrint: every page; again the contents (1) and the page that refers
    # back (3), to show their page numbers, and the last (4), which shows the page count and where a
    # running element is first seen; then 1 and 3 a third time, as the page count changed, although they
    # do not show it, and 4. Here: every page; the two with page numbers once more; the last for its count.
    assert plain["layouts"] == [1, 2, 3, 4, 1, 3, 4, 1, 3, 4]
    assert changed["layouts"] == [1, 2, 3, 4, 1, 3, 4, 4]


FONTS = ROOT / "templates" / "fonts"
SPLIT_FAMILY = f"""<!doctype html><html lang="nl"><head><title>Proef</title><style>
@font-face {{ font-family: Tekst; src: url("{(FONTS / 'source-serif-4-latin-400-normal.woff2').as_uri()}");
  unicode-range: U+0000-00FF; }}
@font-face {{ font-family: Tekst; src: url("{(FONTS / 'noto-sans-arabic-arabic-400-normal.woff2').as_uri()}");
  unicode-range: U+0600-06FF; }}
body {{ font-family: Tekst }}
</style></head><body><p>Welkom</p><p dir="rtl">مرحبا بكم</p></body></html>"""

FONT_PROGRAMS = """
import sys
import pikepdf, weasyprint
from magazine import engine
if sys.argv[1] == "engine":
    engine.install(weasyprint)
data = weasyprint.HTML(string=sys.stdin.read()).write_pdf()
with pikepdf.open(__import__("io").BytesIO(data)) as pdf:
    programs = {font.FontDescriptor.FontFile2.read_bytes() for page in pdf.pages
                for font in page.Resources.Font.values() for font in [font.DescendantFonts[0]]}
print(len(programs))
"""


def font_programs(mode: str) -> int:
    result = subprocess.run([sys.executable, "-c", FONT_PROGRAMS, mode], input=SPLIT_FAMILY, capture_output=True,
                            text=True, check=True, env={"SOURCE_DATE_EPOCH": "1560000000", "PATH": "/usr/bin:/bin"})
    return int(result.stdout)


def test_each_font_file_of_a_split_family_is_its_own_pdf_font():
    """WeasyPrint alone embeds one font for the family, and draws the Arabic glyphs from the Latin file."""
    assert (font_programs("plain"), font_programs("engine")) == (1, 2)


def test_the_page_references_are_made_once_per_page_count_and_follow_new_pages():
    import pydyf

    from magazine.pdf import load_weasyprint

    load_weasyprint()
    pdf = pydyf.PDF()
    for _ in range(3):
        pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    first = pdf.page_references
    assert first is pdf.page_references and len(first) == 3
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert pdf.page_references == (*first, f"{pdf.objects[-1].number} 0 R".encode()) and len(pdf.page_references) == 4
