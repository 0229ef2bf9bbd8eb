"""Split a practice file into YAML front matter and Markdown body, keeping line numbers.

Pure: takes text, returns data. Every value's file line is recorded by its path in the
data, e.g. ("contact", "email") or ("figures", 2), so later checks can point at it.
"""
from __future__ import annotations

from dataclasses import dataclass

import yaml

from .errors import Problem

FENCE = "---"
Path_ = tuple  # a path into the data: keys and list indexes


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so the schema checks them like any other value."""


_Loader.yaml_implicit_resolvers = {
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


def parse_yaml(text: str, source: str, first_line: int):
    """YAML mapping -> (data, lines, problems); data is None when unusable."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = first_line + (mark.line if mark else 0)
        problem = str(error.problem)
        hint = YAML_HINTS.get(problem, f"de YAML klopt niet ({problem})")
        return None, {}, [Problem(source, line, f"fout in de gegevens bovenaan: {hint}")]
    finally:
        loader.dispose()
    if node is None:
        node = yaml.MappingNode("tag:yaml.org,2002:map", [])
    if not isinstance(node, yaml.MappingNode):
        return None, {}, [Problem(source, first_line, (
            "de gegevens bovenaan moeten velden zijn, zoals 'title: Mijn titel'"))]
    walker = _Walker(loader, source, first_line)
    data = walker.walk(node, ())
    return data, walker.lines, walker.problems


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
                key = str(self.loader.construct_object(key_node))
                if key in result:
                    self.problems.append(Problem(self.source, self.line_of(key_node), (
                        f"het veld '{key}' staat er twee keer in; houd er één over")))
                self.lines[path + (key,)] = self.line_of(key_node)
                result[key] = self.walk(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                self.lines[path + (index,)] = self.line_of(item)
                items.append(self.walk(item, path + (index,)))
            return items
        return self.loader.construct_object(node)
