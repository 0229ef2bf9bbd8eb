"""Read magazine.yml and the vocabulary files, checked like content against
magazine/schemas/magazine.schema.json. Any problem here is a ConfigError (exit 2) that names
the file, the line and the allowed values.
"""
from __future__ import annotations

import datetime
import difflib
import json
from functools import cache
from pathlib import Path

import jsonschema
import yaml

from . import frontmatter
from .binding import SADDLE_STITCH, Binding
from .colour import MAX_SMALL_TYPE_INKS, PRESS_PROFILE, SMALL_TYPE_CONTRAST, PressInks, inks
from .errors import ConfigError, Problem
from .facets import FACETS
from .facets import facet as facet_named
from .frontmatter import field_name, line_at
from .model import AccessibilityStatement, EditionConfig, Image, Term, Vocabularies
from .regions import tile_problems

SETTINGS_SCHEMA = Path(__file__).parent / "schemas" / "magazine.schema.json"
MAX_SETTINGS_BYTES = 1_000_000
PATTERN_HINTS = {
    "base_url": "an address like https://example.org/magazine/",
    "language": "a language code like nl or nl-NL",
    "slug": "lowercase letters, digits and hyphens, like noord-holland",
    "rgb": 'a colour like "#0b5c6b"',
    "cbs": "a CBS region code like AM07",
}
TYPE_NAMES = {"string": "text", "boolean": "true or false", "array": "a list", "object": "a mapping of keys",
              "number": "a number"}


def load_config(path: Path) -> EditionConfig:
    root = path.resolve().parent
    shown = _shown(path, root)
    data, lines = _read_checked(path, shown, _settings_validator())

    def resolved(key: str, default: str, want_dir: bool) -> Path:
        target = (root / data.get(key, default)).resolve()
        if not (target.is_dir() if want_dir else target.is_file()):
            kind = "folder" if want_dir else "file"
            raise _problem(shown, lines, (key,), f"'{key}': the {kind} {data.get(key, default)} does not exist")
        return target

    def inside(key: tuple, relative: str) -> Path:
        target = (root / relative).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            raise _problem(shown, lines, key, f"'{'.'.join(key)}': {relative} must be a file inside {root}")
        return target

    data_dir = resolved("data", "data", True)
    templates_dir = resolved("templates", "templates", True)
    cover = data.get("cover")
    return EditionConfig(
        root=root,
        practices_dir=resolved("practices", "practices", True),
        templates_dir=templates_dir,
        data_dir=data_dir,
        schema_path=resolved("schema", "schema/practice.schema.json", False),
        title=data["title"],
        subtitle=data["subtitle"],
        date=datetime.date.fromisoformat(data["date"]),
        publisher=data["publisher"],
        language=data.get("language", "nl"),
        vocabularies=_vocabularies(data, lines, shown, data_dir, root, templates_dir),
        config_path=path.resolve(),
        foreword=inside(("foreword",), data["foreword"]) if "foreword" in data else None,
        colophon=inside(("colophon",), data["colophon"]) if "colophon" in data else None,
        cover=Image(inside(("cover", "src"), cover["src"]), cover["src"], cover["alt"], cover.get("credit"),
                    lines[("cover", "src")]) if cover else None,
        notice=data.get("notice", "").strip(),
        foreword_by=data.get("foreword_by", "").strip(),
        image_credit=data.get("image_credit", "").strip(),
        crop_marks=data.get("crop_marks", False),
        binding=Binding(data.get("print", {}).get("binding", SADDLE_STITCH),
                        float(data.get("print", {}).get("paper_caliper_mm", Binding.paper_caliper_mm)),
                        line_at(lines, ("print",)) if "print" in data else 1),
        register_prefixes=tuple(data.get("register_prefixes", ())),
        body_words=_body_words(data, lines, shown),
        cover_lines=tuple(data.get("cover_lines", ())),
        cover_lines_line=line_at(lines, ("cover_lines",)),
        issue=data.get("issue", "").strip(),
        blurb=" ".join(data.get("blurb", "").split()),
        isbn=_isbn(data.get("isbn", ""), shown, lines),
        base_url=data.get("base_url", "https://example.org/").rstrip("/") + "/",
        logo=Image(inside(("logo", "src"), data["logo"]["src"]), data["logo"]["src"], data["logo"]["alt"], None,
                   lines[("logo", "src")]) if "logo" in data else None,
        favicon=inside(("favicon",), data["favicon"]) if "favicon" in data else None,
        accessibility=_accessibility(data["accessibility"]) if "accessibility" in data else None,
    )


def _body_words(data: dict, lines: dict, shown: str) -> tuple[int, int]:
    if "body_words" not in data:
        return EditionConfig.body_words
    low, high = data["body_words"]["min"], data["body_words"]["max"]
    if low > high:
        raise _problem(shown, lines, ("body_words",), f"'body_words': min ({low}) is more than max ({high})")
    return low, high


def _accessibility(entry: dict) -> AccessibilityStatement:
    return AccessibilityStatement(
        entry["organisation"].strip(), datetime.date.fromisoformat(entry["date"]), entry["status"],
        entry["standard"].strip(), " ".join(entry["tested"].split()), entry["contact"].strip(),
        tuple(" ".join(e.split()) for e in entry.get("exceptions", ())), entry.get("response_days", 10))


def _isbn(written: str, shown: str, lines: dict) -> str:
    """The ISBN as written (hyphens kept for print), once its 13 digits and check digit are right."""
    digits = "".join(c for c in str(written) if c not in "- ")
    if not written:
        return ""
    if len(digits) != 13 or not digits.isdigit() or digits[:3] not in ("978", "979"):
        raise _problem(shown, lines, ("isbn",), f"'isbn' must be an ISBN of 13 digits starting with 978 or 979, "
                                                f"like 978-3-16-148410-0, not '{written}'")
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10
    if int(digits[12]) != check:
        raise _problem(shown, lines, ("isbn",), f"'isbn': the last digit of {written} must be {check}; "
                                                "check the number the ISBN agency gave")
    return str(written).strip()


def _vocabularies(data: dict, lines: dict, shown: str, data_dir: Path, root: Path,
                  templates_dir: Path) -> Vocabularies:
    """Every facet's terms: the themes from magazine.yml, the others from their file in data/."""
    by_field = []
    for facet in FACETS:
        if facet.data_file is None:
            by_field.append((facet.field, _themes(data["themes"], lines, shown, templates_dir / PRESS_PROFILE)))
            continue
        path = data_dir / facet.data_file
        entries, entry_lines = _read_checked(path, _shown(path, root), _vocabulary_validator())
        terms = _terms(entries, entry_lines, _shown(path, root), ())
        if facet.field == "region":  # the map and "Bij de buren" place every region
            problems = [Problem(_shown(path, root), line_at(entry_lines, (index, field)), message)
                        for index, field, message in tile_problems(terms)]
            if problems:
                raise ConfigError(problems=problems)
        by_field.append((facet.field, terms))
        if facet.field == "region":
            region_lines = (_shown(path, root), entry_lines)
    _check_region_provinces(dict(by_field), *region_lines)
    return Vocabularies(tuple(by_field))


def _check_region_provinces(terms: dict, shown: str, lines: dict) -> None:
    """Every province a region names is one of data/provinces.yml."""
    provinces = {t.slug for t in terms["province"]}
    problems = [Problem(shown, line_at(lines, (index, "provinces")), (
                    f"'{region.slug}': province '{slug}' is not in {facet_named('province').data_file}; "
                    f"use one of {', '.join(sorted(provinces))}"))
                for index, region in enumerate(terms["region"]) for slug in region.provinces if slug not in provinces]
    if problems:
        raise ConfigError(problems=problems)


def _themes(entries: list, lines: dict, shown: str, profile: Path) -> tuple[Term, ...]:
    terms, themes, press_inks = _terms(entries, lines, shown, ("themes",)), [], PressInks(profile)
    for index, (term, entry) in enumerate(zip(terms, entries, strict=True)):
        cmyk = tuple(float(v) for v in entry["colour"]["cmyk"])
        small = _small_type_colour(entry["colour"], cmyk, press_inks, shown, lines, ("themes", index, "colour"))
        themes.append(Term(term.slug, term.name, term.intro, term.aliases, entry["colour"]["rgb"].lower(), cmyk, small))
    return tuple(themes)


def _small_type_colour(colour: dict, cmyk: tuple, press_inks: PressInks, shown: str, lines: dict,
                       at: tuple) -> tuple[float, ...]:
    """The press colour of type under 9 pt: the colour itself when it has at most two inks, else
    `small`, which must have at most two and still stand out against the paper."""
    if "small" not in colour and inks(cmyk) <= MAX_SMALL_TYPE_INKS:
        return cmyk
    small = tuple(float(v) for v in colour.get("small", cmyk))
    written = f"{field_name(at)}.small"

    def suggestion() -> str:  # a search over two-ink colours: made only for a message
        return f"e.g. small: {_written(press_inks.two_ink_match(cmyk))}, the nearest with enough contrast"
    if "small" not in colour:
        raise _problem(shown, lines, at, f"'{field_name(at)}': {_written(cmyk)} has {inks(cmyk)} inks; type under "
                                         f"9 pt may use at most {MAX_SMALL_TYPE_INKS}, so add {suggestion()}")
    if inks(small) > MAX_SMALL_TYPE_INKS:
        raise _problem(shown, lines, (*at, "small"), f"'{written}': {_written(small)} has {inks(small)} inks; "
                                                     f"at most {MAX_SMALL_TYPE_INKS} are allowed, {suggestion()}")
    contrast = press_inks.contrast_on_paper(small)
    if contrast < SMALL_TYPE_CONTRAST:
        raise _problem(shown, lines, (*at, "small"), f"'{written}': {_written(small)} stands out {contrast:.1f}:1 "
                                                     f"against the paper, at least {SMALL_TYPE_CONTRAST}:1 is needed; "
                                                     f"{suggestion()}")
    return small


def _written(cmyk: tuple) -> str:
    return "[" + ", ".join(f"{v:g}" for v in cmyk) + "]"


def _terms(entries: list, lines: dict, shown: str, at: tuple) -> tuple[Term, ...]:
    terms, seen = [], set()
    for index, entry in enumerate(entries):
        if entry["slug"] in seen:
            raise _problem(shown, lines, (*at, index, "slug"), f"the slug '{entry['slug']}' is used twice; slugs must be unique")
        seen.add(entry["slug"])
        terms.append(Term(entry["slug"], entry["name"], " ".join(entry.get("intro", "").split()),
                          tuple(entry.get("aliases", ())), short=entry.get("short", ""),
                          tile=tuple(entry.get("tile", ())), centre=tuple(entry.get("centre", ())),
                          provinces=tuple(entry.get("provinces", ()))))
    return tuple(terms)


@cache
def _settings_schema() -> dict:
    return json.loads(SETTINGS_SCHEMA.read_text(encoding="utf-8"))


def _settings_validator():
    return _validator(_settings_schema())


def _vocabulary_validator():
    schema = _settings_schema()
    return _validator({"$defs": schema["$defs"], "type": "array", "$ref": "#/$defs/vocabulary"})


def _validator(schema: dict):
    cls = jsonschema.validators.validator_for(_settings_schema())
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _read_checked(path: Path, shown: str, validator) -> tuple:
    """A YAML file, parsed with its lines and checked against `validator`; ConfigError naming every problem."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"{shown}: file not found; bestand niet gevonden: start in de map van het project "
                          "of geef --config") from None
    except OSError as error:
        raise ConfigError(f"{shown}: cannot read: {error.strerror}") from None
    if len(raw) > MAX_SETTINGS_BYTES:
        raise ConfigError(problems=[Problem(shown, 1, f"the file is larger than {MAX_SETTINGS_BYTES // 1000} kB")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError(problems=[Problem(shown, line, "not UTF-8 text; save the file as UTF-8")]) from None
    top = yaml.MappingNode if validator.schema.get("type") == "object" else yaml.SequenceNode
    data, lines, problems = frontmatter.parse_yaml(text, shown, 1, prefix="invalid YAML", top=top)
    if problems:
        raise ConfigError(problems=problems)
    problems = [Problem(shown, line_at(lines, at), message)
                for error in validator.iter_errors(data) for at, message in _explain(error)]
    if problems:
        raise ConfigError(problems=problems)
    return data, lines


def _explain(error):
    """(path, English message) for one schema error in a settings file."""
    path, kind, value, limit = tuple(error.absolute_path), error.validator, error.instance, error.validator_value
    name = field_name(path)
    if kind == "additionalProperties":
        allowed = list(error.schema["properties"])
        for key in sorted(set(value) - set(allowed)):
            guess = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            yield (*path, key), f"unknown key '{field_name((*path, key))}'; {hint}allowed keys: {', '.join(allowed)}"
    elif kind == "required":
        missing = error.message.split("'")[1]
        yield path, f"the key '{field_name((*path, missing))}' is missing"
    elif kind == "type":
        yield path, f"'{name}' must be {TYPE_NAMES.get(limit, limit)}, not {json.dumps(value, default=str)}"
    elif kind == "format":
        yield path, f"'{name}' must be a date like 2019-12-16, not '{value}'"
    elif kind == "pattern":
        key = next((p for p in reversed(path) if isinstance(p, str)), "slug")
        yield path, f"'{name}' must be {PATTERN_HINTS.get(key, PATTERN_HINTS['slug'])}, not '{value}'"
    elif kind == "minLength":
        yield path, f"'{name}' is empty"
    elif kind in ("minimum", "maximum"):
        yield path, f"'{name}' must be between 0 and 1, not {value}"
    elif kind == "enum":
        yield path, f"'{name}' must be {' or '.join(map(str, limit))}, not '{value}'"
    elif kind in ("exclusiveMinimum", "exclusiveMaximum"):
        yield path, f"'{name}' must be {'more' if kind == 'exclusiveMinimum' else 'less'} than {limit}, not {value}"
    elif kind in ("minItems", "maxItems"):
        yield path, f"'{name}' has {len(value)} entries; {error.message.split(' is ')[-1]}"
    else:
        yield path, f"'{name}': {error.message}"




def _problem(shown: str, lines: dict, path: tuple, message: str) -> ConfigError:
    return ConfigError(problems=[Problem(shown, line_at(lines, path), message)])


def _shown(path: Path, root: Path) -> str:
    """A settings file as messages name it: relative to the project when it is inside."""
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def check_cover_lines(config: EditionConfig, slugs: set[str]) -> None:
    """Every slug in cover_lines names a practice of the edition (known only once the practices are read)."""
    for slug in config.cover_lines:
        if slug not in slugs:
            guess = difflib.get_close_matches(slug, sorted(slugs), n=1, cutoff=0.6)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            raise ConfigError(problems=[Problem(config.relative(config.config_path), config.cover_lines_line,
                                                f"'cover_lines': no practice has the slug '{slug}'; {hint}"
                                                "write the name of its file in practices/ without .md")])


def read_schema(config: EditionConfig) -> dict:
    try:
        return json.loads(config.schema_path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ConfigError(f"{config.schema_path}: not valid JSON: {error}") from None
