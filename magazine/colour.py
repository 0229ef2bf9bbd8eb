"""RGB to CMYK through the press profile, for images and SVG illustrations. Pure: bytes in, bytes out."""
from __future__ import annotations

import hashlib
import io
import itertools
import math
import re
from functools import lru_cache
from pathlib import Path

import tinycss2.color3
from PIL import Image, ImageCms

SVG_COLOUR = re.compile(r'(\b(?:fill|stroke|stop-color|flood-color|lighting-color|color)(?:\s*=\s*["\']|\s*:\s*))([^"\';>]+)')
SVG_ROOT = re.compile(r"<svg\b[^>]*>")


class PressColours:
    """Converts RGB content for the press PDF with one ICC transform (sRGB -> CMYK profile)."""

    def __init__(self, profile: Path):
        self.profile_digest = hashlib.sha256(profile.read_bytes()).hexdigest()  # what a stored conversion follows
        self.transform = ImageCms.buildTransform(
            ImageCms.createProfile("sRGB"), ImageCms.getOpenProfile(str(profile)), "RGB", "CMYK",
            renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC,
            flags=ImageCms.Flags.BLACKPOINTCOMPENSATION)
        self._cmyk = lru_cache(maxsize=None)(self._convert_hex)

    def _convert_hex(self, hex_colour: str) -> str:
        digits = hex_colour if len(hex_colour) == 6 else "".join(c * 2 for c in hex_colour)
        pixel = Image.new("RGB", (1, 1), tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4)))
        cmyk = ImageCms.applyTransform(pixel, self.transform).getpixel((0, 0))
        return "device-cmyk(" + " ".join(f"{v / 255:.3f}" for v in cmyk) + ")"

    def svg(self, text: str) -> str:
        """Every colour in an SVG as device-cmyk(), so no RGB reaches the press PDF.

        Also gives the root a CMYK black fill: SVG's default fill is RGB black.
        """
        text = SVG_COLOUR.sub(lambda m: m[1] + self._css_colour(m[2]), text)
        def black_fill(match) -> str:
            root = match[0]
            return root if "fill=" in root else root[:4] + ' fill="device-cmyk(0 0 0 1)"' + root[4:]
        return SVG_ROOT.sub(black_fill, text, count=1)

    def _css_colour(self, value: str) -> str:
        colour = tinycss2.color3.parse_color(value.strip())
        if not isinstance(colour, tinycss2.color3.RGBA):
            return value  # none, currentColor, url(#gradient), or already device-cmyk()
        return self._cmyk("".join(f"{round(c * 255):02x}" for c in colour[:3]))

    def raster(self, data: bytes) -> bytes:
        """An RGB (or palette, or RGBA on white) image as a CMYK JPEG at the same pixel size."""
        with Image.open(io.BytesIO(data)) as image:
            dpi = image.info.get("dpi", (300, 300))
            if image.mode in ("CMYK", "L", "1"):
                return data
            if image.mode in ("RGBA", "LA", "P"):
                image = image.convert("RGBA")
                flat = Image.new("RGB", image.size, "white")
                flat.paste(image, mask=image.getchannel("A"))
                image = flat
            cmyk = ImageCms.applyTransform(image.convert("RGB"), self.transform)
        out = io.BytesIO()
        cmyk.save(out, "JPEG", quality=92, dpi=dpi)
        return out.getvalue()


PRESS_PROFILE = "color/FOGRA39L-argyll.icc"  # inside the templates folder; press.css names it too
MAX_SMALL_TYPE_INKS = 2
SMALL_TYPE_CONTRAST = 4.5  # WCAG's ratio for small text, here against the paper through the press profile
GRID = [step / 20 for step in range(21)]


class PressInks:
    """CMYK values as printed: their CIELAB colour through the press profile (CMYK -> Lab, D50)."""

    def __init__(self, profile: Path):
        self.profile_digest = hashlib.sha256(profile.read_bytes()).hexdigest()  # what a stored conversion follows
        self.transform = ImageCms.buildTransform(
            ImageCms.getOpenProfile(str(profile)), ImageCms.createProfile("LAB", colorTemp=5000), "CMYK", "LAB",
            renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)

    def lab(self, cmyks: list[tuple[float, ...]]) -> list[tuple[float, float, float]]:
        image = Image.new("CMYK", (len(cmyks), 1))
        for x, cmyk in enumerate(cmyks):
            image.putpixel((x, 0), tuple(round(v * 255) for v in cmyk))
        converted = ImageCms.applyTransform(image, self.transform)
        return [(lab[0] * 100 / 255, lab[1] - 128, lab[2] - 128)
                for lab in (converted.getpixel((x, 0)) for x in range(len(cmyks)))]

    def contrast_on_paper(self, cmyk: tuple[float, ...]) -> float:
        paper, ink = self.lab([(0, 0, 0, 0), tuple(cmyk)])
        return (_luminance(paper[0]) + 0.05) / (_luminance(ink[0]) + 0.05)

    def two_ink_match(self, cmyk: tuple[float, ...]) -> tuple[float, ...]:
        """The colour of at most two inks nearest to `cmyk` (CIE76, 5 % steps) that keeps small-type contrast."""
        candidates = []
        for first, second in itertools.combinations(range(4), 2):
            for a, b in itertools.product(GRID, GRID):
                value = [0.0] * 4
                value[first], value[second] = a, b
                candidates.append(tuple(value))
        target, paper, *labs = self.lab([tuple(cmyk), (0, 0, 0, 0), *candidates])
        paper_luminance = _luminance(paper[0]) + 0.05
        fitting = [(math.dist(lab, target), value) for value, lab in zip(candidates, labs, strict=True)
                   if paper_luminance / (_luminance(lab[0]) + 0.05) >= SMALL_TYPE_CONTRAST]
        return min(fitting)[1]


def inks(cmyk: tuple[float, ...]) -> int:
    return sum(1 for value in cmyk if value > 0)


def _luminance(lightness: float) -> float:
    """CIE Y (0..1) from L*."""
    return ((lightness + 16) / 116) ** 3 if lightness > 8 else lightness / 903.3
