"""The table of front-matter fields in CONTRIBUTING.md, generated from the JSON Schema so it cannot drift.

    python -m magazine.fields      # rewrite the table in CONTRIBUTING.md
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .facets import FACETS

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = "<!-- velden:begin (python -m magazine.fields) -->", "<!-- velden:end -->"
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


def current_schema() -> dict:
    return json.loads((ROOT / "schema" / "practice.schema.json").read_text(encoding="utf-8"))


def main() -> int:
    path = ROOT / "CONTRIBUTING.md"
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    path.write_text(text[:start] + table(current_schema()) + text[end:], encoding="utf-8")
    print(f"updated the field table in {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
