"""What magazine/engine.py changes in WeasyPrint: less memory, the same PDF to the byte."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # renders PDFs

# Lists (::marker), a footnote, generated content, target-counter() and page counters: every pseudo-element
# and lookup the engine changes touches, tagged as the screen PDF is.
DOCUMENT = """<!doctype html><html lang="nl"><head><title>Proef</title><style>
@page { size: A5; margin: 20mm; @bottom-center { content: counter(page) " van " counter(pages) } }
h2::before { content: "§ " } a.ref::after { content: " (blz. " target-counter(attr(href), page) ")" }
.note { float: footnote } li::marker { color: #a1352a } section { break-before: page }
</style></head><body>
<h1>Inhoud</h1><ol><li><a class="ref" href="#een">Een</a></li><li><a class="ref" href="#twee">Twee</a></li></ol>
<section id="een"><h2>Een</h2><p>Tekst met een noot<span class="note">De noot.</span>.</p>
<ul><li>eerste</li><li>tweede</li></ul></section>
<section id="twee"><h2>Twee</h2><p>Zie <a class="ref" href="#een">een</a>.</p></section>
</body></html>"""

RENDER = """
import gc, hashlib, json, sys
import weasyprint
from magazine import engine
if sys.argv[1] == "engine":
    engine.install(weasyprint)
    engine.install(weasyprint)  # twice is once
document = weasyprint.HTML(string=sys.stdin.read()).render(pdf_variant="pdf/ua-1", pdf_identifier=b"proef")
styles = sum(isinstance(o, weasyprint.css.ComputedStyle) for o in gc.get_objects())
data = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=b"proef")
print(json.dumps({"sha": hashlib.sha256(data).hexdigest(), "styles": styles, "pages": len(document.pages)}))
"""


def render(mode: str) -> dict:
    result = subprocess.run([sys.executable, "-c", RENDER, mode], input=DOCUMENT, capture_output=True, text=True,
                            check=True, env={"SOURCE_DATE_EPOCH": "1560000000", "PATH": "/usr/bin:/bin"})
    return json.loads(result.stdout)


def test_the_engine_changes_give_the_same_pdf_with_fewer_styles():
    plain, changed = render("plain"), render("engine")
    assert changed["pages"] == plain["pages"] == 3
    assert changed["sha"] == plain["sha"]
    assert changed["styles"] < plain["styles"] * 0.6  # the pseudo-elements nobody asked for are not computed
