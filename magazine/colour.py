"""RGB to CMYK through the press profile, for images and SVG illustrations. Pure: bytes in, bytes out."""
from __future__ import annotations

import io
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
