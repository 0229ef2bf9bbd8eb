"""Problems as text for the terminal, or as GitHub annotations plus a job summary. Pure."""
from __future__ import annotations

from collections import Counter

from .errors import Problem


def practices_phrase(count: int) -> str:
    return {0: "geen praktijkvoorbeelden", 1: "1 praktijkvoorbeeld"}.get(count, f"{count} praktijkvoorbeelden")


def problems_phrase(count: int) -> str:
    return f"{count} {'probleem' if count == 1 else 'problemen'}"


def seconds(value: float) -> str:
    """A duration as Dutch writes it: 2,5 s."""
    return f"{value:.1f} s".replace(".", ",")


def silent(line: str) -> None:
    """The report of a command asked to be quiet (and the default): say nothing."""


def as_text(problems: tuple[Problem, ...]) -> list[str]:
    return [str(problem) for problem in problems]


def _escape(value: str, in_property: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if in_property else value


# An annotation's title says what kind of problem it is, from how its message begins (the first match wins).
TITLES = (
    (("de afbeelding", "deze afbeelding"), "Afbeelding"),
    (("fout in de gegevens bovenaan", "er staat een harde spatie", "de waarde van"), "Gegevens bovenaan (YAML)"),
    (("dit is nog grotendeels de voorbeeldtekst", "deze alinea is nog de uitleg"), "Tekst uit het sjabloon"),
    (("de sectie", "onbekende sectie", "gebruik alleen de koppen", "een sectiekop", "de kop ", "de regel '",
      "er staat tekst vóór"), "Secties en koppen"),
    (("onbekend veld", "het verplichte veld", "het veld '"), "Veld"),
    (("de tekst heeft", "past niet", "het ontwerp"), "Lengte en opmaak"),
    (("het teken",), "Teken dat niet gedrukt kan worden"),
    (("de bestandsnaam", "dezelfde naam", "gebruik de extensie"), "Bestandsnaam"),
    (("deze titel staat al", "van '"), "Dubbel voorbeeld"),
)


def title(problem: Problem) -> str:
    if " is nog de voorbeeldtekst" in problem.message:
        return "Tekst uit het sjabloon"
    return next((name for starts, name in TITLES if problem.message.startswith(starts)), "Praktijkvoorbeeld")


def as_github(problems: tuple[Problem, ...]) -> list[str]:
    """One ::error workflow command per problem, so GitHub puts it on the right file and line."""
    lines = []
    for problem in problems:
        where = f"file={_escape(problem.path, True)}"
        if problem.line:
            where += f",line={problem.line}"
        lines.append(f"::error {where},title={_escape(title(problem), True)}::{_escape(problem.message)}")
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
