"""Images as the site and the print document use them: sizes, and responsive variants for the site."""
from __future__ import annotations

import contextlib
import hashlib
import io
import pickle
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PillowImage

from .cache import NO_CACHE, Cache
from .model import Image
from .urls import url_for

WIDTHS = (480, 800, 1200, 1600)  # responsive variants, never wider than the original
SVG_SIZE = re.compile(rb'<svg[^>]*?\bwidth="(\d+)"[^>]*?\bheight="(\d+)"')


@dataclass(frozen=True)
class Picture:
    """What an <img> (or <picture>) needs; paths are relative to the site root (or file URIs in print)."""

    src: str
    width: int
    height: int
    webp: tuple[tuple[str, int], ...] = ()  # (path, width) variants; empty for SVG and in print
    jpeg: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Variant:
    path: str  # relative to the site folder
    data: bytes


def intrinsic_size(path: Path) -> tuple[int, int]:
    if path.suffix.lower() == ".svg":
        match = SVG_SIZE.search(path.read_bytes()[:2000])
        return (int(match[1]), int(match[2])) if match else (1200, 600)
    with PillowImage.open(path) as image:
        return image.size


def print_picture(image: Image) -> Picture:
    width, height = intrinsic_size(image.path)
    return Picture(image.path.as_uri(), width, height)


def site_picture(image: Image, cache: Cache = NO_CACHE) -> tuple[Picture, list[Variant]]:
    """SVGs are copied as they are; raster images get WebP and JPEG variants for srcset, made once per
    image content and kept in the cache (resizing and encoding them is most of the site's build time)."""
    digest = hashlib.sha256(_CODE + image.path.name.encode() + b"\0" + image.path.read_bytes()).hexdigest()
    if (payload := cache.get(digest)) is not None:
        with contextlib.suppress(Exception):  # an entry from an older layout of Picture: made again
            picture, variants = pickle.loads(payload)
            if isinstance(picture, Picture):
                return picture, variants
    made = _site_picture(image)
    cache.put(digest, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
    return made


_CODE = Path(__file__).read_bytes()  # what the variants depend on beyond the image: this code


def _site_picture(image: Image) -> tuple[Picture, list[Variant]]:
    width, height = intrinsic_size(image.path)
    if image.path.suffix.lower() == ".svg":
        return Picture(url_for("image", image.path.name), width, height), []
    stem = image.path.stem
    variants = []
    with PillowImage.open(image.path) as original:
        original = original.convert("RGB")
        for target in [w for w in WIDTHS if w < width] + [min(width, WIDTHS[-1])]:
            resized = original.resize((target, round(height * target / width)), PillowImage.LANCZOS)
            for fmt, ext in (("WEBP", "webp"), ("JPEG", "jpg")):
                out = io.BytesIO()
                resized.save(out, fmt, quality=78, **({"progressive": True} if fmt == "JPEG" else {"method": 4}))
                variants.append(Variant(url_for("image", f"{stem}-{target}.{ext}"), out.getvalue()))
    widths = sorted({int(v.path.rsplit("-", 1)[1].split(".")[0]) for v in variants})
    webp = tuple((url_for("image", f"{stem}-{w}.webp"), w) for w in widths)
    jpeg = tuple((url_for("image", f"{stem}-{w}.jpg"), w) for w in widths)
    return Picture(jpeg[-1][0], width, height, webp, jpeg), variants
