"""Every invalid fixture (tests/fixtures/invalid/<case>.md) gets exactly these messages.

Each entry is "LINE: message" for the file invalid/<case>.md; the order is by line.
"""
from __future__ import annotations

import dataclasses

import pytest

from magazine.sources import check_file

from .conftest import FIXTURES

CASES = {
    'bad_date': [
        "7: '2019-13-01' in 'published' is geen geldige datum; schrijf jaar-maand-dag, bijvoorbeeld 2019-06-30",
    ],
    'bad_email': [
        "12: 'anna at example.org' in 'contact.email' is geen geldig e-mailadres; schrijf het als naam@example.org",
    ],
    'bad_image_name': [
        "8: 'images/Foto Team.JPG' in 'image.src' is geen geldige afbeelding; zet het bestand in practices/images/ en schrijf src: images/naam.jpg (kleine letters, cijfers en streepjes; .jpg, .png of .svg); bijvoorbeeld: src: images/foto-team.jpg",
    ],
    'bad_link': [
        "17: de link '../geheim.md' is niet toegestaan; gebruik een volledig webadres (https://...), een e-mailadres (mailto:...) of een telefoonnummer (tel:...)",
        "17: de link 'javascript:alert(1)' is niet toegestaan; gebruik een volledig webadres (https://...), een e-mailadres (mailto:...) of een telefoonnummer (tel:...)",
    ],
    'bad_phone': [
        "13: 'bel ons' in 'contact.phone' is geen geldig telefoonnummer; gebruik cijfers en spaties, bijvoorbeeld 030 123 45 67",
    ],
    'bad_website': [
        "13: 'www.example.org' in 'contact.website' is geen geldig webadres; begin met https://",
    ],
    'broken_yaml_colon': [
        '2: fout in de gegevens bovenaan: een dubbele punt (:) op een onverwachte plek; zet tekst met een dubbele punt tussen aanhalingstekens, bijvoorbeeld title: "Werk: zo doe je dat"',
    ],
    'broken_yaml_tab': [
        '11: fout in de gegevens bovenaan: er staat een tab; gebruik spaties om in te springen',
    ],
    'duplicate_key': [
        "6: het veld 'region' staat er twee keer in; houd er één over",
    ],
    'duplicate_section': [
        "31: de sectie '## Tip' staat er twee keer in; voeg ze samen",
    ],
    'empty_section': [
        "19: de sectie '## Aanpak' is leeg; schrijf er een paar zinnen onder",
    ],
    'empty_title': [
        "2: 'title' is leeg; vul een waarde in",
    ],
    'figure_without_label': [
        "8: het verplichte veld 'figures[1].label' ontbreekt; voeg het toe (zie practices/_template.md)",
    ],
    'front_matter_not_mapping': [
        "2: fout in de gegevens bovenaan: dit moeten velden zijn, zoals 'title: Mijn titel'",
    ],
    'image_in_body': [
        "17: een afbeelding in de tekst is niet mogelijk; gebruik het veld 'image' bovenaan",
    ],
    'image_without_alt': [
        "7: het verplichte veld 'image.alt' ontbreekt; voeg het toe (zie practices/_template.md)",
    ],
    'misordered_sections': [
        "23: de sectie '## Aanpak' staat op de verkeerde plek; de volgorde is Wat, Aanpak, Resultaat, Tip",
    ],
    'missing_contact_email': [
        "10: het verplichte veld 'contact.email' ontbreekt; voeg het toe (zie practices/_template.md)",
    ],
    'missing_image': [
        "8: de afbeelding 'images/kas-groot.svg' bestaat niet; bedoelde je 'images/kas.svg'?",
    ],
    'missing_required': [
        "1: het verplichte veld 'contact' ontbreekt; voeg het toe (zie practices/_template.md)",
    ],
    'missing_section': [
        "27: de sectie '## Tip' ontbreekt; voeg hem toe aan het eind (de secties zijn: Wat, Aanpak, Resultaat, Tip)",
    ],
    'no_front_matter': [
        "1: het bestand begint niet met een regel '---'; zet bovenaan '---', dan de gegevens (title, organisation, ...) en daarna weer een regel '---' (zie practices/_template.md)",
    ],
    'no_themes': [
        "6: 'themes' moet minstens 1 waarde(n) bevatten",
    ],
    'not_utf8': [
        "11: het bestand is niet in UTF-8 opgeslagen (bijvoorbeeld een é of ë uit Word); sla het op als 'UTF-8' of plak de tekst in de webeditor van GitHub",
    ],
    'quote_without_by': [
        "7: het verplichte veld 'quote.by' ontbreekt; voeg het toe (zie practices/_template.md)",
    ],
    'raw_html': [
        '17: HTML-code <iframe> is niet toegestaan; gebruik Markdown (zie practices/_template.md)',
        '17: HTML-code <script> is niet toegestaan; gebruik Markdown (zie practices/_template.md)',
    ],
    'summary_too_long': [
        "7: de samenvatting ('summary') heeft 85 woorden; gebruik er 20 tot 60, maak hem korter",
    ],
    'summary_too_short': [
        "7: de samenvatting ('summary') heeft 2 woorden; gebruik er 20 tot 60, schrijf er wat meer bij",
    ],
    'text_before_sections': [
        "15: er staat tekst vóór de eerste sectie; zet die onder '## Wat' of in 'summary'",
    ],
    'themes_not_a_list': [
        "6: 'themes' moet een lijst zijn: zet elke waarde op een eigen regel die begint met '- '",
    ],
    'title_not_text': [
        "2: 'title' moet tekst zijn; zet de waarde eventueel tussen aanhalingstekens",
    ],
    'title_too_long': [
        "2: 'title' is 92 tekens lang; maximaal 90 toegestaan, maak de tekst korter",
    ],
    'too_many_figures': [
        "7: 'figures' heeft 5 waarden; maximaal 4 toegestaan, haal er 1 weg",
    ],
    'too_many_themes': [
        "6: 'themes' bevat een waarde twee keer; haal de dubbele weg",
        "6: 'themes' heeft 4 waarden; maximaal 3 toegestaan, haal er 1 weg",
    ],
    'unclosed_front_matter': [
        "1: de gegevens bovenaan worden niet afgesloten; zet een regel met alleen '---' tussen de gegevens en de tekst",
    ],
    'unsupported_character': [
        "17: het teken '→' (U+2192) staat niet in de lettertypen van het magazine; schrijf '->'",
        "17: het teken '😀' (U+1F600) staat niet in de lettertypen van het magazine; vervang het door een gewoon teken of woord",
    ],
    'unknown_field': [
        "2: onbekend veld 'titel'; bedoelde je 'title'?",
    ],
    'unknown_field_no_guess': [
        "6: onbekend veld 'kleur'; toegestane velden: title, organisation, former_names, region, province, municipalities, themes, target_groups, summary, contact, figures, quote, image, published, layout",
    ],
    'unknown_province': [
        "5: 'friesland-noord' is geen bekende provincie; bedoelde je 'friesland'? Kies uit: groningen, friesland, drenthe, overijssel, flevoland, gelderland, utrecht, noord-holland, zuid-holland, zeeland, noord-brabant, limburg",
    ],
    'region_by_name_in_another_province': [  # the region's name is understood; it lies elsewhere
        "5: de regio Groot Amsterdam ligt in Noord-Holland, niet in Zeeland; schrijf province: noord-holland, of kies "
        "de regio waar het voorbeeld loopt",
    ],
    'unknown_region_typo': [
        "4: 'zeelnd' is geen bekende arbeidsmarktregio; bedoelde je 'zeeland'? Alle codes met hun naam staan in "
        "CONTRIBUTING.md en data/regions.yml",
    ],
    'unknown_section': [
        "23: onbekende sectie '## Resultaten'; bedoelde je '## Resultaat'?",
    ],
    'unknown_target_group': [
        "7: 'ouderen' is geen bekende doelgroep. Kies uit: wsw, beschut-werk, banenafspraak, bijstand, jongeren, nieuwkomers, vijftigplussers, wajong",
    ],
    'unknown_theme': [
        "6: 'detacheren' is geen bekend thema; bedoelde je 'detachering'? Kies uit: detachering, beschut-werk, samenwerking",
    ],
    'setext_heading': [
        "27: de regel '---' maakt van de regel erboven ('Daarna volgt de rest van het verhaal.') een kop; wil je een scheidingslijn, zet dan een lege regel boven '---', anders haal de regel weg (secties maak je met '## ')",
    ],
    'yaml_aliases': [  # a "billion laughs" file: refused before anything is expanded
        "3: '&a': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "4: '&b': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "5: '&c': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "6: '&d': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "7: '&e': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "8: '&f': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "9: '&g': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "10: '&h': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
        "11: '&i': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; schrijf elke waarde voluit op zijn eigen plek",
    ],
    'deep_nesting': [
        "2: de gegevens zijn te diep genest (meer dan 10 niveaus); gebruik de velden zoals in practices/_template.md",
    ],
    'yaml_tag': [  # YAML code a contributor did not mean; PyYAML would name a Python constructor
        "2: '!!python/object:os.system' wordt als YAML-code gelezen; haal het weg of zet de hele waarde tussen aanhalingstekens",
    ],
    'huge_number': [  # past Python's limit for turning digits into an int
        "15: '1000000000000000000000000000000000000000' kan niet gelezen worden; zet de waarde tussen aanhalingstekens",
    ],
    'heading_in_list': [
        "26: de kop 'Aanpak' staat in een lijst, citaat of tabel; zet een sectiekop aan het begin van een eigen regel, zoals '## Aanpak'",
    ],
    'wrong_heading_level': [
        "19: gebruik alleen de koppen ## Wat, ## Aanpak, ## Resultaat, ## Tip; maak van '### Meer details' gewone of **vetgedrukte** tekst",
    ],
}


def problems_of(name: str, context) -> list[str]:
    path = FIXTURES / "invalid" / f"{name}.md"
    practice, problems = check_file(path, f"invalid/{name}.md", name, context)
    assert (practice is None) == bool(problems)
    return [str(p) for p in sorted(problems)]


# The fixture practice kas-aan-de-dijk has 50 words of text (headings left out), from line 21.
@pytest.mark.parametrize(("case", "limits", "expected"), [
    ("too_few_words", (300, 1000), ["practices/kas-aan-de-dijk.md:21: de tekst heeft 50 woorden; het magazine "
                                    "vraagt er minstens 300, schrijf er 250 bij"]),
    ("too_many_words", (1, 40), ["practices/kas-aan-de-dijk.md:21: de tekst heeft 50 woorden, te veel voor elk "
                                 "ontwerp van het magazine (hooguit 40); haal er 10 weg"]),
    ("exactly_the_most", (50, 50), []),
])
def test_body_words_are_counted_against_the_edition_limits(case, limits, expected, fixture_context):
    context = dataclasses.replace(fixture_context, body_words=limits)
    path = FIXTURES / "edition" / "practices" / "kas-aan-de-dijk.md"
    _, problems = check_file(path, "practices/kas-aan-de-dijk.md", "kas-aan-de-dijk", context)
    assert [str(p) for p in problems] == expected


@pytest.mark.parametrize("name", sorted(CASES))
def test_invalid_fixture_gets_exact_messages(name, fixture_context):
    expected = [f"invalid/{name}.md:{line_and_message}" for line_and_message in CASES[name]]
    assert problems_of(name, fixture_context) == expected


def test_every_invalid_fixture_is_in_the_table():
    files = {p.stem for p in (FIXTURES / "invalid").glob("*.md")}
    assert files == set(CASES)


@pytest.mark.parametrize("path", sorted((FIXTURES / "edition" / "practices").glob("*.md")), ids=lambda p: p.stem)
def test_valid_fixture_parses(path, fixture_context):
    practice, problems = check_file(path, path.name, path.stem, fixture_context)
    assert problems == []
    assert [s.title for s in practice.sections] == ["Wat", "Aanpak", "Resultaat", "Tip"]


def test_parsed_practice_has_typed_fields(fixture_context):
    path = FIXTURES / "edition" / "practices" / "kas-aan-de-dijk.md"
    practice, _ = check_file(path, path.name, path.stem, fixture_context)
    assert practice.region.name == "Zeeland"
    assert practice.province.slug == "zeeland"
    assert [t.slug for t in practice.themes] == ["beschut-werk"]
    assert practice.figures[0].value == "18"  # a YAML number becomes text
    assert practice.quote.by == "Joëlle, medewerker"
    assert practice.image.alt == "Getekende kas met tomatenplanten."
    assert practice.published.isoformat() == "2020-01-15"
    assert practice.former_names == ("SW Testdorp",)


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path, fixture_context):
    path = tmp_path / "groot.md"
    path.write_text("---\ntitle: Groot\n---\n" + "Heel veel tekst. " * 10_000)
    practice, problems = check_file(path, "practices/groot.md", "groot", fixture_context)
    assert practice is None
    assert [str(p) for p in problems] == [
        "practices/groot.md:1: het bestand is groter dan 100 kB, veel te lang voor het magazine "
        "(een praktijkvoorbeeld is zo'n 4 kB); maak de tekst korter"]


def test_a_horizontal_rule_after_a_blank_line_is_not_a_heading(fixture_context, tmp_path):
    source = (FIXTURES / "invalid" / "setext_heading.md").read_text()
    path = tmp_path / "lijn.md"
    path.write_text(source.replace("verhaal.\n---\n", "verhaal.\n\n---\n"))
    practice, problems = check_file(path, "practices/lijn.md", "lijn", fixture_context)
    assert problems == []
    assert [s.title for s in practice.sections] == ["Wat", "Aanpak", "Resultaat", "Tip"]
    assert "<hr" in practice.sections[0].html


def test_image_focus_steers_the_crop_and_is_checked(tmp_path, fixture_context):
    source = (FIXTURES / "edition" / "practices" / "kas-aan-de-dijk.md").read_text()
    path = tmp_path / "focus.md"
    path.write_text(source.replace("credit: Testillustratie}", "credit: Testillustratie, focus: [40, 30]}"))
    practice, problems = check_file(path, "practices/focus.md", "focus", fixture_context)
    assert problems == [] and practice.image.focus == (40, 30)
    assert practice.image.object_position == "40% 30%"
    path.write_text(source.replace("credit: Testillustratie}", "credit: Testillustratie, focus: [40, 130]}"))
    _, problems = check_file(path, "practices/focus.md", "focus", fixture_context)
    assert [str(p) for p in problems] == [
        "practices/focus.md:17: 'image.focus[2]' is 130; dat moet een getal van 0 tot en met 100 zijn"]


KAS = (FIXTURES / "edition" / "practices" / "kas-aan-de-dijk.md").read_text(encoding="utf-8")
QUOTE_LINE = 'quote: {text: Hier mag ik in mijn eigen tempo werken., by: "Joëlle, medewerker"}'


def kas_written(tmp_path, context, typed: str, written: str):
    """The fixture practice kas-aan-de-dijk with `typed` written as `written`: (practice, problems as text)."""
    assert typed in KAS
    path = tmp_path / "kas-aan-de-dijk.md"
    path.write_text(KAS.replace(typed, written, 1), encoding="utf-8")
    practice, problems = check_file(path, "kas.md", "kas-aan-de-dijk", context)
    return practice, [str(p).removeprefix("kas.md:") for p in problems]

# (case, (text in the fixture practice, what Word pasted instead), the exact problems)
WORD_PASTE_CASES = {
    "curly_quotes_around_a_title": (("title: Kas aan de Dijk", "title: “Kas aan de Dijk”"), [
        "2: de waarde van 'title' staat tussen gekrulde aanhalingstekens (“ ” uit Word); haal ze weg"]),
    "curly_quotes_around_a_title_with_a_colon": (("title: Kas aan de Dijk", "title: “Kas: aan de Dijk”"), [
        "2: fout in de gegevens bovenaan: de waarde van 'title' staat tussen gekrulde aanhalingstekens (“ ” uit "
        "Word); YAML kent alleen rechte: schrijf title: \"Kas: aan de Dijk\""]),
    "hard_space_after_a_key": (("organisation: Werkbedrijf", "organisation:\u00a0Werkbedrijf"), [
        "3: er staat een harde spatie na 'organisation:' (geplakt uit Word of een website); vervang hem door een "
        "gewone spatie"]),
    "hard_space_in_the_indentation": (("  In een kas", "\u00a0 In een kas"), [
        "11: er staat een harde spatie aan het begin van de regel (geplakt uit Word of een website); vervang hem "
        "door een gewone spatie"]),
    "hard_space_inside_a_value_is_kept": (("Kas aan de Dijk", "Kas aan de\u00a0Dijk"), []),
}


@pytest.mark.parametrize("case", sorted(WORD_PASTE_CASES))
def test_word_paste_is_named_at_its_line(case, tmp_path, fixture_context):
    (typed, pasted), expected = WORD_PASTE_CASES[case]
    assert kas_written(tmp_path, fixture_context, typed, pasted)[1] == expected


@pytest.mark.parametrize("pasted", ["“Hier mag ik in mijn eigen tempo werken.”", "„Hier mag ik in mijn eigen tempo werken.”",
                                    "'Hier mag ik in mijn eigen tempo werken.'", "« Hier mag ik in mijn eigen tempo werken. »"])
def test_a_quotes_own_quotation_marks_are_taken_off(pasted, tmp_path, fixture_context):
    practice, problems = kas_written(tmp_path, fixture_context, QUOTE_LINE,
                                     f'quote:\n  text: {pasted}\n  by: "Joëlle, medewerker"')
    assert problems == [] and practice.quote.text == "Hier mag ik in mijn eigen tempo werken."


def test_curly_double_quotes_in_the_text_become_dutch_ones(tmp_path, fixture_context):
    practice, _ = kas_written(tmp_path, fixture_context, "## Aanpak\n", "## Aanpak\n\nZe zeggen “gewoon doen” en \"samen\".\n")
    aanpak = next(s for s in practice.sections if s.title == "Aanpak")
    assert "<p>Ze zeggen „gewoon doen” en „samen”.</p>" in aanpak.html, aanpak.html


# (case, the region and province written, the exact problems; [] means accepted, and stored as the codes)
REGION_CASES = {
    "codes": (("zeeland", "zeeland"), []),
    "names_in_any_capitals": (("ZEELAND", "Zeeland"), []),
    "a_region_by_its_alias_across_a_border": (("Veluwe Stedendriehoek", "overijssel"), []),
    "a_province_by_its_official_name": (("friesland", "Fryslân"), []),
    "a_pair_that_does_not_exist": (("rivierenland", "zeeland"), [
        "6: de regio Rivierenland ligt in Gelderland, niet in Zeeland; schrijf province: gelderland, of kies de "
        "regio waar het voorbeeld loopt"]),
    "a_municipality_for_a_region": (("West-Betuwe", "gelderland"), [
        "5: 'West-Betuwe' is geen bekende arbeidsmarktregio; een gemeente hoort bij municipalities. Alle codes met "
        "hun naam staan in CONTRIBUTING.md en data/regions.yml"]),
}
STORED = {"codes": ("zeeland", "zeeland"), "names_in_any_capitals": ("zeeland", "zeeland"),
          "a_region_by_its_alias_across_a_border": ("stedendriehoek-en-noordwest-veluwe", "overijssel"),
          "a_province_by_its_official_name": ("friesland", "friesland")}


@pytest.mark.parametrize("case", sorted(REGION_CASES))
def test_regions_and_provinces_by_code_or_name_and_only_in_pairs_that_exist(case, tmp_path, fixture_context):
    (region, province), expected = REGION_CASES[case]
    practice, problems = kas_written(tmp_path, fixture_context, "region: zeeland\nprovince: zeeland",
                                     f"region: {region}\nprovince: {province}")
    assert problems == expected
    if not expected:
        assert (practice.region.slug, practice.province.slug) == STORED[case]


# (case, (the heading as in the fixture, as written instead), the exact problems)
HEADING_CASES = {
    "three_hashes": (("## Aanpak", "### Aanpak"), [
        "26: een sectiekop heeft twee hekjes: maak van '### Aanpak' de kop '## Aanpak'"]),
    "one_hash_lower_case": (("## Aanpak", "# aanpak"), [
        "26: een sectiekop heeft twee hekjes: maak van '# aanpak' de kop '## Aanpak'"]),
    "a_line_with_a_colon": (("## Aanpak", "Aanpak:"), [
        "26: 'Aanpak:' is gewone tekst, geen sectiekop; schrijf '## Aanpak' op een eigen regel"]),
    "bold_text": (("## Wat", "**Wat**"), [
        "22: '**Wat**' is gewone tekst, geen sectiekop; schrijf '## Wat' op een eigen regel"]),
}


@pytest.mark.parametrize("case", sorted(HEADING_CASES))
def test_a_section_heading_written_otherwise_is_pointed_at_with_the_right_form(case, tmp_path, fixture_context):
    (typed, written), expected = HEADING_CASES[case]
    assert kas_written(tmp_path, fixture_context, f"\n{typed}\n", f"\n{written}\n")[1] == expected


@pytest.mark.parametrize(("on_disk", "expected"), [
    ("kas.SVG", "17: de afbeelding heet 'images/kas.SVG', met hoofdletters; hernoem het bestand naar 'kas.svg' "
                "(in kleine letters, zoals hier geschreven)"),
    ("Kas 2.SVG", "17: de afbeelding 'images/kas.svg' bestaat niet; bedoelde je 'images/Kas 2.SVG'? "
                  "Hernoem dat bestand dan naar 'kas-2.svg' en schrijf die naam hier"),
    ("kas2.svg", "17: de afbeelding 'images/kas.svg' bestaat niet; bedoelde je 'images/kas2.svg'?"),
])
def test_a_picture_name_that_differs_gets_rename_advice_that_leads_to_the_fix(on_disk, expected, tmp_path, fixture_context):
    context = dataclasses.replace(fixture_context, image_files=frozenset({f"images/{on_disk}"}))
    path = FIXTURES / "edition" / "practices" / "kas-aan-de-dijk.md"
    _, problems = check_file(path, "kas.md", "kas-aan-de-dijk", context)
    assert [str(p) for p in problems] == [f"kas.md:{expected}"]
