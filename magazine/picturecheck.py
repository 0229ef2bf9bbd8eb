"""Pictures checked before layout, each problem at the practice's `image.src` line, in Dutch.

A photo must be a complete image that decodes (a file cut off halfway would print broken), of a sane
pixel count (a 48 kB PNG can claim 20,000 × 20,000 px: refused from its header, before decoding), and
sharp enough for the smallest design that can show it (fit.Design.picture_mm at MIN_PPI; which
design it gets is copy-fitting's choice, so only "too coarse for every design" is known here).
A drawing (SVG) may not reach outside itself: no external references, entities or scripts; its text
must be set in a committed font, or converted to paths. WeasyPrint blocks such things too, but then
the problem names neither the practice nor the file.

Reads the file (the I/O edge of the check phase); results are cached by the file's bytes.
"""
from __future__ import annotations

import hashlib
import math
import re
import warnings
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

from PIL import Image as PillowImage
from PIL import ImageFile

from .cache import NO_CACHE, Cache
from .errors import Problem
from .layout import MIN_PPI
from .model import Image

MAX_MEGAPIXELS = 100  # 4 × what a full page with bleed needs; more is a mistake or an attack
MAX_SVG_BYTES = 2_000_000
MAX_FILE_BYTES = 60_000_000  # a camera JPEG is under 20 MB; GitHub refuses files over 100 MB
EXPORT_HINT = "exporteer de foto opnieuw, bijvoorbeeld 4000 × 3000 pixels"
SVG_NS = "{http://www.w3.org/2000/svg}"
LINK_ATTRIBUTES = ("href", "{http://www.w3.org/1999/xlink}href", "src")
CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)([^'\")\s]+)|@import", re.I)
FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;\"}]+)", re.I)
TEXT_TAGS = {f"{SVG_NS}text", f"{SVG_NS}tspan", f"{SVG_NS}textPath"}


def picture_problems(image: Image, source: str, smallest_mm: float, fonts: frozenset[str],
                     cache: Cache = NO_CACHE) -> list[Problem]:
    """What is wrong with a practice's picture.

    smallest_mm: how wide the smallest design the practice can take prints it; fonts: the committed
    families an SVG's text may use."""
    path, min_width_px = image.path, math.ceil(smallest_mm / 25.4 * MIN_PPI)
    if (size := path.stat().st_size) > MAX_FILE_BYTES:
        return [Problem(source, image.line, (
            f"de afbeelding '{image.src}' is een bestand van {size // 1_000_000} MB, meer dan "
            f"{MAX_FILE_BYTES // 1_000_000} MB; {EXPORT_HINT} als JPEG"))]
    data = path.read_bytes()
    key = hashlib.sha256(b"\0".join([_CODE, data, str(min_width_px).encode(), *sorted(f.encode() for f in fonts)]))
    if (cached := cache.get(key.hexdigest())) is not None:
        messages = cached.decode().split("\n") if cached else []
    else:
        messages = svg_messages(data, fonts) if path.suffix.lower() == ".svg" else photo_messages(path, min_width_px)
        cache.put(key.hexdigest(), "\n".join(messages).encode())
    return [Problem(source, image.line, f"de afbeelding '{image.src}' {message}") for message in messages]


_CODE = Path(__file__).read_bytes()


def photo_messages(path: Path, min_width_px: int) -> list[str]:
    try:
        with warnings.catch_warnings(), _truncated_refused():
            warnings.simplefilter("ignore", PillowImage.DecompressionBombWarning)  # our own limit is lower
            with PillowImage.open(path) as image:
                width, height = image.size
                if width * height > MAX_MEGAPIXELS * 1_000_000:
                    return [_too_many_pixels(f"{width} × {height} pixels")]
                image.load()
    except PillowImage.DecompressionBombError as error:
        pixels = re.search(r"\((\d+) pixels\)", str(error))
        return [_too_many_pixels(f"{int(pixels[1]) // 1_000_000} megapixel" if pixels else "enorm groot")]
    except PillowImage.UnidentifiedImageError:
        return ["is geen foto die het magazine kan lezen (bijvoorbeeld HEIC van een iPhone); "
                "sla hem op als JPEG (.jpg) of PNG en upload hem opnieuw"]
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        return [f"is niet compleet of beschadigd ({_reason(error)}); exporteer of upload hem opnieuw"]
    if width < min_width_px:
        return [f"is {width} × {height} pixels: te grof voor drukwerk, ook in het kleinste ontwerp "
                f"waarin hij kan staan (nodig: minstens {min_width_px} pixels breed bij {MIN_PPI} ppi); "
                "lever de foto groter aan, zoals hij uit de camera komt"]
    return []


@contextmanager
def _truncated_refused():
    """WeasyPrint, once imported, lets Pillow load cut-off files silently (ImageFile.LOAD_TRUNCATED_IMAGES)."""
    before, ImageFile.LOAD_TRUNCATED_IMAGES = ImageFile.LOAD_TRUNCATED_IMAGES, False
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = before


def _too_many_pixels(size: str) -> str:
    return (f"is {size}, meer dan {MAX_MEGAPIXELS} megapixel: zo groot kan het magazine hem niet verwerken; "
            f"{EXPORT_HINT}")


def _reason(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    if "truncated" in text:
        return "het bestand houdt halverwege op"
    return text[:80]


def svg_messages(data: bytes, fonts: frozenset[str]) -> list[str]:
    if len(data) > MAX_SVG_BYTES:
        return [f"is een tekening van {len(data) // 1_000_000} MB, te groot; sla hem op als eenvoudiger SVG"]
    if re.search(rb"<!ENTITY|<!DOCTYPE[^>]*\[", data):
        return ["bevat XML-entiteiten (<!ENTITY>); sla de tekening opnieuw op als gewone SVG, zonder DOCTYPE"]
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        return [f"is geen geldige SVG (regel {error.position[0]}); sla de tekening opnieuw op als SVG"]
    if root.tag != f"{SVG_NS}svg":
        return ["is geen SVG-tekening; sla haar op als SVG (of als foto in .jpg of .png)"]
    parents = {child: parent for parent in root.iter() for child in parent}
    style_families = [_first_family(f) for e in root.iter(f"{SVG_NS}style") for f in FONT_FAMILY.findall(e.text or "")]
    messages = []
    for element in root.iter():
        for message in _element_messages(element):
            if message not in messages:
                messages.append(message)
        if element.tag in TEXT_TAGS and (element.text or "").strip():
            message = _font_message(_family(element, parents) or style_families, fonts)
            if message and message not in messages:
                messages.append(message)
    return messages


def _element_messages(element):
    tag = element.tag.removeprefix(SVG_NS)
    if tag == "script" or any(name.lower().startswith("on") for name in element.attrib):
        yield "bevat een script; sla de tekening opnieuw op zonder scripts of interactie"
    if tag == "foreignObject":
        yield "bevat HTML (foreignObject); sla de tekening opnieuw op als gewone SVG"
    for name in LINK_ATTRIBUTES:
        target = element.get(name, "").strip()
        if target and not target.startswith(("#", "data:image/")):
            yield (f"verwijst naar '{target[:60]}' buiten de tekening; neem dat beeld op in de SVG zelf "
                   "of laat het weg")
    css = " ".join(filter(None, [element.get("style"), element.text if tag == "style" else None]))
    if (match := CSS_URL.search(css)) is not None:
        yield (f"laadt '{(match[1] or '@import')[:60]}' van buiten de tekening; neem het op in de SVG zelf "
               "of laat het weg")


def _family(element, parents: dict) -> list[str]:
    """The font family of a text element: its own, or the nearest enclosing element's."""
    while element is not None:
        found = FONT_FAMILY.findall(element.get("style") or "") or ([element.get("font-family")]
                                                                    if element.get("font-family") else [])
        if found:
            return [_first_family(found[-1])]
        element = parents.get(element)
    return []


def _font_message(families: list[str], fonts: frozenset[str]) -> str | None:
    choice = f"gebruik {' of '.join(sorted(fonts))}, of zet de tekst om in paden (Inkscape: Pad > Object naar pad)"
    if not families:
        return f"bevat tekst zonder lettertype; {choice}"
    strange = sorted({family for family in families if family not in fonts})
    if strange:
        return f"zet tekst in het lettertype '{strange[0]}', dat niet in het magazine zit; {choice}"
    return None


def _first_family(value: str) -> str:
    return value.split(",")[0].strip().strip("'\"")
