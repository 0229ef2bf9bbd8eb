"""Split a practice file into YAML front matter and Markdown body, keeping line numbers.

Pure: takes text, returns data. Every value's file line is recorded by its path in the
data, e.g. ("contact", "email") or ("figures", 2), so later checks can point at it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from .errors import Problem

FENCE = "---"
HARD_SPACES = "\u00a0\u2007\u202f"
HARD_SPACE_AT = re.compile(f"^((?:[ \\t]*-)?[ \\t]*(?:[\\w.-]+:)?)[ \\t]*[{HARD_SPACES}]")  # indentation, after key: or -
CURLY_VALUE = re.compile(r"^[ \t]*(?:- )?([\w.-]+):[ \t]+([“‘„])")  # key: “value” as Word types it
MAX_DEPTH = 10  # front matter needs three levels (figures, one figure, its value); settings four
Path_ = tuple  # a path into the data: keys and list indexes


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so the schema checks them like any other value."""


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same on libyaml, several times faster; its complaints are worded differently, so a file it
    cannot read is read again with _Loader for the message (parse_yaml)."""


_Loader.yaml_implicit_resolvers = _FastLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# PyYAML's most common complaints, in words a contributor can act on.
YAML_HINTS = {
    "mapping values are not allowed here": (
        "een dubbele punt (:) op een onverwachte plek; zet tekst met een dubbele punt "
        'tussen aanhalingstekens, bijvoorbeeld title: "Werk: zo doe je dat"'),
    "found character '\\t' that cannot start any token": (
        "er staat een tab; gebruik spaties om in te springen"),
    "could not find expected ':'": (
        "er ontbreekt een dubbele punt (:) na de veldnaam"),
    "found unexpected end of stream": (
        "een aanhalingsteken wordt niet gesloten"),
    "expected <block end>, but found '-'": (
        "een lijst springt verkeerd in; zet elk '-' even ver naar rechts"),
    "did not find expected key": (
        "de inspringing klopt niet; zet velden op hetzelfde niveau even ver naar rechts"),
}


@dataclass(frozen=True)
class SplitFile:
    data: dict  # the front matter as plain Python values
    lines: dict  # path into data -> 1-based file line
    body: str
    body_line: int  # file line of the first body line


def split(text: str, source: str) -> tuple[SplitFile | None, list[Problem]]:
    lines = text.split("\n")
    if lines[0].strip() != FENCE:
        return None, [Problem(source, 1, (
            "het bestand begint niet met een regel '---'; zet bovenaan '---', dan de "
            "gegevens (title, organisation, ...) en daarna weer een regel '---' "
            "(zie practices/_template.md)"))]
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() == FENCE), None)
    if closing is None:
        return None, [Problem(source, 1, (
            "de gegevens bovenaan worden niet afgesloten; zet een regel met alleen '---' "
            "tussen de gegevens en de tekst"))]
    yaml_text = "\n".join(lines[1:closing])
    body = "\n".join(lines[closing + 1:])
    data, line_map, problems = parse_yaml(yaml_text, source, first_line=2)
    if data is None:
        return None, problems
    return SplitFile(data, line_map, body, closing + 2), problems


def parse_yaml(text: str, source: str, first_line: int, prefix: str = "fout in de gegevens bovenaan",
               top: type = yaml.MappingNode):
    """YAML mapping (or, with top=yaml.SequenceNode, a list) -> (data, lines, problems); data is None when unusable.

    Anchors and aliases (&a, *a) are refused before anything is built: a few nested
    aliases in under a kilobyte would otherwise expand to gigabytes. So is deep nesting.
    """
    if problems := _hard_space_problems(text, source, first_line):
        return None, {}, problems
    try:
        return _parsed(text, source, first_line, prefix, top, _FastLoader)
    except yaml.YAMLError:
        return _parsed(text, source, first_line, prefix, top, _Loader)


def _hard_space_problems(text: str, source: str, first_line: int) -> list[Problem]:
    """A no-break space (pasted from Word or a web page) where YAML needs a space: it reads the line
    wrongly and complains a line or more later. Inside a value it is harmless and kept."""
    problems = []
    for number, line in enumerate(text.split("\n"), first_line):
        if match := HARD_SPACE_AT.match(line):
            where = f"na '{match[1].strip()}'" if match[1].strip() else "aan het begin van de regel"
            problems.append(Problem(source, number, (
                f"er staat een harde spatie {where} (geplakt uit Word of een website); "
                "vervang hem door een gewone spatie")))
    return problems


def _parsed(text: str, source: str, first_line: int, prefix: str, top: type, loader_class: type):
    """parse_yaml() with one parser; raises yaml.YAMLError only when it is _FastLoader that cannot read the text."""
    try:
        problems = _structure_problems(text, source, first_line, loader_class)
        if problems:
            return None, {}, problems
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        if loader_class is _FastLoader:
            raise
        return None, {}, [_yaml_problem(error, text, source, first_line, prefix)]
    if node is None and top is yaml.MappingNode:
        node = yaml.MappingNode("tag:yaml.org,2002:map", [])
    if not isinstance(node, top):
        what = ("dit moeten velden zijn, zoals 'title: Mijn titel'" if top is yaml.MappingNode
                else "dit moet een lijst zijn, met '- ' voor elke waarde")
        return None, {}, [Problem(source, first_line, f"{prefix}: {what}")]
    walker = _Walker(loader, source, first_line)
    data = walker.walk(node, ())
    return data, walker.lines, walker.problems


def _yaml_problem(error: yaml.YAMLError, text: str, source: str, first_line: int, prefix: str) -> Problem:
    if not isinstance(error, yaml.MarkedYAMLError):  # e.g. a character YAML does not allow, without a position
        return Problem(source, first_line, f"{prefix}: de YAML klopt niet ({error})")
    mark = error.problem_mark or error.context_mark
    problem = str(error.problem)
    hint = YAML_HINTS.get(problem, f"de YAML klopt niet ({problem})")
    lines = text.split("\n")
    for index in (mark.line, mark.line - 1) if mark else ():
        if 0 <= index < len(lines) and (curly := CURLY_VALUE.match(lines[index])):
            value = lines[index][curly.end(1) + 1:].strip().strip("“”‘’„").replace('"', "'")
            return Problem(source, first_line + index, f"{prefix}: {curly_quotes_hint(curly[1], value)}")
    return Problem(source, first_line + (mark.line if mark else 0), f"{prefix}: {hint}")


def curly_quotes_hint(key: str, value: str) -> str:
    shown = value if len(value) <= 50 else value[:47] + "..."
    return (f"de waarde van '{key}' staat tussen gekrulde aanhalingstekens (“ ” uit Word); YAML kent alleen "
            f'rechte: schrijf {key}: "{shown}"')


def _structure_problems(text: str, source: str, first_line: int, loader_class: type) -> list[Problem]:
    """Anchors, aliases and nesting deeper than MAX_DEPTH, found from the event stream (linear in the text)."""
    problems, depth = [], 0
    for event in yaml.parse(text, Loader=loader_class):
        line = first_line + event.start_mark.line
        if problems and problems[-1].line == line:
            pass  # one problem per line is enough to find and fix it
        elif getattr(event, "tag", None) and isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            problems.append(Problem(source, line, (
                f"'{event.tag.replace('tag:yaml.org,2002:', '!!')}' wordt als YAML-code gelezen; "
                "haal het weg of zet de hele waarde tussen aanhalingstekens")))
        elif getattr(event, "anchor", None):
            mark = "*" if isinstance(event, yaml.AliasEvent) else "&"
            problems.append(Problem(source, line, (
                f"'{mark}{event.anchor}': ankers (&naam) en verwijzingen (*naam) kunnen hier niet; "
                "schrijf elke waarde voluit op zijn eigen plek")))
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return [*problems, Problem(source, line, (
                    f"de gegevens zijn te diep genest (meer dan {MAX_DEPTH} niveaus); "
                    "gebruik de velden zoals in practices/_template.md"))]
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return problems


def text_values(value, path: tuple = ()):
    """(path, value) of every scalar in the data, depth first in file order."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from text_values(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from text_values(item, (*path, index))
    else:
        yield path, value


def field_name(path: tuple) -> str:
    """A path into the data as messages name it: ('contact', 'email') -> contact.email;
    ('figures', 2, 'label') -> figures[3].label."""
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def line_at(lines: dict, path: tuple) -> int:
    """The file line of `path`, or of the nearest enclosing value that has one."""
    while path not in lines:
        path = path[:-1]
    return lines[path]


class _Walker:
    def __init__(self, loader, source, first_line):
        self.loader, self.source, self.first_line = loader, source, first_line
        self.lines: dict = {(): first_line - 1}
        self.problems: list[Problem] = []

    def line_of(self, node) -> int:
        return self.first_line + node.start_mark.line

    def walk(self, node, path: Path_):
        if isinstance(node, yaml.MappingNode):
            result = {}
            for key_node, value_node in node.value:
                key = str(self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else key_node.value)
                if key in result:
                    self.problems.append(Problem(self.source, self.line_of(key_node), (
                        f"het veld '{key}' staat er twee keer in; houd er één over")))
                self.lines[(*path, key)] = self.line_of(key_node)
                result[key] = self.walk(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                self.lines[(*path, index)] = self.line_of(item)
                items.append(self.walk(item, (*path, index)))
            return items
        return self.scalar(node)

    def scalar(self, node):
        try:
            return self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError):  # e.g. an integer of thousands of digits
            self.problems.append(Problem(self.source, self.line_of(node), (
                f"'{node.value[:40]}' kan niet gelezen worden; zet de waarde tussen aanhalingstekens")))
            return node.value
