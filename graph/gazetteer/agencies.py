"""Issuing bodies: the central gazetteer (data/agencies.csv) and local bodies composed from
region + standard stem (data/agency_stems.csv) + the suffix of the region's level."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Literal

from graph.gazetteer.regions import Region
from graph.namespaces import COUNTRY_CODE
from graph.resources import DATA_DIR
from graph.text import normalize

Level = Literal["national", "provincial", "municipal", "county"]
"""An administrative level: the scheme ontology/levels.ttl, id/level/{level}."""
LEVELS: dict[int, Level] = {0: "national", 1: "provincial", 2: "municipal", 3: "county"}
"""Region.level (0 for 中国) → its level."""
SUFFIX_FULL = {"委": "委员会", "办": "办公室"}
SUFFIX_COLUMNS = {"provincial": "province_suffix", "municipality": "zhixiashi_suffix", "municipal": "city_suffix",
                  "county": "county_suffix"}
"""The column of agency_stems.csv giving each level's suffix: the one composed first, then (after |) others
some regions of that level use, accepted when written."""


@dataclass(frozen=True)
class Agency:
    """A resolved body. ``id`` is the last segment of its IRI."""

    id: str
    name: str
    level: Level | Literal[""]  # "" when the body's region is not known
    region: str | None  # None: a body named without a region the gazetteer knows (火星市数字办, 南山区人社局)
    parent: str | None = None
    name_en: str | None = None
    sector: str | None = None
    category: str | None = None
    known: bool = True  # False: composed from an unknown stem, kept with its surface name
    successor: Agency | None = None  # a defunct body keeps its name; this is the body that took over
    part_of: Agency | None = None  # the local body whose office it is (安徽省质量技术监督局 of its 办公室)


@dataclass(frozen=True)
class Stem:
    stem: str
    slug: str
    name_en: str
    sector: str
    suffixes: dict[str, str]  # level (provincial, municipality, municipal, county) → suffix
    forms: tuple[str, ...] = field(default_factory=tuple)
    successor: str | None = None  # slug of the stem whose bodies took over (工商行政管理 → 市场监督管理)
    alternates: frozenset[str] = frozenset()  # suffixes some regions of a level use instead (上海市商务委员会)

    def suffix_for(self, region: Region) -> str:
        if region.is_municipality:
            return self.suffixes["municipality"]
        return self.suffixes[LEVELS[region.level]]

    @cached_property
    def family(self) -> frozenset[str]:
        """The suffixes this stem's bodies take at some level; 厅 and 局 stand for each other, since a
        wrong one is a slip of the writer that is reported, not another body."""
        own = {s for s in self.suffixes.values() if s} | self.alternates
        return frozenset(own | ({"厅", "局"} if own & {"厅", "局"} else set()))

    @cached_property
    def bare(self) -> bool:
        """人民政府, 人大常委会, 高级人民法院: the stem is the whole name (asked for each candidate body)."""
        return not any(self.suffixes.values())


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


@lru_cache(maxsize=1)
def central() -> tuple[dict[str, Agency], dict[str, str]]:
    """Central bodies by id, and every surface form (normalized) → id."""
    by_id: dict[str, Agency] = {}
    surfaces: dict[str, str] = {}
    rows = _rows("agencies.csv")
    for row in rows:
        agency = Agency(id=row["id"], name=row["name"], level="national", region=COUNTRY_CODE,
                        parent=row["parent"] or None, name_en=row["name_en"] or None,
                        sector=row["sector"] or None, category=row["category"] or None)
        by_id[agency.id] = agency
        for form in (row["name"], row["short"], *row["alt"].split("|")):
            if form:
                surfaces.setdefault(normalize(form), agency.id)
                if not form.startswith("中华人民共和国"):
                    surfaces.setdefault(normalize("中华人民共和国" + form), agency.id)
    successors = {row["id"]: row["successor"] for row in rows if row["successor"]}

    def settled(agency_id: str) -> Agency:
        """The body with its chain of successors (卫生部 → 国家卫生计生委 → 国家卫生健康委)."""
        agency = by_id[agency_id]
        if agency_id in successors and agency.successor is None:
            agency = by_id[agency_id] = replace(agency, successor=settled(successors[agency_id]))
        return agency

    for agency_id in successors:
        settled(agency_id)
    return by_id, surfaces


@lru_cache(maxsize=1)
def stems() -> tuple[dict[str, Stem], dict[str, list[Stem]]]:
    """Stems by slug, and surface form → stems (those that take a suffix first)."""
    by_slug: dict[str, Stem] = {}
    forms: list[tuple[str, Stem]] = []
    for row in _rows("agency_stems.csv"):
        abbrev = tuple(a for a in row["abbrev"].split("|") if a)
        cells = {level: (row.get(column) or "").split("|") for level, column in SUFFIX_COLUMNS.items()}
        city = cells["municipal"][0]
        suffixes = {level: found[0] or city for level, found in cells.items()}
        suffixes["provincial"] = cells["provincial"][0]
        alternates = frozenset(s for found in cells.values() for s in found[1:] if s)
        stem = Stem(row["stem"], row["slug"], row["name_en"], row["sector"], suffixes, (row["stem"], *abbrev),
                    row["successor"] or None, alternates)
        by_slug[stem.slug] = stem
        forms.extend((normalize(f), stem) for f in stem.forms)
    forms.sort(key=lambda pair: (-len(pair[0]), pair[1].bare, pair[1].slug))
    by_form: dict[str, list[Stem]] = {}
    for form, stem in forms:
        by_form.setdefault(form, []).append(stem)
    return by_slug, by_form


def level_of(region: Region) -> Level:
    return LEVELS[region.level]
