"""Read magazine.yml and the vocabulary files. Any problem here is a ConfigError (exit 2)."""
from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import yaml

from .errors import ConfigError
from . import markup
from .model import EditionConfig, Image, Term, Vocabularies

REQUIRED_KEYS = ("title", "subtitle", "date", "publisher", "themes")
OPTIONAL_KEYS = ("language", "practices", "templates", "data", "schema", "foreword", "colophon", "cover", "notice", "crop_marks", "base_url")


def load_config(path: Path) -> EditionConfig:
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings")
    unknown = sorted(set(data) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if unknown or missing:
        raise ConfigError(f"{path}: unknown keys {unknown}, missing keys {missing}")
    root = path.resolve().parent

    def folder(key: str, default: str) -> Path:
        return (root / str(data.get(key, default))).resolve()
    edition_date = data["date"]
    if not isinstance(edition_date, datetime.date):
        raise ConfigError(f"{path}: 'date' must be a date like 2019-11-15")
    data_dir = folder("data", "data")
    vocabularies = Vocabularies(
        themes=_themes(data["themes"], f"{path}: themes"),
        regions=_terms(_read_yaml(data_dir / "regions.yml"), "regions.yml"),
        provinces=_terms(_read_yaml(data_dir / "provinces.yml"), "provinces.yml"),
        target_groups=_terms(_read_yaml(data_dir / "target_groups.yml"), "target_groups.yml"),
    )
    config = EditionConfig(
        root=root,
        practices_dir=folder("practices", "practices"),
        templates_dir=folder("templates", "templates"),
        data_dir=data_dir,
        schema_path=folder("schema", "schema/practice.schema.json"),
        title=str(data["title"]),
        subtitle=str(data["subtitle"]),
        date=edition_date,
        publisher=str(data["publisher"]),
        language=str(data.get("language", "nl")),
        vocabularies=vocabularies,
        foreword_html=_text(root, data.get("foreword"), "voorwoord", path),
        colophon_html=_text(root, data.get("colophon"), "colofon", path),
        cover=_cover(root, data.get("cover"), path),
        notice=str(data.get("notice", "")).strip(),
        crop_marks=data.get("crop_marks", False) is True,
        base_url=_base_url(data.get("base_url", "https://example.org/"), path),
    )
    for folder_path in (config.practices_dir, config.templates_dir):
        if not folder_path.is_dir():
            raise ConfigError(f"{path}: folder {folder_path} does not exist")
    if not config.schema_path.is_file():
        raise ConfigError(f"{path}: schema file {config.schema_path} does not exist")
    return config


def _inside(root: Path, relative, where: Path) -> Path:
    target = (root / str(relative)).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        raise ConfigError(f"{where}: {relative} must be a file inside {root}")
    return target


def _text(root: Path, relative, prefix: str, where: Path) -> str:
    """An edition text (foreword, colophon): Markdown, rendered and sanitized like a practice."""
    if relative is None:
        return ""
    source = _inside(root, relative, where).read_text(encoding="utf-8")
    return markup.sanitize(markup.to_html(source), prefix)


def _cover(root: Path, cover, where: Path) -> Image | None:
    if cover is None:
        return None
    if not isinstance(cover, dict) or not {"src", "alt"} <= set(cover):
        raise ConfigError(f"{where}: cover needs 'src' and 'alt'")
    return Image(_inside(root, cover["src"], where), str(cover["src"]), str(cover["alt"]), cover.get("credit"))


def _base_url(value, where: Path) -> str:
    """Canonical URLs, the sitemap and the feed need the address the site is published at."""
    url = str(value)
    if not re.fullmatch(r"https?://[^\s/]+(/[^\s]*)?", url):
        raise ConfigError(f"{where}: base_url must be an address like https://example.org/magazine/")
    return url if url.endswith("/") else url + "/"


def read_schema(config: EditionConfig) -> dict:
    try:
        return json.loads(config.schema_path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ConfigError(f"{config.schema_path}: not valid JSON: {error}") from None


def _read_yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found (run from the project folder or pass --config)") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None


def _themes(entries, where: str) -> tuple[Term, ...]:
    """Themes are terms with an intro and a colour: {rgb: "#0b5c6b", cmyk: [0.9, 0.25, 0.35, 0.3]}."""
    themes = []
    for term, entry in zip(_terms(entries, where), entries, strict=True):
        colour = entry.get("colour")
        rgb = colour.get("rgb") if isinstance(colour, dict) else None
        cmyk = colour.get("cmyk") if isinstance(colour, dict) else None
        if not (isinstance(rgb, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", rgb)
                and isinstance(cmyk, list) and len(cmyk) == 4 and all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in cmyk)):
            raise ConfigError(f"{where}: theme '{term.slug}' needs colour: {{rgb: \"#rrggbb\", cmyk: [c, m, y, k]}} with values 0-1")
        themes.append(Term(term.slug, term.name, term.intro, term.aliases, rgb.lower(), tuple(float(v) for v in cmyk)))
    return tuple(themes)


def _terms(entries, where: str) -> tuple[Term, ...]:
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{where}: expected a non-empty list of {{slug, name}} entries")
    terms = []
    for entry in entries:
        if not isinstance(entry, dict) or not {"slug", "name"} <= set(entry):
            raise ConfigError(f"{where}: every entry needs 'slug' and 'name', got {entry!r}")
        aliases = tuple(str(a) for a in entry.get("aliases", ()))
        terms.append(Term(str(entry["slug"]), str(entry["name"]), str(entry.get("intro", "")).strip(), aliases))
    slugs = [t.slug for t in terms]
    if len(set(slugs)) != len(slugs):
        raise ConfigError(f"{where}: duplicate slugs")
    return tuple(terms)
