"""Write the committed fallback fonts into templates/fonts/: the scripts people write that Latin does not cover.

    .venv/bin/python tools/fallback_fonts.py     # needs npm (the registry); rewrites the fallback part of fonts.css

Every face is declared under the magazine's own two families, "Source Serif 4" and "Source Sans 3", with a
unicode-range, so no stylesheet has to name another family: the site's browsers and WeasyPrint take a
character from the first face of the family whose range holds it. From the same @fontsource packages
as the Latin files (Source's own Vietnamese, Cyrillic and Greek), and Noto for Arabic and Persian,
Hebrew and Ethiopic (Tigrinya, Amharic). A Noto face's range keeps only what the Source faces of
the same family cannot draw, so Latin text never changes face. Files are copied unchanged; the
licences go beside them.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from magazine.fonts import code_points  # noqa: E402

FONTS = ROOT / "templates" / "fonts"
CSS = FONTS / "fonts.css"
BEGIN, END = "/* fallback:begin (tools/fallback_fonts.py) */", "/* fallback:end */"

SERIF, SANS = "Source Serif 4", "Source Sans 3"
# the faces the magazine uses: (family, style, weight)
FACES = [(SERIF, "normal", 400), (SERIF, "italic", 400), (SERIF, "normal", 600), (SERIF, "normal", 700),
         (SANS, "normal", 400), (SANS, "normal", 600), (SANS, "normal", 700)]
# (package, subsets, weights it has, whether it is the family's own design)
PACKAGES = {
    SERIF: [("@fontsource/source-serif-4@5.3.1", ("vietnamese", "cyrillic", "greek"), (400, 600, 700), True)],
    SANS: [("@fontsource/source-sans-3@5.3.1", ("vietnamese", "cyrillic", "cyrillic-ext", "greek", "greek-ext"),
            (400, 600, 700), True)],
    "noto": [("@fontsource/noto-sans-arabic@5.3.0", ("arabic",), (400, 600, 700), False),
             ("@fontsource/noto-sans-hebrew@5.3.0", ("hebrew",), (400, 700), False),
             ("@fontsource/noto-sans-ethiopic@5.3.0", ("ethiopic",), (400, 700), False)],
}


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        packages = {spec: unpack(spec, Path(folder)) for specs in PACKAGES.values() for spec, *_ in specs}
        own = own_coverage()
        blocks = []
        for family, style, weight in FACES:
            for spec, subsets, weights, is_own in PACKAGES[family] + PACKAGES["noto"]:
                blocks += faces(packages[spec], family, style, weight, subsets, weights, is_own, own[family])
    text = CSS.read_text(encoding="utf-8")
    if BEGIN in text:
        text = text[:text.index(BEGIN)].rstrip() + "\n"
    CSS.write_text(text + "\n".join([BEGIN, *blocks, END]) + "\n", encoding="utf-8")
    print(f"wrote {len(blocks)} fallback faces into {CSS}", file=sys.stderr)
    return 0


def unpack(spec: str, folder: Path) -> Path:
    """The npm package `spec`, unpacked; its licence copied beside the fonts."""
    name = subprocess.run(["npm", "pack", "--silent", spec], cwd=folder, check=True, capture_output=True,
                          text=True).stdout.strip().splitlines()[-1]
    target = folder / name.removesuffix(".tgz")
    with tarfile.open(folder / name) as archive:
        archive.extractall(target, filter="data")
    package = target / "package"
    family = json.loads((package / "metadata.json").read_text())["family"]
    (FONTS / f"OFL-{family.replace(' ', '')}.txt").write_bytes((package / "LICENSE").read_bytes())
    return package


def own_coverage() -> dict[str, set[int]]:
    """What the committed Latin files of each family draw (the faces before the fallback part)."""
    text = CSS.read_text(encoding="utf-8")
    text = text[:text.index(BEGIN)] if BEGIN in text else text
    covered: dict[str, set[int]] = {SERIF: set(), SANS: set()}
    for family, file in re.findall(r'font-family: "([^"]+)";.*?src: url\("([^"]+)"\)', text, re.S):
        covered[family] |= set(TTFont(io.BytesIO((FONTS / file).read_bytes())).getBestCmap())
    return covered


def faces(package: Path, family: str, style: str, weight: int, subsets, weights, is_own: bool,
          own: set[int]) -> list[str]:
    ranges = json.loads((package / "unicode.json").read_text())
    blocks = []
    for subset in subsets:
        file_weight = min(weights, key=lambda w: (abs(w - weight), -w))
        file_style = style if is_own else "normal"  # Noto has no italic for these scripts: upright, never slanted
        stem = json.loads((package / "metadata.json").read_text())["id"]
        name = f"{stem}-{subset}-{file_weight}-{file_style}.woff2"
        data = (package / "files" / name).read_bytes()
        drawn = set(TTFont(io.BytesIO(data)).getBestCmap())
        points = sorted(c for c in set(code_points(ranges[subset]))
                        if c in drawn and c not in own and (is_own or of_the_script(c)))
        if not points:
            continue
        (FONTS / name).write_bytes(data)
        blocks.append(f'@font-face {{\n  font-family: "{family}";\n  font-style: {style};\n  font-weight: {weight};\n'
                      f'  font-display: swap;\n  src: url("{name}") format("woff2");\n'
                      f"  unicode-range: {compact(points)};\n}}")
    return blocks


def of_the_script(point: int) -> bool:
    """Whether a Noto face may draw `point`: its script's own letters and the invisible joiners and direction
    marks (U+200C-200F); never Latin, combining accents or punctuation Latin text also uses."""
    return 0x200C <= point <= 0x200F or (point >= 0x0370 and not 0x2000 <= point <= 0x2BFF)


def compact(points: list[int]) -> str:
    runs, start, previous = [], points[0], points[0]
    for point in [*points[1:], None]:
        if point is not None and point == previous + 1:
            previous = point
            continue
        runs.append(f"U+{start:04X}" + (f"-{previous:04X}" if previous != start else ""))
        if point is not None:
            start = previous = point
    return ", ".join(runs)


if __name__ == "__main__":
    sys.exit(main())
