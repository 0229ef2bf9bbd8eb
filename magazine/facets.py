"""The facets: the closed vocabularies a practice is classified by. One table drives all of them.

Each facet is a front-matter field that takes codes from a vocabulary. From this table come
the schema's enums, the Dutch messages, the field table in CONTRIBUTING.md, the listing pages
and their URL folders, the filters on the home page and the cards' data attributes. A new
facet is one entry here, a property in schema/practice.schema.json and its vocabulary file.
"""
from __future__ import annotations

from dataclasses import dataclass

THEMES_SOURCE = "magazine.yml"  # the themes live in the edition settings, with their colours


@dataclass(frozen=True)
class Facet:
    field: str  # the front-matter field, e.g. "region"
    label: str  # Dutch label for readers, e.g. "Arbeidsmarktregio"
    noun: str  # Dutch for messages: "'x' is geen <noun>"
    folder: str  # URL folder of the listing pages: <folder>/<slug>/
    filter: str  # name of the home page filter, the query parameter and the cards' data attribute
    multiple: bool  # a list of codes (themes) or a single code (region)
    source: str  # where the vocabulary lives: a file in data/, or magazine.yml

    @property
    def heading(self) -> str:
        """'Per thema', 'Per arbeidsmarktregio': the heading of the facet's listing links."""
        return f"Per {self.label.lower()}"

    @property
    def data_file(self) -> str | None:
        """The vocabulary's file name in the data folder; None for the themes."""
        return self.source.removeprefix("data/") if self.source.startswith("data/") else None


FACETS: tuple[Facet, ...] = (
    Facet("themes", "Thema", "bekend thema", "themas", "thema", True, THEMES_SOURCE),
    Facet("province", "Provincie", "bekende provincie", "provincies", "provincie", False, "data/provinces.yml"),
    Facet("region", "Arbeidsmarktregio", "bekende arbeidsmarktregio", "regios", "regio", False, "data/regions.yml"),
    Facet("target_groups", "Doelgroep", "bekende doelgroep", "doelgroepen", "doelgroep", True, "data/target_groups.yml"),
)
BY_FIELD = {facet.field: facet for facet in FACETS}


def facet(field: str) -> Facet:
    return BY_FIELD[field]
