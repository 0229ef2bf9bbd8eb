"""What a prepress desk asks first, read back from the finished press PDFs (never from the settings).

read_press_pdf() is the I/O edge (pikepdf, and poppler's pdfimages for the effective resolution);
print_report() turns what was read into the checks of output/magazine-print-report.html.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from .binding import BLEED_MM, PAGE_WIDTH_MM, PAGES_PER_SHEET, SADDLE_STITCH_MAX_PAGES, Binding
from .layout import MIN_PPI

MM_PER_PT = 25.4 / 72
MAX_INK = 300  # percent: total area coverage for coated paper (FOGRA39) as Dutch printers ask it
TOLERANCE_MM = 0.5
PDFX_KEYS = ("{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion", "{http://ns.adobe.com/pdfx/1.3/}GTS_PDFXVersion")
SPACE_NAMES = {"/DeviceCMYK": "CMYK", "/DeviceRGB": "RGB", "/DeviceGray": "grijs", "/Lab": "Lab",
               "/Pattern": "patroon", "/Separation": "steunkleur", "/DeviceN": "DeviceN"}
ICC_BY_CHANNELS = {1: "grijs", 3: "RGB", 4: "CMYK"}
OPERATOR_SPACES = {"k": "CMYK", "K": "CMYK", "rg": "RGB", "RG": "RGB", "g": "grijs", "G": "grijs"}


@dataclass(frozen=True)
class Where:
    value: float
    page: int  # 1-based
    what: str


@dataclass(frozen=True)
class PressPdf:
    """One press PDF as read back."""

    name: str
    pages: int
    trim_mm: tuple[float, float]  # width, height of page 1
    bleed_mm: tuple[float, ...]  # left, bottom, right, top: the least on any page
    same_size: bool  # every page has the trim of page 1
    pdfx: str  # GTS_PDFXVersion from the metadata
    output_intent: str  # OutputConditionIdentifier
    annotations: int
    fonts: tuple[tuple[str, bool], ...]  # (name, embedded)
    colour_spaces: tuple[str, ...]
    lowest_ppi: Where | None
    highest_ink: Where | None  # percent


@dataclass(frozen=True)
class Check:
    label: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class PrintReport:
    binding: Binding
    files: tuple[PressPdf, ...]
    spine_mm: float | None  # perfect binding: the cover sheet's width less two pages
    interior_pages: int
    checks: tuple[Check, ...]

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    @property
    def font_names(self) -> tuple[str, ...]:
        return tuple(sorted({name for f in self.files for name, _ in f.fonts}))

    @property
    def fonts_embedded(self) -> bool:
        return all(embedded for f in self.files for _, embedded in f.fonts)

    @property
    def caliper_mm(self) -> float | None:
        """The paper caliper the spine was made for: its width per leaf of the interior."""
        return round(self.spine_mm / (self.interior_pages / 2), 3) if self.spine_mm is not None else None


def read_press_pdf(path: Path) -> PressPdf:
    with pikepdf.open(path) as pdf:
        boxes = [_boxes(page) for page in pdf.pages]
        trims = [(round(trim[2] - trim[0], 1), round(trim[3] - trim[1], 1)) for trim, _ in boxes]
        bleeds = [tuple(abs(t - b) for t, b in zip(trim, bleed, strict=True)) for trim, bleed in boxes]
        walker = _ColourWalker()
        for number, page in enumerate(pdf.pages, 1):
            walker.walk(page.obj, page.obj.get("/Resources", pikepdf.Dictionary()), number)
        intents = pdf.Root.get("/OutputIntents", [])
        return PressPdf(
            name=path.name, pages=len(pdf.pages), trim_mm=trims[0],
            bleed_mm=tuple(round(min(b[i] for b in bleeds), 2) for i in range(4)),
            same_size=len(set(trims)) == 1,
            pdfx=_pdfx(pdf),
            output_intent=str(intents[0].get("/OutputConditionIdentifier", "")) if len(intents) else "",
            annotations=sum(len(page.obj.get("/Annots", [])) for page in pdf.pages),
            fonts=tuple(sorted(walker.fonts.items())),
            colour_spaces=tuple(sorted(walker.spaces)),
            lowest_ppi=_lowest_ppi(path),
            highest_ink=walker.highest_ink,
        )


def print_report(binding: Binding, interior: PressPdf, cover: PressPdf | None) -> PrintReport:
    """The prepress checks on what was read back. interior: the stapled magazine, or the perfect-bound
    interior; cover: the cover sheet of a perfect-bound magazine."""
    files = (interior,) + ((cover,) if cover else ())
    spine = round(cover.trim_mm[0] - 2 * PAGE_WIDTH_MM, 2) if cover else None
    checks = [
        Check("PDF/X-4 met output intent FOGRA39", all(f.pdfx == "PDF/X-4" and f.output_intent == "FOGRA39" for f in files),
              "; ".join(f"{f.name}: {f.pdfx or 'geen PDF/X'}, {f.output_intent or 'geen output intent'}" for f in files)),
        Check("Afloop van 3 mm rondom", all(min(f.bleed_mm) >= BLEED_MM - 0.01 for f in files),
              "; ".join(f"{f.name}: {_mm(min(f.bleed_mm))}" for f in files)),
        Check("Alle pagina's even groot", all(f.same_size for f in files), _files(files, lambda f: _size(f.trim_mm))),
        Check("Alleen CMYK", all(set(f.colour_spaces) <= {"CMYK", "grijs"} for f in files),
              _files(files, lambda f: ", ".join(f.colour_spaces) or "geen kleur")),
        Check("Alle fonts ingebed", all(embedded for f in files for _, embedded in f.fonts) and any(f.fonts for f in files),
              f"{sum(len(f.fonts) for f in files)} fonts, "
              f"{sum(1 for f in files for _, e in f.fonts if not e)} niet ingebed"),
        Check("Geen annotaties of links", all(f.annotations == 0 for f in files),
              _files(files, lambda f: f"{f.annotations} annotaties")),
        Check(f"Beelden minstens {MIN_PPI} ppi", all(f.lowest_ppi is None or f.lowest_ppi.value >= MIN_PPI for f in files),
              _files(files, lambda f: _where(f.lowest_ppi, "ppi") if f.lowest_ppi else "geen beelden")),
        Check(f"Inktdekking hoogstens {MAX_INK} %", all(f.highest_ink is None or f.highest_ink.value <= MAX_INK for f in files),
              _files(files, lambda f: _where(f.highest_ink, "%") if f.highest_ink else "geen inkt")),
        Check(f"Paginatal een veelvoud van {PAGES_PER_SHEET}", interior.pages % PAGES_PER_SHEET == 0,
              f"{interior.name}: {interior.pages} pagina's"),
    ]
    if binding.perfect:
        expected = round(interior.pages / 2 * binding.paper_caliper_mm, 2)
        checks.append(Check("Omslag: rug past bij het binnenwerk", cover is not None and cover.pages == 1
                            and abs(spine - expected) <= TOLERANCE_MM,
                            f"rug {_mm(spine)}, binnenwerk {interior.pages} pagina's × {_decimal(binding.paper_caliper_mm)} mm "
                            f"per blad = {_mm(expected)}" if cover else "geen omslag"))
    else:
        checks.append(Check(f"Nieten: hoogstens {SADDLE_STITCH_MAX_PAGES} pagina's",
                            interior.pages <= SADDLE_STITCH_MAX_PAGES, f"{interior.pages} pagina's"))
    return PrintReport(binding, files, spine, interior.pages, tuple(checks))


def _boxes(page) -> tuple[tuple[float, ...], tuple[float, ...]]:
    media = [float(v) for v in page.obj["/MediaBox"]]
    trim = [float(v) for v in page.obj.get("/TrimBox", media)]
    bleed = [float(v) for v in page.obj.get("/BleedBox", media)]
    return tuple(v * MM_PER_PT for v in trim), tuple(v * MM_PER_PT for v in bleed)


def _pdfx(pdf: pikepdf.Pdf) -> str:
    metadata = pdf.open_metadata()
    return next((str(metadata[key]) for key in PDFX_KEYS if key in metadata), "")


def _lowest_ppi(path: Path) -> Where | None:
    """The least effective resolution of any placed raster image (poppler's pdfimages -list)."""
    try:
        listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError:
        raise OSError("pdfimages not found: install poppler-utils (sh tools/system-deps.sh build)") from None
    lowest = None
    for line in listing.splitlines()[2:]:
        fields = line.split()
        if len(fields) >= 14 and fields[2] == "image":
            ppi = min(float(fields[12]), float(fields[13]))
            if lowest is None or ppi < lowest.value:
                lowest = Where(ppi, int(fields[0]), f"{fields[3]} × {fields[4]} px")
    return lowest


class _ColourWalker:
    """Walks content streams, forms and patterns: colour spaces, fonts and the highest ink coverage
    (of fills and images: what covers an area)."""

    def __init__(self):
        self.spaces: set[str] = set()
        self.fonts: dict[str, bool] = {}
        self.highest_ink: Where | None = None
        self._seen: set[tuple[int, int]] = set()
        self._image_inks: dict[tuple[int, int], float] = {}

    def walk(self, stream, resources, page: int) -> None:
        for font in resources.get("/Font", {}).values():
            self._font(font)
        spaces = {"fill": "grijs", "stroke": "grijs"}
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            if op in OPERATOR_SPACES:
                self.spaces.add(OPERATOR_SPACES[op])
                if op == "k":  # fills only: strokes are hairlines, and crop marks are in all four inks
                    self._ink(sum(float(v) for v in operands) * 100, page, "vlak of tekst")
            elif op in ("cs", "CS"):
                spaces["fill" if op == "cs" else "stroke"] = self._space(operands[0], resources)
            elif op in ("sc", "scn", "SC", "SCN"):
                space = spaces["fill" if op in ("sc", "scn") else "stroke"]
                values = [float(v) for v in operands if not isinstance(v, pikepdf.Name)]
                if space == "CMYK" and len(values) == 4 and op in ("sc", "scn"):
                    self._ink(sum(values) * 100, page, "vlak of tekst")
            elif op == "Do":
                self._xobject(resources.get("/XObject", {}).get(str(operands[0])), page)
        for pattern in resources.get("/Pattern", {}).values():
            if isinstance(pattern, pikepdf.Stream) and self._first_time(pattern):
                self.walk(pattern, pattern.get("/Resources", pikepdf.Dictionary()), page)

    def _xobject(self, xobject, page: int) -> None:
        if xobject is None:
            return
        if xobject.get("/Subtype") == "/Form" and self._first_time(xobject):
            self.walk(xobject, xobject.get("/Resources", pikepdf.Dictionary()), page)
        elif xobject.get("/Subtype") == "/Image":
            space = self._space(xobject.get("/ColorSpace", pikepdf.Name("/DeviceGray")), pikepdf.Dictionary())
            self.spaces.add(space)
            if space == "CMYK":  # an image placed twice is decoded once
                if xobject.objgen not in self._image_inks:
                    self._image_inks[xobject.objgen] = _image_ink(xobject)
                self._ink(self._image_inks[xobject.objgen], page, "beeld")

    def _space(self, value, resources) -> str:
        if isinstance(value, pikepdf.Name) and str(value) in resources.get("/ColorSpace", {}):
            value = resources.ColorSpace[str(value)]
        if isinstance(value, pikepdf.Array):
            family = str(value[0])
            if family == "/ICCBased":
                return ICC_BY_CHANNELS.get(int(value[1].get("/N", 0)), "ICC")
            if family == "/Indexed":
                return self._space(value[1], resources)
            return SPACE_NAMES.get(family, family.lstrip("/"))
        name = SPACE_NAMES.get(str(value), str(value).lstrip("/"))
        if name != "patroon":
            self.spaces.add(name)
        return name

    def _font(self, font) -> None:
        name = str(font.get("/BaseFont", "?")).lstrip("/").split("+", 1)[-1].rstrip(",").replace("-", " ")
        descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
        descriptor = descendant.get("/FontDescriptor", {})
        embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        self.fonts[name] = self.fonts.get(name, True) and embedded

    def _ink(self, percent: float, page: int, what: str) -> None:
        if self.highest_ink is None or percent > self.highest_ink.value:
            self.highest_ink = Where(round(percent, 1), page, what)

    def _first_time(self, obj) -> bool:
        key = obj.objgen
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


def _image_ink(image) -> float:
    """The highest coverage of a CMYK image, in percent, from its pixels (scaled down to about 200 px)."""
    picture = pikepdf.PdfImage(image).as_pil_image()
    picture.thumbnail((200, 200))
    if picture.mode != "CMYK":
        return 0.0
    # Pillow undoes the inversion of Adobe CMYK JPEGs (their /Decode [1 0 ...] in the PDF): these are inks
    bands = [band.get_flattened_data() for band in picture.split()]
    return round(max(sum(pixel) for pixel in zip(*bands, strict=True)) / 255 * 100, 1)


def _files(files, describe) -> str:
    return "; ".join(f"{f.name}: {describe(f)}" for f in files)


def _where(where: Where, unit: str) -> str:
    return f"{_decimal(where.value)} {unit} op pagina {where.page} ({where.what})"


def _decimal(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _mm(value: float) -> str:
    return f"{value:.1f} mm".replace(".", ",")


def _size(trim: tuple[float, float]) -> str:
    return f"{_mm(trim[0])[:-3]} × {_mm(trim[1])}"
