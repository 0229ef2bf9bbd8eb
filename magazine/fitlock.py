"""The layouts copy-fitting chose, kept beside the sources in `layouts.lock` (committed, like a package
lock or Quarto's `_freeze/`), so that a fresh clone does not fit every practice again.

Each entry is keyed by a digest of everything that shapes the practice's fit: its measuring HTML
(its text, fact box, quote and figures), the editor's `layout:`, its picture's bytes, the print
stylesheets and fonts, the fitting code and the WeasyPrint version. Project paths are left out of
the digest, so a moved or freshly cloned project keeps its entries. A practice whose key matches
takes its entry's design, flex, words kept whole and page fills without a render; the magazine's own
read-back still checks every spread (pipeline.render_magazine). Any other practice is fitted again, with the locked ones as
fixed neighbours for the rhythm. A lock that cannot be read counts as empty (and is said so);
deleting it fits everything again. Written by `build` and `pdf` only, whole or not at all.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import weasyprint

from . import fit

LOCK = "layouts.lock"
VERSION = 1
CODE = [Path(__file__).parent / name for name in ("fit.py", "copyfit.py", "layout.py", "pdf.py", "engine.py", "fitlock.py")]


@dataclass(frozen=True)
class LockedFit:
    """A practice's fit as a build chose it."""

    key: str
    layout: fit.Layout | None  # None: too short for every design, laid out in the plain spread
    keep_whole: tuple[str, ...]
    fills: tuple[float, ...]

    def as_fit(self, slug: str) -> fit.Fit:
        return fit.Fit(slug, self.layout, self.fills)


def fingerprint(templates_dir: Path) -> bytes:
    """What shapes every practice's layout besides its own HTML and picture: the fitting code and every
    file in templates/fonts/ and templates/print/ (the print stylesheets, the fonts, what they refer to)."""
    digest = hashlib.sha256(f"{VERSION}\0{weasyprint.__version__}\0".encode())
    files = [*CODE, *sorted(p for folder in ("fonts", "print") for p in (templates_dir / folder).rglob("*") if p.is_file())]
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


def practice_key(common: bytes, measure_html: str, picture: bytes, roots: list[Path]) -> str:
    """The key of one practice: `common` from fingerprint(), its measuring HTML with the project's
    folders written as placeholders, and its picture."""
    for index, root in enumerate(roots):
        measure_html = measure_html.replace(root.resolve().as_uri(), f"root{index}:")
    return hashlib.sha256(common + measure_html.encode() + b"\0" + picture).hexdigest()


def parse(text: str) -> dict[str, LockedFit]:
    """slug -> LockedFit; ValueError when the text is not a lock this version wrote."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("practices"), dict):
        raise ValueError(f"not a version {VERSION} lock")
    locked = {}
    for slug, entry in data["practices"].items():
        try:
            layout = fit.Layout(entry["design"], float(entry["flex_mm"])) if entry["design"] else None
            if layout and layout.design not in fit.BY_NAME:
                raise ValueError(f"unknown design {layout.design!r}")
            locked[slug] = LockedFit(str(entry["key"]), layout, tuple(map(str, entry["keep_whole"])),
                                     tuple(float(f) for f in entry["fills"]))
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"entry {slug!r}: {error}") from None
    return locked


def dump(locked: dict[str, LockedFit]) -> str:
    """The lock's text: sorted, one line per practice, the same bytes for the same fits."""
    practices = {slug: {"key": entry.key, "design": entry.layout.design if entry.layout else None,
                        "flex_mm": entry.layout.flex_mm if entry.layout else None,
                        "keep_whole": list(entry.keep_whole), "fills": [round(f, 4) for f in entry.fills]}
                 for slug, entry in sorted(locked.items())}
    entries = ",\n".join(f"  {json.dumps(slug)}: {json.dumps(entry, ensure_ascii=False)}" for slug, entry in practices.items())
    return f'{{"version": {VERSION}, "practices": {{\n{entries}\n}}}}\n'  # one line per practice: readable diffs
