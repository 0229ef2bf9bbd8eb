#!/usr/bin/env python3
"""Make every illustration of the sample edition, reproducibly.

    python tools/make_images.py            # writes practices/images/* and edition/omslag.svg
    python tools/make_images.py --alt      # prints the alt text that fits each illustration

SVG illustrations are composed from tools/pictograms.py on the colour of the practice's
first theme. A few practices get a photo-like JPEG instead (soft-focus scenes drawn with
Pillow, 2600 x 1733 px: 220 x 147 mm at 300 ppi), so the press pipeline's colour
conversion and resolution checks run on real raster files. Same input, same bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

import yaml
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pictograms import PICTOGRAMS

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "practices" / "images"
PALETTES = {  # theme: background, ink, accent, light
    "detachering": ("#d8e9ec", "#0b5c6b", "#e39b2d", "#ffffff"),
    "beschut-werk": ("#e6efd9", "#3d6b21", "#c8553d", "#ffffff"),
    "leren-en-ontwikkelen": ("#f6e7cf", "#7a4a12", "#2f7fa8", "#ffffff"),
    "begeleiding": ("#eadff0", "#5b2a78", "#e0a526", "#ffffff"),
    "samenwerking": ("#dbe4f3", "#24467d", "#d9603b", "#ffffff"),
    "sociaal-ondernemen": ("#f5dedb", "#8c2f26", "#2e8b6e", "#ffffff"),
}
SCENES = {
    "fietsenwerkplaats-de-spaak": ["bike", "wrench", "certificate"],
    "een-werkgeversdienstverleningsteam-voor-de-hele-regio": ["phone", "factory", "shop"],
    "van-schoonmaak-naar-zorgassistent": ["two_people", "heart", "cup"],
    "individuele-detachering-met-terugkeergarantie": ["factory", "bridge", "shop"],
    "groene-ploegen-bij-woningcorporaties": ["house", "tree", "plant"],
    "jobcarving-in-het-ziekenhuis": ["person", "boxes", "heart"],
    "de-gemeente-als-werkgever": ["town_hall", "person", "bike"],
    "beschut-werk-midden-in-de-wijk": ["house", "cup", "two_people"],
    "een-kringloopwinkel-als-beschutte-werkplek": ["shop", "table", "plant"],
    "beschut-werk-op-locatie-bij-een-gewone-werkgever": ["factory", "person", "plant"],
    "werken-op-de-stadsboerderij": ["barn", "tree", "sun"],
    "binnen-zes-weken-van-indicatie-naar-werkplek": ["calendar", "person", "factory"],
    "montagewerk-met-aangepaste-werkplekken": ["table", "boxes", "wrench"],
    "beschut-werk-achter-het-scherm": ["chart", "book", "plant"],
    "tussen-dagbesteding-en-beschut-werk": ["house", "bridge", "factory"],
    "een-praktijkverklaring-voor-schoonmakers": ["person", "certificate", "star"],
    "taal-op-de-werkvloer": ["two_people", "speech", "book"],
    "de-entreeopleiding-op-de-werkvloer": ["school", "bridge", "factory"],
    "mbo-certificaten-voor-sw-medewerkers": ["person", "certificate", "wrench"],
    "leerlijn-logistiek": ["forklift", "boxes", "certificate"],
    "een-praktijkroute-voor-vijftigplussers": ["two_people", "map", "bus"],
    "een-jobcoach-op-afroep": ["phone", "person", "shop"],
    "collegas-opleiden-tot-interne-jobcoach": ["two_people", "speech", "factory"],
    "nazorg-na-plaatsing": ["calendar", "speech", "person"],
    "werkfit-met-psychische-klachten": ["two_people", "tree", "sun"],
    "een-buddy-op-het-werk-voor-statushouders": ["two_people", "factory", "heart"],
    "van-praktijkschool-naar-werk": ["school", "bridge", "shop"],
    "digitale-vaardigheden-voor-sw-medewerkers": ["chart", "cup", "person"],
    "loonwaarde-meten-op-de-werkplek": ["chart", "person", "boxes"],
    "een-loket-voor-alle-werkzoekenden": ["house", "town_hall", "speech"],
    "drie-werkbedrijven-worden-een-organisatie": ["factory", "bridge", "two_people"],
    "alle-partijen-aan-een-tafel": ["two_people", "table", "speech"],
    "een-sluitende-aanpak-voor-jongeren": ["school", "map", "bus"],
    "gemeenten-die-samen-inkopen": ["town_hall", "book", "basket"],
    "een-regionaal-dashboard-voor-de-banenafspraak": ["chart", "map", "star"],
    "werk-en-zorg-onder-een-dak": ["factory", "heart", "house"],
    "samenwerken-over-de-gemeentegrens": ["town_hall", "bridge", "map"],
    "wasserij-wadwerk": ["washing_machine", "boxes", "person"],
    "partner-van-sociale-ondernemingen": ["shop", "cup", "bike"],
    "circulaire-meubels-uit-afgedankt-hout": ["tree", "table", "wrench"],
    "een-keurmerk-voor-sociaal-ondernemen": ["shop", "star", "person"],
    "sociaal-inkopen-door-de-eigen-gemeente": ["town_hall", "basket", "plant"],
    "het-fietsdepot-als-sociale-onderneming": ["bike", "wrench", "shop"],
}
PHOTOS = {  # slug: scene drawer name
    "groepsdetachering-in-het-distributiecentrum": "warehouse",
    "havenbedrijven-openen-hun-poort": "harbour",
    "een-flexpool-voor-seizoenswerk": "orchard",
    "leerwerkbedrijf-techniek": "workshop",
    "leerwerkplekken-in-een-eigen-hotel": "dining",
    "social-return-in-de-bouw": "building_site",
    "een-koffiebranderij-als-leerbedrijf": "coffee",
}
PHOTO_SIZE = (2600, 1733)
NUMBERS = {2: "twee", 3: "drie"}
PLURALS = {"house": "huizen", "factory": "fabriekshallen", "town_hall": "gemeentehuizen", "bike": "fietsen",
           "person": "personen", "washing_machine": "wasmachines"}


def first_themes() -> dict[str, str]:
    themes = {}
    for path in sorted((ROOT / "practices").glob("[!_]*.md")):
        front = path.read_text(encoding="utf-8").split("---\n")[1]
        themes[path.stem] = yaml.safe_load(front)["themes"][0]
    return themes


def alt_text(slug: str) -> str:
    keys = SCENES[slug]
    counted = []
    for key in dict.fromkeys(keys):
        n = keys.count(key)
        counted.append(PICTOGRAMS[key][0] if n == 1 else f"{NUMBERS[n]} {PLURALS[key]}")
    listed = ", ".join(counted[:-1]) + " en " + counted[-1] if len(counted) > 1 else counted[0]
    return f"Illustratie met {listed}."


def mix(base: str, other: str, amount: float) -> str:
    """`other` laid over `base` at `amount` opacity, as one flat colour (no transparency in the PDFs)."""
    a, b = (tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in (base, other))
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def svg(slug: str, theme: str) -> str:
    background, ink, accent, light = PALETTES[theme]
    rng = random.Random(hashlib.sha256(slug.encode()).hexdigest())
    dots = "".join(f'<circle cx="{rng.randint(0, 1200)}" cy="{rng.randint(0, 380)}" r="{rng.randint(8, 36)}" '
                   f'fill="{mix(background, light, 0.5)}"/>' for _ in range(9))
    groups = []
    for index, key in enumerate(SCENES[slug]):
        x = 600 + (index - 1) * 340 - 130
        y = 470 - 260 + rng.randint(-16, 8)
        drawing = PICTOGRAMS[key][1](ink, accent, light)
        groups.append(f'<g transform="translate({x:.0f} {y}) scale(2.6)">{drawing}</g>')
    # 2:1, the shape of the image band in the magazine and on the site
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 600" width="1200" height="600">'
            f'<rect width="1200" height="600" fill="{background}"/>{dots}'
            f'<rect y="470" width="1200" height="130" fill="{mix(background, ink, 0.15)}"/>{"".join(groups)}</svg>\n')


def cover_svg() -> str:
    """The cover: a grid of pictograms in all theme colours, like a street seen from above."""
    cells = []
    keys = sorted(PICTOGRAMS)
    themes = list(PALETTES)
    for row in range(6):
        for column in range(5):
            background, ink, accent, light = PALETTES[themes[(row + column) % len(themes)]]
            x, y = column * 140, row * 140
            key = keys[row * 5 + column]
            cells.append(f'<rect x="{x}" y="{y}" width="140" height="140" fill="{background}"/>'
                         f'<g transform="translate({x + 20} {y + 20})">{PICTOGRAMS[key][1](ink, accent, light)}</g>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 700 840" width="700" height="840">'
            f'{"".join(cells)}</svg>\n')


def photo(scene: str, seed: str) -> Image.Image:
    rng = random.Random(seed)
    width, height = PHOTO_SIZE
    image = Image.new("RGB", PHOTO_SIZE)
    draw = ImageDraw.Draw(image)
    top, bottom, shapes = SCENE_STYLES[scene]
    for y in range(height):  # vertical light gradient
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(top[c] + (bottom[c] - top[c]) * t) for c in range(3)))
    shapes(draw, rng, width, height)
    image = image.filter(ImageFilter.GaussianBlur(7))  # shallow depth of field
    grain = Image.effect_noise(PHOTO_SIZE, 18).convert("RGB")
    return Image.blend(image, grain, 0.035)


def _warehouse(draw, rng, w, h):
    for side in (-1, 1):
        for i in range(9):
            x = w / 2 + side * (120 + i * 140)
            top, bottom = h * 0.25 - i * 25, h * 0.8 + i * 40
            draw.rectangle([x - 50, top, x + 50, bottom], fill=(92, 70, 48))
            for shelf in range(5):
                y = top + (bottom - top) * (shelf + 0.5) / 5
                color = rng.choice([(196, 150, 96), (170, 120, 70), (210, 170, 110)])
                draw.rectangle([x - 46, y - 60, x + 46, y + 10], fill=color)
    draw.ellipse([w / 2 - 300, h * 0.05, w / 2 + 300, h * 0.35], fill=(255, 236, 190))


def _harbour(draw, rng, w, h):
    draw.rectangle([0, h * 0.72, w, h], fill=(40, 52, 80))
    draw.ellipse([w * 0.62, h * 0.35, w * 0.78, h * 0.59], fill=(255, 190, 120))
    for i in range(4):
        x = 200 + i * 560 + rng.randint(-60, 60)
        draw.rectangle([x, h * 0.2, x + 40, h * 0.72], fill=(30, 30, 45))
        draw.rectangle([x - 220, h * 0.2, x + 300, h * 0.24], fill=(30, 30, 45))
    for _ in range(30):
        x = rng.randint(0, w - 240)
        level = rng.randint(0, 3)
        color = rng.choice([(170, 60, 50), (50, 100, 150), (200, 150, 50), (60, 120, 90)])
        draw.rectangle([x, h * 0.72 - (level + 1) * 80, x + 240, h * 0.72 - level * 80], fill=color)


def _orchard(draw, rng, w, h):
    draw.rectangle([0, h * 0.55, w, h], fill=(110, 150, 70))
    for row in range(6):
        y = h * 0.5 + row * row * 30 + row * 40
        size = 60 + row * 50
        for i in range(int(w / (size * 1.6)) + 2):
            x = i * size * 1.6 + (row % 2) * size * 0.8
            draw.rectangle([x - size * 0.06, y, x + size * 0.06, y + size * 0.9], fill=(80, 60, 40))
            draw.ellipse([x - size * 0.7, y - size * 0.9, x + size * 0.7, y + size * 0.3],
                         fill=(60 + rng.randint(0, 30), 110 + rng.randint(0, 40), 50))


def _workshop(draw, rng, w, h):
    draw.rectangle([0, h * 0.62, w, h], fill=(120, 90, 60))
    draw.rectangle([w * 0.1, h * 0.1, w * 0.9, h * 0.55], fill=(160, 140, 110))
    for i in range(14):
        x = w * 0.14 + i * w * 0.052
        length = rng.randint(120, 320)
        draw.rectangle([x, h * 0.16, x + 22, h * 0.16 + length], fill=(70, 70, 80))
        draw.ellipse([x - 18, h * 0.16 + length - 10, x + 40, h * 0.16 + length + 40], fill=(60, 60, 70))
    draw.ellipse([w * 0.3, -h * 0.2, w * 0.7, h * 0.3], fill=(255, 225, 160))


def _dining(draw, rng, w, h):
    draw.rectangle([w * 0.55, 0, w, h * 0.6], fill=(235, 240, 245))
    draw.rectangle([0, h * 0.58, w, h], fill=(150, 110, 80))
    for x in (w * 0.28, w * 0.62):
        draw.ellipse([x - 260, h * 0.66, x + 260, h * 0.86], fill=(245, 245, 240))
        draw.ellipse([x - 150, h * 0.70, x + 150, h * 0.82], fill=(225, 225, 215))
    for x in (w * 0.45, w * 0.8):
        draw.rectangle([x - 30, h * 0.40, x + 30, h * 0.66], fill=(215, 225, 230))


def _building_site(draw, rng, w, h):
    draw.rectangle([0, h * 0.8, w, h], fill=(150, 130, 100))
    draw.rectangle([w * 0.2, h * 0.35, w * 0.75, h * 0.8], fill=(170, 160, 150))
    for i in range(12):
        draw.line([(w * 0.2 + i * w * 0.05, h * 0.3), (w * 0.2 + i * w * 0.05, h * 0.8)], fill=(90, 90, 90), width=10)
    for j in range(6):
        draw.line([(w * 0.18, h * 0.35 + j * h * 0.09), (w * 0.77, h * 0.35 + j * h * 0.09)], fill=(90, 90, 90), width=10)
    draw.rectangle([w * 0.82, h * 0.08, w * 0.84, h * 0.8], fill=(220, 170, 40))
    draw.rectangle([w * 0.45, h * 0.08, w * 0.95, h * 0.1], fill=(220, 170, 40))


def _coffee(draw, rng, w, h):
    for _ in range(40):
        x, y, r = rng.randint(0, w), rng.randint(0, int(h * 0.6)), rng.randint(40, 160)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(230 + rng.randint(0, 25), 170 + rng.randint(0, 50), 90))
    draw.rectangle([0, h * 0.65, w, h], fill=(110, 70, 40))
    draw.ellipse([w * 0.38, h * 0.72, w * 0.62, h * 0.86], fill=(240, 235, 225))
    draw.rectangle([w * 0.42, h * 0.48, w * 0.58, h * 0.78], fill=(245, 242, 235))
    draw.ellipse([w * 0.42, h * 0.44, w * 0.58, h * 0.52], fill=(90, 55, 30))


SCENE_STYLES = {
    "warehouse": ((250, 225, 180), (140, 110, 80), _warehouse),
    "harbour": ((250, 170, 110), (90, 70, 120), _harbour),
    "orchard": ((200, 225, 245), (240, 240, 220), _orchard),
    "workshop": ((90, 80, 70), (60, 50, 40), _workshop),
    "dining": ((250, 240, 225), (200, 180, 160), _dining),
    "building_site": ((180, 205, 235), (235, 230, 220), _building_site),
    "coffee": ((70, 45, 30), (40, 25, 15), _coffee),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alt", action="store_true", help="print the fitting alt text per illustration")
    parser.add_argument("--out", type=Path, default=ROOT, help="project folder to write into (default: this one)")
    args = parser.parse_args()
    if args.alt:
        for slug in sorted(SCENES):
            print(f"{slug}: {alt_text(slug)}")
        return
    images = args.out / "practices" / "images"
    images.mkdir(parents=True, exist_ok=True)
    for slug, theme in first_themes().items():
        if slug in PHOTOS:
            photo(PHOTOS[slug], slug).save(images / f"{slug}.jpg", quality=80, dpi=(300, 300), optimize=True)
        else:
            (images / f"{slug}.svg").write_text(svg(slug, theme), encoding="utf-8")
    (images / "voorbeeld.svg").write_text(svg("fietsenwerkplaats-de-spaak", "detachering"), encoding="utf-8")
    (args.out / "edition").mkdir(exist_ok=True)
    (args.out / "edition" / "omslag.svg").write_text(cover_svg(), encoding="utf-8")


if __name__ == "__main__":
    main()
