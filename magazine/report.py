"""Problems as text for the terminal, or as GitHub annotations plus a job summary. Pure."""
from __future__ import annotations

from collections import Counter

from .errors import Problem


def silent(line: str) -> None:
    """The report of a command asked to be quiet (and the default): say nothing."""


def as_text(problems: tuple[Problem, ...]) -> list[str]:
    return [str(problem) for problem in problems]


def _escape(value: str, in_property: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if in_property else value


def as_github(problems: tuple[Problem, ...]) -> list[str]:
    """One ::error workflow command per problem, so GitHub puts it on the right file and line."""
    lines = []
    for problem in problems:
        where = f"file={_escape(problem.path, True)}"
        if problem.line:
            where += f",line={problem.line}"
        lines.append(f"::error {where},title={_escape('Praktijkvoorbeeld', True)}::{_escape(problem.message)}")
    return lines


def summary(problems: tuple[Problem, ...], practices: int) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: what is wrong, per file, in Dutch."""
    if not problems:
        return f"### Controle geslaagd\n\n{practices} praktijkvoorbeelden gecontroleerd, geen problemen.\n"
    per_file = Counter(problem.path for problem in problems)
    rows = "\n".join(f"| `{path}` | {count} |" for path, count in sorted(per_file.items()))
    details = "\n".join(f"- `{p.path}` regel {p.line or '-'}: {p.message}" for p in problems)
    return (f"### {len(problems)} {'probleem' if len(problems) == 1 else 'problemen'} gevonden\n\n"
            f"| bestand | problemen |\n| --- | --- |\n{rows}\n\n{details}\n")
