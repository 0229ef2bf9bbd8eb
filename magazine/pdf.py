"""The only module that calls WeasyPrint.

Resources come only from the project's own folders (never the network), everything
WeasyPrint logs at warning level or above is a build problem, and the press variant
gets CMYK content and a FOGRA39 output intent.
"""
from __future__ import annotations

import hashlib
import logging
import mimetypes
import os
import pickle
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from . import colour, engine
from .cache import NO_CACHE, Cache
from .colour import PressColours
from .errors import ConfigError, Problem
from .fonts import FONTS_CSS, font_css_for

PANGO_HINT = ("WeasyPrint needs Pango 1.44 or newer. On Debian or Ubuntu run: "
              "sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0")
RANDOM_DOCUMENT_ID = re.compile(rb"xmp\.did:[0-9a-f-]{36}")
VARIANTS = {"screen": "pdf/ua-1", "press": "pdf/x-4"}
PROFILE_NAME = "--fogra39"  # the @color-profile in templates/print/press.css
RASTER_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff"}
CSS_PX_PER_INCH = 96


# What one render of the magazine takes at its peak (measured 2026-12-06 with engine.py: the screen PDF of
# 1,146 pages peaked at 1,363 MB; of 125 pages at 221 MB): about 70 MB and 1.13 MB for every page.
RENDER_BASE_MB, RENDER_PAGE_MB = 70, 1.13
# What the magazine renders that run at the same time may take together: with the build's own process and
# the site, a build stays within about 1.5 GB. Below it the two PDFs are laid out at the same time (a
# third faster on two cores); above it (some 380 pages) one after the other.
RENDERS_AT_ONCE_MB = 1000


def renders_at_once(pages: int, renders: int) -> int:
    """How many renders of a document of about `pages` pages run at the same time (at least one)."""
    one = RENDER_BASE_MB + RENDER_PAGE_MB * pages
    return max(1, min(renders, int(RENDERS_AT_ONCE_MB // one)))


@dataclass(frozen=True)
class PlacedImage:
    """A raster image as laid out: its printed size and effective resolution."""

    url: str
    page: int  # 1-based
    width_mm: float
    height_mm: float
    ppi: float


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    problems: tuple[Problem, ...]
    anchors: dict  # id -> (1-based page, bottom of the element from the page top, in mm)
    images: tuple[PlacedImage, ...]
    font_families: tuple[str, ...]  # every family drawn, including system fallbacks
    content_bottoms: tuple[float, ...] = ()  # per page: mm from the page top to the lowest text, picture or filled box
    keep_whole: tuple[str, ...] = ()  # words hyphenated at the second of three or more hyphenated lines in a row


@dataclass(frozen=True)
class Padding:
    """Pages at the end of a document kept only as far as they make its page count a multiple of `multiple`
    (a press PDF's notes pages fill its last sheet). The document has `multiple - 1` of them, the first
    element of each with the id <anchor>1, <anchor>2, ...; so it is laid out once, whatever its length,
    and the pages not needed are taken out before it is written. The pages after them must look the same
    on a left and a right page (templates/print/pages.css)."""

    multiple: int
    anchor: str

    @property
    def most(self) -> int:
        """How many padding pages the document is laid out with."""
        return self.multiple - 1

    def needed(self, pages: int) -> int:
        """The padding pages a document of `pages` pages (without padding) needs."""
        return -pages % self.multiple

    def spare(self, document) -> list:
        padding = [page for page in document.pages if any(name.startswith(self.anchor) for name in page.anchors)]
        return padding[self.needed(len(document.pages) - len(padding)):]


def load_weasyprint():
    try:
        import weasyprint
    except OSError as error:  # a missing shared library, not a Python problem
        raise ConfigError(f"cannot load WeasyPrint ({error}). {PANGO_HINT}") from None
    engine.install(weasyprint)
    return weasyprint


def render_pdf(html: str, stylesheets: list[Path], variant: str, allowed: list[Path], label: str,
               press_colours: PressColours | None = None, crop_marks: bool = False,
               measure_only: bool = False, cache: Cache = NO_CACHE, padding: Padding | None = None) -> RenderedPdf:
    """Lay out `html` and return the PDF with what the layout checks need; `label` names it in problems.

    measure_only: lay out, but write no PDF (data is empty): for copy-fitting's measuring renders.
    padding: the pages at the end kept only as far as the page count needs them (Padding).
    cache: where a render with the same inputs (the HTML, the stylesheets, every file it read, this
    module's read-back code) is found instead of laid out again; the result is the same to the byte.
    """
    key = _render_key(html, stylesheets, variant, allowed, label, press_colours is not None, crop_marks, measure_only,
                      padding)
    found = _cached_render(cache, key)
    if found is not None:
        return found
    rendered, files = _render(html, stylesheets, variant, allowed, label, press_colours, crop_marks, measure_only,
                              padding, cache)
    cache.put(key, pickle.dumps((files, rendered), protocol=pickle.HIGHEST_PROTOCOL))
    return rendered


# What a cached render depends on beyond its arguments: the code that lays out and reads back.
_CODE_DIGEST = hashlib.sha256(b"".join(Path(f).read_bytes() for f in (__file__, colour.__file__, engine.__file__))).hexdigest()


def _render_key(html: str, stylesheets: list[Path], *options) -> str:
    import weasyprint

    digest = hashlib.sha256()
    for part in (_CODE_DIGEST, weasyprint.__version__, *map(str, options)):
        digest.update(part.encode() + b"\0")
    for sheet in stylesheets:
        digest.update(str(sheet).encode() + b"\0" + sheet.read_bytes() + b"\0")
    digest.update(html.encode())
    return digest.hexdigest()


def _cached_render(cache: Cache, key: str) -> RenderedPdf | None:
    """A stored render whose files (fonts, images, profiles) are still what it read; else None."""
    payload = cache.get(key)
    if payload is None:
        return None
    try:
        files, rendered = pickle.loads(payload)
    except Exception:  # an entry from an older layout of RenderedPdf: made again
        return None
    if not isinstance(rendered, RenderedPdf) or any(_file_digest(Path(path)) != digest for path, digest in files):
        return None
    return rendered


_DIGESTS: dict[tuple[str, int, int], str] = {}


def _file_digest(path: Path) -> str | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _DIGESTS:
        _DIGESTS[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _DIGESTS[key]


@dataclass
class _Prepared:
    """Stylesheets parsed once per process and reused by every render with the same ones
    (parsing them and loading their fonts costs more than laying out a two-page spread)."""

    fetcher: object
    fonts: object
    profiles: dict
    css: list
    files: dict[str, str] = field(default_factory=dict)  # what parsing them read: path -> digest
    problems: tuple[Problem, ...] = ()


_PREPARED: dict[tuple, _Prepared] = {}
FONTS_CSS_NAME = Path(FONTS_CSS).name


def _prepared(weasyprint, stylesheets: list[Path], allowed: list[Path], press_colours: PressColours | None,
              label: str, cache: Cache, html: str) -> _Prepared:
    """The stylesheets parsed and their fonts loaded, once per process for each set of font faces the
    document needs (font_css_for: a Dutch text needs no Arabic faces, which would only slow it down)."""
    fonts_css = {s: font_css_for(s, html) for s in stylesheets if s.name == FONTS_CSS_NAME}
    key = (tuple(str(s) for s in stylesheets), tuple(hashlib.sha256(s.read_bytes()).hexdigest() for s in stylesheets),
           tuple(faces for _, faces in fonts_css.values()), tuple(map(str, allowed)), id(press_colours), os.getpid())
    if key not in _PREPARED:
        fetcher = _project_fetcher(weasyprint, [p.resolve() for p in allowed], press_colours, cache)
        with _logged_problems(label) as problems:
            # Shared by all stylesheets; without them @font-face and @color-profile are ignored.
            fonts, profiles = weasyprint.text.fonts.FontConfiguration(), {}
            shared = {"url_fetcher": fetcher, "font_config": fonts, "color_profiles": profiles}
            css = [weasyprint.CSS(string=fonts_css[s][0], base_url=s.as_uri(), **shared) if s in fonts_css
                   else weasyprint.CSS(filename=str(s), **shared) for s in stylesheets]
        _PREPARED[key] = _Prepared(fetcher, fonts, profiles, css, dict(fetcher.fetched), tuple(problems))
    return _PREPARED[key]


def _render(html, stylesheets, variant, allowed, label, press_colours, crop_marks, measure_only, padding, cache):
    weasyprint = load_weasyprint()
    prepared = _prepared(weasyprint, stylesheets, allowed, press_colours, label, cache, html)
    fetcher = prepared.fetcher
    fetcher.fetched = {}
    digest = hashlib.sha256(html.encode()).hexdigest()[:32]
    options = {
        "pdf_variant": VARIANTS[variant],
        # A fixed identifier derived from the input keeps builds reproducible.
        "pdf_identifier": digest.encode(),
    }
    if variant == "press":
        options["output_intent"] = PROFILE_NAME
    with _logged_problems(label) as problems:
        document = weasyprint.HTML(
            string=html, base_url=allowed[0].resolve().as_uri() + "/", url_fetcher=fetcher,
        ).render(stylesheets=prepared.css, font_config=prepared.fonts, color_profiles=prepared.profiles, **options)
        if padding and (spare := padding.spare(document)):
            document = document.copy([page for page in document.pages if page not in spare])
        data = b"" if measure_only else document.write_pdf(finisher=_finisher(digest, variant, crop_marks), **options)
    families = tuple(sorted({font.family for font in document.fonts.values()}))
    # a stylesheet's warnings belong to every render that uses it, not only to the first
    stylesheet_problems = tuple(Problem(label, p.line, p.message) for p in prepared.problems)
    rendered = RenderedPdf(data, len(document.pages), stylesheet_problems + tuple(problems), _anchors(document),
                           tuple(_images(weasyprint, document)), families, tuple(_content_bottoms(weasyprint, document)),
                           _hyphen_runs(weasyprint, document))
    return rendered, tuple(sorted((prepared.files | fetcher.fetched).items()))


def drawing_pixels(path: Path, size: tuple[int, int], focus: tuple[float, float], allowed: list[Path]):
    """A drawing (SVG) as a Pillow image of `size` px, cut to fill it like object-fit: cover around `focus`
    (percentages): laid out by WeasyPrint with the project's fetcher (nothing outside the project, never the
    network) and rasterised by PDFium. None when WeasyPrint could not draw it whole."""
    import pypdfium2

    weasyprint = load_weasyprint()
    width, height = size
    html = (f"<style>@page {{ size: {width}px {height}px; margin: 0 }} body {{ margin: 0 }} img {{ display: block; "
            f"width: {width}px; height: {height}px; object-fit: cover; object-position: {focus[0]}% {focus[1]}% }}"
            f'</style><img src="{path.resolve().as_uri()}" alt="">')
    fetcher = _project_fetcher(weasyprint, [root.resolve() for root in allowed], None, NO_CACHE)
    with _logged_problems(str(path)) as problems:
        data = weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()
    if problems:
        return None
    document = pypdfium2.PdfDocument(data)
    try:
        return document[0].render(scale=CSS_PX_PER_INCH / 72).to_pil().convert("RGB")
    finally:
        document.close()


def _anchors(document) -> dict:
    found = {}
    for number, page in enumerate(document.pages, 1):
        for name, (_x1, _y1, _x2, bottom) in page.anchors.items():
            found.setdefault(name, (number, bottom * 25.4 / CSS_PX_PER_INCH))
    return found


def _content_bottoms(weasyprint, document):
    """How far down each page its content reaches (running heads and feet in the margin boxes left out):
    the bottom of the lowest text, image, or box with a background."""
    boxes = weasyprint.formatting_structure.boxes
    for page in document.pages:
        bottom = 0.0
        for child in page._page_box.children:
            if isinstance(child, boxes.MarginBox):
                continue
            for box in child.descendants():
                if _draws_something(box, boxes):
                    bottom = max(bottom, box.border_box_y() + box.border_height())
        yield bottom * 25.4 / CSS_PX_PER_INCH


def _hyphen_runs(weasyprint, document) -> tuple[str, ...]:
    """The words to keep whole so that no paragraph has three hyphenated lines in a row: in every run of
    three or more lines ending in a hyphen, the word broken at its second line (and fourth, ...).
    A word broken at a hyphen of its own (sw-medewerkers) is listed with and without it."""
    boxes = weasyprint.formatting_structure.boxes
    words = set()
    for page in document.pages:
        for block in page._page_box.descendants():
            lines = [child for child in getattr(block, "children", ()) if isinstance(child, boxes.LineBox)]
            texts = ["".join(b.text for b in line.descendants() if isinstance(b, boxes.TextBox)).split()
                     for line in lines]
            for start, length in _runs([bool(text) and text[-1].endswith("-") for text in texts]):
                for index in range(start + 1, start + length - 1, 2):
                    head = texts[index][-1][:-1]
                    tail = re.split(r"[^\w’-]", texts[index + 1][0])[0] if texts[index + 1] else ""
                    if head and tail:
                        words |= {head + tail, f"{head}-{tail}"}
    return tuple(sorted(words))


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(start, length) of every run of three or more True values."""
    runs, start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            if index - start >= 3:
                runs.append((start, index - start))
            start = None
    return runs


def _draws_something(box, boxes) -> bool:
    if isinstance(box, boxes.TextBox):
        return bool(box.text.strip())
    if isinstance(box, boxes.ReplacedBox):
        return True
    colour = box.style["background_color"]
    return getattr(colour, "alpha", 0) > 0 or any(image for image in box.style["background_image"] if image[0] != "none")


def _images(weasyprint, document):
    replaced = weasyprint.formatting_structure.boxes.ReplacedBox
    for number, page in enumerate(document.pages, 1):
        for box in page._page_box.descendants():
            image = getattr(box, "replacement", None) if isinstance(box, replaced) else None
            if isinstance(image, weasyprint.images.RasterImage) and box.width and box.height:
                # object-fit: cover scales by the larger ratio; that sets the effective resolution
                scale = max(box.width / image.width, box.height / image.height)
                yield PlacedImage(box.element.get("src", ""), number, box.width * 25.4 / CSS_PX_PER_INCH,
                                  box.height * 25.4 / CSS_PX_PER_INCH, CSS_PX_PER_INCH / scale)


def _finisher(digest: str, variant: str, crop_marks: bool):
    """Make the PDF reproducible; for the press, name the output condition as printers expect and
    take out the link annotations (they mean nothing on paper and preflight profiles flag them);
    draw crop marks outside the bleed when asked."""
    document_id = f"xmp.did:{uuid.UUID(hex=digest)}".encode()

    def finish(document, pdf):
        import pydyf

        if crop_marks:
            _add_crop_marks(pdf, pydyf)

        for stream in pdf.objects:
            if getattr(stream, "extra", {}).get("Type") == "/Metadata":
                stream.stream = [RANDOM_DOCUMENT_ID.sub(document_id, part) for part in stream.stream]
        if variant == "press":
            for page in _pages(pdf, pydyf):
                page.pop("Annots", None)  # left unreferenced: pydyf cannot free objects in a compressed file
            intent = pdf.catalog["OutputIntents"][0]
            intent["OutputConditionIdentifier"] = pydyf.String("FOGRA39")
            intent["OutputCondition"] = pydyf.String("Offset printing on coated paper, FOGRA39")
            intent["RegistryName"] = pydyf.String("http://www.color.org")
            intent["Info"] = pydyf.String("Coated FOGRA39 (ISO 12647-2:2004/Amd 1)")

    return finish


MARK_FROM, MARK_TO = 3.5 * 72 / 25.4, 9 * 72 / 25.4  # crop marks run 3.5-9 mm outside the trim
MEDIA_MARGIN = 10 * 72 / 25.4


def _add_crop_marks(pdf, pydyf) -> None:
    """Crop marks in registration black (all four inks), outside the 3 mm bleed.

    WeasyPrint's own marks are drawn in RGB inside the bleed, so they are drawn here:
    the MediaBox grows to 10 mm around the trim, TrimBox and BleedBox stay as they are.
    """
    for page in _pages(pdf, pydyf):
        x0, y0, x1, y1 = (float(v) for v in page["TrimBox"])
        lines = []
        for x, y, dx, dy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
            lines.append(f"{x + dx * MARK_FROM:.2f} {y:.2f} m {x + dx * MARK_TO:.2f} {y:.2f} l S")
            lines.append(f"{x:.2f} {y + dy * MARK_FROM:.2f} m {x:.2f} {y + dy * MARK_TO:.2f} l S")
        marks = pydyf.Stream([b"q 0.25 w 1 1 1 1 K " + " ".join(lines).encode() + b" Q"])
        pdf.add_object(marks)
        contents = page["Contents"]
        page["Contents"] = pydyf.Array([*(contents if isinstance(contents, list) else [contents]), marks.reference])
        page["MediaBox"] = pydyf.Array((x0 - MEDIA_MARGIN, y0 - MEDIA_MARGIN, x1 + MEDIA_MARGIN, y1 + MEDIA_MARGIN))


def _pages(pdf, pydyf):
    return [page for page in pdf.objects if isinstance(page, pydyf.Dictionary) and page.get("Type") == "/Page"]


def _project_fetcher(weasyprint, roots: list[Path], press_colours: PressColours | None, cache: Cache):
    urls = weasyprint.urls

    class ConvertedResponse(urls.URLFetcherResponse):
        """Converted content: without a path, WeasyPrint embeds these bytes, not the file on disk."""

        path = None

    class ProjectFetcher(urls.URLFetcher):
        def __init__(self):
            super().__init__()
            self.converted: dict[tuple[Path, str], bytes] = {}  # press conversions, once per file content
            self.fetched: dict[str, str] = {}  # every file read: path -> digest (what a cached render depends on)

        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme != "file":
                raise ValueError(f"not fetched: {url} (only files inside the project are read, never the network)")
            path = Path(url2pathname(parts.path)).resolve()
            if not any(path.is_relative_to(root) for root in roots):
                raise ValueError(f"not fetched: {path} is outside {', '.join(map(str, roots))}")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            body = path.read_bytes()
            digest = hashlib.sha256(body).hexdigest()
            self.fetched[str(path)] = digest
            if press_colours is None:
                return urls.URLFetcherResponse(url, body, {"Content-Type": content_type})
            return ConvertedResponse(url, self._for_press(path, digest, body), {"Content-Type": content_type})

        def _for_press(self, path: Path, digest: str, body: bytes) -> bytes:
            """No RGB in the press PDF: SVG colours and raster images become CMYK first, once per file
            content (and kept in the cache: converting the pictures is seconds of every press render)."""
            suffix = path.suffix.lower()
            if suffix != ".svg" and suffix not in RASTER_SUFFIXES:
                return body
            if (path, digest) not in self.converted:
                key = hashlib.sha256(f"cmyk\0{_CODE_DIGEST}\0{press_colours.profile_digest}\0{suffix}\0{digest}"
                                     .encode()).hexdigest()
                converted = cache.get(key)
                if converted is None:
                    converted = (press_colours.svg(body.decode("utf-8")).encode("utf-8") if suffix == ".svg"
                                 else press_colours.raster(body))
                    cache.put(key, converted)
                self.converted[(path, digest)] = converted
            return self.converted[(path, digest)]

    return ProjectFetcher()


class _Collector(logging.Handler):
    def __init__(self, label: str):
        super().__init__(logging.WARNING)
        self.label, self.problems = label, []

    def emit(self, record):
        self.problems.append(Problem(self.label, 0, f"WeasyPrint: {record.getMessage()}"))


@contextmanager
def _logged_problems(label: str):
    logger = logging.getLogger("weasyprint")
    collector = _Collector(label)
    logger.addHandler(collector)
    previous = logger.propagate
    logger.propagate = False  # reported once, as a problem, not also on stderr
    try:
        yield collector.problems
    finally:
        logger.removeHandler(collector)
        logger.propagate = previous
