"""Pictures are checked before any layout, at the practice's image.src line, with exact Dutch messages."""
from __future__ import annotations

import pytest
from PIL import Image as PillowImage

from magazine.model import Image
from magazine.picturecheck import picture_problems

FONTS = frozenset({"Source Sans 3", "Source Serif 4"})
CHOICE = "gebruik Source Sans 3 of Source Serif 4, of zet de tekst om in paden (Inkscape: Pad > Object naar pad)"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="600">{}</svg>'


def jpeg(path, size=(3000, 2000), mode="RGB"):
    PillowImage.new(mode, size, 90 if mode == "L" else (120, 80, 40) if mode == "RGB" else (10, 60, 90, 5)).save(
        path, "JPEG", quality=90)


def truncated(path):
    jpeg(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def bomb(path):  # 20,000 x 20,000 px in about 48 kB
    PillowImage.new("1", (20000, 20000)).save(path, optimize=True)


def too_many(path):  # 120 megapixel: under Pillow's own limit, over ours
    PillowImage.new("1", (12000, 10000)).save(path, optimize=True)


# (case, file name, how it is made, smallest design width in mm, the exact problems)
PHOTO_CASES = {
    "complete_photo": ("foto.jpg", jpeg, 175, []),
    "cmyk_jpeg": ("cmyk.jpg", lambda p: jpeg(p, mode="CMYK"), 175, []),
    "greyscale_jpeg": ("grijs.jpg", lambda p: jpeg(p, mode="L"), 175, []),
    "truncated_jpeg": ("half.jpg", truncated, 175, [
        "is niet compleet of beschadigd (het bestand houdt halverwege op); exporteer of upload hem opnieuw"]),
    "decompression_bomb_png": ("bom.png", bomb, 175, [
        "is 400 megapixel, meer dan 100 megapixel: zo groot kan het magazine hem niet verwerken; "
        "exporteer de foto opnieuw, bijvoorbeeld 4000 × 3000 pixels"]),
    "too_many_pixels_png": ("groot.png", too_many, 175, [
        "is 12000 × 10000 pixels, meer dan 100 megapixel: zo groot kan het magazine hem niet verwerken; "
        "exporteer de foto opnieuw, bijvoorbeeld 4000 × 3000 pixels"]),
    "not_an_image": ("heic.jpg", lambda p: p.write_bytes(b"\0\0\0\x18ftypheic" + bytes(200)), 175, [
        "is geen foto die het magazine kan lezen (bijvoorbeeld HEIC van een iPhone); "
        "sla hem op als JPEG (.jpg) of PNG en upload hem opnieuw"]),
    "too_coarse_for_every_design": ("klein.jpg", lambda p: jpeg(p, (600, 400)), 175, [
        "is 600 × 400 pixels: te grof voor drukwerk, ook in het kleinste ontwerp waarin hij kan staan "
        "(nodig: minstens 2067 pixels breed bij 300 ppi); lever de foto groter aan, zoals hij uit de camera komt"]),
    "small_but_enough_for_the_side_column": ("klein.jpg", lambda p: jpeg(p, (600, 400)), 50, []),
    "a_file_too_large_to_read": ("zwaar.tif", lambda p: p.write_bytes(bytes(61_000_000)), 175, [
        "is een bestand van 61 MB, meer dan 60 MB; exporteer de foto opnieuw, bijvoorbeeld 4000 × 3000 pixels als JPEG"]),
}

SVG_CASES = {
    "plain_drawing": ('<rect width="10" height="10"/>', []),
    "text_in_a_committed_font_set_on_a_group": (
        '<g font-family="Source Sans 3"><text x="1" y="9">Hallo <tspan>buren</tspan></text></g>', []),
    "link_inside_the_drawing": ('<use xlink:href="#huis"/><image href="data:image/png;base64,AAAA"/>', []),
    "file_reference": ('<image xlink:href="file:///etc/passwd" width="1" height="1"/>', [
        "verwijst naar 'file:///etc/passwd' buiten de tekening; neem dat beeld op in de SVG zelf of laat het weg"]),
    "web_reference": ('<image href="https://example.org/foto.jpg"/>', [
        "verwijst naar 'https://example.org/foto.jpg' buiten de tekening; neem dat beeld op in de SVG zelf of laat het weg"]),
    "css_url": ('<rect style="fill: url(https://example.org/a.svg)"/>', [
        "laadt 'https://example.org/a.svg' van buiten de tekening; neem het op in de SVG zelf of laat het weg"]),
    "script": ('<script>alert(1)</script><rect onclick="x()"/>', [
        "bevat een script; sla de tekening opnieuw op zonder scripts of interactie"]),
    "html_inside": ("<foreignObject><p>tekst</p></foreignObject>", [
        "bevat HTML (foreignObject); sla de tekening opnieuw op als gewone SVG"]),
    "text_without_font": ('<text x="1" y="9">Hallo</text>', [f"bevat tekst zonder lettertype; {CHOICE}"]),
    "text_in_a_font_not_committed": ('<text style="font-family: Arial, sans-serif">Hallo</text>', [
        f"zet tekst in het lettertype 'Arial', dat niet in het magazine zit; {CHOICE}"]),
}


def problems(path, src, smallest_mm=175) -> list[str]:
    found = picture_problems(Image(path, src, "beschrijving", None, 12), "practices/p.md", smallest_mm, FONTS)
    assert all(p.path == "practices/p.md" and p.line == 12 for p in found)
    prefix = f"de afbeelding '{src}' "
    assert all(p.message.startswith(prefix) for p in found)
    return [p.message.removeprefix(prefix) for p in found]


@pytest.mark.parametrize("case", sorted(PHOTO_CASES))
def test_photo_problems(case, tmp_path):
    name, make, smallest, expected = PHOTO_CASES[case]
    make(tmp_path / name)
    assert problems(tmp_path / name, f"images/{name}", smallest) == expected


@pytest.mark.parametrize("case", sorted(SVG_CASES))
def test_drawing_problems(case, tmp_path):
    content, expected = SVG_CASES[case]
    (tmp_path / "tekening.svg").write_text(SVG.format(content), encoding="utf-8")
    assert problems(tmp_path / "tekening.svg", "images/tekening.svg") == expected


@pytest.mark.parametrize(("case", "data", "expected"), [
    ("entities", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">'
                 b"<text>&a;</text></svg>",
     "bevat XML-entiteiten (<!ENTITY>); sla de tekening opnieuw op als gewone SVG, zonder DOCTYPE"),
    ("not_xml", b'<svg xmlns="http://www.w3.org/2000/svg">\n<rect>\n</svg>',
     "is geen geldige SVG (regel 3); sla de tekening opnieuw op als SVG"),
    ("not_svg", b"<html><body/></html>", "is geen SVG-tekening; sla haar op als SVG (of als foto in .jpg of .png)"),
])
def test_drawings_that_are_not_plain_svg(case, data, expected, tmp_path):
    (tmp_path / "tekening.svg").write_bytes(data)
    assert problems(tmp_path / "tekening.svg", "images/tekening.svg") == [expected]
