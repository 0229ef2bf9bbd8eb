"""Contributing by pull request: new, check in both formats, preview, serve, the workflows and the docs."""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from PIL import Image

from magazine import report
from magazine.config import load_config
from magazine.errors import Problem
from magazine.fields import current_codes, current_schema, table

from .conftest import ROOT
from .test_cli import run

TYPO_AND_NO_ALT = [
    ("7", "onbekend veld 'titel'; bedoelde je 'title'?"),
    ("42", "het verplichte veld 'image.alt' ontbreekt; voeg het toe (zie practices/_template.md)"),
]


# what a contributor writes over the template's examples, line for line (so the lines stay where they are)
OWN_TEXT = {
    "Van de werkvloer naar een vaste baan": "Fietsen repareren voor de buurt",
    "Werkbedrijf Voorbeeldstad": "Werkbedrijf Lindewoude",
    "Sociale Werkvoorziening Voorbeeldstad": "SW Lindewoude",
    "  - Voorbeeldstad": "  - Lindewoude",
    "Vertel in twee of drie zinnen wat jullie doen, voor wie en wat het oplevert.":
        "In de fietsenwerkplaats van Lindewoude repareren medewerkers fietsen voor de buurt.",
    "mensen aan het werk bij een gewone werkgever": "fietsen per week gerepareerd",
    "werkt na een jaar nog steeds": "van de monteurs stroomt door",
    "Het mooiste is dat collega's niet meer zien wie er via ons binnenkwam.": "Hier leer ik elke dag iets nieuws.",
    "Naam Achternaam, jobcoach": "Sam, monteur",
    "Beschrijf wat er op de afbeelding te zien is, voor wie haar niet kan zien.": "Een getekend huis met een tuin.",
    "Naam van de fotograaf of maker": "Tekening van de redactie",
    "images/voorbeeld.svg": "images/lindewoude.svg",  # start_from_template puts a drawing there
    "  name: Naam Achternaam": "  name: Sam Jansen",
    "naam@example.org": "sam@example.org",
    "030 123 45 67": "0118 98 76 54",
    "https://example.org\n": "https://lindewoude.example.org\n",
}


def filled_in(template: str) -> str:
    """The template with the contributor's own values and text: what `check` passes."""
    for example, own in OWN_TEXT.items():
        assert example in template, example
        template = template.replace(example, own, 1)
    own_paragraph = "We werken in kleine ploegen met een vaste begeleider en veel ruimte om te leren."
    body = template.index("\n---\n", 4) + 5
    lines = template[body:].split("\n")
    lines = [own_paragraph if line.strip() and not line.startswith("## ") else line for line in lines]
    return template[:body] + "\n".join(lines)


def start_from_template(edition_copy: Path) -> Path:
    practices = edition_copy.parent / "practices"
    shutil.copy(ROOT / "practices" / "_template.md", practices / "_template.md")
    shutil.copy(ROOT / "practices" / "images" / "voorbeeld.svg", practices / "images")
    shutil.copy(ROOT / "practices" / "images" / "voorbeeld.svg", practices / "images" / "lindewoude.svg")
    result = run("new", "mijn-voorbeeld", "--config", str(edition_copy))
    assert result.returncode == 0, result.stderr
    assert "aangemaakt:" in result.stderr
    return practices / "mijn-voorbeeld.md"


@pytest.mark.slow
def test_typo_and_missing_alt_give_exactly_two_messages_in_both_formats(edition_copy, tmp_path):
    path = start_from_template(edition_copy)
    good = filled_in(path.read_text())
    path.write_text(good.replace("\ntitle:", "\ntitel:").replace("  alt: Een getekend", "  # alt: Een getekend"))

    text = run("check", "--config", str(edition_copy))
    assert text.returncode == 1
    assert text.stdout.splitlines() == [f"practices/mijn-voorbeeld.md:{line}: {message}" for line, message in TYPO_AND_NO_ALT]

    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    github = subprocess.run([sys.executable, str(ROOT / "build.py"), "check", "--config", str(edition_copy)],
                            capture_output=True, text=True, env=env)
    assert github.returncode == 1
    assert github.stdout.splitlines() == [
        f"::error file=practices/mijn-voorbeeld.md,line={line},title=Veld::{message}"
        for line, message in TYPO_AND_NO_ALT]
    assert summary.read_text().startswith("### 2 problemen gevonden")

    path.write_text(good)  # fixed: the check (with a real layout) and the whole build pass
    assert run("check", "--config", str(edition_copy)).returncode == 0
    assert run("--config", str(edition_copy), "--out", str(tmp_path / "out")).returncode == 0
    assert (tmp_path / "out" / "site" / "praktijken" / "mijn-voorbeeld" / "index.html").is_file()


def test_new_checks_the_slug_and_never_overwrites(edition_copy):
    start_from_template(edition_copy)
    bad = run("new", "Mijn Voorbeeld", "--config", str(edition_copy))
    assert bad.returncode == 1
    assert bad.stdout.strip() == ("practices/Mijn Voorbeeld.md:1: de bestandsnaam 'Mijn Voorbeeld.md' kan niet; gebruik "
                                  "kleine letters, cijfers en streepjes, bijvoorbeeld 'mijn-voorbeeld.md'")
    again = run("new", "mijn-voorbeeld", "--config", str(edition_copy))
    assert again.returncode == 1
    assert again.stdout.strip() == "practices/mijn-voorbeeld.md:1: dit bestand bestaat al; kies een andere naam"
    assert run("new", "--config", str(edition_copy)).returncode == 2


def test_duplicate_title_and_organisation_are_reported(edition_copy):
    practices = edition_copy.parent / "practices"
    shutil.copy(practices / "kas-aan-de-dijk.md", practices / "kas-aan-de-dijk-2.md")
    result = run("check", "--no-layout", "--config", str(edition_copy))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "practices/kas-aan-de-dijk.md:2: deze titel staat al in practices/kas-aan-de-dijk-2.md; "
        "kies een andere titel of voeg de voorbeelden samen",
        "practices/kas-aan-de-dijk.md:3: van 'Werkbedrijf Testdorp' staat al een praktijkvoorbeeld in "
        "practices/kas-aan-de-dijk-2.md; één voorbeeld per organisatie",
    ]


@pytest.mark.slow
def test_preview_renders_one_spread_and_its_page(edition_copy, tmp_path):
    result = run("preview", "practices/kas-aan-de-dijk.md", "--config", str(edition_copy),
                 "--out", str(tmp_path / "out"), cwd=edition_copy.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    pdf = tmp_path / "out" / "preview" / "kas-aan-de-dijk.pdf"
    with pikepdf.open(pdf) as document:
        assert len(document.pages) <= 2
        assert "/StructTreeRoot" in document.Root
    assert (tmp_path / "out" / "preview" / "kas-aan-de-dijk" / "praktijken" / "kas-aan-de-dijk" / "index.html").is_file()
    broken = run("preview", "practices/kas-aan-de-dijk.md", "--config", str(edition_copy), cwd=tmp_path)
    assert broken.returncode == 2  # the path is resolved from where you run it


@pytest.mark.slow
def test_preview_html_and_preview_again_work_in_any_order_in_the_default_output(edition_copy):
    project = edition_copy.parent
    for command in (["preview", "practices/kas-aan-de-dijk.md"], ["html"], ["preview", "practices/kas-aan-de-dijk.md"]):
        result = run(*command, "--config", str(edition_copy), cwd=project)
        assert result.returncode == 0, (command, result.stderr)
    assert (project / "output" / "site" / "index.html").is_file()
    assert (project / "output" / "preview" / "kas-aan-de-dijk.pdf").is_file()


@pytest.mark.slow
def test_preview_shows_a_text_that_does_not_fit_all_the_same(edition_copy, tmp_path):
    practices = edition_copy.parent / "practices"
    shutil.copy(ROOT / "tests" / "fixtures" / "layout" / "too_long.md", practices / "te-lang.md")
    result = run("preview", "practices/te-lang.md", "--config", str(edition_copy), "--out", str(tmp_path / "out"),
                 cwd=edition_copy.parent)
    assert result.returncode == 1
    assert [line.split(":", 2)[1] for line in result.stdout.splitlines()] == ["1"]  # what the layout found
    pdf = tmp_path / "out" / "preview" / "te-lang.pdf"
    with pikepdf.open(pdf) as document:
        assert len(document.pages) > 2  # laid out plainly, running over its spread
    assert (tmp_path / "out" / "preview" / "te-lang" / "praktijken" / "te-lang" / "index.html").is_file()
    assert f"1 probleem gevonden; zo ziet het er nu uit: {pdf} en " in result.stderr


@pytest.mark.slow
def test_serve_shows_a_broken_edit_in_the_open_page_and_reloads_when_fixed(edition_copy, browser):
    practice = edition_copy.parent / "practices" / "kas-aan-de-dijk.md"
    server = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--port", "0", "--config", str(edition_copy)],
                              stderr=subprocess.PIPE, text=True)
    page = browser.new_page()
    try:
        base = wait_for_line(server, r"de website staat op (http://127\.0\.0\.1:\d+/)")
        page.goto(base + "praktijken/kas-aan-de-dijk/index.html")
        good = practice.read_text()
        practice.write_text(good.replace("## Tip", "## Tips"))
        overlay = page.locator("#__problems")
        overlay.wait_for(timeout=120000)
        assert "onbekende sectie '## Tips'" in overlay.inner_text()
        page.evaluate("window.__beforeReload = true")
        practice.write_text(good.replace("Kas aan de Dijk", "Kas aan de Dijk en meer", 1))
        page.wait_for_function("window.__beforeReload === undefined", timeout=120000)  # reloaded
        assert page.locator("h1").inner_text() == "Kas aan de Dijk en meer"
        assert page.locator("#__problems").count() == 0
        making = page.locator(".download .__making")  # the download link says its PDF is being made ...
        making.wait_for(timeout=10000)
        assert making.inner_text() == " (de pdf wordt bijgewerkt; even geduld)"
        making.wait_for(state="detached", timeout=120000)  # ... until it is
    finally:
        page.close()
        server.terminate()
        server.wait(timeout=20)


@pytest.mark.slow
def test_serve_rebuilds_and_shows_problems_instead_of_stopping(edition_copy):
    practice = edition_copy.parent / "practices" / "kas-aan-de-dijk.md"
    server = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--port", "0", "--config", str(edition_copy)],
                              stderr=subprocess.PIPE, text=True)
    try:
        base = wait_for_line(server, r"de website staat op (http://127\.0\.0\.1:\d+/)")
        page = urllib.request.urlopen(base + "praktijken/kas-aan-de-dijk/index.html").read().decode()
        assert '<script src="/__live.js"></script></body>' in page
        first = build_state(base)
        assert first["problems"] == []

        good = practice.read_text()
        practice.write_text(good.replace("## Tip", "## Tips"))
        broken = wait_for_state(base, lambda s: s["problems"])
        assert broken["problems"] == ["practices/kas-aan-de-dijk.md:41: onbekende sectie '## Tips'; bedoelde je '## Tip'?"]
        assert urllib.request.urlopen(base + "index.html").status == 200  # the last good site is still served

        practice.write_text(good.replace("Kas aan de Dijk", "Kas aan de Dijk en meer", 1))
        fixed = wait_for_state(base, lambda s: not s["problems"] and s["id"] > broken["id"])
        assert fixed["problems"] == [] and fixed["making_pdfs"]  # the pages first, the PDFs after them
        wait_for_state(base, lambda s: not s["making_pdfs"])
        download = urllib.request.urlopen(base + "downloads/kas-aan-de-dijk.pdf").read()
        with pdfplumber.open(io.BytesIO(download)) as pdf:
            assert "Kas aan de Dijk en meer" in pdf.pages[0].extract_text() + pdf.pages[1].extract_text()
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert server.returncode == 0  # stopped as by Ctrl+C, its staging folders removed
    assert [p.name for p in edition_copy.parent.iterdir() if p.name.startswith(".output-")] == []


def wait_for_line(process, pattern: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if match := re.search(pattern, line):
            return match[1]
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"no line matching {pattern}")


def build_state(base: str) -> dict:
    return json.loads(urllib.request.urlopen(base + "__build").read())


def wait_for_state(base: str, done, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = build_state(base)
        if done(state):
            return state
        time.sleep(0.5)
    raise AssertionError("the server did not rebuild in time")


@pytest.mark.parametrize(("message", "expected"), [
    ("de afbeelding 'images/a.jpg' is niet compleet of beschadigd", "Afbeelding"),
    ("fout in de gegevens bovenaan: er ontbreekt een dubbele punt", "Gegevens bovenaan (YAML)"),
    ("er staat een harde spatie na 'title:'", "Gegevens bovenaan (YAML)"),
    ("'contact.name' is nog de voorbeeldtekst uit practices/_template.md", "Tekst uit het sjabloon"),
    ("onbekend veld 'titel'; bedoelde je 'title'?", "Veld"),
    ("een sectiekop heeft twee hekjes: maak van '### Aanpak' de kop '## Aanpak'", "Secties en koppen"),
    ("de tekst heeft 1200 woorden, te veel voor elk ontwerp", "Lengte en opmaak"),
    ("het teken '☺' (U+263A) staat niet in de lettertypen van het magazine", "Teken dat niet gedrukt kan worden"),
    ("'zeelnd' is geen bekende arbeidsmarktregio", "Praktijkvoorbeeld"),
])
def test_each_kind_of_problem_has_its_annotation_title(message, expected):
    assert report.title(Problem("practices/a.md", 1, message)) == expected


def test_github_annotations_escape_what_github_would_misread():
    problem = Problem("practices/a,b.md", 3, "100% fout\nregel twee")
    assert report.as_github((problem,)) == ["::error file=practices/a%2Cb.md,line=3,title=Praktijkvoorbeeld::100%25 fout%0Aregel twee"]


@pytest.mark.slow
def test_workflows_pass_actionlint_with_least_permissions_and_pinned_actions():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert [w.name for w in workflows] == ["pages.yml", "pull-request.yml"]
    result = subprocess.run(["node", str(ROOT / "tests" / "lint_workflows.cjs"), *map(str, workflows)],
                            capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(result.stdout) == []
    for workflow in workflows:
        text = workflow.read_text()
        assert "permissions:\n  contents: read\n" in text
        uses = re.findall(r"uses: (\S+)", text)
        assert uses and all(re.fullmatch(r"[\w-]+/[\w-]+@v\d+\.\d+\.\d+", u) for u in uses), uses


def test_contributing_names_every_region_province_and_target_group_with_its_code():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert current_codes() in text, "run: python -m magazine.fields"
    vocabularies = load_config(ROOT / "magazine.yml").vocabularies
    for term in (*vocabularies.regions, *vocabularies.provinces, *vocabularies.target_groups):
        assert term.name in text and f"`{term.slug}`" in text, term


def test_contributing_field_table_is_generated_from_the_schema():
    assert table(current_schema()) in (ROOT / "CONTRIBUTING.md").read_text(), "run: python -m magazine.fields"
    for name in current_schema()["properties"]:
        assert f"| `{name}` |" in (ROOT / "CONTRIBUTING.md").read_text()


def _truncated(images: Path) -> str:
    data = (images / "haven.jpg").read_bytes()
    (images / "haven.jpg").write_bytes(data[: len(data) // 2])
    return "images/haven.jpg"


def _bomb(images: Path) -> str:
    Image.new("1", (20000, 20000)).save(images / "bom.png", optimize=True)  # 48 kB that decodes to 400 MB
    return "images/bom.png"


def _coarse(images: Path) -> str:
    Image.new("RGB", (600, 400), (90, 120, 60)).save(images / "haven.jpg", quality=85)
    return "images/haven.jpg"


HAVEN = "practices/detacheren-in-de-haven.md"
# (case, what the contributor does to the haven practice's picture, the exact line check --no-layout prints)
FAST_PICTURE_CASES = {
    "truncated_jpeg": (_truncated, f"{HAVEN}:12: de afbeelding 'images/haven.jpg' is niet compleet of beschadigd "
                                   "(het bestand houdt halverwege op); exporteer of upload hem opnieuw"),
    "decompression_bomb_png": (_bomb, f"{HAVEN}:12: de afbeelding 'images/bom.png' is 400 megapixel, meer dan 100 "
                                      "megapixel: zo groot kan het magazine hem niet verwerken; exporteer de foto "
                                      "opnieuw, bijvoorbeeld 4000 × 3000 pixels"),
    "photo_600_by_400": (_coarse, f"{HAVEN}:12: de afbeelding 'images/haven.jpg' is 600 × 400 pixels: te grof voor "
                                  "drukwerk, ook in het kleinste ontwerp waarin hij kan staan (nodig: minstens 2067 "
                                  "pixels breed bij 300 ppi); lever de foto groter aan, zoals hij uit de camera komt"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(FAST_PICTURE_CASES))
def test_the_fast_check_refuses_a_broken_or_coarse_picture_at_its_line(case, edition_copy):
    make, expected = FAST_PICTURE_CASES[case]
    practice = edition_copy.parent / HAVEN
    src = make(edition_copy.parent / "practices" / "images")
    practice.write_text(practice.read_text(encoding="utf-8").replace("images/haven.jpg", src), encoding="utf-8")
    for command in (["check", "--no-layout"], ["build", "--out", str(edition_copy.parent / "out")]):
        result = run(*command, "--config", str(edition_copy))
        assert (result.returncode, result.stdout.splitlines()) == (1, [expected]), result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_the_fast_check_counts_the_words_and_knows_the_template(edition_copy):
    practice = edition_copy.parent / HAVEN
    practice.write_text(practice.read_text(encoding="utf-8") + "\n" + "woord " * 3500 + "\n", encoding="utf-8")
    start_from_template(edition_copy)
    result = run("check", "--no-layout", "--config", str(edition_copy))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{HAVEN}:22: de tekst heeft 3546 woorden, te veel voor elk ontwerp van het magazine (hooguit 3000); "
        "haal er 546 weg",
        "practices/mijn-voorbeeld.md:1: dit is nog grotendeels de voorbeeldtekst uit practices/_template.md "
        "(regel 7, 9, 12, 19, 27, 34, 36, 39, 40, 43, 44, 45, 48, 49, 50, 51, 58, 64, 67, 72, 76); "
        "vervang die door de gegevens en de tekst van je eigen voorbeeld",
    ]


@pytest.mark.slow
def test_preview_shows_a_photo_too_coarse_for_print_all_the_same(edition_copy, tmp_path):
    _coarse(edition_copy.parent / "practices" / "images")
    result = run("preview", HAVEN, "--config", str(edition_copy), "--out", str(tmp_path / "out"), cwd=edition_copy.parent)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [FAST_PICTURE_CASES["photo_600_by_400"][1]]
    assert (tmp_path / "out" / "preview" / "detacheren-in-de-haven.pdf").is_file()
    assert "1 probleem gevonden; zo ziet het er nu uit: " in result.stderr
