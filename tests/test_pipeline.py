"""One pipeline: every command loads, checks and renders through pipeline.py, and reports the same way."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from magazine import pipeline
from magazine.cache import FOLDER
from magazine.errors import ContentError
from magazine.pdf import renders_at_once
from magazine.render import environment, practice_html
from magazine.report import silent

from .conftest import ROOT, use_templates_copy
from .test_cli import run

PARTIAL = ROOT / "templates" / "partials" / "practice.html"
TYPO_LINE = next(n for n, line in enumerate(PARTIAL.read_text().split("\n"), 1)
                 if '<p class="practice-organisation">{{ p.organisation }}</p>' in line)


@pytest.mark.parametrize("command", ["check", "html", "pdf", "build", "preview"])
def test_a_template_typo_is_a_configuration_error_naming_file_and_line_from_every_command(command, edition_copy, tmp_path):
    partial = use_templates_copy(edition_copy, tmp_path) / "partials" / "practice.html"
    lines = partial.read_text().split("\n")
    assert "{{ p.organisation }}</p>" in lines[TYPO_LINE - 1]
    lines[TYPO_LINE - 1] = lines[TYPO_LINE - 1].replace("p.organisation", "p.organisatie")
    partial.write_text("\n".join(lines))
    args = [command, "practices/kas-aan-de-dijk.md"] if command == "preview" else [command]
    result = run(*args, "--config", str(edition_copy), "--out", str(tmp_path / "out"), cwd=edition_copy.parent)
    assert result.returncode == 2, result.stdout + result.stderr
    assert [line for line in result.stderr.splitlines() if "error" in line] == [
        f"templates/partials/practice.html:{TYPO_LINE}: template error: "
        "'magazine.model.Practice object' has no attribute 'organisatie'"], result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_template_error_becomes_a_github_annotation(edition_copy, tmp_path):
    page = use_templates_copy(edition_copy, tmp_path) / "site" / "practice.html"
    page.write_text(page.read_text().replace("{{ practice.summary }}", "{{ practice.samenvatting }}"))
    result = run("html", "--format", "github", "--config", str(edition_copy), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stdout.startswith("::error file=templates/site/practice.html,line=5,title=Praktijkvoorbeeld::template error: ")


def test_preview_checks_the_file_name_like_the_build(edition_copy, tmp_path):
    practices = edition_copy.parent / "practices"
    shutil.copy(practices / "kas-aan-de-dijk.md", practices / "Kas_Aan_De_Dijk.md")
    (practices / "kas-aan-de-dijk.md").unlink()
    result = run("preview", "practices/Kas_Aan_De_Dijk.md", "--config", str(edition_copy),
                 "--out", str(tmp_path / "out"), cwd=edition_copy.parent)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "practices/Kas_Aan_De_Dijk.md:1: de bestandsnaam 'Kas_Aan_De_Dijk.md' kan niet; gebruik kleine letters, "
        "cijfers en streepjes, bijvoorbeeld 'kas-aan-de-dijk.md'"]


def edition_with_texts(config, foreword: str, colophon: str = "Colofon.\n"):
    texts = config.parent / "teksten"
    texts.mkdir()
    (texts / "voorwoord.md").write_text(foreword)
    (texts / "colofon.md").write_text(colophon)
    config.write_text(config.read_text() + "foreword: teksten/voorwoord.md\ncolophon: teksten/colofon.md\n")


def test_foreword_and_colophon_are_checked_like_practices(edition_copy):
    edition_with_texts(edition_copy, "Welkom.\n\n<script>alert(1)</script>\n\n# Een grote kop\n",
                       "Gemaakt in Ĳsselstein met ☺.\n\n[Geheim](../geheim.md)\n")  # Ĳ is written IJ
    with pytest.raises(ContentError) as raised:
        pipeline.load_edition(edition_copy)
    assert [str(p) for p in raised.value.problems] == [
        "teksten/colofon.md:1: het teken '☺' (U+263A) staat niet in de lettertypen van het magazine; vervang het door "
        "een gewoon teken of woord",
        "teksten/colofon.md:3: de link '../geheim.md' is niet toegestaan; gebruik een volledig webadres (https://...), "
        "een e-mailadres (mailto:...) of een telefoonnummer (tel:...)",
        "teksten/voorwoord.md:3: HTML-code <script> is niet toegestaan; gebruik Markdown (zie practices/_template.md)",
        "teksten/voorwoord.md:5: een kop met # kan hier niet; gebruik '## ' of **vetgedrukte** tekst",
    ]


def test_serve_watches_every_source_of_the_edition(edition_copy):
    edition_with_texts(edition_copy, "Welkom.\n")
    edition = pipeline.load_edition(edition_copy)
    sources = edition.config.sources
    assert edition_copy.parent / "teksten" / "voorwoord.md" in sources
    assert edition_copy.resolve() in sources
    assert edition.config.practices_dir in sources and edition.config.templates_dir in sources


def ampersand_edition(config):
    config.write_text(config.read_text().replace("name: Nieuw beschut werk", "name: Werk & beschutting")
                      .replace("title: Testeditie", "title: Gluren & leren"))
    return pipeline.load_edition(config)


def test_text_in_a_stylesheet_is_escaped_for_css_not_html(edition_copy):
    edition = ampersand_edition(edition_copy)
    practice = next(p for p in edition.practices if p.slug == "kas-aan-de-dijk")
    html = practice_html(edition, practice, environment(edition.config.templates_dir), "2020-01-31T00:00:00+00:00")
    assert 'string-set: magazine "Gluren & leren", theme "Werk & beschutting";' in html
    assert "&amp;" not in html.split("<style>")[1].split("</style>")[0]


@pytest.mark.slow
def test_ampersand_prints_as_ampersand_in_the_running_foot(edition_copy, tmp_path):
    ampersand_edition(edition_copy)
    result = run("pdf", "--config", str(edition_copy), "--out", str(tmp_path / "out"), cwd=edition_copy.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "out" / "magazine.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "WERK & BESCHUTTING" in text and "GLUREN & LEREN" in text
    assert "&AMP;" not in text and "&amp;" not in text



@pytest.mark.slow
def test_after_a_preview_the_build_still_writes_the_same_output_folder(edition_copy):
    project = edition_copy.parent
    preview = run("preview", "practices/kas-aan-de-dijk.md", "--config", str(edition_copy), cwd=project)
    assert preview.returncode == 0, preview.stderr
    html = run("html", "--config", str(edition_copy), cwd=project)
    assert html.returncode == 0, html.stderr
    assert (project / "output" / "site" / "index.html").is_file()
    assert (project / "output" / "preview" / "kas-aan-de-dijk.pdf").is_file()  # kept: html replaces only site/


@pytest.mark.slow
def test_check_reports_the_design_each_practice_got(edition_copy):
    result = run("check", "--config", str(edition_copy), cwd=edition_copy.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = {line.split(":")[0]: line for line in result.stderr.splitlines() if line.startswith("practices/")}
    assert lines["practices/kas-aan-de-dijk.md"].startswith(
        "practices/kas-aan-de-dijk.md: ontwerp kort (beeldpagina en tekstpagina), 2 pagina's, gevuld ")
    assert lines["practices/schoonmaak-met-perspectief.md"].startswith(
        "practices/schoonmaak-met-perspectief.md: te kort voor de ontwerpen (of zonder afbeelding en citaat); "
        "standaardopmaak, gevuld ")


@pytest.mark.slow
def test_an_editors_layout_that_does_not_fit_names_the_ones_that_do(edition_copy):
    practice = edition_copy.parent / "practices" / "kas-aan-de-dijk.md"
    practice.write_text(practice.read_text().replace("published: 2020-01-15", "published: 2020-01-15\nlayout: beeldband"))
    result = run("check", "--config", str(edition_copy), cwd=edition_copy.parent)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "practices/kas-aan-de-dijk.md:20: het ontwerp 'beeldband' past niet bij deze tekst; kies uit: kort, "
        "of laat 'layout' weg"]


GREENHOUSE = ("In de kas werken de medewerkers in vaste ploegen. Elke ploeg begint de dag met een korte ronde langs "
              "de planten, spreekt af wie wat doet en sluit af met een kop koffie en een blik op de planning. ")


def _lengthened(edition_copy, sentences: int) -> None:
    """The fixture's practice with a picture and a quote, with its Aanpak grown by `sentences` sentences."""
    practice = edition_copy.parent / "practices" / "kas-aan-de-dijk.md"
    paragraphs = "\n\n".join(GREENHOUSE * 3 for _ in range(sentences // 3))
    practice.write_text(practice.read_text().replace("Iedere medewerker heeft een vaste taak:",
                                                     paragraphs + "\n\nIedere medewerker heeft een vaste taak:"))


@pytest.mark.slow
def test_a_text_too_long_for_every_spread_becomes_a_feature_of_four_pages(edition_copy, tmp_path):
    _lengthened(edition_copy, 27)
    result = run("pdf", "--config", str(edition_copy), "--out", str(tmp_path / "out"), cwd=edition_copy.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("practices/kas-aan-de-dijk.md")]
    assert lines[0].startswith("practices/kas-aan-de-dijk.md: ontwerp reportage (reportage van vier pagina's), "
                               "4 pagina's, gevuld "), lines


@pytest.mark.slow
def test_a_text_too_long_even_for_a_feature_says_how_many_words_at_the_body(edition_copy):
    _lengthened(edition_copy, 60)
    result = run("check", "--config", str(edition_copy), cwd=edition_copy.parent)
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1, result.stdout
    assert re.fullmatch(
        r"practices/kas-aan-de-dijk\.md:21: de tekst past in geen enkel ontwerp, ook niet in een reportage van vier "
        r"pagina's: hij is zo'n \d+0 woorden te lang; maak hem korter of gebruik minder kerncijfers",
        result.stdout.splitlines()[0]), result.stdout


@pytest.mark.parametrize(("pages", "renders", "at_once"), [(125, 2, 2), (380, 2, 2), (390, 2, 1), (1146, 2, 1), (125, 1, 1)])
def test_the_magazine_pdfs_are_laid_out_at_the_same_time_only_while_they_fit_in_memory_together(pages, renders, at_once):
    assert renders_at_once(pages, renders) == at_once


@pytest.mark.slow
def test_the_magazine_pdfs_laid_out_one_after_the_other_are_those_laid_out_at_the_same_time(edition_copy):
    edition = pipeline.load_edition(edition_copy)
    env = environment(edition.config.templates_dir)
    printed, layouts, _, _ = pipeline.fitted_edition(edition, env, silent, pdfs=False)
    made = {}
    for at_once in (2, 1):
        shutil.rmtree(edition_copy.parent / FOLDER, ignore_errors=True)  # laid out again, not found in the cache
        with pipeline.magazines_laid_out(printed, ["screen", "press"], False, layouts, at_once) as laying_out:
            made[at_once] = {name: pdf.data for laid_out in laying_out() for name, pdf in laid_out.items()}
    assert made[1] == made[2] and {"screen", "press"} <= set(made[1])


@pytest.mark.slow
def test_a_magazine_too_large_for_two_renders_at_once_makes_the_same_files_one_after_the_other(
        edition_copy, built_fixture, monkeypatch):
    import pikepdf

    monkeypatch.setattr(pipeline, "renders_at_once", lambda pages, renders: 1)
    lines = []
    out = edition_copy.parent / "output"
    pipeline.build(edition_copy, out, report=lines.append)
    assert "magazine.pdf and magazine-print.pdf: laying out one after the other..." in lines
    assert any(line.startswith("site: ") and "search index" in line for line in lines)  # said by its own process

    def files(folder):
        return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())

    assert files(out) == files(built_fixture)
    for name in ("magazine.pdf", "magazine-print.pdf"):
        with pikepdf.open(out / name) as made, pikepdf.open(built_fixture / name) as expected:
            assert len(made.pages) == len(expected.pages)
