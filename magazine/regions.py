"""Where the practices are: the tile map of the labour-market regions and the practices "bij de buren"
(in the same region, then in the nearest ones). Pure; the places are data in data/regions.yml.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .model import Practice, Term
from .report import practices_phrase

EARTH_RADIUS_KM = 6371.0
NEIGHBOURS = 3  # practices linked under "Bij de buren" on every practice page
SCALE = (1, 2, 3)  # a tile's shade: no practice, 1, 2, 3 or more (the legend's steps)


@dataclass(frozen=True)
class Tile:
    """One region on the map: its square, how many practices it has and how dark it is shaded."""

    region: Term
    column: int
    row: int
    count: int

    @property
    def shade(self) -> int:
        """0 for a region without practices, up to len(SCALE) for the most."""
        return sum(self.count >= step for step in SCALE)

    @property
    def label(self) -> str:
        """The tile's accessible name: the region and its number of practices, in Dutch."""
        return f"{self.region.name}: {practices_phrase(self.count)}"


@dataclass(frozen=True)
class RegionMap:
    tiles: tuple[Tile, ...]
    columns: int
    rows: int

    @property
    def legend(self) -> tuple[tuple[int, str], ...]:
        """(shade, what it means) for every step of the scale."""
        steps = [(0, "geen")] + [(index + 1, str(step)) for index, step in enumerate(SCALE)]
        return tuple((shade, text + ("+" if shade == len(SCALE) else "")) for shade, text in steps)


@dataclass(frozen=True)
class Neighbour:
    """A practice near another: in the same region (0 km) or in a region whose centre is `km` away."""

    practice: Practice
    km: int



def region_map(regions: tuple[Term, ...], practices: tuple[Practice, ...]) -> RegionMap:
    """Every region as a tile in its place, with how many practices it has."""
    counts = {region.slug: 0 for region in regions}
    for practice in practices:
        counts[practice.region.slug] += 1
    tiles = tuple(Tile(region, region.tile[0], region.tile[1], counts[region.slug]) for region in regions)
    return RegionMap(tiles, max(t.column for t in tiles) + 1, max(t.row for t in tiles) + 1)


def distance_km(a: Term, b: Term) -> float:
    """The great-circle distance between two regions' centres."""
    (lat1, lon1), (lat2, lon2) = (map(math.radians, term.centre) for term in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def neighbours(practice: Practice, practices: tuple[Practice, ...], count: int = NEIGHBOURS) -> list[Neighbour]:
    """The practices nearest this one: its own region first, then by the distance between region centres
    (magazine order breaks ties)."""
    others = [p for p in practices if p.slug != practice.slug]
    nearest = sorted(others, key=lambda other: distance_km(practice.region, other.region))
    return [Neighbour(p, round(distance_km(practice.region, p.region))) for p in nearest[:count]]


def tile_problems(regions: tuple[Term, ...]) -> list[tuple[int, str, str]]:
    """(index, field, message) for every region without a tile or centre, or sharing a tile with another."""
    problems, seen = [], {}
    for index, region in enumerate(regions):
        missing = [field for field, value in (("short", region.short), ("tile", region.tile),
                                              ("centre", region.centre)) if not value]
        if missing:
            named = ", ".join(f"'{field}'" for field in missing[:-1]) + (" or " if len(missing) > 1 else "")
            problems.append((index, "slug", f"the region '{region.slug}' has no {named}'{missing[-1]}'; "
                                            "every region needs 'short', 'tile' and 'centre' for the map "
                                            "(see the comment at the top)"))
        if region.tile and region.tile in seen:
            problems.append((index, "tile", f"the region '{region.slug}' has the tile {list(region.tile)} of "
                                            f"'{seen[region.tile]}'; every region needs a square of its own"))
        seen.setdefault(region.tile, region.slug)
    return problems
