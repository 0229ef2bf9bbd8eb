"""The command line, run as contributors and editors run it: exit codes, messages, outputs."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT, use_templates_copy

pytestmark = pytest.mark.slow  # renders PDFs or runs whole builds


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_check_passes_on_valid_edition(edition_copy):
    result = run("check", "--config", str(edition_copy))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "3 praktijkvoorbeelden gecontroleerd, geen problemen" in result.stderr


def test_check_lists_every_problem_in_every_file(edition_copy):
    practices = edition_copy.parent / "practices"
    shutil.copy(FIXTURES / "invalid" / "unknown_field.md", practices / "eerste.md")
    shutil.copy(FIXTURES / "invalid" / "missing_section.md", practices / "tweede.md")
    (practices / "Mijn Praktijk.md").write_text((practices / "kas-aan-de-dijk.md").read_text())
    (practices / "foto.jpg").write_bytes(b"")
    result = run("check", "--config", str(edition_copy))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "practices/Mijn Praktijk.md:1: de bestandsnaam 'Mijn Praktijk.md' kan niet; gebruik kleine letters, "
        "cijfers en streepjes, bijvoorbeeld 'mijn-praktijk.md'",
        "practices/eerste.md:2: onbekend veld 'titel'; bedoelde je 'title'?",
        "practices/foto.jpg:1: deze afbeelding staat in de verkeerde map; verplaats hem naar practices/images/",
        "practices/tweede.md:27: de sectie '## Tip' ontbreekt; voeg hem toe aan het eind "
        "(de secties zijn: Wat, Aanpak, Resultaat, Tip)",
    ]
    assert "4 problemen gevonden" in result.stderr
    assert "Traceback" not in result.stderr


def test_duplicate_slug_is_reported(edition_copy):
    practices = edition_copy.parent / "practices"
    shutil.copy(practices / "kas-aan-de-dijk.md", practices / "Kas-aan-de-dijk.markdown")
    result = run("check", "--config", str(edition_copy))
    assert result.returncode == 1
    assert ("practices/kas-aan-de-dijk.md:1: dezelfde naam als practices/Kas-aan-de-dijk.markdown; "
            "kies een andere bestandsnaam") in result.stdout


def test_usage_and_config_errors_exit_2(tmp_path):
    assert run("publish").returncode == 2
    missing = run("check", "--config", str(tmp_path / "nope.yml"))
    assert missing.returncode == 2
    assert "nope.yml: file not found" in missing.stderr


def test_build_makes_all_outputs_and_reports_progress(edition_copy, tmp_path):
    out = tmp_path / "out"
    result = run("--config", str(edition_copy), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "site" / "index.html").is_file()
    assert (out / "site" / "praktijken" / "kas-aan-de-dijk" / "index.html").is_file()
    assert (out / "magazine.pdf").read_bytes().startswith(b"%PDF-1.7")
    assert (out / "magazine-print.pdf").read_bytes().startswith(b"%PDF-1.6")
    assert "magazine.pdf: 17 pages, laid out in" in result.stderr
    assert "magazine-print.pdf: 20 pages, laid out in" in result.stderr  # padded to a multiple of 4


def test_failed_build_leaves_previous_output_untouched(edition_copy, tmp_path):
    out = tmp_path / "out"
    assert run("html", "--config", str(edition_copy), "--out", str(out)).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    shutil.copy(FIXTURES / "invalid" / "raw_html.md", edition_copy.parent / "practices" / "kapot.md")
    assert run("--config", str(edition_copy), "--out", str(out)).returncode == 1
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edition", "out"]  # no staging folder left


def test_html_command_keeps_pdfs_of_an_earlier_build(edition_copy, tmp_path):
    out = tmp_path / "out"
    assert run("pdf", "--config", str(edition_copy), "--out", str(out)).returncode == 0
    pdf = (out / "magazine.pdf").read_bytes()
    assert not (out / "site").exists()
    assert run("html", "--config", str(edition_copy), "--out", str(out)).returncode == 0
    assert (out / "magazine.pdf").read_bytes() == pdf
    assert (out / "site" / "index.html").is_file()


def test_out_refuses_a_folder_it_did_not_make(edition_copy, tmp_path):
    precious = tmp_path / "documenten"
    precious.mkdir()
    (precious / "brief.txt").write_text("niet weggooien")
    result = run("html", "--config", str(edition_copy), "--out", str(precious))
    assert result.returncode == 2
    assert "refusing to replace a folder this build did not make" in result.stderr
    assert (precious / "brief.txt").read_text() == "niet weggooien"


def test_weasyprint_warning_fails_the_build(edition_copy, tmp_path):
    css = use_templates_copy(edition_copy, tmp_path) / "print" / "layout.css"
    css.write_text(css.read_text() + "\n.cover { colour: red; }\n")
    result = run("pdf", "--config", str(edition_copy), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    warnings = [line for line in result.stdout.splitlines() if "WeasyPrint: Ignored `colour: red` at" in line]
    assert len(warnings) == 1, result.stdout  # reported once, though every practice's render sees it
    assert warnings[0].startswith("output/magazine.pdf:1: ")
    assert not (tmp_path / "out").exists()


def test_symlinks_out_of_the_project_are_not_followed(edition_copy, tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("wachtwoord")
    practices = edition_copy.parent / "practices"
    (practices / "lek.md").symlink_to(secret)
    (practices / "images" / "kas.svg").unlink()
    (practices / "images" / "kas.svg").symlink_to(secret)
    result = run("check", "--config", str(edition_copy))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "practices/kas-aan-de-dijk.md:17: de afbeelding 'images/kas.svg' bestaat niet; upload het bestand naar practices/images/",
        "practices/lek.md:1: dit bestand verwijst naar een plek buiten het project; zet de tekst zelf in practices/",
    ]
