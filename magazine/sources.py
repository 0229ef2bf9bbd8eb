"""Read the practices folder: the only module of the check phase that touches files."""
from __future__ import annotations

import contextlib
import hashlib
import pickle
from pathlib import Path

from .cache import NO_CACHE, Cache
from .errors import Problem
from .fit import applicable
from .fonts import committed_families, drawable_characters
from .model import EditionConfig, Practice
from .picturecheck import picture_problems
from .placeholders import Placeholders
from .practice import ParseContext, check_slug, duplicate_problems, parse, parse_edition_text

PRACTICE_SUFFIXES = {".md", ".markdown"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".svg", ".gif", ".webp", ".tif", ".tiff"}
IGNORED = {"README.md", ".gitkeep", ".DS_Store"}
TEMPLATE = "_template.md"  # in the practices folder: what a new practice is copied from
MAX_TEXT_BYTES = 100_000  # a practice fills two pages, about 4 kB; anything near this is not a practice


def load_practices(config: EditionConfig, validator, cache: Cache = NO_CACHE) -> tuple[list[Practice], list[Problem]]:
    """Every practice, parsed and checked; a file whose text and context did not change comes from `cache`."""
    context = parse_context(config, validator)
    parsed = ParsedCache(cache, context_digest(config, context))
    practices, problems, seen = [], [], {}
    for path in sorted(config.practices_dir.iterdir()):
        source = config.relative(path)
        if path.is_dir() or path.name in IGNORED or path.name.startswith(("_", ".")):
            continue
        suffix = path.suffix.lower()
        if suffix in IMAGE_SUFFIXES:
            problems.append(Problem(source, 1, "deze afbeelding staat in de verkeerde map; verplaats hem naar practices/images/"))
            continue
        if suffix not in PRACTICE_SUFFIXES:
            problems.append(Problem(source, 1, (
                "onbekend bestand; een praktijkvoorbeeld is een .md-bestand (zie practices/_template.md)")))
            continue
        slug = path.stem.lower()
        if slug in seen:
            problems.append(Problem(source, 1, f"dezelfde naam als {seen[slug]}; kies een andere bestandsnaam"))
            continue
        seen[slug] = source
        name_problems = check_slug(path.stem, source)
        if path.suffix != ".md":
            name_problems.append(Problem(source, 1, f"gebruik de extensie .md, dus '{path.stem}.md'"))
        if not inside(path, config.practices_dir):
            problems.append(Problem(source, 1, (
                "dit bestand verwijst naar een plek buiten het project; zet de tekst zelf in practices/")))
            continue
        if not path.is_file():
            problems.append(Problem(source, 1, "dit is geen gewoon bestand; zet de tekst zelf in practices/"))
            continue
        practice, file_problems = parsed.check_file(path, source, slug, context)
        problems += name_problems + file_problems
        if practice and not name_problems:
            practices.append(practice)
    problems += duplicate_problems(practices)
    if not practices and not problems:
        problems.append(Problem(config.relative(config.practices_dir), 1, "er staan nog geen praktijkvoorbeelden in deze map"))
    return practices, problems


def parse_context(config: EditionConfig, validator) -> ParseContext:
    images_dir = config.practices_dir / "images"
    image_files = frozenset(
        f"images/{p.name}" for p in images_dir.iterdir()
        if p.is_file() and inside(p, config.practices_dir)) if images_dir.is_dir() else frozenset()
    template = config.practices_dir / TEMPLATE
    placeholders = Placeholders.parse(read_text(template, TEMPLATE)[0] or "") if template.is_file() else Placeholders.none()
    return ParseContext(validator, config.vocabularies, config.practices_dir, image_files,
                        drawable_characters(config.templates_dir), committed_families(config.templates_dir),
                        config.body_words, placeholders)


def check_file(path: Path, source: str, slug: str, context: ParseContext) -> tuple[Practice | None, list[Problem]]:
    """Read and parse one practice file, and check its picture."""
    text, problems = read_text(path, source)
    if text is None:
        return None, problems
    return with_picture_checked(*parse(text, source, slug, context), context)


def with_picture_checked(practice: Practice | None, problems: list[Problem], context: ParseContext,
                         cache: Cache = NO_CACHE) -> tuple[Practice | None, list[Problem]]:
    """The picture's file is read here, not when parsing, so a changed picture is checked again."""
    if practice is None or practice.image is None:
        return practice, problems
    smallest = 0 if context.only_blocking else min(design.picture_mm for design in applicable(practice))
    picture = picture_problems(practice.image, practice.source, smallest, context.font_families, cache)
    return (None, problems + picture) if picture else (practice, problems)


class ParsedCache:
    """Parsed practices by the hash of their text and of everything parsing them depends on (context_digest)."""

    def __init__(self, cache: Cache, context: str):
        self.cache, self.context = cache, context

    def check_file(self, path: Path, source: str, slug: str, context: ParseContext):
        text, problems = read_text(path, source)
        if text is None:
            return None, problems
        key = hashlib.sha256("\0".join(("parsed", self.context, source, slug, text)).encode()).hexdigest()
        if (payload := self.cache.get(key)) is not None:
            with contextlib.suppress(Exception):  # an entry from an older layout of Practice: parsed again
                practice, problems = pickle.loads(payload)
                if practice is None or isinstance(practice, Practice):
                    return with_picture_checked(practice, problems, context, self.cache)
        practice, problems = parse(text, source, slug, context)
        self.cache.put(key, pickle.dumps((practice, problems), protocol=pickle.HIGHEST_PROTOCOL))
        return with_picture_checked(practice, problems, context, self.cache)


def context_digest(config: EditionConfig, context: ParseContext) -> str:
    """What a parsed practice follows from beyond its text: the code, the edition's settings, vocabularies
    and schema, the fonts (which characters can be drawn), the template (its sample texts are placeholders),
    the pictures there are, and where the files are."""
    digest = hashlib.sha256()
    files = [*sorted(CODE.glob("*.py")), *sorted(CODE.glob("schemas/*")), config.config_path, config.schema_path,
             *sorted(p for p in config.data_dir.rglob("*") if p.is_file()),
             *sorted(p for p in (config.templates_dir / "fonts").iterdir() if p.is_file()),
             *[config.practices_dir / TEMPLATE] * (config.practices_dir / TEMPLATE).is_file()]  # its sample texts
    for path in files:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update("\0".join([str(config.practices_dir), *sorted(context.image_files)]).encode())
    return digest.hexdigest()


CODE = Path(__file__).parent


def inside(path: Path, folder: Path) -> bool:
    """False for a symlink that leads out of `folder`: the build never reads outside the project."""
    return path.resolve().is_relative_to(folder.resolve())


def load_edition_texts(config: EditionConfig) -> tuple[dict[str, str], list[Problem]]:
    """The foreword and colophon as sanitized HTML, checked like practices: disallowed HTML and
    characters the fonts lack are problems, never silently dropped."""
    texts, problems = {}, []
    characters = drawable_characters(config.templates_dir)
    for name, path, prefix in (("foreword", config.foreword, "voorwoord"), ("colophon", config.colophon, "colofon")):
        if path is None:
            continue
        source = config.relative(path)
        text, read_problems = read_text(path, source)
        problems += read_problems
        if text is not None:
            texts[name], text_problems = parse_edition_text(text, source, prefix, characters)
            problems += text_problems
    return texts, problems


def read_text(path: Path, source: str) -> tuple[str | None, list[Problem]]:
    """A text file as str with \n line ends, or a problem: too large, not UTF-8 or unreadable."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_TEXT_BYTES + 1)
    except OSError as error:
        return None, [Problem(source, 1, f"het bestand kan niet gelezen worden ({error.strerror}); sla het opnieuw op")]
    if len(data) > MAX_TEXT_BYTES:
        return None, [Problem(source, 1, (
            f"het bestand is groter dan {MAX_TEXT_BYTES // 1000} kB, veel te lang voor het magazine "
            "(een praktijkvoorbeeld is zo'n 4 kB); maak de tekst korter"))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [Problem(source, line, (
            "het bestand is niet in UTF-8 opgeslagen (bijvoorbeeld een é of ë uit Word); "
            "sla het op als 'UTF-8' of plak de tekst in de webeditor van GitHub"))]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []
