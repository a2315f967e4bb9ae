"""The province roll-up every page uses: a policy counts in the provincial-level division holding its region.

The denominator is the 34 provincial-level divisions of GB/T 2260, Hong Kong, Macao and Taiwan included.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from graph.gazetteer.regions import region_index
from graph.namespaces import COUNTRY
from graph.records.data import Item, PolicyGraph
from graph.resources import DATA_DIR

DENOMINATOR = "34 个省级行政区（含港澳台） 34 provincial-level divisions, Hong Kong, Macao and Taiwan included"


@dataclass(frozen=True)
class Province:
    """A provincial-level division: code, official name, and its square on the tile map."""

    code: str
    name: str
    short: str
    name_en: str
    row: int
    col: int


@cache
def provinces() -> tuple[Province, ...]:
    """The 34 provincial-level divisions in code order, names from the gazetteer, squares from data/province_tiles.csv."""
    with (DATA_DIR / "province_tiles.csv").open(encoding="utf-8", newline="") as fh:
        tiles = {row["code"]: row for row in csv.DictReader(fh)}
    return tuple(
        Province(r.code, r.name, tiles[r.code]["short"], tiles[r.code]["name_en"], int(tiles[r.code]["row"]), int(tiles[r.code]["col"]))
        for r in sorted(region_index().provinces(), key=lambda r: r.code)
    )


def province_code(kg: PolicyGraph, region: str) -> str | None:
    """The code of the provincial-level division holding ``region``: by containment, else by code prefix."""
    seen: set[str] = set()
    current = region
    while current in kg.regions and current not in seen:
        seen.add(current)
        if kg.regions[current].parent == COUNTRY and kg.regions[current].code:
            return kg.regions[current].code
        current = kg.regions[current].parent or ""
    code = kg.regions[region].code if region in kg.regions else None
    if code and len(code) == 6 and code.isdigit() and code != "100000":
        return code[:2] + "0000"
    return None


def provinces_of(kg: PolicyGraph, item: Item) -> set[str]:
    """The codes of the provinces a policy or activity counts in."""
    return {code for region in item.regions if (code := province_code(kg, region))}
