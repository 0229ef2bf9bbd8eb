"""Read a built PDF back: where things are, what the page numbers say, which colours are used."""
from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pdfplumber
import pikepdf
from PIL import Image

MM = 72 / 25.4


def destinations(pdf: pikepdf.Pdf) -> dict[str, int]:
    """Named destination (an element id) -> 1-based page number."""
    pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
    names = pdf.Root.Names.Dests.Names
    return {str(names[i]): pages[names[i + 1][0].objgen] for i in range(0, len(names), 2)}


def outline(pdf: pikepdf.Pdf) -> list:
    with pdf.open_outline() as tree:
        def walk(items):
            return [(item.title, walk(item.children)) for item in items]
        return walk(tree.root)


def printed_page_numbers(path) -> list[tuple[int, str, int]]:
    """(page, destination, number printed inside the link) for every internal link with a number."""
    found = []
    with pikepdf.open(path) as pdf, pdfplumber.open(path) as plumber:
        for number, page in enumerate(pdf.pages, 1):
            words = None
            # pdfplumber's x is PDF x, but its "top" is (box height - PDF y), even when the box starts below 0
            top = float(page.MediaBox[3]) - float(page.MediaBox[1])
            for annot in page.get("/Annots", []):
                if annot.get("/Subtype") != "/Link" or "/Dest" not in annot:
                    continue
                words = words or plumber.pages[number - 1].extract_words()
                xs, ys = sorted(float(v) for v in annot.Rect[::2]), sorted(float(v) for v in annot.Rect[1::2])
                (x0, x1), (y0, y1) = xs, ys  # WeasyPrint writes some rects upside down
                inside = [w["text"] for w in words
                          if x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1
                          and y0 - 1 <= top - w["bottom"] and top - w["top"] <= y1 + 1]
                digits = [w for w in inside if re.fullmatch(r"\d+", w)]
                if digits:
                    found.append((number, str(annot.Dest), int(digits[-1])))
    return sorted(set(found))  # a link broken over lines has one annotation per line


def page_text(path, number: int) -> str:
    with pdfplumber.open(path) as plumber:
        text = plumber.pages[number - 1].extract_text() or ""
    return " ".join(re.sub(r"-\n", "", text).split())


def rgb_uses(path) -> list[str]:
    """Every use of RGB: rg/RG operators, DeviceRGB or 3-component ICC spaces, RGB images."""
    def is_rgb(space) -> bool:
        if isinstance(space, pikepdf.Name):
            return space == "/DeviceRGB"
        if isinstance(space, pikepdf.Array) and space[0] == "/ICCBased":
            return int(space[1].get("/N")) == 3
        if isinstance(space, pikepdf.Array) and space[0] == "/Indexed":
            return is_rgb(space[1])
        return False

    uses, seen = [], set()

    def walk(obj, where):
        if obj.objgen in seen and obj.objgen != (0, 0):
            return
        seen.add(obj.objgen)
        resources = obj.get("/Resources", {})
        for name, xobject in resources.get("/XObject", {}).items():
            if xobject.Subtype == "/Image":
                if is_rgb(xobject.get("/ColorSpace")):
                    uses.append(f"{where}: image {name}")
            else:
                walk(xobject, f"{where} {name}")
        for name, space in resources.get("/ColorSpace", {}).items():
            if is_rgb(space):
                uses.append(f"{where}: colour space {name}")
        for name, shading in resources.get("/Shading", {}).items():
            if is_rgb(shading.get("/ColorSpace")):
                uses.append(f"{where}: shading {name}")
        for operation in pikepdf.parse_content_stream(obj):
            if str(operation.operator) in ("rg", "RG"):
                uses.append(f"{where}: {operation.operator} operator")

    with pikepdf.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            walk(page.obj, f"page {number}")
    return uses


def raster_images(path) -> list[dict]:
    """pdfimages -list, as dicts (page, width, height, color, x-ppi, y-ppi, object): one per placement."""
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    return [{"page": int(r[0]), "width": int(r[3]), "height": int(r[4]), "color": r[5],
             "x-ppi": int(r[12]), "y-ppi": int(r[13]), "object": int(r[10])} for r in rows]


def embedded_fonts(path) -> list[tuple[str, str]]:
    """(font name, emb column) from pdffonts."""
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [(row.split()[0], row.split()[-5]) for row in listing.splitlines()[2:]]


def empty_share(path, number: int, top_mm: float, height_mm: float) -> float:
    """How much of a page's text area lies below its lowest content (text, picture, filled box),
    read from the PDF itself; the running foot below the text area is left out."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[number - 1]
        area_bottom = page.height - (page.height / MM - top_mm - height_mm) * MM
        bottoms = [c["bottom"] for c in page.chars if c["bottom"] <= area_bottom + MM]
        bottoms += [i["bottom"] for i in page.images] + [r["bottom"] for r in page.rects if r.get("fill")]
    lowest = min(max(bottoms, default=top_mm * MM), area_bottom)
    return max(0.0, 1 - (lowest - top_mm * MM) / (height_mm * MM))


def text_lines(path, first: int = 1, last: int | None = None):
    """(page, font, size, text) of every line, rebuilt from the characters: same font and size on the same
    baseline, split where a gap of more than 4 mm separates two columns. Spaces are left out of `text`."""
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages[first - 1:last], first):
            groups = {}
            for char in page.chars:
                if char["text"] != " ":
                    key = (char["fontname"].split("+")[-1], round(char["size"], 1), round(char["bottom"]))
                    groups.setdefault(key, []).append(char)
            lines = []
            for (font, size, bottom), chars in groups.items():
                chars.sort(key=lambda c: c["x0"])
                segment = [chars[0]]
                for char in chars[1:]:
                    if char["x0"] - segment[-1]["x1"] > 4 * MM:
                        lines.append((segment[0]["x0"], bottom, font, size, segment))
                        segment = []
                    segment.append(char)
                lines.append((segment[0]["x0"], bottom, font, size, segment))
            # reading order: by column (about 60 mm wide), then top to bottom
            for _x, _bottom, font, size, chars in sorted(lines, key=lambda line: (round(line[0] / (60 * MM)), line[1])):
                yield number, font, size, "".join(c["text"] for c in chars)


def is_body(font: str, size: float) -> bool:
    """The body type of a practice: the serif at 9 to 10.5 pt, not bold."""
    return "Serif" in font and 9 <= size <= 10.6 and "Bold" not in font


def is_display(font: str, size: float) -> bool:
    """Headlines, intros, quotes, fact boxes, captions, navigation: the sans at any size, the serif from 11.5 pt."""
    return "Sans" in font or size >= 11.5


def hyphen_runs(lines) -> list[int]:
    """The lengths of the runs of consecutive body lines ending in a hyphen, per page and column."""
    runs, run, where = [], 0, None
    for page, font, size, text in lines:
        if not is_body(font, size):
            continue
        if page != where:
            runs, run, where = [*runs, run] if run else runs, 0, page
        if text.endswith("-"):
            run += 1
        elif run:
            runs.append(run)
            run = 0
    return [*runs, run] if run else runs


def annotation_count(path) -> int:
    with pikepdf.open(path) as pdf:
        return sum(len(page.get("/Annots", [])) for page in pdf.pages)


def bleed_gaps(path, min_mm: float = 1.0, px_per_mm: int = 4) -> list[tuple[int, str, float]]:
    """(page, edge, mm) wherever ink reaches the trim but stops there: the pixel just inside the TrimBox is
    inked and the one just outside it, in the bleed, is bare paper, over at least `min_mm` of the edge.
    Rendered without anti-aliasing, so that an edge is sharp to the pixel; crop marks lie outside the bleed."""
    with pikepdf.open(path) as pdf:
        trims = [([float(v) for v in page.MediaBox], [float(v) for v in page.TrimBox]) for page in pdf.pages]
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(px_per_mm * 25.4), "-gray", "-aa", "no", "-aaVector", "no",
                        str(path), f"{folder}/p"], check=True)
        gaps = []
        for png, (media, trim) in zip(sorted(Path(folder).glob("p-*.pgm")), trims, strict=True):
            scale = px_per_mm / MM  # pixels per point
            box = (round((trim[0] - media[0]) * scale), round((media[3] - trim[3]) * scale),
                   round((trim[2] - media[0]) * scale), round((media[3] - trim[1]) * scale))
            with Image.open(png) as image:
                page = int(png.stem.rsplit("-", 1)[1])
                gaps += [(page, edge, px / px_per_mm) for edge, px in _bare_edges(image, box) if px >= min_mm * px_per_mm]
        return gaps


def _bare_edges(image, box) -> list[tuple[str, int]]:
    """(edge, pixels) where the pixel 2 px inside the trim `box` (left, top, right, bottom) is inked
    and the one 3 px outside it is bare paper (or off the image)."""
    pixels, (width, height) = image.load(), image.size
    left, top, right, bottom = box

    def at(xy):
        return pixels[xy] if 0 <= xy[0] < width and 0 <= xy[1] < height else 255
    edges = {"left": [((left + 2, y), (left - 3, y)) for y in range(top, bottom)],
             "right": [((right - 3, y), (right + 2, y)) for y in range(top, bottom)],
             "top": [((x, top + 2), (x, top - 3)) for x in range(left, right)],
             "bottom": [((x, bottom - 3), (x, bottom + 2)) for x in range(left, right)]}
    return [(edge, sum(1 for inside, outside in pairs if at(inside) < 250 and at(outside) >= 254))
            for edge, pairs in edges.items()]


def small_type_in_more_than_two_inks(path, under_pt: float = 9.0) -> list[tuple[int, str, tuple]]:
    """(page, text, colour) of every run of characters under `under_pt` drawn in three or four inks."""
    found = {}
    with pdfplumber.open(path) as plumber:
        for page in plumber.pages:
            for char in page.chars:
                colour = tuple(char.get("non_stroking_color") or ())
                if char["size"] < under_pt - 0.05 and len(colour) == 4 and sum(1 for v in colour if v > 0) > 2:
                    key = (page.page_number, colour)
                    found[key] = found.get(key, "") + char["text"]
    return [(page, text, colour) for (page, colour), text in sorted(found.items())]
