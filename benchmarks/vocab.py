"""The names the generator composes from, read from the project's own data so that synthetic
sources exercise the real gazetteers (central bodies, local stems, regions, concepts).

Everything is sorted: set or dict order must never reach the output, or seeds stop being reproducible.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

import rdflib
from rdflib.namespace import SKOS

from graph.gazetteer.regions import region_index
from graph.namespaces import ID
from graph.resources import DATA_DIR, ONTOLOGY_DIR

# Hong Kong, Macao and Taiwan do not issue mainland e-seal policy; their codes start with these.
EXCLUDED_PROVINCES = ("71", "81", "82")
# Concepts that read as a relation, not a topic; they appear through sentence templates instead.
NOT_TOPICS = ("同等法律效力", "互认")
LEVEL_COLUMNS = {1: "province_suffix", 2: "city_suffix", 3: "county_suffix"}
MUNICIPALITIES = ("110000", "120000", "310000", "500000")


@dataclass(frozen=True)
class Central:
    name: str
    forms: tuple[str, ...]  # full name first, then the short and other forms met in sources


@dataclass(frozen=True)
class Place:
    """A region and its parent's name: sources write counties after their parent (上海市闵行区),
    which is also the only way the reader accepts a county name."""

    code: str
    name: str
    parent: str  # "" for provinces
    level: int


@dataclass(frozen=True)
class StemForm:
    stem: str
    abbrevs: tuple[str, ...]
    suffixes: dict[int, str]  # region level → suffix ("" for bare stems such as 人民政府)
    municipality_suffix: str
    levels: tuple[int, ...]


@dataclass(frozen=True)
class Vocabulary:
    central: tuple[Central, ...]
    stems: tuple[StemForm, ...]
    places: dict[int, tuple[Place, ...]]  # level → places
    concepts: tuple[str, ...]


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _central() -> tuple[Central, ...]:
    out = []
    for row in _rows("agencies.csv"):
        forms = [row["name"], row["short"], *row["alt"].split("|")]
        out.append(Central(row["name"], tuple(dict.fromkeys(f for f in forms if f))))
    return tuple(out)


def _stems() -> tuple[StemForm, ...]:
    by_level = {"provincial": 1, "municipal": 2, "county": 3}
    out = []
    for row in _rows("agency_stems.csv"):
        suffixes = {level: row[column] for level, column in LEVEL_COLUMNS.items()}
        levels = tuple(by_level[name] for name in row["levels"].split("|") if name in by_level)
        out.append(StemForm(row["stem"], tuple(a for a in row["abbrev"].split("|") if a), suffixes,
                            row["zhixiashi_suffix"] or row["city_suffix"], levels))
    return tuple(out)


def _places() -> dict[int, tuple[Place, ...]]:
    index = region_index()
    places: dict[int, list[Place]] = {1: [], 2: [], 3: []}
    for code in sorted(index.by_code):
        region = index.by_code[code]
        if region.level not in places or code.startswith(EXCLUDED_PROVINCES):
            continue
        parent = index.by_code[region.parent].name if region.level > 1 else ""
        places[region.level].append(Place(code, region.name, parent, region.level))
    return {level: tuple(rows) for level, rows in places.items()}


def _concepts() -> tuple[str, ...]:
    g = rdflib.Graph().parse(ONTOLOGY_DIR / "concepts.ttl", format="turtle")
    scheme = rdflib.URIRef(ID + "scheme/concepts")
    labels = []
    for concept in g.subjects(SKOS.inScheme, scheme):
        labels.extend(str(v) for v in g.objects(concept, SKOS.prefLabel) if v.language == "zh")
    return tuple(sorted(label for label in labels if label not in NOT_TOPICS))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return Vocabulary(_central(), _stems(), _places(), _concepts())
