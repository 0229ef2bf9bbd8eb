"""The EAN-13 bar code of an ISBN as inline SVG, drawn as vector bars in the PDF.

python-barcode encodes the number (its guard-bar modules marked "G"); this module only draws the bars,
in the ink the variant asks for, so the press PDF prints them in pure black.
"""
from __future__ import annotations

import itertools

from barcode import get_barcode_class
from markupsafe import Markup, escape

MODULE_MM = 0.33  # 100 % magnification of EAN-13
QUIET = (11, 7)  # light modules left and right of the bars, as GS1 asks
BAR_MODULES, GUARD_MODULES = 66, 71  # bar heights in modules: 21.8 mm, guard bars 1.65 mm longer


def digits(isbn: str) -> str:
    return "".join(c for c in isbn if c.isdigit())


def human_readable(isbn: str) -> str:
    """The digits under an EAN-13 bar code: 9 783161 484100."""
    code = digits(isbn)
    return f"{code[0]} {code[1:7]} {code[7:]}"


def ean13_svg(isbn: str, ink: str, title: str) -> Markup:
    """An <svg> of the bars only (no text); its size is the printed size at 100 %. The title is its alternative
    text in the tagged PDF."""
    modules = get_barcode_class("isbn13")(digits(isbn), guardbar=True).build()[0]
    width = QUIET[0] + len(modules) + QUIET[1]
    rects, x = [], QUIET[0]
    for kind, run in itertools.groupby(modules):
        count = len(list(run))
        if kind != "0":
            height = GUARD_MODULES if kind == "G" else BAR_MODULES
            rects.append(f'<rect x="{x}" y="0" width="{count}" height="{height}"/>')
        x += count
    return Markup(
        f'<svg class="ean13" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {GUARD_MODULES}" '
        f'width="{width * MODULE_MM:.2f}mm" height="{GUARD_MODULES * MODULE_MM:.2f}mm" fill="{ink}">'
        f"<title>{escape(title)}</title>" + "".join(rects) + "</svg>")
