"""Check front matter against the JSON Schema and explain each error in plain Dutch.

The schema file (schema/practice.schema.json) is the single source of truth for the
fields; the vocabularies from data/ and magazine.yml are filled into its enums here.
"""
from __future__ import annotations

import copy
import difflib
import re

import jsonschema

from .errors import Problem
from .facets import FACETS, Facet, facet
from .fit import DESIGNS
from .frontmatter import field_name, line_at
from .model import Term, Vocabularies

SIMILAR = 0.75  # how alike a wrong code must be to a right one to be suggested (difflib's ratio)
LIST_LIMIT = 12  # longer vocabularies get a suggestion and a file name, not the whole list
PATTERN_HINTS = {
    "email": "is geen geldig e-mailadres; schrijf het als naam@example.org",
    "phone": "is geen geldig telefoonnummer; gebruik cijfers en spaties, bijvoorbeeld 030 123 45 67",
    "website": "is geen geldig webadres; begin met https://",
    "src": ("is geen geldige afbeelding; zet het bestand in practices/images/ en schrijf "
            "src: images/naam.jpg (kleine letters, cijfers en streepjes; .jpg, .png of .svg)"),
}
TYPE_HINTS = {
    "string": "moet tekst zijn; zet de waarde eventueel tussen aanhalingstekens",
    "array": "moet een lijst zijn: zet elke waarde op een eigen regel die begint met '- '",
    "object": "moet velden bevatten, zoals in practices/_template.md",
}


def compile_validator(schema: dict, vocabularies: Vocabularies) -> jsonschema.protocols.Validator:
    schema = copy.deepcopy(schema)
    for each in FACETS:
        field = schema["properties"][each.field]
        (field["items"] if each.multiple else field)["enum"] = [t.slug for t in vocabularies.of(each.field)]
    schema["properties"]["layout"]["enum"] = [design.name for design in DESIGNS]
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def check_front_matter(data: dict, lines: dict, source: str, validator, vocabularies: Vocabularies) -> list[Problem]:
    errors = list(validator.iter_errors(data))
    # A misspelt key ("titel") also makes its field missing; the "did you mean" says it all.
    misspelt = {(*path, guess) for error in errors if error.validator == "additionalProperties"
                for path in [tuple(error.absolute_path)] for guess in _guesses(error).values()}
    problems = []
    for error in errors:
        path = tuple(error.absolute_path)
        if error.validator == "required" and (*path, _missing(error)) in misspelt:
            continue
        for at, message in _explain(error, path, vocabularies):
            problems.append(Problem(source, line_at(lines, at), message))
    return problems


def codes_by_name(data: dict, vocabularies: Vocabularies) -> dict:
    """The front matter with every facet value written as a term's name or alias, in any capitals
    ("Groot Amsterdam", "rivierenland", "Fryslân"), replaced by its code: the code is what is stored."""
    resolved = dict(data)
    for each in FACETS:
        if each.field not in data:
            continue
        names = _names(vocabularies.of(each.field))
        value = data[each.field]
        if each.multiple and isinstance(value, list):
            resolved[each.field] = [names.get(_key(item), item) if isinstance(item, str) else item for item in value]
        elif not each.multiple and isinstance(value, str):
            resolved[each.field] = names.get(_key(value), value)
    return resolved


def _names(terms: tuple[Term, ...]) -> dict[str, str]:
    return {_key(text): term.slug for term in terms for text in (term.slug, term.name, *term.aliases)}


def _key(text: str) -> str:
    return slugify(text)


def region_province_problems(data: dict, lines: dict, source: str, vocabularies: Vocabularies) -> list[Problem]:
    """A region and a province that do not go together (data/regions.yml says where each region lies)."""
    regions = {t.slug: t for t in vocabularies.regions}
    provinces = {t.slug: t.name for t in vocabularies.provinces}
    region, province = regions.get(data.get("region")), data.get("province")
    if region is None or province not in provinces or not region.provinces or province in region.provinces:
        return []
    where = " en ".join(provinces[slug] for slug in region.provinces)
    codes = " of ".join(region.provinces)
    return [Problem(source, line_at(lines, ("province",)), (
        f"de regio {region.name} ligt in {where}, niet in {provinces[province]}; schrijf province: {codes}, "
        "of kies de regio waar het voorbeeld loopt"))]


def _missing(error) -> str:
    return re.match(r"'(.+)' is a required property", error.message)[1]


def _guesses(error) -> dict[str, str]:
    """Unknown key -> the allowed key it most likely means."""
    allowed = list(error.schema["properties"])
    unknown = sorted(set(error.instance) - set(allowed))
    matches = {key: difflib.get_close_matches(key, allowed, n=1, cutoff=0.6) for key in unknown}
    return {key: match[0] for key, match in matches.items() if match}




def _explain(error, path: tuple, vocabularies: Vocabularies):
    """Yield (path to point at, Dutch message) for one schema error."""
    kind, name, value, limit = error.validator, field_name(path), error.instance, error.validator_value
    if kind == "required":
        missing = field_name((*path, _missing(error)))
        yield path, f"het verplichte veld '{missing}' ontbreekt; voeg het toe (zie practices/_template.md)"
    elif kind == "additionalProperties":
        guesses = _guesses(error)
        for key in sorted(set(value) - set(error.schema["properties"])):
            hint = (f"bedoelde je '{guesses[key]}'?" if key in guesses
                    else "toegestane velden: " + ", ".join(error.schema["properties"]))
            yield (*path, key), f"onbekend veld '{field_name((*path, key))}'; {hint}"
    elif kind == "enum" and path[-1] == "layout":
        yield path, f"'{value}' is geen ontwerp van het magazine; kies uit: {', '.join(limit)}, of laat 'layout' weg"
    elif kind == "enum":
        field = next(p for p in reversed(path) if isinstance(p, str))
        yield path, _unknown_code(facet(field), value, vocabularies.of(field))
    elif value is None or kind == "minLength":
        yield path, f"'{name}' is leeg; vul een waarde in"
    elif kind == "type":
        expected = limit if isinstance(limit, str) else "string"
        yield path, f"'{name}' {TYPE_HINTS.get(expected, 'heeft het verkeerde soort waarde')}"
    elif kind == "maxLength":
        yield path, f"'{name}' is {len(value)} tekens lang; maximaal {limit} toegestaan, maak de tekst korter"
    elif kind in ("minimum", "maximum"):
        low, high = error.schema.get("minimum"), error.schema.get("maximum")
        yield path, f"'{name}' is {value}; dat moet een getal van {low} tot en met {high} zijn"
    elif kind == "minItems":
        yield path, f"'{name}' moet minstens {limit} waarde(n) bevatten"
    elif kind == "maxItems":
        yield path, f"'{name}' heeft {len(value)} waarden; maximaal {limit} toegestaan, haal er {len(value) - limit} weg"
    elif kind == "uniqueItems":
        yield path, f"'{name}' bevat een waarde twee keer; haal de dubbele weg"
    elif kind == "pattern":
        yield path, f"'{value}' in '{name}' {PATTERN_HINTS[path[-1]]}{_file_name_hint(path, value)}"
    elif kind == "format":
        yield path, f"'{value}' in '{name}' is geen geldige datum; schrijf jaar-maand-dag, bijvoorbeeld 2019-06-30"
    else:  # a schema keyword without a Dutch explanation yet: still reported, never dropped
        yield path, f"'{name}': {error.message}"


def _unknown_code(facet: Facet, value, terms: tuple[Term, ...]) -> str:
    noun = facet.noun
    slugs = [t.slug for t in terms]
    names = _names(terms)
    text = str(value)
    close = difflib.get_close_matches(_key(text), list(names), n=1, cutoff=SIMILAR)
    guess = names[close[0]] if close else None
    message = f"'{text}' is geen {noun}"
    if guess:
        message += f"; bedoelde je '{guess}'?"
    elif facet.field == "region":
        message += "; een gemeente hoort bij municipalities."
    else:
        message += "."
    if len(slugs) <= LIST_LIMIT:
        return message + " Kies uit: " + ", ".join(slugs)
    return message + f" Alle codes met hun naam staan in CONTRIBUTING.md en {facet.source}"


def slugify(text: str) -> str:
    """Lowercase letters, digits and hyphens: the form of file names and slugs."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _file_name_hint(path: tuple, value: str) -> str:
    if path[-1] != "src" or not isinstance(value, str):
        return ""
    stem, _dot, ext = value.rpartition("/")[2].rpartition(".")
    slug = slugify(stem)
    if not slug or ext.casefold() not in {"jpg", "jpeg", "png", "svg"}:
        return ""
    return f"; bijvoorbeeld: src: images/{slug}.{ext.casefold()}"
