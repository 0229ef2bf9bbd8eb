"""A small vector language for the sample illustrations: shapes, people at work, props and
settings, drawn either as SVG or, through Pillow, as a crisp raster (drawn at twice the size and
scaled down, so edges are smooth without any blur).

Coordinates are scene units: x from 0 to `Canvas.width`, y from 0 (top) to `Canvas.height`.
Everything stands on the floor line and is sized by `Canvas.person`, the height of a standing
person, so the same scene can be drawn wide (SVG, 3:2) or tall (raster, 3:4).
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw


@dataclass(frozen=True)
class Shape:
    kind: str  # rect, ellipse, poly, line, ring
    points: tuple[float, ...]  # rect/ellipse: x0 y0 x1 y1; poly/line: x y pairs
    colour: str
    width: float = 0  # line and ring: stroke width
    radius: float = 0  # rect: corner radius


def rect(x0, y0, x1, y1, colour, radius=0):
    return Shape("rect", (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), colour, radius=radius)


def ellipse(cx, cy, rx, ry, colour):
    return Shape("ellipse", (cx - rx, cy - ry, cx + rx, cy + ry), colour)


def circle(cx, cy, r, colour):
    return ellipse(cx, cy, r, r, colour)


def ring(cx, cy, r, colour, width):
    return Shape("ring", (cx - r, cy - r, cx + r, cy + r), colour, width=width)


def poly(points, colour):
    return Shape("poly", tuple(v for point in points for v in point), colour)


def trapezoid(x, top, bottom, half_top, half_bottom, colour):
    """A shape symmetric about x: `half_top` either side of x at `top`, `half_bottom` at `bottom`."""
    return poly([(x - half_top, top), (x + half_top, top), (x + half_bottom, bottom), (x - half_bottom, bottom)], colour)


def line(points, colour, width):
    return Shape("line", tuple(v for point in points for v in point), colour, width=width)


def bands(x0, y0, x1, y1, top, bottom, steps=8):
    """A vertical light gradient as flat bands (flat colours convert cleanly to CMYK)."""
    height = (y1 - y0) / steps
    return [rect(x0, y0 + i * height, x1, y0 + (i + 1) * height + 0.5, mix(top, bottom, i / (steps - 1))) for i in range(steps)]


def mix(base: str, other: str, amount: float) -> str:
    a, b = (tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in (base, other))
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


@dataclass(frozen=True)
class Canvas:
    width: float
    height: float
    floor: float  # y of the floor line
    person: float  # height of a standing person


WIDE = Canvas(1200, 800, 690, 370)  # SVG illustrations, 3:2
TALL = Canvas(1200, 1600, 1440, 500)  # raster pictures, 3:4: a full page at 300 ppi


# --- rendering ---------------------------------------------------------------------------------


def to_svg(shapes: list[Shape], canvas: Canvas, pixel_width: int) -> str:
    height = round(pixel_width * canvas.height / canvas.width)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {canvas.width:g} {canvas.height:g}" '
        f'width="{pixel_width}" height="{height}">'
    ]
    for s in shapes:
        p = [round(v, 1) for v in s.points]
        if s.kind == "rect":
            corner = f' rx="{s.radius:g}"' if s.radius else ""
            parts.append(
                f'<rect x="{p[0]:g}" y="{p[1]:g}" width="{p[2] - p[0]:g}" height="{p[3] - p[1]:g}"{corner} fill="{s.colour}"/>'
            )
        elif s.kind in ("ellipse", "ring"):
            cx, cy, rx, ry = (p[0] + p[2]) / 2, (p[1] + p[3]) / 2, (p[2] - p[0]) / 2, (p[3] - p[1]) / 2
            paint = f'fill="none" stroke="{s.colour}" stroke-width="{s.width:g}"' if s.kind == "ring" else f'fill="{s.colour}"'
            parts.append(f'<ellipse cx="{cx:g}" cy="{cy:g}" rx="{rx:g}" ry="{ry:g}" {paint}/>')
        elif s.kind == "poly":
            parts.append(f'<polygon points="{_pairs(p)}" fill="{s.colour}"/>')
        else:
            parts.append(
                f'<polyline points="{_pairs(p)}" fill="none" stroke="{s.colour}" stroke-width="{s.width:g}" '
                'stroke-linecap="round" stroke-linejoin="round"/>'
            )
    return "".join(parts) + "</svg>\n"


def _pairs(values) -> str:
    return " ".join(f"{values[i]:g},{values[i + 1]:g}" for i in range(0, len(values), 2))


def to_raster(shapes: list[Shape], canvas: Canvas, pixel_width: int) -> Image.Image:
    supersample = 2
    scale = pixel_width * supersample / canvas.width
    size = (pixel_width * supersample, round(canvas.height * scale))
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for s in shapes:
        p = [v * scale for v in s.points]
        if s.kind == "rect":
            if s.radius:
                draw.rounded_rectangle(p, radius=s.radius * scale, fill=s.colour)
            else:
                draw.rectangle(p, fill=s.colour)
        elif s.kind == "ellipse":
            draw.ellipse(p, fill=s.colour)
        elif s.kind == "ring":
            draw.ellipse(p, outline=s.colour, width=max(1, round(s.width * scale)))
        elif s.kind == "poly":
            draw.polygon(p, fill=s.colour)
        else:
            width = s.width * scale
            draw.line(p, fill=s.colour, width=max(1, round(width)), joint="curve")
            for i in range(0, len(p), 2):  # round caps
                draw.ellipse([p[i] - width / 2, p[i + 1] - width / 2, p[i] + width / 2, p[i + 1] + width / 2], fill=s.colour)
    return image.resize((pixel_width, round(size[1] / supersample)), Image.LANCZOS)


# --- people ------------------------------------------------------------------------------------

SKIN = ("#f1c7a5", "#e0a77f", "#c68642", "#8d5524", "#5c3a21", "#f3d4bd")
HAIR = ("#2b1d14", "#4a3222", "#8a5a2b", "#d8b36a", "#b9b2a8", "#1a1a1a")


@dataclass(frozen=True)
class Look:
    skin: str
    hair: str
    shirt: str
    trousers: str
    hair_style: str = "short"  # short, long, bun, bald, scarf
    hat: str = ""  # helmet, cap, chef
    vest: str = ""  # a high-visibility vest in this colour
    apron: str = ""


ARMS = {  # pose: (elbow, hand) of the left and right arm, in person heights from the shoulder
    "down": (((-0.17, 0.19), (-0.17, 0.36)), ((0.17, 0.19), (0.17, 0.36))),
    "work": (((-0.19, 0.19), (-0.07, 0.29)), ((0.19, 0.19), (0.07, 0.29))),
    "carry": (((-0.2, 0.16), (-0.13, 0.24)), ((0.2, 0.16), (0.13, 0.24))),
    "reach": (((-0.17, 0.19), (-0.17, 0.36)), ((0.2, -0.06), (0.24, -0.22))),
    "point": (((-0.17, 0.19), (-0.17, 0.36)), ((0.26, 0.04), (0.4, -0.02))),
    "talk": (((-0.17, 0.19), (-0.17, 0.36)), ((0.22, 0.18), (0.2, 0.05))),
    "hold": (((-0.18, 0.18), (-0.06, 0.24)), ((0.18, 0.18), (0.06, 0.24))),
    "tool": (((-0.17, 0.19), (-0.17, 0.36)), ((0.22, 0.16), (0.14, 0.27))),
    "push": (((-0.2, 0.14), (-0.33, 0.22)), ((0.2, 0.14), (0.05, 0.22))),
}


def person(
    x: float,
    floor: float,
    height: float,
    look: Look,
    pose: str = "down",
    mirrored: bool = False,
    seated: bool = False,
    holding: str = "",
) -> list[Shape]:
    """A person seen from the front, feet at (x, floor); `mirrored` swaps left and right arms.

    seated: sits behind a desk or table that hides the legs (draw it after the person);
    holding: box, clipboard, tray or paper, held in both hands.
    """
    s = height
    if seated:
        floor += 0.12 * s
    shoulder_y, hip_y = floor - 0.8 * s, floor - 0.47 * s
    head_y, head_r = floor - 0.9 * s, 0.07 * s
    shapes = []
    if look.hair_style in ("long", "scarf"):
        colour = look.hair if look.hair_style == "long" else look.vest or (look.shirt and mix(look.shirt, "#000000", 0.25))
        shapes.append(
            rect(x - 1.05 * head_r, head_y - 0.2 * head_r, x + 1.05 * head_r, shoulder_y + 0.08 * s, colour, radius=0.5 * head_r)
        )
    if not seated:
        for side in (-1, 1):
            shapes.append(line([(x + side * 0.055 * s, hip_y), (x + side * 0.07 * s, floor - 0.03 * s)], look.trousers, 0.09 * s))
            shapes.append(ellipse(x + side * 0.085 * s, floor - 0.018 * s, 0.062 * s, 0.025 * s, "#2a2a2a"))
    shapes.append(rect(x - 0.03 * s, shoulder_y - 0.05 * s, x + 0.03 * s, shoulder_y + 0.02 * s, look.skin))
    shapes.append(rect(x - 0.14 * s, shoulder_y, x + 0.14 * s, hip_y + 0.05 * s, look.shirt, radius=0.06 * s))
    if look.apron:
        shapes.append(rect(x - 0.11 * s, shoulder_y + 0.1 * s, x + 0.11 * s, hip_y + 0.14 * s, look.apron, radius=0.02 * s))
    if look.vest:
        for side in (-1, 1):
            shapes.append(
                rect(
                    x + side * 0.025 * s,
                    shoulder_y + 0.005 * s,
                    x + side * 0.135 * s,
                    hip_y + 0.04 * s,
                    look.vest,
                    radius=0.03 * s,
                )
            )
        shapes.append(rect(x - 0.135 * s, shoulder_y + 0.2 * s, x + 0.135 * s, shoulder_y + 0.225 * s, "#e8e8e8"))
    arms = ARMS[pose]
    for arm_index, ((ex, ey), (hx, hy)) in enumerate(arms):
        flip = -1 if mirrored else 1
        side = -1 if arm_index == 0 else 1
        start = (x + flip * side * 0.115 * s, shoulder_y + 0.04 * s)
        elbow = (x + flip * ex * s, shoulder_y + ey * s)
        hand = (x + flip * hx * s, shoulder_y + hy * s)
        shapes.append(line([start, elbow, hand], look.shirt, 0.075 * s))
        shapes.append(circle(hand[0], hand[1], 0.034 * s, look.skin))
    shapes += _head(x, head_y, head_r, look)
    if holding:
        hands = [(x + (-1 if mirrored else 1) * hx * s, shoulder_y + hy * s) for _, (hx, hy) in ARMS[pose]]
        shapes += _held(holding, sum(h[0] for h in hands) / 2, sum(h[1] for h in hands) / 2, s)
    return shapes


def _held(thing: str, x: float, y: float, s: float) -> list[Shape]:
    if thing == "box":
        return [
            rect(x - 0.14 * s, y - 0.16 * s, x + 0.14 * s, y + 0.08 * s, "#d5a86b"),
            rect(x - 0.14 * s, y - 0.16 * s, x + 0.14 * s, y - 0.13 * s, "#b58a52"),
            rect(x - 0.02 * s, y - 0.16 * s, x + 0.02 * s, y - 0.04 * s, "#ead3b0"),
        ]
    if thing == "clipboard":
        return [
            rect(x - 0.07 * s, y - 0.14 * s, x + 0.07 * s, y + 0.04 * s, "#8a5a32", radius=0.01 * s),
            rect(x - 0.06 * s, y - 0.12 * s, x + 0.06 * s, y + 0.03 * s, "#fbfbf8"),
            rect(x - 0.04 * s, y - 0.08 * s, x + 0.04 * s, y - 0.07 * s, "#555555"),
            rect(x - 0.04 * s, y - 0.05 * s, x + 0.02 * s, y - 0.04 * s, "#555555"),
        ]
    if thing == "tray":
        return [
            rect(x - 0.16 * s, y - 0.01 * s, x + 0.16 * s, y + 0.015 * s, "#a9b1b8"),
            rect(x - 0.11 * s, y - 0.08 * s, x - 0.04 * s, y - 0.01 * s, "#fbfbf8", radius=0.01 * s),
            rect(x + 0.02 * s, y - 0.07 * s, x + 0.08 * s, y - 0.01 * s, "#fbfbf8", radius=0.01 * s),
            ellipse(x + 0.05 * s, y - 0.07 * s, 0.03 * s, 0.008 * s, "#6b3e1f"),
        ]
    return [
        rect(x - 0.07 * s, y - 0.1 * s, x + 0.07 * s, y + 0.01 * s, "#fbfbf8"),
        rect(x - 0.05 * s, y - 0.07 * s, x + 0.05 * s, y - 0.06 * s, "#24467d"),
    ]


def _head(x, y, r, look: Look) -> list[Shape]:
    shapes = []
    if look.hair_style == "scarf":
        scarf = look.vest or mix(look.shirt, "#000000", 0.25)
        shapes += [circle(x, y - 0.05 * r, 1.14 * r, scarf), ellipse(x, y + 0.12 * r, 0.78 * r, 0.84 * r, look.skin)]
        return shapes
    if look.hair_style != "bald" and not look.hat:
        shapes.append(circle(x, y - 0.1 * r, 1.06 * r, look.hair))
    if look.hair_style == "bun" and not look.hat:
        shapes.append(circle(x, y - 1.05 * r, 0.48 * r, look.hair))
    shapes.append(ellipse(x, y + 0.1 * r, 0.92 * r, 0.96 * r, look.skin))
    if look.hair_style not in ("bald",) and not look.hat:
        shapes.append(ellipse(x, y - 0.62 * r, 0.9 * r, 0.42 * r, look.hair))
    if look.hat == "helmet":
        shapes += [
            ellipse(x, y - 0.35 * r, 1.08 * r, 0.85 * r, "#f2c230"),
            rect(x - 1.3 * r, y - 0.42 * r, x + 1.3 * r, y - 0.22 * r, "#e0b020", radius=0.1 * r),
        ]
    elif look.hat == "cap":
        shapes += [
            ellipse(x, y - 0.5 * r, 1.0 * r, 0.62 * r, look.shirt),
            rect(x - 0.2 * r, y - 0.42 * r, x + 1.45 * r, y - 0.26 * r, look.shirt, radius=0.1 * r),
        ]
    elif look.hat == "chef":
        shapes += [
            rect(x - 0.85 * r, y - 2.0 * r, x + 0.85 * r, y - 0.45 * r, "#fbfbf8", radius=0.3 * r),
            circle(x - 0.55 * r, y - 1.95 * r, 0.55 * r, "#fbfbf8"),
            circle(x + 0.55 * r, y - 1.95 * r, 0.55 * r, "#fbfbf8"),
        ]
    return shapes
