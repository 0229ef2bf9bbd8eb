#!/usr/bin/env python3
"""Make every illustration of the sample edition, reproducibly.

    python tools/make_images.py            # writes practices/images/* and edition/omslag.svg
    python tools/make_images.py --alt      # prints the alt text that fits each illustration

Every practice gets a scene of people at work (`SCENES`: the setting, who does what, the
props), drawn with tools/scenes.py and tools/props.py in the colours of its first theme:
as SVG (3:2) for most, and for the practices marked `photo` as a crisp JPEG of
2700 x 3600 px (229 x 305 mm at 300 ppi: a full page with bleed), so the full-page designs,
the press pipeline's colour conversion and the resolution checks run on real raster files.
The alt text of each picture is written from the same table (`--alt`). The cover is one
more scene (`COVER_SCENE`), tall (3:4): neighbours looking over the hedge. Same input, same bytes.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from props import PROPS, SETTINGS
from scenes import HAIR, SKIN, TALL, WIDE, Canvas, Look, mix, person, to_raster, to_svg

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
@dataclass(frozen=True)
class P:
    """A person in a scene: where they stand (share of the width), what they do, what they wear."""

    x: float
    pose: str = "down"
    mirrored: bool = False
    seated: bool = False
    holding: str = ""
    vest: str = ""
    hat: str = ""
    apron: str = ""
    hair: str = ""  # a colour, e.g. grey for an older person
    style: str = ""  # hair style; chosen per person when empty


@dataclass(frozen=True)
class Scene:
    setting: str  # a key of props.SETTINGS
    where: str  # Dutch, for the alt text: "in een fietsenwerkplaats"
    doing: str  # Dutch, for the alt text: who does what
    items: tuple  # drawn in this order: P(...) or (prop, x[, {options}]); `on` raises a prop onto a table
    photo: bool = False  # a crisp raster picture, tall enough for a full page at 300 ppi


VEST, GREY, WHITE_COAT = "#f08a24", "#b9b2a8", "#f4f4f0"
SCENES = {
    "alle-partijen-aan-een-tafel": Scene("indoors", "in een vergaderzaal",
        "vier mensen overleggen aan een tafel; een van hen wijst naar een grafiek op het whiteboard",
        (("whiteboard", .5), P(.18, "point"), P(.4, "hold", seated=True), P(.62, "hold", seated=True, mirrored=True),
         ("desk", .51, {"width": 1.3}), P(.84, "talk", mirrored=True))),
    "beschut-werk-achter-het-scherm": Scene("indoors", "op een kantoor",
        "twee mensen werken aan een bureau achter een beeldscherm; rechts staat een plant",
        (P(.3, "hold", seated=True), ("desk", .3, {"width": 0.9}), ("screen", .3), P(.68, "hold", seated=True, mirrored=True),
         ("laptop", .68), ("plant", .92))),
    "beschut-werk-midden-in-de-wijk": Scene("indoors", "in een buurthuis",
        "een medewerker achter de balie schenkt koffie voor een buurtbewoner",
        (P(.36, "hold", apron="#fbfbf8"), ("counter", .36, {"width": 1.2}), ("cups", .36), P(.72, "talk", mirrored=True),
         ("plant", .92))),
    "beschut-werk-op-locatie-bij-een-gewone-werkgever": Scene("hall", "in een productiehal",
        "een medewerker zet onderdelen in elkaar aan een werkbank, een collega draagt een doos; achter hen een stellingkast",
        (("rack", .16), P(.46, "work"), ("bench", .46), ("parts", .46), P(.8, "carry", mirrored=True))),
    "binnen-zes-weken-van-indicatie-naar-werkplek": Scene("indoors", "op een kantoor",
        "een klantmanager en een werkzoekende bespreken aan een bureau de planning; aan de wand hangt een kalender",
        (("calendar", .22), P(.4, "hold", seated=True), P(.64, "talk", seated=True, mirrored=True), ("desk", .52),
         ("laptop", .4), ("clock", .82))),
    "circulaire-meubels-uit-afgedankt-hout": Scene("indoors", "in een houtwerkplaats",
        "een meubelmaker schuurt een blad op de werkbank; naast hem liggen oude planken en staat een opgeknapte stoel",
        (("pegboard", .62), ("planks", .16), P(.5, "work", apron="#7a5a3a"), ("bench", .5), ("chair", .84))),
    "collegas-opleiden-tot-interne-jobcoach": Scene("hall", "in een productiehal",
        "een ervaren collega legt een nieuwe medewerker aan de werkbank uit hoe het werk gaat",
        (("rack", .84), P(.3, "talk"), P(.56, "work"), ("bench", .56), ("parts", .56))),
    "de-entreeopleiding-op-de-werkvloer": Scene("indoors", "in een leerwerkplaats",
        "een instructeur laat een leerling zien hoe de kolomboor op de werkbank werkt",
        (("pegboard", .3), P(.66, "work"), ("bench", .68), ("drill_press", .72), P(.3, "point"))),
    "de-gemeente-als-werkgever": Scene("paved", "voor een gemeentehuis",
        "twee medewerkers, een van hen in een werkhesje, praten met elkaar; links staat een fiets",
        (("town_hall", .56), ("bike", .17), P(.4, "talk"), P(.76, "hold", mirrored=True, vest=VEST, holding="clipboard"))),
    "digitale-vaardigheden-voor-sw-medewerkers": Scene("indoors", "in een leslokaal",
        "twee cursisten werken op een laptop; een docent kijkt mee en wijst",
        (P(.26, "hold", seated=True), ("desk", .4, {"width": 1.4}), ("laptop", .26), P(.56, "hold", seated=True),
         ("screen", .56), P(.84, "point", mirrored=True))),
    "drie-werkbedrijven-worden-een-organisatie": Scene("indoors", "in een vergaderzaal",
        "drie mensen staan in gesprek voor een kaart van de regio",
        (("map", .5), P(.24, "talk"), P(.5, "hold", holding="paper"), P(.76, "talk", mirrored=True), ("plant", .94))),
    "een-buddy-op-het-werk-voor-statushouders": Scene("hall", "in een magazijn",
        "twee collega's lopen samen; de een draagt een doos, de ander legt iets uit; achter hen een stellingkast en een pallet",
        (("rack", .2), ("pallet", .84), P(.42, "carry", vest=VEST), P(.62, "talk", mirrored=True, style="scarf"))),
    "een-flexpool-voor-seizoenswerk": Scene("outdoors", "in een boomgaard",
        "een plukker reikt naar appels in een boom, een collega zet een kist appels neer; verderop staan rijen fruitbomen",
        (("orchard", .5), ("fruit_tree", .3, {"size": 1.15}), P(.3, "reach", vest=VEST), ("crate", .55), ("ladder", .92),
         P(.72, "carry", mirrored=True)), photo=True),
    "een-jobcoach-op-afroep": Scene("indoors", "in een winkel",
        "een jobcoach praat met een medewerker voor een winkelschap",
        (("shelf", .3), P(.46, "hold", apron="#3f8a69"), P(.72, "talk", mirrored=True, holding=""), ("plant", .93))),
    "een-keurmerk-voor-sociaal-ondernemen": Scene("indoors", "in een bedrijf",
        "twee mensen bekijken een ingelijst certificaat aan de wand",
        (("certificate", .5), P(.3, "point"), P(.72, "hold", mirrored=True, holding="paper"), ("plant", .92))),
    "een-koffiebranderij-als-leerbedrijf": Scene("indoors", "in een koffiebranderij",
        "een leerling bedient de koffiebrander, een begeleider kijkt mee; rechts staan zakken koffiebonen",
        (("roaster", .3), P(.56, "tool", apron="#6b3e1f"), P(.76, "talk", mirrored=True), ("sacks", .92)), photo=True),
    "een-kringloopwinkel-als-beschutte-werkplek": Scene("indoors", "in een kringloopwinkel",
        "een medewerker brengt een doos met spullen binnen, tussen een kledingrek en een leunstoel",
        (("clothes_rack", .22), P(.52, "carry"), ("armchair", .82))),
    "een-loket-voor-alle-werkzoekenden": Scene("indoors", "bij een loket",
        "een medewerker achter de balie helpt een bezoeker; aan de wand hangt een klok",
        (("clock", .5), P(.44, "hold"), ("counter", .44), P(.8, "talk", mirrored=True))),
    "een-praktijkroute-voor-vijftigplussers": Scene("outdoors", "in een moestuin",
        "twee oudere medewerkers werken tussen de moestuinbedden; rechts staat een kruiwagen",
        (P(.3, "tool", hair=GREY), ("beds", .45), P(.6, "work", hair=GREY, style="short"), ("wheelbarrow", .86))),
    "een-praktijkverklaring-voor-schoonmakers": Scene("indoors", "in een gang",
        "een schoonmaker duwt een kar door de gang; aan de wand hangt een ingelijst certificaat",
        (("certificate", .8), ("trolley", .22), P(.45, "push"), ("mop", .68))),
    "een-regionaal-dashboard-voor-de-banenafspraak": Scene("indoors", "op een kantoor",
        "een analist wijst naar een grafiek op het whiteboard; een collega werkt achter een beeldscherm",
        (("whiteboard", .42), P(.18, "point"), P(.72, "hold", seated=True, mirrored=True), ("desk", .74, {"width": 0.9}),
         ("screen", .74))),
    "een-sluitende-aanpak-voor-jongeren": Scene("paved", "bij een bushalte",
        "een jongerencoach praat met een jongere; achter hen rijdt een bus, rechts staat een wegwijzer",
        (("bus", .32), P(.5, "talk"), P(.66, "hold", mirrored=True), ("signpost", .86))),
    "een-werkgeversdienstverleningsteam-voor-de-hele-regio": Scene("indoors", "op een kantoor",
        "twee adviseurs werken aan een bureau onder een kaart van de regio",
        (("map", .3), P(.5, "hold", seated=True), ("desk", .56), ("laptop", .5), P(.82, "talk", mirrored=True))),
    "fietsenwerkplaats-de-spaak": Scene("indoors", "in een fietsenwerkplaats",
        "een monteur laat een leerling zien hoe je een fiets afstelt; aan de wand hangt gereedschap",
        (("pegboard", .5), P(.26, "tool", apron="#2f4a3f"), ("bike", .52), P(.78, "point", mirrored=True))),
    "gemeenten-die-samen-inkopen": Scene("indoors", "in een vergaderzaal",
        "drie mensen overleggen aan een tafel met een laptop",
        (P(.3, "hold", seated=True), P(.5, "talk", seated=True), P(.7, "hold", seated=True, mirrored=True),
         ("desk", .5, {"width": 1.6}), ("laptop", .5), ("clock", .86))),
    "groene-ploegen-bij-woningcorporaties": Scene("outdoors", "voor een rij huizen",
        "een groenploeg in werkhesjes snoeit een haag; rechts staat een kruiwagen",
        (("house", .18), P(.44, "work", vest=VEST), P(.62, "tool", vest=VEST, mirrored=True), ("hedge", .52),
         ("wheelbarrow", .88))),
    "groepsdetachering-in-het-distributiecentrum": Scene("hall", "in een distributiecentrum",
        "een medewerker in werkhesje draagt een doos langs een stellingkast, een collega staat bij een heftruck",
        (("rack", .24), P(.34, "carry", vest=VEST), ("forklift", .64), P(.86, "talk", mirrored=True, vest=VEST)),
        photo=True),
    "havenbedrijven-openen-hun-poort": Scene("paved", "op een haventerrein",
        "twee medewerkers met helm en werkhesje staan voor gestapelde containers en een kraan",
        (("crane", .16), ("containers", .66), P(.36, "point", vest=VEST, hat="helmet"),
         P(.56, "hold", mirrored=True, vest=VEST, hat="helmet", holding="clipboard")), photo=True),
    "het-fietsdepot-als-sociale-onderneming": Scene("paved", "op een fietsdepot",
        "een medewerker duwt een fiets langs een rij fietsen; een collega in werkhesje houdt de lijst bij",
        (("bike_row", .5), ("bike", .24), P(.42, "push"), P(.76, "hold", mirrored=True, vest=VEST, holding="clipboard"))),
    "individuele-detachering-met-terugkeergarantie": Scene("hall", "in een fabriekshal",
        "een medewerker werkt aan een machine op de werkbank; een leidinggevende met een klembord kijkt toe",
        (P(.6, "work"), ("bench", .62), ("drill_press", .66), P(.28, "hold", holding="clipboard"), ("boxes", .9))),
    "jobcarving-in-het-ziekenhuis": Scene("indoors", "in een ziekenhuisgang",
        "een medewerker duwt een kar met linnengoed, een verpleegkundige loopt mee; rechts staat een rolstoel",
        (("trolley", .14), P(.36, "push"), P(.62, "talk", mirrored=True, apron=WHITE_COAT), ("wheelchair", .86))),
    "leerlijn-logistiek": Scene("hall", "in een magazijn",
        "een instructeur legt een leerling uit hoe de heftruck werkt; links staat een pallet met dozen",
        (("pallet", .18), ("forklift", .46), P(.72, "point", mirrored=True, vest=VEST), P(.9, "hold", vest=VEST))),
    "leerwerkbedrijf-techniek": Scene("indoors", "in een technische werkplaats",
        "een leerling monteert onderdelen aan de werkbank, een vakman wijst; aan de wand hangt gereedschap",
        (("pegboard", .5), P(.34, "work"), ("bench", .4), ("parts", .4), P(.72, "point", mirrored=True, apron="#2f4a3f")),
        photo=True),
    "leerwerkplekken-in-een-eigen-hotel": Scene("indoors", "in een hotelrestaurant",
        "een leerling in de bediening draagt een dienblad langs een gedekte tafel; een kok kijkt mee",
        (("chair", .12), ("dining_table", .34), P(.6, "hold", holding="tray", apron="#1f2a36"),
         P(.84, "talk", mirrored=True, hat="chef", apron=WHITE_COAT)), photo=True),
    "loonwaarde-meten-op-de-werkplek": Scene("indoors", "in een werkplaats",
        "een begeleider met een klembord kijkt hoe een medewerker aan de werkbank werkt",
        (P(.36, "work"), ("bench", .36), ("parts", .36), P(.74, "hold", mirrored=True, holding="clipboard"), ("clock", .6))),
    "mbo-certificaten-voor-sw-medewerkers": Scene("indoors", "in een leslokaal",
        "een medewerker neemt een certificaat in ontvangst van een docent; aan de wand hangt er een ingelijst",
        (("certificate", .8), P(.4, "hold", holding="paper"), P(.62, "talk", mirrored=True), ("plant", .1))),
    "montagewerk-met-aangepaste-werkplekken": Scene("hall", "in een montagehal",
        "twee medewerkers doen montagewerk aan een lange werkbank, een van hen vanuit een rolstoel",
        (("wheelchair", .2), P(.3, "work", seated=True), P(.66, "work"), ("bench", .52, {"width": 1.8}), ("parts", .52))),
    "nazorg-na-plaatsing": Scene("indoors", "in een kantine",
        "een jobcoach en een werknemer praten aan tafel bij een kop koffie",
        (P(.36, "hold", seated=True), P(.64, "talk", seated=True, mirrored=True), ("desk", .5), ("cups", .5),
         ("plant", .9))),
    "partner-van-sociale-ondernemingen": Scene("paved", "bij een bestelbus",
        "een medewerker laadt een doos uit de bestelbus; een collega wacht met een klembord",
        (("van", .3), P(.62, "carry"), P(.86, "hold", mirrored=True, holding="clipboard"))),
    "samenwerken-over-de-gemeentegrens": Scene("outdoors", "op een brug over het water",
        "twee mensen ontmoeten elkaar halverwege; links een gemeentehuis, rechts een huis",
        (("town_hall", .12), ("house", .9), ("water", .5), ("bridge", .5), P(.42, "talk"), P(.58, "talk", mirrored=True))),
    "sociaal-inkopen-door-de-eigen-gemeente": Scene("paved", "voor een gemeentehuis",
        "een medewerker levert een doos af; links staat de bestelbus",
        (("town_hall", .62), ("van", .2), P(.84, "carry", mirrored=True))),
    "social-return-in-de-bouw": Scene("paved", "op een bouwplaats",
        "twee bouwvakkers met helm en werkhesje staan voor een steiger; links een kraan, rechts een kruiwagen",
        (("crane", .1), ("scaffold", .56), P(.34, "carry", vest=VEST, hat="helmet"),
         P(.7, "point", mirrored=True, vest=VEST, hat="helmet"), ("wheelbarrow", .9)), photo=True),
    "taal-op-de-werkvloer": Scene("indoors", "in een leslokaal op de werkvloer",
        "een docent wijst naar woorden op een bord; twee collega's kijken mee",
        (("wordboard", .42), P(.2, "point"), P(.66, "hold", style="scarf"), P(.84, "hold", mirrored=True))),
    "tussen-dagbesteding-en-beschut-werk": Scene("indoors", "in een werkplaats",
        "twee mensen verpotten plantjes aan een lange tafel",
        (P(.32, "work", seated=True), P(.66, "work", seated=True, mirrored=True), ("bench", .49, {"width": 1.7, "height": 0.44}),
         ("plant", .49, {"size": 0.6, "on": 0.44}), ("window", .5))),
    "van-praktijkschool-naar-werk": Scene("indoors", "in een supermarkt",
        "een jongere vult het winkelschap, een collega brengt een doos",
        (("shelf", .38), P(.42, "reach"), P(.78, "carry", mirrored=True))),
    "van-schoonmaak-naar-zorgassistent": Scene("indoors", "in een verpleeghuis",
        "een zorgassistent brengt een bewoner in een leunstoel koffie op een dienblad",
        (P(.32, "hold", seated=True, hair=GREY), ("armchair", .32), P(.64, "hold", holding="tray", apron=WHITE_COAT),
         ("plant", .9))),
    "wasserij-wadwerk": Scene("indoors", "in een wasserij",
        "een medewerker vouwt was aan een tafel; links staan wasmachines",
        (("machines", .22), P(.66, "work"), ("bench", .66, {"width": 1.0}), ("laundry", .66), ("clock", .88))),
    "werk-en-zorg-onder-een-dak": Scene("indoors", "in een werkplaats",
        "een medewerker werkt aan de werkbank terwijl een zorgmedewerker even langskomt",
        (("window", .5), P(.34, "work"), ("bench", .34), ("parts", .34), P(.72, "talk", mirrored=True, apron=WHITE_COAT),
         ("plant", .92))),
    "werken-op-de-stadsboerderij": Scene("outdoors", "op een stadsboerderij",
        "een medewerker duwt een kruiwagen; rechts staat een geit, achter hen de schuur",
        (("barn", .18), P(.3, "push", mirrored=True), ("wheelbarrow", .54), ("goat", .8))),
    "werkfit-met-psychische-klachten": Scene("outdoors", "in een park",
        "twee mensen wandelen en praten onder een boom; rechts staat een parkbank",
        (("tree", .22), P(.44, "talk"), P(.6, "hold", mirrored=True), ("park_bench", .84))),
}
COVER_SCENE = Scene("outdoors", "van twee buren",
    "twee mensen kijken over een heg naar de buren, waar iemand een kruiwagen duwt; links hun huis, rechts het bedrijf",
    (("house", .12), P(.26, "point"), P(.39, "talk"), ("hedge", .43), P(.64, "push", mirrored=True), ("wheelbarrow", .84)))
TEMPLATE_SCENE = "fietsenwerkplaats-de-spaak"  # practices/images/voorbeeld.svg, for practices/_template.md
SVG_WIDTH, PHOTO_WIDTH = 1200, 2700  # PHOTO_WIDTH x 3600 px: 229 x 305 mm at 300 ppi, a full page with bleed


def first_themes() -> dict[str, str]:
    themes = {}
    for path in sorted((ROOT / "practices").glob("[!_]*.md")):
        front = path.read_text(encoding="utf-8").split("---\n")[1]
        themes[path.stem] = yaml.safe_load(front)["themes"][0]
    return themes


def alt_text(slug: str) -> str:
    scene = COVER_SCENE if slug == "omslag" else SCENES[slug]
    return f"Tekening {scene.where}. {scene.doing[0].upper()}{scene.doing[1:]}."


def look(person: P, palette: tuple[str, ...], rng: random.Random) -> Look:
    _background, ink, accent, _light = palette
    shirts = (ink, accent, mix(ink, "#ffffff", 0.45), "#5d6d7e", "#e8e2d4", mix(accent, "#ffffff", 0.35))
    style = person.style or rng.choice(("short", "short", "long", "bun", "bald", "scarf"))
    hair = person.hair or rng.choice(HAIR)
    return Look(skin=rng.choice(SKIN), hair=hair, shirt=rng.choice(shirts),
                trousers=rng.choice(("#2d3e50", "#4a4a4a", "#3b5b7a", "#6b5a45")),
                hair_style="short" if person.hat and style in ("long", "scarf") else style,
                hat=person.hat, vest=person.vest, apron=person.apron)


def draw_scene(slug: str, theme: str, canvas: Canvas) -> list:
    scene = COVER_SCENE if slug == "omslag" else SCENES[slug]
    palette = PALETTES[theme]
    rng = random.Random(hashlib.sha256(slug.encode()).hexdigest())
    shapes = SETTINGS[scene.setting](canvas, palette, rng)
    s = canvas.person
    for item in scene.items:
        if isinstance(item, P):
            shapes += person(item.x * canvas.width, canvas.floor, s, look(item, palette, rng), item.pose, item.mirrored,
                             item.seated, item.holding or ("box" if item.pose == "carry" else ""))
            continue
        name, x, options = item if len(item) == 3 else (*item, {})
        options = dict(options)
        floor = canvas.floor - options.pop("on", 0) * s
        if name == "window":
            shapes += PROPS[name][1](x * canvas.width, canvas.floor - 1.55 * s, s, palette)
        else:
            shapes += PROPS[name][1](x * canvas.width, floor, s, palette, **options)
    return shapes


def svg(slug: str, theme: str) -> str:
    return to_svg(draw_scene(slug, theme, WIDE), WIDE, SVG_WIDTH)


def photo(slug: str, theme: str) -> Image.Image:
    return to_raster(draw_scene(slug, theme, TALL), TALL, PHOTO_WIDTH)


def cover_svg() -> str:
    """The cover: neighbours looking over the hedge at each other's work (gluren bij de buren), tall (3:4)."""
    return to_svg(draw_scene("omslag", "samenwerking", TALL), TALL, SVG_WIDTH)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alt", action="store_true", help="print the fitting alt text per illustration")
    parser.add_argument("--out", type=Path, default=ROOT, help="project folder to write into (default: this one)")
    args = parser.parse_args()
    if args.alt:
        for slug in [*sorted(SCENES), "omslag"]:
            print(f"{slug}: {alt_text(slug)}")
        return
    images = args.out / "practices" / "images"
    images.mkdir(parents=True, exist_ok=True)
    for slug, theme in first_themes().items():
        if SCENES[slug].photo:
            photo(slug, theme).save(images / f"{slug}.jpg", quality=88, dpi=(300, 300), optimize=True)
        else:
            (images / f"{slug}.svg").write_text(svg(slug, theme), encoding="utf-8")
    (images / "voorbeeld.svg").write_text(svg(TEMPLATE_SCENE, "detachering"), encoding="utf-8")
    (args.out / "edition").mkdir(exist_ok=True)
    (args.out / "edition" / "omslag.svg").write_text(cover_svg(), encoding="utf-8")


if __name__ == "__main__":
    main()
