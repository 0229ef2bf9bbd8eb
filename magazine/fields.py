"""The tables in CONTRIBUTING.md, generated so they cannot drift: the front-matter fields from the JSON
Schema, every region, province and target group by name with its code from data/.

    python -m magazine.fields      # rewrite the tables in CONTRIBUTING.md
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .facets import FACETS

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- velden:begin (python -m magazine.fields) -->", "<!-- velden:end -->"
CODES_BEGIN, CODES_END = "<!-- codes:begin (python -m magazine.fields) -->", "<!-- codes:end -->"
SOURCES = {f.field: f.source + (" (themes)" if f.data_file is None else "") for f in FACETS}


def rows(schema: dict, prefix: str = "") -> list[str]:
    lines = []
    required = set(schema.get("required", ()))
    for name, field in schema["properties"].items():
        key = f"{prefix}{name}"
        rules = []
        if "maxLength" in field:
            rules.append(f"hooguit {field['maxLength']} tekens")
        if "minItems" in field or "maxItems" in field:
            rules.append(f"{field.get('minItems', 0)} tot {field.get('maxItems', 'onbeperkt')} stuks")
        if name in SOURCES:
            rules.append(f"codes uit `{SOURCES[name]}`")
        elif "enum" in field:
            rules.append("kies uit " + ", ".join(f"`{value}`" for value in field["enum"]))
        if field.get("format") == "date":
            rules.append("jaar-maand-dag")
        kind = {"array": "lijst", "object": "groep velden"}.get(str(field.get("type")), "tekst of getal"
                                                                  if isinstance(field.get("type"), list) else "tekst")
        extra = f" ({'; '.join(rules)})" if rules else ""
        lines.append(f"| `{key}` | {'ja' if name in required else 'nee'} | {kind} | {field['description']}{extra} |")
        nested = field if field.get("type") == "object" else field.get("items", {})
        if nested.get("type") == "object":
            lines += rows(nested, f"{key}{'[].' if field.get('type') == 'array' else '.'}")
    return lines


def table(schema: dict) -> str:
    header = "| veld | verplicht | soort | wat je invult |\n| --- | --- | --- | --- |"
    return "\n".join([BEGIN, header, *rows(schema), END])


def codes(vocabularies) -> str:
    """Every region with its code and provinces, every province and target group with its code."""
    provinces = {t.slug: t.name for t in vocabularies.provinces}
    regions = [f"| {t.name} | `{t.slug}` | {', '.join(f'{provinces[p]} (`{p}`)' for p in t.provinces)} |"
               for t in sorted(vocabularies.regions, key=lambda t: t.name.casefold())]
    parts = ["**Arbeidsmarktregio's** (`region`) en de provincies waarin ze liggen (`province`):", "",
             "| regio | code | ligt in |", "| --- | --- | --- |", *regions, "",
             "**Provincies** (`province`): " + ", ".join(f"{t.name} `{t.slug}`" for t in vocabularies.provinces) + ".",
             "", "**Doelgroepen** (`target_groups`):", "", "| doelgroep | code |", "| --- | --- |",
             *[f"| {t.name} | `{t.slug}` |" for t in vocabularies.target_groups]]
    return "\n".join([CODES_BEGIN, *parts, CODES_END])


def current_codes() -> str:
    from .config import load_config

    return codes(load_config(ROOT / "magazine.yml").vocabularies)


def current_schema() -> dict:
    return json.loads((ROOT / "schema" / "practice.schema.json").read_text(encoding="utf-8"))


def main() -> int:
    path = ROOT / "CONTRIBUTING.md"
    text = path.read_text(encoding="utf-8")
    for begin, end, made in ((BEGIN, END, table(current_schema())), (CODES_BEGIN, CODES_END, current_codes())):
        start, stop = text.index(begin), text.index(end) + len(end)
        text = text[:start] + made + text[stop:]
    path.write_text(text, encoding="utf-8")
    print(f"updated the tables in {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
