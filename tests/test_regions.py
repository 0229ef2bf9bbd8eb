"""The tile map and "Bij de buren" (magazine/regions.py), on the fixture edition and the real region data."""
from __future__ import annotations

import pytest

from magazine import regions
from magazine.pipeline import load_edition

from .conftest import EDITION


@pytest.fixture(scope="module")
def edition():
    return load_edition(EDITION)


def region(edition, slug):
    return next(r for r in edition.config.vocabularies.of("region") if r.slug == slug)


@pytest.mark.parametrize("a, b, km", [
    ("groningen", "zuid-limburg", 270),  # Groningen to Maastricht
    ("rijnmond", "haaglanden", 22),  # Rotterdam to The Hague
    ("zeeland", "zeeland", 0),
])
def test_distance_between_region_centres(edition, a, b, km):
    assert round(regions.distance_km(region(edition, a), region(edition, b))) == km


def test_neighbours_come_from_the_same_region_first_then_the_nearest(edition):
    by_slug = {p.slug: p for p in edition.practices}
    near = regions.neighbours(by_slug["kas-aan-de-dijk"], edition.practices)  # Zeeland
    assert [(n.practice.slug, n.km) for n in near] == [
        ("schoonmaak-met-perspectief", 0),  # also Zeeland
        ("detacheren-in-de-haven", 76),  # Rijnmond, the next region (Middelburg to Rotterdam)
    ]


def test_the_map_places_every_region_once_and_counts_its_practices(edition):
    terms = edition.config.vocabularies.of("region")
    tile_map = regions.region_map(terms, edition.practices)
    assert len(tile_map.tiles) == len(terms) == 35
    assert len({(t.column, t.row) for t in tile_map.tiles}) == 35
    counts = {t.region.slug: t.count for t in tile_map.tiles if t.count}
    assert counts == {"zeeland": 2, "rijnmond": 1}
    zeeland = next(t for t in tile_map.tiles if t.region.slug == "zeeland")
    assert (zeeland.label, zeeland.shade) == ("Zeeland: 2 praktijkvoorbeelden", 2)
    assert [t.label for t in tile_map.tiles if t.region.slug == "twente"] == ["Twente: geen praktijkvoorbeelden"]
    assert tile_map.legend == ((0, "geen"), (1, "1"), (2, "2"), (3, "3+"))
    assert (tile_map.columns, tile_map.rows) == (7, 9)


def test_no_region_data_problems_in_the_real_file(edition):
    assert regions.tile_problems(edition.config.vocabularies.of("region")) == []
