"""Things people work with, and the places they work in, for tools/scenes.py.

A prop is drawn standing on the floor at x (or hanging on the wall at a height given in person
heights) and sized by s, the height of a standing person. Each entry of PROPS has a Dutch noun
for the alt text. Colours come from the theme palette (background, ink, accent, light).
"""

from __future__ import annotations

from scenes import bands, circle, ellipse, line, mix, poly, rect, ring, trapezoid

WOOD, WOOD_DARK, METAL, METAL_DARK = "#c8925a", "#8a5a32", "#a9b1b8", "#5f6870"
CARDBOARD, CARDBOARD_DARK, WHITE, GREEN, GREEN_DARK = "#d5a86b", "#a97c44", "#fbfbf8", "#5c9a4a", "#3f7436"


def bench(x, floor, s, pal, width=1.3, height=0.5, top=WOOD):
    w, h = width * s, height * s
    return [
        rect(x - w / 2, floor - h, x + w / 2, floor - h + 0.05 * s, top),
        rect(x - w / 2 + 0.04 * s, floor - h + 0.05 * s, x + w / 2 - 0.04 * s, floor, mix(top, "#000000", 0.28)),
    ]


def desk(x, floor, s, pal, width=1.1):
    return bench(x, floor, s, pal, width, 0.44, top=mix(pal[3], pal[1], 0.15))


def screen(x, floor, s, pal, desk_height=0.44):
    top = floor - desk_height * s
    return [
        rect(x - 0.02 * s, top - 0.1 * s, x + 0.02 * s, top, METAL_DARK),
        rect(x - 0.2 * s, top - 0.34 * s, x + 0.2 * s, top - 0.09 * s, "#2d3439", radius=0.015 * s),
        rect(x - 0.18 * s, top - 0.32 * s, x + 0.18 * s, top - 0.11 * s, mix(pal[0], WHITE, 0.4)),
        rect(x - 0.15 * s, top - 0.29 * s, x + 0.02 * s, top - 0.26 * s, pal[1]),
        rect(x - 0.15 * s, top - 0.23 * s, x + 0.12 * s, top - 0.21 * s, pal[2]),
        rect(x - 0.15 * s, top - 0.18 * s, x + 0.08 * s, top - 0.16 * s, mix(pal[1], WHITE, 0.5)),
    ]


def laptop(x, floor, s, pal, desk_height=0.44):
    top = floor - desk_height * s
    return [
        trapezoid(x, top - 0.2 * s, top - 0.01 * s, 0.16 * s, 0.14 * s, "#3a4046"),
        rect(x - 0.2 * s, top - 0.02 * s, x + 0.2 * s, top, METAL),
    ]


def box(x, floor, s, pal, size=0.24, colour=CARDBOARD):
    w = size * s
    return [
        rect(x - w / 2, floor - w, x + w / 2, floor, colour),
        rect(x - w / 2, floor - w, x + w / 2, floor - w + 0.03 * s, mix(colour, "#000000", 0.15)),
        rect(x - 0.02 * s, floor - w, x + 0.02 * s, floor - w * 0.55, mix(colour, WHITE, 0.5)),
    ]


def box_stack(x, floor, s, pal):
    return (
        box(x - 0.14 * s, floor, s, pal)
        + box(x + 0.14 * s, floor, s, pal, colour=CARDBOARD_DARK)
        + box(x, floor - 0.24 * s, s, pal)
    )


def rack(x, floor, s, pal, width=1.2, levels=4):
    w, h = width * s, 1.25 * s
    shapes = [
        rect(x - w / 2, floor - h, x - w / 2 + 0.04 * s, floor, pal[2]),
        rect(x + w / 2 - 0.04 * s, floor - h, x + w / 2, floor, pal[2]),
    ]
    for level in range(levels):
        y = floor - 0.05 * s - level * h / levels
        shapes.append(rect(x - w / 2, y, x + w / 2, y + 0.025 * s, mix(pal[2], "#000000", 0.3)))
        for slot in range(4):
            bx = x - w / 2 + (slot + 0.5) * w / 4
            size = 0.16 + 0.05 * ((slot + level) % 3)
            colour = (CARDBOARD, CARDBOARD_DARK, mix(CARDBOARD, WHITE, 0.3))[(slot * 2 + level) % 3]
            shapes += box(bx, y, s, pal, size, colour)
    return shapes


def bike(x, floor, s, pal, colour=None):
    r, colour = 0.2 * s, colour or pal[2]
    back, front = (x - 0.32 * s, floor - r), (x + 0.32 * s, floor - r)
    seat, bar, crank = (x - 0.1 * s, floor - 0.62 * s), (x + 0.2 * s, floor - 0.66 * s), (x, floor - r)
    shapes = [
        ring(*back, r, "#2a2a2a", 0.035 * s),
        ring(*front, r, "#2a2a2a", 0.035 * s),
        circle(*back, 0.025 * s, METAL),
        circle(*front, 0.025 * s, METAL),
    ]
    shapes.append(line([back, crank, (seat[0] + 0.02 * s, seat[1] + 0.06 * s), back], colour, 0.035 * s))
    shapes.append(line([crank, (bar[0] - 0.02 * s, bar[1] + 0.08 * s), front], colour, 0.035 * s))
    shapes.append(line([(seat[0] + 0.02 * s, seat[1] + 0.06 * s), (bar[0] - 0.02 * s, bar[1] + 0.08 * s)], colour, 0.035 * s))
    shapes += [
        line([(bar[0] - 0.02 * s, bar[1] + 0.08 * s), bar, (bar[0] + 0.08 * s, bar[1])], "#2a2a2a", 0.03 * s),
        rect(seat[0] - 0.08 * s, seat[1], seat[0] + 0.06 * s, seat[1] + 0.03 * s, "#2a2a2a", radius=0.01 * s),
    ]
    return shapes


def plant(x, floor, s, pal, size=1.0):
    k = size * s
    return [
        trapezoid(x, floor - 0.2 * k, floor, 0.1 * k, 0.075 * k, "#b5653d"),
        ellipse(x - 0.08 * k, floor - 0.32 * k, 0.07 * k, 0.14 * k, GREEN),
        ellipse(x + 0.08 * k, floor - 0.34 * k, 0.07 * k, 0.15 * k, GREEN_DARK),
        ellipse(x, floor - 0.4 * k, 0.07 * k, 0.17 * k, GREEN),
    ]


def tree(x, floor, s, pal, size=1.0):
    k = size * s
    return [
        rect(x - 0.05 * k, floor - 0.9 * k, x + 0.05 * k, floor, WOOD_DARK),
        circle(x, floor - 1.05 * k, 0.36 * k, GREEN_DARK),
        circle(x - 0.22 * k, floor - 0.9 * k, 0.24 * k, GREEN),
        circle(x + 0.22 * k, floor - 0.92 * k, 0.26 * k, GREEN),
    ]


def fruit_tree(x, floor, s, pal, size=1.0):
    k = size * s
    apples = [
        circle(x + dx * k, floor - dy * k, 0.035 * k, "#c8412f")
        for dx, dy in ((-0.2, 0.95), (0.1, 1.15), (0.25, 0.9), (-0.05, 0.8), (0.18, 1.05), (-0.28, 1.1))
    ]
    return tree(x, floor, s, pal, size) + apples


def crate(x, floor, s, pal, fruit="#c8412f"):
    w = 0.34 * s
    apples = [circle(x + dx * s, floor - 0.18 * s, 0.045 * s, fruit) for dx in (-0.1, 0, 0.1)]
    return [
        *apples,
        rect(x - w / 2, floor - 0.17 * s, x + w / 2, floor, WOOD),
        rect(x - w / 2, floor - 0.11 * s, x + w / 2, floor - 0.09 * s, WOOD_DARK),
        rect(x - w / 2, floor - 0.05 * s, x + w / 2, floor - 0.03 * s, WOOD_DARK),
    ]


def ladder(x, floor, s, pal):
    shapes = [
        line([(x - 0.12 * s, floor), (x - 0.04 * s, floor - 1.1 * s)], WOOD_DARK, 0.03 * s),
        line([(x + 0.12 * s, floor), (x + 0.04 * s, floor - 1.1 * s)], WOOD_DARK, 0.03 * s),
    ]
    for step in range(1, 6):
        y, inset = floor - step * 0.19 * s, 0.12 - step * 0.015
        shapes.append(line([(x - inset * s, y), (x + inset * s, y)], WOOD_DARK, 0.025 * s))
    return shapes


def pegboard(x, floor, s, pal, width=1.0):
    w, y0 = width * s, floor - 1.25 * s
    shapes = [rect(x - w / 2, y0, x + w / 2, y0 + 0.45 * s, mix(WOOD, WHITE, 0.45))]
    for i in range(5):
        tx = x - w / 2 + (i + 0.6) * w / 5.5
        if i % 2:
            shapes += [
                rect(tx - 0.012 * s, y0 + 0.08 * s, tx + 0.012 * s, y0 + 0.34 * s, METAL_DARK),
                ring(tx, y0 + 0.07 * s, 0.035 * s, METAL_DARK, 0.02 * s),
            ]
        else:
            shapes += [
                rect(tx - 0.012 * s, y0 + 0.14 * s, tx + 0.012 * s, y0 + 0.38 * s, WOOD_DARK),
                rect(tx - 0.06 * s, y0 + 0.08 * s, tx + 0.06 * s, y0 + 0.14 * s, pal[2] if i == 2 else METAL_DARK),
            ]
    return shapes


def whiteboard(x, floor, s, pal, width=0.9):
    w, y0 = width * s, floor - 1.3 * s
    bars = [
        rect(
            x - w / 2 + (i + 0.7) * w / 6,
            y0 + (0.4 - 0.07 * i) * s,
            x - w / 2 + (i + 1.2) * w / 6,
            y0 + 0.47 * s,
            pal[2] if i % 2 else pal[1],
        )
        for i in range(5)
    ]
    return [
        rect(x - w / 2 - 0.02 * s, y0 - 0.02 * s, x + w / 2 + 0.02 * s, y0 + 0.54 * s, METAL),
        rect(x - w / 2, y0, x + w / 2, y0 + 0.52 * s, WHITE),
        *bars,
    ]


def window(x, y, s, pal, width=0.8, height=0.7, outside=None):
    w, h = width * s, height * s
    outside = outside or mix(pal[0], WHITE, 0.55)
    return [
        rect(x - w / 2 - 0.03 * s, y - 0.03 * s, x + w / 2 + 0.03 * s, y + h + 0.03 * s, WHITE),
        rect(x - w / 2, y, x + w / 2, y + h, outside),
        rect(x - 0.012 * s, y, x + 0.012 * s, y + h, WHITE),
        rect(x - w / 2, y + h * 0.45, x + w / 2, y + h * 0.45 + 0.02 * s, WHITE),
    ]


def lamp(x, y, s, pal):
    return [
        rect(x - 0.004 * s, y - 2 * s, x + 0.004 * s, y, "#555555"),
        trapezoid(x, y + 0.08 * s, y, 0.12 * s, 0.04 * s, pal[1]),
        ellipse(x, y + 0.085 * s, 0.06 * s, 0.015 * s, "#fff3c4"),
    ]


def washing_machine(x, floor, s, pal):
    w = 0.5 * s
    return [
        rect(x - w / 2, floor - 0.62 * s, x + w / 2, floor, WHITE, radius=0.03 * s),
        rect(x - w / 2, floor - 0.62 * s, x + w / 2, floor - 0.52 * s, mix(WHITE, METAL, 0.5), radius=0.03 * s),
        circle(x, floor - 0.28 * s, 0.17 * s, METAL_DARK),
        circle(x, floor - 0.28 * s, 0.13 * s, mix(pal[0], "#6d8fa6", 0.5)),
        circle(x + 0.15 * s, floor - 0.57 * s, 0.025 * s, pal[2]),
    ]


def laundry_pile(x, floor, s, pal, desk_height=0.5):
    top = floor - desk_height * s
    return [
        rect(x - 0.16 * s, top - 0.05 * s, x + 0.16 * s, top, WHITE, radius=0.01 * s),
        rect(x - 0.15 * s, top - 0.1 * s, x + 0.15 * s, top - 0.05 * s, mix(pal[0], WHITE, 0.3), radius=0.01 * s),
        rect(x - 0.16 * s, top - 0.15 * s, x + 0.16 * s, top - 0.1 * s, pal[2], radius=0.01 * s),
    ]


def roaster(x, floor, s, pal):
    return [
        rect(x - 0.34 * s, floor - 0.5 * s, x + 0.34 * s, floor, "#3b3b3b", radius=0.03 * s),
        ellipse(x, floor - 0.72 * s, 0.36 * s, 0.26 * s, "#b87333"),
        circle(x, floor - 0.72 * s, 0.15 * s, "#2a2a2a"),
        trapezoid(x, floor - 1.3 * s, floor - 0.98 * s, 0.16 * s, 0.05 * s, METAL),
        rect(x + 0.26 * s, floor - 1.8 * s, x + 0.32 * s, floor - 0.8 * s, METAL_DARK),
        ellipse(x + 0.05 * s, floor - 0.22 * s, 0.2 * s, 0.07 * s, "#6b3e1f"),
    ]


def sacks(x, floor, s, pal):
    return [
        rect(x - 0.3 * s, floor - 0.26 * s, x - 0.02 * s, floor, "#cdb38a", radius=0.06 * s),
        rect(x + 0.02 * s, floor - 0.24 * s, x + 0.3 * s, floor, "#bfa378", radius=0.06 * s),
        rect(x - 0.15 * s, floor - 0.46 * s, x + 0.15 * s, floor - 0.22 * s, "#d9c29b", radius=0.06 * s),
    ]


def counter(x, floor, s, pal, width=1.4):
    w = width * s
    return [
        rect(x - w / 2, floor - 0.5 * s, x + w / 2, floor - 0.45 * s, mix(WOOD, WHITE, 0.2)),
        rect(x - w / 2 + 0.02 * s, floor - 0.45 * s, x + w / 2 - 0.02 * s, floor, pal[1]),
        rect(x - w / 2 + 0.1 * s, floor - 0.36 * s, x + w / 2 - 0.1 * s, floor - 0.32 * s, mix(pal[1], WHITE, 0.3)),
    ]


def cups(x, floor, s, pal, desk_height=0.5):
    top = floor - desk_height * s
    return [rect(x + dx * s, top - 0.07 * s, x + (dx + 0.06) * s, top, WHITE, radius=0.01 * s) for dx in (-0.15, -0.05, 0.05)]


def shelf(x, floor, s, pal, width=1.1, items="goods"):
    w, top = width * s, floor - 1.3 * s
    shapes = [rect(x - w / 2, top, x + w / 2, floor - 0.55 * s, mix(WOOD, WHITE, 0.3))]
    palette = (pal[2], pal[1], "#e3c04b", "#7fb3a6", "#d06b4f")
    for row in range(3):
        y = top + (row + 1) * 0.25 * s
        shapes.append(rect(x - w / 2, y, x + w / 2, y + 0.02 * s, WOOD_DARK))
        for i in range(7):
            ix = x - w / 2 + (i + 0.5) * w / 7
            h = (0.1 + 0.04 * ((i * 3 + row) % 3)) * s
            shapes.append(rect(ix - 0.045 * s, y - h, ix + 0.045 * s, y, palette[(i + row * 2) % 5], radius=0.01 * s))
    return shapes


def clothes_rack(x, floor, s, pal):
    shapes = [
        line(
            [(x - 0.4 * s, floor), (x - 0.4 * s, floor - 1.0 * s), (x + 0.4 * s, floor - 1.0 * s), (x + 0.4 * s, floor)],
            METAL_DARK,
            0.025 * s,
        )
    ]
    colours = (pal[2], "#e3c04b", pal[1], "#7fb3a6", "#d06b4f", mix(pal[1], WHITE, 0.5))
    for i, colour in enumerate(colours):
        cx = x - 0.32 * s + i * 0.128 * s
        shapes.append(
            poly(
                [
                    (cx - 0.06 * s, floor - 0.95 * s),
                    (cx + 0.06 * s, floor - 0.95 * s),
                    (cx + 0.075 * s, floor - (0.45 + 0.05 * (i % 2)) * s),
                    (cx - 0.075 * s, floor - (0.45 + 0.05 * (i % 2)) * s),
                ],
                colour,
            )
        )
    return shapes


def armchair(x, floor, s, pal, colour=None):
    colour = colour or mix(pal[2], WHITE, 0.2)
    return [
        rect(x - 0.3 * s, floor - 0.55 * s, x + 0.3 * s, floor - 0.1 * s, colour, radius=0.06 * s),
        rect(x - 0.36 * s, floor - 0.32 * s, x + 0.36 * s, floor - 0.1 * s, mix(colour, "#000000", 0.15), radius=0.05 * s),
        rect(x - 0.3 * s, floor - 0.1 * s, x - 0.25 * s, floor, WOOD_DARK),
        rect(x + 0.25 * s, floor - 0.1 * s, x + 0.3 * s, floor, WOOD_DARK),
    ]


def chair(x, floor, s, pal):
    return [
        rect(x - 0.14 * s, floor - 0.75 * s, x + 0.14 * s, floor - 0.3 * s, pal[1], radius=0.03 * s),
        rect(x - 0.16 * s, floor - 0.3 * s, x + 0.16 * s, floor - 0.25 * s, pal[1]),
        rect(x - 0.14 * s, floor - 0.25 * s, x - 0.11 * s, floor, METAL_DARK),
        rect(x + 0.11 * s, floor - 0.25 * s, x + 0.14 * s, floor, METAL_DARK),
    ]


def dining_table(x, floor, s, pal):
    return [
        rect(x - 0.5 * s, floor - 0.46 * s, x + 0.5 * s, floor - 0.2 * s, WHITE),
        rect(x - 0.5 * s, floor - 0.48 * s, x + 0.5 * s, floor - 0.44 * s, mix(WHITE, METAL, 0.2)),
        rect(x - 0.04 * s, floor - 0.2 * s, x + 0.04 * s, floor, WOOD_DARK),
        ellipse(x - 0.25 * s, floor - 0.49 * s, 0.1 * s, 0.02 * s, mix(WHITE, METAL, 0.35)),
        ellipse(x + 0.25 * s, floor - 0.49 * s, 0.1 * s, 0.02 * s, mix(WHITE, METAL, 0.35)),
        rect(x - 0.02 * s, floor - 0.62 * s, x + 0.02 * s, floor - 0.48 * s, "#d8e4ea"),
    ]


def tray(x, floor, s, pal, height=0.55):
    y = floor - height * s
    return [
        rect(x - 0.13 * s, y, x + 0.13 * s, y + 0.02 * s, METAL),
        rect(x - 0.08 * s, y - 0.08 * s, x - 0.02 * s, y, WHITE, radius=0.01 * s),
        rect(x + 0.02 * s, y - 0.07 * s, x + 0.08 * s, y, pal[2], radius=0.01 * s),
    ]


def trolley(x, floor, s, pal):
    return [
        rect(x - 0.3 * s, floor - 0.56 * s, x + 0.3 * s, floor - 0.52 * s, METAL_DARK),
        rect(x - 0.3 * s, floor - 0.26 * s, x + 0.3 * s, floor - 0.22 * s, METAL_DARK),
        rect(x - 0.3 * s, floor - 0.56 * s, x - 0.27 * s, floor - 0.05 * s, METAL_DARK),
        rect(x + 0.27 * s, floor - 0.56 * s, x + 0.3 * s, floor - 0.05 * s, METAL_DARK),
        rect(x - 0.24 * s, floor - 0.7 * s, x + 0.02 * s, floor - 0.56 * s, "#7fb3d5", radius=0.02 * s),
        rect(x + 0.05 * s, floor - 0.66 * s, x + 0.24 * s, floor - 0.56 * s, WHITE, radius=0.02 * s),
        rect(x - 0.22 * s, floor - 0.4 * s, x + 0.22 * s, floor - 0.26 * s, pal[2], radius=0.02 * s),
        circle(x - 0.24 * s, floor - 0.035 * s, 0.035 * s, "#2a2a2a"),
        circle(x + 0.24 * s, floor - 0.035 * s, 0.035 * s, "#2a2a2a"),
    ]


def mop_bucket(x, floor, s, pal):
    return [
        line([(x + 0.02 * s, floor - 0.05 * s), (x + 0.14 * s, floor - 1.0 * s)], WOOD, 0.025 * s),
        rect(x - 0.06 * s, floor - 0.06 * s, x + 0.1 * s, floor, "#d9d9d9", radius=0.02 * s),
        rect(x - 0.26 * s, floor - 0.24 * s, x - 0.06 * s, floor, pal[2], radius=0.02 * s),
    ]


def forklift(x, floor, s, pal):
    return [
        rect(x - 0.5 * s, floor - 0.5 * s, x + 0.1 * s, floor - 0.12 * s, "#f0b429", radius=0.04 * s),
        line(
            [
                (x - 0.42 * s, floor - 0.5 * s),
                (x - 0.35 * s, floor - 1.0 * s),
                (x + 0.05 * s, floor - 1.0 * s),
                (x + 0.08 * s, floor - 0.5 * s),
            ],
            "#333333",
            0.035 * s,
        ),
        rect(x + 0.12 * s, floor - 1.15 * s, x + 0.17 * s, floor - 0.05 * s, "#333333"),
        rect(x + 0.12 * s, floor - 0.06 * s, x + 0.5 * s, floor - 0.02 * s, "#333333"),
        circle(x - 0.38 * s, floor - 0.1 * s, 0.1 * s, "#222222"),
        circle(x - 0.02 * s, floor - 0.1 * s, 0.1 * s, "#222222"),
        circle(x - 0.38 * s, floor - 0.1 * s, 0.04 * s, METAL),
        circle(x - 0.02 * s, floor - 0.1 * s, 0.04 * s, METAL),
    ]


def pallet(x, floor, s, pal):
    return [
        rect(x - 0.32 * s, floor - 0.06 * s, x + 0.32 * s, floor, WOOD_DARK),
        *box(x - 0.15 * s, floor - 0.06 * s, s, pal, 0.28),
        *box(x + 0.15 * s, floor - 0.06 * s, s, pal, 0.28, CARDBOARD_DARK),
        *box(x, floor - 0.34 * s, s, pal, 0.26),
    ]


def container_stack(x, floor, s, pal):
    colours = ("#b6483a", "#2f6f9f", "#d39b2c", "#3f8a69", "#7a4c8f", "#c4643b")
    shapes = []
    for row in range(3):
        for col in range(2):
            colour = colours[(row * 2 + col + int(x)) % len(colours)]
            x0, y1 = x - 0.9 * s + col * 0.9 * s, floor - row * 0.42 * s
            shapes.append(rect(x0 + 0.01 * s, y1 - 0.41 * s, x0 + 0.89 * s, y1, colour))
            shapes += [
                rect(
                    x0 + (0.08 + 0.1 * i) * s, y1 - 0.37 * s, x0 + (0.1 + 0.1 * i) * s, y1 - 0.04 * s, mix(colour, "#000000", 0.2)
                )
                for i in range(8)
            ]
    return shapes


def crane(x, floor, s, pal):
    top = floor - 2.6 * s
    shapes = [
        rect(x - 0.06 * s, top, x + 0.06 * s, floor, "#e0a526"),
        rect(x - 0.9 * s, top, x + 1.6 * s, top + 0.08 * s, "#e0a526"),
        rect(x - 0.9 * s, top + 0.08 * s, x - 0.6 * s, top + 0.3 * s, "#555555"),
        line([(x + 1.2 * s, top + 0.08 * s), (x + 1.2 * s, top + 1.2 * s)], "#333333", 0.012 * s),
        rect(x + 1.1 * s, top + 1.2 * s, x + 1.3 * s, top + 1.3 * s, "#333333"),
    ]
    for i in range(12):
        shapes.append(
            line([(x - 0.06 * s, top + (0.2 + 0.2 * i) * s), (x + 0.06 * s, top + (0.3 + 0.2 * i) * s)], "#c48a16", 0.015 * s)
        )
    return shapes


def scaffold(x, floor, s, pal, width=2.0):
    w, h = width * s, 1.9 * s
    shapes = [rect(x - w / 2 + 0.05 * s, floor - h, x + w / 2 - 0.05 * s, floor, "#c9b8a3")]
    for row in range(6):
        for col in range(7):
            bx = x - w / 2 + 0.08 * s + col * (w - 0.16 * s) / 7
            shapes.append(
                rect(
                    bx + 0.01 * s,
                    floor - (row + 1) * 0.3 * s + 0.02 * s,
                    bx + (w - 0.16 * s) / 7 - 0.01 * s,
                    floor - row * 0.3 * s - 0.01 * s,
                    "#b9683f" if (row + col) % 3 else "#a85a35",
                )
            )
    for i in range(5):
        px = x - w / 2 + i * w / 4
        shapes.append(rect(px - 0.012 * s, floor - h - 0.2 * s, px + 0.012 * s, floor, METAL_DARK))
    for level in (0.65, 1.3, 1.95):
        shapes.append(rect(x - w / 2, floor - level * s, x + w / 2, floor - level * s + 0.04 * s, WOOD))
    return shapes


def wheelbarrow(x, floor, s, pal):
    return [
        poly(
            [
                (x - 0.3 * s, floor - 0.42 * s),
                (x + 0.22 * s, floor - 0.42 * s),
                (x + 0.12 * s, floor - 0.2 * s),
                (x - 0.22 * s, floor - 0.2 * s),
            ],
            pal[2],
        ),
        ellipse(x - 0.04 * s, floor - 0.44 * s, 0.22 * s, 0.05 * s, "#6b4a2b"),
        circle(x + 0.18 * s, floor - 0.09 * s, 0.09 * s, "#2a2a2a"),
        line([(x - 0.3 * s, floor - 0.36 * s), (x - 0.55 * s, floor - 0.45 * s)], METAL_DARK, 0.025 * s),
        line([(x - 0.2 * s, floor - 0.2 * s), (x - 0.24 * s, floor)], METAL_DARK, 0.025 * s),
    ]


def hedge(x, floor, s, pal, width=1.6):
    w = width * s
    return [rect(x - w / 2, floor - 0.55 * s, x + w / 2, floor, GREEN_DARK, radius=0.12 * s)] + [
        circle(x - w / 2 + (i + 0.5) * w / 6, floor - 0.52 * s, 0.14 * s, GREEN) for i in range(6)
    ]


def house(x, floor, s, pal, colour=None):
    colour = colour or mix(pal[1], WHITE, 0.25)
    return [
        rect(x - 0.55 * s, floor - 1.1 * s, x + 0.55 * s, floor, colour),
        poly([(x - 0.65 * s, floor - 1.1 * s), (x, floor - 1.65 * s), (x + 0.65 * s, floor - 1.1 * s)], "#9c4a32"),
        rect(x - 0.12 * s, floor - 0.5 * s, x + 0.12 * s, floor, mix(colour, "#000000", 0.35)),
        rect(x - 0.42 * s, floor - 0.9 * s, x - 0.2 * s, floor - 0.65 * s, WHITE),
        rect(x + 0.2 * s, floor - 0.9 * s, x + 0.42 * s, floor - 0.65 * s, WHITE),
    ]


def barn(x, floor, s, pal):
    return [
        rect(x - 0.8 * s, floor - 1.1 * s, x + 0.8 * s, floor, "#a63d2f"),
        poly([(x - 0.9 * s, floor - 1.1 * s), (x, floor - 1.75 * s), (x + 0.9 * s, floor - 1.1 * s)], "#5a3b2a"),
        rect(x - 0.3 * s, floor - 0.7 * s, x + 0.3 * s, floor, "#7d2c22"),
        line(
            [(x - 0.3 * s, floor - 0.7 * s), (x + 0.3 * s, floor), (x + 0.3 * s, floor - 0.7 * s), (x - 0.3 * s, floor)],
            WHITE,
            0.03 * s,
        ),
    ]


def goat(x, floor, s, pal):
    return [
        ellipse(x, floor - 0.28 * s, 0.2 * s, 0.1 * s, WHITE),
        rect(x - 0.15 * s, floor - 0.22 * s, x - 0.12 * s, floor, "#dddddd"),
        rect(x + 0.12 * s, floor - 0.22 * s, x + 0.15 * s, floor, "#dddddd"),
        ellipse(x + 0.22 * s, floor - 0.4 * s, 0.07 * s, 0.055 * s, WHITE),
        line([(x + 0.2 * s, floor - 0.45 * s), (x + 0.16 * s, floor - 0.52 * s)], "#8a7a66", 0.015 * s),
    ]


def vegetable_beds(x, floor, s, pal, width=1.6):
    w = width * s
    shapes = [rect(x - w / 2, floor - 0.12 * s, x + w / 2, floor, "#6b4a2b")]
    for i in range(8):
        cx = x - w / 2 + (i + 0.5) * w / 8
        shapes += [
            ellipse(cx, floor - 0.17 * s, 0.06 * s, 0.07 * s, GREEN),
            ellipse(cx + 0.03 * s, floor - 0.2 * s, 0.04 * s, 0.06 * s, GREEN_DARK),
        ]
    return shapes


def bus(x, floor, s, pal):
    return (
        [rect(x - 1.1 * s, floor - 0.9 * s, x + 1.1 * s, floor - 0.12 * s, pal[2], radius=0.08 * s)]
        + [
            rect(
                x - 1.0 * s + i * 0.36 * s, floor - 0.8 * s, x - 0.72 * s + i * 0.36 * s, floor - 0.5 * s, mix(pal[0], WHITE, 0.5)
            )
            for i in range(6)
        ]
        + [circle(x - 0.7 * s, floor - 0.12 * s, 0.12 * s, "#222222"), circle(x + 0.7 * s, floor - 0.12 * s, 0.12 * s, "#222222")]
    )


def van(x, floor, s, pal):
    return [
        rect(x - 0.8 * s, floor - 0.85 * s, x + 0.45 * s, floor - 0.12 * s, WHITE, radius=0.05 * s),
        poly(
            [
                (x + 0.45 * s, floor - 0.7 * s),
                (x + 0.7 * s, floor - 0.5 * s),
                (x + 0.8 * s, floor - 0.12 * s),
                (x + 0.45 * s, floor - 0.12 * s),
            ],
            WHITE,
        ),
        poly(
            [(x + 0.47 * s, floor - 0.64 * s), (x + 0.66 * s, floor - 0.48 * s), (x + 0.47 * s, floor - 0.48 * s)],
            mix(pal[0], "#6d8fa6", 0.5),
        ),
        rect(x - 0.7 * s, floor - 0.62 * s, x + 0.3 * s, floor - 0.44 * s, pal[2]),
        circle(x - 0.5 * s, floor - 0.12 * s, 0.12 * s, "#222222"),
        circle(x + 0.5 * s, floor - 0.12 * s, 0.12 * s, "#222222"),
    ]


def signpost(x, floor, s, pal):
    return [
        rect(x - 0.02 * s, floor - 1.2 * s, x + 0.02 * s, floor, METAL_DARK),
        poly(
            [
                (x - 0.3 * s, floor - 1.15 * s),
                (x + 0.35 * s, floor - 1.15 * s),
                (x + 0.43 * s, floor - 1.07 * s),
                (x + 0.35 * s, floor - 0.99 * s),
                (x - 0.3 * s, floor - 0.99 * s),
            ],
            pal[1],
        ),
        poly(
            [
                (x + 0.3 * s, floor - 0.92 * s),
                (x - 0.35 * s, floor - 0.92 * s),
                (x - 0.43 * s, floor - 0.84 * s),
                (x - 0.35 * s, floor - 0.76 * s),
                (x + 0.3 * s, floor - 0.76 * s),
            ],
            pal[2],
        ),
    ]


def town_hall(x, floor, s, pal):
    colour = mix(pal[0], "#ffffff", 0.3)
    return (
        [
            rect(x - 0.9 * s, floor - 1.3 * s, x + 0.9 * s, floor, colour),
            poly([(x - 1.0 * s, floor - 1.3 * s), (x, floor - 1.75 * s), (x + 1.0 * s, floor - 1.3 * s)], pal[1]),
            rect(x - 0.15 * s, floor - 2.2 * s, x + 0.15 * s, floor - 1.5 * s, pal[1]),
            circle(x, floor - 1.95 * s, 0.09 * s, WHITE),
        ]
        + [rect(x + dx * s, floor - 1.05 * s, x + (dx + 0.18) * s, floor - 0.7 * s, WHITE) for dx in (-0.75, -0.45, 0.27, 0.57)]
        + [rect(x - 0.18 * s, floor - 0.6 * s, x + 0.18 * s, floor, mix(pal[1], "#000000", 0.2))]
    )


def bridge(x, floor, s, pal, width=2.4):
    w = width * s
    return (
        [rect(x - w / 2, floor - 0.2 * s, x + w / 2, floor - 0.12 * s, pal[1])]
        + [
            line([(x - w / 2 + i * w / 6, floor - 0.2 * s), (x - w / 2 + i * w / 6, floor - 0.45 * s)], pal[1], 0.025 * s)
            for i in range(7)
        ]
        + [line([(x - w / 2, floor - 0.45 * s), (x + w / 2, floor - 0.45 * s)], pal[1], 0.03 * s)]
    )


def water(x, floor, s, pal, width=3.0):
    return [rect(x - width * s / 2, floor - 0.12 * s, x + width * s / 2, floor + 0.6 * s, "#5b86a8")] + [
        line(
            [
                (x - width * s / 2 + i * 0.35 * s, floor + 0.05 * s),
                (x - width * s / 2 + i * 0.35 * s + 0.15 * s, floor + 0.05 * s),
            ],
            "#8fb2cc",
            0.02 * s,
        )
        for i in range(int(width / 0.35))
    ]


def certificate(x, floor, s, pal):
    y = floor - 1.2 * s
    return [
        rect(x - 0.24 * s, y, x + 0.24 * s, y + 0.32 * s, WOOD_DARK),
        rect(x - 0.22 * s, y + 0.02 * s, x + 0.22 * s, y + 0.3 * s, WHITE),
        rect(x - 0.15 * s, y + 0.07 * s, x + 0.15 * s, y + 0.09 * s, pal[1]),
        rect(x - 0.15 * s, y + 0.13 * s, x + 0.1 * s, y + 0.145 * s, METAL),
        circle(x + 0.12 * s, y + 0.22 * s, 0.045 * s, pal[2]),
    ]


def calendar(x, floor, s, pal):
    y = floor - 1.25 * s
    shapes = [rect(x - 0.22 * s, y, x + 0.22 * s, y + 0.36 * s, WHITE), rect(x - 0.22 * s, y, x + 0.22 * s, y + 0.07 * s, pal[2])]
    for n in range(12):
        cx, cy = x - 0.17 * s + (n % 4) * 0.11 * s, y + 0.11 * s + (n // 4) * 0.08 * s
        shapes.append(rect(cx, cy, cx + 0.07 * s, cy + 0.05 * s, pal[1] if n == 6 else mix(pal[0], WHITE, 0.2)))
    return shapes


def map_board(x, floor, s, pal):
    y = floor - 1.3 * s
    return [
        rect(x - 0.4 * s, y, x + 0.4 * s, y + 0.5 * s, mix(pal[0], WHITE, 0.5)),
        poly(
            [
                (x - 0.3 * s, y + 0.1 * s),
                (x - 0.05 * s, y + 0.05 * s),
                (x + 0.2 * s, y + 0.12 * s),
                (x + 0.32 * s, y + 0.3 * s),
                (x + 0.1 * s, y + 0.44 * s),
                (x - 0.2 * s, y + 0.4 * s),
                (x - 0.34 * s, y + 0.25 * s),
            ],
            mix(pal[1], WHITE, 0.5),
        ),
        circle(x - 0.1 * s, y + 0.2 * s, 0.025 * s, pal[2]),
        circle(x + 0.12 * s, y + 0.28 * s, 0.025 * s, pal[2]),
        circle(x - 0.18 * s, y + 0.32 * s, 0.025 * s, pal[2]),
    ]


def planks(x, floor, s, pal):
    return [
        rect(
            x - 0.5 * s + i * 0.03 * s,
            floor - (0.06 + 0.06 * i) * s,
            x + 0.5 * s - i * 0.05 * s,
            floor - 0.06 * i * s,
            (WOOD, WOOD_DARK, "#b07a48", "#d8a46c")[i % 4],
        )
        for i in range(5)
    ]


def drill_press(x, floor, s, pal):
    return [
        rect(x - 0.05 * s, floor - 1.0 * s, x + 0.02 * s, floor - 0.5 * s, METAL_DARK),
        rect(x - 0.16 * s, floor - 1.08 * s, x + 0.16 * s, floor - 0.88 * s, pal[1], radius=0.03 * s),
        rect(x + 0.04 * s, floor - 0.88 * s, x + 0.07 * s, floor - 0.7 * s, METAL),
        rect(x - 0.04 * s, floor - 0.66 * s, x + 0.18 * s, floor - 0.63 * s, METAL_DARK),
    ]


def parts(x, floor, s, pal, desk_height=0.5):
    top = floor - desk_height * s
    return [
        circle(x - 0.12 * s, top - 0.03 * s, 0.03 * s, METAL),
        circle(x - 0.05 * s, top - 0.03 * s, 0.03 * s, METAL_DARK),
        rect(x + 0.02 * s, top - 0.05 * s, x + 0.16 * s, top, pal[2]),
        rect(x - 0.22 * s, top - 0.04 * s, x - 0.17 * s, top, "#e3c04b"),
    ]


def wheelchair(x, floor, s, pal):
    return [
        ring(x - 0.05 * s, floor - 0.2 * s, 0.2 * s, "#2a2a2a", 0.03 * s),
        rect(x - 0.22 * s, floor - 0.32 * s, x + 0.1 * s, floor - 0.27 * s, METAL_DARK),
        rect(x + 0.08 * s, floor - 0.62 * s, x + 0.12 * s, floor - 0.27 * s, METAL_DARK),
        circle(x + 0.22 * s, floor - 0.04 * s, 0.04 * s, "#2a2a2a"),
    ]


def clock(x, floor, s, pal):
    y = floor - 1.45 * s
    return [
        circle(x, y, 0.1 * s, WHITE),
        ring(x, y, 0.1 * s, pal[1], 0.015 * s),
        line([(x, y), (x, y - 0.06 * s)], "#333333", 0.012 * s),
        line([(x, y), (x + 0.045 * s, y)], "#333333", 0.012 * s),
    ]


PROPS = {  # name: (Dutch noun phrase, drawer); `wall` props hang at a fixed height above the floor
    "bench": ("een werkbank", bench),
    "desk": ("een bureau", desk),
    "screen": ("een beeldscherm", screen),
    "laptop": ("een laptop", laptop),
    "boxes": ("dozen", box_stack),
    "rack": ("een stellingkast vol dozen", rack),
    "bike": ("een fiets", bike),
    "plant": ("een plant", plant),
    "tree": ("een boom", tree),
    "fruit_tree": ("een appelboom", fruit_tree),
    "crate": ("een kist appels", crate),
    "ladder": ("een ladder", ladder),
    "pegboard": ("een gereedschapswand", pegboard),
    "whiteboard": ("een whiteboard met een grafiek", whiteboard),
    "washing_machine": ("een wasmachine", washing_machine),
    "laundry": ("gevouwen was", laundry_pile),
    "roaster": ("een koffiebrander", roaster),
    "sacks": ("zakken koffiebonen", sacks),
    "counter": ("een balie", counter),
    "cups": ("koffiekopjes", cups),
    "shelf": ("een winkelschap", shelf),
    "clothes_rack": ("een kledingrek", clothes_rack),
    "armchair": ("een leunstoel", armchair),
    "chair": ("een stoel", chair),
    "dining_table": ("een gedekte tafel", dining_table),
    "tray": ("een dienblad", tray),
    "trolley": ("een kar", trolley),
    "mop": ("een dweil en emmer", mop_bucket),
    "forklift": ("een heftruck", forklift),
    "pallet": ("een pallet met dozen", pallet),
    "containers": ("gestapelde containers", container_stack),
    "crane": ("een kraan", crane),
    "scaffold": ("een steiger tegen een gevel in aanbouw", scaffold),
    "wheelbarrow": ("een kruiwagen", wheelbarrow),
    "hedge": ("een haag", hedge),
    "house": ("een huis", house),
    "barn": ("een schuur", barn),
    "goat": ("een geit", goat),
    "beds": ("moestuinbedden", vegetable_beds),
    "bus": ("een bus", bus),
    "van": ("een bestelbus", van),
    "signpost": ("een wegwijzer", signpost),
    "town_hall": ("een gemeentehuis", town_hall),
    "bridge": ("een brug", bridge),
    "water": ("water", water),
    "certificate": ("een ingelijst certificaat", certificate),
    "calendar": ("een kalender", calendar),
    "map": ("een kaart van de regio", map_board),
    "planks": ("planken", planks),
    "drill_press": ("een kolomboor", drill_press),
    "parts": ("onderdelen", parts),
    "wheelchair": ("een rolstoel", wheelchair),
    "clock": ("een klok", clock),
}


# --- settings: the wall and floor, or the sky and ground, behind everything ----------------------


def indoors(canvas, pal, rng, windows=2, lamps=2):
    w, h, floor, s = canvas.width, canvas.height, canvas.floor, canvas.person
    tall = canvas.height > canvas.width  # a full-page picture: high windows and a ceiling fill the top
    wall = mix(pal[0], WHITE, 0.35)
    shapes = bands(0, 0, w, floor, mix(wall, WHITE, 0.35), wall)
    shapes.append(rect(0, floor - 0.12 * s, w, floor, mix(wall, pal[1], 0.12)))
    shapes += bands(0, floor, w, h, mix(pal[1], WHITE, 0.55), mix(pal[1], WHITE, 0.35), steps=4)
    if tall:
        shapes.append(rect(0, 0, w, 0.12 * h, mix(wall, pal[1], 0.2)))
        for i in range(5):
            shapes.append(
                rect((i + 0.5) * w / 5 - 0.05 * s, 0.12 * h, (i + 0.5) * w / 5 + 0.05 * s, 0.15 * h, mix(wall, pal[1], 0.3))
            )
    for i in range(windows):
        x = (i + 0.5) * w / windows + rng.uniform(-0.05, 0.05) * w
        if tall:
            shapes += window(x, floor - 2.45 * s, s, pal, 0.8, 1.25, outside=mix("#9cc7e4", WHITE, 0.35))
        else:
            shapes += window(x, floor - 1.55 * s, s, pal, 0.7, 0.6)
    for i in range(lamps):
        shapes += lamp((i + 1) * w / (lamps + 1), floor - (1.05 if tall else 1.75) * s - (0.9 * s if tall else 0), s, pal)
    return shapes


def hall(canvas, pal, rng, windows=0, lamps=3):
    """A high production hall or warehouse: roof beams and skylights."""
    w, h, floor, s = canvas.width, canvas.height, canvas.floor, canvas.person
    shapes = bands(0, 0, w, floor, mix(pal[0], "#ffffff", 0.2), mix(pal[0], METAL, 0.4))
    for i in range(4):
        x = (i + 0.5) * w / 4
        shapes.append(rect(x - 0.01 * s, 0, x + 0.01 * s, floor, mix(mix(pal[0], "#ffffff", 0.2), METAL_DARK, 0.35)))
    for level in (2.1, 3.0) if canvas.height > canvas.width else (2.1,):
        shapes.append(rect(0, floor - level * s, w, floor - level * s + 0.04 * s, mix(pal[1], METAL, 0.5)))
    if canvas.height > canvas.width:  # skylights in the roof of a full-page picture
        for i in range(4):
            x = (i + 0.5) * w / 4
            shapes.append(
                trapezoid(
                    x,
                    floor - 2.9 * s,
                    floor - 2.25 * s,
                    0.3 * s,
                    0.2 * s,
                    mix("#9cc7e4", WHITE, 0.4),
                )
            )
    shapes += bands(0, floor, w, h, "#b9b3a8", "#9d968a", steps=4)
    shapes.append(rect(0, floor + 0.25 * s, w, floor + 0.27 * s, "#e8c547"))
    for i in range(lamps):
        shapes += lamp((i + 1) * w / (lamps + 1), floor - 1.9 * s, s, pal)
    return shapes


def outdoors(canvas, pal, rng, windows=0, lamps=0, ground=GREEN):
    w, h, floor, s = canvas.width, canvas.height, canvas.floor, canvas.person
    tall = canvas.height > canvas.width
    shapes = bands(0, 0, w, floor, "#8dbde0" if tall else "#9cc7e4", "#e4f0f6", steps=12 if tall else 8)
    sun = rng.uniform(0.65, 0.9) * w
    shapes.append(circle(sun, floor - (2.9 if tall else 2.0) * s, 0.18 * s, "#fbe29a"))
    for _ in range(5 if tall else 3):
        cx, cy = rng.uniform(0.05, 0.95) * w, floor - rng.uniform(1.5, 2.8 if tall else 2.3) * s
        shapes += [ellipse(cx, cy, 0.3 * s, 0.08 * s, WHITE), ellipse(cx + 0.1 * s, cy - 0.05 * s, 0.16 * s, 0.08 * s, WHITE)]
    if tall:
        shapes += skyline(w, floor - 0.05 * s, s, rng)
    shapes += [
        circle((i + rng.random()) * w / 6, floor - 0.05 * s, rng.uniform(0.2, 0.35) * s, mix(GREEN_DARK, "#9cc7e4", 0.45))
        for i in range(6)
    ]
    shapes += bands(0, floor, w, h, mix(ground, WHITE, 0.1), mix(ground, "#000000", 0.15), steps=4)
    return shapes


def skyline(w, base, s, rng):
    """Far off: a row of gabled houses, a church tower and two wind turbines, in the haze."""
    haze = "#b7cfdf"
    shapes = []
    for i in range(2):
        x, top = (0.2 + 0.6 * i + rng.uniform(-0.05, 0.05)) * w, base - (1.7 + 0.3 * i) * s
        shapes.append(rect(x - 0.012 * s, top, x + 0.012 * s, base, haze))
        shapes += [
            line([(x, top), (x + dx * s, top + dy * s)], haze, 0.025 * s)
            for dx, dy in ((0.0, -0.42), (0.36, 0.21), (-0.36, 0.21))
        ]
    tower = rng.uniform(0.4, 0.6) * w
    shapes += [
        rect(tower - 0.07 * s, base - 1.0 * s, tower + 0.07 * s, base, "#a9c3d6"),
        poly([(tower - 0.09 * s, base - 1.0 * s), (tower, base - 1.45 * s), (tower + 0.09 * s, base - 1.0 * s)], "#a9c3d6"),
    ]
    x = 0.0
    while x < w:
        width, height = rng.uniform(0.18, 0.28) * s, rng.uniform(0.3, 0.5) * s
        shapes.append(
            poly(
                [
                    (x, base),
                    (x, base - height),
                    (x + width / 2, base - height - 0.15 * s),
                    (x + width, base - height),
                    (x + width, base),
                ],
                "#a9c3d6",
            )
        )
        x += width + 0.01 * s
    return shapes


def paved(canvas, pal, rng, windows=0, lamps=0):
    return outdoors(canvas, pal, rng, ground="#a8a39a")


SETTINGS = {"indoors": indoors, "hall": hall, "outdoors": outdoors, "paved": paved}


def orchard_row(x, floor, s, pal, width=3.2):
    """Rows of fruit trees further off, behind everything else."""
    shapes = []
    for i in range(7):
        tx = x - width * s / 2 + i * width * s / 6
        shapes += [
            rect(tx - 0.025 * s, floor - 0.65 * s, tx + 0.025 * s, floor - 0.2 * s, WOOD_DARK),
            circle(tx, floor - 0.75 * s, 0.24 * s, mix(GREEN_DARK, "#9cc7e4", 0.25)),
        ]
    return shapes


def bike_row(x, floor, s, pal, count=5):
    shapes = [rect(x - count * 0.3 * s, floor - 0.42 * s, x + count * 0.3 * s, floor - 0.39 * s, METAL_DARK)]
    colours = ("#2f6f9f", "#b6483a", "#3f8a69", "#333333", "#d39b2c", "#7a4c8f")
    for i in range(count):
        bx = x - (count - 1) * 0.3 * s + i * 0.6 * s
        for shape in bike(bx, floor - 0.25 * s, s * 0.62, pal, colours[i % len(colours)]):
            shapes.append(shape)
    return shapes


def machines(x, floor, s, pal, count=3):
    shapes = []
    for i in range(count):
        shapes += washing_machine(x + (i - (count - 1) / 2) * 0.54 * s, floor, s, pal)
    return shapes


def wordboard(x, floor, s, pal, width=0.9):
    w, y0 = width * s, floor - 1.3 * s
    shapes = [
        rect(x - w / 2 - 0.02 * s, y0 - 0.02 * s, x + w / 2 + 0.02 * s, y0 + 0.54 * s, WOOD_DARK),
        rect(x - w / 2, y0, x + w / 2, y0 + 0.52 * s, "#2f4a3f"),
    ]
    for row, widths in enumerate(((0.22, 0.3), (0.35, 0.15, 0.12), (0.18, 0.4))):
        cx = x - w / 2 + 0.06 * s
        for word in widths:
            shapes.append(
                rect(cx, y0 + (0.09 + 0.14 * row) * s, cx + word * s, y0 + (0.12 + 0.14 * row) * s, "#f4f1e6", radius=0.01 * s)
            )
            cx += word * s + 0.05 * s
    return shapes


def park_bench(x, floor, s, pal):
    return [
        rect(x - 0.45 * s, floor - 0.5 * s, x + 0.45 * s, floor - 0.44 * s, WOOD),
        rect(x - 0.45 * s, floor - 0.36 * s, x + 0.45 * s, floor - 0.3 * s, WOOD),
        rect(x - 0.4 * s, floor - 0.3 * s, x - 0.36 * s, floor, METAL_DARK),
        rect(x + 0.36 * s, floor - 0.3 * s, x + 0.4 * s, floor, METAL_DARK),
    ]


PROPS |= {
    "orchard": ("rijen fruitbomen", orchard_row),
    "bike_row": ("een rij fietsen", bike_row),
    "machines": ("wasmachines", machines),
    "wordboard": ("een bord met woorden", wordboard),
    "park_bench": ("een parkbank", park_bench),
    "window": ("een raam", window),
}
